/**
 * `backend-gate migrations`: settings from the `migrations:` config section, overridden by
 * flags (CLI) or inputs (Action) of the same names.
 */
import type { ModeCommand, ModeContext, ModeInput } from '../modes.js';
import { ConfigurationError } from '../errors.js';
import type { Report } from '../report/types.js';
import { runMigrations } from './run.js';
import { buildMigrationsSettings, type RawMigrations } from './settings.js';

const HELP = `Usage: backend-gate migrations [options]

Applies the base branch's migrations, then the PR's new ones, statement by statement, to a
throwaway PostgreSQL database; reports failing statements at file:line, static lock-risk lint
of the new files, and schema problems the PR introduces (foreign keys without an index…) with
CREATE INDEX CONCURRENTLY fixes.

Migrations:
  --dir DIR               folder of plain SQL migrations, ordered by version prefix
                          (001_users.sql, 20240101120000_orders.sql; *.up.sql pairs too)
                          (default: migrations.dir, else ./migrations)
  --base REF|DIR          the base branch's migrations: a git ref (origin/main) or a folder.
                          Default in a GitHub pull request: origin/$GITHUB_BASE_REF; else none
                          (every migration counts as new)
  --base-version V        migrations with a version up to V are the base branch's
PostgreSQL:
  --database-url URL      use this server (a CI service container); work happens only in a
                          scratch database backend-gate creates and drops
  --postgres P            auto | url | docker | embedded (default auto: URL, else Docker,
                          else embedded PostgreSQL 18)
  --postgres-version V    major version for Docker (default 18)
`;

export const migrationsCommand: ModeCommand = {
  mode: 'migrations',
  summary: 'apply base + PR migrations on a throwaway PostgreSQL; lint, failures, missing FK indexes',
  help: HELP,
  options: {
    dir: { type: 'string' },
    base: { type: 'string' },
    'base-version': { type: 'string' },
    'database-url': { type: 'string' },
    postgres: { type: 'string' },
    'postgres-version': { type: 'string' },
  },
  async run(ctx: ModeContext, input: ModeInput): Promise<Report> {
    if (input.positionals.length > 0) {
      throw new ConfigurationError(
        `unexpected argument '${input.positionals[0]}' for migrations. Run 'backend-gate migrations --help'.`,
      );
    }
    const raw = (ctx.settings.config.raw.migrations ?? {}) as RawMigrations;
    const settings = buildMigrationsSettings(raw, input.flags, ctx.settings.workingDirectory, ctx.env);
    ctx.redactor.addUrl(settings.databaseUrl);
    return runMigrations(settings, { log: ctx.log, redactor: ctx.redactor, signal: ctx.signal });
  },
};
