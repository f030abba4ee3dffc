/**
 * Typed loadtest settings, built once from the `loadtest:` config section overridden by flags
 * (CLI) or inputs (Action). Everything the runner needs is resolved here: bodies read, thresholds
 * merged, targets checked against the loopback rule, so a mistake fails before any load is sent.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { flagBoolean, flagList, flagString, type FlagValues } from '../modes.js';
import { buildDatabaseSettings, type DatabaseSettings, type RawDatabase } from './database/settings.js';

export interface Thresholds {
  p50?: number;
  p95?: number;
  p99?: number;
  max?: number;
  /** Percent. */
  errorRate?: number;
  minRps?: number;
}

export interface ScenarioSettings {
  name: string;
  method: string;
  /** Absolute URL; may still contain ${PORT} until the app's port is known. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  expectStatus?: number[];
  expectRateLimit: boolean;
  connections: number;
  /** Seconds; absent when amount is set. */
  duration?: number;
  amount?: number;
  warmup: number;
  /** Requests per second: the open model. */
  rate?: number;
  /** Seconds. */
  timeout: number;
  thresholds: Thresholds;
  /** Where the scenario is declared, for findings. */
  location?: { file: string; line?: number };
}

export interface AppSettings {
  command: string;
  cwd: string;
  env: Record<string, string>;
  readyUrl?: string;
  /** Fixed port; undefined or 0 → a free one is picked. */
  port?: number;
  /** Seconds. */
  startupTimeout: number;
}

/** The pull-request A/B mode: the base build and the head build run side by side on this runner. */
export interface AbSettings {
  /** A git ref checked out into a temporary worktree (never the user's working tree). */
  baseRef?: string;
  /** Absolute: an existing checkout of the base, standing for the working directory. */
  baseDir?: string;
  /** Run in the base checkout (the app's directory there) before it starts. */
  buildCommand?: string;
  /** Absolute: the head's working directory, which baseDir stands for. */
  headRoot: string;
  location: { file: string; line?: number };
}

export interface LoadtestSettings {
  app?: AppSettings;
  allowRemote: boolean;
  /** Hard cap per scenario, seconds. */
  maxDuration: number;
  scenarios: ScenarioSettings[];
  /** Runs per scenario, interleaved; median and spread are reported across them. */
  trials: number;
  /** Percent a median may worsen against the baseline before it counts (if beyond the spread too). */
  regressionThreshold: number;
  /** Absolute paths. */
  baseline?: string;
  saveBaseline?: string;
  /** This runner's share of a job matrix: load divided by count. */
  shard?: { index: number; count: number };
  /** Two scenarios (A and B) run side by side and compared. */
  compare: boolean;
  /** A scratch database for the app, profiled per scenario (loadtest.database). */
  database?: DatabaseSettings;
  /** Base vs head on the same runner (loadtest.ab, --ab-base). */
  ab?: AbSettings;
}

export interface SettingsContext {
  workingDirectory: string;
  configFile: string;
  lineOf?: (p: (string | number)[]) => number | undefined;
}

export const DEFAULTS = {
  connections: 10,
  duration: 10,
  timeout: 10,
  startupTimeout: 30,
  maxDuration: 300,
  regressionThreshold: 20,
  /** Percent: a run where more than 1 % of requests fail does not pass unless the user says so. */
  errorRate: 1,
};

type RawThresholds = {
  p50?: number;
  p95?: number;
  p99?: number;
  max?: number;
  'error-rate'?: number;
  'min-rps'?: number;
};

interface RawScenario {
  name: string;
  method?: string;
  url?: string;
  path?: string;
  headers?: Record<string, string | number | boolean>;
  body?: string | object;
  'body-file'?: string;
  'expect-status'?: number | number[];
  'expect-rate-limit'?: boolean;
  connections?: number;
  duration?: number;
  amount?: number;
  warmup?: number;
  rate?: number;
  timeout?: number;
  thresholds?: RawThresholds;
}

export interface RawLoadtest {
  'start-command'?: string;
  'working-directory'?: string;
  env?: Record<string, string | number | boolean>;
  'ready-url'?: string;
  port?: number;
  'startup-timeout'?: number;
  'allow-remote'?: boolean;
  'base-url'?: string;
  'max-duration'?: number;
  thresholds?: RawThresholds;
  scenarios?: RawScenario[];
  trials?: number;
  baseline?: string;
  'regression-threshold'?: number;
  database?: RawDatabase;
  ab?: RawAb;
}

