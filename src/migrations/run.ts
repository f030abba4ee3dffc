/**
 * The migrations mode: lint the PR's new migration files, then on a throwaway PostgreSQL apply
 * the base branch's migrations and the PR's, statement by statement, and report what the PR
 * introduced to the schema (schema-health checks on head minus those already true on base).
 */
import path from 'node:path';
import type pg from 'pg';
import type { Logger } from '../log.js';
import { connect, createScratchDatabase, type PostgresServer } from '../postgres/index.js';
import { fingerprint } from '../report/fingerprint.js';
import type { Redactor } from '../report/mask.js';
import { emptyReport, type Finding, type Report } from '../report/types.js';
import { runSchemaHealthChecks, schemaHealthChecks } from '../schema-health/index.js';
import { foreignKeyWithoutIndex } from '../schema-health/checks/foreign-key-without-index.js';
import { indexFixFiles } from '../schema-health/index-fix.js';
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import { applyMigration, parseMigration, type FileRun } from './apply.js';
import { applyMigrationsBatched } from './batch.js';
import { checkDownMigration, schemaDump } from './down.js';
import { lintMigrationFile } from './lint/index.js';
import { toolWraps, withToolNote } from './tool-transaction.js';
import { mergeMeasured, tracedStatementsTable, type AppliedRun } from './measured.js';
import { findLocksHeldAcrossMigrations } from './lock-held-across-migrations.js';
import { namedRelations, seedTables, type SeededTable } from './seed.js';
import { databaseEnv, runShellCommand } from './sources/command.js';
import { detectLayout, readFolder, type FolderLayout } from './sources/layouts.js';
import { ObjectOrigins } from './origins.js';
import { BlockingProbe } from './probe.js';
import { SessionTracer } from './trace.js';
import { startMigrationsPostgres, type MigrationsSettings } from './settings.js';
import { readBaseMigrations } from './sources/base.js';
import { localFolder, type MigrationFile } from './sources/files.js';

export interface RunDeps {
  log: Logger;
  redactor: Redactor;
  signal?: AbortSignal;
}

type Applied = AppliedRun;

export async function runMigrations(settings: MigrationsSettings, deps: RunDeps): Promise<Report> {
  if (settings.layout === 'command') {
    return (await import('./command-layout.js')).runCommandLayout(settings, deps);
  }
  const folder = localFolder(settings.dir, settings.workingDirectory);
  const layout = settings.layout === 'auto' ? detectLayout(folder) : settings.layout;
  const head = readFolder(folder, layout);
  const base = await readBaseMigrations(settings.base, head, settings.dir, settings.workingDirectory, layout);
  const baseNames = new Map(base.map((f) => [f.name, f]));
  // Flyway re-applies a repeatable migration whenever its text changes.
  const added = head.filter((f) => {
    const b = baseNames.get(f.name);
    return !b || (f.repeatable && normalize(b.sql) !== normalize(f.sql));
  });
  const findings: Finding[] = [];
  findings.push(...modifiedMigrations(head, baseNames));

  const elapsed = stopwatch();
  // The server and the scratch database get ready while the PR's files are linted and every file
  // is parsed: CREATE DATABASE is the server's work, the lint and the parser are ours.
  const serverReady = startMigrationsPostgres(settings, deps);
  const dbReady = serverReady.then((s) => createScratchDatabase(s, 'migrations', { keepSession: true }));
  dbReady.catch(() => {}); // awaited below
  let server: PostgresServer;
  try {
    // Static lint of the PR's files (base files are already in production: not the PR's to fix).
    for (const f of added) findings.push(...(await lintPrFile(f, settings)));
    for (const f of [...base, ...added]) await parseMigration(f);
    deps.log.debug(
      `migrations: ${added.length} file(s) linted, ${base.length + added.length} parsed at ${elapsed()} ms`,
    );
    server = await serverReady;
  } catch (e) {
    await dbReady.then((db) => db.drop()).catch(() => {});
    await serverReady.then((s) => s.stop()).catch(() => {});
    throw e;
  }
  let outcome: ScratchOutcome = { applied: [], seeded: [], tables: 0 };
  try {
    const db = await dbReady;
    deps.log.debug(`migrations: scratch database ${db.name} ready at ${elapsed()} ms`);
    try {
      outcome = await applyOnScratch(db.url, server.major, { settings, base, added, findings }, { ...deps, elapsed });
    } finally {
      await db.drop();
    }
  } finally {
    await server.stop();
  }
  deps.log.debug(`migrations: scratch database dropped at ${elapsed()} ms`);
  const { applied, seeded, tables } = outcome;
  for (const a of applied) if (a.run.failure) findings.push(failureFinding(a));
  const merged = mergeMeasured(findings, applied);
  merged.push(...findLocksHeldAcrossMigrations(applied, { layout, singleTransaction: settings.singleTransaction }));
  attachIndexFixFiles(merged, settings, [...base, ...added]);
  return buildReport({ settings, server, base, added, applied, findings: dedupe(merged), tables, layout, seeded });
}

