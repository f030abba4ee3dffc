/** One run of backend-gate's closed-model engine in its own process (as wrk is): prints a JSON line. */
import { runClosed } from '../../src/loadtest/closed.js';
import { silentLogger } from '../../src/log.js';

const [url, connections, duration] = process.argv.slice(2);
const result = await runClosed(
  {
    name: 'bench',
    method: 'GET',
    url,
    headers: {},
    expectRateLimit: false,
    connections: Number(connections),
    duration: Number(duration),
    warmup: 0,
    timeout: 10,
    thresholds: {},
  },
  { log: silentLogger, signal: new AbortController().signal, maxDuration: Number(duration) + 10 },
);
console.log(
  JSON.stringify({
    tool: 'backend-gate',
    rps: result.rps,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.failed,
  }),
);
