/**
 * autocannon's next request waits for the end of the poll round (write-after-reads.ts): the
 * deferral itself, and a real closed run against a real server still sending exactly what it must.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { runClosed } from '../../src/loadtest/closed.js';
import { afterReads, sendAfterReads } from '../../src/loadtest/write-after-reads.js';
import { silentLogger } from '../../src/log.js';
import { startServer } from './helpers.js';

test('requests asked for during a round are sent after it, in order, except on connections closed meanwhile', async () => {
  const sent: string[] = [];
  const send = afterReads(function (this: { id: string; destroyed?: boolean }) {
    sent.push(this.id);
  });
  const a = { id: 'a' };
  const b = { id: 'b', destroyed: false };
  const c = { id: 'c' };
  send.call(a);
  send.call(b);
  send.call(c);
  assert.deepEqual(sent, [], 'nothing is written while the round is still being read');
  b.destroyed = true;
  await tick();
  assert.deepEqual(sent, ['a', 'c']);
  send.call(a);
  await tick();
  assert.deepEqual(sent, ['a', 'c', 'a'], 'the next round is flushed again');
});

test('installed on autocannon 9 once; a closed run with an amount sends exactly that many requests', async () => {
  assert.equal(sendAfterReads(), true, "autocannon's HTTP client has _doRequest");
  assert.equal(sendAfterReads(), true);
  const server = await startServer(() => ({ status: 200 }));
  try {
    const result = await runClosed(
      {
        name: 'amount',
        method: 'GET',
        url: server.url,
        headers: {},
        expectRateLimit: false,
        connections: 8,
        amount: 400,
        warmup: 0,
        timeout: 5,
        thresholds: {},
      },
      { log: silentLogger, signal: new AbortController().signal, maxDuration: 20 },
    );
    assert.equal(result.responses, 400);
    assert.equal(server.hits, 400);
    assert.equal(result.failed, 0);
  } finally {
    await server.close();
  }
});
