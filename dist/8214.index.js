export const id = 8214;
export const ids = [8214];
export const modules = {

/***/ 76188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DATABASE_DEFAULTS),
/* harmony export */   y: () => (/* binding */ buildDatabaseSettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74634);
/* harmony import */ var _postgres_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50922);
/**
 * `loadtest.database`: backend-gate provisions a scratch PostgreSQL database for the app under
 * test (migrations applied, seed run, pg_stat_statements on), exports its URL to the app, and
 * profiles the statements each scenario sends.
 */





const DATABASE_DEFAULTS = {
    envVar: 'DATABASE_URL',
    nPlusOneCallsPerRequest: 3,
    minCostReduction: 0.5,
    topStatements: 10,
    seedTimeoutS: 120,
};
function buildDatabaseSettings(raw, flags, ctx) {
    const urlFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'database-url');
    const providerFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'postgres');
    if (!raw)
        return undefined;
    const at = (...p) => ({ file: ctx.configFile, line: ctx.lineOf?.(['loadtest', 'database', ...p]) });
    const provider = (0,_postgres_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProvider */ .t)(providerFlag ?? raw.postgres, providerFlag ? '--postgres' : 'loadtest.database.postgres');
    const databaseUrl = urlFlag ?? raw['database-url'];
    if (provider === 'url' && !databaseUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('loadtest.database.postgres is url, but no database-url is given: pass --database-url (action input database-url).', at('postgres'));
    }
    let migrations;
    if (raw.migrations !== undefined) {
        migrations = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, raw.migrations);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(migrations) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(migrations).isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`loadtest.database.migrations '${raw.migrations}' is not a folder (looked in ${migrations}).`, at('migrations'));
        }
    }
    let seed;
    if (raw.seed !== undefined) {
        if (/\.sql$/i.test(raw.seed.trim())) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, raw.seed.trim());
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`loadtest.database.seed '${raw.seed}' not found (looked in ${file}).`, at('seed'));
            }
            seed = { kind: 'sql', file };
        }
        else {
            seed = { kind: 'command', command: raw.seed };
        }
    }
    return {
        provider,
        databaseUrl,
        migrations,
        migrationsDisplay: raw.migrations?.replace(/\/+$/, ''),
        seed,
        envVar: raw['env-var'] ?? DATABASE_DEFAULTS.envVar,
        nPlusOneCallsPerRequest: raw['n-plus-one-calls-per-request'] ?? DATABASE_DEFAULTS.nPlusOneCallsPerRequest,
        suggestIndexes: raw['suggest-indexes'] ?? true,
        minCostReduction: raw['min-cost-reduction'] ?? DATABASE_DEFAULTS.minCostReduction,
        topStatements: raw['top-statements'] ?? DATABASE_DEFAULTS.topStatements,
        workingDirectory: ctx.workingDirectory,
        location: at(),
    };
}


/***/ }),

/***/ 78214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULTS: () => (/* binding */ DEFAULTS),
/* harmony export */   buildLoadtestSettings: () => (/* binding */ buildLoadtestSettings),
/* harmony export */   gateSettingsFor: () => (/* binding */ gateSettingsFor),
/* harmony export */   isLoopbackHost: () => (/* binding */ isLoopbackHost),
/* harmony export */   parseHeaderFlags: () => (/* binding */ parseHeaderFlags)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74634);
/* harmony import */ var _database_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76188);
/**
 * Typed loadtest settings, built once from the `loadtest:` config section overridden by flags
 * (CLI) or inputs (Action). Everything the runner needs is resolved here: bodies read, thresholds
 * merged, targets checked against the loopback rule, so a mistake fails before any load is sent.
 */





