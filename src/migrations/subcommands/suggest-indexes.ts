/**
 * `backend-gate migrations suggest-indexes [--output migrations/]`: apply the migrations to a
 * scratch database, run the index checks of schema-health, and for each missing index write an
 * up file (CREATE INDEX CONCURRENTLY IF NOT EXISTS) and its rollback (DROP INDEX CONCURRENTLY IF
 * EXISTS), each pair proven by up → rollback → up in the scratch database first. Existing files
 * are never overwritten: a fix whose files are already there is reported, not written again.
 */
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { ConfigurationError } from '../../errors.js';
import { flagString } from '../../modes.js';
import { connect, createScratchDatabase } from '../../postgres/index.js';
import { emptyReport, type Finding, type Report } from '../../report/types.js';
import { runSchemaHealthChecks } from '../../schema-health/index.js';
import {
  indexFixFiles,
  proveIndexFix,
  type IndexFix,
  type IndexFixProof,
  type IndexTarget,
} from '../../schema-health/index-fix.js';
import { applyMigration } from '../apply.js';
import { ObjectOrigins } from '../origins.js';
import { isRollbackFile, localFolder, readMigrationDir, type MigrationFile } from '../sources/files.js';
import { startMigrationsPostgres } from '../settings.js';
import { detectLayout } from '../sources/layouts.js';
import { fixLayoutFor, versionCounter, type FixLayout } from './fix-layouts.js';
import { loadConfiguredStats, type LoadedStats, type SubcommandContext } from './index.js';
import { topLevelTables } from './stats.js';

/** The schema-health checks about indexes. Only a missing index has a CREATE INDEX fix to write. */
export const INDEX_CHECKS = [
  'foreign-key-without-index',
  'invalid-index',
  'duplicate-index',
  'overlapping-index',
  'btree-index-on-array-or-boolean',
  'table-with-too-many-indexes',
];
const MISSING_INDEX = 'foreign-key-without-index';

type FixStatus = 'written' | 'exists' | 'not proven';

interface Suggestion {
  finding: Finding;
  target: IndexTarget;
  fix: IndexFix;
  /** The files in the folder's layout, paths as shown. */
  files: { path: string; content: string }[];
  proof?: IndexFixProof;
  status: FixStatus;
}

export async function runSuggestIndexesSubcommand({ ctx, flags, settings, shown }: SubcommandContext): Promise<Report> {
  if (settings.layout === 'command') {
    throw new ConfigurationError(
      "suggest-indexes reads the migration files; the 'command' layout has none. Set migrations.layout to the folder's layout (sql, golang-migrate, dbmate, flyway…).",
    );
  }
  const loadedStats = await loadConfiguredStats(ctx, flags);
  const cwd = settings.workingDirectory;
  const layoutName = settings.layout === 'auto' ? detectLayout(localFolder(settings.dir, cwd)) : settings.layout;
  const files = readMigrationDir(settings.dir, cwd, layoutName).filter((f) => !isRollbackFile(f.name));
  const outputDir = path.resolve(cwd, flagString(flags, 'output') ?? settings.dir);
  const layout = fixLayoutFor(layoutName, outputDir === settings.dir);
  const existing = listFiles(outputDir);
  const version = versionCounter(layout, [...existing, ...listFiles(settings.dir)]);
  const server = await startMigrationsPostgres(settings, ctx);
  try {
    const db = await createScratchDatabase(server, 'suggest_indexes');
    let client: pg.Client | undefined;
    try {
      const c = (client = await connect(db.url));
      const origins = await ctx.log.group('Apply the migrations to a scratch database', () =>
        applyAll(c, files, ctx.signal, (m) => ctx.log.info(m)),
      );
      const findings = await runSchemaHealthChecks({ db: c, sourceOf: origins.lookup }, { only: INDEX_CHECKS });
      const sizes = await scratchSizes(c);
      const suggestions = await ctx.log.group('Prove each index migration: up → rollback → up', () =>
        proveSuggestions(c, findings, { shownDir: shown(outputDir), layout, existing, version }),
      );
      await writeProven(suggestions, outputDir);
      for (const s of suggestions) ctx.log.info(`${s.files[0].path}: ${statusWord(s)}`);
      return buildReport({ findings, suggestions, sizes, loadedStats, serverVersion: server.version, layout });
    } finally {
      await client?.end().catch(() => {});
      await db.drop();
    }
  } finally {
    await server.stop();
  }
}