interface ScratchOutcome {
  applied: Applied[];
  seeded: SeededTable[];
  /** Tables after the PR's migrations (0 when they did not all apply). */
  tables: number;
}

/**
 * On the scratch database: the base branch's migrations, seed rows, the PR's migrations traced
 * and probed, and the schema-health checks of base and head (findings go into `run.findings`).
 * The work of one session at a time is spread where it is independent: more sessions open while
 * the base applies; the base checks run beside the seeding; the checks share the sessions.
 */
async function applyOnScratch(
  url: string,
  major: number,
  run: { settings: MigrationsSettings; base: MigrationFile[]; added: MigrationFile[]; findings: Finding[] },
  deps: RunDeps & { elapsed: () => number },
): Promise<ScratchOutcome> {
  const { settings, base, added, findings } = run;
  const out: ScratchOutcome = { applied: [], seeded: [], tables: 0 };
  // Only what the PR introduced is reported (head minus base), unless every finding is asked for.
  const health = settings.all || added.length > 0;
  // The probe's sessions (needed anyway), else one of its own, for the checks to run beside the
  // seeding and beside each other.
  const probeReady = added.length > 0 && settings.probe ? BlockingProbe.open(url) : undefined;
  const sideReady = probeReady || !health ? undefined : connect(url, 'backend-gate checks');
  for (const p of [probeReady, sideReady]) p?.catch(() => {}); // awaited below
  let client: pg.Client | undefined;
  try {
    client = await connect(url);
    const main = client;
    const origins = new ObjectOrigins();
    const applyDeps = { ...deps, major, checkDown: false, findings };
    if (!(await applyBase(main, base, out.applied, origins, applyDeps))) return out;
    deps.log.debug(`migrations: base applied at ${deps.elapsed()} ms`);
    const extra = probeReady ? (await probeReady).sessions() : sideReady ? [await sideReady] : [];
    // Generated rows change no schema: the base checks run meanwhile, the seeding on the main
    // session and one more, the checks on the others. A user's seed may change the schema.
    const parallel = !settings.seed;
    const [seedOn, checkOn] = parallel && extra.length > 1 ? [extra.slice(0, 1), extra.slice(1)] : [[], extra];
    const checkBase = async () =>
      health && !settings.all ? schemaHealth(checkOn[0] ?? main, checkOn.slice(1), origins) : [];
    const seeding =
      added.length > 0 ? seedBeforePr(main, url, settings, added, { ...deps, sessions: seedOn }) : undefined;
    const [seed, baseHealth] = await settleBoth(seeding, parallel ? checkBase() : seeding?.then(checkBase));
    out.seeded = seed?.tables ?? [];
    findings.push(...(seed?.findings ?? []));
    deps.log.debug(`migrations: seeded and base schema checked at ${deps.elapsed()} ms`);
    const probe = await probeReady;
    const headOk = await applyAll(main, added, 'PR', out.applied, origins, {
      ...applyDeps,
      probe,
      checkDown: settings.checkDown,
    });
    deps.log.debug(`migrations: PR applied at ${deps.elapsed()} ms`);
    if (!headOk) return out;
    const known = new Set((baseHealth ?? []).map((f) => f.fingerprint));
    const [headHealth, tables] = await Promise.all([
      health ? schemaHealth(main, extra, origins) : [],
      countTables(main),
    ]);
    findings.push(...headHealth.filter((f) => !known.has(f.fingerprint)));
    out.tables = tables;
    deps.log.debug(`migrations: head schema checked at ${deps.elapsed()} ms`);
    return out;
  } finally {
    await Promise.all([
      client?.end().catch(() => {}),
      probeReady?.then((p) => p.close()).catch(() => {}),
      sideReady?.then((c) => c.end()).catch(() => {}),
    ]);
  }
}

