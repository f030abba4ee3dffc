/**
 * The audit's only way into a live database: one session, read-only three times over
 * (default_transaction_read_only, BEGIN READ ONLY, and a guard that lets only SELECT / WITH /
 * SHOW / SAVEPOINT through), with short statement and lock timeouts so it can never queue behind
 * or in front of production traffic for long. Before it ends, the session checks itself: the
 * relation locks it holds (only AccessShareLock allowed) and whether a transaction id was
 * ever assigned (it is, on any write).
 */
import pg from 'pg';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Redactor } from '../report/mask.js';
import { maskUrl } from '../report/mask.js';
import type { Queryable } from '../schema-health/check.js';

export const AUDIT_STATEMENT_TIMEOUT_MS = 15_000;
export const AUDIT_LOCK_TIMEOUT_MS = 1_000;

export interface ReadOnlyProof {
  /** Relation locks this session held other than AccessShareLock (must be empty). */
  strongerLocks: { relation: string; mode: string }[];
  /** A transaction id is assigned only when something was written. */
  transactionIdAssigned: boolean;
  /** Statements run through the session. */
  statements: number;
}

export interface ReadOnlySession {
  db: Queryable;
  /** Run optional queries (an extension that may be missing) without aborting the transaction. */
  attempt<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }>;
  server: { version: string; major: number; database: string; user: string };
  /** Checks the session's own locks, then rolls back and disconnects. */
  close(): Promise<ReadOnlyProof>;
}

const ALLOWED =
  /^\s*(?:(?:SELECT|WITH|SHOW|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b|EXPLAIN\s+\((?![^)]*\bANALYZE\b)[^)]*\)\s*SELECT\b)/i;

/** Marks our statements so pg_stat_statements readers (this audit included) can leave them out. */
export const AUDIT_MARKER = '/* backend-gate audit */';

export async function openReadOnlySession(url: string, redactor: Redactor): Promise<ReadOnlySession> {
  redactor.addUrl(url);
  const client = new pg.Client({
    connectionString: url,
    application_name: 'backend-gate-audit',
    connectionTimeoutMillis: 10_000,
    // Set at connection start, so even the first statement runs read-only and time-boxed.
    options: `-c default_transaction_read_only=on -c statement_timeout=${AUDIT_STATEMENT_TIMEOUT_MS} -c lock_timeout=${AUDIT_LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout=60000`,
  });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => {});
    throw new ConfigurationError(
      `could not connect to the audit database ${maskUrl(url)}: ${redactor.redact(errorMessage(e))}. Check the URL, the network path and the credentials.`,
    );
  }
  let statements = 0;
  const raw = async <R extends Record<string, unknown>>(text: string, values?: unknown[]) => {
    statements++;
    // At the end: PostgreSQL records a statement from its first token, so a leading comment is lost.
    return client.query<R>(`${text}\n${AUDIT_MARKER}`, values);
  };
  try {
    await raw('SET default_transaction_read_only = on');
    await raw(`SET statement_timeout = ${AUDIT_STATEMENT_TIMEOUT_MS}`);
    await raw(`SET lock_timeout = ${AUDIT_LOCK_TIMEOUT_MS}`);
    // One snapshot for the whole audit: every number in the report describes the same moment.
    await raw('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const info = await raw<{ v: string; n: string; db: string; usr: string }>(
      "SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n, current_database() AS db, current_user AS usr",
    );
    const server = {
      version: info.rows[0].v.split(' ')[0],
      major: Math.floor(Number(info.rows[0].n) / 10000),
      database: info.rows[0].db,
      user: info.rows[0].usr,
    };
    const db: Queryable = {
      query: async (text, values) => {
        if (!ALLOWED.test(text))
          throw new Error(`audit session refused a statement that is not a plain read: ${text.slice(0, 60)}`);
        return raw(text, values);
      },
    };
    let savepoints = 0;
    return {
      db,
      server,
      async attempt(fn) {
        const name = `audit_attempt_${++savepoints}`;
        await raw(`SAVEPOINT ${name}`);
        try {
          const value = await fn();
          await raw(`RELEASE SAVEPOINT ${name}`);
          return { ok: true, value };
        } catch (e) {
          await raw(`ROLLBACK TO SAVEPOINT ${name}`);
          return { ok: false, error: redactor.redact(errorMessage(e)) };
        }
      },
      async close() {
        try {
          const locks = await raw<{ relation: string; mode: string }>(
            `SELECT coalesce(c.relname, l.relation::text) AS relation, l.mode
               FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_class c ON c.oid = l.relation
              WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.mode <> 'AccessShareLock'`,
          );
          const xid = await raw<{ assigned: boolean }>('SELECT txid_current_if_assigned() IS NOT NULL AS assigned');
          return { strongerLocks: locks.rows, transactionIdAssigned: xid.rows[0].assigned, statements };
        } finally {
          await raw('ROLLBACK').catch(() => {});
          await client.end().catch(() => {});
        }
      },
    };
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }
}
