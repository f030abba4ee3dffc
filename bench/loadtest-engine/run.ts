/**
 * bench/loadtest-engine: backend-gate's closed-model engine (autocannon in-process + µs HDR
 * histogram) and wrk against the same loopback server in the same run, and the ratios.
 * Goal (issue 6): ≥ 0.9× wrk's throughput, p50/p99 within 10 %.
 *
 *   npx tsx bench/loadtest-engine/run.ts [--duration 4] [--reps 5] [--connections 50] [--delays 0,5]
 *                                         [--warmup 1] [--install-wrk]
 *
 * A shared 2-core runner moves req/s by ±25–50 % from one run to the next, so one run of each
 * tool says little. The two tools therefore run in pairs, back to back, the order alternating
 * (ours→wrk, wrk→ours…), and the verdict is the median of the per-pair ratios. The CPU each
 * generator and the target spend per request is printed too (Linux /proc): unlike req/s it barely
 * moves with the machine's load, and it says whether a gap is our engine's cost or the noise.
 * Our engine runs with loadtest's own `warmup` (1 s by default, not measured): a cold Node process
 * spends its first second compiling, which wrk, a C program, never does.
 *
 * Reading it: the target costs both tools the same CPU per request (~17 µs, immediate reply);
 * autocannon costs ~17–18 µs, wrk ~12. With a core to spare both saturate the target (≈ 1.0×);
 * with both cores busy the ratio settles near (17 + 12) / (17 + 18) ≈ 0.83×. An undici Client
 * (dispatch API, ~18 µs) or Pool (~26 µs) was not cheaper than autocannon, so autocannon stays.
 *
 * wrk is a Debian package (`apt-get install -y wrk`); without it only our engine runs, and the
 * script says how to install it (--install-wrk does it when run as root).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cpuFields, processCpu } from './proc-cpu.js';

const here = import.meta.dirname;
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '4' },
    reps: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    delays: { type: 'string', default: '0,5' },
    warmup: { type: 'string', default: '1' },
    'install-wrk': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const reps = Number(values.reps);
const connections = Number(values.connections);
const delays = values.delays.split(',').map(Number);
const warmup = Number(values.warmup);
const GOAL_RATIO = 0.9;
const GOAL_PCT = 10;

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  /** µs of generator CPU (user + system) per completed request, when known. */
  cpu?: number;
  /** µs of target CPU per completed request, when known. */
  targetCpu?: number;
}

function hasWrk(): boolean {
  return spawnSync('sh', ['-c', 'command -v wrk'], { stdio: 'ignore' }).status === 0;
}

function ensureWrk(): boolean {
  if (hasWrk()) return true;
  if (values['install-wrk'] && process.getuid?.() === 0) {
    console.error('wrk not found: installing the Debian package (apt-get install -y wrk)…');
    spawnSync('apt-get', ['install', '-y', 'wrk'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return hasWrk();
  }
  console.error(
    'wrk not found. Install it with `sudo apt-get install -y wrk` (Debian/Ubuntu; `brew install wrk` on macOS),',
  );
  console.error('or re-run this script as root with --install-wrk. Running backend-gate only.\n');
  return false;
}

/** wrk prints latencies as 812.00us, 1.23ms or 1.02s. */
function toMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!m) throw new Error(`cannot read wrk latency '${text}'`);
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

const STAT_MARK = '__shell_stat__ ';

function runWrk(url: string): Measure {
  // Through a shell that prints its own /proc stat after wrk exits: its children's CPU is wrk's.
  const script = `wrk "$@"; s=$?; echo; echo "${STAT_MARK}$(cat /proc/$$/stat 2>/dev/null)"; exit $s`;
  const out = execFileSync('sh', ['-c', script, 'sh', '-t1', `-c${connections}`, `-d${duration}s`, '--latency', url], {
    encoding: 'utf8',
    timeout: (duration + 20) * 1000,
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1]);
  const p50 = toMs(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? '');
  const p99 = toMs(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? '');
  const stat = out.split('\n').find((l) => l.startsWith(STAT_MARK) && l.length > STAT_MARK.length + 10);
  const cpu = stat && requests ? (cpuFields(stat.slice(STAT_MARK.length)).children * 1e6) / requests : undefined;
  return { rps, p50, p99, cpu };
}

/** targetPid: ours.ts reads the target's CPU itself, around the measured part only (not its warm-up). */
function runOurs(url: string, seconds = duration, warm = warmup, targetPid?: number): Measure {
  const args = [url, String(connections), String(seconds), String(warm), ...(targetPid ? [String(targetPid)] : [])];
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'ours.ts'), ...args], {
    encoding: 'utf8',
    timeout: (seconds + warm + 30) * 1000,
  });
  const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
    rps: number;
    p50: number;
    p99: number;
    cpuUsPerRequest?: number;
    targetCpuUsPerRequest?: number;
  };
  return { rps: r.rps, p50: r.p50, p99: r.p99, cpu: r.cpuUsPerRequest, targetCpu: r.targetCpuUsPerRequest };
}

/** Runs wrk and adds what the target spent per request meanwhile. */
function measureWrk(url: string, targetPid: number | undefined): Measure {
  const before = processCpu(targetPid);
  const m = runWrk(url);
  const after = processCpu(targetPid);
  const requests = m.rps * duration;
  if (before !== undefined && after !== undefined && requests > 0) m.targetCpu = ((after - before) * 1e6) / requests;
  return m;
}

