/**
 * `backend-gate migrations dry-run FILE --database-url URL`: one migration file against the
 * user's own database, inside ONE transaction that is always rolled back and never committed.
 * Statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM…) and those
 * that would end or hand off the transaction (ROLLBACK, PREPARE TRANSACTION) are refused before
 * anything runs; a file's own BEGIN/COMMIT are skipped. Each statement is measured as in the
 * scratch dry-run (duration, locks of its own backend, rewrites, timeouts in force); blocking is
 * given from the lock modes, since no other session may be made to wait on a user's database.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { connect, parseDatabaseUrl } from '../postgres/index.js';
import { fingerprint } from '../report/fingerprint.js';
import { maskUrl, type Redactor } from '../report/mask.js';
import { emptyReport, type Finding, type Report } from '../report/types.js';
import { executionFailure, parseMigration, type FileRun, type StatementRun } from './apply.js';
import { lintMigrationFile, nonTransactionalStatement, type ParsedStatement } from './lint/index.js';
import { mergeMeasured, tracedStatementsTable } from './measured.js';
import type { MigrationFile } from './sources/files.js';
import { upSection } from './sources/layouts.js';
import { SessionTracer } from './trace.js';

/** Applied when the file sets none, so a dry run never queues for long behind the user's traffic. */
export const DRY_RUN_LOCK_TIMEOUT = '5s';

export interface DryRunOptions {
  /** Absolute path of the migration file. */
  file: string;
  workingDirectory: string;
  databaseUrl: string;
  lintExclude?: string[];
  log: Logger;
  redactor: Redactor;
}

const SKIPPED = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START', 'TRANS_STMT_COMMIT']);
const REFUSED_TX = new Map([
  ['TRANS_STMT_ROLLBACK', 'ROLLBACK (the rest of the file would run outside the transaction)'],
  ['TRANS_STMT_PREPARE', 'PREPARE TRANSACTION (it would outlive the dry run)'],
  ['TRANS_STMT_COMMIT_PREPARED', 'COMMIT PREPARED'],
  ['TRANS_STMT_ROLLBACK_PREPARED', 'ROLLBACK PREPARED'],
]);

