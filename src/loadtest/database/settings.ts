/**
 * `loadtest.database`: backend-gate provisions a scratch PostgreSQL database for the app under
 * test (migrations applied, seed run, pg_stat_statements on), exports its URL to the app, and
 * profiles the statements each scenario sends.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { flagString, type FlagValues } from '../../modes.js';
import { parseProvider } from '../../postgres/parse.js';
import type { PostgresProviderChoice } from '../../postgres/types.js';

export interface DatabaseSettings {
  provider: PostgresProviderChoice;
  /** Server to create the scratch database on (provider url, or auto with a URL). */
  databaseUrl?: string;
  /** Absolute path of the migrations folder. */
  migrations?: string;
  /** A .sql file (absolute path) or a shell command run with the URL exported. */
  seed?: { kind: 'sql'; file: string } | { kind: 'command'; command: string };
  /** Environment variable the app reads the URL from. */
  envVar: string;
  /** A statement run at least this many times per request, once per row of another, is an N+1 suspect. */
  nPlusOneCallsPerRequest: number;
  suggestIndexes: boolean;
  /** Share (0-1) the estimated cost must drop by before an index is suggested. */
  minCostReduction: number;
  /** Statements listed per scenario. */
  topStatements: number;
  /** Where index fix files are named to go (the migrations folder, relative), for artifact paths. */
  migrationsDisplay?: string;
  workingDirectory: string;
  location: { file: string; line?: number };
}

export interface RawDatabase {
  migrations?: string;
  seed?: string;
  'env-var'?: string;
  postgres?: string;
  'database-url'?: string;
  'n-plus-one-calls-per-request'?: number;
  'suggest-indexes'?: boolean;
  'min-cost-reduction'?: number;
  'top-statements'?: number;
}

export const DATABASE_DEFAULTS = {
  envVar: 'DATABASE_URL',
  nPlusOneCallsPerRequest: 3,
  minCostReduction: 0.5,
  topStatements: 10,
  seedTimeoutS: 120,
};

export function buildDatabaseSettings(
  raw: RawDatabase | undefined,
  flags: FlagValues,
  ctx: { workingDirectory: string; configFile: string; lineOf?: (p: (string | number)[]) => number | undefined },
): DatabaseSettings | undefined {
  const urlFlag = flagString(flags, 'database-url');
  const providerFlag = flagString(flags, 'postgres');
  if (!raw) return undefined;
  const at = (...p: string[]) => ({ file: ctx.configFile, line: ctx.lineOf?.(['loadtest', 'database', ...p]) });
  const provider = parseProvider(
    providerFlag ?? raw.postgres,
    providerFlag ? '--postgres' : 'loadtest.database.postgres',
  );
  const databaseUrl = urlFlag ?? raw['database-url'];
  if (provider === 'url' && !databaseUrl) {
    throw new ConfigurationError(
      'loadtest.database.postgres is url, but no database-url is given: pass --database-url (action input database-url).',
      at('postgres'),
    );
  }
  let migrations: string | undefined;
  if (raw.migrations !== undefined) {
    migrations = path.resolve(ctx.workingDirectory, raw.migrations);
    if (!existsSync(migrations) || !statSync(migrations).isDirectory()) {
      throw new ConfigurationError(
        `loadtest.database.migrations '${raw.migrations}' is not a folder (looked in ${migrations}).`,
        at('migrations'),
      );
    }
  }
  let seed: DatabaseSettings['seed'];
  if (raw.seed !== undefined) {
    if (/\.sql$/i.test(raw.seed.trim())) {
      const file = path.resolve(ctx.workingDirectory, raw.seed.trim());
      if (!existsSync(file)) {
        throw new ConfigurationError(`loadtest.database.seed '${raw.seed}' not found (looked in ${file}).`, at('seed'));
      }
      seed = { kind: 'sql', file };
    } else {
      seed = { kind: 'command', command: raw.seed };
    }
  }
  return {
    provider,
    databaseUrl,
    migrations,
    migrationsDisplay: raw.migrations?.replace(/\/+$/, ''),
    seed,
    envVar: raw['env-var'] ?? DATABASE_DEFAULTS.envVar,
    nPlusOneCallsPerRequest: raw['n-plus-one-calls-per-request'] ?? DATABASE_DEFAULTS.nPlusOneCallsPerRequest,
    suggestIndexes: raw['suggest-indexes'] ?? true,
    minCostReduction: raw['min-cost-reduction'] ?? DATABASE_DEFAULTS.minCostReduction,
    topStatements: raw['top-statements'] ?? DATABASE_DEFAULTS.topStatements,
    workingDirectory: ctx.workingDirectory,
    location: at(),
  };
}