/** The lint, told whether this file's tool runs it inside a transaction (and how the file opts out). */
async function lintPrFile(f: MigrationFile, settings: MigrationsSettings): Promise<Finding[]> {
  const inTransaction = await runnerWraps(f);
  return withToolNote(await lintMigrationFile(f.sql, f.path, { exclude: settings.lintExclude, inTransaction }), f);
}

/** Whether the file's migration tool runs its statements inside one transaction block. */
export async function runnerWraps(f: MigrationFile): Promise<boolean> {
  const wraps = toolWraps(f);
  if (typeof wraps === 'boolean') return wraps;
  const parsed = await parseMigration(f);
  return Array.isArray(parsed) && wraps(parsed); // a syntax error is reported on its own
}

/** The user's seed, else generated rows in the tables the PR's statements name. */
async function seedBeforePr(
  client: pg.Client,
  url: string,
  settings: MigrationsSettings,
  added: MigrationFile[],
  deps: RunDeps & { sessions: pg.Client[] },
): Promise<{ tables: SeededTable[]; findings: Finding[] }> {
  const t0 = performance.now();
  const seed = settings.seed;
  if (seed?.kind === 'sql') {
    const shown = path.relative(settings.workingDirectory, seed.file).split(path.sep).join('/');
    let sql: string;
    try {
      sql = readFileSync(seed.file, 'utf8');
    } catch {
      throw new ConfigurationError(`migrations seed file '${shown}' cannot be read. Check migrations.seed.`);
    }
    const run = await applyMigration(client, { name: path.basename(seed.file), path: shown, version: '0', sql });
    if (run.failure) return { tables: [], findings: [seedFailed(shown, run.failure.message, run.failure.line)] };
    deps.log.info(`seeded from ${shown} in ${Math.round(performance.now() - t0)} ms`);
    return { tables: [], findings: [] };
  }
  if (seed?.kind === 'command') {
    const r = await runShellCommand(seed.command, {
      cwd: settings.workingDirectory,
      env: { ...process.env, ...databaseEnv(url) },
      timeoutMs: settings.commandTimeoutMs,
      signal: deps.signal,
    });
    if (!r.ok) {
      const why = r.stopped ?? `exit code ${r.exitCode}`;
      return {
        tables: [],
        findings: [seedFailed(seed.command, `${why}: ${deps.redactor.redact(r.output).slice(-500)}`)],
      };
    }
    deps.log.info(`seeded with \`${seed.command}\` in ${Math.round(r.durationMs)} ms`);
    return { tables: [], findings: [] };
  }
  if (settings.seedRows === 0) return { tables: [], findings: [] };
  const asts: unknown[] = [];
  for (const f of added) {
    const parsed = await parseMigration(f);
    if (Array.isArray(parsed)) asts.push(...parsed.map((s) => s.ast));
  }
  const tables = await seedTables(client, namedRelations(asts), settings.seedRows, deps.log, {
    sessions: deps.sessions,
  });
  const inserted = tables.reduce((n, t) => n + t.inserted, 0);
  if (inserted > 0) {
    deps.log.info(
      `seeded ${tables.filter((t) => t.inserted > 0).length} table(s) touched by the PR with ${inserted} rows in ${Math.round(performance.now() - t0)} ms`,
    );
  }
  return { tables, findings: [] };
}

