/**
 * The schema-diff corpus: fixtures/schemadiff/<NN-case>/{before,after}.sql. Shared by the corpus
 * test and bench/schema-diff, which run every pair the same way on one server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySql } from '../../../src/migrations/schemadiff/index.js';
import { createScratchDatabase, type PostgresServer, type ScratchDatabase } from '../../../src/postgres/index.js';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/schemadiff');

export interface Pair {
  name: string;
  before: string;
  after: string;
}

export function listPairs(dir = CORPUS_DIR): Pair[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      before: readFileSync(path.join(dir, name, 'before.sql'), 'utf8'),
      after: readFileSync(path.join(dir, name, 'after.sql'), 'utf8'),
    }));
}

/** Two scratch databases holding a pair's schemas; the caller drops them. */
export async function buildPair(
  server: PostgresServer,
  pair: Pair,
): Promise<{ current: ScratchDatabase; target: ScratchDatabase }> {
  const current = await createScratchDatabase(server, 'sd_before');
  const target = await createScratchDatabase(server, 'sd_after').catch(async (e) => {
    await current.drop();
    throw e;
  });
  try {
    await applySql(current.url, pair.before, `${pair.name}/before.sql`);
    await applySql(target.url, pair.after, `${pair.name}/after.sql`);
  } catch (e) {
    await current.drop();
    await target.drop();
    throw e;
  }
  return { current, target };
}
