/**
 * `backend-gate routes generate [SPEC] --framework express|fastify|koa --output DIR [--check]`.
 * The spec defaults to routes.spec; framework and output to routes.framework / routes.output.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseDatabaseUrl } from '../../postgres/parse.js';
import { specFromDatabase } from '../fromdb/index.js';
import { ConfigurationError } from '../../errors.js';
import { flagBoolean, flagString, type ModeContext, type ModeInput } from '../../modes.js';
import type { Report } from '../../report/types.js';
import { DEFAULT_SPEC } from '../settings.js';
import { FRAMEWORKS, generateRoutes, type Framework } from './index.js';

export async function runGenerate(ctx: ModeContext, input: ModeInput): Promise<Report> {
  const raw = (ctx.settings.config.raw['routes'] ?? {}) as Record<string, unknown>;
  const [, specArg, extra] = input.positionals;
  if (extra !== undefined)
    throw new ConfigurationError(`unexpected argument '${extra}'. See 'backend-gate routes --help'.`);
  const framework = flagString(input.flags, 'framework') ?? (raw.framework as string | undefined);
  if (!framework) {
    throw new ConfigurationError(
      `routes generate needs --framework (${FRAMEWORKS.join(', ')}), or routes.framework in the config.`,
    );
  }
  if (!(FRAMEWORKS as readonly string[]).includes(framework)) {
    throw new ConfigurationError(`Invalid framework '${framework}'. Expected one of: ${FRAMEWORKS.join(', ')}.`);
  }
  const output = flagString(input.flags, 'output') ?? (raw.output as string | undefined);
  if (!output) throw new ConfigurationError('routes generate needs --output DIR, or routes.output in the config.');
  const fromDb = flagString(input.flags, 'from-db');
  if (fromDb && specArg) throw new ConfigurationError('routes generate takes a SPEC or --from-db URL, not both.');
  const outputDir = path.resolve(ctx.settings.workingDirectory, output);
  // One step from a database: the CRUD spec is written beside the generated code, then generated from.
  const spec = fromDb
    ? await writeSpecFromDatabase(fromDb, outputDir, ctx)
    : (specArg ?? flagString(input.flags, 'spec') ?? (raw.spec as string | undefined) ?? DEFAULT_SPEC);
  const validation = flagString(input.flags, 'schema-validation');
  return generateRoutes({
    spec,
    framework: framework as Framework,
    outputDir,
    check: flagBoolean(input.flags, 'check') ?? false,
    responseValidators: flagBoolean(input.flags, 'response-validators') ?? false,
    log: ctx.log,
    workingDirectory: ctx.settings.workingDirectory,
    schemaValidation:
      validation === undefined ? ((raw['schema-validation'] as boolean | undefined) ?? true) : validation === 'true',
  });
}

async function writeSpecFromDatabase(url: string, outputDir: string, ctx: ModeContext): Promise<string> {
  parseDatabaseUrl(url, '--from-db');
  ctx.redactor.addUrl(url);
  const { doc } = await specFromDatabase(url, { log: ctx.log, redactor: ctx.redactor });
  await mkdir(outputDir, { recursive: true });
  const file = path.join(outputDir, 'openapi.yaml');
  await writeFile(file, stringify(doc, { lineWidth: 0 }));
  ctx.log.info(`Wrote the spec read from the database: ${path.relative(ctx.settings.workingDirectory, file)}`);
  return file;
}
