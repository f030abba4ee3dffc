/**
 * `backend-gate migrations diff --compare schema/v2.sql [--output migrations/] [--slug name]`:
 * a PostgreSQL from the mode's provider settings, the schema diff of the migrations folder
 * against the schema file (migration + rollback, verified), and the server stopped whatever happens.
 */
import { ConfigurationError } from '../../errors.js';
import { flagString } from '../../modes.js';
import type { Report } from '../../report/types.js';
import { runSchemaDiffCommand } from '../schemadiff/run.js';
import { startMigrationsPostgres } from '../settings.js';
import type { SubcommandContext } from './index.js';

export async function runDiffSubcommand({ ctx, flags, settings }: SubcommandContext): Promise<Report> {
  const compareFile = flagString(flags, 'compare');
  if (!compareFile) {
    throw new ConfigurationError(
      'migrations diff needs the schema to reach: --compare schema/v2.sql (a SQL file of the whole target schema).',
    );
  }
  const server = await startMigrationsPostgres(settings, ctx);
  try {
    return await runSchemaDiffCommand({
      server,
      migrationsDir: settings.dir,
      compareFile,
      outputDir: flagString(flags, 'output'),
      slug: flagString(flags, 'slug'),
      log: ctx.log,
      workingDirectory: settings.workingDirectory,
      lintExclude: settings.lintExclude,
    });
  } finally {
    await server.stop();
  }
}
