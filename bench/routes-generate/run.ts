/**
 * Route generation benchmark on GitHub's REST description (@octokit/openapi, 13 MB, 1,223
 * operations), in the same run: openapi-typescript (types only, its CLI) against our full
 * scaffold (types, handler contracts, ahead-of-time validators, routes) for each framework.
 * Both sides are whole processes timed by wall clock, cold, with the spec read from disk;
 * ours also validates the spec against the OpenAPI schema, as the CLI does by default.
 * Usage: node --import tsx bench/routes-generate/run.ts [--runs N] [--spec FILE]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    spec: { type: 'string', default: join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json') },
  },
});
const runs = Number(values.runs);
const spec = resolve(values.spec!);
const work = join(root, 'bench', '.work', 'routes-generate');
mkdirSync(work, { recursive: true });
writeFileSync(join(root, 'bench', '.work', '.gitignore'), '*\n');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(label: string, cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return ms;
}

const otsCli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js');
const otsVersion = (require('openapi-typescript/package.json') as { version: string }).version;
console.log(
  `spec: ${spec} (${(statSync(spec).size / 1e6).toFixed(1)} MB), ${runs} run(s) each, node ${process.version}`,
);

const results: { name: string; ms: number[] }[] = [{ name: `openapi-typescript ${otsVersion} (types only)`, ms: [] }];
const frameworks = ['express', 'fastify', 'koa'] as const;
for (const fw of frameworks) results.push({ name: `backend-gate ${fw} (full scaffold)`, ms: [] });

// Interleaved, so machine noise hits both sides alike.
for (let i = 0; i < runs; i++) {
  const otsOut = join(work, 'openapi-typescript.d.ts');
  results[0].ms.push(timed('openapi-typescript', process.execPath, [otsCli, spec, '-o', otsOut]));
  frameworks.forEach((fw, j) => {
    const out = join(work, fw);
    rmSync(out, { recursive: true, force: true });
    const script = join(root, 'bench/routes-generate/ours.ts');
    results[j + 1].ms.push(timed(fw, process.execPath, ['--import', 'tsx', script, spec, fw, out]));
  });
}

const base = median(results[0].ms);
console.log('\n| tool | median wall (s) | runs (s) | vs openapi-typescript |');
console.log('|---|---|---|---|');
for (const r of results) {
  const m = median(r.ms);
  const runsText = r.ms.map((x) => (x / 1000).toFixed(2)).join(', ');
  console.log(`| ${r.name} | ${(m / 1000).toFixed(2)} | ${runsText} | ${(m / base).toFixed(2)}× |`);
}
