import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main, type CliIo } from '../../src/cli/main.js';

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

async function cli(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: CliIo = { stdout, stderr, env: { ...process.env, NO_COLOR: '1' }, cwd };
  const code = await main(args, io);
  return { code, out: stdout.text, err: stderr.text };
}

test('no command prints the usage and exits 2; --help exits 0 and lists every mode', async () => {
  const none = await cli([]);
  assert.equal(none.code, 2);
  const help = await cli(['--help']);
  assert.equal(help.code, 0);
  for (const word of ['routes', 'migrations', 'loadtest', 'audit', 'demo', 'Exit codes'])
    assert.ok(help.out.includes(word), word);
});

test('every mode has its own --help', async () => {
  for (const mode of ['routes', 'migrations', 'loadtest', 'audit']) {
    const r = await cli([mode, '--help']);
    assert.equal(r.code, 0, `${mode} --help: ${r.err}`);
    assert.ok(r.out.includes('--fail-on'), `${mode} help shows the global options`);
  }
});

test('an unknown command and an unknown flag are usage errors (exit 2) with a pointer to --help', async () => {
  const cmd = await cli(['deploy']);
  assert.equal(cmd.code, 2);
  assert.match(cmd.err, /unknown command 'deploy'\. Expected one of: routes, migrations, loadtest, audit, demo/);
  const flag = await cli(['routes', '--frobnicate']);
  assert.equal(flag.code, 2);
  assert.match(flag.err, /--frobnicate/);
  assert.match(flag.err, /backend-gate routes --help/);
  assert.ok(!/\n\s+at /.test(flag.err), 'no stack trace');
});

test('a bad --format or --fail-on value is a usage error naming the allowed values', async () => {
  const f = await cli(['routes', '--format', 'html']);
  assert.equal(f.code, 2);
  assert.match(f.err, /Invalid --format 'html'\. Expected one of: text, json, markdown, sarif/);
  const g = await cli(['routes', '--fail-on', 'sometimes']);
  assert.equal(g.code, 2);
  assert.match(g.err, /error, warning, never/);
});

test('a config with an unknown key fails with file:line:column and exit 2, never a stack trace', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-cli-'));
  try {
    writeFileSync(path.join(dir, '.backend-gate.yml'), 'fail-on: error\nloadtest:\n  treshold: 3\n');
    const r = await cli(['loadtest'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.backend-gate\.yml:3:3: unknown key 'treshold' in 'loadtest'/);
    assert.ok(!/\n\s+at /.test(r.err), 'no stack trace');
    const missing = await cli(['routes', '--config', 'nope.yml'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.yml: config file not found/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
