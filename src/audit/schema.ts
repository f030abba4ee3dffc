import type { JsonSchema } from '../settings/schema.js';

/** The `audit:` section of .backend-gate.yml. */
export const auditSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {},
};
