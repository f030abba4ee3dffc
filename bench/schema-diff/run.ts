/**
 * Schema diff, ours vs @pgkit/migra (the TypeScript port of migra), on every pair of
 * fixtures/schemadiff, on one embedded PostgreSQL, in the same run.
 *
 *   node --import tsx bench/schema-diff/run.ts [name-filter ...]
 *
 * For each pair: the before and after schemas go into scratch databases; each tool reads both
 * catalogs and generates its migration (timed: that is the tool's whole job); each migration is
 * applied to its own fresh copy of `before`, and the normalized catalog is compared with `after`
 * ("right" = equal). Ours is also rolled back and compared with `before`. migra runs with
 * unsafe (drops allowed), as our migration also writes drops.
 */
import { run as migra } from '@pgkit/migra';
import { silentLogger } from '../../src/log.js';
import {
  applySql,
  compareDumps,
  diffSchemas,
  dumpCatalog,
  StatementError,
} from '../../src/migrations/schemadiff/index.js';
import { createScratchDatabase, startPostgres, withClient, type PostgresServer } from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';
import { buildPair, listPairs, type Pair } from '../../test/migrations/schemadiff/pairs.js';

interface Outcome {
  ms: number;
  right: boolean;
  why?: string;
}

async function applyAndCompare(
  server: PostgresServer,
  pair: Pair,
  sql: string,
  expectedUrl: string,
): Promise<string | undefined> {
  const copy = await createScratchDatabase(server, 'bench_copy');
  try {
    await applySql(copy.url, pair.before, 'before.sql');
    try {
      await applySql(copy.url, sql, 'migration.sql');
    } catch (e) {
      if (e instanceof StatementError) return `fails: ${e.reason}`;
      throw e;
    }
    const diff = compareDumps(await withClient(copy.url, dumpCatalog), await withClient(expectedUrl, dumpCatalog), 1);
    return diff[0];
  } finally {
    await copy.drop();
  }
}

async function ours(
  server: PostgresServer,
  pair: Pair,
  current: string,
  target: string,
): Promise<Outcome & { rollback?: string }> {
  const t0 = performance.now();
  const diff = await diffSchemas({ currentUrl: current, targetUrl: target, log: silentLogger });
  const ms = performance.now() - t0;
  const why = await applyAndCompare(server, pair, diff.upSql, target);
  // Rollback: applied after up on a copy, compared with `before`.
  const copy = await createScratchDatabase(server, 'bench_rollback');
  let rollback: string | undefined;
  try {
    await applySql(copy.url, pair.before, 'before.sql');
    try {
      await applySql(copy.url, diff.upSql, 'up.sql');
      await applySql(copy.url, diff.downSql, 'rollback.sql');
      rollback = compareDumps(await withClient(copy.url, dumpCatalog), await withClient(current, dumpCatalog), 1)[0];
    } catch (e) {
      if (!(e instanceof StatementError)) throw e;
      rollback = `fails: ${e.reason}`;
    }
  } finally {
    await copy.drop();
  }
  return { ms, right: why === undefined, why, rollback };
}

async function theirs(server: PostgresServer, pair: Pair, current: string, target: string): Promise<Outcome> {
  const t0 = performance.now();
  let sql: string;
  try {
    sql = (await migra(current, target, { unsafe: true })).sql;
  } catch (e) {
    return {
      ms: performance.now() - t0,
      right: false,
      why: `migra threw: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const ms = performance.now() - t0;
  const why = await applyAndCompare(server, pair, sql, target);
  return { ms, right: why === undefined, why };
}

const filters = process.argv.slice(2);
const pairs = listPairs().filter((p) => filters.length === 0 || filters.some((f) => p.name.includes(f)));
const server = await startPostgres({ provider: 'embedded', log: silentLogger, redactor: new Redactor() });
const rows: { name: string; ours: Outcome & { rollback?: string }; migra: Outcome }[] = [];
try {
  // Warm-up on the first pair (module loading, JIT), not counted.
  {
    const { current, target } = await buildPair(server, pairs[0]);
    await diffSchemas({ currentUrl: current.url, targetUrl: target.url, log: silentLogger });
    await migra(current.url, target.url, { unsafe: true }).catch(() => undefined);
    await current.drop();
    await target.drop();
  }
  for (const [i, pair] of pairs.entries()) {
    const { current, target } = await buildPair(server, pair);
    try {
      // Alternate who goes first, so neither always gets the warmer cache.
      let a: Outcome & { rollback?: string };
      let b: Outcome;
      if (i % 2 === 0) {
        a = await ours(server, pair, current.url, target.url);
        b = await theirs(server, pair, current.url, target.url);
      } else {
        b = await theirs(server, pair, current.url, target.url);
        a = await ours(server, pair, current.url, target.url);
      }
      rows.push({ name: pair.name, ours: a, migra: b });
      const mark = (o: Outcome) => (o.right ? 'ok ' : 'BAD');
      console.log(
        `${pair.name.padEnd(42)} ours ${mark(a)} ${a.ms.toFixed(0).padStart(5)} ms  migra ${mark(b)} ${b.ms.toFixed(0).padStart(5)} ms` +
          (a.right ? '' : `\n    ours: ${a.why}`) +
          (a.rollback ? `\n    ours rollback: ${a.rollback}` : '') +
          (b.right ? '' : `\n    migra: ${b.why?.slice(0, 200)}`),
      );
    } finally {
      await current.drop();
      await target.drop();
    }
  }
} finally {
  await server.stop();
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const oursMs = sum(rows.map((r) => r.ours.ms));
const migraMs = sum(rows.map((r) => r.migra.ms));
const oursRight = rows.filter((r) => r.ours.right).length;
const rollbackRight = rows.filter((r) => r.ours.rollback === undefined).length;
const migraRight = rows.filter((r) => r.migra.right).length;
console.log('');
console.log(`pairs: ${rows.length} (PostgreSQL ${server.version}, embedded)`);
console.log(`time to generate (read both catalogs + write the migration), total over all pairs:`);
console.log(`  ours  ${oursMs.toFixed(0)} ms   (median ${median(rows.map((r) => r.ours.ms)).toFixed(0)} ms per pair)`);
console.log(
  `  migra ${migraMs.toFixed(0)} ms   (median ${median(rows.map((r) => r.migra.ms)).toFixed(0)} ms per pair)`,
);
console.log(`  ratio migra / ours: ${(migraMs / oursMs).toFixed(2)}×`);
console.log(`right (catalog equal to the target after applying the migration):`);
console.log(`  ours  ${oursRight}/${rows.length}   (rollback restores the original: ${rollbackRight}/${rows.length})`);
console.log(`  migra ${migraRight}/${rows.length}   (migra writes no rollback)`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}
