import type { JsonSchema } from '../settings/schema.js';

/** The `migrations:` section of .backend-gate.yml. */
export const migrationsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dir: { type: 'string', description: 'folder of the SQL migrations, relative to the working directory' },
    base: {
      type: 'string',
      description: "the base branch's migrations: a git ref (origin/main) or a folder holding them",
    },
    'base-version': {
      type: ['string', 'integer'],
      description: 'migrations with a version up to this one are already on the base branch; later ones are the PR',
    },
    postgres: {
      enum: ['auto', 'url', 'docker', 'embedded'],
      description: 'where the scratch database runs: a database-url, Docker, or embedded PostgreSQL',
    },
    'postgres-version': {
      type: ['string', 'integer'],
      description: 'PostgreSQL major version for Docker (the embedded server is 18)',
    },
    lint: {
      type: 'object',
      additionalProperties: false,
      description: 'static lint settings',
      properties: {
        exclude: { type: 'array', items: { type: 'string' }, description: 'lint rule ids not to run' },
      },
    },
  },
};
