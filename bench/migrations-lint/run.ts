/**
 * Static lint benchmark: our lint vs squawk-cli on the same 500 generated migration files, in the
 * same run. Usage: node --import tsx bench/migrations-lint/run.ts [--files N] [--runs N]
 *
 * Measured two ways, and both ratios are printed:
 * - whole process (what the goal compares): a fresh `node` running our lint compiled to
 *   JavaScript (as the CLI runs lib/, never tsx) vs squawk's native binary (`--reporter json`, never
 *   the node shim or the tty reporter). Both read the files, parse, lint and print JSON findings.
 *   Runs are interleaved (ours, squawk, ours, …) so a busy machine slows both alike.
 * - warm, in process: our lint in this process once the parser is loaded and V8 has compiled our
 *   code (warm-up on a different corpus), against the same squawk process times.
 * Inside each of our processes the lint also reports its own phases (node start-up, module load,
 * parser load, lint, JSON output). For reference, the same runs also time a bare `node -e 0` (the
 * floor of any node program) and, when esbuild is installed, our lint bundled into one file (what
 * module resolution costs the CLI, which runs lib/ one file per module).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lintMigrationFilesSync, loadParser } from '../../src/migrations/lint/index.js';
import { generateCorpus } from './corpus.js';
import { ensurePeer } from '../lib/peer.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: { files: { type: 'string', default: '500' }, runs: { type: 'string', default: '7' } },
});
const count = Number(values.files);
const runs = Number(values.runs);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const list = (xs: number[]) => `median ${fmt(median(xs))}, min ${fmt(Math.min(...xs))} [${xs.map(fmt).join(', ')}]`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

const work = join(root, 'bench', '.work');
mkdirSync(work, { recursive: true });
writeFileSync(join(work, '.gitignore'), '*\n');
const dir = join(work, 'migrations-lint');
const files = generateCorpus(dir, count);
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB in ${dir}`);

// Our lint as a process: lint-files.ts and what it imports, compiled to JavaScript (not timed).
const compiled = join(work, 'migrations-lint-js');
rmSync(compiled, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    ...['--outDir', compiled, '--rootDir', root, '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...['--target', 'es2022', '--skipLibCheck', '--noCheck', '--sourceMap', 'false', '--declaration', 'false'],
    join(root, 'bench', 'migrations-lint', 'lint-files.ts'),
  ],
  { cwd: root, encoding: 'utf8' },
);
if (tsc.status !== 0) throw new Error(`compiling the lint failed: ${tsc.stdout}${tsc.stderr}`);
// Node resolves `libpg-query` from the compiled files' folder upwards: bench/.work is inside the repo.
const oursScript = join(compiled, 'bench', 'migrations-lint', 'lint-files.js');

interface Phases {
  nodeMs: number;
  modulesMs: number;
  bootMs: number;
  readMs: number;
  loadMs: number;
  lintMs: number;
  outputMs: number;
  findings: number;
}

// The same script as one bundled file (esbuild, when installed: it comes with tsx), to measure what
// module resolution costs: the published CLI runs lib/ (one file per module), the Action a bundle.
const bundledScript = join(work, 'migrations-lint-bundle', 'lint-files.mjs');
let haveBundle = false;
try {
  const esbuild = await import('esbuild');
  rmSync(dirname(bundledScript), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'migrations-lint', 'lint-files.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundledScript,
    // libpg-query's Emscripten loader is CommonJS: it requires node:fs and finds its .wasm through
    // __dirname (the Action's entry sets it the same way for its ncc bundle).
    banner: {
      js:
        "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url); " +
        `globalThis.__dirname ??= ${JSON.stringify(join(root, 'node_modules', 'libpg-query', 'wasm'))};`,
    },
    logLevel: 'error',
  });
  haveBundle = true;
} catch (e) {
  console.log(`no bundled variant: esbuild is not available here (${(e as Error).message.split('\n')[0]})`);
}

const peerModules = ensurePeer('squawk-cli', 'squawk-cli@2.66.0');
const squawkBin = join(peerModules, '@squawk-cli', `${process.platform}-${process.arch}`, 'bin', 'squawk');
const haveSquawk = existsSync(squawkBin);
if (!haveSquawk)
  console.log(`squawk-cli has no binary for ${process.platform}-${process.arch} here (skipping the peer)`);

const oursMs: number[] = [];
const phases: Phases[] = [];
const squawkMs: number[] = [];
const bareNodeMs: number[] = [];
const bundledMs: number[] = [];
let squawkFindings = -1;
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  bareNodeMs.push(performance.now() - t);
  if (haveBundle) {
    t = performance.now();
    const b = spawnSync(process.execPath, [bundledScript, ...files], { encoding: 'utf8', maxBuffer: 256 << 20 });
    bundledMs.push(performance.now() - t);
    if (b.status !== 0) throw new Error(`our bundled lint process failed (${b.status}): ${b.stderr}`);
  }
  t = performance.now();
  const ours = spawnSync(process.execPath, [oursScript, ...files], { encoding: 'utf8', maxBuffer: 256 << 20 });
  oursMs.push(performance.now() - t);
  if (ours.status !== 0) throw new Error(`our lint process failed (${ours.status}): ${ours.stderr}`);
  phases.push(JSON.parse(ours.stderr.trim().split('\n').pop() ?? '{}') as Phases);
  if ((JSON.parse(ours.stdout) as unknown[]).length !== phases[i].findings) throw new Error('our JSON output is short');
  if (!haveSquawk) continue;
  t = performance.now();
  const sq = spawnSync(squawkBin, ['--reporter', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 << 20 });
  squawkMs.push(performance.now() - t);
  if (sq.status !== 0 && sq.status !== 1) throw new Error(`squawk failed (${sq.status}): ${sq.stderr}`);
  squawkFindings = (JSON.parse(sq.stdout) as unknown[]).length;
}

/** Reads and lints every file (batched parser calls); returns the number of findings. */
function lintAll(paths: string[]): number {
  const inputs = paths.map((file) => ({ file, sql: readFileSync(file, 'utf8') }));
  return lintMigrationFilesSync(inputs).reduce((n, f) => n + f.length, 0);
}

