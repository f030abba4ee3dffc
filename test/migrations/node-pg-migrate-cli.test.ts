/**
 * migrations.single-transaction's default, read from the project's package.json scripts: false
 * when a script applies migrations with node-pg-migrate's --no-single-transaction, else true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildMigrationsSettings } from '../../src/migrations/settings.js';
import {
  nodePgMigrateScripts,
  projectKeepsSingleTransaction,
} from '../../src/migrations/sources/node-pg-migrate-cli.js';
import { parseConfig } from '../../src/settings/config.js';

function project(): {
  dir: string;
  write(rel: string, scripts: Record<string, string>): void;
  [Symbol.dispose](): void;
} {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'bg-npm-cli-')));
  mkdirSync(path.join(dir, 'db', 'migrations'), { recursive: true });
  return {
    dir,
    write: (rel, scripts) => writeFileSync(path.join(dir, rel, 'package.json'), JSON.stringify({ scripts })),
    [Symbol.dispose]: () => rmSync(dir, { recursive: true, force: true }),
  };
}

test('scripts that apply migrations with node-pg-migrate, and whether each keeps the single transaction', () => {
  const scripts = nodePgMigrateScripts({
    migrate: 'node-pg-migrate up -m db/migrations',
    'migrate:off': 'npx node-pg-migrate up --no-single-transaction',
    'migrate:false': 'node-pg-migrate --single-transaction false up',
    'migrate:eq': 'dotenv -- ./node_modules/.bin/node-pg-migrate up "--single-transaction=false"',
    'migrate:camel': 'node-pg-migrate up --singleTransaction=false',
    'migrate:true': 'node-pg-migrate up --single-transaction true',
    create: 'node-pg-migrate create --no-single-transaction',
    down: 'node-pg-migrate down --no-single-transaction',
    build: 'tsc -p . && node-pg-migrate redo',
    test: 'node --test',
    odd: 42,
  });
  assert.deepEqual(
    scripts.map((s) => [s.name, s.singleTransaction]),
    [
      ['migrate', true],
      ['migrate:off', false],
      ['migrate:false', false],
      ['migrate:eq', false],
      ['migrate:camel', false],
      ['migrate:true', true],
      ['build', true],
    ],
  );
  assert.equal(scripts.find((s) => s.name === 'build')?.command, 'node-pg-migrate redo');
});

test('the default: true without package.json or without a node-pg-migrate script; false when a script turns it off', () => {
  using p = project();
  const dir = path.join(p.dir, 'db', 'migrations');
  assert.equal(projectKeepsSingleTransaction(dir, p.dir), true);
  p.write('.', { test: 'node --test' });
  assert.equal(projectKeepsSingleTransaction(dir, p.dir), true);
  p.write('.', { migrate: 'node-pg-migrate up -m db/migrations' });
  assert.equal(projectKeepsSingleTransaction(dir, p.dir), true);
  p.write('.', { migrate: 'node-pg-migrate up -m db/migrations --no-single-transaction' });
  assert.equal(projectKeepsSingleTransaction(dir, p.dir), false);
  // The nearest package.json that runs node-pg-migrate decides (a workspace inside the repository).
  p.write('db', { migrate: 'node-pg-migrate up -m migrations' });
  assert.equal(projectKeepsSingleTransaction(dir, p.dir), true);
  p.write('db', { lint: 'eslint .' });
  assert.equal(projectKeepsSingleTransaction(dir, p.dir), false);
});

test('migrations.single-transaction in the config wins over package.json; the config validator takes a boolean only', () => {
  using p = project();
  p.write('.', { migrate: 'node-pg-migrate up --no-single-transaction' });
  const raw = { dir: 'db/migrations' };
  assert.equal(buildMigrationsSettings(raw, {}, p.dir).singleTransaction, false);
  assert.equal(buildMigrationsSettings({ ...raw, 'single-transaction': true }, {}, p.dir).singleTransaction, true);
  p.write('.', { migrate: 'node-pg-migrate up' });
  assert.equal(buildMigrationsSettings(raw, {}, p.dir).singleTransaction, true);
  assert.equal(buildMigrationsSettings({ ...raw, 'single-transaction': false }, {}, p.dir).singleTransaction, false);

  const ok = parseConfig('migrations:\n  single-transaction: false\n', '.backend-gate.yml');
  assert.deepEqual(ok.raw.migrations, { 'single-transaction': false });
  assert.throws(
    () => parseConfig('migrations:\n  single-transaction: sometimes\n', '.backend-gate.yml'),
    /single-transaction/,
  );
});
