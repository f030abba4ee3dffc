/**
 * Settings of the migrations mode: the `migrations:` config section overridden by flags
 * (CLI) or inputs (Action) of the same names. Paths are resolved against the working directory.
 */
import path from 'node:path';
import { flagString, type FlagValues } from '../modes.js';
import { parseProvider, type PostgresProviderChoice } from '../postgres/index.js';
import { parseBase, type BaseSource } from './sources/base.js';

export interface RawMigrations {
  dir?: string;
  base?: string;
  'base-version'?: string | number;
  postgres?: string;
  'postgres-version'?: string | number;
  lint?: { exclude?: string[] };
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
}

export function buildMigrationsSettings(
  raw: RawMigrations,
  flags: FlagValues,
  workingDirectory: string,
  env: NodeJS.ProcessEnv = {},
): MigrationsSettings {
  const dir = flagString(flags, 'dir') ?? raw.dir ?? 'migrations';
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
  return {
    workingDirectory,
    dir: path.resolve(workingDirectory, dir),
    base: parseBase(baseValue ?? defaultBase, baseVersion, workingDirectory),
    databaseUrl: flagString(flags, 'database-url'),
    provider: parseProvider(flagString(flags, 'postgres') ?? raw.postgres),
    postgresVersion: pgVersion === undefined ? undefined : String(pgVersion),
    lintExclude: raw.lint?.exclude ?? [],
  };
}
