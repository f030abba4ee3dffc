/**
 * The shared embedded PostgreSQL (test/helpers/postgres.ts), one scratch database per test file;
 * each case gets its own schema, and the check runs scoped to that schema, so cases cannot see
 * each other and the scope option is exercised too.
 */
import { after, before } from 'node:test';
import type pg from 'pg';
import { connect } from '../../src/postgres/index.js';
import type { Finding } from '../../src/report/types.js';
import type { SchemaHealthCheck } from '../../src/schema-health/check.js';
import { scratchDatabase } from '../helpers/postgres.js';

export interface TestDatabase {
  name: string;
  url: string;
  /** Connected as the server's superuser, autocommit. */
  client: pg.Client;
  drop(): Promise<void>;
}

/** A scratch database on the shared server with a connected client; drop() closes and drops both. */
export async function testDatabase(purpose: string): Promise<TestDatabase> {
  const scratch = await scratchDatabase(purpose);
  const client = await connect(scratch.url, 'backend-gate-test');
  return {
    name: scratch.name,
    url: scratch.url,
    client,
    async drop() {
      await client.end().catch(() => {});
      await scratch.drop();
    },
  };
}

export interface Harness {
  /** Runs the statements (one query each, so CONCURRENTLY works) in a fresh schema, then the check on it. */
  findings(check: SchemaHealthCheck, statements: string | string[]): Promise<Finding[]>;
  /** A fresh schema set as search_path, for cases that need more than plain statements. */
  withSchema<T>(fn: (db: TestDatabase, schema: string) => Promise<T>): Promise<T>;
  readonly db: TestDatabase;
}

export function schemaHealthHarness(): Harness {
  let db: TestDatabase | undefined;
  let cases = 0;
  before(async () => {
    db = await testDatabase('schema_health');
  });
  after(async () => {
    // The shared server's own after hook may have run first; stopping it removes the database too.
    await db?.drop().catch(() => {});
  });
  const withSchema = async <T>(fn: (db: TestDatabase, schema: string) => Promise<T>): Promise<T> => {
    if (!db) throw new Error('database not started');
    const schema = `case_${++cases}`;
    await db.client.query(`CREATE SCHEMA ${schema}`);
    await db.client.query(`SET search_path = ${schema}, public`);
    try {
      return await fn(db, schema);
    } finally {
      await db.client.query('RESET search_path');
    }
  };
  return {
    get db() {
      if (!db) throw new Error('database not started');
      return db;
    },
    withSchema,
    findings: (check, statements) =>
      withSchema(async (d, schema) => {
        for (const sql of Array.isArray(statements) ? statements : [statements]) await d.client.query(sql);
        return check.run({ db: d.client, schemas: [schema] });
      }),
  };
}
