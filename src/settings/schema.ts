/**
 * The JSON Schema of `.backend-gate.yml`. Every object is closed (additionalProperties: false)
 * so a typo is reported with its line instead of being silently ignored.
 * Each mode owns its section (src/<mode>/schema.ts); this file assembles them.
 */
import { routesSchema } from '../routes/schema.js';
import { migrationsSchema } from '../migrations/schema.js';
import { loadtestSchema } from '../loadtest/schema.js';
import { auditSchema } from '../audit/schema.js';

export type JsonSchema = Record<string, unknown>;

export const ignoreEntrySchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  anyOf: [{ required: ['rule'] }, { required: ['fingerprint'] }],
  properties: {
    rule: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'rule id to ignore' },
    fingerprint: { type: 'string', description: 'one finding, by its fingerprint' },
    reason: { type: 'string', minLength: 3, description: 'why it is safe to ignore (required)' },
    expires: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'YYYY-MM-DD; after it the ignore stops applying',
    },
    path: { type: 'string', description: 'only findings in files under this path' },
  },
};

export const configSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'fail-on': {
      enum: ['error', 'warning', 'never'],
      description: 'lowest severity that fails the gate (default error)',
    },
    comment: { type: 'boolean', description: 'post one sticky comment per mode on the pull request (default true)' },
    'sarif-file': { type: 'string', description: 'also write SARIF 2.1.0 to this path' },
    rules: {
      type: 'object',
      description: 'per-rule severity overrides: { rule-id: error | warning | notice | off }',
      additionalProperties: { enum: ['error', 'warning', 'notice', 'off'] },
    },
    ignore: {
      type: 'array',
      items: ignoreEntrySchema,
      description: 'findings to accept, by rule id or fingerprint, each with a reason and an optional expiry',
    },
    routes: { ...routesSchema, description: 'mode routes: the OpenAPI spec and its diff' },
    migrations: { ...migrationsSchema, description: 'mode migrations: dry-run, lint and schema health' },
    loadtest: { ...loadtestSchema, description: 'mode loadtest: the app under test, scenarios, thresholds' },
    audit: { ...auditSchema, description: 'mode audit: read-only checks of a live database' },
  },
};
