/**
 * Measures what one statement does to the database, as eugene's trace does: the locks its own
 * backend holds before commit (pg_locks), tables it rewrote (relfilenode changed), and the
 * lock_timeout / statement_timeout in force. The statement runs in a transaction we open (one
 * statement in autocommit is its own transaction anyway), or inside the file's own BEGIN block.
 * Statements PostgreSQL refuses in a transaction (CREATE INDEX CONCURRENTLY…) run in autocommit:
 * their locks are not traced, their rewrites and duration are. SessionTracer does this in one
 * round trip per statement, for the PR's statements and for the user-database dry run.
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

export interface Timeouts {
  lockTimeout: string;
  statementTimeout: string;
}

const SETTINGS_SELECT = "SELECT current_setting('lock_timeout') AS l, current_setting('statement_timeout') AS s";

const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`;

const NODES_SELECT = `
SELECT coalesce(json_agg(json_build_array(c.oid::int8, c.relfilenode::text)), '[]') AS nodes
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'm') AND ${USER_SCHEMA}`;

const HELD_SELECT = `
SELECT l.relation::int8::text AS oid, n.nspname || '.' || c.relname AS relation, l.mode, c.relkind::text AS kind,
       c.relfilenode::text AS filenode
  FROM pg_locks l
  JOIN pg_class c ON c.oid = l.relation
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
   AND c.relkind IN ('r', 'p', 'm') AND ${USER_SCHEMA}
 ORDER BY 2, 3`;

/** The server's clock, then the locks held (HELD_SELECT's rows as a JSON array): one row. */
const HELD_AND_CLOCK = `
SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ms,
       (SELECT coalesce(json_agg(h ORDER BY h.relation, h.mode), '[]') FROM (${HELD_SELECT}) h) AS held`;

/**
 * Statement kinds that leave lock_timeout and statement_timeout as they were: plain DDL. SET,
 * DO blocks, function calls, DML and TRUNCATE (triggers), CREATE TABLE AS (a query) may change
 * them, and are followed by a read.
 */
const KEEPS_SETTINGS = new Set([
  'CreateStmt',
  'AlterTableStmt',
  'IndexStmt',
  'DropStmt',
  'RenameStmt',
  'CommentStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'ViewStmt',
  'CreateEnumStmt',
  'AlterEnumStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'AlterDomainStmt',
  'CreateSchemaStmt',
  'CreateExtensionStmt',
  'GrantStmt',
  'ClusterStmt',
  'ReindexStmt',
]);

interface HeldRow {
  oid: string;
  relation: string;
  mode: string;
  kind: string;
  filenode: string;
}

/**
 * Traces the statements one session runs, one after another, with as few catalog reads as the
 * measures allow: it keeps the timeouts and every table's relfilenode it read last, and after a
 * statement reads only the locks the session holds, with the relfilenode of each relation held
 * in ACCESS EXCLUSIVE mode. PostgreSQL gives a table a new relfilenode (rewrite, TRUNCATE) only
 * under that lock, so those are the only relfilenodes a traced statement can have changed.
 * A statement run outside a transaction (CREATE INDEX CONCURRENTLY, VACUUM FULL…) shows no locks
 * to read: after it, every table's relfilenode is read again. Whatever ran on the session
 * without the tracer (a down migration, a ROLLBACK) must be followed by forget().
 */
export class SessionTracer {
  /** relfilenode per table oid, as last read. */
  private nodes?: Map<string, string>;
  private settings?: Timeouts;
  /** Locks held now by the transaction that is still open (the file's own BEGIN block). */
  private held: TakenLock[] = [];
  /** Name of this session's prepared lock query (its plan is made once, not per statement). */
  private prepared?: string;

  constructor(private readonly client: pg.Client) {}

  forget(): void {
    this.nodes = undefined;
    this.settings = undefined;
    this.held = [];
    // Prepared again under a new name: whether a failed transaction kept it does not matter.
    this.prepared = undefined;
  }

