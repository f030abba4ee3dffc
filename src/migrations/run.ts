/**
 * The migrations mode: lint the PR's new migration files, then on a throwaway PostgreSQL apply
 * the base branch's migrations and the PR's, statement by statement, and report what the PR
 * introduced to the schema (schema-health checks on head minus those already true on base).
 */
import path from 'node:path';
import type pg from 'pg';
import type { Logger } from '../log.js';
import { connect, createScratchDatabase, startPostgres, type PostgresServer } from '../postgres/index.js';
import { fingerprint } from '../report/fingerprint.js';
import type { Redactor } from '../report/mask.js';
import { emptyReport, type Finding, type Report } from '../report/types.js';
import { runSchemaHealthChecks, schemaHealthChecks } from '../schema-health/index.js';
import { foreignKeyWithoutIndex } from '../schema-health/checks/foreign-key-without-index.js';
import { indexFixFiles } from '../schema-health/index-fix.js';
import { applyMigration, type FileRun } from './apply.js';
import { lintMigrationFile } from './lint/index.js';
import { ObjectOrigins } from './origins.js';
import { BlockingProbe } from './probe.js';
import { describeLocks } from './trace.js';
import type { MigrationsSettings } from './settings.js';
import { readBaseMigrations } from './sources/base.js';
import { readMigrationDir, type MigrationFile } from './sources/files.js';

export interface RunDeps {
  log: Logger;
  redactor: Redactor;
  signal?: AbortSignal;
}

interface Applied {
  run: FileRun;
  branch: 'base' | 'PR';
}

export async function runMigrations(settings: MigrationsSettings, deps: RunDeps): Promise<Report> {
  const { log } = deps;
  const head = readMigrationDir(settings.dir, settings.workingDirectory);
  const base = await readBaseMigrations(settings.base, head, settings.dir, settings.workingDirectory);
  const baseNames = new Map(base.map((f) => [f.name, f]));
  const added = head.filter((f) => !baseNames.has(f.name));
  const findings: Finding[] = [];
  findings.push(...modifiedMigrations(head, baseNames));

  // Static lint of the PR's files (base files are already in production: not the PR's to fix).
  for (const f of added) findings.push(...(await lintMigrationFile(f.sql, f.path, { exclude: settings.lintExclude })));

  const server = await startPostgres({
    databaseUrl: settings.databaseUrl,
    provider: settings.provider,
    postgresVersion: settings.postgresVersion,
    log,
    redactor: deps.redactor,
    signal: deps.signal,
  });
  const applied: Applied[] = [];
  let tables = 0;
  try {
    const db = await createScratchDatabase(server, 'migrations');
    let client: pg.Client | undefined;
    try {
      client = await connect(db.url);
      const origins = new ObjectOrigins();
      const applyDeps = { ...deps, major: server.major };
      const ok = await applyAll(client, base, 'base', applied, origins, applyDeps);
      const baseHealth = ok ? await schemaHealth(client, origins) : [];
      let headOk = false;
      if (ok) {
        const probe = added.length > 0 ? await BlockingProbe.open(db.url) : undefined;
        try {
          headOk = await applyAll(client, added, 'PR', applied, origins, { ...applyDeps, probe });
        } finally {
          await probe?.close();
        }
      }
      if (headOk) {
        const known = new Set(baseHealth.map((f) => f.fingerprint));
        findings.push(...(await schemaHealth(client, origins)).filter((f) => !known.has(f.fingerprint)));
        tables = await countTables(client);
      }
    } finally {
      await client?.end().catch(() => {});
      await db.drop();
    }
  } finally {
    await server.stop();
  }
  for (const a of applied) if (a.run.failure) findings.push(failureFinding(a));
  findings.push(...rewriteFindings(applied), ...blockingFindings(applied));
  attachIndexFixFiles(findings, settings, [...base, ...added]);
  return buildReport({ settings, server, base, added, applied, findings: dedupe(findings), tables });
}

async function applyAll(
  client: pg.Client,
  files: MigrationFile[],
  branch: Applied['branch'],
  applied: Applied[],
  origins: ObjectOrigins,
  deps: RunDeps & { major: number; probe?: BlockingProbe },
): Promise<boolean> {
  for (const file of files) {
    const run = await applyMigration(client, file, {
      signal: deps.signal,
      trace: branch === 'PR' ? { postgresVersion: deps.major, probe: deps.probe } : undefined,
    });
    applied.push({ run, branch });
    origins.record(
      file.path,
      run.statements.map((s) => s.statement),
    );
    const n = run.statements.length;
    if (run.failure) {
      deps.log.info(`✗ ${file.path} (${branch}): failed at line ${run.failure.line}: ${run.failure.message}`);
      return false;
    }
    deps.log.info(
      `✓ ${file.path} (${branch}): ${n} statement${n === 1 ? '' : 's'} in ${Math.round(run.durationMs)} ms`,
    );
  }
  return true;
}

