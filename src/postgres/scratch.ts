/**
 * Scratch databases: created per purpose with a random suffix, dropped WITH (FORCE).
 * Only names created here (tracked per server) are ever dropped.
 */
import { randomBytes } from 'node:crypto';
import { quoteIdent, urlForDatabase, withClient } from './connect.js';
import type { PostgresServer } from './types.js';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const created = new WeakMap<PostgresServer, Set<string>>();

export async function createScratchDatabase(server: PostgresServer, purpose: string): Promise<ScratchDatabase> {
  const slug =
    purpose
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 30) || 'work';
  const name = `backend_gate_${slug}_${randomBytes(5).toString('hex')}`;
  await withClient(server.adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  let names = created.get(server);
  if (!names) created.set(server, (names = new Set()));
  names.add(name);
  let dropped = false;
  return {
    name,
    url: urlForDatabase(server.adminUrl, name),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await dropDatabase(server, name);
      names.delete(name);
    },
  };
}

/** Drops scratch databases of this server that were never dropped (called on stop). */
export async function dropLeftoverScratchDatabases(server: PostgresServer): Promise<void> {
  const names = created.get(server);
  if (!names) return;
  for (const name of [...names]) {
    await dropDatabase(server, name).catch(() => {});
    names.delete(name);
  }
}

async function dropDatabase(server: PostgresServer, name: string): Promise<void> {
  await withClient(server.adminUrl, async (c) => {
    if (server.major >= 13) {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } else {
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
}
