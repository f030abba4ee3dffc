/**
 * One run of backend-gate's closed-model engine in its own process (as wrk is): prints a JSON line
 * with throughput, percentiles and the CPU this process spent per response (user + system).
 *
 *   node --import tsx bench/loadtest-engine/ours.ts URL CONNECTIONS SECONDS [WARMUP_SECONDS]
 */
import { runClosed } from '../../src/loadtest/closed.js';
import { silentLogger } from '../../src/log.js';

const [url, connections, duration, warmup = '0'] = process.argv.slice(2);
// CPU counted from the measured part on (set in onMeasureStart), as wrk's excludes nothing but has no JIT to warm.
let cpuBefore = process.cpuUsage();
const result = await runClosed(
  {
    name: 'bench',
    method: 'GET',
    url,
    headers: {},
    expectRateLimit: false,
    connections: Number(connections),
    duration: Number(duration),
    warmup: Number(warmup),
    timeout: 10,
    thresholds: {},
  },
  {
    log: silentLogger,
    signal: new AbortController().signal,
    maxDuration: Number(duration) + 10,
    onMeasureStart: async () => {
      cpuBefore = process.cpuUsage();
    },
  },
);
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    tool: 'backend-gate',
    rps: result.rps,
    requests: result.responses,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.failed,
    cpuUsPerRequest: result.responses ? (cpu.user + cpu.system) / result.responses : undefined,
  }),
);
