/**
 * Typed routes settings from the `routes:` config section overridden by flags (CLI) or inputs
 * (Action) of the same names. In a pull request without `routes.base`, the base spec is the same
 * path at the base branch (`origin/<base-ref>:<spec>`), read from git: no second checkout.
 */
import { ConfigurationError } from '../errors.js';
import { flagBoolean, flagString, type FlagValues } from '../modes.js';
import { parseDatabaseUrl } from '../postgres/parse.js';

export interface RawRoutes {
  spec?: string;
  base?: string;
  'schema-validation'?: boolean;
  code?: string;
}

/** Where `routes spec` reads from. */
export type SpecSource = { kind: 'code'; dir: string } | { kind: 'db'; url: string };

export type RoutesTask =
  | { kind: 'check'; spec: string }
  | { kind: 'diff'; base: string; head: string; baseFromPullRequest: boolean }
  | { kind: 'spec'; from: SpecSource; output?: string; force: boolean };

export interface RoutesSettings {
  workingDirectory: string;
  task: RoutesTask;
  schemaValidation: boolean;
  /** The app's source directory: when set, check and diff also compare the spec with the routes it registers. */
  code?: string;
  /** YYYY-MM-DD, for sunset dates (injected in tests). */
  today?: string;
}

/** Words that may follow `routes`; add one here and a branch below to grow the command. */
export const ROUTES_SUBCOMMANDS = ['check', 'diff', 'spec'] as const;

export const DEFAULT_SPEC = 'openapi.yaml';

export function buildRoutesSettings(
  raw: RawRoutes | undefined,
  input: { positionals: string[]; flags: FlagValues },
  context: { workingDirectory: string; env: NodeJS.ProcessEnv },
): RoutesSettings {
  const [sub, ...rest] = input.positionals;
  if (sub !== undefined && !(ROUTES_SUBCOMMANDS as readonly string[]).includes(sub)) {
    throw new ConfigurationError(
      `unknown routes command '${sub}'. Expected ${[...ROUTES_SUBCOMMANDS, 'generate'].map((s) => `'${s}'`).join(', ')} (or nothing). See 'backend-gate routes --help'.`,
    );
  }
  if (sub === 'spec') return specSettings(raw, input, context);
  if (rest.length > (sub === 'check' ? 1 : 0)) {
    throw new ConfigurationError(`unexpected argument '${rest[rest.length - 1]}'. See 'backend-gate routes --help'.`);
  }
  const flags = input.flags;
  const validation = flagString(flags, 'schema-validation');
  if (validation !== undefined && validation !== 'true' && validation !== 'false') {
    throw new ConfigurationError(`Invalid schema-validation '${validation}'. Expected true or false.`);
  }
  const schemaValidation = validation === undefined ? (raw?.['schema-validation'] ?? true) : validation === 'true';
  const spec = rest[0] ?? flagString(flags, 'head') ?? flagString(flags, 'spec') ?? raw?.spec ?? DEFAULT_SPEC;
  const base = flagString(flags, 'base') ?? raw?.base;
  const workingDirectory = context.workingDirectory;
  const code = flagString(flags, 'code') ?? raw?.code;
  const common = { workingDirectory, schemaValidation, ...(code ? { code } : {}) };

  if (sub === 'check') return { ...common, task: { kind: 'check', spec } };
  if (base) return { ...common, task: { kind: 'diff', base, head: spec, baseFromPullRequest: false } };
  const baseRef = context.env.GITHUB_BASE_REF;
  if (baseRef) {
    return {
      ...common,
      task: { kind: 'diff', base: `origin/${baseRef}:${spec}`, head: spec, baseFromPullRequest: true },
    };
  }
  if (sub === 'diff') {
    throw new ConfigurationError(
      'routes diff needs a base spec: pass --base <file|git-revision:path> or set routes.base.',
    );
  }
  return { ...common, task: { kind: 'check', spec } };
}

/** `routes spec --from-code DIR | --from-db URL [--output FILE] [--force]`. */
function specSettings(
  raw: RawRoutes | undefined,
  input: { positionals: string[]; flags: FlagValues },
  context: { workingDirectory: string },
): RoutesSettings {
  const flags = input.flags;
  if (input.positionals.length > 1) {
    throw new ConfigurationError(
      `unexpected argument '${input.positionals[1]}'. Use 'routes spec --from-code DIR' or 'routes spec --from-db URL'.`,
    );
  }
  const fromCode = flagString(flags, 'from-code');
  const fromDb = flagString(flags, 'from-db');
  if (fromCode && fromDb) throw new ConfigurationError('routes spec takes one of --from-code and --from-db, not both.');
  if (!fromCode && !fromDb) {
    throw new ConfigurationError(
      'routes spec needs a source: --from-code DIR (the app source, e.g. src/) or --from-db postgres://user:pass@host/db.',
    );
  }
  if (fromDb) parseDatabaseUrl(fromDb, '--from-db');
  const output = flagString(flags, 'output');
  if (output && !/\.(ya?ml|json)$/i.test(output)) {
    throw new ConfigurationError(`--output '${output}' must end in .yaml, .yml or .json (the format to write).`);
  }
  return {
    workingDirectory: context.workingDirectory,
    schemaValidation: raw?.['schema-validation'] ?? true,
    task: {
      kind: 'spec',
      from: fromCode ? { kind: 'code', dir: fromCode } : { kind: 'db', url: fromDb! },
      ...(output ? { output } : {}),
      force: flagBoolean(flags, 'force') ?? false,
    },
  };
}