function seedFailed(what: string, why: string, line?: number): Finding {
  return {
    rule: 'seed-failed',
    severity: 'warning',
    message: `The seed (${what}) failed: ${why}. The PR's statements were measured on tables without those rows.`,
    location: line ? { file: what, line } : undefined,
    fingerprint: fingerprint('seed-failed', what),
  };
}

/**
 * The base branch's migrations: already in production, so not traced, and sent in as few round
 * trips as their statements allow (batch.ts). A progress line per file all the same.
 */
async function applyBase(
  client: pg.Client,
  files: MigrationFile[],
  applied: Applied[],
  origins: ObjectOrigins,
  deps: RunDeps & { major: number },
): Promise<boolean> {
  const runs = await applyMigrationsBatched(client, files, {
    signal: deps.signal,
    postgresVersion: deps.major,
    onFile: (run) => {
      applied.push({ run, branch: 'base' });
      origins.record(
        run.file.path,
        run.statements.map((s) => s.statement),
      );
      logFile(deps.log, run, 'base');
    },
  });
  return runs.length === files.length && !runs.some((r) => r.failure);
}

function logFile(log: Logger, run: FileRun, branch: Applied['branch']): void {
  if (run.failure) {
    log.info(`✗ ${run.file.path} (${branch}): failed at line ${run.failure.line}: ${run.failure.message}`);
    return;
  }
  const n = run.statements.length;
  log.info(`✓ ${run.file.path} (${branch}): ${n} statement${n === 1 ? '' : 's'} in ${Math.round(run.durationMs)} ms`);
}

/** Milliseconds since it was made, rounded: for the debug lines that time each phase. */
function stopwatch(): () => number {
  const t0 = performance.now();
  return () => Math.round(performance.now() - t0);
}

/** Both results once both are settled (so nothing still runs when the caller cleans up); the first error thrown. */
async function settleBoth<A, B>(a: Promise<A> | undefined, b: Promise<B> | undefined): Promise<[A?, B?]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}

async function applyAll(
  client: pg.Client,
  files: MigrationFile[],
  branch: Applied['branch'],
  applied: Applied[],
  origins: ObjectOrigins,
  deps: RunDeps & { major: number; probe?: BlockingProbe; checkDown: boolean; findings: Finding[] },
): Promise<boolean> {
  // One tracer for the files applied one after another: it keeps what it read last.
  const tracer = branch === 'PR' ? new SessionTracer(client) : undefined;
  for (const file of files) {
    const down = deps.checkDown && file.down ? file.down : undefined;
    const beforeUp = down ? await schemaDump(client) : undefined;
    const run = await applyMigration(client, file, {
      signal: deps.signal,
      trace: tracer ? { postgresVersion: deps.major, probe: deps.probe, tracer } : undefined,
    });
    applied.push({ run, branch });
    origins.record(
      file.path,
      run.statements.map((s) => s.statement),
    );
    logFile(deps.log, run, branch);
    if (run.failure) return false;
    if (down && beforeUp) {
      const check = await checkDownMigration(client, { ...file, down }, beforeUp, await schemaDump(client));
      tracer?.forget(); // the down and the up again ran without it
      deps.findings.push(...check.findings);
      deps.log.info(
        `  ${check.findings.length === 0 ? '✓' : '✗'} down → up of ${file.name}${check.findings.length === 0 ? ' restores the schema' : ': ' + check.findings[0].rule}`,
      );
      if (!check.stateKept) {
        deps.log.warning(
          `stopping: the down migration of ${file.name} ran outside a transaction and left the schema changed.`,
        );
        return false;
      }
    }
  }
  return true;
}

