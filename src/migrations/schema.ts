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
    layout: {
      enum: ['auto', 'sql', 'golang-migrate', 'dbmate', 'flyway', 'prisma', 'node-pg-migrate', 'command'],
      description:
        'how the migrations are written: detected from the folder (auto), or a tool name; `command` runs migrations.command instead of reading files',
    },
    'single-transaction': {
      type: 'boolean',
      description:
        'node-pg-migrate layout only: whether node-pg-migrate runs all pending migrations in one transaction, as its CLI does unless given --no-single-transaction (default: false when a package.json script runs node-pg-migrate with --no-single-transaction, else true); a lock taken by one migration is then held until the last one commits',
    },
    command: {
      type: 'string',
      description:
        "shell command that applies the migrations (knex, TypeORM, Rails…), run in the working directory with DATABASE_URL set to the scratch database, e.g. 'npx knex migrate:latest'",
    },
    'command-timeout': {
      type: 'integer',
      minimum: 1,
      description: 'seconds the migrations command may run (default 600)',
    },
    'seed-rows': {
      type: ['integer', 'string'],
      description:
        'rows generated in each table the PR touches before its statements run, so measured durations mean something (default 10000; 0: none)',
    },
    seed: {
      type: 'string',
      description:
        'your own seed instead of generated rows: an .sql file, or a shell command run with DATABASE_URL set; runs after the base migrations',
    },
    probe: {
      type: 'boolean',
      description:
        'measure blocked reads and writes with a second session while each PR statement runs (default true; --no-probe / --probe override it)',
    },
    'check-down': {
      type: 'boolean',
      description: "apply each new migration's down direction and its up again, comparing schema dumps (default true)",
    },
    all: {
      type: 'boolean',
      description: 'report every schema-health finding, not only those the PR introduced (default false)',
    },
    stats: {
      type: 'string',
      description:
        "a stats file of production table sizes ('backend-gate migrations stats' writes it): lock findings are ranked by the time they would block at that size, and tiny tables are downgraded",
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
