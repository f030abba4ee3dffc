import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