/** The schema-health checks, spread over `client` and the other sessions given. */
async function schemaHealth(client: pg.Client, sessions: pg.Client[], origins: ObjectOrigins): Promise<Finding[]> {
  const ctx = { db: client, sourceOf: origins.lookup };
  const findings = await runSchemaHealthChecks(ctx, { sessions });
  // Until the registry lists it, the FK check runs on its own.
  if (!schemaHealthChecks.some((c) => c.id === foreignKeyWithoutIndex.id)) {
    findings.push(...(await foreignKeyWithoutIndex.run(ctx)));
  }
  return findings;
}

async function countTables(client: pg.Client): Promise<number> {
  const r = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`,
  );
  return Number(r.rows[0].n);
}

/** A migration already on the base branch whose content the PR changed: production will never run the new text. */
function modifiedMigrations(head: MigrationFile[], base: Map<string, MigrationFile>): Finding[] {
  return head
    .filter((f) => !f.repeatable && base.has(f.name) && normalize(base.get(f.name)!.sql) !== normalize(f.sql))
    .map((f) => ({
      rule: 'migration-modified',
      severity: 'warning' as const,
      message: `${f.name} is already on the base branch and this PR changes it: databases that applied it will not run the change. Add a new migration instead.`,
      location: { file: f.path, line: 1 },
      fingerprint: fingerprint('migration-modified', f.name),
    }));
}

function normalize(sql: string): string {
  return sql.replace(/\r\n/g, '\n').trim();
}

function failureFinding({ run, branch }: Applied): Finding {
  const f = run.failure!;
  const extra = [f.detail && `Detail: ${f.detail}`, f.hint && `Hint: ${f.hint}`].filter(Boolean).join(' ');
  if (f.kind === 'syntax') {
    // Same identity as the lint's syntax-error finding, so the two merge.
    return {
      rule: 'syntax-error',
      severity: 'error',
      message: `PostgreSQL cannot parse this file: ${f.message}.`,
      location: { file: run.file.path, line: f.line, column: f.column },
      fingerprint: fingerprint('syntax-error', path.basename(run.file.path), f.message),
      fix: { description: 'Fix the SQL syntax; nothing else in the file was checked.' },
    };
  }
  return {
    rule: 'migration-failed',
    severity: 'error',
    message:
      `${branch === 'base' ? 'Base-branch migration' : 'Migration'} ${run.file.name} fails at line ${f.line}: ${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}.` +
      (extra ? ` ${extra}` : '') +
      ' Later migrations were not applied.',
    location: { file: run.file.path, line: f.line, column: f.column },
    fingerprint: fingerprint('migration-failed', run.file.name, f.code, f.message),
    data: { sqlstate: f.code, statement: f.statement?.slice(0, 2000), branch },
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true)));
}

function buildReport(r: {
  settings: MigrationsSettings;
  server: PostgresServer;
  base: MigrationFile[];
  added: MigrationFile[];
  applied: Applied[];
  findings: Finding[];
  tables: number;
  layout: FolderLayout;
  seeded: SeededTable[];
}): Report {
  const failed = r.applied.find((a) => a.run.failure);
  const appliedOk = r.applied.filter((a) => !a.run.failure).length;
  const report = emptyReport(
    'migrations',
    `${appliedOk} of ${r.base.length + r.added.length} ${r.layout} migrations applied (${r.base.length} base, ${r.added.length} new) to PostgreSQL ${r.server.version} (${r.server.kind})` +
      (failed ? `; stopped at ${failed.run.file.name}` : ''),
  );
  report.findings = r.findings;
  const statements = r.applied.reduce((n, a) => n + a.run.statements.length, 0);
  const applyMs = r.applied.reduce((n, a) => n + a.run.durationMs, 0);
  const missing = r.findings.filter((f) => f.rule === 'foreign-key-without-index');
  report.metrics = {
    migrations: r.base.length + r.added.length,
    baseMigrations: r.base.length,
    newMigrations: r.added.length,
    applied: appliedOk,
    statements,
    applyMs: Math.round(applyMs),
    tables: r.tables,
    missingIndexes: missing.length,
    seededRows: r.seeded.reduce((n, t) => n + t.inserted, 0),
  };
  report.tables.push({
    title: 'Applied migrations',
    columns: ['File', 'Branch', 'Statements', 'Duration (ms)', 'Result'],
    rows: r.applied.map((a) => [
      a.run.file.path,
      a.branch,
      a.run.statements.length,
      Math.round(a.run.durationMs),
      a.run.failure ? `failed at line ${a.run.failure.line}` : 'ok',
    ]),
  });
  const traced = r.applied.flatMap((a) =>
    a.run.statements.filter((s) => s.trace).map((s) => ({ file: a.run.file, s })),
  );
  if (traced.length > 0) {
    report.tables.push(
      tracedStatementsTable(
        'Statements of the PR (measured)',
        traced.map(({ file, s }) => ({ label: file.name, s })),
        {
          columns: ['Blocked reads (ms)', 'Blocked writes (ms)'],
          cells: (s) => (s.trace!.probe ? [s.trace!.probe.readBlockedMs, s.trace!.probe.writeBlockedMs] : ['–', '–']),
        },
      ),
    );
  }
  const details = [
    `Migrations: ${r.base.length + r.added.length} (${r.base.length} on the base branch, ${r.added.length} new in this PR), layout ${r.layout}`,
    ...r.seeded
      .filter((t) => t.inserted > 0 || t.skipped)
      .map((t) =>
        t.skipped ? `Seed: ${t.table} not seeded (${t.skipped})` : `Seed: ${t.inserted} rows in ${t.table}`,
      ),
    `Tables: ${r.tables}`,
    `MISSING INDEXES (${missing.length} found)`,
    ...missing.map(
      (f) =>
        `  ${f.data?.table}(${(f.data?.columns as string[]).join(', ')}) → ${f.data?.references}` +
        (f.location ? `  [${f.location.file}${f.location.line ? `:${f.location.line}` : ''}]` : ''),
    ),
  ];
  if (missing.length > 0) {
    details.push('SUGGESTED MIGRATIONS');
    for (const f of missing) details.push(`  ${f.fix?.text ?? ''}`);
  }
  report.details = details;
  return report;
}

/** Each missing-index finding gets its migration and rollback files, named after the newest migration. */
function attachIndexFixFiles(findings: Finding[], settings: MigrationsSettings, files: MigrationFile[]): void {
  const dir = path.relative(settings.workingDirectory, settings.dir).split(path.sep).join('/') || '.';
  const version = nextVersion(files);
  for (const f of findings) {
    if (f.rule !== 'foreign-key-without-index' || !f.fix) continue;
    const fix = indexFixFiles(
      { schema: String(f.data?.schema), table: String(f.data?.table), columns: f.data?.columns as string[] },
      { reason: `index for the foreign key ${String(f.data?.constraint)}`, timestamp: version, directory: dir },
    );
    f.fix.files = [fix.up, fix.rollback];
  }
}

/** The version after the newest one, in the same width (`004` after `003`). */
function nextVersion(files: MigrationFile[]): string | undefined {
  const numbered = files.filter((f) => /^\d+$/.test(f.version));
  if (numbered.length === 0) return undefined;
  const last = numbered.reduce((a, b) => (BigInt(b.version) > BigInt(a.version) ? b : a)).version;
  return (BigInt(last) + 1n).toString().padStart(last.length, '0');
}
