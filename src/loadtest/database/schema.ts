import type { JsonSchema } from '../../settings/schema.js';

/** The `loadtest.database:` section of .backend-gate.yml (free of pg: the config schema imports it). */
export const databaseSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'a scratch PostgreSQL database for the app under test, profiled per scenario',
  properties: {
    migrations: {
      type: 'string',
      description: 'folder of SQL migrations applied to the scratch database, in version order',
    },
    seed: {
      type: 'string',
      minLength: 1,
      description: 'a .sql file applied after the migrations, or a shell command run with the URL exported',
    },
    'env-var': {
      type: 'string',
      pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
      description: 'environment variable the app reads the database URL from (default DATABASE_URL)',
    },
    postgres: {
      enum: ['auto', 'url', 'docker', 'embedded'],
      description: 'where the scratch database runs: database-url, Docker, or embedded PostgreSQL (default auto)',
    },
    'database-url': {
      type: 'string',
      description: 'server to create the scratch database on (prefer the --database-url flag for secrets)',
    },
    'n-plus-one-calls-per-request': {
      type: 'number',
      minimum: 1.5,
      description: 'calls per request from which a statement run once per row of another is an N+1 suspect (default 3)',
    },
    'suggest-indexes': {
      type: 'boolean',
      description: 'prove index suggestions for statements that scanned a table (default true)',
    },
    'min-cost-reduction': {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 1,
      description: 'share the estimated cost must drop by before an index is suggested (default 0.5)',
    },
    'top-statements': {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      description: 'statements listed per scenario (default 10)',
    },
  },
};