async function startTarget(delay: number): Promise<{ url: string; pid?: number; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(here, 'target.mjs'), '0', String(delay)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const m = /listening on (\S+)/.exec(d.toString());
      if (m) resolve(m[1] + '/bench');
    });
    child.once('exit', (code) => reject(new Error(`target exited with ${code}`)));
  });
  return { url, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const signed = (x: number, digits = 1) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
const pctChange = (ratio: number) => `${signed((ratio - 1) * 100)} %`;
const range = (xs: number[], digits = 2) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
const us = (x?: number) => (x === undefined ? '   ?' : x.toFixed(1).padStart(4));
const load = () => loadavg()[0].toFixed(1);

function describe(name: string, m: Measure): string {
  return (
    `${name.padEnd(12)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(2).padStart(6)} ms  ` +
    `p99 ${m.p99.toFixed(2).padStart(6)} ms  cpu/req: generator ${us(m.cpu)} µs, target ${us(m.targetCpu)} µs`
  );
}

function summarize(name: string, all: Measure[]): Measure {
  const pick = (f: (m: Measure) => number | undefined) => {
    const xs = all.map(f).filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const m = { rps: pick((x) => x.rps) ?? 0, p50: pick((x) => x.p50) ?? 0, p99: pick((x) => x.p99) ?? 0 };
  const s: Measure = { ...m, cpu: pick((x) => x.cpu), targetCpu: pick((x) => x.targetCpu) };
  console.log(`  median ${describe(name, s)}`);
  return s;
}

const withWrk = ensureWrk();
console.log(
  `loadtest-engine bench: c=${connections}, ${duration} s per run (ours after a ${warmup} s warm-up), ` +
    `${reps} pairs per target (order alternating), node ${process.version}, load average ${load()} on this machine`,
);
const verdicts: string[] = [];
for (const delay of delays) {
  const target = await startTarget(delay);
  const label = delay ? `reply after ${delay} ms` : 'immediate reply';
  try {
    // Warm the target's JIT and sockets with both tools before anything is measured.
    runOurs(target.url, 2, 0);
    if (withWrk) execFileSync('wrk', ['-t1', `-c${connections}`, '-d2s', target.url], { timeout: 30_000 });
    console.log(`\ntarget: ${label} (${target.url})`);
    const ours: Measure[] = [];
    const wrk: Measure[] = [];
    for (let i = 0; i < reps; i++) {
      const runs: [string, () => void][] = [
        ['ours', () => ours.push(runOurs(target.url, duration, warmup, target.pid))],
        ['wrk', () => wrk.push(measureWrk(target.url, target.pid))],
      ];
      if (!withWrk) runs.pop();
      else if (i % 2 === 1) runs.reverse();
      for (const [, run] of runs) run();
      console.log(`  pair ${i + 1} (load ${load()}):`);
      console.log(`    ${describe('backend-gate', ours[i])}`);
      if (withWrk) console.log(`    ${describe('wrk', wrk[i])}   ratio ${(ours[i].rps / wrk[i].rps).toFixed(2)}×`);
    }
    const o = summarize('backend-gate', ours);
    if (!withWrk) continue;
    const w = summarize('wrk', wrk);
    const rpsRatios = ours.map((m, i) => m.rps / wrk[i].rps);
    const p50Ratios = ours.map((m, i) => m.p50 / wrk[i].p50);
    const p99Ratios = ours.map((m, i) => m.p99 / wrk[i].p99);
    const ratio = median(rpsRatios);
    const p50 = median(p50Ratios);
    const p99 = median(p99Ratios);
    console.log(
      `  throughput ratio (ours / wrk): median of pairs ${ratio.toFixed(2)}× (pairs ${range(rpsRatios)}; ` +
        `ratio of medians ${(o.rps / w.rps).toFixed(2)}×)`,
    );
    const spreadOf = (rs: number[], of: number) =>
      `pairs ${range(
        rs.map((r) => (r - 1) * 100),
        0,
      )} %, ratio of medians ${pctChange(of)}`;
    console.log(
      `  p50 ${pctChange(p50)} (${spreadOf(p50Ratios, o.p50 / w.p50)})   p99 ${pctChange(p99)} (${spreadOf(p99Ratios, o.p99 / w.p99)})`,
    );
    if (o.cpu !== undefined && w.cpu !== undefined)
      console.log(`  generator CPU per request: ours ${(o.cpu / w.cpu).toFixed(2)}× wrk's`);
    const within = (r: number) => Math.abs(r - 1) * 100 <= GOAL_PCT;
    verdicts.push(
      `${label.padEnd(17)} throughput ${ratio.toFixed(2)}× ${ratio >= GOAL_RATIO ? 'MET' : 'NOT MET'} · ` +
        `p50 ${pctChange(p50)} ${within(p50) ? 'MET' : 'NOT MET'} · p99 ${pctChange(p99)} ${within(p99) ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    target.stop();
  }
}
if (verdicts.length) {
  console.log(`\ngoal: ≥ ${GOAL_RATIO}× wrk's throughput, p50/p99 within ${GOAL_PCT} % (median of pairs)`);
  for (const v of verdicts) console.log(`  ${v}`);
  console.log(`load average at the end: ${load()} (2 cores: above ~1, other work shares the machine)`);
}
