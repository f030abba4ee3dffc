/**
 * Typed routes settings from the `routes:` config section overridden by flags (CLI) or inputs
 * (Action) of the same names. In a pull request without `routes.base`, the base spec is the same
 * path at the base branch (`origin/<base-ref>:<spec>`), read from git: no second checkout.
 */
import { ConfigurationError } from '../errors.js';
import { flagString, type FlagValues } from '../modes.js';

export interface RawRoutes {
  spec?: string;
  base?: string;
  'schema-validation'?: boolean;
}

export type RoutesTask =
  { kind: 'check'; spec: string } | { kind: 'diff'; base: string; head: string; baseFromPullRequest: boolean };

export interface RoutesSettings {
  workingDirectory: string;
  task: RoutesTask;
  schemaValidation: boolean;
  /** YYYY-MM-DD, for sunset dates (injected in tests). */
  today?: string;
}

export const DEFAULT_SPEC = 'openapi.yaml';

export function buildRoutesSettings(
  raw: RawRoutes | undefined,
  input: { positionals: string[]; flags: FlagValues },
  context: { workingDirectory: string; env: NodeJS.ProcessEnv },
): RoutesSettings {
  const [sub, ...rest] = input.positionals;
  if (sub !== undefined && sub !== 'diff' && sub !== 'check') {
    throw new ConfigurationError(
      `unknown routes command '${sub}'. Expected 'diff' or 'check' (or nothing). See 'backend-gate routes --help'.`,
    );
  }
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

  if (sub === 'check') return { workingDirectory, schemaValidation, task: { kind: 'check', spec } };
  if (base)
    return { workingDirectory, schemaValidation, task: { kind: 'diff', base, head: spec, baseFromPullRequest: false } };
  const baseRef = context.env.GITHUB_BASE_REF;
  if (baseRef) {
    return {
      workingDirectory,
      schemaValidation,
      task: { kind: 'diff', base: `origin/${baseRef}:${spec}`, head: spec, baseFromPullRequest: true },
    };
  }
  if (sub === 'diff') {
    throw new ConfigurationError(
      'routes diff needs a base spec: pass --base <file|git-revision:path> or set routes.base.',
    );
  }
  return { workingDirectory, schemaValidation, task: { kind: 'check', spec } };
}