// Ours warm, in this process: parser loaded, code warmed up on a different corpus (another seed)
// until V8 has optimized it (about a dozen passes of 500 files reach the steady state).
await loadParser();
const warmUp = generateCorpus(join(work, 'migrations-lint-warmup'), count, 7);
for (let i = 0; i < 15; i++) lintAll(warmUp);
const warmMs: number[] = [];
let oursFindings = 0;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  oursFindings = lintAll(files);
  warmMs.push(performance.now() - t);
}

const inside = (pick: (p: Phases) => number) => fmt(median(phases.map(pick)));
const firstPassMs = phases.map((p) => p.readMs + p.loadMs + p.lintMs);
console.log(`node ${process.version}, ${runs} runs of each, interleaved`);
if (haveSquawk) {
  console.log(`squawk ${squawkVersion()} (binary, json), whole process: ${list(squawkMs)}; ${squawkFindings} findings`);
}
console.log(`node itself (node -e 0), whole process: ${list(bareNodeMs)}`);
console.log(`ours (node + compiled JS), whole process: ${list(oursMs)}; ${phases[0].findings} findings`);
console.log(
  `  inside our process (medians): node start ${inside((p) => p.nodeMs)}, module load ${inside((p) => p.modulesMs)}, ` +
    `read files ${inside((p) => p.readMs)}, parser load ${inside((p) => p.loadMs)}, lint ${inside((p) => p.lintMs)}, ` +
    `JSON output ${inside((p) => p.outputMs)}`,
);
if (haveBundle) console.log(`ours bundled (one JS file, esbuild), whole process: ${list(bundledMs)}`);
console.log(`ours (warm, in process): ${list(warmMs)}; ${oursFindings} findings`);
if (haveSquawk) {
  const sq = median(squawkMs);
  console.log(
    `ratio ours/squawk: ${ratio(median(oursMs), sq)} (whole process), ${ratio(median(warmMs), sq)} (warm); ` +
      `first lint in a fresh process, after node start-up: ${ratio(median(firstPassMs), sq)}`,
  );
  console.log(
    `  for reference: node -e 0 alone is ${ratio(median(bareNodeMs), sq)}` +
      (haveBundle ? `; ours bundled ${ratio(median(bundledMs), sq)} (whole process)` : ''),
  );
  const met = median(oursMs) <= sq;
  console.log(
    `goal (issue 4): ours <= 1.0× squawk, read as the whole-process ratio (both cold, same files, JSON out): ` +
      `${met ? 'met' : 'NOT met'} on this run`,
  );
}

function squawkVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(peerModules, 'squawk-cli', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '?';
  }
}
