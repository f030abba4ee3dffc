/**
 * Startup benchmark on GitHub's REST description (@octokit/openapi, 13 MB, 1,223 operations):
 * wall time from process start to the first validated response, in the same run, for
 *   - our generated Express server, compiled to JavaScript by tsc (validators compiled ahead of time),
 *   - express-openapi-validator (Express 5; reads and compiles the spec at startup),
 *   - fastify-openapi-glue (Fastify 5; Ajv strict off for GitHub's `example` keywords).
 * Both peers get a copy of the spec with `nullable` removed where no `type` is beside it
 * (145 places): without that fix express-openapi-validator answers 500 and the glue refuses to
 * start. Generation, the tsc compile and the spec fix happen before the timing starts.
 * Each sample: spawn the server, wait for `listening PORT`, send a valid request
 * (GET /repos/octo/hello/issues?per_page=5&state=open → 200), stop the clock when its body has
 * arrived; then check an invalid one (per_page=abc → 400) to prove validation is on.
 * Peers are installed on demand into bench/.work/peers (see bench/lib/peer.ts).
 * Usage: node --import tsx bench/routes-startup/run.ts [--runs N] [--spec FILE] [--regenerate]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensurePeer } from '../lib/peer.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    spec: { type: 'string', default: join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json') },
    regenerate: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const spec = resolve(values.spec!);
const work = join(root, 'bench', '.work', 'routes-startup');
mkdirSync(work, { recursive: true });
writeFileSync(join(root, 'bench', '.work', '.gitignore'), '*\n');
const servers = join(root, 'bench/routes-startup/servers.mjs');
const VALID = '/repos/octo/hello/issues?per_page=5&state=open';
const INVALID = '/repos/octo/hello/issues?per_page=abc';

/** Removes `nullable` where no `type` is beside it: the fix both peers need for GitHub's spec. */
function stripUntypedNullable(value: unknown): number {
  let removed = 0;
  if (Array.isArray(value)) for (const v of value) removed += stripUntypedNullable(v);
  else if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    if ('nullable' in obj && !('type' in obj)) {
      delete obj.nullable;
      removed++;
    }
    for (const v of Object.values(obj)) removed += stripUntypedNullable(v);
  }
  return removed;
}

function run(label: string, cmd: string, args: string[], cwd = root): void {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}): ${(r.stdout + r.stderr).slice(0, 3000)}`);
  console.log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s (not timed)`);
}

// 1. Our server: generate for Express, compile with tsc (emit only; the project's own tsc --strict
//    is covered by test/routes/generate/github.test.ts), into bench/.work/routes-startup/ours/dist.
const ours = join(work, 'ours');
const dist = join(ours, 'dist');
console.log('preparing (not timed):');
if (values.regenerate || !existsSync(join(dist, 'generated/routes.js'))) {
  rmSync(ours, { recursive: true, force: true });
  const gen = join(root, 'bench/routes-generate/ours.ts');
  run('generate (express)', process.execPath, ['--import', 'tsx', gen, spec, 'express', ours, 'no-schema-validation']);
  const files = ['generated', 'handlers'].flatMap((d) => readdirSync(join(ours, d)).map((f) => join(d, f)));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const flags = ['--noCheck', '--outDir', 'dist', '--rootDir', '.', '--module', 'nodenext'];
  flags.push('--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node');
  run('tsc → JavaScript', process.execPath, [tsc, ...flags, ...files], ours);
}

// 2. The peers' copy of the spec, with the nullable fix.
const fixed = join(work, 'spec-nullable-fixed.json');
if (values.regenerate || !existsSync(fixed) || statSync(fixed).mtimeMs < statSync(spec).mtimeMs) {
  const doc = JSON.parse(readFileSync(spec, 'utf8')) as unknown;
  const removed = stripUntypedNullable(doc);
  writeFileSync(fixed, JSON.stringify(doc));
  console.log(`  peers' spec: removed ${removed} \`nullable\` without a \`type\``);
}
const modules = ensurePeer('express-openapi-validator', 'express-openapi-validator@5.6.2');
ensurePeer('fastify-openapi-glue', 'fastify-openapi-glue@4.11.4');
const version = (name: string) =>
  (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;
const local = (name: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

interface Sample {
  ms: number;
  validStatus: number;
  invalidStatus: number;
}

/** Starts one server, times process start → first validated response, checks a 400, stops it. */
async function sample(args: string[]): Promise<Sample> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [servers, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const port = await new Promise<number>((resolvePort, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`no 'listening' after 120 s: ${stderr.slice(0, 2000)}`)),
        120_000,
      );
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening (\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolvePort(Number(m[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}) before listening: ${stderr.slice(0, 2000)}`));
      });
    });
    const valid = await fetch(`http://127.0.0.1:${port}${VALID}`);
    await valid.text();
    const ms = performance.now() - t0;
    const invalid = await fetch(`http://127.0.0.1:${port}${INVALID}`);
    await invalid.text();
    return { ms, validStatus: valid.status, invalidStatus: invalid.status };
  } finally {
    child.kill();
  }
}

const contenders = [
  { name: `backend-gate (generated Express ${local('express')}, compiled JS)`, args: ['ours', dist] },
  {
    name: `express-openapi-validator ${version('express-openapi-validator')} + Express ${local('express')}`,
    args: ['express-openapi-validator', fixed, modules],
  },
  {
    name: `fastify-openapi-glue ${version('fastify-openapi-glue')} + Fastify ${local('fastify')}`,
    args: ['fastify-openapi-glue', fixed, modules],
  },
];
const results = contenders.map((c) => ({ ...c, samples: [] as Sample[] }));
console.log(
  `\nspec: ${spec} (${(statSync(spec).size / 1e6).toFixed(1)} MB), ${runs} run(s) each, node ${process.version}`,
);
// Interleaved, so machine noise hits every side alike.
for (let i = 0; i < runs; i++) for (const r of results) r.samples.push(await sample(r.args));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
const medians = results.map((r) => median(r.samples.map((s) => s.ms)));
const fasterPeer = Math.min(medians[1], medians[2]);
console.log(
  '\n| server | median start → first validated response (s) | runs (s) | valid / invalid status | vs faster peer |',
);
console.log('|---|---|---|---|---|');
results.forEach((r, i) => {
  const runsText = r.samples.map((s) => (s.ms / 1000).toFixed(2)).join(', ');
  const statuses = [...new Set(r.samples.map((s) => `${s.validStatus} / ${s.invalidStatus}`))].join(', ');
  console.log(
    `| ${r.name} | ${(medians[i] / 1000).toFixed(2)} | ${runsText} | ${statuses} | ${(medians[i] / fasterPeer).toFixed(3)}× |`,
  );
});
const ratio = medians[0] / fasterPeer;
console.log(`\nours / faster peer = ${ratio.toFixed(3)}× (goal ≤ 0.1×): ${ratio <= 0.1 ? 'met' : 'NOT met'}`);
const wrong = results.filter((r) => r.samples.some((s) => s.validStatus !== 200 || s.invalidStatus !== 400));
if (wrong.length > 0) {
  console.log(`validation check failed for: ${wrong.map((r) => r.name).join('; ')}`);
  process.exitCode = 1;
}
