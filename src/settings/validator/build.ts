/**
 * The `.backend-gate.yml` schema (settings/schema.ts, assembled from each mode's section)
 * compiled ahead of time into Ajv standalone code (config-schema.ts, committed beside this file):
 * importing Ajv and compiling the schema cost 100 ms or more at every start of the CLI and the Action.
 *
 *   node --import tsx src/settings/validator/build.ts    # after changing any schema.ts, or upgrading ajv
 *
 * test/settings/config-validator.test.ts fails when the committed code is stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { generatedModule, importableStandalone, writeFormatted } from '../../ajv-standalone.js';
import { configSchema } from '../schema.js';

/** `verbose` keeps each error's parentSchema: messages list the allowed keys and descriptions from it. */
export const CONFIG_AJV_OPTIONS: Options = { allErrors: true, strict: false, verbose: true };

export const VALIDATOR_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'config-schema.ts');

/** Ajv standalone ES module text for the config schema, and a digest that names it. */
export function configValidatorSource(): { code: string; digest: string } {
  const ajv = new Ajv({ ...CONFIG_AJV_OPTIONS, code: { source: true, esm: true } });
  return importableStandalone(standaloneCode.default(ajv, ajv.compile(configSchema)));
}

export function configValidatorModule(): string {
  return generatedModule('src/settings/validator/build.ts from the .backend-gate.yml schema', configValidatorSource());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFormatted(VALIDATOR_FILE, configValidatorModule());
}
