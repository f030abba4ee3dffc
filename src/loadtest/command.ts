/**
 * `backend-gate loadtest [URL]`: settings from the `loadtest:` config section, overridden by
 * flags (CLI) or inputs (Action) of the same names.
 */
import type { ModeCommand, ModeContext, ModeInput } from '../modes.js';
import type { Report } from '../report/types.js';
import { runLoadtest } from './runner.js';
import { buildLoadtestSettings, type RawLoadtest } from './settings.js';

const HELP = `Usage: backend-gate loadtest [URL] [options]

Starts the app under test (loadtest.start-command), drives HTTP load with autocannon, and fails
on latency / error-rate / throughput thresholds. Without URL, runs the config's scenarios.
URL may be absolute (http://127.0.0.1:3000/users) or a path (/users) resolved against base-url.

Load:
  --method M              HTTP method (default GET)
  --header "Name: value"  request header (repeatable)
  --body TEXT             request body (JSON gets content-type application/json)
  --concurrency N         connections (default 10)
  --duration S            seconds of measured load (default 10)
  --amount N              number of requests instead of a duration
  --warmup S              seconds of unmeasured load first
  --rate R                fixed rate in req/s: open model, latency from intended send time
  --timeout S             request timeout (default 10)
Gate:
  --p50 MS --p95 MS --p99 MS --max-latency MS   latency limits
  --error-rate PCT        maximum failed requests in % (default 1)
  --min-rps R             minimum throughput
  --expect-status CODES   every response must have one of these codes (e.g. 400)
  --expect-rate-limit     pass only if 429s with Retry-After / RateLimit-* headers appear
App:
  --start-command CMD     shell command starting the app; PORT is exported to it
  --ready-url URL         answers 2xx when ready; \${PORT} is replaced
  --base-url URL          where paths are resolved
  --allow-remote          allow non-loopback targets
  --startup-timeout S     seconds to wait for readiness (default 30)
`;

export const loadtestCommand: ModeCommand = {
  mode: 'loadtest',
  summary: 'start the app, drive HTTP load, gate on p99 / error rate / throughput',
  help: HELP,
  options: {
    method: { type: 'string' },
    header: { type: 'string', multiple: true },
    body: { type: 'string' },
    concurrency: { type: 'string' },
    duration: { type: 'string' },
    amount: { type: 'string' },
    warmup: { type: 'string' },
    rate: { type: 'string' },
    timeout: { type: 'string' },
    p50: { type: 'string' },
    p95: { type: 'string' },
    p99: { type: 'string' },
    'max-latency': { type: 'string' },
    'error-rate': { type: 'string' },
    'min-rps': { type: 'string' },
    'expect-status': { type: 'string' },
    'expect-rate-limit': { type: 'boolean' },
    'start-command': { type: 'string' },
    'ready-url': { type: 'string' },
    'base-url': { type: 'string' },
    'allow-remote': { type: 'boolean' },
    'startup-timeout': { type: 'string' },
  },
  async run(ctx: ModeContext, input: ModeInput): Promise<Report> {
    const { config, workingDirectory } = ctx.settings;
    const settings = buildLoadtestSettings(config.raw['loadtest'] as RawLoadtest | undefined, input, {
      workingDirectory,
      configFile: config.file,
      lineOf: config.lineOf,
    });
    for (const s of settings.scenarios) ctx.redactor.addHeaders(s.headers);
    for (const v of Object.values(settings.app?.env ?? {})) if (/:\/\/[^@\s]+:[^@\s]+@/.test(v)) ctx.redactor.addUrl(v);
    return runLoadtest(settings, { log: ctx.log, signal: ctx.signal, env: ctx.env });
  },
};
