/**
 * Splits a migration file into statements with PostgreSQL's own parser (libpg-query, WASM).
 * libpg-query reports `stmt_location` / `stmt_len` in UTF-8 BYTES, omits a zero location and the
 * length of a last statement without `;`, so every offset here is a byte offset into the file's
 * UTF-8 encoding and text is cut from a Buffer, never from the JavaScript string.
 */
import { loadModule, parseSync, type Node, type ParseResult } from 'libpg-query';

export interface ParsedStatement {
  /** Exact source text: from the statement's first token to its end, without the `;`. */
  text: string;
  /** The statement node, e.g. `{ IndexStmt: {...} }`. */
  ast: Node;
  /** Name of the node type ('IndexStmt', 'AlterTableStmt'…). */
  kind: string;
  /** 1-based line and column (UTF-16 units, as editors count) of the first token. */
  startLine: number;
  startColumn: number;
  /** 1-based line of the statement's last character. */
  endLine: number;
  /** Byte offsets into the file's UTF-8 encoding: [byteStart, byteEnd). */
  byteStart: number;
  byteEnd: number;
  /** Byte offset where the statement's `;` ends (or byteEnd when there is none): the next gap starts here. */
  byteAfter: number;
  /**
   * What to subtract from the AST's `location` fields to get byte offsets of this file (non-zero
   * when the file was parsed in a batch with others). Use ParsedStatement offsets, not raw ones.
   */
  astOffset: number;
}

/** A parse failure with the position PostgreSQL's parser points at. */
export class SqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** Byte offset of the offending token. */
    readonly byteOffset: number,
  ) {
    super(message);
    this.name = 'SqlSyntaxError';
  }
}

let loaded: Promise<void> | undefined;

/** Loads the WASM parser once per process (about 50–100 ms). */
export function loadParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

/**
 * The file's bytes and a byte → line/column map. Pure-ASCII files (the usual case) take a fast
 * path where byte offsets equal string indices.
 */
export class SourceFile {
  readonly bytes: Buffer;
  readonly ascii: boolean;
  private readonly lineStarts: number[];

