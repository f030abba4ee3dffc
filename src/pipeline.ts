/**
 * One path from settings to a Report, shared by the CLI and the Action, so both front doors
 * give the same findings: load config → common settings → mode runner → policy → redaction.
 */
import path from 'node:path';
import { readConfig } from './settings/config-file.js';
import { buildCommonSettings, type CommonOverrides, type CommonSettings } from './settings/settings.js';
import { loadMode, type FlagValues, type RepositoryFiles } from './modes.js';
import type { Logger } from './log.js';
import { Redactor } from './report/mask.js';
import { applyPolicy } from './report/policy.js';
import type { Mode, Report } from './report/types.js';

export interface RunRequest {
  mode: Mode;
  positionals: string[];
  flags: FlagValues;
  /** Config path as given (relative to the working directory). */
  configPath: string;
  /** true when the user named the config explicitly: then a missing file is an error. */
  configRequired: boolean;
  workingDirectory: string;
  overrides: CommonOverrides;
  log: Logger;
  redactor: Redactor;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  baseFiles?: RepositoryFiles;
}

export interface RunResult {
  report: Report;
  settings: CommonSettings;
}

export async function runMode(req: RunRequest): Promise<RunResult> {
  const workingDirectory = path.resolve(req.workingDirectory);
  const configFile = path.resolve(workingDirectory, req.configPath);
  // Messages name the config as the user wrote it, not as an absolute path.
  const config = await readConfig(configFile, { required: req.configRequired, displayName: req.configPath });
  const settings = buildCommonSettings(req.mode, workingDirectory, config, req.overrides);
  const command = await loadMode(req.mode);
  const controller = new AbortController();
  const signal = req.signal ?? controller.signal;
  const raw = await command.run(
    { settings, log: req.log, redactor: req.redactor, env: req.env ?? process.env, signal, baseFiles: req.baseFiles },
    { positionals: req.positionals, flags: req.flags },
  );
  const withPolicy = applyPolicy(raw, {
    ignore: settings.ignore,
    ruleLevels: settings.ruleLevels,
    configFile: req.configPath,
  });
  return { report: req.redactor.redactValue(withPolicy), settings };
}

export { Redactor };
