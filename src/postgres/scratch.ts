/**
 * Scratch databases: created per purpose with a random suffix, dropped WITH (FORCE).
 * Only names created here (tracked per server) are ever dropped.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { connect, quoteIdent, urlForDatabase, withClient } from './connect.js';
import type { PostgresServer } from './types.js';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const created = new WeakMap<PostgresServer, Set<string>>();

export interface ScratchOptions {
  /**
   * Keep the session that ran CREATE DATABASE open for drop(), which then needs no new
   * connection. Its socket does not keep the process alive; drop() (or the server's stop) ends it.
   */
  keepSession?: boolean;
}

/** Sessions kept for drop(), per database name. */
const keptSessions = new Map<string, pg.Client>();

export async function createScratchDatabase(
  server: PostgresServer,
  purpose: string,
  opts: ScratchOptions = {},
): Promise<ScratchDatabase> {
  const slug =
    purpose
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 30) || 'work';
  const name = `backend_gate_${slug}_${randomBytes(5).toString('hex')}`;
  const admin = await connect(server.adminUrl);
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (e) {
    await admin.end().catch(() => {});
    throw e;
  }
  if (opts.keepSession) {
    keptSessions.set(name, admin);
    socketOf(admin)?.unref?.();
  } else {
    await admin.end().catch(() => {});
  }
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
  const drop = async (c: pg.Client) => {
    if (server.major >= 13) {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } else {
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  };
  const kept = keptSessions.get(name);
  keptSessions.delete(name);
  if (kept) {
    // In use again: the query in flight must keep the process alive.
    socketOf(kept)?.ref?.();
    try {
      await drop(kept);
      return;
    } catch {
      // The kept session is gone (a restarted server…): a new one below.
    } finally {
      await kept.end().catch(() => {});
    }
  }
  await withClient(server.adminUrl, drop);
}

/** pg.Client's socket (not in its typings). */
function socketOf(client: pg.Client): { ref?(): void; unref?(): void } | undefined {
  return (client as unknown as { connection?: { stream?: { ref?(): void; unref?(): void } } }).connection?.stream;
}