export async function runDryRun(opts: DryRunOptions): Promise<Report> {
  const shown = path.relative(opts.workingDirectory, opts.file).split(path.sep).join('/');
  let text: string;
  try {
    text = readFileSync(opts.file, 'utf8');
  } catch {
    throw new ConfigurationError(`migration file '${shown}' cannot be read. Give the path of one .sql migration.`);
  }
  parseDatabaseUrl(opts.databaseUrl);
  opts.redactor.addUrl(opts.databaseUrl);
  const file: MigrationFile = { name: path.basename(opts.file), path: shown, version: '0', sql: upSection(text) };
  const findings = await lintMigrationFile(file.sql, shown, { exclude: opts.lintExclude, inTransaction: true });
  const parsed = await parseMigration(file);
  const report = emptyReport('migrations', '');
  if (!Array.isArray(parsed)) {
    report.summary = `${shown} was not run: PostgreSQL cannot parse it`;
    report.findings = findings;
    return report;
  }

  let client: pg.Client;
  try {
    client = await connect(opts.databaseUrl, 'backend-gate dry-run');
  } catch (e) {
    throw new ConfigurationError(
      `could not connect to database-url ${maskUrl(opts.databaseUrl)}: ${opts.redactor.redact(errorMessage(e))}.`,
    );
  }
  const run: FileRun = { file, statements: [], durationMs: 0 };
  const skipped: ParsedStatement[] = [];
  let version = '';
  try {
    const v = await client.query<{ v: string; n: string }>(
      "SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n",
    );
    version = v.rows[0].v.split(' ')[0];
    const major = Math.floor(Number(v.rows[0].n) / 10000);
    const refused = parsed.flatMap((s) => {
      const why = refusal(s, major);
      return why ? [refusedFinding(shown, s, why)] : [];
    });
    if (refused.length > 0) {
      report.summary = `${shown} was not run on ${maskUrl(opts.databaseUrl)}: ${refused.length} statement(s) cannot run inside the dry run's transaction`;
      report.findings = [...refused, ...findings];
      return report;
    }
    const sequencesBefore = await sequenceValues(client);
    const t0 = performance.now();
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL lock_timeout = '${DRY_RUN_LOCK_TIMEOUT}'`);
      // As for the scratch dry-run's PR statements: one round trip per statement, inside our block.
      const tracer = new SessionTracer(client);
      for (const s of parsed) {
        if (SKIPPED.has(transactionKind(s))) {
          skipped.push(s);
          continue;
        }
        try {
          const { durationMs, ...trace } = await tracer.run(s, { ownTransaction: false, traced: true, commit: false });
          run.statements.push({ statement: s, durationMs, trace });
        } catch (e) {
          run.failure = executionFailure(e, s);
          break;
        }
      }
    } finally {
      // Whatever happened: nothing of the file stays.
      await client.query('ROLLBACK');
    }
    run.durationMs = performance.now() - t0;
    opts.log.info(
      `${run.failure ? '✗' : '✓'} ${shown}: ${run.statements.length} statement(s) run and rolled back in ${Math.round(run.durationMs)} ms`,
    );
    findings.push(...advancedSequences(shown, sequencesBefore, await sequenceValues(client)));
  } finally {
    await client.end().catch(() => {});
  }
  if (run.failure) {
    const f = run.failure;
    findings.push({
      rule: 'migration-failed',
      severity: 'error',
      message: `${file.name} fails at line ${f.line}: ${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}.${f.hint ? ` Hint: ${f.hint}` : ''} Everything it did was rolled back.`,
      location: { file: shown, line: f.line, column: f.column },
      fingerprint: fingerprint('migration-failed', file.name, f.code, f.message),
      data: { sqlstate: f.code, statement: f.statement?.slice(0, 2000) },
    });
  }
  report.findings = mergeMeasured(findings, [{ run, branch: 'PR' }]);
  report.summary =
    `${shown}: ${run.statements.length} statement(s) run on PostgreSQL ${version} (${maskUrl(opts.databaseUrl)}) in a transaction, then rolled back` +
    (run.failure ? `; failed at line ${run.failure.line}` : '');
  report.metrics = {
    statements: run.statements.length,
    applyMs: Math.round(run.durationMs),
    failed: run.failure ? 1 : 0,
  };
  report.tables.push(
    tracedStatementsTable(
      'Statements (dry run, rolled back)',
      run.statements.map((s) => ({ s })),
      { columns: ['Would block'], cells: (s) => [wouldBlock(s)] },
    ),
  );
  report.details = [
    `lock_timeout ${DRY_RUN_LOCK_TIMEOUT} was set for the dry run (the file's own SET overrides it).`,
    ...skipped.map(
      (s) => `Line ${s.startLine}: ${s.text} skipped (the dry run is one transaction, always rolled back).`,
    ),
  ];
  return report;
}

function refusal(s: ParsedStatement, major: number): string | undefined {
  const why = nonTransactionalStatement(s.ast, major);
  if (why) return `${why} cannot run inside a transaction block`;
  return REFUSED_TX.get(transactionKind(s));
}

/** 'TRANS_STMT_COMMIT' for COMMIT/END…, '' for statements that are not transaction control. */
function transactionKind(s: ParsedStatement): string {
  return (s.ast as { TransactionStmt?: { kind?: string } }).TransactionStmt?.kind ?? '';
}

function refusedFinding(file: string, s: ParsedStatement, why: string): Finding {
  return {
    rule: 'dry-run-refused',
    severity: 'error',
    message: `The dry run refuses this file: ${why}, and the dry run must stay one transaction that is rolled back. Nothing was run.`,
    location: { file, line: s.startLine, column: s.startColumn },
    fingerprint: fingerprint('dry-run-refused', path.basename(file), s.text.replace(/\s+/g, ' ')),
    fix: {
      description:
        'Dry-run the other statements without this one, or run `backend-gate migrations` to apply the file to a scratch database instead.',
    },
  };
}

/** What the locks this statement took would stop other sessions from doing until the transaction ends. */
function wouldBlock(s: StatementRun): string {
  const modes = new Set(s.trace!.locks.map((l) => l.mode));
  if (modes.has('AccessExclusiveLock')) return 'reads and writes';
  if (['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock'].some((m) => modes.has(m))) return 'writes';
  return 'nothing';
}

async function sequenceValues(client: pg.Client): Promise<Map<string, string>> {
  const r = await client.query<{ name: string; value: string | null }>(
    `SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text AS value FROM pg_sequences`,
  );
  return new Map(r.rows.map((x) => [x.name, x.value ?? '']));
}

/** Sequences are not transactional: nextval() calls of the rolled-back statements stay. */
function advancedSequences(file: string, before: Map<string, string>, after: Map<string, string>): Finding[] {
  const moved = [...after].filter(([name, v]) => before.has(name) && before.get(name) !== v).map(([name]) => name);
  if (moved.length === 0) return [];
  return [
    {
      rule: 'dry-run-sequence-advanced',
      severity: 'notice',
      message: `The dry run advanced ${moved.join(', ')}: PostgreSQL does not roll sequences back, so the next ids there skip a few values. Tables, data and schema are unchanged.`,
      location: { file, line: 1 },
      fingerprint: fingerprint('dry-run-sequence-advanced', path.basename(file), moved.join(',')),
      data: { sequences: moved },
    },
  ];
}