const DEFAULTS = {
    connections: 10,
    duration: 10,
    timeout: 10,
    startupTimeout: 30,
    maxDuration: 300,
    regressionThreshold: 20,
    /** Percent: a run where more than 1 % of requests fail does not pass unless the user says so. */
    errorRate: 1,
};
function buildLoadtestSettings(raw, input, ctx) {
    const cfg = raw ?? {};
    const { flags } = input;
    const at = (...p) => ({ file: ctx.configFile, line: ctx.lineOf?.(['loadtest', ...p]) });
    const compare = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBoolean */ .$h)(flags, 'compare') ?? false;
    const targets = input.positionals;
    if (compare && targets.length !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--compare needs two URLs: backend-gate loadtest --compare URL1 URL2 (got ${targets.length}).`);
    }
    if (!compare && targets.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`loadtest takes one URL, got ${targets.length}: ${targets.join(' ')}. To compare two endpoints use --compare URL1 URL2.`);
    }
    const target = targets[0];
    const startCommand = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'start-command') ?? (target && isAbsoluteUrl(target) ? undefined : cfg['start-command']);
    const appCwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, cfg['working-directory'] ?? '.');
    const app = startCommand
        ? {
            command: startCommand,
            cwd: appCwd,
            env: stringRecord(cfg.env),
            readyUrl: (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'ready-url') ?? cfg['ready-url'],
            port: cfg.port,
            startupTimeout: positiveNumber(flags, 'startup-timeout') ?? cfg['startup-timeout'] ?? DEFAULTS.startupTimeout,
        }
        : undefined;
    if (app && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(app.cwd)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`loadtest.working-directory '${app.cwd}' does not exist.`, at('working-directory'));
    }
    const baseUrl = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'base-url') ?? cfg['base-url'] ?? (app ? 'http://127.0.0.1:${PORT}' : undefined);
    const allowRemote = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBoolean */ .$h)(flags, 'allow-remote') ?? cfg['allow-remote'] ?? false;
    const maxDuration = cfg['max-duration'] ?? DEFAULTS.maxDuration;
    const globalThresholds = { errorRate: DEFAULTS.errorRate, ...fromRawThresholds(cfg.thresholds) };
    const oneOff = (t, prefix = '') => ({
        name: prefix + oneOffName((0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'method'), t),
        ...(isAbsoluteUrl(t) ? { url: t } : { path: t }),
    });
    const rawScenarios = compare
        ? [{ raw: oneOff(targets[0], 'A: ') }, { raw: oneOff(targets[1], 'B: ') }]
        : target
            ? [{ raw: oneOff(target) }]
            : (cfg.scenarios ?? []).map((s, index) => ({ raw: s, index }));
    if (rawScenarios.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`nothing to load-test: pass a URL (backend-gate loadtest http://127.0.0.1:3000/health) or add loadtest.scenarios to the config.`, { file: ctx.configFile });
    }
    const scenarios = rawScenarios.map(({ raw: s, index }) => {
        const where = index === undefined ? { file: ctx.configFile } : at('scenarios', index);
        const fail = (message) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`scenario '${s.name}': ${message}`, where);
        };
        const url = resolveUrl(s, baseUrl, fail);
        checkTarget(url, allowRemote, fail);
        const headers = { ...stringRecord(s.headers), ...parseHeaderFlags((0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(flags, 'header')) };
        let body = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'body') ??
            (typeof s.body === 'string' ? s.body : s.body !== undefined ? JSON.stringify(s.body) : undefined);
        if (s['body-file']) {
            if (s.body !== undefined)
                fail(`set either body or body-file, not both.`);
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, s['body-file']);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
                fail(`body-file '${s['body-file']}' not found (looked in ${file}).`);
            body = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        }
        if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
            headers['content-type'] = looksLikeJson(body) ? 'application/json' : 'text/plain';
        }
        const method = ((0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'method') ?? s.method ?? 'GET').toUpperCase();
        const amount = positiveInteger(flags, 'amount') ?? s.amount;
        let duration = positiveNumber(flags, 'duration') ?? s.duration;
        if (amount !== undefined && duration !== undefined)
            fail('set either duration or amount, not both.');
        if (amount === undefined)
            duration ??= DEFAULTS.duration;
        if (duration !== undefined && duration > maxDuration) {
            fail(`duration ${duration} s is above max-duration (${maxDuration} s). Shorten it or raise loadtest.max-duration.`);
        }
        const connections = positiveInteger(flags, 'concurrency') ?? s.connections ?? DEFAULTS.connections;
        if (amount !== undefined && amount < connections)
            fail(`amount (${amount}) must be at least the number of connections (${connections}).`);
        const expectStatusFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'expect-status');
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
            expectRateLimit: (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBoolean */ .$h)(flags, 'expect-rate-limit') ?? s['expect-rate-limit'] ?? false,
            connections,
            duration,
            amount,
            warmup: nonNegativeNumber(flags, 'warmup') ?? s.warmup ?? 0,
            rate: positiveNumber(flags, 'rate') ?? s.rate,
            timeout: positiveNumber(flags, 'timeout') ?? s.timeout ?? DEFAULTS.timeout,
            thresholds: { ...globalThresholds, ...fromRawThresholds(s.thresholds), ...thresholdFlags(flags) },
            location: where,
        };
    });
    const names = new Set();
    for (const s of scenarios) {
        if (names.has(s.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`two scenarios are named '${s.name}'; names must be unique.`, s.location);
        names.add(s.name);
    }
    const database = (0,_database_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .buildDatabaseSettings */ .y)(cfg.database, flags, ctx);
    if (database && !app) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('loadtest.database needs loadtest.start-command: backend-gate starts the app with the scratch database URL in its environment.', database.location);
    }
    const shard = parseShard((0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'shard'));
    const ab = buildAbSettings(cfg.ab, (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'ab-base'), ctx, at('ab'));
    if (ab && !app) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('the A/B mode (loadtest.ab / --ab-base) needs loadtest.start-command: it starts the base build and the head build with it.', ab.location);
    }
    if (ab && compare)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('use either --compare URL1 URL2 or the A/B mode (--ab-base), not both.');
    if (ab && database) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('the A/B mode does not run with loadtest.database yet: run it without the database section.', ab.location);
    }
    if (ab && scenarios.some((s) => !s.url.includes('${PORT}'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('the A/B mode sends each trial to the base app and to the head app on their own ports: every scenario URL must use ${PORT} (use path with the default base-url).', ab.location);
    }
    const trials = positiveInteger(flags, 'trials') ?? cfg.trials ?? (compare || ab ? 3 : 1);
    const baseline = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'baseline') ?? cfg.baseline;
    const saveBaseline = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'save-baseline');
    return {
        app,
        allowRemote,
        maxDuration,
        scenarios: shard ? scenarios.map((s) => shareOf(s, shard)) : scenarios,
        trials,
        regressionThreshold: nonNegativeNumber(flags, 'regression-threshold') ?? cfg['regression-threshold'] ?? DEFAULTS.regressionThreshold,
        baseline: baseline ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, baseline) : undefined,
        saveBaseline: saveBaseline ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, saveBaseline) : undefined,
        shard,
        compare,
        database,
        ab,
    };
}
/** `--ab-base REF|DIR`: an existing directory is a base checkout, anything else a git ref. */
function buildAbSettings(raw, flag, ctx, location) {
    if (!raw && flag === undefined)
        return undefined;
    let baseRef = raw?.['base-ref'];
    let baseDir = raw?.['base-dir'];
    if (flag !== undefined) {
        const asDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, flag);
        const isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(asDir) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(asDir).isDirectory();
        baseRef = isDir ? undefined : flag;
        baseDir = isDir ? flag : undefined;
    }
    if (baseRef && baseDir) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('loadtest.ab: set either base-ref or base-dir, not both.', location);
    }
    if (!baseRef && !baseDir) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('loadtest.ab needs base-ref (a git ref such as origin/main) or base-dir (a checkout of the base), or pass --ab-base REF|DIR.', location);
    }
    const dir = baseDir ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, baseDir) : undefined;
    if (dir && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`loadtest.ab.base-dir '${baseDir}' does not exist (looked in ${dir}).`, location);
    }
    return {
        baseRef,
        baseDir: dir,
        buildCommand: raw?.['build-command'],
        headRoot: ctx.workingDirectory,
        location,
    };
}
function parseShard(value) {
    if (value === undefined)
        return undefined;
    const m = /^(\d+)\/(\d+)$/.exec(value.trim());
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--shard '${value}' must be i/n with 1 ≤ i ≤ n, e.g. --shard 2/4 in a job matrix of 4.`);
    }
    return { index, count };
}
/** This shard's part of the load: connections, rate and amount split n ways (the remainder to the first shards). */
function shareOf(s, shard) {
    const split = (x) => Math.max(1, Math.floor(x / shard.count) + (shard.index <= x % shard.count ? 1 : 0));
    return {
        ...s,
        connections: split(s.connections),
        rate: s.rate === undefined ? undefined : s.rate / shard.count,
        amount: s.amount === undefined ? undefined : split(s.amount),
    };
}
/** 'GET /users': without host and port, so the fingerprint survives a new port on every run. */
function oneOffName(method, target) {
    let where = target;
    if (isAbsoluteUrl(target)) {
        try {
            const u = new URL(target.replace(/\$\{PORT\}/g, '1'));
            where = u.pathname + u.search;
        }
        catch {
            /* checkTarget reports it */
        }
    }
    return `${method?.toUpperCase() ?? 'GET'} ${where}`;
}
/** The thresholds and expectations a merged scenario is gated on: its config entry by name, else the globals. */
function gateSettingsFor(raw, name, flags, ctx) {
    const index = (raw.scenarios ?? []).findIndex((s) => s.name === name);
    const s = index >= 0 ? raw.scenarios?.[index] : undefined;
    const expectStatusFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'expect-status');
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
        expectRateLimit: (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBoolean */ .$h)(flags, 'expect-rate-limit') ?? s?.['expect-rate-limit'] ?? false,
    };
}
function isAbsoluteUrl(s) {
    return /^https?:\/\//i.test(s);
}
function resolveUrl(s, baseUrl, fail) {
    if (s.url && s.path)
        fail('set either url or path, not both.');
    if (s.url) {
        if (!isAbsoluteUrl(s.url))
            fail(`url '${s.url}' must start with http:// or https:// (use path for a path).`);
        return s.url;
    }
    if (!s.path) {
        if (baseUrl)
            return baseUrl;
        return fail('set url, or path together with base-url or start-command.');
    }
    if (!baseUrl)
        return fail(`path '${s.path}' needs base-url (or start-command, which implies http://127.0.0.1:\${PORT}).`);
    return baseUrl.replace(/\/+$/, '') + s.path;
}
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
function isLoopbackHost(hostname) {
    return LOOPBACK.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** Load is only ever sent where the user said: loopback, or anywhere with allow-remote. */
function checkTarget(url, allowRemote, fail) {
    let parsed;
    try {
        parsed = new URL(url.replace(/\$\{PORT\}/g, '1'));
    }
    catch {
        return fail(`'${url}' is not a valid URL.`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        fail(`'${url}' must be http or https.`);
    if (!allowRemote && !isLoopbackHost(parsed.hostname)) {
        fail(`target host '${parsed.hostname}' is not loopback. Load is sent only to 127.0.0.1/localhost unless you set loadtest.allow-remote: true (or --allow-remote) for a host you own.`);
    }
}
function stringRecord(r) {
    return Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, String(v)]));
}
function looksLikeJson(body) {
    const t = body.trim();
    if (!/^[[{]/.test(t))
        return false;
    try {
        JSON.parse(t);
        return true;
    }
    catch {
        return false;
    }
}
function parseHeaderFlags(values) {
    const out = {};
    for (const v of values) {
        const i = v.indexOf(':');
        if (i <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--header '${v}' must look like 'Name: value'.`);
        out[v.slice(0, i).trim()] = v.slice(i + 1).trim();
    }
    return out;
}
function parseStatusList(value) {
    return value.split(',').map((part) => {
        const n = Number(part.trim());
        if (!Number.isInteger(n) || n < 100 || n > 599) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--expect-status '${value}' must be HTTP status codes (100–599), comma-separated.`);
        }
        return n;
    });
}
function fromRawThresholds(t) {
    const out = {};
    if (!t)
        return out;
    if (t.p50 !== undefined)
        out.p50 = t.p50;
    if (t.p95 !== undefined)
        out.p95 = t.p95;
    if (t.p99 !== undefined)
        out.p99 = t.p99;
    if (t.max !== undefined)
        out.max = t.max;
    if (t['error-rate'] !== undefined)
        out.errorRate = t['error-rate'];
    if (t['min-rps'] !== undefined)
        out.minRps = t['min-rps'];
    return out;
}
function thresholdFlags(flags) {
    const out = {};
    const set = (key, flag, allowZero = false) => {
        const v = allowZero ? nonNegativeNumber(flags, flag) : positiveNumber(flags, flag);
        if (v !== undefined)
            out[key] = v;
    };
    set('p50', 'p50');
    set('p95', 'p95');
    set('p99', 'p99');
    set('max', 'max-latency');
    set('errorRate', 'error-rate', true);
    set('minRps', 'min-rps', true);
    return out;
}
function numberFlag(flags, name, ok, what) {
    const v = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, name);
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || !ok(n))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--${name} '${v}' must be ${what}.`);
    return n;
}
function positiveNumber(flags, name) {
    return numberFlag(flags, name, (n) => n > 0, 'a number above 0');
}
function nonNegativeNumber(flags, name) {
    return numberFlag(flags, name, (n) => n >= 0, 'a number ≥ 0');
}
function positiveInteger(flags, name) {
    return numberFlag(flags, name, (n) => Number.isInteger(n) && n > 0, 'a whole number above 0');
}


/***/ }),

/***/ 50922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ parseDatabaseUrl),
  t: () => (/* binding */ parseProvider)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
;// CONCATENATED MODULE: ./src/postgres/types.ts
const POSTGRES_PROVIDERS = ['auto', 'url', 'docker', 'embedded'];

;// CONCATENATED MODULE: ./src/postgres/parse.ts
/**
 * Reading the PostgreSQL options users give (database URL, provider), without loading the pg
 * driver: settings are built by every run, most of which never connect.
 */



function parseDatabaseUrl(url, source = 'database-url') {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${source} is not a URL ('${(0,mask/* maskUrl */.yP)(url)}'). Expected postgres://user:password@host:5432/database.`);
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
        throw new errors/* ConfigurationError */.j1(`${source} must start with postgres:// or postgresql:// (got '${u.protocol}//…'). Expected postgres://user:password@host:5432/database.`);
    }
    return u;
}
function parseProvider(value, source = 'postgres') {
    if (value === undefined || value === '')
        return 'auto';
    if (POSTGRES_PROVIDERS.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${value}'. Expected one of: ${POSTGRES_PROVIDERS.join(', ')}.`);
}


/***/ })

};
