import type { JsonSchema } from '../settings/schema.js';

/** The `migrations:` section of .backend-gate.yml. */
export const migrationsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {},
};
