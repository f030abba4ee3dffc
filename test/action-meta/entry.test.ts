import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Runs the committed bundle exactly as the runner would: `node dist/index.js` with INPUT_* variables.
function runAction(env: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-action-'));
  try {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')));
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
  assert.deepEqual(errors, ["::error::Invalid input 'mode' 'nonsense'. Expected one of: routes, migrations, loadtest, audit."]);
  assert.ok(!/\n\s+at /.test(r.stdout + r.stderr), 'no stack trace');
});

test('a bad fail-on input is a one-line configuration error', () => {
  const r = runAction({ INPUT_MODE: 'routes', 'INPUT_FAIL-ON': 'sometimes' });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /::error::Invalid input 'fail-on' 'sometimes'\. Expected one of: error, warning, never\./);
});
