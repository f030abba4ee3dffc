/**
 * One request through undici, timed by the caller: used by the open-loop scheduler and by
 * closed runs that must see response headers (rate-limit checks), which autocannon does not expose.
 */
import { Pool } from 'undici';
import type { ScenarioSettings } from './settings.js';
import type { Tally } from './tally.js';

export function newPool(s: ScenarioSettings): { pool: Pool; path: string } {
  const u = new URL(s.url);
  const pool = new Pool(u.origin, {
    connections: s.connections,
    pipelining: 1,
    headersTimeout: s.timeout * 1000,
    bodyTimeout: s.timeout * 1000,
    connectTimeout: Math.min(s.timeout * 1000, 10_000),
  });
  return { pool, path: u.pathname + u.search };
}

/** A 429 that tells the client when to retry: what a well-behaved rate limiter sends. */
export function hasRateLimitHeaders(headers: Record<string, string | string[] | undefined>): boolean {
  return Object.keys(headers).some((h) => /^(retry-after|ratelimit(-|$)|x-ratelimit-)/i.test(h));
}

/**
 * Sends one request; `startedAt` is when the latency clock starts (the intended send time in the
 * open model). Resolves after the body is read and the response or error is tallied.
 */
export async function sendOne(
  pool: Pool,
  path: string,
  s: ScenarioSettings,
  startedAt: number,
  tally: Tally | undefined,
  isLive: () => boolean,
): Promise<void> {
  try {
    const res = await pool.request({ path, method: s.method as 'GET', headers: s.headers, body: s.body });
    let bytes = 0;
    for await (const chunk of res.body) bytes += (chunk as Buffer).length;
    const now = performance.now();
    if (!tally || !isLive()) return;
    tally.response(res.statusCode, bytes, now - startedAt, now);
    if (res.statusCode === 429 && hasRateLimitHeaders(res.headers)) tally.rateLimitHeaders++;
  } catch (e) {
    if (tally && isLive()) tally.error(e);
  }
}