  /**
   * Runs one statement and traces it. In a transaction (ours: `ownTransaction`, or the file's own
   * BEGIN block) everything is one query string, one round trip: [what is not known yet] [BEGIN]
   * clock · the statement · clock · the locks held (a prepared query) [COMMIT] · the timeouts now.
   * The statement's duration is the server's clock around it. `commit: false` leaves our
   * transaction open (the probe's checkpoint comes before commit()). A statement that cannot run
   * in a transaction block (`traced: false`) is sent alone and timed from here; its locks are gone
   * when it returns, so every relfilenode is read again after it.
   */
  async run(
    statement: { text: string; kind: string },
    opts: { ownTransaction: boolean; traced: boolean; commit: boolean },
  ): Promise<StatementTrace & { durationMs: number }> {
    if (!opts.traced) return this.runAlone(statement.text);
    if (statement.kind === 'DeallocateStmt' || statement.kind === 'DiscardStmt') this.prepared = undefined;
    const parts: string[] = [];
    const add = (sql: string | undefined): number => (sql === undefined ? -1 : parts.push(sql) - 1);
    const readSettings = add(this.settings ? undefined : SETTINGS_SELECT);
    const readNodes = add(this.nodes ? undefined : NODES_SELECT);
    add(opts.ownTransaction ? 'BEGIN' : undefined);
    const start = add(CLOCK);
    const at = add(statement.text);
    // The clock again and the locks held, as one prepared statement (its plan is made once).
    if (!this.prepared) add(`PREPARE ${(this.prepared = `backend_gate_held_${++preparedNames}`)} AS ${HELD_AND_CLOCK}`);
    const end = add(`EXECUTE ${this.prepared}`);
    // The settings are read after the COMMIT: a SET LOCAL ends with the transaction. Statements
    // that cannot change them (DDL, which runs no user code that would) skip the read.
    add(opts.commit ? 'COMMIT' : undefined);
    const settingsAfter = add(KEEPS_SETTINGS.has(statement.kind) ? undefined : SETTINGS_SELECT);
    let results: Record<string, unknown>[][];
    try {
      results = await queryAll(this.client, parts);
    } catch (e) {
      // PostgreSQL's error position counts from the start of the string: moved to the statement's.
      const err = e as { position?: string };
      const shift = parts.slice(0, at).join(SEPARATOR).length + SEPARATOR.length;
      if (err.position) err.position = String(Math.max(1, Number(err.position) - shift));
      throw e;
    }
    if (readSettings >= 0) this.read(results[readSettings][0]);
    if (readNodes >= 0) this.read(results[readNodes][0]);
    const timeouts = this.settings!;
    const durationMs = Number(results[end][0].ms) - Number(results[start][0].ms);
    const held = results[end][0].held as HeldRow[];
    if (settingsAfter >= 0) this.read(results[settingsAfter][0]);
    if (opts.ownTransaction) this.held = [];
    const rewrites = new Set<string>();
    for (const h of held) {
      if (h.mode !== 'AccessExclusiveLock' || (h.kind !== 'r' && h.kind !== 'm')) continue;
      const was = this.nodes?.get(h.oid);
      if (was !== undefined && was !== h.filenode) rewrites.add(h.relation);
      this.nodes?.set(h.oid, h.filenode);
    }
    const all = held.map((h) => ({ relation: h.relation, mode: h.mode }));
    const locks = newLocks(this.held, all);
    this.held = opts.commit ? [] : all;
    return { durationMs, locks, rewrites: [...rewrites], ...timeouts };
  }

  /** A statement sent on its own (outside any transaction block), then every relfilenode read again. */
  private async runAlone(text: string): Promise<StatementTrace & { durationMs: number }> {
    for (const rows of await queryAll(this.client, [
      this.settings ? undefined : SETTINGS_SELECT,
      this.nodes ? undefined : NODES_SELECT,
    ]))
      this.read(rows[0]);
    const timeouts = this.settings!;
    const t0 = performance.now();
    await this.client.query(text);
    const durationMs = performance.now() - t0;
    const before = this.nodes!;
    for (const rows of await queryAll(this.client, [NODES_SELECT, SETTINGS_SELECT])) this.read(rows[0]);
    this.held = [];
    const changed = [...this.nodes!].filter(([oid, node]) => before.has(oid) && before.get(oid) !== node);
    const rewrites = changed.length ? await this.names(changed.map(([oid]) => oid)) : [];
    return { durationMs, locks: [], rewrites, ...timeouts };
  }

  /** Ends our transaction (after `after` with commit: false). */
  async commit(): Promise<void> {
    const results = await queryAll(this.client, ['COMMIT', SETTINGS_SELECT]);
    this.read(results[1][0]);
    this.held = [];
  }

  /** The file's own transaction control ran: what a ROLLBACK or COMMIT may have undone is read again. */
  transactionStatement(kind: string | undefined): void {
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') this.held = [];
    else this.forget();
  }

  private read(row: Record<string, unknown> | undefined): void {
    if (!row) return;
    if ('l' in row) this.settings = { lockTimeout: String(row.l), statementTimeout: String(row.s) };
    if ('nodes' in row) this.nodes = new Map((row.nodes as [string, string][]).map(([oid, n]) => [String(oid), n]));
  }

  private async names(oids: string[]): Promise<string[]> {
    const r = await this.client.query<{ relation: string }>(
      `SELECT n.nspname || '.' || c.relname AS relation FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.oid = ANY($1::oid[]) ORDER BY 1`,
      [oids],
    );
    return r.rows.map((x) => x.relation);
  }
}

let preparedNames = 0;

/** The server's clock in milliseconds (float8: microsecond precision). */
const CLOCK = 'SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ms';

/** Between the statements of one string; the newline ends a line comment the statement may end with. */
const SEPARATOR = '\n;\n';

/** Runs the given statements as one query string (one round trip); the rows of each, in order. */
async function queryAll(client: pg.Client, parts: (string | undefined)[]): Promise<Record<string, unknown>[][]> {
  const sql = parts.filter((p): p is string => p !== undefined);
  if (sql.length === 0) return [];
  const r = (await client.query(sql.join(SEPARATOR))) as unknown as pg.QueryResult | pg.QueryResult[];
  return (Array.isArray(r) ? r : [r]).map((x) => x.rows as Record<string, unknown>[]);
}

/** Locks in `after` that were not already held in `before` (the file's own transaction keeps earlier ones). */
export function newLocks(before: TakenLock[], after: TakenLock[]): TakenLock[] {
  const had = new Set(before.map((l) => `${l.relation}\u0000${l.mode}`));
  return after.filter((l) => !had.has(`${l.relation}\u0000${l.mode}`));
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
