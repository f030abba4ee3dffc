/**
 * bench/routes-diff: backend-gate's spec diff against api-smart-diff on real pairs of GitHub's
 * REST description (npm @octokit/openapi, installed as aliases), in the same run. Each tool runs
 * in a fresh process; wall time includes process start. Ours runs as compiled JavaScript (tsc into
 * bench/.work, not timed), as the CLI runs lib/ and the Action its bundle. Prints a table and the ratios.
 *
 *   node --import tsx bench/routes-diff/run.ts [--runs N] [--no-validation]
 *
 * Pairs: 19.1.0 → 22.0.0 (≈6 months, 1,030 → 1,108 operations) and 23.0.1 → 23.0.2 (a small release).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 0) || 3;
const validation = !args.includes('--no-validation');

const spec = (v: string) => path.join(root, 'node_modules', `octokit-openapi-${v}`, 'generated', 'api.github.com.json');
const pairs = [
  { name: 'big: 19.1.0 → 22.0.0', base: spec('19.1.0'), head: spec('22.0.0') },
  { name: 'small: 23.0.1 → 23.0.2', base: spec('23.0.1'), head: spec('23.0.2') },
];
for (const p of pairs) {
  if (!existsSync(p.base) || !existsSync(p.head)) {
    console.error(
      `missing ${p.base} or ${p.head}: install the @octokit/openapi aliases (see package.json devDependencies).`,
    );
    process.exit(2);
  }
}

const work = path.join(root, 'bench', '.work');
mkdirSync(work, { recursive: true });
writeFileSync(path.join(work, '.gitignore'), '*\n');
const compiled = path.join(work, 'routes-diff-js');
rmSync(compiled, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    ...['--outDir', compiled, '--rootDir', root, '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...['--target', 'es2022', '--skipLibCheck', '--noCheck', '--sourceMap', 'false', '--declaration', 'false'],
    ...['--resolveJsonModule', '--esModuleInterop'],
    path.join(here, 'ours.ts'),
    // Started as a worker thread, not imported: tsc would not compile it from ours.ts alone.
    path.join(root, 'src', 'routes', 'spec', 'check-worker.ts'),
  ],
  { cwd: root, encoding: 'utf8' },
);
if (tsc.status !== 0) throw new Error(`compiling ours.ts failed: ${tsc.stdout}${tsc.stderr}`);
const oursScript = path.join(compiled, 'bench', 'routes-diff', 'ours.js');

interface Sample {
  wallMs: number;
  out: Record<string, unknown>;
}

function once(command: string[]): Sample {
  const started = performance.now();
  const r = spawnSync(process.execPath, command, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`${command.join(' ')} failed:\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop()!;
  return { wallMs, out: JSON.parse(line) as Record<string, unknown> };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `node ${process.version}, ${runs} runs each, median wall time; schema validation ${validation ? 'on' : 'off'}`,
);
console.log(`git ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()}\n`);
const rows: string[][] = [['pair', 'tool', 'wall ms', 'in-process ms', 'RSS MB', 'result']];
const ratios: string[] = [];
const oursByPair: number[] = [];
/** The comparison alone (after both specs are read and parsed; checks run beside it in a worker). */
const comparingByPair: number[] = [];
for (const p of pairs) {
  const ours: Sample[] = [];
  const peer: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(once([oursScript, p.base, p.head, String(validation)]));
    peer.push(once([path.join(here, 'api-smart-diff.mjs'), p.base, p.head]));
  }
  const o = median(ours.map((s) => s.wallMs));
  const a = median(peer.map((s) => s.wallMs));
  const oIn = median(ours.map((s) => s.out.totalMs as number));
  const aIn = median(peer.map((s) => s.out.totalMs as number));
  oursByPair.push(o);
  comparingByPair.push(median(ours.map((x) => x.out.diffMs as number)));
  const last = ours[ours.length - 1].out;
  rows.push([
    p.name,
    'backend-gate',
    o.toFixed(0),
    oIn.toFixed(0),
    String(last.rssMB),
    `${JSON.stringify(last.stats)} ${JSON.stringify(last.findings)}`,
  ]);
  const lastPeer = peer[peer.length - 1].out;
  rows.push([
    p.name,
    'api-smart-diff 1.0.6',
    a.toFixed(0),
    aIn.toFixed(0),
    String(lastPeer.rssMB),
    `${String(lastPeer.changes)} changes ${JSON.stringify(lastPeer.byType)}`,
  ]);
  ratios.push(
    `${p.name}: backend-gate / api-smart-diff = ${(o / a).toFixed(3)} wall, ${(oIn / aIn).toFixed(3)} in-process`,
  );
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => Math.min(r[i].length, 60))));
for (const r of rows) console.log(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  '));
console.log('');
for (const r of ratios) console.log(r);
console.log(`small pair / big pair (backend-gate) = ${(oursByPair[1] / oursByPair[0]).toFixed(3)}`);
console.log(
  `the comparison alone (unchanged operations skipped by hash): big ${comparingByPair[0]} ms, small ` +
    `${comparingByPair[1]} ms = ${(comparingByPair[1] / comparingByPair[0]).toFixed(3)} of the big; the rest of a run ` +
    `is reading, parsing and checking two 13 MB files, the same for both pairs`,
);
