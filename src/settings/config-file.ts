/**
 * Where a run gets its config: no file means defaults, and costs nothing; a file is parsed and
 * validated by config.ts, imported only then (it loads yaml and the compiled schema validator).
 */
import { existsSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';

export type RawConfig = Record<string, unknown>;

export interface LoadedConfig {
  /** Path as the user wrote it (for messages). */
  file: string;
  /** false when the file does not exist and defaults apply. */
  found: boolean;
  raw: RawConfig;
  /** Line of a key path in the file, for findings that point into the config. */
  lineOf(path: (string | number)[]): number | undefined;
}

/**
 * @param file path to read
 * @param options.required a missing file is an error (the user named it) rather than defaults
 * @param options.displayName how messages name the file (the path as the user wrote it)
 */
export async function readConfig(
  file: string,
  options: { required?: boolean; displayName?: string } = {},
): Promise<LoadedConfig> {
  const name = options.displayName ?? file;
  if (!existsSync(file)) return missingConfig(name, options.required);
  const { loadConfig } = await import('./config.js');
  return loadConfig(file, options);
}

/** The config of a run without a file: every default, or an error when the user named the file. */
export function missingConfig(name: string, required = false): LoadedConfig {
  if (required) {
    throw new ConfigurationError(`config file not found. Create it, or pass --config with the right path.`, {
      file: name,
    });
  }
  return { file: name, found: false, raw: {}, lineOf: () => undefined };
}
