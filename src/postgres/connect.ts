import pg from 'pg';

/**
 * A connected client for one URL. Errors emitted while idle (server shut down under us) are
 * swallowed here: the next query fails with a clear error instead of crashing the process.
 */
export async function connect(url: string, applicationName = 'backend-gate'): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    application_name: applicationName,
    connectionTimeoutMillis: 10_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }
  return client;
}

/** Run fn with a short-lived connection, closed whatever happens. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(url);
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The same server and credentials, another database. */
export function urlForDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + encodeURIComponent(database);
  return u.toString();
}

export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

export async function serverVersion(client: pg.Client): Promise<{ version: string; major: number }> {
  const r = await client.query<{ v: string; n: string }>(
    "SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n",
  );
  const version = r.rows[0].v.split(' ')[0];
  return { version, major: Math.floor(Number(r.rows[0].n) / 10000) };
}
