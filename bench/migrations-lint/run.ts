/**
 * Static lint benchmark: our lint vs squawk-cli on the same 500 generated migration files, in the
 * same run. Usage: node --import tsx bench/migrations-lint/run.ts [--files N] [--runs N]
 *
 * Ours is timed in one process with the parser module loaded (reading and linting every file, with
 * batched parser calls): the first pass, while V8 still compiles the WASM parser and our code, and
 * warm passes after a warm-up on a different corpus. squawk is its native binary (`--reporter json`,
 * never the node shim or the tty reporter), whole process wall time. Also printed: our whole cold
 * process (node + tsx + WASM load + lint) for a like-for-like CLI comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lintMigrationFilesSync, loadParser } from '../../src/migrations/lint/index.js';
import { generateCorpus } from './corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: { files: { type: 'string', default: '500' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.files);
const runs = Number(values.runs);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const work = join(root, 'bench', '.work');
mkdirSync(work, { recursive: true });
writeFileSync(join(work, '.gitignore'), '*\n');
const dir = join(work, 'migrations-lint');
const files = generateCorpus(dir, count);
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB in ${dir}`);

/** Reads and lints every file (batched parser calls); returns the number of findings. */
function lintAll(paths: string[]): number {
  const inputs = paths.map((file) => ({ file, sql: readFileSync(file, 'utf8') }));
  return lintMigrationFilesSync(inputs).reduce((n, f) => n + f.length, 0);
}

// Ours in one process: parser loaded, first pass (JIT and WASM tiers still cold), then warm
// passes after warming up on a different corpus (same generator, another seed).
const loadStart = performance.now();
await loadParser();
const loadMs = performance.now() - loadStart;
let t0 = performance.now();
const oursFindings = lintAll(files);
const firstPassMs = performance.now() - t0;
const warmUp = generateCorpus(join(work, 'migrations-lint-warmup'), 200, 7);
for (let i = 0; i < 3; i++) lintAll(warmUp);
const oursMs: number[] = [];
for (let i = 0; i < runs; i++) {
  t0 = performance.now();
  lintAll(files);
  oursMs.push(performance.now() - t0);
}

// Ours, cold: a fresh node process doing the same (what `backend-gate migrations lint` costs).
const coldMs: number[] = [];
const script =
  `import { readFileSync } from 'node:fs';` +
  `import { lintMigrationFiles } from ${JSON.stringify(join(root, 'src/migrations/lint/index.ts'))};` +
  `const r = await lintMigrationFiles(${JSON.stringify(files)}.map((file) => ({ file, sql: readFileSync(file, 'utf8') })));` +
  `console.log(r.flat().length);`;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  coldMs.push(performance.now() - t);
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
}

// squawk: its native binary directly.
const squawkBin = join(root, 'node_modules', '@squawk-cli', 'linux-x64', 'bin', 'squawk');
const squawkMs: number[] = [];
let squawkFindings = -1;
if (existsSync(squawkBin)) {
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(squawkBin, ['--reporter', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 << 20 });
    squawkMs.push(performance.now() - t);
    if (r.status !== 0 && r.status !== 1) throw new Error(`squawk failed (${r.status}): ${r.stderr}`);
    squawkFindings = (JSON.parse(r.stdout) as unknown[]).length;
  }
} else {
  console.log('squawk-cli not installed: npm install -D squawk-cli (skipping the peer)');
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`parser load (WASM): ${fmt(loadMs)}`);
console.log(`ours (first pass, in process): ${fmt(firstPassMs)}, ${oursFindings} findings`);
console.log(`ours (warm, in process):       median ${fmt(median(oursMs))} [${oursMs.map(fmt).join(', ')}]`);
console.log(`ours (cold process):     median ${fmt(median(coldMs))} [${coldMs.map(fmt).join(', ')}]`);
if (squawkMs.length) {
  console.log(
    `squawk ${squawkVersion()} (binary, json): median ${fmt(median(squawkMs))} [${squawkMs.map(fmt).join(', ')}], ${squawkFindings} findings`,
  );
  const sq = median(squawkMs);
  console.log(
    `ratio ours/squawk: warm ${(median(oursMs) / sq).toFixed(2)}x (goal <= 1.0x), first pass ` +
      `${(firstPassMs / sq).toFixed(2)}x, cold process ${(median(coldMs) / sq).toFixed(2)}x`,
  );
}

function squawkVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(join(root, 'node_modules', 'squawk-cli', 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return '?';
  }
}
