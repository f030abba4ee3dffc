import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { CONFIG_AJV_OPTIONS, VALIDATOR_FILE, configValidatorSource } from '../../src/settings/validator/build.js';
import validateCompiled from '../../src/settings/validator/config-schema.js';
import { configSchema } from '../../src/settings/schema.js';

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };

test('the committed config validator is what the installed Ajv compiles the current schema to', () => {
  const committed = readFileSync(VALIDATOR_FILE, 'utf8');
  const { digest } = configValidatorSource();
  assert.match(
    committed,
    new RegExp(`^// digest ${digest}$`, 'm'),
    'stale: run `node --import tsx src/settings/validator/build.ts` (after any change to a schema.ts)',
  );
});

const CONFIGS: Record<string, unknown>[] = [
  {},
  { 'fail-on': 'warning', comment: false, rules: { 'p99-threshold': 'off' } },
  { routes: { spec: 'openapi.yaml', framework: 'fastify', 'schema-validation': false } },
  { migrations: { dir: 'db', 'base-version': 3, lint: { exclude: ['prefer-bigint'] } } },
  {
    loadtest: {
      'start-command': 'node app.js',
      scenarios: [{ name: 'list', path: '/users', 'expect-status': [200, 304], thresholds: { p99: 200 } }],
      database: { migrations: 'db', 'env-var': 'DATABASE_URL', 'top-statements': 5 },
    },
  },
  { audit: { 'database-url-env': 'AUDIT_URL', schemas: ['public'], 'min-index-scan-share': 0.9 } },
  // invalid ones: each error keyword the messages describe
  { routess: {} },
  { 'fail-on': 'sometimes', comment: 'yes' },
  { ignore: [{ rule: 'p99-threshold' }, { reason: 'ok', expires: 'soon' }, { rule: 'Bad Rule', reason: 'x' }] },
  { routes: { spec: '', framework: 'hapi' } },
  { loadtest: { scenarios: [{ method: 'GET', path: 'users', 'expect-status': 99, connections: 0 }] } },
  { loadtest: { database: { 'env-var': '1BAD', 'min-cost-reduction': 0, extra: true } } },
  { audit: { 'database-url-env': 'postgres://u:p@h/d', 'top-statements': 1000 } },
  { migrations: { lint: { include: [] }, 'command-timeout': 0 } },
];

test('the compiled validator gives the verdicts and errors Ajv gives when compiling the schema at run time', () => {
  const fresh = new Ajv(CONFIG_AJV_OPTIONS).compile(configSchema);
  const compiled = validateCompiled as unknown as Validator;
  let invalid = 0;
  for (const config of CONFIGS) {
    const verdict = fresh(config);
    assert.equal(compiled(config), verdict, JSON.stringify(config));
    assert.deepEqual(compiled.errors ?? null, fresh.errors ?? null, JSON.stringify(config));
    if (!verdict) invalid++;
  }
  assert.equal(invalid, 8, 'every invalid sample is rejected');
});