async function applyAll(
  client: pg.Client,
  files: MigrationFile[],
  signal: AbortSignal | undefined,
  info: (m: string) => void,
): Promise<ObjectOrigins> {
  const origins = new ObjectOrigins();
  for (const file of files) {
    const run = await applyMigration(client, file, { signal });
    origins.record(
      file.path,
      run.statements.map((s) => s.statement),
    );
    if (run.failure) {
      throw new ConfigurationError(
        `this migration fails on PostgreSQL (${run.failure.message}), so the schema to suggest indexes for cannot be built. Fix it first ('backend-gate migrations' reports the details).`,
        { file: file.path, line: run.failure.line, column: run.failure.column },
      );
    }
    info(`✓ ${file.path}: ${run.statements.length} statement(s)`);
  }
  return origins;
}

async function proveSuggestions(
  client: pg.Client,
  findings: Finding[],
  opts: { shownDir: string; layout: FixLayout; existing: string[]; version: () => string },
): Promise<Suggestion[]> {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const dir = opts.shownDir === '.' ? '' : `${opts.shownDir}/`;
  for (const finding of findings) {
    if (finding.rule !== MISSING_INDEX) continue;
    const target: IndexTarget = {
      schema: String(finding.data?.schema),
      table: String(finding.data?.table),
      columns: finding.data?.columns as string[],
    };
    const reason = `index for the foreign key ${String(finding.data?.constraint)} (backend-gate migrations suggest-indexes)`;
    const fix = indexFixFiles(target, { reason, marker: opts.layout.marker, timestamp: '0' });
    // Two foreign keys on the same columns need one index.
    if (seen.has(fix.name)) continue;
    seen.add(fix.name);
    const slug = path
      .basename(fix.up.path)
      .replace(/^0_/, '')
      .replace(/\.sql$/, '');
    // A fix already written under any version is never written twice.
    const already = opts.existing.find((n) => opts.layout.parse(n)?.slug === slug);
    const version = already ? opts.layout.parse(already)!.version : opts.version();
    const files = opts.layout.files(version, slug, fix).map((f) => ({ path: `${dir}${f.name}`, content: f.content }));
    const proof = await proveIndexFix(client, target, fix);
    const status: FixStatus = already ? 'exists' : proof.ok ? 'written' : 'not proven';
    out.push({ finding, target, fix, files, proof, status });
  }
  return out;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.sql'));
  } catch {
    return [];
  }
}

async function writeProven(suggestions: Suggestion[], outputDir: string): Promise<void> {
  const toWrite = suggestions.filter((s) => s.status === 'written');
  if (toWrite.length === 0) return;
  await mkdir(outputDir, { recursive: true });
  for (const s of toWrite) {
    for (const file of s.files) {
      const target = path.join(outputDir, path.basename(file.path));
      // 'wx': a file that appeared meanwhile is the user's; it is never replaced.
      await writeFile(target, file.content, { flag: 'wx' }).catch((e: unknown) => {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new ConfigurationError(
            `'${file.path}' already exists; nothing was overwritten. Pass another --output.`,
          );
        }
        throw e;
      });
    }
  }
}

interface ScratchSizes {
  tables: number;
  rows: number;
}

