/**
 * Settings of the migrations mode: the `migrations:` config section overridden by flags
 * (CLI) or inputs (Action) of the same names. Paths are resolved against the working directory.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { flagBoolean, flagString, type FlagValues } from '../modes.js';
import {
  parseProvider,
  startPostgres,
  type PostgresProviderChoice,
  type PostgresServer,
  type StartPostgresOptions,
} from '../postgres/index.js';
import { parseBase, type BaseSource } from './sources/base.js';
import { parseLayout, type LayoutChoice } from './sources/layouts.js';
import { projectKeepsSingleTransaction } from './sources/node-pg-migrate-cli.js';

/** Rows given to each table the PR touches before its statements run, unless configured. */
export const DEFAULT_SEED_ROWS = 10_000;
export const DEFAULT_COMMAND_TIMEOUT_S = 600;

export interface RawMigrations {
  dir?: string;
  base?: string;
  'base-version'?: string | number;
  postgres?: string;
  'postgres-version'?: string | number;
  lint?: { exclude?: string[] };
  layout?: string;
  'single-transaction'?: boolean;
  command?: string;
  'command-timeout'?: number;
  'seed-rows'?: number | string;
  seed?: string;
  probe?: boolean;
  'check-down'?: boolean;
  all?: boolean;
}

export interface MigrationsSettings {
  workingDirectory: string;
  /** Absolute path of the migrations folder. */
  dir: string;
  base: BaseSource;
  databaseUrl?: string;
  provider: PostgresProviderChoice;
  postgresVersion?: string;
  lintExclude: string[];
  /** Folder layout, or `command` (the project's own tool applies the migrations). */
  layout: LayoutChoice;
  /**
   * node-pg-migrate only: all pending migrations run in one transaction (its CLI's default), so a
   * lock one of them takes is held until the last one commits. Other layouts ignore it.
   */
  singleTransaction: boolean;
  /** Shell command of the `command` layout, run with DATABASE_URL set to the scratch database. */
  command?: string;
  commandTimeoutMs: number;
  /** Rows generated in each table the PR touches, before its statements run (0: none). */
  seedRows: number;
  /** The user's seed: an .sql file (absolute path) or a shell command, run instead of generated rows. */
  seed?: { kind: 'sql'; file: string } | { kind: 'command'; command: string };
  /** Run the blocking probe (second sessions reading and writing while each PR statement runs). */
  probe: boolean;
  /** Apply each new migration's down direction and its up again, comparing schema dumps. */
  checkDown: boolean;
  /** Report every schema-health finding, not only the ones the PR introduced. */
  all: boolean;
}

export function buildMigrationsSettings(
  raw: RawMigrations,
  flags: FlagValues,
  workingDirectory: string,
  env: NodeJS.ProcessEnv = {},
): MigrationsSettings {
  const dir = flagString(flags, 'dir') ?? raw.dir ?? defaultDir(workingDirectory);
  const baseFlag = flagString(flags, 'base');
  const baseVersionFlag = flagString(flags, 'base-version');
  // A flag replaces the config's base whichever form it takes.
  const fromFlags = baseFlag !== undefined || baseVersionFlag !== undefined;
  const baseValue = fromFlags ? baseFlag : raw.base;
  const baseVersion = fromFlags
    ? baseVersionFlag
    : raw['base-version'] === undefined
      ? undefined
      : String(raw['base-version']);
  // In a pull request run by GitHub Actions, the base branch is known.
  const defaultBase =
    !baseValue && baseVersion === undefined && env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
  const pgVersion = flagString(flags, 'postgres-version') ?? raw['postgres-version'];
  const command = flagString(flags, 'command') ?? raw.command;
  const settings: MigrationsSettings = {
    workingDirectory,
    dir: path.resolve(workingDirectory, dir),
    base: parseBase(baseValue ?? defaultBase, baseVersion, workingDirectory),
    databaseUrl: flagString(flags, 'database-url'),
    provider: parseProvider(flagString(flags, 'postgres') ?? raw.postgres),
    postgresVersion: pgVersion === undefined ? undefined : String(pgVersion),
    lintExclude: raw.lint?.exclude ?? [],
    layout: parseLayout(flagString(flags, 'layout') ?? raw.layout),
    singleTransaction:
      raw['single-transaction'] ?? projectKeepsSingleTransaction(path.resolve(workingDirectory, dir), workingDirectory),
    command,
    commandTimeoutMs: (raw['command-timeout'] ?? DEFAULT_COMMAND_TIMEOUT_S) * 1000,
    seedRows: parseSeedRows(flagString(flags, 'seed-rows') ?? raw['seed-rows']),
    seed: parseSeed(flagString(flags, 'seed') ?? raw.seed, workingDirectory),
    probe: parseProbe(flags, raw.probe),
    checkDown: raw['check-down'] ?? true,
    all: flagBoolean(flags, 'all') ?? raw.all ?? false,
  };
  // A command alone says how migrations are applied.
  if (settings.layout === 'auto' && command) settings.layout = 'command';
  if (settings.layout === 'command' && !settings.command) {
    throw new ConfigurationError(
      "migrations layout 'command' needs migrations.command (or --command): the shell command that applies the migrations, e.g. 'npx knex migrate:latest'. It runs with DATABASE_URL set to a scratch database.",
    );
  }
  return settings;
}

/** `--no-probe` turns the probe off, `--probe` on; else the config's migrations.probe; on by default. */
function parseProbe(flags: FlagValues, configured: boolean | undefined): boolean {
  const on = flagBoolean(flags, 'probe');
  const off = flagBoolean(flags, 'no-probe');
  if (on === true && off === true) {
    throw new ConfigurationError('give either --probe or --no-probe (inputs probe / no-probe), not both.');
  }
  if (off === true) return false;
  return on ?? configured ?? true;
}

/** Where the usual tools keep migrations: ./migrations, Rails/dbmate's db/migrations, Flyway's db/migration, Prisma's. */
function defaultDir(workingDirectory: string): string {
  const candidates = ['migrations', 'db/migrations', 'db/migration', 'prisma/migrations'];
  return candidates.find((d) => existsSync(path.join(workingDirectory, d))) ?? 'migrations';
}

function parseSeedRows(value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_SEED_ROWS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10_000_000) {
    throw new ConfigurationError(
      `migrations seed-rows '${value}' must be a whole number from 0 (no generated rows) to 10000000.`,
    );
  }
  return n;
}

function parseSeed(value: string | undefined, workingDirectory: string): MigrationsSettings['seed'] {
  if (!value) return undefined;
  if (/\.sql$/i.test(value.trim())) return { kind: 'sql', file: path.resolve(workingDirectory, value.trim()) };
  return { kind: 'command', command: value };
}

/** The PostgreSQL these settings name (a URL, Docker or embedded): the mode's and its subcommands'. */
export function startMigrationsPostgres(
  settings: MigrationsSettings,
  deps: Pick<StartPostgresOptions, 'log' | 'redactor' | 'signal'>,
): Promise<PostgresServer> {
  return startPostgres({
    databaseUrl: settings.databaseUrl,
    provider: settings.provider,
    postgresVersion: settings.postgresVersion,
    log: deps.log,
    redactor: deps.redactor,
    signal: deps.signal,
  });
}
