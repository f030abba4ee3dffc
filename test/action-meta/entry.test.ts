import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Runs the committed bundle exactly as the runner would: `node dist/index.js` with INPUT_* variables.
function runAction(env: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-action-'));
  try {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
    );
    return spawnSync(process.execPath, [path.resolve('dist/index.js')], {
      cwd: dir,
      env: { ...clean, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('INPUT_MODE=nonsense fails with one line naming the allowed modes, and no stack trace', () => {
  const r = runAction({ INPUT_MODE: 'nonsense' });
  assert.equal(r.status, 1);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  assert.deepEqual(errors, [
    "::error::Invalid input 'mode' 'nonsense'. Expected one of: routes, migrations, loadtest, audit.",
  ]);
  assert.ok(!/\n\s+at /.test(r.stdout + r.stderr), 'no stack trace');
});

test('a bad fail-on input is a one-line configuration error', () => {
  const r = runAction({ INPUT_MODE: 'routes', 'INPUT_FAIL-ON': 'sometimes' });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /::error::Invalid input 'fail-on' 'sometimes'\. Expected one of: error, warning, never\./);
});

test('the bundle runs a mode end to end: routes on the demo fails on the removed operation and writes its outputs', () => {
  const demo = path.resolve('fixtures/demo');
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-action-routes-'));
  try {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
    );
    const summary = path.join(dir, 'summary.md');
    const output = path.join(dir, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const r = spawnSync(process.execPath, [path.resolve('dist/index.js')], {
      cwd: dir,
      env: {
        ...clean,
        RUNNER_TEMP: dir,
        GITHUB_WORKSPACE: path.dirname(demo),
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        INPUT_MODE: 'routes',
        'INPUT_WORKING-DIRECTORY': 'demo',
        'INPUT_SARIF-FILE': path.join(dir, 'routes.sarif'),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(
      r.stdout,
      /::error title=backend-gate routes%3A operation-removed,file=demo\/openapi\.base\.yaml,line=157/,
    );
    const outputs = readFileSync(output, 'utf8');
    assert.match(outputs, /result<<.*\nfail\n/);
    assert.match(readFileSync(summary, 'utf8'), /operation-removed/);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'routes.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string }[] }[];
    };
    assert.ok(sarif.runs[0].results.some((x) => x.ruleId === 'operation-removed'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const github = (v: string) => path.resolve('node_modules', `octokit-openapi-${v}`, 'generated', 'api.github.com.json');
const noGithub = ['23.0.1', '23.0.2'].some((v) => !existsSync(github(v)))
  ? '@octokit/openapi 23.0.1 / 23.0.2 not installed (npm ci installs the aliases)'
  : false;

test(
  'the bundle checks big specs in its worker thread (started from dist/index.js): a broken head is a one-line error at its line',
  { skip: noGithub },
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bg-action-worker-'));
    try {
      const clean = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
      );
      const head = JSON.parse(readFileSync(github('23.0.2'), 'utf8')) as { paths: Record<string, { get: object }> };
      // `responses` must be an object; a string fails the OpenAPI schema (and Ajv's runtime helpers run).
      head.paths['/meta'].get = { ...head.paths['/meta'].get, responses: 'none' };
      const text = JSON.stringify(head, null, 2);
      writeFileSync(path.join(dir, 'head.json'), text);
      writeFileSync(path.join(dir, 'base.json'), readFileSync(github('23.0.1')));
      const run = () =>
        spawnSync(process.execPath, [path.resolve('dist/index.js')], {
          cwd: dir,
          env: {
            ...clean,
            RUNNER_TEMP: dir,
            GITHUB_WORKSPACE: dir,
            INPUT_MODE: 'routes',
            INPUT_BASE: 'base.json',
            INPUT_HEAD: 'head.json',
            INPUT_COMMENT: 'false',
          },
          encoding: 'utf8',
          timeout: 60_000,
        });
      let r = run();
      const line = text.split('\n').findIndex((l) => l.includes('"responses": "none"')) + 1;
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(
        r.stdout,
        new RegExp(`::error::head\\.json:${line}:\\d+: #/paths/~1meta/get/responses must be object\\.`),
      );
      assert.doesNotMatch(r.stdout + r.stderr, /internal error|\n\s+at /);

      writeFileSync(path.join(dir, 'head.json'), readFileSync(github('23.0.2')));
      r = run();
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /Compared 1223 → 1223 operations: 0 changed, 1223 unchanged/);
      assert.match(r.stdout, /::debug::The specs were checked in a worker thread/, 'the worker runs from the bundle');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
