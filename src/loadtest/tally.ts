/**
 * Counts one measured run as responses and errors arrive, whatever the engine, and turns the
 * counts into a ScenarioResult. Progress lines (one per second) come from here too.
 */
import type { Logger } from '../log.js';
import {
  countError,
  emptyErrors,
  isExpectedStatus,
  socketErrorCount,
  type LoadModel,
  type ScenarioResult,
} from './result.js';
import type { ScenarioSettings } from './settings.js';
import { encodeHistogram, LatencyRecorder, summarize } from './stats.js';

export class Tally {
  readonly recorder: LatencyRecorder;
  readonly statusCodes: Record<string, number> = {};
  readonly errors = emptyErrors();
  bytes = 0;
  responses = 0;
  rateLimitHeaders = 0;
  skipped = 0;
  readonly startedAt = performance.now();
  private progressTimer?: NodeJS.Timeout;

  constructor(private readonly scenario: ScenarioSettings) {
    this.recorder = new LatencyRecorder(this.startedAt);
  }

  response(status: number, bytes: number, latencyMs: number, at = performance.now()): void {
    this.responses++;
    this.bytes += bytes;
    this.recorder.record(latencyMs, at);
    const key = String(status);
    this.statusCodes[key] = (this.statusCodes[key] ?? 0) + 1;
    // Under expect-rate-limit a 429 is the answer we hope for, not a failure.
    const expected =
      isExpectedStatus(status, this.scenario.expectStatus) || (status === 429 && this.scenario.expectRateLimit);
    if (!expected) this.errors.status[key] = (this.errors.status[key] ?? 0) + 1;
  }

  error(e: unknown): void {
    countError(this.errors, e);
  }

  get requests(): number {
    return this.responses + socketErrorCount(this.errors) + this.skipped;
  }

  /** Logs requests so far and the last second's rate, once a second. */
  startProgress(log: Logger, label: string, plannedSeconds: number | undefined): void {
    let last = 0;
    let tick = 0;
    this.progressTimer = setInterval(() => {
      tick++;
      const now = this.requests;
      const of = plannedSeconds ? `/${Math.ceil(plannedSeconds)}` : '';
      log.info(
        `${label}: ${tick}${of} s, ${now.toLocaleString('en-US')} requests, ${(now - last).toLocaleString('en-US')} req/s`,
      );
      last = now;
    }, 1000);
    this.progressTimer.unref();
  }

  stopProgress(): void {
    clearInterval(this.progressTimer);
  }

  finish(meta: {
    model: LoadModel;
    elapsed: number;
    interrupted?: string;
    checkedRateLimit?: boolean;
    achievedRate?: number;
  }): ScenarioResult {
    this.stopProgress();
    const s = this.scenario;
    const requests = this.requests;
    const unexpected = Object.values(this.errors.status).reduce((a, b) => a + b, 0);
    const failed = socketErrorCount(this.errors) + unexpected + this.skipped;
    const elapsed = Math.max(meta.elapsed, 0.001);
    const result: ScenarioResult = {
      name: s.name,
      method: s.method,
      url: s.url,
      model: meta.model,
      connections: s.connections,
      rate: s.rate,
      elapsed: round(elapsed, 3),
      requests,
      responses: this.responses,
      rps: round(this.responses / elapsed, 1),
      latency: summarize(this.recorder.histogram),
      histogram: encodeHistogram(this.recorder.histogram),
      statusCodes: this.statusCodes,
      errors: this.errors,
      failed,
      errorRate: requests === 0 ? 0 : round((failed / requests) * 100, 3),
      bytes: this.bytes,
      perSecond: this.recorder.seconds(),
    };
    if (meta.model === 'open') result.skipped = this.skipped;
    if (meta.achievedRate !== undefined) result.achievedRate = round(meta.achievedRate, 1);
    if (meta.checkedRateLimit) result.rateLimitHeaders = this.rateLimitHeaders;
    if (meta.interrupted) result.interrupted = meta.interrupted;
    this.recorder.destroy();
    return result;
  }
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
