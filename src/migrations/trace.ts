/**
 * Measures what one statement does to the database, as eugene's trace does: the locks its own
 * backend holds before commit (pg_locks), tables it rewrote (relfilenode changed), and the
 * lock_timeout / statement_timeout in force. The statement runs in a transaction we open (one
 * statement in autocommit is its own transaction anyway), or inside the file's own BEGIN block.
 * Statements PostgreSQL refuses in a transaction (CREATE INDEX CONCURRENTLY…) run in autocommit:
 * their locks are not traced, their rewrites and duration are.
 */
import type pg from 'pg';
import type { ProbeResult } from './probe.js';

export interface TakenLock {
  relation: string;
  mode: string;
}

export interface StatementTrace {
  locks: TakenLock[];
  /** Tables that existed before and got a new relfilenode: rewritten (or truncated). */
  rewrites: string[];
  lockTimeout: string;
  statementTimeout: string;
  /** Why locks could not be traced ('CREATE INDEX CONCURRENTLY' runs outside a transaction). */
  untraced?: string;
  /** What a second session saw while the statement ran (absent when it touched no existing table). */
  probe?: ProbeResult;
}

const LOCKS_SQL = `
SELECT n.nspname || '.' || c.relname AS relation, l.mode
  FROM pg_locks l
  JOIN pg_class c ON c.oid = l.relation
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
   AND c.relkind IN ('r', 'p', 'm')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
 ORDER BY 1, 2`;

const FILENODES_SQL = `
SELECT n.nspname || '.' || c.relname AS relation, c.relfilenode::text AS filenode
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`;

export async function timeouts(client: pg.Client): Promise<{ lockTimeout: string; statementTimeout: string }> {
  const r = await client.query<{ l: string; s: string }>(
    "SELECT current_setting('lock_timeout') AS l, current_setting('statement_timeout') AS s",
  );
  return { lockTimeout: r.rows[0].l, statementTimeout: r.rows[0].s };
}

export async function heldLocks(client: pg.Client): Promise<TakenLock[]> {
  return (await client.query<{ relation: string; mode: string }>(LOCKS_SQL)).rows;
}

export async function filenodes(client: pg.Client): Promise<Map<string, string>> {
  const r = await client.query<{ relation: string; filenode: string }>(FILENODES_SQL);
  return new Map(r.rows.map((x) => [x.relation, x.filenode]));
}

/** Locks in `after` that were not already held in `before` (the file's own transaction keeps earlier ones). */
export function newLocks(before: TakenLock[], after: TakenLock[]): TakenLock[] {
  const had = new Set(before.map((l) => `${l.relation}\u0000${l.mode}`));
  return after.filter((l) => !had.has(`${l.relation}\u0000${l.mode}`));
}

export function rewritten(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([rel, node]) => before.has(rel) && before.get(rel) !== node).map(([rel]) => rel);
}

/** 'AccessExclusiveLock' → 'ACCESS EXCLUSIVE', the way PostgreSQL's docs name lock modes. */
export function lockModeName(mode: string): string {
  return mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

/** PostgreSQL's lock modes, weakest first. */
const STRENGTH = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
];

/** Whether lock mode `a` ('ShareLock') is stronger than `b` in PostgreSQL's order of lock modes. */
export function isStrongerLock(a: string, b: string): boolean {
  return STRENGTH.indexOf(a) > STRENGTH.indexOf(b);
}

/** The strongest lock per relation, in words: 'SHARE ROW EXCLUSIVE on public.orders'. */
export function describeLocks(locks: TakenLock[]): string {
  const strongest = new Map<string, string>();
  for (const l of locks) {
    const had = strongest.get(l.relation);
    if (!had || isStrongerLock(l.mode, had)) strongest.set(l.relation, l.mode);
  }
  return [...strongest].map(([rel, mode]) => `${lockModeName(mode)} on ${rel}`).join(', ');
}
