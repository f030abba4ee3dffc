/**
 * Applies migrations that need no tracing (the base branch's, already in production) in as few
 * round trips as their statements allow. Consecutive statements that can run in a transaction
 * block go to PostgreSQL as one query string, which it runs as one implicit transaction; a
 * statement that cannot (CREATE INDEX CONCURRENTLY, VACUUM…) and every statement of a file that
 * writes its own BEGIN … COMMIT still go one at a time, as applyMigration sends them.
 *
 * Between the statements of a batch a marker row reads the server's clock, so each statement and
 * file keeps a duration of its own: measured by PostgreSQL, without the round trip. When a batch
 * fails, its implicit transaction is rolled back whole and its statements run again one at a
 * time: the failure is located exactly, and a statement that only fails inside a transaction block
 * (an enum value used where it was added, pending trigger events…) runs as the migration tool
 * would have run it.
 */
import type pg from 'pg';
import { nonTransactionalStatement, type ParsedStatement } from './lint/index.js';
import { executionFailure, parseMigration, runPlain, type FileRun, type StatementRun } from './apply.js';
import type { MigrationFile } from './sources/files.js';

/** Statements per query string: bounds the locks one implicit transaction holds (max_locks_per_transaction). */
const MAX_BATCH = 200;

const MARK = 'backend_gate_mark';
/** The server's clock in milliseconds (float8: microsecond precision). */
const MARKER = `SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ${MARK}`;

interface Pending {
  run: FileRun;
  statement: ParsedStatement;
}

export interface BatchOptions {
  signal?: AbortSignal;
  /** PostgreSQL major version (which statements may run in a transaction block). */
  postgresVersion: number;
  /** Called once per file, in order, when the file is done (its progress line). */
  onFile?: (run: FileRun) => void;
}

/** Applies `files` in order, stopping at the first failure; one FileRun per file attempted. */
export async function applyMigrationsBatched(
  client: pg.Client,
  files: MigrationFile[],
  opts: BatchOptions,
): Promise<FileRun[]> {
  const runs: FileRun[] = [];
  let batch: Pending[] = [];
  // Files with statements in `batch`, in order: done when the batch is.
  let waiting: FileRun[] = [];
  const report = (done: FileRun[]) => {
    for (const run of done) {
      runs.push(run);
      opts.onFile?.(run);
    }
  };
  /** Runs what is batched and reports the files it completed (all but `open`); false on a failure. */
  const flush = async (open?: FileRun): Promise<boolean> => {
    opts.signal?.throwIfAborted();
    const ok = batch.length === 0 || (await runBatch(client, batch));
    batch = [];
    if (!ok) {
      // Files after the failing one never ran: the apply stops there.
      report(waiting.slice(0, waiting.findIndex((r) => r.failure) + 1));
      waiting = [];
      return false;
    }
    report(waiting.filter((r) => r !== open));
    waiting = open && waiting.includes(open) ? [open] : [];
    return true;
  };

  for (const file of files) {
    const parsed = await parseMigration(file);
    const run: FileRun = { file, statements: [], durationMs: 0 };
    if (!Array.isArray(parsed) || parsed.some((s) => s.kind === 'TransactionStmt')) {
      // A parse error, or a file with its own BEGIN … COMMIT: that runs as written, one by one.
      if (!(await flush())) return runs;
      if (Array.isArray(parsed)) {
        const t0 = performance.now();
        for (const statement of parsed) if (!(await runOne(client, run, statement))) break;
        run.durationMs = performance.now() - t0;
      } else {
        run.failure = parsed;
      }
      report([run]);
      if (run.failure) return runs;
      continue;
    }
    waiting.push(run);
    for (const statement of parsed) {
      if (nonTransactionalStatement(statement.ast, opts.postgresVersion) === undefined) {
        batch.push({ run, statement });
        if (batch.length >= MAX_BATCH && !(await flush(run))) return runs;
        continue;
      }
      if (!(await flush(run))) return runs;
      const t0 = performance.now();
      const ok = await runOne(client, run, statement);
      run.durationMs += performance.now() - t0;
      if (!ok) {
        report(waiting);
        return runs;
      }
    }
  }
  await flush();
  return runs;
}

/** One statement on its own; false (and the failure on `run`) when it failed. */
async function runOne(client: pg.Client, run: FileRun, statement: ParsedStatement): Promise<boolean> {
  try {
    run.statements.push(await runPlain(client, statement));
    return true;
  } catch (e) {
    run.failure = executionFailure(e, statement);
    // Leave the session usable for whoever looks at it next (an aborted transaction block).
    await client.query('ROLLBACK').catch(() => {});
    return false;
  }
}

/**
 * One query string: marker, statement, marker, statement, … marker. Each statement's duration is
 * the difference of the server clock around it. On failure the statements run again one by one.
 */
async function runBatch(client: pg.Client, batch: Pending[]): Promise<boolean> {
  // A newline before each `;`: a statement may end in a line comment.
  const sql = [MARKER, ...batch.flatMap((p) => [p.statement.text, MARKER])].join('\n;\n');
  let results: pg.QueryResult[];
  try {
    const r = (await client.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
    results = Array.isArray(r) ? r : [r];
  } catch {
    // The implicit transaction is rolled back whole: nothing of the batch stays.
    await client.query('ROLLBACK').catch(() => {});
    for (const p of batch) {
      const t0 = performance.now();
      const ok = await runOne(client, p.run, p.statement);
      p.run.durationMs += performance.now() - t0;
      if (!ok) return false;
    }
    return true;
  }
  const marks = results.filter((r) => r.fields.length === 1 && r.fields[0].name === MARK).map((r) => r.rows[0][MARK]);
  batch.forEach((p, i) => {
    const durationMs: number = marks.length === batch.length + 1 ? marks[i + 1] - marks[i] : Number.NaN;
    const done: StatementRun = { statement: p.statement, durationMs };
    p.run.statements.push(done);
    p.run.durationMs += durationMs;
  });
  return true;
}
