/**
 * Splits a migration file into statements with PostgreSQL's own parser (libpg-query, WASM).
 * libpg-query reports `stmt_location` / `stmt_len` in UTF-8 BYTES, omits a zero location and the
 * length of a last statement without `;`, so every offset here is a byte offset into the file's
 * UTF-8 encoding and text is cut from a Buffer, never from the JavaScript string.
 */
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import type { Node, ParseResult } from 'libpg-query';

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

/**
 * The parts of libpg-query's Emscripten module we call. libpg-query's own `parseSync` goes through
 * JavaScript loops to encode the query and to find and decode the JSON (slow while V8 is still
 * cold); here the file's UTF-8 bytes are copied in with one `set` and the JSON is found with
 * `indexOf` and decoded by Buffer, natively. Same C entry point, same struct layout as libpg-query's
 * index.js (PgQueryParseResult { parse_tree, stderr_buffer, error }, PgQueryError { message, …, cursorpos }).
 */
interface PgQueryWasm {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  _malloc(size: number): number;
  _free(ptr: number): void;
  _wasm_parse_query_raw(queryPtr: number): number;
  _wasm_free_parse_result(resultPtr: number): void;
}

let wasm: PgQueryWasm | undefined;
let loaded: Promise<void> | undefined;

/**
 * Loads the WASM parser once per process. The module is compiled with V8's baseline compiler
 * only (Liftoff): for this parser it runs as fast as optimized code, while V8's default tier-up
 * recompiles the huge generated grammar function in the background during the first parses,
 * which made a cold lint of 500 files spend 60–180 ms parsing instead of 25–55 ms (and ~30 MB
 * more memory). The flag is set around this one compile and restored; modules compiled later
 * (undici's llhttp…) tier up as usual.
 */
export function loadParser(): Promise<void> {
  loaded ??= (async () => {
    const baselineOnly = !process.execArgv.some((a) => a.includes('liftoff'));
    if (baselineOnly) setV8Flag('--liftoff-only');
    let mod: PgQueryWasm;
    try {
      mod = (await (await pgQueryFactory())()) as PgQueryWasm;
    } finally {
      if (baselineOnly) setV8Flag('--no-liftoff-only');
    }
    if (typeof mod._wasm_parse_query_raw !== 'function' || !mod.HEAPU8 || !mod.HEAPU32) {
      throw new Error(
        'libpg-query: its WASM module no longer exports _wasm_parse_query_raw; this version is not supported',
      );
    }
    wasm = mod;
  })();
  return loaded;
}

/**
 * libpg-query's Emscripten factory, without its index (which instantiates a module as soon as it is
 * imported). The file is CommonJS: `require` loads it in ~3 ms, while `import` first scans it for
 * named exports (cjs-module-lexer over 61 KB), ~10–15 ms of every lint process. Only when this file
 * is its own module (lib/, tsx) does `require` resolve the package's own libpg-query; in a bundle
 * (the Action's ncc dist/) the bundler has inlined the import instead, and that runs.
 */
async function pgQueryFactory(): Promise<() => Promise<unknown>> {
  if (UNBUNDLED.test(import.meta.url)) {
    try {
      return createRequire(import.meta.url)('libpg-query/wasm/libpg-query.js') as () => Promise<unknown>;
    } catch {
      // Resolved differently than expected: the import below says why if it fails too.
    }
  }
  return (await import('libpg-query/wasm/libpg-query.js')).default;
}

const UNBUNDLED = /\/lint\/parse\.[cm]?[jt]s$/;

function setV8Flag(flag: string): void {
  try {
    v8.setFlagsFromString(flag);
  } catch {
    // A runtime without the flag only loses the speed-up.
  }
}

/** A parser error: PostgreSQL's message and the 0-based code-point offset it points at. */
class ParserError extends Error {
  constructor(
    message: string,
    readonly cursorPosition: number,
  ) {
    super(message);
  }
}