  constructor(readonly sql: string) {
    this.bytes = Buffer.from(sql, 'utf8');
    this.ascii = this.bytes.length === sql.length;
    const starts = [0];
    const b = this.bytes;
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get byteLength(): number {
    return this.bytes.length;
  }

  /** Text of the byte range [start, end). */
  slice(start: number, end: number): string {
    return this.ascii ? this.sql.slice(start, end) : this.bytes.toString('utf8', start, end);
  }

  /** 1-based line of a byte offset. */
  lineOf(byte: number): number {
    const s = this.lineStarts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= byte) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based column (UTF-16 units) of a byte offset. */
  columnOf(byte: number): number {
    const lineStart = this.lineStarts[this.lineOf(byte) - 1];
    return (this.ascii ? byte - lineStart : this.bytes.toString('utf8', lineStart, byte).length) + 1;
  }

  /** Byte offset of a code-point offset (the unit PostgreSQL's error cursor counts in). */
  byteOfCodePoint(codePoints: number): number {
    if (this.ascii) return Math.min(codePoints, this.sql.length);
    let bytes = 0;
    let n = 0;
    for (const ch of this.sql) {
      if (n++ >= codePoints) break;
      const cp = ch.codePointAt(0) ?? 0;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return bytes;
  }
}

/** Skips whitespace and comments (`--`, nested `/* *\/`) from a byte offset; returns the first token's offset. */
export function skipTrivia(b: Buffer, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = b[i];
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) i++;
    else if (c === 45 && b[i + 1] === 45) {
      const nl = b.indexOf(10, i);
      i = nl === -1 || nl >= to ? to : nl + 1;
    } else if (c === 47 && b[i + 1] === 42) {
      let depth = 1;
      i += 2;
      while (i < to && depth > 0) {
        if (b[i] === 47 && b[i + 1] === 42) {
          depth++;
          i += 2;
        } else if (b[i] === 42 && b[i + 1] === 47) {
          depth--;
          i += 2;
        } else i++;
      }
    } else break;
  }
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** A parsed file: its statements and its source (for comments between statements). */
export interface ParsedFile {
  source: SourceFile;
  statements: ParsedStatement[];
}

/**
 * Parses a whole file. Throws SqlSyntaxError on invalid SQL. The parser must be loaded
 * (see loadParser); this is synchronous so a batch of files shares one warm module.
 */
export function parseFileSync(sql: string): ParsedFile {
  const source = new SourceFile(sql);
  if (skipTrivia(source.bytes, 0, source.byteLength) >= source.byteLength) return { source, statements: [] };
  let result: ParseResult;
  try {
    result = parseSync(sql);
  } catch (e) {
    throw syntaxError(e, source);
  }
  const statements: ParsedStatement[] = [];
  for (const r of result.stmts ?? []) {
    if (!r.stmt) continue;
    const loc = r.stmt_location ?? 0;
    const end = r.stmt_len === undefined || r.stmt_len === 0 ? source.byteLength : loc + r.stmt_len;
    statements.push(statementAt(source, r.stmt, loc, end, 0));
  }
  return { source, statements };
}

function syntaxError(e: unknown, source: SourceFile): SqlSyntaxError {
  const details = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
  const byte = source.byteOfCodePoint(details?.cursorPosition ?? 0);
  const message = e instanceof Error ? e.message : String(e);
  return new SqlSyntaxError(message, source.lineOf(byte), source.columnOf(byte), byte);
}

/** A statement from the byte range the parser reported, trimmed to its tokens. */
function statementAt(source: SourceFile, ast: Node, loc: number, end: number, astOffset: number): ParsedStatement {
  const b = source.bytes;
  const start = skipTrivia(b, loc, end);
  let stop = end;
  while (stop > start && isSpace(b[stop - 1])) stop--;
  return {
    text: source.slice(start, stop),
    ast,
    kind: firstKey(ast),
    startLine: source.lineOf(start),
    startColumn: source.columnOf(start),
    endLine: source.lineOf(Math.max(start, stop - 1)),
    byteStart: start,
    byteEnd: stop,
    byteAfter: b[end] === 59 ? end + 1 : end,
    astOffset,
  };
}

/** Separates files in a batch; the marker statement proves no comment or string ran across the boundary. */
const SEPARATOR = '\n;SELECT 0;\n';
const MARKER_OFFSET = 2;
/** Files are parsed in batches of about this many bytes (one parser call each). */
const BATCH_BYTES = 256 * 1024;

/**
 * Parses many files with as few parser calls as possible: files are joined with a marker
 * statement, parsed at once, and cut apart by byte offsets. A batch whose markers are not all
 * where they should be (a file ending inside a comment or string) or that has a syntax error is
 * parsed again file by file, so results are always those of parseFileSync. A calling process
 * pays WASM call and JSON overhead once per batch instead of once per file.
 */
export function parseFilesSync(sqls: readonly string[]): (ParsedFile | SqlSyntaxError)[] {
  const out: (ParsedFile | SqlSyntaxError)[] = new Array(sqls.length);
  let i = 0;
  while (i < sqls.length) {
    const sources: SourceFile[] = [];
    let bytes = 0;
    const first = i;
    while (i < sqls.length && (sources.length === 0 || bytes < BATCH_BYTES)) {
      const src = new SourceFile(sqls[i++]);
      sources.push(src);
      bytes += src.byteLength + SEPARATOR.length;
    }
    const parsed = sources.length > 1 ? parseBatch(sources) : undefined;
    for (let k = 0; k < sources.length; k++) {
      if (parsed) out[first + k] = parsed[k];
      else {
        try {
          out[first + k] = parseFileSync(sources[k].sql);
        } catch (e) {
          if (!(e instanceof SqlSyntaxError)) throw e;
          out[first + k] = e;
        }
      }
    }
  }
  return out;
}

function parseBatch(sources: SourceFile[]): ParsedFile[] | undefined {
  const starts: number[] = [];
  let pos = 0;
  for (const s of sources) {
    starts.push(pos);
    pos += s.byteLength + SEPARATOR.length;
  }
  let result: ParseResult;
  try {
    result = parseSync(sources.map((s) => s.sql).join(SEPARATOR) + SEPARATOR);
  } catch {
    return undefined;
  }
  const files: ParsedFile[] = sources.map((source) => ({ source, statements: [] }));
  let f = 0;
  for (const r of result.stmts ?? []) {
    if (!r.stmt || r.stmt_len === undefined) return undefined;
    const loc = r.stmt_location ?? 0;
    const markerAt = starts[f] + sources[f].byteLength + MARKER_OFFSET;
    if (loc >= markerAt) {
      // Must be exactly this file's marker; anything else means a file swallowed the separator.
      if (loc !== markerAt || !('SelectStmt' in r.stmt)) return undefined;
      f++;
      continue;
    }
    const base = starts[f];
    const source = sources[f];
    const end = Math.min(loc + r.stmt_len, base + source.byteLength) - base;
    if (loc < base) return undefined;
    files[f].statements.push(statementAt(source, r.stmt, loc - base, end, base));
  }
  return f === sources.length ? files : undefined;
}

function firstKey(node: Node): string {
  for (const k in node) return k;
  return '';
}

/**
 * Statements of a migration file with their exact source text, for the runner that sends them
 * one at a time. Throws SqlSyntaxError (with line and column) on invalid SQL.
 */
export async function splitStatements(sql: string): Promise<ParsedStatement[]> {
  await loadParser();
  return parseFileSync(sql).statements;
}
