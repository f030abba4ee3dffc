/**
 * Every Action input is read here, once, into typed values (as actions/checkout's
 * input-helper does). Mode options are read by the same names the CLI uses as flags.
 */
import * as core from '@actions/core';
import type { FlagValues, ModeCommand } from '../modes.js';
import type { FailOn } from '../report/gate.js';
import { ConfigurationError } from '../errors.js';
import { MODES, type Mode } from '../report/types.js';
import { parseBoolean, parseFailOn, parseMode } from '../settings/settings.js';

export interface ActionInputs {
  mode: Mode;
  config: string;
  configRequired: boolean;
  githubToken: string;
  failOn?: FailOn;
  comment?: boolean;
  sarifFile?: string;
  workingDirectory: string;
  /** Keep one tracking issue up to date on runs without a pull request (scheduled audits). */
  issue: boolean;
  issueTitle?: string;
  /** The mode's own inputs, keyed by option name, as the CLI's flags would be. */
  flags: FlagValues;
  /** Words for the mode, e.g. a subcommand (`args: dry-run migrations/x.sql`). */
  positionals: string[];
}

export type InputReader = (name: string) => string;

/** Reads the inputs every mode has; the mode is checked first so a bad one fails fast. */
export function readCommonInputs(get: InputReader = (n) => core.getInput(n)): Omit<ActionInputs, 'flags'> {
  const modeRaw = get('mode');
  if (!modeRaw) throw new ConfigurationError(`Input 'mode' is required. Expected one of: ${MODES.join(', ')}.`);
  const config = get('config');
  return {
    mode: parseMode(modeRaw, "input 'mode'"),
    config: config || '.backend-gate.yml',
    configRequired: config !== '' && config !== '.backend-gate.yml',
    githubToken: get('github-token'),
    failOn: parseFailOn(get('fail-on'), "input 'fail-on'"),
    comment: parseBoolean(get('comment'), "input 'comment'"),
    sarifFile: get('sarif-file') || undefined,
    workingDirectory: get('working-directory') || '.',
    issue: parseBoolean(get('issue'), "input 'issue'") ?? false,
    issueTitle: get('issue-title') || undefined,
    positionals: get('args').split(/\s+/).filter(Boolean),
  };
}

/** The mode's options, read as inputs of the same names; unset inputs are left out. */
export function readModeInputs(command: ModeCommand, get: InputReader = (n) => core.getInput(n)): FlagValues {
  const flags: FlagValues = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const value = get(name);
    if (value === '') continue;
    if (spec.type === 'boolean') flags[name] = parseBoolean(value, `input '${name}'`);
    else if (spec.multiple)
      flags[name] = value
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    else flags[name] = value;
  }
  return flags;
}