async function schemaHealth(client: pg.Client, origins: ObjectOrigins): Promise<Finding[]> {
  const ctx = { db: client, sourceOf: origins.lookup };
  const findings = await runSchemaHealthChecks(ctx);
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
    .filter((f) => base.has(f.name) && normalize(base.get(f.name)!.sql) !== normalize(f.sql))
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

/** A measured rewrite of a table that existed before: ACCESS EXCLUSIVE for the whole copy. */
function rewriteFindings(applied: Applied[]): Finding[] {
  const out: Finding[] = [];
  for (const { run } of applied) {
    for (const s of run.statements) {
      for (const table of s.trace?.rewrites ?? []) {
        const kind = s.statement.kind === 'TruncateStmt' ? 'truncated' : 'rewrote';
        out.push({
          rule: 'table-rewrite',
          severity: 'warning',
          message: `This statement ${kind} ${table} (new relfilenode, measured): the table is locked for the whole copy, ${Math.round(s.durationMs)} ms here on a few rows and proportionally longer on production data.`,
          location: { file: run.file.path, line: s.statement.startLine, column: s.statement.startColumn },
          fingerprint: fingerprint('table-rewrite', run.file.name, table, s.statement.text.replace(/\s+/g, ' ')),
          fix: {
            description:
              'Avoid the rewrite: add the column without a volatile default and backfill in batches, or create a new column and switch over, instead of changing the type in place.',
          },
          data: { table, durationMs: Math.round(s.durationMs), locks: s.trace?.locks },
        });
      }
    }
  }
  return out;
}

/** Probes of a second session waited on this statement's locks: measured blocking. */
function blockingFindings(applied: Applied[]): Finding[] {
  const out: Finding[] = [];
  for (const { run } of applied) {
    for (const s of run.statements) {
      const p = s.trace?.probe;
      if (!p || (p.readBlockedMs === 0 && p.writeBlockedMs === 0)) continue;
      const what = [
        p.readBlockedMs > 0 && `reads for ${p.readBlockedMs} ms`,
        p.writeBlockedMs > 0 && `writes for ${p.writeBlockedMs} ms`,
      ]
        .filter(Boolean)
        .join(' and ');
      out.push({
        rule: 'blocks-traffic',
        severity: 'warning',
        message: `While this statement ran, it blocked ${what} on ${p.tables.join(', ')} (measured by a second session on the scratch database; production tables with more rows are blocked longer).`,
        location: { file: run.file.path, line: s.statement.startLine, column: s.statement.startColumn },
        fingerprint: fingerprint('blocks-traffic', run.file.name, s.statement.text.replace(/\s+/g, ' ')),
        data: {
          readBlockedMs: p.readBlockedMs,
          writeBlockedMs: p.writeBlockedMs,
          tables: p.tables,
          locks: s.trace?.locks,
        },
      });
    }
  }
  return out;
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
}): Report {
  const failed = r.applied.find((a) => a.run.failure);
  const appliedOk = r.applied.filter((a) => !a.run.failure).length;
  const report = emptyReport(
    'migrations',
    `${appliedOk} of ${r.base.length + r.added.length} migrations applied (${r.base.length} base, ${r.added.length} new) to PostgreSQL ${r.server.version} (${r.server.kind})` +
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
    report.tables.push({
      title: 'Statements of the PR (measured)',
      columns: [
        'Statement',
        'Line',
        'Duration (ms)',
        'Locks taken',
        'Rewrite',
        'Blocked reads (ms)',
        'Blocked writes (ms)',
        'lock_timeout',
        'statement_timeout',
      ],
      rows: traced.map(({ file, s }) => [
        `${file.name}: ${s.statement.text.replace(/\s+/g, ' ').slice(0, 60)}`,
        s.statement.startLine,
        Math.round(s.durationMs),
        s.trace!.untraced
          ? `not traced (${s.trace!.untraced} runs outside a transaction)`
          : describeLocks(s.trace!.locks) || 'none',
        s.trace!.rewrites.join(', ') || 'no',
        s.trace!.probe ? s.trace!.probe.readBlockedMs : '–',
        s.trace!.probe ? s.trace!.probe.writeBlockedMs : '–',
        s.trace!.lockTimeout,
        s.trace!.statementTimeout,
      ]),
    });
  }
  const details = [
    `Migrations: ${r.base.length + r.added.length} (${r.base.length} on the base branch, ${r.added.length} new in this PR)`,
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
  if (files.length === 0) return undefined;
  const last = files.reduce((a, b) => (BigInt(b.version) > BigInt(a.version) ? b : a)).version;
  return (BigInt(last) + 1n).toString().padStart(last.length, '0');
}
