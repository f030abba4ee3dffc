import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeHistogram,
  encodeHistogram,
  LatencyRecorder,
  mergeHistograms,
  newHistogram,
  summarize,
  toMicros,
} from '../../src/loadtest/stats.js';

test('sub-millisecond latencies keep their microseconds (autocannon would floor 0.9 ms to 0)', () => {
  const h = newHistogram();
  for (let i = 0; i < 100; i++) h.recordValue(toMicros(0.9));
  const s = summarize(h);
  assert.ok(s.p50 >= 0.899 && s.p50 <= 0.901, `p50 ${s.p50}`);
  h.destroy();
});

test('histograms survive encoding and merge exactly (shards, trials)', () => {
  const a = newHistogram();
  const b = newHistogram();
  for (let i = 1; i <= 1000; i++) a.recordValue(toMicros(i / 100)); // 0.01–10 ms
  for (let i = 1; i <= 1000; i++) b.recordValue(toMicros(100 + i / 10)); // 100–200 ms
  const merged = mergeHistograms([encodeHistogram(a), encodeHistogram(b)]);
  assert.equal(merged.totalCount, 2000);
  const s = summarize(merged);
  assert.ok(s.p50 <= 10.01 && s.p50 >= 9.99, `p50 ${s.p50}`);
  assert.ok(s.max >= 199.9 && s.max <= 200.1, `max ${s.max}`);
  const roundTrip = decodeHistogram(encodeHistogram(a));
  assert.equal(roundTrip.totalCount, 1000);
  for (const h of [a, b, merged, roundTrip]) h.destroy();
});

test('the recorder buckets responses per second for the p99-over-time chart', () => {
  const r = new LatencyRecorder(0);
  r.record(1, 100);
  r.record(2, 900);
  r.record(500, 1500);
  const seconds = r.seconds();
  assert.deepEqual(
    seconds.map((s) => [s.second, s.requests]),
    [
      [1, 2],
      [2, 1],
    ],
  );
  assert.ok(seconds[1].p99 >= 495);
  r.destroy();
});
