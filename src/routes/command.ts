/**
 * `backend-gate routes [check [SPEC] | diff]`: settings from the `routes:` config section,
 * overridden by flags (CLI) or inputs (Action) of the same names.
 */
import type { ModeCommand, ModeContext, ModeInput } from '../modes.js';
import type { Report } from '../report/types.js';
import { DIFF_RULES } from './diff/rules/index.js';
import { DRIFT_RULE_LIST } from './drift/rules.js';
import { runRoutes } from './runner.js';
import { GENERATE_HELP, runGenerate } from './generate/command.js';
import type { Framework } from './generate/index.js';
import { buildRoutesSettings, type RawRoutes } from './settings.js';

const HELP = `Usage: backend-gate routes [check [SPEC] | diff | spec] [options]

Loads the OpenAPI 3.0/3.1 spec (YAML or JSON, split across files with relative $refs), reports
every problem in it at file:line:column, and compares it with the base spec: every change is
classified as breaking (error), may break (warning) or safe (notice).

  backend-gate routes                      check routes.spec; diff it against routes.base (or, in
                                           a pull request, the same path on the base branch)
  backend-gate routes check [SPEC]         only load and validate the spec
  backend-gate routes diff --base B --head H
                                           compare two specs; B and H are files or
                                           <git-revision>:<path> (e.g. origin/main:openapi.yaml)
  backend-gate routes spec --from-code DIR [--output openapi.yaml]
                                           an OpenAPI 3.1 spec from the routes an Express, Fastify
                                           or Koa app registers (read statically, never run)
  backend-gate routes spec --from-db URL [--output openapi.yaml]
                                           a CRUD spec from a PostgreSQL database's tables (read-only)

${GENERATE_HELP}

Options:
  --framework NAME          generate: express | fastify | koa (default: routes.framework)
  --output DIR              generate: where to write (default: routes.output)
  --check                   generate: write nothing; fail when generated files are stale
  --response-validators     generate: also compile response validators, for
                            createApp({ validateResponses: true }) in tests
  --spec FILE               the spec (default: routes.spec, else openapi.yaml)
  --head FILE               same as --spec, for diff
  --base FILE|REV:PATH      the spec to compare against (default: routes.base)
  --schema-validation true|false
                            validate against the OpenAPI schema (default true)
  --code DIR                the app's source (default: routes.code): also compare the spec with
                            the routes the code registers (undocumented / not implemented / params)
  --from-code DIR, --from-db URL, --output FILE (.yaml/.yml/.json), --force
                            for 'routes spec'; --force replaces an existing file not written by us

Drift rules (with routes.code):
${DRIFT_RULE_LIST.map((r) => `  ${r.id.padEnd(38)} ${r.level.padEnd(7)} ${r.doc}`).join('\n')}

Diff rules (override levels with 'rules:' in .backend-gate.yml, ignore findings with 'ignore:'):
${DIFF_RULES.map((r) => `  ${r.id.padEnd(38)} ${r.level.padEnd(7)} ${r.doc}`).join('\n')}
`;

export const routesCommand: ModeCommand = {
  mode: 'routes',
  summary: 'check the OpenAPI spec and classify its changes against the base branch (breaking / warning / safe)',
  help: HELP,
  options: {
    spec: { type: 'string' },
    head: { type: 'string' },
    base: { type: 'string' },
    'schema-validation': { type: 'string' },
    framework: { type: 'string' },
    output: { type: 'string' },
    check: { type: 'boolean' },
    'response-validators': { type: 'boolean' },
    code: { type: 'string' },
    'from-code': { type: 'string' },
    'from-db': { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(ctx: ModeContext, input: ModeInput): Promise<Report> {
    if (input.positionals[0] === 'generate') return runGenerate(ctx, input);
    const { config, workingDirectory } = ctx.settings;
    const settings = buildRoutesSettings(config.raw['routes'] as RawRoutes | undefined, input, {
      workingDirectory,
      env: ctx.env,
    });
    const framework = (config.raw['routes'] as { framework?: Framework } | undefined)?.framework;
    return runRoutes(settings, { log: ctx.log, redactor: ctx.redactor, baseFiles: ctx.baseFiles, framework });
  },
};
