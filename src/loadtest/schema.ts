import type { JsonSchema } from '../settings/schema.js';

/** The `loadtest:` section of .backend-gate.yml. */
export const loadtestSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {},
};
