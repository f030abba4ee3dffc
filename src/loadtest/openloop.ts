/**
 * The open model: requests leave on a fixed schedule (t0 + i/rate) whether or not earlier ones
 * have been answered, and latency counts from the intended send time. A server that stalls for
 * a second therefore shows the stall in every request scheduled during it, as its users would
 * see it (no coordinated omission). autocannon's overallRate sends in bursts and can miss stalls.
 */
import type { EngineOptions } from './closed.js';
import { newPool, sendOne } from './http.js';
import type { ScenarioResult } from './result.js';
import type { ScenarioSettings } from './settings.js';
import { Tally } from './tally.js';
import { sleep } from './target.js';

/** Runs a fixed schedule for `seconds`; returns how many were sent before the window closed. */
async function schedule(
  rate: number,
  seconds: number,
  signal: AbortSignal,
  fire: (intendedAt: number) => void,
  maxCount = Infinity,
): Promise<number> {
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const total = Math.min(maxCount, Math.floor(seconds * rate));
  let sent = 0;
  while (sent < total && !signal.aborted) {
    const now = performance.now();
    if (now >= end) break;
    const due = Math.min(total, Math.floor(((now - t0) * rate) / 1000) + 1);
    for (; sent < due; sent++) fire(t0 + (sent * 1000) / rate);
    const next = t0 + (sent * 1000) / rate;
    await sleep(Math.max(0, next - performance.now()));
  }
  return sent;
}

export async function runOpen(s: ScenarioSettings, o: EngineOptions): Promise<ScenarioResult> {
  const rate = s.rate;
  if (!rate) throw new Error(`runOpen needs a rate (scenario '${s.name}')`);
  const { pool, path } = newPool(s);
  // Beyond this many unanswered requests the scheduler stops sending and counts them as skipped.
  const maxOutstanding = Math.max(1000, Math.ceil(rate * s.timeout));
  let outstanding = 0;
  let live = true;
  const inflight = new Set<Promise<void>>();
  const launch = (intendedAt: number, tally?: Tally) => {
    if (outstanding >= maxOutstanding) {
      if (tally) tally.skipped++;
      return;
    }
    outstanding++;
    const p = sendOne(pool, path, s, intendedAt, tally, () => live).finally(() => {
      outstanding--;
      inflight.delete(p);
    });
    inflight.add(p);
  };
  try {
    if (s.warmup > 0) {
      o.log.info(`${s.name}: warming up at ${rate} req/s for ${s.warmup} s`);
      await schedule(rate, s.warmup, o.signal, (t) => launch(t));
      await Promise.race([Promise.all(inflight), sleep(s.timeout * 1000, { unref: true })]);
    }
    await o.onMeasureStart?.();
    const tally = new Tally(s);
    const seconds = s.duration ?? Math.min(o.maxDuration, (s.amount ?? 0) / rate);
    tally.startProgress(o.log, s.name, seconds);
    const started = performance.now();
    await schedule(rate, Math.min(seconds, o.maxDuration), o.signal, (t) => launch(t, tally), s.amount);
    const windowEnd = performance.now();
    const answeredInWindow = tally.responses;
    // Answers still owed count, up to the request timeout; what is left after it timed out.
    await Promise.race([Promise.all(inflight), sleep(s.timeout * 1000, { unref: true }), abortPromise(o.signal)]);
    tally.errors.timeout += o.signal.aborted ? 0 : inflight.size;
    live = false;
    const window = (windowEnd - started) / 1000;
    return tally.finish({
      model: 'open',
      elapsed: (performance.now() - started) / 1000,
      achievedRate: answeredInWindow / Math.max(window, 0.001),
      interrupted: o.signal.aborted ? String(o.signal.reason ?? 'cancelled') : undefined,
      checkedRateLimit: s.expectRateLimit,
    });
  } finally {
    live = false;
    await pool.destroy().catch(() => {});
  }
}

export function abortPromise(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
