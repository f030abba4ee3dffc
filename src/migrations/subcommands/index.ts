/**
 * `backend-gate migrations <subcommand>`: diff (schema file → migration + rollback),
 * suggest-indexes (proven index migrations for the migrated schema) and stats (table sizes of a
 * live database). Each builds its settings from the `migrations:` section and the flags, like
 * the mode itself, and returns a Report.
 */
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { flagString, type FlagValues, type ModeContext, type ModeInput } from '../../modes.js';
import type { Report } from '../../report/types.js';
import { buildMigrationsSettings, type MigrationsSettings, type RawMigrations } from '../settings.js';
import { readStatsFile, statsPath, type TableStats } from './stats.js';
import { applyTableSizes } from './table-sizes.js';

export const MIGRATIONS_SUBCOMMANDS = ['diff', 'suggest-indexes', 'stats'] as const;
export type MigrationsSubcommand = (typeof MIGRATIONS_SUBCOMMANDS)[number];

export function isMigrationsSubcommand(word: string | undefined): word is MigrationsSubcommand {
  return (MIGRATIONS_SUBCOMMANDS as readonly string[]).includes(word ?? '');
}

/** The `migrations:` keys the subcommands read besides the mode's own. */
export interface RawSubcommandKeys {
  stats?: string;
}

export interface SubcommandContext {
  ctx: ModeContext;
  flags: FlagValues;
  raw: RawMigrations & RawSubcommandKeys;
  settings: MigrationsSettings;
  /** A path as the user reads it: relative to the working directory, '/' separators. */
  shown(p: string): string;
}

export async function runMigrationsSubcommand(ctx: ModeContext, input: ModeInput): Promise<Report> {
  const [sub, ...extra] = input.positionals;
  if (!isMigrationsSubcommand(sub)) {
    throw new ConfigurationError(
      `unknown migrations subcommand '${sub}'. Expected one of: ${MIGRATIONS_SUBCOMMANDS.join(', ')}. Run 'backend-gate migrations --help'.`,
    );
  }
  if (extra.length > 0) {
    throw new ConfigurationError(
      `unexpected argument '${extra[0]}' for migrations ${sub}. Run 'backend-gate migrations --help'.`,
    );
  }
  const raw = (ctx.settings.config.raw.migrations ?? {}) as RawMigrations & RawSubcommandKeys;
  const cwd = ctx.settings.workingDirectory;
  const settings = buildMigrationsSettings(raw, input.flags, cwd, ctx.env);
  ctx.redactor.addUrl(settings.databaseUrl);
  const sc: SubcommandContext = {
    ctx,
    flags: input.flags,
    raw,
    settings,
    shown: (p) => (path.relative(cwd, p) || '.').split(path.sep).join('/'),
  };
  switch (sub) {
    case 'diff':
      return (await import('./diff.js')).runDiffSubcommand(sc);
    case 'suggest-indexes':
      return (await import('./suggest-indexes.js')).runSuggestIndexesSubcommand(sc);
    case 'stats':
      return (await import('./stats-command.js')).runStatsSubcommand(sc);
  }
}

export interface LoadedStats {
  stats: TableStats;
  /** The file as named in messages ('stats.json'). */
  source: string;
}

/** The stats file of `--stats` or `migrations.stats`, read and checked; undefined when none is set. */
export async function loadConfiguredStats(ctx: ModeContext, flags: FlagValues): Promise<LoadedStats | undefined> {
  const raw = (ctx.settings.config.raw.migrations ?? {}) as RawSubcommandKeys;
  const value = flagString(flags, 'stats') ?? raw.stats;
  const file = statsPath(value, ctx.settings.workingDirectory);
  if (!file) return undefined;
  const source = (path.relative(ctx.settings.workingDirectory, file) || file).split(path.sep).join('/');
  return { stats: await readStatsFile(file, source), source };
}

/** The runner's report judged by production table sizes when a stats file is configured. */
export function withTableSizes(report: Report, loaded: LoadedStats | undefined): Report {
  return loaded ? applyTableSizes(report, loaded.stats, { source: loaded.source }) : report;
}
