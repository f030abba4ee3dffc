/**
 * `backend-gate migrations diff --compare schema/v2.sql --output migrations/`: build the current
 * schema (the migrations applied) and the target (the schema file) in two scratch databases,
 * write the migration and its rollback, prove both on the current database, and report what
 * in them drops, rewrites or locks.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { createScratchDatabase, type PostgresServer, type ScratchDatabase } from '../../postgres/index.js';
import { fingerprint } from '../../report/fingerprint.js';
import { emptyReport, type Finding, type Report } from '../../report/types.js';
import { lintMigrationFile, SqlSyntaxError } from '../lint/index.js';
import { readMigrationDir } from '../sources/files.js';
import { applySql, StatementError } from './apply.js';
import { diffSchemas, slugify, writeMigrationFiles, type SchemaDiff } from './index.js';
import type { Step } from './plan.js';
import { verifySchemaDiff, type Verification } from './verify.js';

export interface SchemaDiffCommandOptions {
  server: PostgresServer;
  /** The migrations folder: applied by `apply` to build the current schema. */
  migrationsDir: string;
  /** The schema file to reach (`schema/v2.sql`). */
  compareFile: string;
  /** Where the two files go; the migrations folder by default. */
  outputDir?: string;
  /** File-name words: `<timestamp>_<slug>.sql`; from the schema file's name by default. */
  slug?: string;
  log: Logger;
  /** Applies the migrations folder to the database at url (the runner's own apply). */
  apply?: (url: string) => Promise<void>;
  /** Paths in messages and artifacts are shown relative to it (the repository). */
  workingDirectory?: string;
  now?: Date;
  /** Lint rules not to run on the generated migration (the config's migrations.lint.exclude). */
  lintExclude?: string[];
}

/**
 * Lint rules that judge the schema's design (already the target's choice) or that the generated
 * file answers on purpose, not what running it does. statement_timeout is left unset on purpose:
 * it would abort CREATE INDEX CONCURRENTLY and VALIDATE on a big table halfway. Drops are
 * reported as schema-diff-destructive.
 */
const DESIGN_RULES = [
  'prefer-bigint-over-int',
  'prefer-bigint-over-smallint',
  'prefer-identity',
  'prefer-robust-stmts',
  'prefer-text-field',
  'prefer-timestamptz',
  'ban-char-field',
  'require-statement-timeout',
  'ban-drop-table',
  'ban-drop-column',
];

export async function runSchemaDiffCommand(opts: SchemaDiffCommandOptions): Promise<Report> {
  const cwd = opts.workingDirectory ?? process.cwd();
  const shown = (p: string): string => (path.relative(cwd, p) || '.').split(path.sep).join('/');
  const compareFile = path.resolve(cwd, opts.compareFile);
  let targetSql: string;
  try {
    targetSql = await readFile(compareFile, 'utf8');
  } catch {
    throw new ConfigurationError(
      `schema file '${shown(compareFile)}' cannot be read. Pass the schema to reach with --compare (e.g. --compare schema/v2.sql).`,
    );
  }
  const outputDir = path.resolve(cwd, opts.outputDir ?? opts.migrationsDir);
  const slug = slugify(opts.slug ?? `schema_${path.basename(compareFile).replace(/\.[^.]*$/, '')}`);
  const apply = opts.apply ?? ((url: string) => applyPlainMigrations(url, path.resolve(cwd, opts.migrationsDir), cwd));

  const databases: ScratchDatabase[] = [];
  try {
    const current = await createScratchDatabase(opts.server, 'diff_current');
    databases.push(current);
    const target = await createScratchDatabase(opts.server, 'diff_target');
    databases.push(target);
    await opts.log.group('Build the current schema (migrations applied)', () => apply(current.url));
    await opts.log.group(`Build the target schema (${shown(compareFile)})`, () =>
      applySchemaFile(target.url, targetSql, shown(compareFile)),
    );
    const diff = await diffSchemas({ currentUrl: current.url, targetUrl: target.url, log: opts.log });
    const report = emptyReport('migrations');
    if (diff.empty) {
      report.summary = `The migrations already produce ${shown(compareFile)}: no migration written`;
      report.details = [
        `No changes: the migrations in ${shown(path.resolve(cwd, opts.migrationsDir))} match ${shown(compareFile)}.`,
      ];
      report.metrics = { 'schema-diff-statements': 0, 'schema-diff-rollback-statements': 0 };
      return report;
    }
    // The current database is a scratch copy already: it is migrated, then rolled back, in place.
    const verification = await opts.log.group(
      'Verify: up reaches the target, rollback restores the current schema',
      () => verifySchemaDiff({ copyUrl: current.url, targetUrl: target.url, upSql: diff.upSql, downSql: diff.downSql }),
    );
    const files = await writeMigrationFiles(diff, { outputDir, slug, now: opts.now ?? new Date() }).catch(
      (e: unknown) => {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new ConfigurationError(
            `a migration named like '${slug}' with this timestamp already exists in ${shown(outputDir)}; nothing was overwritten. Pass another --slug.`,
          );
        }
        throw e;
      },
    );
    const upPath = shown(files.up);
    const rollbackPath = shown(files.rollback);
    report.summary = `Schema diff to ${shown(compareFile)}: ${diff.up.length} statement(s), rollback ${diff.down.length}; ${verification.ok ? 'verified on PostgreSQL ' + opts.server.version : 'NOT verified'}`;
    report.artifacts.push(
      { kind: 'migration', path: upPath, content: diff.upSql },
      { kind: 'rollback', path: rollbackPath, content: diff.downSql },
    );
    report.findings.push(...stepFindings(diff, upPath));
    const lint = await lintMigrationFile(diff.upSql, `${slug}.sql`, {
      exclude: [...DESIGN_RULES, ...(opts.lintExclude ?? [])],
      postgresVersion: opts.server.major,
    });
    for (const f of lint) if (f.location) f.location.file = upPath;
    report.findings.push(...lint);
    if (!verification.ok) report.findings.push(unverifiedFinding(verification, upPath));
    report.metrics = {
      'schema-diff-statements': diff.up.length,
      'schema-diff-rollback-statements': diff.down.length,
      'schema-diff-destructive': diff.up.filter((s) => s.destructive).length,
      'schema-diff-verified': verification.ok ? 1 : 0,
    };
    report.tables.push({
      title: 'Generated migration',
      columns: ['#', 'line', 'object', 'statement', 'flags'],
      rows: diff.up.map((s, i) => [i + 1, diff.upLines[i], `${s.kind} ${s.subject}`, firstLine(s.sql), flags(s)]),
    });
    report.details = [
      `Generated migration: ${upPath}`,
      `Generated rollback: ${rollbackPath}`,
      verification.ok
        ? `Verified: applying it yields the schema of ${shown(compareFile)}; the rollback restores the current schema.`
        : `NOT verified: ${verification.error ?? [...verification.up, ...verification.rollback].slice(0, 3).join('; ')}`,
    ];
    return report;
  } finally {
    for (const db of databases.reverse()) await db.drop().catch(() => {});
  }
}

