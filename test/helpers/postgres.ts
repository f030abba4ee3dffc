/**
 * One embedded PostgreSQL per test process (node --test runs each file in its own process),
 * started on first use and stopped by an `after` hook, so test files share its ~1-2 s start.
 * Give each test its own scratch database: `const db = await scratchDatabase('my-test')`; those
 * still there at the end are dropped before the server stops.
 */
import { after } from 'node:test';
import { silentLogger } from '../../src/log.js';
import {
  createScratchDatabase,
  startPostgres,
  type PostgresServer,
  type ScratchDatabase,
} from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';

let shared: Promise<PostgresServer> | undefined;
const scratch: ScratchDatabase[] = [];

// Registered when this module loads, so it runs before the hooks of the test file that imports
// it: scratch databases are dropped here first, and a test's own later drop() is a no-op.
after(async () => {
  const server = await shared?.catch(() => undefined);
  if (!server) return;
  for (const db of scratch) await db.drop().catch(() => {});
  await server.stop();
});

export function sharedPostgres(): Promise<PostgresServer> {
  shared ??= startPostgres({ provider: 'embedded', log: silentLogger, redactor: new Redactor() });
  return shared;
}

export async function scratchDatabase(purpose: string): Promise<ScratchDatabase> {
  const db = await createScratchDatabase(await sharedPostgres(), purpose);
  scratch.push(db);
  return db;
}
