import type { JsonSchema } from '../settings/schema.js';

/** The `audit:` section of .backend-gate.yml. */
export const auditSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'database-url-env': {
      type: 'string',
      pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
      description:
        'the NAME of an environment variable holding the database URL (e.g. AUDIT_DATABASE_URL); never the URL itself, so no password sits in the config',
    },
    schemas: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'schemas to audit; default every non-system schema',
    },
    'slow-statement-ms': {
      type: 'number',
      minimum: 0,
      description: 'mean execution time (ms) from which a pg_stat_statements entry is reported as slow; default 100',
    },
    'top-statements': {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      description: 'how many statements the statements tables list; default 10',
    },
    'seq-scan-min-rows': {
      type: 'integer',
      minimum: 0,
      description: 'tables smaller than this are never reported for sequential scans; default 10000',
    },
    'min-index-scan-share': {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'a large table whose reads use an index less often than this share is reported; default 0.95',
    },
    'unused-index-min-bytes': {
      type: 'integer',
      minimum: 0,
      description: 'unused indexes smaller than this are not reported; default 0 (all)',
    },
    'bloat-min-dead-share': {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'a table whose dead rows are at least this share of it is reported as bloated; default 0.2',
    },
    'bloat-min-dead-rows': {
      type: 'integer',
      minimum: 0,
      description: 'tables with fewer dead rows than this are never reported as bloated; default 10000',
    },
    'suggest-indexes': {
      type: 'boolean',
      description:
        'prove index suggestions for slow statements with EXPLAIN in a scratch copy of the schema (embedded PostgreSQL); default true',
    },
    'min-cost-reduction': {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 1,
      description: 'suggest an index only when the estimated cost drops by at least this share; default 0.5',
    },
    output: {
      type: 'string',
      description: 'directory for the suggested index migrations (up + rollback files); default: none written',
    },
  },
};
