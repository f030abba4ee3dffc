import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAuditSettings } from '../../src/audit/settings.js';
import { ConfigurationError } from '../../src/errors.js';
import { parseConfig } from '../../src/settings/config.js';
import { buildCommonSettings } from '../../src/settings/settings.js';

function ctxFor(yaml: string, env: Record<string, string> = {}) {
  const config = parseConfig(yaml, '.backend-gate.yml');
  return { settings: buildCommonSettings('audit', '/repo', config, {}), env };
}

test('the URL comes from the environment variable that audit.database-url-env names', () => {
  const ctx = ctxFor('audit:\n  database-url-env: AUDIT_DB\n  schemas: [public, billing]\n  output: migrations\n', {
    AUDIT_DB: 'postgres://ro:pw@db:5432/app',
  });
  const s = buildAuditSettings(ctx, {});
  assert.equal(s.databaseUrl, 'postgres://ro:pw@db:5432/app');
  assert.deepEqual(s.schemas, ['public', 'billing']);
  assert.equal(s.output, '/repo/migrations');
  assert.equal(s.slowStatementMs, 100);
  assert.equal(s.minCostReduction, 0.5);
});

test('flags override the config: --database-url, --schemas a,b, --slow-statement-ms', () => {
  const ctx = ctxFor('audit:\n  database-url-env: AUDIT_DB\n  slow-statement-ms: 500\n', {
    AUDIT_DB: 'postgres://a@b/c',
  });
  const s = buildAuditSettings(ctx, {
    'database-url': 'postgres://x@y/z',
    schemas: 'public, sales',
    'slow-statement-ms': '25',
  });
  assert.equal(s.databaseUrl, 'postgres://x@y/z');
  assert.deepEqual(s.schemas, ['public', 'sales']);
  assert.equal(s.slowStatementMs, 25);
});

test('a named but unset variable is a configuration error pointing at the config line', () => {
  const ctx = ctxFor('fail-on: error\naudit:\n  database-url-env: AUDIT_DB\n');
  assert.throws(
    () => buildAuditSettings(ctx, {}),
    (e: ConfigurationError) =>
      e instanceof ConfigurationError &&
      e.line === 3 &&
      /AUDIT_DB, but it is not set/.test(e.message) &&
      /secrets\.AUDIT_DB/.test(e.message),
  );
});

test('no URL at all is a configuration error saying both ways to give one', () => {
  assert.throws(() => buildAuditSettings(ctxFor('audit: {}\n'), {}), /pass --database-url .* audit\.database-url-env/);
});

test('a literal URL in database-url-env is refused by the config schema (no passwords in the config)', () => {
  assert.throws(
    () => parseConfig('audit:\n  database-url-env: postgres://u:secret@db/app\n', '.backend-gate.yml'),
    (e: ConfigurationError) =>
      e.line === 2 && /database-url-env/.test(e.message) && /NAME of an environment variable/.test(e.message),
  );
});

test('an unknown audit key is reported with its line and the allowed keys', () => {
  assert.throws(
    () => parseConfig('audit:\n  database-url: postgres://u:p@h/d\n', '.backend-gate.yml'),
    (e: ConfigurationError) =>
      e.line === 2 && /unknown key 'database-url'/.test(e.message) && /database-url-env/.test(e.message),
  );
});

test('a bad --slow-statement-ms is a configuration error', () => {
  const ctx = ctxFor('audit: {}\n');
  assert.throws(
    () => buildAuditSettings(ctx, { 'database-url': 'postgres://a@b/c', 'slow-statement-ms': 'fast' }),
    /Invalid --slow-statement-ms 'fast'/,
  );
});
