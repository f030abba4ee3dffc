/**
 * The closed model with autocannon, in-process and without workers (its `response` event,
 * which feeds our µs histogram, is not forwarded from worker threads). Latency here is
 * "at N connections": each connection waits for its answer, so a stalled server is sampled
 * only once per connection (coordinated omission); the open model in openloop.ts does not.
 */
import autocannon from 'autocannon';
import type { Logger } from '../log.js';
import type { ScenarioResult } from './result.js';
import type { ScenarioSettings } from './settings.js';
import { Tally } from './tally.js';
import { sendAfterReads } from './write-after-reads.js';

export interface EngineOptions {
  log: Logger;
  /** Aborted → stop early (the app crashed, the user cancelled); the reason is kept. */
  signal: AbortSignal;
  /** Hard cap in seconds for the measured part (amount runs included). */
  maxDuration: number;
  /** Called after warm-up, right before the measured part (database statistics are reset here). */
  onMeasureStart?: () => Promise<void>;
}

function baseOptions(s: ScenarioSettings): autocannon.Options {
  return {
    url: s.url,
    method: s.method as autocannon.Request['method'],
    headers: s.headers,
    body: s.body,
    connections: s.connections,
    // autocannon counts timeouts in whole seconds, at least 1.
    timeout: Math.max(1, Math.round(s.timeout)),
    // No overallRate here: autocannon's rate mode sends in bursts and its CO correction assumes a
    // 1 ms interval (and ignoreCoordinatedOmission is refused without a rate). Fixed rates go to openloop.ts.
  };
}

/** Runs autocannon and resolves with its raw result; stops early on abort or after capSeconds. */
function runAutocannon(
  opts: autocannon.Options,
  signal: AbortSignal,
  capSeconds: number,
  attach?: (instance: autocannon.Instance) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Mutable holder: autocannon may call back synchronously (bad options), before it returns.
    const run: { instance?: autocannon.Instance; cap?: NodeJS.Timeout; finished: boolean } = { finished: false };
    const onAbort = () => run.instance?.stop();
    const done = (err: Error | null) => {
      run.finished = true;
      clearTimeout(run.cap);
      signal.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve();
    };
    run.instance = autocannon(opts, done);
    if (run.finished) return;
    run.cap = setTimeout(onAbort, capSeconds * 1000);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    attach?.(run.instance);
  });
}

export async function runClosed(s: ScenarioSettings, o: EngineOptions): Promise<ScenarioResult> {
  sendAfterReads();
  if (s.warmup > 0 && !o.signal.aborted) {
    o.log.info(`${s.name}: warming up for ${s.warmup} s`);
    await runAutocannon({ ...baseOptions(s), duration: s.warmup }, o.signal, s.warmup + s.timeout);
  }
  await o.onMeasureStart?.();
  const tally = new Tally(s);
  const started = performance.now();
  tally.startProgress(o.log, s.name, s.duration);
  const opts: autocannon.Options = {
    ...baseOptions(s),
    ...(s.amount ? { amount: s.amount } : { duration: s.duration }),
  };
  await runAutocannon(
    opts,
    o.signal,
    Math.min(o.maxDuration, (s.duration ?? o.maxDuration) + s.timeout),
    (instance) => {
      instance.on('response', (_client, status, bytes, ms) => tally.response(status, bytes, ms));
      instance.on('reqError', (e) => tally.error(e));
    },
  );
  const elapsed = (performance.now() - started) / 1000;
  return tally.finish({
    model: 'closed',
    elapsed,
    interrupted: o.signal.aborted ? String(o.signal.reason ?? 'cancelled') : undefined,
  });
}