/** Tables and exact row counts of the scratch database (migrations may seed rows). */
async function scratchSizes(client: pg.Client): Promise<ScratchSizes> {
  const { rows } = await client.query<{ oid: string; name: string }>(
    `SELECT c.oid::text AS oid, format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`,
  );
  let total = 0;
  for (const r of rows) {
    total += Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${r.name}`)).rows[0].n);
  }
  return { tables: rows.length, rows: total };
}

function statusWord(s: Suggestion): string {
  if (s.status === 'exists') return 'already there, not rewritten';
  if (s.status === 'written') return 'written (proven up → rollback → up)';
  const failed = s.proof?.steps.find((step) => !step.ok);
  return `NOT written: the ${failed?.step ?? 'up'} step failed (${failed?.detail ?? 'unknown'})`;
}

/** `orders.user_id` the way the seed names it; `orders(a, b)` for several columns; the schema unless public. */
function subjectOf(t: IndexTarget): string {
  const table = t.schema === 'public' ? t.table : `${t.schema}.${t.table}`;
  return t.columns.length === 1 ? `${table}.${t.columns[0]}` : `${table}(${t.columns.join(', ')})`;
}

function buildReport(r: {
  findings: Finding[];
  suggestions: Suggestion[];
  sizes: ScratchSizes;
  loadedStats?: LoadedStats;
  serverVersion: string;
  layout: FixLayout;
}): Report {
  const bySuggestion = new Map(r.suggestions.map((s) => [s.finding, s]));
  const missing = r.findings.filter((f) => f.rule === MISSING_INDEX);
  const others = r.findings.filter((f) => f.rule !== MISSING_INDEX);
  const prodRows = (t: IndexTarget): number | undefined =>
    r.loadedStats?.stats.tables.find((x) => x.schema === t.schema && x.table === t.table)?.rows;

  const findings = r.findings.map((f) => {
    const s = bySuggestion.get(f);
    if (!s) return f;
    const out: Finding = {
      ...f,
      fix: { ...f.fix!, files: s.files },
      data: { ...f.data, fixStatus: s.status, proof: s.proof?.steps },
    };
    // A written (or already present) proven fix answers the finding; one that failed its proof stays an error.
    if (s.status !== 'not proven') {
      out.severity = 'notice';
      out.message = `${f.message} Fix ${s.status === 'written' ? 'written' : 'already present'}: ${s.files.map((x) => x.path).join(' and ')}.`;
    } else {
      out.message = `${f.message} The suggested index did not pass up → rollback → up (${statusWord(s)}); no file was written.`;
    }
    return out;
  });

  const written = r.suggestions.filter((s) => s.status === 'written');
  const report = emptyReport(
    'migrations',
    `suggest-indexes: ${missing.length} missing index${missing.length === 1 ? '' : 'es'}; ${written.length} index migration(s) written, proven up → rollback → up on PostgreSQL ${r.serverVersion}`,
  );
  report.findings = findings;
  const totalRows = r.loadedStats
    ? topLevelTables(r.loadedStats.stats.tables).reduce((n, t) => n + t.rows, 0)
    : r.sizes.rows;
  report.metrics = {
    tables: r.sizes.tables,
    totalRows,
    missingIndexes: missing.length,
    indexFindings: r.findings.length,
    indexFilesWritten: written.reduce((n, s) => n + s.files.length, 0),
    indexFixesProven: r.suggestions.filter((s) => s.proof?.ok).length,
  };
  report.tables.push({
    title: 'Suggested migrations',
    columns: ['#', 'Index', 'Migration', 'Rollback', 'Proof (up → rollback → up)', 'File'],
    rows: r.suggestions.map((s, i) => [
      i + 1,
      `${s.fix.name} on ${subjectOf(s.target)}`,
      s.files[0].path,
      s.files[1]?.path ?? `${s.files[0].path} (-- migrate:down)`,
      s.proof?.ok ? 'ok' : (s.proof?.steps.map((x) => `${x.step}: ${x.detail}`).join('; ') ?? ''),
      s.status,
    ]),
  });
  for (const s of written) {
    s.files.forEach((f, i) => report.artifacts.push({ kind: i === 0 ? 'migration' : 'rollback', ...f }));
  }
  const details = [
    `Tables: ${r.sizes.tables}`,
    r.loadedStats
      ? `Total rows: ${totalRows.toLocaleString('en-US')} (production, from ${r.loadedStats.source})`
      : `Total rows: ${totalRows.toLocaleString('en-US')} (scratch database after the migrations; migrations.stats gives production sizes)`,
    '',
    `MISSING INDEXES (${missing.length} found)`,
    ...r.suggestions.map((s) => {
      const rows = prodRows(s.target);
      const where = s.finding.location
        ? `  [${s.finding.location.file}${s.finding.location.line ? `:${s.finding.location.line}` : ''}]`
        : '';
      return (
        `  ${subjectOf(s.target)} - foreign key ${String(s.finding.data?.constraint)} → ${String(s.finding.data?.references)}` +
        `${rows === undefined ? '' : ` (${rows.toLocaleString('en-US')} rows)`}, ADD INDEX recommended${where}`
      );
    }),
  ];
  if (others.length > 0) {
    details.push(
      '',
      `OTHER INDEX FINDINGS (${others.length} found)`,
      ...others.map((f) => `  ${f.rule}: ${f.message}`),
    );
  }
  if (r.suggestions.length > 0) {
    details.push('', 'SUGGESTED MIGRATIONS');
    r.suggestions.forEach((s, i) =>
      details.push(
        `  ${i + 1}. Add index on ${s.target.table}(${s.target.columns.join(', ')}): ${s.files.map((f) => f.path).join(' + ')} — ${statusWord(s)}`,
      ),
    );
    if (r.layout.name !== 'sql') details.push(`  (written for the ${r.layout.name} layout: ${r.layout.marker})`);
  }
  report.details = details;
  return report;
}
