/**
 * A closed run over undici: N loops, each sending its next request when the previous one is
 * answered. Used instead of autocannon when the check needs response headers (rate limiting).
 */
import type { EngineOptions } from './closed.js';
import { newPool, sendOne } from './http.js';
import { abortPromise } from './openloop.js';
import type { ScenarioResult } from './result.js';
import type { ScenarioSettings } from './settings.js';
import { Tally } from './tally.js';
import { sleep } from './target.js';

export async function runClosedLoop(s: ScenarioSettings, o: EngineOptions): Promise<ScenarioResult> {
  const { pool, path } = newPool(s);
  let live = true;
  try {
    await o.onMeasureStart?.();
    const tally = new Tally(s);
    const seconds = Math.min(o.maxDuration, s.duration ?? o.maxDuration);
    const deadline = performance.now() + seconds * 1000;
    let remaining = s.amount ?? Infinity;
    tally.startProgress(o.log, s.name, s.duration);
    const started = performance.now();
    const loop = async () => {
      while (live && !o.signal.aborted && performance.now() < deadline && remaining-- > 0) {
        await sendOne(pool, path, s, performance.now(), tally, () => live);
      }
    };
    const loops = Promise.all(Array.from({ length: s.connections }, loop));
    await Promise.race([loops, abortPromise(o.signal), sleep((seconds + s.timeout) * 1000, { unref: true })]);
    live = false;
    const elapsed = (performance.now() - started) / 1000;
    return tally.finish({
      model: 'closed',
      elapsed,
      interrupted: o.signal.aborted ? String(o.signal.reason ?? 'cancelled') : undefined,
      checkedRateLimit: s.expectRateLimit,
    });
  } finally {
    live = false;
    await pool.destroy().catch(() => {});
  }
}
