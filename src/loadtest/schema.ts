import type { JsonSchema } from '../settings/schema.js';
import { databaseSchema } from './database/schema.js';

const ms = (what: string): JsonSchema => ({
  type: 'number',
  exclusiveMinimum: 0,
  description: `${what} latency limit in ms`,
});

export const thresholdsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'limits that fail the gate when crossed (k6 style)',
  properties: {
    p50: ms('median'),
    p95: ms('95th percentile'),
    p99: ms('99th percentile'),
    max: ms('maximum'),
    'error-rate': { type: 'number', minimum: 0, maximum: 100, description: 'maximum failed requests, in percent' },
    'min-rps': { type: 'number', minimum: 0, description: 'minimum requests per second' },
  },
};

const statusCode = { type: 'integer', minimum: 100, maximum: 599 };

const headerValues: JsonSchema = {
  type: 'object',
  description: 'HTTP headers: { Name: value }',
  additionalProperties: { type: ['string', 'number', 'boolean'] },
};

export const scenarioSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, description: 'shown in the report and in fingerprints' },
    method: {
      enum: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      description: 'HTTP method (default GET)',
    },
    url: { type: 'string', description: 'absolute URL; may contain ${PORT}' },
    path: { type: 'string', pattern: '^/', description: 'a path starting with / resolved against base-url' },
    headers: headerValues,
    body: {
      type: ['string', 'object', 'array'],
      description: 'request body: a string, or an object/array sent as JSON',
    },
    'body-file': { type: 'string', description: 'file holding the request body, relative to the working directory' },
    'expect-status': {
      anyOf: [statusCode, { type: 'array', items: statusCode, minItems: 1 }],
      description: 'status code(s) every response must have (default: any 2xx)',
    },
    'expect-rate-limit': {
      type: 'boolean',
      description: 'pass only if 429 responses with Retry-After or RateLimit-* headers appear',
    },
    connections: { type: 'integer', minimum: 1, maximum: 10000, description: 'concurrent connections (default 10)' },
    duration: { type: 'number', exclusiveMinimum: 0, description: 'seconds of measured load (default 10)' },
    amount: { type: 'integer', minimum: 1, description: 'number of requests instead of a duration' },
    warmup: { type: 'number', minimum: 0, description: 'seconds of unmeasured load before measuring (default 0)' },
    rate: { type: 'number', exclusiveMinimum: 0, description: 'fixed request rate per second (open model)' },
    timeout: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'seconds before a request counts as timed out (default 10)',
    },
    thresholds: thresholdsSchema,
  },
};

/** The `loadtest:` section of .backend-gate.yml. */
export const loadtestSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'start-command': { type: 'string', minLength: 1, description: 'shell command that starts the app under test' },
    'working-directory': { type: 'string', description: 'where start-command runs, relative to the working directory' },
    env: { ...headerValues, description: 'environment variables for the app: { NAME: value }' },
    'ready-url': { type: 'string', description: 'URL that answers 2xx once the app is ready; may contain ${PORT}' },
    port: {
      type: 'integer',
      minimum: 0,
      maximum: 65535,
      description: 'port exported to the app as PORT (default: a free one)',
    },
    'startup-timeout': {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'seconds to wait for readiness (default 30)',
    },
    'allow-remote': { type: 'boolean', description: 'allow targets other than loopback (default false)' },
    'base-url': { type: 'string', description: 'URL that scenario paths are resolved against; may contain ${PORT}' },
    'max-duration': {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'hard cap in seconds for any one scenario (default 300)',
    },
    thresholds: thresholdsSchema,
    scenarios: { type: 'array', items: scenarioSchema },
    trials: {
      type: 'integer',
      minimum: 1,
      maximum: 20,
      description: 'runs per scenario; median and spread are compared (default 1)',
    },
    baseline: { type: 'string', description: 'results file to compare against (written by --save-baseline)' },
    'regression-threshold': {
      type: 'number',
      minimum: 0,
      description: 'percent a median may worsen against the baseline (default 20)',
    },
    database: databaseSchema,
    ab: {
      type: 'object',
      additionalProperties: false,
      description: 'pull-request A/B mode: start the base build and the head build on this runner, interleave trials',
      properties: {
        'base-ref': {
          type: 'string',
          minLength: 1,
          description: 'git ref of the base (e.g. origin/main), checked out into a temporary worktree',
        },
        'base-dir': {
          type: 'string',
          minLength: 1,
          description: 'directory holding a checkout of the base, relative to the working directory',
        },
        'build-command': {
          type: 'string',
          minLength: 1,
          description: 'shell command run in the base checkout before it starts (e.g. npm ci && npm run build)',
        },
      },
    },
  },
};
