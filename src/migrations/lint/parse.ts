/**
 * Splits a migration file into statements with PostgreSQL's own parser (libpg-query, WASM).
 * libpg-query reports `stmt_location` / `stmt_len` in UTF-8 BYTES, omits a zero location and the
 * length of a last statement without `;`, so every offset here is a byte offset into the file's
 * UTF-8 encoding and text is cut from a Buffer, never from the JavaScript string.
 */
import { loadModule, parseSync, type Node } from 'libpg-query';

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
  let result;
  try {
    result = parseSync(sql);
  } catch (e) {
    const details = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    const byte = source.byteOfCodePoint(details?.cursorPosition ?? 0);
    throw new SqlSyntaxError(
      e instanceof Error ? e.message : String(e),
      source.lineOf(byte),
      source.columnOf(byte),
      byte,
    );
  }
  const raw = result.stmts ?? [];
  const b = source.bytes;
  const statements: ParsedStatement[] = [];
  for (const r of raw) {
    if (!r.stmt) continue;
    const loc = r.stmt_location ?? 0;
    const end = r.stmt_len === undefined || r.stmt_len === 0 ? source.byteLength : loc + r.stmt_len;
    const start = skipTrivia(b, loc, end);
    let stop = end;
    while (stop > start && isSpace(b[stop - 1])) stop--;
    const after = b[end] === 59 ? end + 1 : end;
    const kind = firstKey(r.stmt);
    statements.push({
      text: source.slice(start, stop),
      ast: r.stmt,
      kind,
      startLine: source.lineOf(start),
      startColumn: source.columnOf(start),
      endLine: source.lineOf(Math.max(start, stop - 1)),
      byteStart: start,
      byteEnd: stop,
      byteAfter: after,
    });
  }
  return { source, statements };
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