interface RawAb {
  'base-ref'?: string;
  'base-dir'?: string;
  'build-command'?: string;
}

export function buildLoadtestSettings(
  raw: RawLoadtest | undefined,
  input: { positionals: string[]; flags: FlagValues },
  ctx: SettingsContext,
): LoadtestSettings {
  const cfg = raw ?? {};
  const { flags } = input;
  const at = (...p: (string | number)[]) => ({ file: ctx.configFile, line: ctx.lineOf?.(['loadtest', ...p]) });
  const compare = flagBoolean(flags, 'compare') ?? false;
  const targets = input.positionals;
  if (compare && targets.length !== 2) {
    throw new ConfigurationError(
      `--compare needs two URLs: backend-gate loadtest --compare URL1 URL2 (got ${targets.length}).`,
    );
  }
  if (!compare && targets.length > 1) {
    throw new ConfigurationError(
      `loadtest takes one URL, got ${targets.length}: ${targets.join(' ')}. To compare two endpoints use --compare URL1 URL2.`,
    );
  }
  const target = targets[0];

  const startCommand =
    flagString(flags, 'start-command') ?? (target && isAbsoluteUrl(target) ? undefined : cfg['start-command']);
  const appCwd = path.resolve(ctx.workingDirectory, cfg['working-directory'] ?? '.');
  const app: AppSettings | undefined = startCommand
    ? {
        command: startCommand,
        cwd: appCwd,
        env: stringRecord(cfg.env),
        readyUrl: flagString(flags, 'ready-url') ?? cfg['ready-url'],
        port: cfg.port,
        startupTimeout: positiveNumber(flags, 'startup-timeout') ?? cfg['startup-timeout'] ?? DEFAULTS.startupTimeout,
      }
    : undefined;
  if (app && !existsSync(app.cwd)) {
    throw new ConfigurationError(`loadtest.working-directory '${app.cwd}' does not exist.`, at('working-directory'));
  }
  const baseUrl = flagString(flags, 'base-url') ?? cfg['base-url'] ?? (app ? 'http://127.0.0.1:${PORT}' : undefined);
  const allowRemote = flagBoolean(flags, 'allow-remote') ?? cfg['allow-remote'] ?? false;
  const maxDuration = cfg['max-duration'] ?? DEFAULTS.maxDuration;

  const globalThresholds = { errorRate: DEFAULTS.errorRate, ...fromRawThresholds(cfg.thresholds) };
  const oneOff = (t: string, prefix = ''): RawScenario => ({
    name: prefix + oneOffName(flagString(flags, 'method'), t),
    ...(isAbsoluteUrl(t) ? { url: t } : { path: t }),
  });
  const rawScenarios: { raw: RawScenario; index?: number }[] = compare
    ? [{ raw: oneOff(targets[0], 'A: ') }, { raw: oneOff(targets[1], 'B: ') }]
    : target
      ? [{ raw: oneOff(target) }]
      : (cfg.scenarios ?? []).map((s, index) => ({ raw: s, index }));
  if (rawScenarios.length === 0) {
    throw new ConfigurationError(
      `nothing to load-test: pass a URL (backend-gate loadtest http://127.0.0.1:3000/health) or add loadtest.scenarios to the config.`,
      { file: ctx.configFile },
    );
  }

  const scenarios = rawScenarios.map(({ raw: s, index }) => {
    const where = index === undefined ? { file: ctx.configFile } : at('scenarios', index);
    const fail = (message: string): never => {
      throw new ConfigurationError(`scenario '${s.name}': ${message}`, where);
    };
    const url = resolveUrl(s, baseUrl, fail);
    checkTarget(url, allowRemote, fail);

    const headers = { ...stringRecord(s.headers), ...parseHeaderFlags(flagList(flags, 'header')) };
    let body =
      flagString(flags, 'body') ??
      (typeof s.body === 'string' ? s.body : s.body !== undefined ? JSON.stringify(s.body) : undefined);
    if (s['body-file']) {
      if (s.body !== undefined) fail(`set either body or body-file, not both.`);
      const file = path.resolve(ctx.workingDirectory, s['body-file']);
      if (!existsSync(file)) fail(`body-file '${s['body-file']}' not found (looked in ${file}).`);
      body = readFileSync(file, 'utf8');
    }
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = looksLikeJson(body) ? 'application/json' : 'text/plain';
    }

    const method = (flagString(flags, 'method') ?? s.method ?? 'GET').toUpperCase();
    const amount = positiveInteger(flags, 'amount') ?? s.amount;
    let duration = positiveNumber(flags, 'duration') ?? s.duration;
    if (amount !== undefined && duration !== undefined) fail('set either duration or amount, not both.');
    if (amount === undefined) duration ??= DEFAULTS.duration;
    if (duration !== undefined && duration > maxDuration) {
      fail(
        `duration ${duration} s is above max-duration (${maxDuration} s). Shorten it or raise loadtest.max-duration.`,
      );
    }
    const connections = positiveInteger(flags, 'concurrency') ?? s.connections ?? DEFAULTS.connections;
    if (amount !== undefined && amount < connections)
      fail(`amount (${amount}) must be at least the number of connections (${connections}).`);
    const expectStatusFlag = flagString(flags, 'expect-status');
    const expectStatus = expectStatusFlag
      ? parseStatusList(expectStatusFlag)
      : s['expect-status'] === undefined
        ? undefined
        : [s['expect-status']].flat();

    return {
      name: s.name,
      method,
      url,
      headers,
      body,
      expectStatus,
      expectRateLimit: flagBoolean(flags, 'expect-rate-limit') ?? s['expect-rate-limit'] ?? false,
      connections,
      duration,
      amount,
      warmup: nonNegativeNumber(flags, 'warmup') ?? s.warmup ?? 0,
      rate: positiveNumber(flags, 'rate') ?? s.rate,
      timeout: positiveNumber(flags, 'timeout') ?? s.timeout ?? DEFAULTS.timeout,
      thresholds: { ...globalThresholds, ...fromRawThresholds(s.thresholds), ...thresholdFlags(flags) },
      location: where,
    } satisfies ScenarioSettings;
  });
  const names = new Set<string>();
  for (const s of scenarios) {
    if (names.has(s.name))
      throw new ConfigurationError(`two scenarios are named '${s.name}'; names must be unique.`, s.location);
    names.add(s.name);
  }
  const database = buildDatabaseSettings(cfg.database, flags, ctx);
  if (database && !app) {
    throw new ConfigurationError(
      'loadtest.database needs loadtest.start-command: backend-gate starts the app with the scratch database URL in its environment.',
      database.location,
    );
  }
  const shard = parseShard(flagString(flags, 'shard'));
  const ab = buildAbSettings(cfg.ab, flagString(flags, 'ab-base'), ctx, at('ab'));
  if (ab && !app) {
    throw new ConfigurationError(
      'the A/B mode (loadtest.ab / --ab-base) needs loadtest.start-command: it starts the base build and the head build with it.',
      ab.location,
    );
  }
  if (ab && compare)
    throw new ConfigurationError('use either --compare URL1 URL2 or the A/B mode (--ab-base), not both.');
  if (ab && database) {
    throw new ConfigurationError(
      'the A/B mode does not run with loadtest.database yet: run it without the database section.',
      ab.location,
    );
  }
  if (ab && scenarios.some((s) => !s.url.includes('${PORT}'))) {
    throw new ConfigurationError(
      'the A/B mode sends each trial to the base app and to the head app on their own ports: every scenario URL must use ${PORT} (use path with the default base-url).',
      ab.location,
    );
  }
  const trials = positiveInteger(flags, 'trials') ?? cfg.trials ?? (compare || ab ? 3 : 1);
  const baseline = flagString(flags, 'baseline') ?? cfg.baseline;
  const saveBaseline = flagString(flags, 'save-baseline');
  return {
    app,
    allowRemote,
    maxDuration,
    scenarios: shard ? scenarios.map((s) => shareOf(s, shard)) : scenarios,
    trials,
    regressionThreshold:
      nonNegativeNumber(flags, 'regression-threshold') ?? cfg['regression-threshold'] ?? DEFAULTS.regressionThreshold,
    baseline: baseline ? path.resolve(ctx.workingDirectory, baseline) : undefined,
    saveBaseline: saveBaseline ? path.resolve(ctx.workingDirectory, saveBaseline) : undefined,
    shard,
    compare,
    database,
    ab,
  };
}

