import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { buildLoadtestSettings } from '../../src/loadtest/settings.js';
import { contextFor } from './helpers.js';

// The base answers /items after 5 ms; a head that adds 40 ms is a regression far beyond the
// loopback noise, and with 4 connections throughput falls from ~700 to ~90 req/s.
const BASE_DELAY_MS = 5;
const ADDED_DELAY_MS = 50;

/** A small node:http app; it refuses to start without built.txt, which only the build command writes in the base. */
function appSource(delayMs: number): string {
  return `const fs = require('node:fs');
const http = require('node:http');
fs.readFileSync('built.txt');
http
  .createServer((req, res) => {
    const reply = () => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2 });
      res.end('ok');
    };
    if (req.url === '/items') setTimeout(reply, ${delayMs});
    else reply();
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });

/** A git repo with two commits of the app: base (5 ms) and head (5 ms + headExtraMs). */
function makeRepo(headExtraMs: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-ab-repo-'));
  git(dir, 'init', '-q');
  writeFileSync(path.join(dir, '.gitignore'), 'built.txt\n');
  writeFileSync(path.join(dir, 'app.js'), appSource(BASE_DELAY_MS));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  writeFileSync(path.join(dir, 'app.js'), appSource(BASE_DELAY_MS + headExtraMs) + '// head\n');
  git(dir, 'commit', '-q', '-am', 'head');
  // The head is "already built" in the user's checkout; the base is built by build-command.
  writeFileSync(path.join(dir, 'built.txt'), 'head\n');
  return dir;
}

const config = `
loadtest:
  start-command: node app.js
  startup-timeout: 10
  trials: 3
  scenarios:
    - name: list items
      path: /items
      connections: 4
      duration: 0.5
      warmup: 0.2
  ab:
    base-ref: HEAD~1
    build-command: echo base > built.txt
`;

function worktrees(dir: string): number {
  return git(dir, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree ')).length;
}

test(`A/B against HEAD~1: a head that adds ${ADDED_DELAY_MS} ms to /items is an ab-latency-regression; the worktree is removed`, async () => {
  const dir = makeRepo(ADDED_DELAY_MS);
  try {
    const ctx = contextFor(config, dir);
    const report = await loadtestCommand.run(ctx, { positionals: [], flags: {} });
    const latency = report.findings.filter((f) => f.rule === 'ab-latency-regression');
    // p50 moves by the whole added delay in every trial; p99 on a busy 2-core runner may have one
    // outlier trial whose spread covers the change, and then it is rightly not called.
    assert.deepEqual(
      latency.slice(0, 1).map((f) => [f.data?.scenario, f.data?.metric, f.severity]),
      [['list items', 'p50', 'error']],
    );
    assert.ok(latency.every((f) => f.data?.metric === 'p50' || f.data?.metric === 'p99'));
    const p50 = latency[0];
    assert.ok(Number(p50.data?.baseline) >= BASE_DELAY_MS, `base p50 ${String(p50.data?.baseline)} ms`);
    assert.ok(Number(p50.data?.value) >= BASE_DELAY_MS + ADDED_DELAY_MS, `head p50 ${String(p50.data?.value)} ms`);
    assert.match(
      p50.message,
      /^list items: P50 latency went from base [\d.]+ ms \(.*n=3\) to head [\d.]+ ms \(.*n=3\)/,
    );
    assert.deepEqual(
      report.findings.filter((f) => f.rule === 'ab-throughput-regression').map((f) => f.data?.metric),
      ['rps'],
    );
    const table = report.tables.find((t) => t.title.startsWith('Base (HEAD~1) vs head, 3 interleaved trials'));
    assert.ok(table?.rows.some((r) => r[1] === 'p50' && r[5] === 'regression'));
    assert.ok(report.metrics['ab.list-items.head.p50_ms'] > report.metrics['ab.list-items.base.p50_ms']);
    // Interleaved: base, head, base, head…
    const order = ctx.log.lines
      .map((l) => /\[(base|head)\] \(trial (\d)\/3\)/.exec(l))
      .filter((m) => m !== null)
      .map((m) => `${m[1]}${m[2]}`);
    assert.deepEqual(order, ['base1', 'head1', 'base2', 'head2', 'base3', 'head3']);
    assert.equal(worktrees(dir), 1);
    // The user's checkout is untouched: the build ran in the worktree.
    assert.equal(git(dir, 'status', '--porcelain'), '');
    assert.equal(readFileSync(path.join(dir, 'built.txt'), 'utf8'), 'head\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('A/B against HEAD~1: a head with the same delay has no finding', async () => {
  const dir = makeRepo(0);
  try {
    const report = await loadtestCommand.run(contextFor(config, dir), { positionals: [], flags: {} });
    assert.deepEqual(
      report.findings.map((f) => `${f.rule}: ${f.message}`),
      [],
    );
    const table = report.tables.find((t) => t.title.startsWith('Base (HEAD~1) vs head'));
    assert.equal(table?.rows.length, 3);
    assert.equal(worktrees(dir), 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('A/B: a ref git does not know is a ConfigurationError naming it, and no worktree is left', async () => {
  const dir = makeRepo(0);
  try {
    await assert.rejects(
      loadtestCommand.run(contextFor(config, dir), { positionals: [], flags: { 'ab-base': 'origin/no-such-branch' } }),
      (e: unknown) =>
        e instanceof ConfigurationError &&
        /could not check out the base ref 'origin\/no-such-branch'.*fetch-depth: 0/.test(e.message),
    );
    assert.equal(worktrees(dir), 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('A/B: a base build command that fails is an ab-base-build-failed error with its last lines', async () => {
  const dir = makeRepo(0);
  try {
    const failing = config.replace('echo base > built.txt', `'echo "npm ERR! missing script: build" >&2; exit 1'`);
    const report = await loadtestCommand.run(contextFor(failing, dir), { positionals: [], flags: {} });
    assert.deepEqual(
      report.findings.map((f) => [f.rule, f.severity]),
      [['ab-base-build-failed', 'error']],
    );
    assert.match(report.findings[0].message, /exited with code 1\. Last lines:\n {2}npm ERR! missing script: build/);
    assert.equal(worktrees(dir), 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--ab-base: an existing directory is base-dir, anything else a ref; the mode needs start-command', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-ab-settings-'));
  try {
    mkdirSync(path.join(dir, 'base'));
    const ctx = { workingDirectory: dir, configFile: path.join(dir, '.backend-gate.yml') };
    const raw = { 'start-command': 'node app.js', scenarios: [{ name: 'x', path: '/x' }] };
    const asDir = buildLoadtestSettings(raw, { positionals: [], flags: { 'ab-base': 'base' } }, ctx);
    assert.deepEqual([asDir.ab?.baseDir, asDir.ab?.baseRef, asDir.trials], [path.join(dir, 'base'), undefined, 3]);
    const asRef = buildLoadtestSettings(raw, { positionals: [], flags: { 'ab-base': 'origin/main' } }, ctx);
    assert.deepEqual([asRef.ab?.baseDir, asRef.ab?.baseRef], [undefined, 'origin/main']);
    assert.throws(
      () =>
        buildLoadtestSettings(
          { scenarios: [{ name: 'x', url: 'http://127.0.0.1:1/x' }] },
          { positionals: [], flags: { 'ab-base': 'main' } },
          ctx,
        ),
      /A\/B mode .* needs loadtest.start-command/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
