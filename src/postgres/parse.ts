/**
 * Reading the PostgreSQL options users give (database URL, provider), without loading the pg
 * driver: settings are built by every run, most of which never connect.
 */
import { ConfigurationError } from '../errors.js';
import { maskUrl } from '../report/mask.js';
import { POSTGRES_PROVIDERS, type PostgresProviderChoice } from './types.js';

export function parseDatabaseUrl(url: string, source = 'database-url'): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigurationError(
      `${source} is not a URL ('${maskUrl(url)}'). Expected postgres://user:password@host:5432/database.`,
    );
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new ConfigurationError(
      `${source} must start with postgres:// or postgresql:// (got '${u.protocol}//…'). Expected postgres://user:password@host:5432/database.`,
    );
  }
  return u;
}

export function parseProvider(value: string | undefined, source = 'postgres'): PostgresProviderChoice {
  if (value === undefined || value === '') return 'auto';
  if ((POSTGRES_PROVIDERS as readonly string[]).includes(value)) return value as PostgresProviderChoice;
  throw new ConfigurationError(`Invalid ${source} '${value}'. Expected one of: ${POSTGRES_PROVIDERS.join(', ')}.`);
}
