import type { JsonSchema } from '../settings/schema.js';

/** The `routes:` section of .backend-gate.yml. */
export const routesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {},
};
