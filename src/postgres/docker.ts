/**
 * PostgreSQL in a Docker container via testcontainers (imported lazily: it is only loaded when
 * a Docker engine answered). The image is the official `postgres:<version>`.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Logger } from '../log.js';
import type { Redactor } from '../report/mask.js';
import { track } from './cleanup.js';
import { connect, serverVersion } from './connect.js';
import type { PostgresServer } from './types.js';

/** Does a Docker engine answer? Pings its socket, else asks the docker CLI; a few seconds at most. */
export async function dockerAvailable(env: NodeJS.ProcessEnv = process.env, timeoutMs = 2500): Promise<boolean> {
  const host = env.DOCKER_HOST;
  const socketPath = !host
    ? '/var/run/docker.sock'
    : host.startsWith('unix://')
      ? host.slice('unix://'.length)
      : undefined;
  if (socketPath && (await pingSocket(socketPath, timeoutMs))) return true;
  return new Promise((resolve) => {
    execFile('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: timeoutMs, env }, (err, stdout) =>
      resolve(!err && stdout.trim().length > 0),
    );
  });
}

function pingSocket(socketPath: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

export async function startDocker(opts: { version: string; log: Logger; redactor: Redactor }): Promise<PostgresServer> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const password = randomBytes(18).toString('base64url');
  opts.redactor.add(password);
  opts.log.info(`Starting postgres:${opts.version} in Docker…`);
  const container = await new GenericContainer(`postgres:${opts.version}`)
    .withEnvironment({ POSTGRES_PASSWORD: password, POSTGRES_USER: 'postgres' })
    .withExposedPorts(5432)
    .withTmpFs({ '/var/lib/postgresql': 'rw' })
    .withCommand([
      ...['postgres', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=200'],
    ])
    // The image's entrypoint starts a temporary server first; the second "ready" is the real one.
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start();
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    untrack();
    await container.stop();
  };
  // testcontainers' reaper (Ryuk) removes the container if this process dies without stopping it.
  const untrack = track({ stop, killSync: () => {} });
  try {
    const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@${container.getHost()}:${container.getMappedPort(5432)}/postgres`;
    opts.redactor.addUrl(adminUrl);
    const client = await connect(adminUrl);
    try {
      const v = await serverVersion(client);
      return { kind: 'docker', adminUrl, ...v, stop };
    } finally {
      await client.end().catch(() => {});
    }
  } catch (e) {
    await stop();
    throw e;
  }
}
