/**
 * bench/loadtest-engine: backend-gate's load engine (autocannon in-process + µs HDR histogram)
 * and wrk against the same loopback server in the same run, interleaved, and the ratios.
 * Goal (issue 6): ≥ 0.9× wrk's throughput, p50/p99 within 10 %.
 *
 *   npx tsx bench/loadtest-engine/run.ts [--duration 5] [--reps 3] [--connections 50] [--install-wrk]
 *
 * wrk is a Debian package (`apt-get install -y wrk`); without it only our engine runs, and the
 * script says how to install it (--install-wrk does it when run as root).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const here = import.meta.dirname;
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    reps: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    'install-wrk': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const reps = Number(values.reps);
const connections = Number(values.connections);

interface Measure {
  rps: number;
  p50: number;
  p99: number;
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

function runWrk(url: string): Measure {
  const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${duration}s`, '--latency', url], {
    encoding: 'utf8',
    timeout: (duration + 20) * 1000,
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = toMs(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? '');
  const p99 = toMs(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? '');
  return { rps, p50, p99 };
}

function runOurs(url: string, seconds = duration): Measure {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'ours.ts'), url, String(connections), String(seconds)],
    {
      encoding: 'utf8',
      timeout: (seconds + 30) * 1000,
    },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measure;
}

async function startTarget(delay: number): Promise<{ url: string; stop: () => void }> {
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
  return { url, stop: () => child.kill('SIGTERM') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (ours: number, theirs: number) =>
  `${ours >= theirs ? '+' : ''}${(((ours - theirs) / theirs) * 100).toFixed(1)} %`;

const withWrk = ensureWrk();
console.log(
  `loadtest-engine bench: c=${connections}, ${duration} s per run, ${reps} reps interleaved, node ${process.version}`,
);
for (const delay of [0, 5]) {
  const target = await startTarget(delay);
  try {
    runOurs(target.url, 2); // warm the target's JIT and sockets
    const ours: Measure[] = [];
    const wrk: Measure[] = [];
    for (let i = 0; i < reps; i++) {
      ours.push(runOurs(target.url));
      if (withWrk) wrk.push(runWrk(target.url));
    }
    const o = {
      rps: median(ours.map((m) => m.rps)),
      p50: median(ours.map((m) => m.p50)),
      p99: median(ours.map((m) => m.p99)),
    };
    console.log(`\ntarget: ${delay ? `reply after ${delay} ms` : 'immediate reply'} (${target.url})`);
    const row = (name: string, m: Measure, all: Measure[]) =>
      console.log(
        `  ${name.padEnd(13)} ${m.rps.toFixed(0).padStart(7)} req/s (runs ${all.map((x) => x.rps.toFixed(0)).join(', ')})  p50 ${m.p50.toFixed(2)} ms  p99 ${m.p99.toFixed(2)} ms`,
      );
    row('backend-gate', o, ours);
    if (withWrk) {
      const w = {
        rps: median(wrk.map((m) => m.rps)),
        p50: median(wrk.map((m) => m.p50)),
        p99: median(wrk.map((m) => m.p99)),
      };
      row('wrk', w, wrk);
      console.log(
        `  throughput ratio (ours / wrk): ${(o.rps / w.rps).toFixed(2)}×   p50 ${pct(o.p50, w.p50)}   p99 ${pct(o.p99, w.p99)}`,
      );
    }
  } finally {
    target.stop();
  }
}
