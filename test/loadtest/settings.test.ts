import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigurationError } from '../../src/errors.js';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { buildLoadtestSettings, type RawLoadtest } from '../../src/loadtest/settings.js';
import { parseConfig } from '../../src/settings/config.js';
import { contextFor, FIXTURES } from './helpers.js';

const ctx = { workingDirectory: FIXTURES, configFile: '.backend-gate.yml' };
const build = (raw: RawLoadtest, positionals: string[] = [], flags = {}) =>
  buildLoadtestSettings(raw, { positionals, flags }, ctx);

test('a non-loopback target is refused unless allow-remote is set', () => {
  assert.throws(
    () => build({}, ['https://api.example.com/users']),
    (e: unknown) => e instanceof ConfigurationError && /not loopback.*allow-remote: true/.test(e.message),
  );
  const s = build({ 'allow-remote': true }, ['https://api.example.com/users']);
  assert.equal(s.scenarios[0].url, 'https://api.example.com/users');
  assert.equal(s.scenarios[0].name, 'GET /users');
});

test('CLI flags build a one-off scenario: headers, JSON body, thresholds over config defaults', () => {
  const s = build({ thresholds: { p99: 500 } }, ['http://127.0.0.1:3000/orders'], {
    method: 'post',
    header: ['Authorization: Bearer abc123', 'X-Trace: 1'],
    body: '{"product_id": 1, "quantity": 2}',
    concurrency: '50',
    duration: '30',
    p99: '200',
    'error-rate': '0',
    'expect-status': '201,202',
  });
  const sc = s.scenarios[0];
  assert.equal(sc.method, 'POST');
  assert.deepEqual(sc.headers, { Authorization: 'Bearer abc123', 'X-Trace': '1', 'content-type': 'application/json' });
  assert.equal(sc.connections, 50);
  assert.equal(sc.duration, 30);
  assert.deepEqual(sc.thresholds, { errorRate: 0, p99: 200 });
  assert.deepEqual(sc.expectStatus, [201, 202]);
  assert.equal(s.app, undefined);
});

test('paths resolve against the app started by start-command, with ${PORT} kept for the runner', () => {
  const s = build({ 'start-command': 'node app.js', scenarios: [{ name: 'a', path: '/health' }] });
  assert.equal(s.scenarios[0].url, 'http://127.0.0.1:${PORT}/health');
  assert.equal(s.app?.command, 'node app.js');
  assert.equal(s.scenarios[0].duration, 10);
  assert.equal(s.scenarios[0].thresholds.errorRate, 1);
});

test('mistakes are ConfigurationErrors that say what to do', () => {
  const cases: [RawLoadtest, RegExp][] = [
    [{ scenarios: [{ name: 'x', path: '/a' }] }, /path '\/a' needs base-url/],
    [
      { 'base-url': 'http://127.0.0.1:1', scenarios: [{ name: 'x', duration: 5, amount: 100 }] },
      /either duration or amount/,
    ],
    [{ 'base-url': 'http://127.0.0.1:1', scenarios: [{ name: 'x', duration: 900 }] }, /above max-duration/],
    [
      { 'base-url': 'http://127.0.0.1:1', scenarios: [{ name: 'x', 'body-file': 'nope.json' }] },
      /body-file 'nope.json' not found/,
    ],
    [{ 'base-url': 'http://127.0.0.1:1', scenarios: [{ name: 'x' }, { name: 'x' }] }, /two scenarios are named 'x'/],
    [{}, /nothing to load-test/],
  ];
  for (const [raw, message] of cases) {
    assert.throws(
      () => build(raw),
      (e: unknown) => e instanceof ConfigurationError && message.test(e.message),
      String(message),
    );
  }
  assert.throws(() => build({}, ['http://127.0.0.1:1/'], { header: ['no colon'] }), /must look like 'Name: value'/);
  assert.throws(
    () => build({}, ['http://127.0.0.1:1/'], { concurrency: 'many' }),
    /--concurrency 'many' must be a whole number/,
  );
});

test('the loadtest schema reports an unknown scenario key with its line and the allowed keys', () => {
  const text = 'loadtest:\n  scenarios:\n    - name: a\n      path: /\n      conections: 5\n';
  assert.throws(
    () => parseConfig(text, '.backend-gate.yml'),
    (e: unknown) =>
      e instanceof ConfigurationError &&
      e.line === 5 &&
      /unknown key 'conections'.*Allowed keys: .*connections/.test(e.message),
  );
});

test('auth headers are registered as secrets before any load is sent', async () => {
  const c = contextFor('{}');
  await assert.rejects(
    loadtestCommand.run(c, {
      positionals: ['http://10.0.0.1/'],
      flags: { header: ['Authorization: Bearer s3cr3t-token'] },
    }),
    ConfigurationError,
  );
  const c2 = contextFor(
    'loadtest: { base-url: "http://127.0.0.1:9", scenarios: [{ name: a, headers: { X-Api-Key: k3y-value }, duration: 0.2, timeout: 0.2 }] }',
  );
  const report = await loadtestCommand.run(c2, { positionals: [], flags: {} });
  assert.equal(c2.redactor.redact('key=k3y-value'), 'key=***');
  // Nothing listens on port 9: every request is refused, and the report says so.
  assert.equal(report.findings[0].rule, 'error-rate-threshold');
  assert.match(report.findings[0].message, /Connection refused: [\d,]+/);
});
