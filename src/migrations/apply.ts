/**
 * Applies one migration file to the scratch database, one statement per query (a
 * multi-statement string is one implicit transaction, where CREATE INDEX CONCURRENTLY fails).
 * Transactions the file writes itself (BEGIN … COMMIT) happen as written: same session.
 * A failure is located in the file: PostgreSQL's error position (characters into the
 * statement) is mapped back to file line and column.
 */
import type pg from 'pg';
import { splitStatements, SqlSyntaxError, type ParsedStatement } from './lint/index.js';
import type { MigrationFile } from './sources/files.js';

export interface StatementRun {
  statement: ParsedStatement;
  durationMs: number;
}

export interface MigrationFailure {
  message: string;
  line: number;
  column?: number;
  /** SQLSTATE, when PostgreSQL answered. */
  code?: string;
  detail?: string;
  hint?: string;
  /** The statement that failed (absent for a parse error). */
  statement?: string;
  kind: 'syntax' | 'execution';
}

export interface FileRun {
  file: MigrationFile;
  statements: StatementRun[];
  durationMs: number;
  failure?: MigrationFailure;
}

export async function parseMigration(file: MigrationFile): Promise<ParsedStatement[] | MigrationFailure> {
  try {
    return await splitStatements(file.sql);
  } catch (e) {
    if (!(e instanceof SqlSyntaxError)) throw e;
    return { kind: 'syntax', message: e.message, line: e.line, column: e.column };
  }
}

export async function applyMigration(client: pg.Client, file: MigrationFile, signal?: AbortSignal): Promise<FileRun> {
  const t0 = performance.now();
  const parsed = await parseMigration(file);
  const run: FileRun = { file, statements: [], durationMs: 0 };
  if (!Array.isArray(parsed)) {
    run.failure = parsed;
    return run;
  }
  for (const statement of parsed) {
    signal?.throwIfAborted();
    const s0 = performance.now();
    try {
      await client.query(statement.text);
    } catch (e) {
      run.failure = executionFailure(e, statement);
      // Leave the session usable for whoever looks at it next (an aborted transaction block).
      await client.query('ROLLBACK').catch(() => {});
      break;
    }
    run.statements.push({ statement, durationMs: performance.now() - s0 });
  }
  run.durationMs = performance.now() - t0;
  return run;
}

function executionFailure(e: unknown, statement: ParsedStatement): MigrationFailure {
  const err = e as Partial<pg.DatabaseError> & Error;
  const position = err.position ? Number(err.position) : undefined;
  const at = position ? positionInStatement(statement, position) : { line: statement.startLine, column: statement.startColumn };
  return {
    kind: 'execution',
    message: err.message,
    line: at.line,
    column: at.column,
    code: err.code,
    detail: err.detail,
    hint: err.hint,
    statement: statement.text,
  };
}

/** PostgreSQL's 1-based character position inside the statement text → file line and column. */
export function positionInStatement(statement: ParsedStatement, position: number): { line: number; column: number } {
  const before = Array.from(statement.text)
    .slice(0, Math.max(0, position - 1))
    .join('');
  const lines = before.split('\n');
  const last = lines[lines.length - 1];
  return lines.length === 1
    ? { line: statement.startLine, column: statement.startColumn + last.length }
    : { line: statement.startLine + lines.length - 1, column: last.length + 1 };
}
