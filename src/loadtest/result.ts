/**
 * What one scenario run measured, whichever engine produced it. Plain data: the gate, the
 * renderer, baselines and `loadtest merge` read only this.
 */
import type { LatencySummary, SecondSample } from './stats.js';

/** closed: N connections each waiting for its answer; open: requests sent on a fixed schedule. */
export type LoadModel = 'closed' | 'open';

export interface ErrorCounts {
  timeout: number;
  refused: number;
  reset: number;
  /** Other socket errors by code (EPIPE, ENOTFOUND…). */
  other: Record<string, number>;
  /** Responses whose status is not an expected one, by status code. */
  status: Record<string, number>;
}

export interface ScenarioResult {
  name: string;
  method: string;
  url: string;
  model: LoadModel;
  connections: number;
  /** Requested rate (open model). */
  rate?: number;
  /** Seconds of measured load (warm-up excluded). */
  elapsed: number;
  /** Requests that got a response or failed: the denominator of the error rate. */
  requests: number;
  /** Responses received (any status). */
  responses: number;
  rps: number;
  latency: LatencySummary;
  /** µs HDR histogram, hdr-histogram-js compressed base64. */
  histogram: string;
  statusCodes: Record<string, number>;
  errors: ErrorCounts;
  /** Failed requests: socket errors, timeouts and unexpected statuses. */
  failed: number;
  /** failed / requests, in percent. */
  errorRate: number;
  bytes: number;
  perSecond: SecondSample[];
  /** Open model: requests the scheduler could not send in time because too many were outstanding. */
  skipped?: number;
  /** Open model: responses that arrived within the schedule's window, per second. */
  achievedRate?: number;
  /** Responses that carried rate-limit headers (Retry-After, RateLimit-*), when checked. */
  rateLimitHeaders?: number;
  /** One summary per trial when the scenario ran several times (median and spread come from these). */
  trials?: { rps: number; p50: number; p95: number; p99: number; errorRate: number }[];
  /** Number of shard results merged into this one. */
  shards?: number;
  /** Set when the run was cut short (app crashed, cancelled). */
  interrupted?: string;
}

export function emptyErrors(): ErrorCounts {
  return { timeout: 0, refused: 0, reset: 0, other: {}, status: {} };
}

/** Sorts a socket error into the kinds the report names. */
export function countError(errors: ErrorCounts, e: unknown): void {
  const code = (e as { code?: string })?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'ETIMEDOUT' ||
    /timed out/i.test(message)
  ) {
    errors.timeout++;
  } else if (code === 'ECONNREFUSED') {
    errors.refused++;
  } else if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
    errors.reset++;
  } else {
    const key = code ?? 'error';
    errors.other[key] = (errors.other[key] ?? 0) + 1;
  }
}

export function socketErrorCount(errors: ErrorCounts): number {
  return errors.timeout + errors.refused + errors.reset + Object.values(errors.other).reduce((a, b) => a + b, 0);
}

/** Default success: any 2xx. With expect-status, exactly the listed codes. */
export function isExpectedStatus(status: number, expect: number[] | undefined): boolean {
  return expect && expect.length > 0 ? expect.includes(status) : status >= 200 && status < 300;
}
