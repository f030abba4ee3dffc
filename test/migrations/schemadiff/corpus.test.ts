import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../../src/log.js';
import { diffSchemas } from '../../../src/migrations/schemadiff/index.js';
import { verifySchemaDiff } from '../../../src/migrations/schemadiff/verify.js';
import { sharedPostgres } from '../../helpers/postgres.js';
import { buildPair, listPairs } from './pairs.js';

const pairs = listPairs();

test('the corpus has at least 40 before/after pairs', () => {
  assert.ok(pairs.length >= 40, `${pairs.length} pairs`);
});

// Pairs run six at a time on one server: CREATE DATABASE is most of the cost, and it waits on I/O.
test('every corpus pair: up reaches the target, rollback restores the original', { concurrency: 6 }, async (t) => {
  const server = await sharedPostgres();
  await Promise.all(
    pairs.map((pair) =>
      t.test(pair.name, async () => {
        const { current, target } = await buildPair(server, pair);
        try {
          const diff = await diffSchemas({ currentUrl: current.url, targetUrl: target.url, log: silentLogger });
          assert.equal(diff.empty, false, 'the pair differs, so the diff must not be empty');
          const v = await verifySchemaDiff({
            copyUrl: current.url,
            targetUrl: target.url,
            upSql: diff.upSql,
            downSql: diff.downSql,
          });
          const explain = [v.error ?? '', ...v.up.map((d) => `up: ${d}`), ...v.rollback.map((d) => `rollback: ${d}`)]
            .filter(Boolean)
            .join('\n');
          assert.equal(v.ok, true, `${explain}\n--- up ---\n${diff.upSql}\n--- rollback ---\n${diff.downSql}`);
        } finally {
          await current.drop();
          await target.drop();
        }
      }),
    ),
  );
});