/** NUL-terminated UTF-8 string at `ptr` in the module's memory. */
function readString(heap: Uint8Array, ptr: number): string {
  const end = heap.indexOf(0, ptr);
  const bytes = Buffer.from(heap.buffer, heap.byteOffset + ptr, (end === -1 ? heap.length : end) - ptr);
  // ASCII (most parse trees) decodes as latin1 without UTF-8 validation, several times faster.
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * Parses UTF-8 query bytes (the parts are concatenated) with PostgreSQL's parser. Throws ParserError on
 * invalid SQL. The parser must be loaded (see loadParser).
 */
function parseBytes(parts: readonly Uint8Array[]): ParseResult {
  const mod = wasm;
  if (!mod) throw new Error('the SQL parser is not loaded: await loadParser() first');
  let length = 0;
  for (const p of parts) length += p.length;
  const queryPtr = mod._malloc(length + 1);
  if (!queryPtr) throw new Error('libpg-query: out of WASM memory');
  let resultPtr = 0;
  try {
    let heap = mod.HEAPU8;
    let at = queryPtr;
    for (const p of parts) {
      heap.set(p, at);
      at += p.length;
    }
    heap[at] = 0;
    resultPtr = mod._wasm_parse_query_raw(queryPtr);
    if (!resultPtr) throw new Error('libpg-query: out of WASM memory');
    // The call may grow memory, which replaces the views.
    heap = mod.HEAPU8;
    const u32 = mod.HEAPU32;
    const treePtr = u32[resultPtr >> 2];
    const errorPtr = u32[(resultPtr + 8) >> 2];
    if (errorPtr) {
      const messagePtr = u32[errorPtr >> 2];
      const cursor = u32[(errorPtr + 16) >> 2] | 0;
      throw new ParserError(
        messagePtr ? readString(heap, messagePtr) : 'unknown parser error',
        cursor > 0 ? cursor - 1 : 0,
      );
    }
    if (!treePtr) throw new Error('libpg-query: no parse tree');
    return JSON.parse(readString(heap, treePtr)) as ParseResult;
  } finally {
    mod._free(queryPtr);
    if (resultPtr) mod._wasm_free_parse_result(resultPtr);
  }
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
    result = parseBytes([source.bytes]);
  } catch (e) {
    if (!(e instanceof ParserError)) throw e;
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

function syntaxError(e: ParserError, source: SourceFile): SqlSyntaxError {
  const byte = source.byteOfCodePoint(e.cursorPosition);
  return new SqlSyntaxError(e.message, source.lineOf(byte), source.columnOf(byte), byte);
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
const SEPARATOR_BYTES = Buffer.from(SEPARATOR, 'utf8');
const MARKER_OFFSET = 2;
/** Files are parsed in batches of about this many bytes (one parser call each). */
const BATCH_BYTES = 64 * 1024;

/**
 * Parses many files with as few parser calls as possible: files are joined with a marker
 * statement, parsed at once, and cut apart by byte offsets. A batch whose markers are not all
 * where they should be (a file ending inside a comment or string) or that has a syntax error is
 * parsed again file by file, so results are always those of parseFileSync. A calling process
 * pays WASM call and JSON overhead once per batch instead of once per file.
 */
export function parseFilesSync(sqls: readonly string[]): (ParsedFile | SqlSyntaxError)[] {
  const out: (ParsedFile | SqlSyntaxError)[] = new Array(sqls.length);
  for (const batch of parseFileBatches(sqls)) {
    for (let k = 0; k < batch.files.length; k++) out[batch.first + k] = batch.files[k];
  }
  return out;
}

/**
 * parseFilesSync one batch at a time: `files[k]` is the result for `sqls[first + k]`. A caller that
 * finishes with each batch before asking for the next keeps only one batch's syntax trees alive,
 * so they die young (cheap for the garbage collector) instead of piling up for the whole run.
 */
export function* parseFileBatches(
  sqls: readonly string[],
): Generator<{ first: number; files: (ParsedFile | SqlSyntaxError)[] }> {
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
    const files: (ParsedFile | SqlSyntaxError)[] = new Array(sources.length);
    for (let k = 0; k < sources.length; k++) {
      if (parsed) files[k] = parsed[k];
      else {
        try {
          files[k] = parseFileSync(sources[k].sql);
        } catch (e) {
          if (!(e instanceof SqlSyntaxError)) throw e;
          files[k] = e;
        }
      }
    }
    yield { first, files };
  }
}

function parseBatch(sources: SourceFile[]): ParsedFile[] | undefined {
  const starts: number[] = [];
  let pos = 0;
  for (const s of sources) {
    starts.push(pos);
    pos += s.byteLength + SEPARATOR.length;
  }
  const parts: Uint8Array[] = [];
  for (const s of sources) parts.push(s.bytes, SEPARATOR_BYTES);
  let result: ParseResult;
  try {
    result = parseBytes(parts);
  } catch (e) {
    if (!(e instanceof ParserError)) throw e;
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
