/**
 * One run of backend-gate's closed-model engine in its own process (as wrk is): prints a JSON line
 * with throughput, percentiles and the CPU this process spent per response (user + system).
 *
 *   node --import tsx bench/loadtest-engine/ours.ts URL CONNECTIONS SECONDS [WARMUP_SECONDS] [TARGET_PID]
 *
 * With TARGET_PID (Linux), the target's CPU per request over the measured part is printed too.
 */
import { runClosed } from '../../src/loadtest/closed.js';
import { silentLogger } from '../../src/log.js';
import { processCpu } from './proc-cpu.js';

const [url, connections, duration, warmup = '0', targetPid] = process.argv.slice(2);
// CPU counted from the measured part on (set in onMeasureStart), as wrk's excludes nothing but has no JIT to warm.
let cpuBefore = process.cpuUsage();
let targetBefore: number | undefined;
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
      targetBefore = processCpu(Number(targetPid));
    },
  },
);
const cpu = process.cpuUsage(cpuBefore);
const targetAfter = processCpu(Number(targetPid));
const perRequest = (us: number | undefined) =>
  us !== undefined && result.responses ? us / result.responses : undefined;
console.log(
  JSON.stringify({
    tool: 'backend-gate',
    rps: result.rps,
    requests: result.responses,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.failed,
    cpuUsPerRequest: perRequest(cpu.user + cpu.system),
    targetCpuUsPerRequest: perRequest(
      targetBefore !== undefined && targetAfter !== undefined ? (targetAfter - targetBefore) * 1e6 : undefined,
    ),
  }),
);
