/**
 * The mode registry. A mode is a command with options (the same names serve as CLI flags and
 * Action inputs, so both front doors build the same settings) and a runner that returns a
 * Report. Modes are imported lazily so `backend-gate routes` does not load autocannon or pg.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Logger } from './log.js';
import type { Redactor } from './report/mask.js';
import type { Mode, Report } from './report/types.js';
import type { CommonSettings } from './settings/settings.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type FlagValues = Record<string, string | boolean | string[] | undefined>;

export interface ModeContext {
  settings: CommonSettings;
  log: Logger;
  /** Register every secret a runner learns (DB passwords, auth headers) here. */
  redactor: Redactor;
  env: NodeJS.ProcessEnv;
  /** Ended when the user presses Ctrl-C or the runner is cancelled: stop servers, drop scratch DBs. */
  signal: AbortSignal;
  /**
   * Files of the repository at the pull request's base commit, read through the GitHub API: the
   * Action fills it so a mode can read the base branch when the checkout has no history.
   */
  baseFiles?: RepositoryFiles;
}

export interface RepositoryFiles {
  /** The commit to read at. */
  ref: string;
  /** The repository root in the local checkout (paths are made relative to it). */
  root: string;
  /** The file's text at `ref`, or undefined when it does not exist there. */
  fetchFile(path: string, ref: string): Promise<string | undefined>;
}

export interface ModeInput {
  /** Words after the mode: a subcommand and its arguments (`routes diff`, `loadtest URL`). */
  positionals: string[];
  /** Option values by option name (`database-url`), from CLI flags or Action inputs. */
  flags: FlagValues;
}

export interface ModeCommand {
  mode: Mode;
  /** One line for `backend-gate --help`. */
  summary: string;
  /** The full `backend-gate <mode> --help` text; a function when building it loads modules (rule tables). */
  help: string | (() => Promise<string>);
  options: OptionSpec;
  run(ctx: ModeContext, input: ModeInput): Promise<Report>;
}

export async function loadMode(mode: Mode): Promise<ModeCommand> {
  switch (mode) {
    case 'routes':
      return (await import('./routes/command.js')).routesCommand;
    case 'migrations':
      return (await import('./migrations/command.js')).migrationsCommand;
    case 'loadtest':
      return (await import('./loadtest/command.js')).loadtestCommand;
    case 'audit':
      return (await import('./audit/command.js')).auditCommand;
  }
}

/** Helpers for reading typed flag values. */
export function flagString(flags: FlagValues, name: string): string | undefined {
  const v = flags[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function flagList(flags: FlagValues, name: string): string[] {
  const v = flags[name];
  if (Array.isArray(v)) return v;
  if (typeof v === 'string' && v !== '')
    return v
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
}

export function flagBoolean(flags: FlagValues, name: string): boolean | undefined {
  const v = flags[name];
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}