/** `--ab-base REF|DIR`: an existing directory is a base checkout, anything else a git ref. */
function buildAbSettings(
  raw: RawAb | undefined,
  flag: string | undefined,
  ctx: SettingsContext,
  location: { file: string; line?: number },
): AbSettings | undefined {
  if (!raw && flag === undefined) return undefined;
  let baseRef = raw?.['base-ref'];
  let baseDir = raw?.['base-dir'];
  if (flag !== undefined) {
    const asDir = path.resolve(ctx.workingDirectory, flag);
    const isDir = existsSync(asDir) && statSync(asDir).isDirectory();
    baseRef = isDir ? undefined : flag;
    baseDir = isDir ? flag : undefined;
  }
  if (baseRef && baseDir) {
    throw new ConfigurationError('loadtest.ab: set either base-ref or base-dir, not both.', location);
  }
  if (!baseRef && !baseDir) {
    throw new ConfigurationError(
      'loadtest.ab needs base-ref (a git ref such as origin/main) or base-dir (a checkout of the base), or pass --ab-base REF|DIR.',
      location,
    );
  }
  const dir = baseDir ? path.resolve(ctx.workingDirectory, baseDir) : undefined;
  if (dir && !existsSync(dir)) {
    throw new ConfigurationError(`loadtest.ab.base-dir '${baseDir}' does not exist (looked in ${dir}).`, location);
  }
  return {
    baseRef,
    baseDir: dir,
    buildCommand: raw?.['build-command'],
    headRoot: ctx.workingDirectory,
    location,
  };
}

