/**
 * `routes spec --from-db URL`: a CRUD OpenAPI 3.1 spec from a live PostgreSQL database's tables.
 * Strictly read-only: the session is read-only from its first statement and time-boxed; only
 * catalog queries run, in one READ ONLY transaction that is rolled back.
 */
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { maskUrl, type Redactor } from '../../report/mask.js';
import { connect } from '../../postgres/index.js';
import type { OpenApiDocument } from '../extract/openapi.js';
import { introspect } from './introspect.js';
import { crudSpec, type TableOperations } from './openapi.js';

export interface DatabaseSpec {
  doc: OpenApiDocument;
  /** current_database(). */
  database: string;
  tables: TableOperations[];
  /** Tables that only get list and create (no primary key). */
  notes: { table: string; message: string }[];
}

export async function specFromDatabase(
  url: string,
  deps: { log: Logger; redactor?: Redactor; schemas?: string[] },
): Promise<DatabaseSpec> {
  let client;
  try {
    client = await connect(url, 'backend-gate-routes-spec');
  } catch (e) {
    const message = deps.redactor ? deps.redactor.redact(errorMessage(e)) : errorMessage(e);
    throw new ConfigurationError(
      `could not connect to --from-db ${maskUrl(url)}: ${message}. Check host, port, credentials and that the server is running.`,
    );
  }
  try {
    await client.query('SET default_transaction_read_only = on');
    await client.query('SET statement_timeout = 15000');
    await client.query('SET lock_timeout = 1000');
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const db = await client.query<{ db: string }>('SELECT current_database() AS db');
    const database = db.rows[0].db;
    deps.log.info(`Reading the tables of ${database}`);
    const tables = await introspect(client, deps.schemas);
    await client.query('ROLLBACK');
    if (tables.length === 0) {
      throw new ConfigurationError(`the database ${database} (${maskUrl(url)}) has no tables to describe.`);
    }
    const { doc, tables: ops } = crudSpec(tables, { title: database });
    const notes = tables
      .filter((t) => t.primaryKey.length === 0)
      .map((t) => ({
        table: `${t.schema}.${t.name}`,
        message: `${t.schema}.${t.name} has no primary key: the spec lists and creates its rows, but has no get, update or delete for it.`,
      }));
    return { doc, database, tables: ops, notes };
  } finally {
    await client.end().catch(() => {});
  }
}
