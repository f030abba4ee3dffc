/**
 * Applies one migration file to the scratch database, one statement per query (a
 * multi-statement string is one implicit transaction, where CREATE INDEX CONCURRENTLY fails).
 * Transactions the file writes itself (BEGIN … COMMIT) happen as written: same session.
 * A failure is located in the file: PostgreSQL's error position (characters into the
 * statement) is mapped back to file line and column.
 */
import type pg from 'pg';
import { nonTransactionalStatement, splitStatements, SqlSyntaxError, type ParsedStatement } from './lint/index.js';
import type { MigrationFile } from './sources/files.js';
import { BlockingProbe, touchedTables, type ExpectedWaits } from './probe.js';
import { SessionTracer, type StatementTrace } from './trace.js';

export interface StatementRun {
  statement: ParsedStatement;
  durationMs: number;
  /** Measured locks, rewrites and timeouts (PR statements only). */
  trace?: StatementTrace;
}

export interface ApplyOptions {
  signal?: AbortSignal;
  /**
   * Trace each statement (locks, rewrites, timeouts) on a server of this major version. A tracer
   * shared by the files applied one after another on this client saves a catalog read per file.
   */
  trace?: { postgresVersion: number; probe?: BlockingProbe; tracer?: SessionTracer };
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

/** Each file is parsed once per run, whoever asks first (lint, seed, apply, down check). */
const parsedFiles = new WeakMap<
  MigrationFile,
  { sql: string; parsed: Promise<ParsedStatement[] | MigrationFailure> }
>();

export function parseMigration(file: MigrationFile): Promise<ParsedStatement[] | MigrationFailure> {
  const known = parsedFiles.get(file);
  if (known && known.sql === file.sql) return known.parsed;
  const parsed = (async () => {
    try {
      return await splitStatements(file.sql);
    } catch (e) {
      if (!(e instanceof SqlSyntaxError)) throw e;
      return { kind: 'syntax' as const, message: e.message, line: e.line, column: e.column };
    }
  })();
  parsedFiles.set(file, { sql: file.sql, parsed });
  return parsed;
}

export async function applyMigration(
  client: pg.Client,
  file: MigrationFile,
  opts: ApplyOptions = {},
): Promise<FileRun> {
  const t0 = performance.now();
  const parsed = await parseMigration(file);
  const run: FileRun = { file, statements: [], durationMs: 0 };
  if (!Array.isArray(parsed)) {
    run.failure = parsed;
    return run;
  }
  let inFileTransaction = false;
  const tracer = opts.trace ? (opts.trace.tracer ?? new SessionTracer(client)) : undefined;
  for (const statement of parsed) {
    opts.signal?.throwIfAborted();
    try {
      const done =
        opts.trace && tracer
          ? await runTraced(client, statement, inFileTransaction, opts.trace, tracer)
          : await runPlain(client, statement);
      run.statements.push(done);
    } catch (e) {
      run.failure = executionFailure(e, statement);
      // Leave the session usable for whoever looks at it next (an aborted transaction block).
      await client.query('ROLLBACK').catch(() => {});
      tracer?.forget();
      break;
    }
    inFileTransaction = transactionStateAfter(statement, inFileTransaction);
  }
  run.durationMs = performance.now() - t0;
  return run;
}

export async function runPlain(client: pg.Client, statement: ParsedStatement): Promise<StatementRun> {
  const s0 = performance.now();
  await client.query(statement.text);
  return { statement, durationMs: performance.now() - s0 };
}

async function runTraced(
  client: pg.Client,
  statement: ParsedStatement,
  inFileTransaction: boolean,
  opts: { postgresVersion: number; probe?: BlockingProbe },
  tracer: SessionTracer,
): Promise<StatementRun> {
  if (statement.kind === 'TransactionStmt') {
    const done = await runPlain(client, statement);
    tracer.transactionStatement(transactionKind(statement));
    return done;
  }
  const untraced = nonTransactionalStatement(statement.ast, opts.postgresVersion);
  // Inside the file's own BEGIN block the locks outlive the statement (until the file's COMMIT):
  // probes would wait for a COMMIT that comes only after them, so they are not run there.
  const targets = opts.probe && !inFileTransaction ? await touchedTables(client, statement.ast) : [];
  const ownTransaction = !inFileTransaction && !untraced;
  const exec = async (checkpoint?: (expect: ExpectedWaits) => Promise<void>): Promise<StatementRun> => {
    // With a probe, COMMIT waits until the checkpoint has seen the probes against the locks.
    const probing = Boolean(checkpoint && ownTransaction);
    try {
      const { durationMs, ...trace } = await tracer.run(statement, {
        ownTransaction,
        traced: !untraced,
        commit: ownTransaction && !probing,
      });
      if (checkpoint && probing) {
        const probed = trace.locks.filter((l) => targets.some((t) => t.relation === l.relation));
        await checkpoint({
          reads: probed.some((l) => l.mode === 'AccessExclusiveLock'),
          writes: probed.some((l) => WRITE_BLOCKING.has(l.mode)),
        });
        // The locks are released here, at the end of the transaction: the probe runs until then.
        await tracer.commit();
      }
      return { statement, durationMs, trace: { ...trace, untraced } };
    } catch (e) {
      if (ownTransaction) await client.query('ROLLBACK').catch(() => {});
      tracer.forget();
      throw e;
    }
  };
  if (!opts.probe || targets.length === 0) return exec();
  let started = false;
  const { result, probe } = await opts.probe
    .during(targets, (checkpoint) => ((started = true), exec(checkpoint)))
    .catch((e: unknown) => {
      // A probe session failing before the statement ran must not be blamed on the statement.
      if (started) throw e;
      return { result: undefined, probe: undefined };
    });
  if (!result) return exec();
  if (!probe) return result;
  result.trace!.probe = probe;
  return result;
}

/** Lock modes that conflict with ROW EXCLUSIVE, the lock every INSERT/UPDATE/DELETE takes. */
const WRITE_BLOCKING = new Set(['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock']);

function transactionKind(statement: ParsedStatement): string | undefined {
  return (statement.ast as { TransactionStmt?: { kind?: string } }).TransactionStmt?.kind;
}

/** BEGIN/START opens the file's own transaction block; COMMIT/ROLLBACK/END closes it. */
function transactionStateAfter(statement: ParsedStatement, inside: boolean): boolean {
  if (statement.kind !== 'TransactionStmt') return inside;
  const kind = transactionKind(statement);
  if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') return true;
  if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') return false;
  return inside;
}

export function executionFailure(e: unknown, statement: ParsedStatement): MigrationFailure {
  const err = e as Partial<pg.DatabaseError> & Error;
  const position = err.position ? Number(err.position) : undefined;
  const at = position
    ? positionInStatement(statement, position)
    : { line: statement.startLine, column: statement.startColumn };
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
