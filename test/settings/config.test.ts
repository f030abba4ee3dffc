import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, parseConfig } from '../../src/settings/config.js';
import { ConfigurationError } from '../../src/errors.js';

function expectConfigError(text: string, check: (e: ConfigurationError) => void): void {
  assert.throws(
    () => parseConfig(text, '.backend-gate.yml'),
    (e: unknown) => {
      assert.ok(e instanceof ConfigurationError, `expected ConfigurationError, got ${String(e)}`);
      check(e);
      return true;
    },
  );
}

test('an unknown top-level key is reported with its line, column and the allowed keys', () => {
  expectConfigError('fail-on: error\nroutess:\n  spec: x.yaml\n', (e) => {
    assert.equal(e.file, '.backend-gate.yml');
    assert.equal(e.line, 2);
    assert.equal(e.column, 1);
    assert.match(e.message, /unknown key 'routess'/);
    assert.match(e.message, /Allowed keys: .*routes/);
    assert.match(e.describe(), /^\.backend-gate\.yml:2:1: /);
  });
});

test('a bad enum value names the allowed values and the line of the value', () => {
  expectConfigError('comment: true\nfail-on: sometimes\n', (e) => {
    assert.equal(e.line, 2);
    assert.equal(e.column, 10);
    assert.match(e.message, /'fail-on' must be one of: error, warning, never/);
  });
});

test('a wrong type is reported with the expected type', () => {
  expectConfigError('comment: "yes please"\n', (e) => {
    assert.equal(e.line, 1);
    assert.match(e.message, /'comment' must be a boolean/);
  });
});

test('broken YAML is reported with its position, not a stack trace', () => {
  expectConfigError('fail-on: error\nroutes: [unclosed\n', (e) => {
    assert.match(e.message, /^invalid YAML/);
    assert.ok(e.line && e.line >= 2, `line ${e.line}`);
  });
});

test('an ignore entry needs a reason, and the error points at the entry', () => {
  expectConfigError('ignore:\n  - rule: p99-threshold\n', (e) => {
    assert.equal(e.line, 2);
    assert.match(e.message, /'ignore.0' is missing the required key 'reason'/);
  });
});

test('an ignore expiry must be a date', () => {
  expectConfigError(
    'ignore:\n  - rule: p99-threshold\n    reason: flaky on shared runners\n    expires: next week\n',
    (e) => {
      assert.equal(e.line, 4);
      assert.match(e.message, /YYYY-MM-DD/);
    },
  );
});

test('a duplicate key is a YAML error', () => {
  expectConfigError('fail-on: error\nfail-on: warning\n', (e) => {
    assert.equal(e.line, 2);
  });
});

test('a valid config loads, and lineOf points into it', () => {
  const cfg = parseConfig('fail-on: warning\nrules:\n  p99-threshold: warning\n', 'x.yml');
  assert.equal(cfg.raw['fail-on'], 'warning');
  assert.deepEqual(cfg.raw.rules, { 'p99-threshold': 'warning' });
  assert.equal(cfg.lineOf(['rules', 'p99-threshold']), 3);
});

test('a missing config is fine by default and an error when named explicitly', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-config-'));
  try {
    const file = path.join(dir, 'nope.yml');
    assert.equal(loadConfig(file).found, false);
    assert.throws(() => loadConfig(file, { required: true, displayName: 'nope.yml' }), /config file not found/);
    writeFileSync(file, 'fail-on: never\n');
    assert.equal(loadConfig(file).raw['fail-on'], 'never');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
