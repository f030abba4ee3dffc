/**
 * A server the user names (a CI service container, a dev server). Used only to create and drop
 * our own scratch databases: the database in the URL is connected to, never written to.
 */
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Redactor } from '../report/mask.js';
import { maskUrl } from '../report/mask.js';
import { connect, serverVersion } from './connect.js';
import { parseDatabaseUrl } from './parse.js';
import type { PostgresServer } from './types.js';

export async function useUrl(opts: { databaseUrl: string; redactor: Redactor }): Promise<PostgresServer> {
  opts.redactor.addUrl(opts.databaseUrl);
  parseDatabaseUrl(opts.databaseUrl);
  let client;
  try {
    client = await connect(opts.databaseUrl);
  } catch (e) {
    throw new ConfigurationError(
      `could not connect to database-url ${maskUrl(opts.databaseUrl)}: ${opts.redactor.redact(errorMessage(e))}. Check host, port, credentials and that the server is running.`,
    );
  }
  try {
    const v = await serverVersion(client);
    const role = await client.query<{ ok: boolean; name: string }>(
      'SELECT (rolcreatedb OR rolsuper) AS ok, rolname AS name FROM pg_roles WHERE rolname = current_user',
    );
    if (!role.rows[0]?.ok) {
      throw new ConfigurationError(
        `the role '${role.rows[0]?.name ?? '?'}' in database-url cannot create databases. backend-gate works only in scratch databases it creates and drops; grant CREATEDB or use another role.`,
      );
    }
    return { kind: 'url', adminUrl: opts.databaseUrl, ...v, stop: async () => {} };
  } finally {
    await client.end().catch(() => {});
  }
}
