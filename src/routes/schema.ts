import type { JsonSchema } from '../settings/schema.js';

/** The `routes:` section of .backend-gate.yml. */
export const routesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    spec: {
      type: 'string',
      minLength: 1,
      description: 'the OpenAPI 3.0/3.1 spec (YAML or JSON), relative to the working directory',
    },
    base: {
      type: 'string',
      minLength: 1,
      description:
        'the spec to compare against: a file, or <git-revision>:<path> (e.g. origin/main:openapi.yaml); in a pull request it defaults to the base branch',
    },
    framework: {
      enum: ['express', 'fastify', 'koa'],
      description: 'framework for routes generate',
    },
    output: {
      type: 'string',
      minLength: 1,
      description: 'folder routes generate writes to (generated/ is rewritten, handlers/ is yours)',
    },
    code: {
      type: 'string',
      minLength: 1,
      description:
        "the app's source directory (e.g. src/): routes it registers (Express, Fastify, Koa) are compared with the spec",
    },
    'schema-validation': {
      type: 'boolean',
      description:
        'validate the specs against the OpenAPI schema (default true; turn off to save seconds on very large specs)',
    },
  },
};
