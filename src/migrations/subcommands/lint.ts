/**
 * `backend-gate migrations lint [PATH…]`: the static lint alone, no database (what squawk does).
 * A folder (default: the migrations folder) is read in its layout, so each file is linted as its
 * tool runs it (inside a transaction or not); a file named on its own is plain SQL run statement
 * by statement (psql -f). Rules in `migrations.lint.exclude` are skipped. Everything here is loaded
 * only for this subcommand: no PostgreSQL driver, no runner.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { ModeContext, ModeInput } from '../../modes.js';
import { emptyReport, type Finding, type Report } from '../../report/types.js';
import { lintMigrationFiles, type LintInput } from '../lint/index.js';
import { buildMigrationsSettings, type RawMigrations } from '../settings.js';
import { localFolder, type MigrationFile } from '../sources/files.js';
import { readFolder } from '../sources/layouts.js';
import { toolWraps, withToolNote } from '../tool-transaction.js';

export async function runLintSubcommand(ctx: ModeContext, input: ModeInput): Promise<Report> {
  const started = performance.now();
  const raw = (ctx.settings.config.raw.migrations ?? {}) as RawMigrations;
  const cwd = ctx.settings.workingDirectory;
  const settings = buildMigrationsSettings(raw, input.flags, cwd, ctx.env);
  // Folders named next to a `command` layout are read as what they look like.
  const layout = settings.layout === 'command' ? 'auto' : settings.layout;
  const named = input.positionals.slice(1);
  const files: MigrationFile[] = [];
  if (named.length === 0) {
    if (settings.layout === 'command') {
      throw new ConfigurationError(
        "migrations lint reads migration files, and layout 'command' has no folder to read: name the files or folders, e.g. 'backend-gate migrations lint db/migrate'.",
      );
    }
    files.push(...readFolderOrSay(settings.dir, cwd, layout));
  }
  for (const p of named) {
    const full = path.resolve(cwd, p);
    const shown = (path.relative(cwd, full) || '.').split(path.sep).join('/');
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat)
      throw new ConfigurationError(`migrations lint: '${shown}' does not exist. Name migration files or folders.`);
    if (stat.isDirectory()) files.push(...readFolderOrSay(full, cwd, layout));
    else files.push({ name: path.basename(full), path: shown, version: '', sql: readFileSync(full, 'utf8') });
  }
  const inputs: LintInput[] = files.map((f) => ({ sql: f.sql, file: f.path, inTransaction: toolWraps(f) }));
  const found = await lintMigrationFiles(inputs, { exclude: settings.lintExclude });
  const findings: Finding[] = [];
  files.forEach((f, i) => findings.push(...withToolNote(found[i], f)));
  ctx.log.info(`linted ${files.length} migration file(s) in ${Math.round(performance.now() - started)} ms`);
  return lintReport(files, findings);
}

/**
 * A folder's migrations. A folder with none is a mistake worth naming (a project folder given
 * for its migrations folder, a typo in migrations.dir), not a lint that passes on nothing.
 */
function readFolderOrSay(dir: string, cwd: string, layout: Parameters<typeof readFolder>[1]): MigrationFile[] {
  const files = readFolder(localFolder(dir, cwd), layout);
  if (files.length > 0) return files;
  const shown = (path.relative(cwd, dir) || '.').split(path.sep).join('/');
  const inner = path.join(dir, 'migrations');
  const hint = statSync(inner, { throwIfNoEntry: false })?.isDirectory()
    ? ` Did you mean '${path.relative(cwd, inner).split(path.sep).join('/')}'?`
    : ' Name the folder that holds the migration files (or set migrations.dir).';
  throw new ConfigurationError(`migrations lint: '${shown}' holds no migration files.${hint}`);
}

function lintReport(files: MigrationFile[], findings: Finding[]): Report {
  const report = emptyReport(
    'migrations',
    `Static lint of ${files.length} migration file(s), no database: ${findings.length} finding(s)`,
  );
  report.findings = findings;
  const byFile = new Map<string, number>();
  for (const f of findings) byFile.set(f.location?.file ?? '', (byFile.get(f.location?.file ?? '') ?? 0) + 1);
  report.metrics = { lintedFiles: files.length, lintFindings: findings.length };
  report.tables.push({
    title: 'Linted migrations',
    columns: ['File', 'Findings'],
    rows: files.map((f) => [f.path, byFile.get(f.path) ?? 0]),
  });
  return report;
}
