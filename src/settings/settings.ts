/**
 * Settings shared by every mode, parsed once from action inputs or CLI flags plus the config
 * file. Mode-specific settings live beside their mode (src/<mode>/settings.ts).
 */
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { FAIL_ON_VALUES, type FailOn } from '../report/gate.js';
import { MODES, type Mode, type Severity } from '../report/types.js';
import type { LoadedConfig } from './config.js';

export type OutputFormat = 'text' | 'json' | 'markdown' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'markdown', 'sarif'];

export interface IgnoreEntry {
  rule?: string;
  fingerprint?: string;
  reason: string;
  /** YYYY-MM-DD, inclusive. */
  expires?: string;
  path?: string;
  /** Line in the config, for the "expired" notice. */
  line?: number;
}

export interface CommonSettings {
  mode: Mode;
  workingDirectory: string;
  config: LoadedConfig;
  failOn: FailOn;
  comment: boolean;
  sarifFile?: string;
  reportJson?: string;
  ignore: IgnoreEntry[];
  ruleLevels: Record<string, Severity | 'off'>;
}

export function parseMode(value: string, source = 'mode'): Mode {
  const v = value.trim();
  if ((MODES as readonly string[]).includes(v)) return v as Mode;
  throw new ConfigurationError(`Invalid ${source} '${v}'. Expected one of: ${MODES.join(', ')}.`);
}

export function parseFailOn(value: string | undefined, source = 'fail-on'): FailOn | undefined {
  if (value === undefined || value === '') return undefined;
  if ((FAIL_ON_VALUES as readonly string[]).includes(value)) return value as FailOn;
  throw new ConfigurationError(`Invalid ${source} '${value}'. Expected one of: ${FAIL_ON_VALUES.join(', ')}.`);
}

export function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new ConfigurationError(`Invalid --format '${value}'. Expected one of: ${OUTPUT_FORMATS.join(', ')}.`);
}

export function parseBoolean(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  // YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigurationError(`Invalid ${name} '${value}'. Expected true or false.`);
}

export interface CommonOverrides {
  failOn?: FailOn;
  comment?: boolean;
  sarifFile?: string;
  reportJson?: string;
}

export function buildCommonSettings(
  mode: Mode,
  workingDirectory: string,
  config: LoadedConfig,
  overrides: CommonOverrides,
): CommonSettings {
  const raw = config.raw;
  const ignoreRaw = (raw.ignore as Omit<IgnoreEntry, 'line'>[] | undefined) ?? [];
  return {
    mode,
    workingDirectory: path.resolve(workingDirectory),
    config,
    failOn: overrides.failOn ?? (raw['fail-on'] as FailOn | undefined) ?? 'error',
    comment: overrides.comment ?? (raw.comment as boolean | undefined) ?? true,
    sarifFile: overrides.sarifFile ?? (raw['sarif-file'] as string | undefined),
    reportJson: overrides.reportJson,
    ignore: ignoreRaw.map((e, i) => ({ ...e, line: config.lineOf(['ignore', i]) })),
    ruleLevels: (raw.rules as Record<string, Severity | 'off'> | undefined) ?? {},
  };
}
