/**
 * The PostgreSQL provider every mode shares: the user's URL, else Docker (testcontainers) when
 * an engine answers, else embedded PostgreSQL. Work happens only in scratch databases.
 */
import { ConfigurationError } from '../errors.js';
import { dockerAvailable, startDocker } from './docker.js';
import { EMBEDDED_MAJOR, startEmbedded } from './embedded.js';
import { dropLeftoverScratchDatabases } from './scratch.js';
import { useUrl } from './url.js';
import type { PostgresServer, StartPostgresOptions } from './types.js';

export * from './types.js';
export { createScratchDatabase, type ScratchDatabase } from './scratch.js';
export { connect, withClient, quoteIdent, urlForDatabase } from './connect.js';
export { dockerAvailable } from './docker.js';
export { parseDatabaseUrl, parseProvider } from './parse.js';

export const DEFAULT_POSTGRES_VERSION = String(EMBEDDED_MAJOR);

export async function startPostgres(opts: StartPostgresOptions): Promise<PostgresServer> {
  const provider = opts.provider ?? 'auto';
  const version = opts.postgresVersion ?? DEFAULT_POSTGRES_VERSION;
  opts.signal?.throwIfAborted();
  let server: PostgresServer;
  if (provider === 'url' || (provider === 'auto' && opts.databaseUrl)) {
    if (!opts.databaseUrl) {
      throw new ConfigurationError('postgres: url needs a database-url (flag --database-url, or the action input).');
    }
    server = await useUrl({ databaseUrl: opts.databaseUrl, redactor: opts.redactor });
  } else if (provider === 'docker' || (provider === 'auto' && (await dockerAvailable()))) {
    if (provider === 'docker' && !(await dockerAvailable())) {
      throw new ConfigurationError(
        'postgres: docker was asked for, but no Docker engine answered. Start Docker, or use postgres: embedded / a database-url.',
      );
    }
    server = await startDocker({ version, log: opts.log, redactor: opts.redactor });
  } else {
    if (opts.postgresVersion && Number.parseInt(opts.postgresVersion, 10) !== EMBEDDED_MAJOR) {
      opts.log.warning(
        `postgres-version ${opts.postgresVersion} asked for, but the embedded server is PostgreSQL ${EMBEDDED_MAJOR} (no Docker engine answered). Pass a database-url to test on ${opts.postgresVersion}.`,
      );
    }
    server = await startEmbedded({ log: opts.log, redactor: opts.redactor });
  }
  opts.log.info(`PostgreSQL ${server.version} (${server.kind}) ready`);
  const stopServer = server.stop;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      opts.signal?.removeEventListener('abort', onAbort);
      // Our own server goes away whole; on a user's server we drop what we created.
      if (server.kind === 'url') await dropLeftoverScratchDatabases(wrapped);
      await stopServer();
    })());
  const onAbort = (): void => void stop().catch(() => {});
  const wrapped: PostgresServer = { ...server, stop };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  return wrapped;
}