function firstLine(sql: string): string {
  const line = sql.split('\n')[0];
  return line.length > 100 ? `${line.slice(0, 97)}…` : line;
}

function flags(s: Step): string {
  return [
    s.destructive ? 'destructive' : '',
    s.irreversible ? 'irreversible' : '',
    s.blocks ? 'blocks' : '',
    s.concurrent ? 'concurrently' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function stepFindings(diff: SchemaDiff, file: string): Finding[] {
  const out: Finding[] = [];
  diff.up.forEach((s, i) => {
    const location = { file, line: diff.upLines[i] };
    if (s.destructive) {
      out.push({
        rule: 'schema-diff-destructive',
        severity: 'warning',
        message: `The generated migration ${s.destructive}.`,
        location,
        fingerprint: fingerprint('schema-diff-destructive', s.kind, s.subject),
        fix: {
          description:
            'Check that no running code uses it and that the data is not needed (or is backed up); otherwise keep it in the schema file.',
        },
        data: { statement: s.sql, kind: s.kind },
      });
    }
    if (s.blocks) {
      out.push({
        rule: 'schema-diff-blocking-step',
        severity: 'warning',
        message: `This step has no non-blocking form: ${s.blocks}.`,
        location,
        fingerprint: fingerprint('schema-diff-blocking-step', s.kind, s.subject),
        fix: {
          description: 'Run it in a low-traffic window, or split the change (e.g. a new table filled in batches).',
        },
        data: { statement: s.sql, kind: s.kind },
      });
    }
    if (s.irreversible) {
      out.push({
        rule: 'schema-diff-irreversible',
        severity: 'warning',
        message: `The rollback cannot simply undo this: ${s.irreversible}.`,
        location,
        fingerprint: fingerprint('schema-diff-irreversible', s.kind, s.subject),
        fix: { description: 'Treat this step as one-way: test the rollback before relying on it.' },
        data: { statement: s.sql, kind: s.kind },
      });
    }
  });
  return out;
}

function unverifiedFinding(v: Verification, file: string): Finding {
  const what = v.error
    ? `a statement failed: ${v.error}`
    : v.up.length
      ? `after it, the schema still differs from the target (${v.up.slice(0, 3).join('; ')})`
      : `after the rollback, the schema differs from the original (${v.rollback.slice(0, 3).join('; ')})`;
  return {
    rule: 'schema-diff-unverified',
    severity: 'error',
    message: `The generated migration was applied to a copy of the current schema and did not check out: ${what}.`,
    location: { file },
    fingerprint: fingerprint('schema-diff-unverified', path.basename(file).replace(/^\d+_/, '')),
    fix: { description: 'Edit the generated files by hand where they differ, or report the case to backend-gate.' },
    data: { up: v.up, rollback: v.rollback, error: v.error },
  };
}

/** The schema file is the user's: a statement PostgreSQL refuses is their mistake, named by file and line. */
async function applySchemaFile(url: string, sql: string, file: string): Promise<void> {
  try {
    await applySql(url, sql, file);
  } catch (e) {
    if (e instanceof StatementError) {
      throw new ConfigurationError(
        `PostgreSQL refused this statement of the schema file: ${e.reason}. Fix the schema file.`,
        {
          file,
          line: e.line,
        },
      );
    }
    if (e instanceof SqlSyntaxError) {
      throw new ConfigurationError(`the schema file is not valid SQL: ${e.message}.`, {
        file,
        line: e.line,
        column: e.column,
      });
    }
    throw e;
  }
}

/** Fallback when no runner is given: plain `.sql` migrations in version order, rollback files left out. */
export async function applyPlainMigrations(url: string, dir: string, workingDirectory: string): Promise<void> {
  for (const m of readMigrationDir(dir, workingDirectory)) {
    if (/_rollback\.sql$/.test(m.name)) continue;
    try {
      await applySql(url, m.sql, m.path);
    } catch (e) {
      if (e instanceof StatementError) {
        throw new ConfigurationError(`migration fails on PostgreSQL: ${e.reason}.`, { file: m.path, line: e.line });
      }
      if (e instanceof SqlSyntaxError) {
        throw new ConfigurationError(`migration is not valid SQL: ${e.message}.`, {
          file: m.path,
          line: e.line,
          column: e.column,
        });
      }
      throw e;
    }
  }
}