function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ConfigurationError(
      `--shard '${value}' must be i/n with 1 ≤ i ≤ n, e.g. --shard 2/4 in a job matrix of 4.`,
    );
  }
  return { index, count };
}

/** This shard's part of the load: connections, rate and amount split n ways (the remainder to the first shards). */
function shareOf(s: ScenarioSettings, shard: { index: number; count: number }): ScenarioSettings {
  const split = (x: number) => Math.max(1, Math.floor(x / shard.count) + (shard.index <= x % shard.count ? 1 : 0));
  return {
    ...s,
    connections: split(s.connections),
    rate: s.rate === undefined ? undefined : s.rate / shard.count,
    amount: s.amount === undefined ? undefined : split(s.amount),
  };
}

/** 'GET /users': without host and port, so the fingerprint survives a new port on every run. */
function oneOffName(method: string | undefined, target: string): string {
  let where = target;
  if (isAbsoluteUrl(target)) {
    try {
      const u = new URL(target.replace(/\$\{PORT\}/g, '1'));
      where = u.pathname + u.search;
    } catch {
      /* checkTarget reports it */
    }
  }
  return `${method?.toUpperCase() ?? 'GET'} ${where}`;
}

/** The thresholds and expectations a merged scenario is gated on: its config entry by name, else the globals. */
export function gateSettingsFor(
  raw: RawLoadtest,
  name: string,
  flags: FlagValues,
  ctx: Omit<SettingsContext, 'workingDirectory'>,
): Pick<ScenarioSettings, 'name' | 'thresholds' | 'location' | 'expectStatus' | 'expectRateLimit'> {
  const index = (raw.scenarios ?? []).findIndex((s) => s.name === name);
  const s = index >= 0 ? raw.scenarios?.[index] : undefined;
  const expectStatusFlag = flagString(flags, 'expect-status');
  return {
    name,
    thresholds: {
      errorRate: DEFAULTS.errorRate,
      ...fromRawThresholds(raw.thresholds),
      ...fromRawThresholds(s?.thresholds),
      ...thresholdFlags(flags),
    },
    location: { file: ctx.configFile, line: index >= 0 ? ctx.lineOf?.(['loadtest', 'scenarios', index]) : undefined },
    expectStatus: expectStatusFlag
      ? parseStatusList(expectStatusFlag)
      : s?.['expect-status'] === undefined
        ? undefined
        : [s['expect-status']].flat(),
    expectRateLimit: flagBoolean(flags, 'expect-rate-limit') ?? s?.['expect-rate-limit'] ?? false,
  };
}

function isAbsoluteUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

function resolveUrl(s: RawScenario, baseUrl: string | undefined, fail: (m: string) => never): string {
  if (s.url && s.path) fail('set either url or path, not both.');
  if (s.url) {
    if (!isAbsoluteUrl(s.url)) fail(`url '${s.url}' must start with http:// or https:// (use path for a path).`);
    return s.url;
  }
  if (!s.path) {
    if (baseUrl) return baseUrl;
    return fail('set url, or path together with base-url or start-command.');
  }
  if (!baseUrl)
    return fail(`path '${s.path}' needs base-url (or start-command, which implies http://127.0.0.1:\${PORT}).`);
  return baseUrl.replace(/\/+$/, '') + s.path;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Load is only ever sent where the user said: loopback, or anywhere with allow-remote. */
function checkTarget(url: string, allowRemote: boolean, fail: (m: string) => never): void {
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\$\{PORT\}/g, '1'));
  } catch {
    return fail(`'${url}' is not a valid URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(`'${url}' must be http or https.`);
  if (!allowRemote && !isLoopbackHost(parsed.hostname)) {
    fail(
      `target host '${parsed.hostname}' is not loopback. Load is sent only to 127.0.0.1/localhost unless you set loadtest.allow-remote: true (or --allow-remote) for a host you own.`,
    );
  }
}

function stringRecord(r: Record<string, string | number | boolean> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, String(v)]));
}

function looksLikeJson(body: string): boolean {
  const t = body.trim();
  if (!/^[[{]/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

export function parseHeaderFlags(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const i = v.indexOf(':');
    if (i <= 0) throw new ConfigurationError(`--header '${v}' must look like 'Name: value'.`);
    out[v.slice(0, i).trim()] = v.slice(i + 1).trim();
  }
  return out;
}

function parseStatusList(value: string): number[] {
  return value.split(',').map((part) => {
    const n = Number(part.trim());
    if (!Number.isInteger(n) || n < 100 || n > 599) {
      throw new ConfigurationError(`--expect-status '${value}' must be HTTP status codes (100–599), comma-separated.`);
    }
    return n;
  });
}

function fromRawThresholds(t: RawThresholds | undefined): Thresholds {
  const out: Thresholds = {};
  if (!t) return out;
  if (t.p50 !== undefined) out.p50 = t.p50;
  if (t.p95 !== undefined) out.p95 = t.p95;
  if (t.p99 !== undefined) out.p99 = t.p99;
  if (t.max !== undefined) out.max = t.max;
  if (t['error-rate'] !== undefined) out.errorRate = t['error-rate'];
  if (t['min-rps'] !== undefined) out.minRps = t['min-rps'];
  return out;
}

function thresholdFlags(flags: FlagValues): Thresholds {
  const out: Thresholds = {};
  const set = (key: keyof Thresholds, flag: string, allowZero = false) => {
    const v = allowZero ? nonNegativeNumber(flags, flag) : positiveNumber(flags, flag);
    if (v !== undefined) out[key] = v;
  };
  set('p50', 'p50');
  set('p95', 'p95');
  set('p99', 'p99');
  set('max', 'max-latency');
  set('errorRate', 'error-rate', true);
  set('minRps', 'min-rps', true);
  return out;
}

function numberFlag(flags: FlagValues, name: string, ok: (n: number) => boolean, what: string): number | undefined {
  const v = flagString(flags, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || !ok(n)) throw new ConfigurationError(`--${name} '${v}' must be ${what}.`);
  return n;
}

function positiveNumber(flags: FlagValues, name: string): number | undefined {
  return numberFlag(flags, name, (n) => n > 0, 'a number above 0');
}

function nonNegativeNumber(flags: FlagValues, name: string): number | undefined {
  return numberFlag(flags, name, (n) => n >= 0, 'a number ≥ 0');
}

function positiveInteger(flags: FlagValues, name: string): number | undefined {
  return numberFlag(flags, name, (n) => Number.isInteger(n) && n > 0, 'a whole number above 0');
}
