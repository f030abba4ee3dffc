export const id = 643;
export const ids = [643,8994];
export const modules = {

/***/ 8994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_COMMAND_TIMEOUT_S: () => (/* binding */ DEFAULT_COMMAND_TIMEOUT_S),
  DEFAULT_SEED_ROWS: () => (/* binding */ DEFAULT_SEED_ROWS),
  buildMigrationsSettings: () => (/* binding */ buildMigrationsSettings),
  startMigrationsPostgres: () => (/* binding */ startMigrationsPostgres)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: ./src/postgres/index.ts + 6 modules
var postgres = __webpack_require__(74880);
// EXTERNAL MODULE: ./src/migrations/sources/base.ts
var base = __webpack_require__(47742);
// EXTERNAL MODULE: ./src/migrations/sources/layouts.ts + 1 modules
var layouts = __webpack_require__(59230);
;// CONCATENATED MODULE: ./src/migrations/sources/node-pg-migrate-cli.ts
/**
 * How the project runs node-pg-migrate's CLI, read from its package.json `scripts`: whether the
 * pending migrations share one transaction (`--single-transaction`, the CLI's default) or each
 * gets its own (`--no-single-transaction`).
 */


/**
 * Whether node-pg-migrate runs all pending migrations in one transaction for this project: false
 * when a script of the nearest package.json that runs node-pg-migrate (from the migrations folder
 * up to the working directory) applies migrations with `--no-single-transaction`
 * (`--single-transaction false` / `=false`), else true, the tool's default.
 */
function projectKeepsSingleTransaction(dir, workingDirectory) {
    for (const manifest of manifestsAbove(dir, workingDirectory)) {
        const scripts = nodePgMigrateScripts(readScripts(manifest));
        if (scripts.length > 0)
            return !scripts.some((s) => !s.singleTransaction);
    }
    return true;
}
/** package.json files from `dir` up to `workingDirectory` (only the nearest one when `dir` is outside it), nearest first. */
function manifestsAbove(dir, workingDirectory) {
    const top = external_node_path_default().resolve(workingDirectory);
    const inside = !external_node_path_default().relative(top, dir).startsWith('..');
    const out = [];
    for (let at = external_node_path_default().resolve(dir);; at = external_node_path_default().dirname(at)) {
        const manifest = external_node_path_default().join(at, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest)) {
            out.push(manifest);
            if (!inside)
                break;
        }
        if ((inside && at === top) || external_node_path_default().dirname(at) === at)
            break;
    }
    const own = external_node_path_default().join(top, 'package.json');
    if (!out.includes(own) && (0,external_node_fs_.existsSync)(own))
        out.push(own);
    return out;
}
function readScripts(manifest) {
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
        return pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {};
    }
    catch {
        return {}; // a broken package.json is npm's to report
    }
}
/** Subcommands that do not apply pending migrations upwards. */
const NOT_UP = new Set(['create', 'down']);
/** The scripts that apply migrations with node-pg-migrate (`up`, `redo`, or migrations named in arguments). */
function nodePgMigrateScripts(scripts) {
    const out = [];
    for (const [name, command] of Object.entries(scripts)) {
        if (typeof command !== 'string')
            continue;
        // Each command of the script line (`a && b; c | d`) on its own.
        for (const part of command.split(/&&|\|\||[;|&]/)) {
            const words = part.trim().split(/\s+/).map(unquote);
            const at = words.findIndex((w) => /(^|\/)node-pg-migrate(\.[cm]?[jt]s)?$/.test(w));
            if (at === -1)
                continue;
            const args = words.slice(at + 1);
            if (args.some((a) => NOT_UP.has(a)))
                continue;
            out.push({ name, command: part.trim(), singleTransaction: !turnsSingleTransactionOff(args) });
        }
    }
    return out;
}
function unquote(word) {
    return word.replace(/^(['"])(.*)\1$/, '$2');
}
/** yargs' spellings: `--no-single-transaction`, `--single-transaction false`, `--single-transaction=false` (or camelCase). */
function turnsSingleTransactionOff(args) {
    return args.some((a, i) => {
        if (/^--no-(single-transaction|singleTransaction)$/.test(a))
            return true;
        if (/^--(single-transaction|singleTransaction)=(false|0)$/.test(a))
            return true;
        return /^--(single-transaction|singleTransaction)$/.test(a) && /^(false|0)$/.test(args[i + 1] ?? '');
    });
}

;// CONCATENATED MODULE: ./src/migrations/settings.ts
/**
 * Settings of the migrations mode: the `migrations:` config section overridden by flags
 * (CLI) or inputs (Action) of the same names. Paths are resolved against the working directory.
 */








/** Rows given to each table the PR touches before its statements run, unless configured. */
const DEFAULT_SEED_ROWS = 10_000;
const DEFAULT_COMMAND_TIMEOUT_S = 600;
function buildMigrationsSettings(raw, flags, workingDirectory, env = {}) {
    const dir = (0,modes/* flagString */.w)(flags, 'dir') ?? raw.dir ?? defaultDir(workingDirectory);
    const baseFlag = (0,modes/* flagString */.w)(flags, 'base');
    const baseVersionFlag = (0,modes/* flagString */.w)(flags, 'base-version');
    // A flag replaces the config's base whichever form it takes.
    const fromFlags = baseFlag !== undefined || baseVersionFlag !== undefined;
    const baseValue = fromFlags ? baseFlag : raw.base;
    const baseVersion = fromFlags
        ? baseVersionFlag
        : raw['base-version'] === undefined
            ? undefined
            : String(raw['base-version']);
    // In a pull request run by GitHub Actions, the base branch is known.
    const defaultBase = !baseValue && baseVersion === undefined && env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
    const pgVersion = (0,modes/* flagString */.w)(flags, 'postgres-version') ?? raw['postgres-version'];
    const command = (0,modes/* flagString */.w)(flags, 'command') ?? raw.command;
    const settings = {
        workingDirectory,
        dir: external_node_path_default().resolve(workingDirectory, dir),
        base: (0,base/* parseBase */.H)(baseValue ?? defaultBase, baseVersion, workingDirectory),
        databaseUrl: (0,modes/* flagString */.w)(flags, 'database-url'),
        provider: (0,postgres/* parseProvider */.te)((0,modes/* flagString */.w)(flags, 'postgres') ?? raw.postgres),
        postgresVersion: pgVersion === undefined ? undefined : String(pgVersion),
        lintExclude: raw.lint?.exclude ?? [],
        layout: (0,layouts/* parseLayout */.U8)((0,modes/* flagString */.w)(flags, 'layout') ?? raw.layout),
        singleTransaction: raw['single-transaction'] ?? projectKeepsSingleTransaction(external_node_path_default().resolve(workingDirectory, dir), workingDirectory),
        command,
        commandTimeoutMs: (raw['command-timeout'] ?? DEFAULT_COMMAND_TIMEOUT_S) * 1000,
        seedRows: parseSeedRows((0,modes/* flagString */.w)(flags, 'seed-rows') ?? raw['seed-rows']),
        seed: parseSeed((0,modes/* flagString */.w)(flags, 'seed') ?? raw.seed, workingDirectory),
        probe: parseProbe(flags, raw.probe),
        checkDown: raw['check-down'] ?? true,
        all: (0,modes/* flagBoolean */.$h)(flags, 'all') ?? raw.all ?? false,
    };
    // A command alone says how migrations are applied.
    if (settings.layout === 'auto' && command)
        settings.layout = 'command';
    if (settings.layout === 'command' && !settings.command) {
        throw new errors/* ConfigurationError */.j1("migrations layout 'command' needs migrations.command (or --command): the shell command that applies the migrations, e.g. 'npx knex migrate:latest'. It runs with DATABASE_URL set to a scratch database.");
    }
    return settings;
}
/** `--no-probe` turns the probe off, `--probe` on; else the config's migrations.probe; on by default. */
function parseProbe(flags, configured) {
    const on = (0,modes/* flagBoolean */.$h)(flags, 'probe');
    const off = (0,modes/* flagBoolean */.$h)(flags, 'no-probe');
    if (on === true && off === true) {
        throw new errors/* ConfigurationError */.j1('give either --probe or --no-probe (inputs probe / no-probe), not both.');
    }
    if (off === true)
        return false;
    return on ?? configured ?? true;
}
/** Where the usual tools keep migrations: ./migrations, Rails/dbmate's db/migrations, Flyway's db/migration, Prisma's. */
function defaultDir(workingDirectory) {
    const candidates = ['migrations', 'db/migrations', 'db/migration', 'prisma/migrations'];
    return candidates.find((d) => (0,external_node_fs_.existsSync)(external_node_path_default().join(workingDirectory, d))) ?? 'migrations';
}
function parseSeedRows(value) {
    if (value === undefined)
        return DEFAULT_SEED_ROWS;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 10_000_000) {
        throw new errors/* ConfigurationError */.j1(`migrations seed-rows '${value}' must be a whole number from 0 (no generated rows) to 10000000.`);
    }
    return n;
}
function parseSeed(value, workingDirectory) {
    if (!value)
        return undefined;
    if (/\.sql$/i.test(value.trim()))
        return { kind: 'sql', file: external_node_path_default().resolve(workingDirectory, value.trim()) };
    return { kind: 'command', command: value };
}
/** The PostgreSQL these settings name (a URL, Docker or embedded): the mode's and its subcommands'. */
function startMigrationsPostgres(settings, deps) {
    return (0,postgres/* startPostgres */.CO)({
        databaseUrl: settings.databaseUrl,
        provider: settings.provider,
        postgresVersion: settings.postgresVersion,
        log: deps.log,
        redactor: deps.redactor,
        signal: deps.signal,
    });
}


/***/ }),

/***/ 47742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseBase),
/* harmony export */   h: () => (/* binding */ readBaseMigrations)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23919);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7636);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59230);
/**
 * The migrations the base branch already has: from a git ref (read with `git show`, the
 * working tree is not touched), a folder, or "every version up to N". The PR's migrations are
 * the head files the base does not have.
 */







const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** `base` is a folder when one exists at that path, else a git ref. */
function parseBase(value, baseVersion, workingDirectory) {
    if (baseVersion !== undefined) {
        if (!/^\d+(?:[._]\d+)*$/.test(baseVersion)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`migrations base-version '${baseVersion}' must be a version number such as 003 or 20240101120000.`);
        }
        if (value !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('give either migrations base (a git ref or folder) or base-version, not both.');
        }
        return { kind: 'version', upTo: baseVersion };
    }
    if (value === undefined)
        return { kind: 'none' };
    const asDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workingDirectory, value);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(asDir) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(asDir).isDirectory())
        return { kind: 'dir', path: asDir };
    return { kind: 'git', ref: value };
}
async function readBaseMigrations(base, head, dir, workingDirectory, layout) {
    switch (base.kind) {
        case 'none':
            return [];
        case 'version':
            return head.filter((f) => !f.repeatable && (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(f.version, base.upTo) <= 0);
        case 'dir':
            return (0,_layouts_js__WEBPACK_IMPORTED_MODULE_6__/* .readFolder */ .j1)((0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .localFolder */ .M1)(base.path, workingDirectory), layout).map((f) => withHeadPaths(head, f));
        case 'git':
            return readFromGit(base.ref, dir, workingDirectory, head, layout);
    }
}
/** A base file is shown under the head path it has in the PR, so findings point at real files. */
function withHeadPaths(head, f) {
    const h = head.find((x) => x.name === f.name);
    if (!h)
        return f;
    return { ...f, path: h.path, down: f.down && h.down ? { ...f.down, path: h.down.path } : f.down };
}
async function readFromGit(ref, dir, workingDirectory, head, layout) {
    const git = (args) => run('git', args, { cwd: workingDirectory, maxBuffer: 256 * 1024 * 1024 }).then((r) => r.stdout);
    let top;
    try {
        top = (await git(['rev-parse', '--show-toplevel'])).trim();
        await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`migrations base '${ref}' is neither a folder nor a git commit in ${workingDirectory} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e).split('\n')[0]}). In CI, fetch the base branch (actions/checkout with fetch-depth: 0) or pass a folder.`);
    }
    const repoDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(top, dir).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
    const listing = await git(['ls-tree', '-r', '--name-only', `${ref}:${repoDir}`]).catch(() => '');
    // Files two levels deep at most, as on disk (Prisma: <migration>/migration.sql).
    const files = listing.split('\n').filter((f) => f && f.split('/').length <= 2);
    const prefix = repoDir ? `${repoDir}/` : '';
    // Read in one batch (a `git show` per file costs a process each).
    const texts = await readBlobs(workingDirectory, files.map((f) => `${ref}:${prefix}${f}`));
    const byPath = new Map(files.map((f, i) => [f, texts[i]]));
    const folder = {
        shown: node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workingDirectory, dir).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') || '.',
        files: () => files,
        read: (rel) => byPath.get(rel),
        root: dir,
        atRef: true,
    };
    return (0,_layouts_js__WEBPACK_IMPORTED_MODULE_6__/* .readFolder */ .j1)(folder, layout).map((f) => withHeadPaths(head, f));
}
/** Contents of several git objects (`ref:path`) through one `git cat-file --batch`. */
function readBlobs(cwd, specs) {
    if (specs.length === 0)
        return Promise.resolve([]);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
        const chunks = [];
        child.stdout.on('data', (c) => chunks.push(c));
        child.on('error', reject);
        child.on('close', () => {
            const out = Buffer.concat(chunks);
            const texts = [];
            let at = 0;
            for (let i = 0; i < specs.length; i++) {
                const nl = out.indexOf(10, at);
                const header = out.toString('utf8', at, nl);
                const m = / blob (\d+)$/.exec(header);
                if (!m) {
                    texts.push(undefined);
                    at = nl + 1;
                    continue;
                }
                const size = Number(m[1]);
                texts.push(out.toString('utf8', nl + 1, nl + 1 + size));
                at = nl + 1 + size + 1;
            }
            resolve(texts);
        });
        child.stdin.end(specs.join('\n') + '\n');
    });
}


/***/ }),

/***/ 50643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MIGRATIONS_SUBCOMMANDS: () => (/* binding */ MIGRATIONS_SUBCOMMANDS),
  isMigrationsSubcommand: () => (/* binding */ isMigrationsSubcommand),
  loadConfiguredStats: () => (/* binding */ loadConfiguredStats),
  runMigrationsSubcommand: () => (/* binding */ runMigrationsSubcommand),
  withTableSizes: () => (/* binding */ withTableSizes)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: ./src/migrations/settings.ts + 1 modules
var migrations_settings = __webpack_require__(8994);
// EXTERNAL MODULE: ./src/migrations/subcommands/stats.ts
var stats = __webpack_require__(48198);
// EXTERNAL MODULE: ./src/schema-health/catalog.ts
var catalog = __webpack_require__(96658);
;// CONCATENATED MODULE: ./src/migrations/subcommands/table-sizes.ts

const MICROSECONDS_PER_ROW = { rewrite: 1.75, 'index-build': 0.75, scan: 0.18 };
/** 1.75 s for 89 MB: about 51 MB/s. */
const NANOSECONDS_PER_BYTE_REWRITTEN = 1.75e9 / (89 * 1024 * 1024);
const DEFAULT_SMALL_TABLE_ROWS = 10_000;
/** Rules whose statement does work proportional to the table while holding its lock. */
const WORK_BY_RULE = {
    'table-rewrite': 'rewrite',
    'changing-column-type': 'rewrite',
    'adding-field-with-default': 'rewrite',
    'adding-serial-primary-key-field': 'index-build',
    'require-concurrent-index-creation': 'index-build',
    'disallowed-unique-constraint': 'index-build',
    'adding-foreign-key-constraint': 'scan',
    'constraint-missing-not-valid': 'scan',
    'adding-not-nullable-field': 'scan',
};
/**
 * Returns a copy of the report where lock findings on tables the stats know carry
 * `data.tableRows`, `data.tableBytes` and `data.estimatedBlockMs`, sit in the order of that
 * estimate (largest first, in the slots lock findings already had), and are notices when their
 * table is small. Other findings are untouched. Pure: no I/O.
 */
function applyTableSizes(report, stats, opts = {}) {
    const small = opts.smallTableRows ?? DEFAULT_SMALL_TABLE_ROWS;
    const source = opts.source ?? 'the stats file';
    const lookup = tableLookup(stats.tables);
    const byLocation = workByLocation(report.findings);
    const sized = new Map();
    const findings = report.findings.map((f) => {
        const work = workOf(f) ?? siblingWork(f, byLocation);
        if (!work)
            return f;
        const table = largest(tablesOf(f).map(lookup));
        if (!table)
            return f;
        const estimatedMs = estimateBlockMs(work, table);
        const blocks = blockedTraffic(f);
        const size = `${table.schema}.${table.table}: ${table.rows.toLocaleString('en-US')} rows, ${(0,catalog/* formatBytes */.z3)(table.tableBytes)}`;
        const isSmall = table.rows < small;
        const severity = isSmall ? 'notice' : f.severity;
        const note = isSmall
            ? ` Downgraded to notice: at the size in ${source} (${size}), fewer than ${small.toLocaleString('en-US')} rows, the lock lasts about ${formatDuration(estimatedMs)}.`
            : ` At the size in ${source} (${size}) it would block ${blocks} for about ${formatDuration(estimatedMs)} (estimate).`;
        const out = {
            ...f,
            severity,
            message: f.message + note,
            data: {
                ...f.data,
                tableRows: table.rows,
                tableBytes: table.tableBytes,
                estimatedBlockMs: Math.round(estimatedMs),
                lockWork: work,
                ...(severity !== f.severity ? { severityBeforeTableSize: f.severity } : {}),
            },
        };
        sized.set(out, { finding: out, table, work, estimatedMs });
        return out;
    });
    // Ranked in place: lock findings trade slots among themselves, the rest keep theirs.
    const slots = findings.flatMap((f, i) => (sized.has(f) ? [i] : []));
    const ranked = slots.map((i) => sized.get(findings[i])).sort((a, b) => b.estimatedMs - a.estimatedMs);
    slots.forEach((slot, k) => (findings[slot] = ranked[k].finding));
    const result = { ...report, findings, metrics: { ...report.metrics }, tables: [...report.tables] };
    result.metrics['lock-findings-sized'] = ranked.length;
    result.metrics['lock-findings-downgraded'] = ranked.filter((s) => s.table.rows < small).length;
    result.metrics['max-estimated-block-ms'] = Math.round(ranked[0]?.estimatedMs ?? 0);
    if (ranked.length > 0) {
        result.tables.push({
            title: `Lock findings at production size (${source})`,
            columns: [
                '#',
                'Rule',
                'Table',
                'Rows',
                'Size',
                'Work under the lock',
                'Blocks',
                'Estimated',
                'Severity',
                'Where',
            ],
            rows: ranked.map((s, k) => [
                k + 1,
                s.finding.rule,
                `${s.table.schema}.${s.table.table}`,
                s.table.rows,
                (0,catalog/* formatBytes */.z3)(s.table.tableBytes),
                s.work,
                blockedTraffic(s.finding),
                formatDuration(s.estimatedMs),
                s.finding.severity,
                s.finding.location ? `${s.finding.location.file}:${s.finding.location.line ?? ''}` : '',
            ]),
        });
    }
    return result;
}
function estimateBlockMs(work, table) {
    const byRows = (table.rows * MICROSECONDS_PER_ROW[work]) / 1000;
    if (work !== 'rewrite')
        return byRows;
    return Math.max(byRows, (table.tableBytes * NANOSECONDS_PER_BYTE_REWRITTEN) / 1e6);
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(1, Math.round(ms))} ms`;
    if (ms < 120_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
    if (ms < 7_200_000)
        return `${Math.round(ms / 60_000)} min`;
    return `${(ms / 3_600_000).toFixed(1)} h`;
}
/** Table names a finding is about: lint's `table`/`tables` (as written), the runner's `public.orders`. */
function tablesOf(f) {
    const d = f.data ?? {};
    const names = [d.table, ...(Array.isArray(d.tables) ? d.tables : [])];
    return names.filter((n) => typeof n === 'string' && n !== '' && n !== '?');
}
/** `orders` matches public.orders first, then the only table of that name in any schema; `s.t` matches exactly. */
function tableLookup(tables) {
    const exact = new Map(tables.map((t) => [`${t.schema}.${t.table}`, t]));
    const byName = new Map();
    for (const t of tables)
        byName.set(t.table, [...(byName.get(t.table) ?? []), t]);
    return (name) => {
        const clean = name.replace(/"/g, '');
        if (exact.has(clean))
            return exact.get(clean);
        if (clean.includes('.'))
            return undefined;
        const candidates = byName.get(clean) ?? [];
        return exact.get(`public.${clean}`) ?? (candidates.length === 1 ? candidates[0] : undefined);
    };
}
function largest(tables) {
    return tables.reduce((a, b) => (b && (!a || b.rows > a.rows) ? b : a), undefined);
}
function locationKey(f) {
    return f.location?.line === undefined ? undefined : `${f.location.file}:${f.location.line}`;
}
/** The measured blocks-traffic finding has no statement kind: it borrows the work of a lint finding on the same line. */
function workByLocation(findings) {
    const out = new Map();
    for (const f of findings) {
        const key = locationKey(f);
        const work = workOf(f);
        if (key && work && f.rule !== 'blocks-traffic')
            out.set(key, work);
    }
    return out;
}
function siblingWork(f, byLocation) {
    if (f.rule !== 'blocks-traffic')
        return undefined;
    const key = locationKey(f);
    return key ? byLocation.get(key) : undefined;
}
/** The runner's measurements of the statement (`data.measured`), or the older flat fields. */
function measuredOf(f) {
    const m = f.data?.measured;
    return m && typeof m === 'object' ? m : (f.data ?? {});
}
/** The rule says what work its statement does; a rewrite measured on the scratch database says it too. */
function workOf(f) {
    const measuredRewrite = Array.isArray(measuredOf(f).rewrites) && measuredOf(f).rewrites.length > 0;
    if (f.data?.rewrite === true || (measuredRewrite && f.rule !== 'blocks-traffic'))
        return 'rewrite';
    return WORK_BY_RULE[f.rule];
}
/** What waits: ACCESS EXCLUSIVE stops reads too; SHARE-type locks stop writes. */
function blockedTraffic(f) {
    const d = f.data ?? {};
    const read = measuredOf(f).readBlockedMs;
    if (typeof read === 'number')
        return read > 0 ? 'reads and writes' : 'writes';
    if (f.rule === 'table-rewrite')
        return 'reads and writes';
    const lock = typeof d.lock === 'string' ? d.lock.toUpperCase() : '';
    return lock === 'ACCESS EXCLUSIVE' || lock === '' ? 'reads and writes' : 'writes';
}

;// CONCATENATED MODULE: ./src/migrations/subcommands/index.ts
/**
 * `backend-gate migrations <subcommand>`: diff (schema file → migration + rollback),
 * suggest-indexes (proven index migrations for the migrated schema) and stats (table sizes of a
 * live database). Each builds its settings from the `migrations:` section and the flags, like
 * the mode itself, and returns a Report.
 */






const MIGRATIONS_SUBCOMMANDS = ['diff', 'suggest-indexes', 'stats'];
function isMigrationsSubcommand(word) {
    return MIGRATIONS_SUBCOMMANDS.includes(word ?? '');
}
async function runMigrationsSubcommand(ctx, input) {
    const [sub, ...extra] = input.positionals;
    if (!isMigrationsSubcommand(sub)) {
        throw new errors/* ConfigurationError */.j1(`unknown migrations subcommand '${sub}'. Expected one of: ${MIGRATIONS_SUBCOMMANDS.join(', ')}. Run 'backend-gate migrations --help'.`);
    }
    if (extra.length > 0) {
        throw new errors/* ConfigurationError */.j1(`unexpected argument '${extra[0]}' for migrations ${sub}. Run 'backend-gate migrations --help'.`);
    }
    const raw = (ctx.settings.config.raw.migrations ?? {});
    const cwd = ctx.settings.workingDirectory;
    const settings = (0,migrations_settings.buildMigrationsSettings)(raw, input.flags, cwd, ctx.env);
    ctx.redactor.addUrl(settings.databaseUrl);
    const sc = {
        ctx,
        flags: input.flags,
        raw,
        settings,
        shown: (p) => (external_node_path_default().relative(cwd, p) || '.').split((external_node_path_default()).sep).join('/'),
    };
    switch (sub) {
        case 'diff':
            return (await Promise.all(/* import() */[__webpack_require__.e(4963), __webpack_require__.e(3949), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 555))).runDiffSubcommand(sc);
        case 'suggest-indexes':
            return (await Promise.all(/* import() */[__webpack_require__.e(4955), __webpack_require__.e(4963), __webpack_require__.e(2034), __webpack_require__.e(8206), __webpack_require__.e(9288)]).then(__webpack_require__.bind(__webpack_require__, 39288))).runSuggestIndexesSubcommand(sc);
        case 'stats':
            return (await __webpack_require__.e(/* import() */ 7390).then(__webpack_require__.bind(__webpack_require__, 97390))).runStatsSubcommand(sc);
    }
}
/** The stats file of `--stats` or `migrations.stats`, read and checked; undefined when none is set. */
async function loadConfiguredStats(ctx, flags) {
    const raw = (ctx.settings.config.raw.migrations ?? {});
    const value = (0,modes/* flagString */.w)(flags, 'stats') ?? raw.stats;
    const file = (0,stats/* statsPath */.Zf)(value, ctx.settings.workingDirectory);
    if (!file)
        return undefined;
    const source = (external_node_path_default().relative(ctx.settings.workingDirectory, file) || file).split((external_node_path_default()).sep).join('/');
    return { stats: await (0,stats/* readStatsFile */.wS)(file, source), source };
}
/** The runner's report judged by production table sizes when a stats file is configured. */
function withTableSizes(report, loaded) {
    return loaded ? applyTableSizes(report, loaded.stats, { source: loaded.source }) : report;
}


/***/ }),

/***/ 48198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ readTableSizes),
/* harmony export */   Zf: () => (/* binding */ statsPath),
/* harmony export */   h_: () => (/* binding */ writeStatsFile),
/* harmony export */   oo: () => (/* binding */ STATS_FORMAT),
/* harmony export */   p1: () => (/* binding */ topLevelTables),
/* harmony export */   wS: () => (/* binding */ readStatsFile)
/* harmony export */ });
/* unused harmony export parseStats */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96658);
/**
 * Table sizes of a live database, as a stats file (`backend-gate migrations stats --database-url
 * URL --output stats.json`): planner row estimates and on-disk sizes per table, read through the
 * audit's read-only session (catalog and statistics reads only, no table scan). The file lets
 * the migrations mode judge lock findings by the size the tables have in production.
 */




/** Written in every stats file: a file without it is not ours and is never overwritten. */
const STATS_FORMAT = 'backend-gate-table-stats/1';
/**
 * Partitioned tables are sized as the sum of their leaf partitions (a lock on the parent
 * reaches all of them); partitions themselves are listed too, so either name matches.
 */
const TABLE_SIZES_SQL = `
WITH sized AS (
  SELECT c.oid, n.nspname AS schema, c.relname AS table, c.relkind,
         (SELECT pn.nspname || '.' || pc.relname FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
           WHERE c.relispartition AND i.inhrelid = c.oid) AS partition_of,
         CASE WHEN c.reltuples >= 0 THEN c.reltuples ELSE coalesce(s.n_live_tup, 0) END AS rows,
         pg_catalog.pg_table_size(c.oid) AS table_bytes,
         pg_catalog.pg_indexes_size(c.oid) AS index_bytes
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
   WHERE c.relkind IN ('r', 'p', 'm') AND ${(0,_schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .inScope */ .SB)()}
)
SELECT p.schema, p.table, p.partition_of,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.rows, 0) ELSE p.rows END)::bigint::text AS rows,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.table_bytes, 0) ELSE p.table_bytes END)::text AS table_bytes,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.index_bytes, 0) ELSE p.index_bytes END)::text AS index_bytes
  FROM sized p
  LEFT JOIN LATERAL (
    SELECT sum(l.rows) AS rows, sum(l.table_bytes) AS table_bytes, sum(l.index_bytes) AS index_bytes
      FROM pg_catalog.pg_partition_tree(p.oid) t JOIN sized l ON l.oid = t.relid
     WHERE t.isleaf AND p.relkind = 'p'
  ) leaf ON true
 ORDER BY 1, 2`;
async function readTableSizes(db) {
    const { rows } = await db.query(TABLE_SIZES_SQL, [null]);
    return rows.map((r) => ({
        schema: r.schema,
        table: r.table,
        rows: Number(r.rows),
        tableBytes: Number(r.table_bytes),
        indexBytes: Number(r.index_bytes),
        ...(r.partition_of ? { partitionOf: r.partition_of } : {}),
    }));
}
/** Tables that are not partitions: what totals add up (a partitioned table already sums its partitions). */
function topLevelTables(tables) {
    return tables.filter((t) => !t.partitionOf);
}
/** Reads and checks a stats file; every problem is a ConfigurationError naming the file. */
async function readStatsFile(file, shown = file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`stats file '${shown}' cannot be read. Write one with 'backend-gate migrations stats --database-url URL --output ${shown}', or remove migrations.stats from the config.`);
    }
    return parseStats(text, shown);
}
function parseStats(text, shown) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`stats file is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}.`, { file: shown });
    }
    const d = data;
    if (!d || typeof d !== 'object' || d.format !== STATS_FORMAT || !Array.isArray(d.tables)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`not a backend-gate stats file (expected "format": "${STATS_FORMAT}" and a "tables" list). Write it with 'backend-gate migrations stats'.`, { file: shown });
    }
    d.tables.forEach((t, i) => {
        const ok = t &&
            typeof t.schema === 'string' &&
            typeof t.table === 'string' &&
            Number.isFinite(t.rows) &&
            Number.isFinite(t.tableBytes ?? 0) &&
            Number.isFinite(t.indexBytes ?? 0);
        if (!ok) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`tables[${i}] needs "schema" and "table" (strings) and "rows" (a number); "tableBytes" and "indexBytes" are numbers when present.`, { file: shown });
        }
    });
    return {
        ...d,
        tables: d.tables.map((t) => ({ ...t, tableBytes: t.tableBytes ?? 0, indexBytes: t.indexBytes ?? 0 })),
    };
}
/**
 * Writes the stats file. It is a snapshot meant to be refreshed, so an older stats file is
 * replaced; any other file at that path is left alone.
 */
async function writeStatsFile(file, stats, shown = file) {
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
    if (existing !== undefined) {
        let ours = false;
        try {
            ours = JSON.parse(existing).format === STATS_FORMAT;
        }
        catch {
            ours = false;
        }
        if (!ours) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`'${shown}' exists and is not a backend-gate stats file; nothing was overwritten. Pass another --output.`);
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(stats, null, 2)}\n`);
}
/** The stats file named by --stats or migrations.stats, resolved against the working directory. */
function statsPath(value, workingDirectory) {
    return value ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workingDirectory, value) : undefined;
}


/***/ }),

/***/ 96658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ dropIndexFix),
/* harmony export */   I8: () => (/* binding */ anyRelationInScope),
/* harmony export */   Jx: () => (/* binding */ listIndexes),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   RG: () => (/* binding */ notExtensionMember),
/* harmony export */   Ro: () => (/* binding */ columnsOfType),
/* harmony export */   SB: () => (/* binding */ inScope),
/* harmony export */   Ss: () => (/* binding */ qualify),
/* harmony export */   Vy: () => (/* binding */ display),
/* harmony export */   ew: () => (/* binding */ scopeParam),
/* harmony export */   fA: () => (/* binding */ INDEX_WITH_TABLE),
/* harmony export */   hP: () => (/* binding */ columnList),
/* harmony export */   td: () => (/* binding */ INDEX_KEY_COLUMNS),
/* harmony export */   v4: () => (/* binding */ quoteIdent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports quoteLiteral, locate */
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40905);
/**
 * Shared pieces of the schema-health checks: which schemas are in scope, identifier quoting,
 * the index list several checks read, and the one way a check turns a catalog row into a Finding.
 * Everything here issues catalog reads only, so it is safe inside a READ ONLY transaction.
 */

/**
 * SQL predicate on a pg_namespace alias: the schemas in ctx.schemas ($1), or when $1 is NULL
 * every schema except the system ones. Every check query passes scopeParam(ctx) as $1.
 */
function inScope(nsp = 'n') {
    return `(CASE WHEN $1::text[] IS NULL
     THEN ${nsp}.nspname NOT IN ('pg_catalog', 'information_schema') AND ${nsp}.nspname !~ '^pg_(toast|temp_)'
     ELSE ${nsp}.nspname = ANY($1::text[]) END)`;
}
/** SQL predicate: the pg_class row `rel` is not part of an extension (PostGIS tables are not ours to judge). */
function notExtensionMember(rel = 'c') {
    return `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend ext
     WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.objid = ${rel}.oid AND ext.deptype = 'e')`;
}
/** SQL FROM items: each index (pg_index `i`, its pg_class `ic`) with its table `t` and the table's schema `n`. */
const INDEX_WITH_TABLE = `pg_catalog.pg_index i
       JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace`;
/** SQL text[] of the key columns (not INCLUDE ones) of the pg_index `i`, as written: expressions too. */
const INDEX_KEY_COLUMNS = `ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                      FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k)`;
function scopeParam(ctx) {
    return ctx.schemas && ctx.schemas.length > 0 ? ctx.schemas : null;
}
/** Quote an identifier the way PostgreSQL's quote_ident does. */
function quoteIdent(name) {
    return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
/** schema.name, quoted where needed; the schema is omitted for `public` to keep fixes readable. */
function qualify(schema, name) {
    return schema === 'public' ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
/** schema.name as a person reads it (unquoted): used in messages and fingerprints. */
function display(schema, name) {
    return `${schema}.${name}`;
}
/** SQL string literal. */
function quoteLiteral(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
// Reserved key words that cannot be used unquoted as column or table names (PostgreSQL 18).
const RESERVED = new Set(('all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
    'leading limit localtime localtimestamp not null offset on only or order placing primary references returning ' +
    'select session_user some symmetric system_user table then to trailing true union unique user using variadic when where window with').split(' '));
function locate(ctx, schema, table) {
    const source = ctx.sourceOf?.(display(schema, table)) ?? ctx.sourceOf?.(table);
    return source ? { file: source.file, line: source.line } : undefined;
}
/** The one place a check builds a Finding, so rule, fingerprint and location stay uniform. */
function makeFinding(check, ctx, p) {
    const finding = {
        rule: check.id,
        severity: p.severity ?? check.severity,
        message: p.message,
        fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(check.id, display(p.schema, p.table), (p.columns ?? []).join(','), ...(p.subject ?? [])),
        data: { schema: p.schema, table: p.table, ...(p.columns ? { columns: p.columns } : {}), ...p.data },
    };
    const location = locate(ctx, p.schema, p.table);
    if (location)
        finding.location = location;
    if (p.fix)
        finding.fix = p.fix;
    return finding;
}
function columnList(columns) {
    return columns.length === 1 ? columns[0] : `(${columns.join(', ')})`;
}
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let v = bytes;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
/**
 * Whether the scope holds any relation at all (table, index, sequence, view, type…). Every check
 * judges relations in scope and what hangs on them, so without one there is nothing to find.
 */
async function anyRelationInScope(ctx) {
    const { rows } = await ctx.db.query(`SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     WHERE ${inScope()}) AS found`, [scopeParam(ctx)]);
    return rows[0].found;
}
/** `read()` once per run of the checks (ctx.shared), else each time. Callers must not change what it returns. */
function sharedRead(ctx, key, read) {
    if (!ctx.shared)
        return read();
    let p = ctx.shared.get(key);
    if (!p)
        ctx.shared.set(key, (p = read()));
    return p;
}
/** Every index on a table or materialized view in scope (partitions' own indexes included). */
function listIndexes(ctx) {
    return sharedRead(ctx, 'indexes', () => readIndexes(ctx));
}
async function readIndexes(ctx) {
    const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name, am.amname AS method,
            i.indisunique AS unique, i.indisprimary AS primary, i.indisvalid AS valid,
            con.conname AS constraint, con.contype::text AS constraint_type,
            ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                    FROM generate_series(1, i.indnatts) AS k ORDER BY k) AS columns,
            i.indnkeyatts AS nkey,
            i.indclass::text AS opclasses, i.indcollation::text AS collations, i.indoption::text AS options,
            pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
            (pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct')::boolean AS nulls_not_distinct,
            pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
            pg_catalog.pg_relation_size(i.indexrelid) AS bytes
       FROM ${INDEX_WITH_TABLE}
       JOIN pg_catalog.pg_am am ON am.oid = ic.relam
       LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')
      WHERE t.relkind IN ('r', 'p', 'm') AND ${inScope()} AND ${notExtensionMember('t')}
      ORDER BY n.nspname, t.relname, ic.relname`, [scopeParam(ctx)]);
    return rows.map((r) => {
        const nkey = Number(r.nkey);
        const split = (s) => (s.trim() === '' ? [] : s.trim().split(/\s+/)).slice(0, nkey);
        return {
            schema: r.schema,
            table: r.table,
            name: r.name,
            method: r.method,
            unique: r.unique,
            primary: r.primary,
            valid: r.valid,
            constraint: r.constraint,
            constraintType: r.constraint_type,
            keyColumns: r.columns.slice(0, nkey),
            includeColumns: r.columns.slice(nkey),
            opclasses: split(r.opclasses),
            collations: split(r.collations),
            options: split(r.options),
            predicate: r.predicate,
            nullsNotDistinct: r.nulls_not_distinct === true,
            definition: r.definition,
            bytes: Number(r.bytes),
        };
    });
}
/** The index fix pair: drop concurrently (outside a transaction), and how to get it back. */
function dropIndexFix(index, why) {
    return {
        description: `${why} Run outside a transaction block; the rollback is the original definition.`,
        text: `DROP INDEX CONCURRENTLY IF EXISTS ${qualify(index.schema, index.name)};\n` +
            `-- rollback: ${index.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY IF NOT EXISTS ')};`,
    };
}
/**
 * Columns of ordinary and partitioned tables (not partitions: their parent is reported once)
 * whose type is one of `types` (regtype names such as 'json', 'money', 'timestamp without time zone').
 */
async function columnsOfType(ctx, types) {
    if (ctx.shared) {
        // Several checks ask for a type each: one read of every column serves them all.
        const all = await sharedRead(ctx, 'columns', () => readColumns(ctx, null));
        return all.filter((c) => types.includes(c.regtype)).map(({ regtype: _, ...c }) => c);
    }
    return (await readColumns(ctx, types)).map(({ regtype: _, ...c }) => c);
}
/** Columns of the tables in scope whose type is one of `types` (all columns when null). */
async function readColumns(ctx, types) {
    const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, a.attname AS column,
            pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
            a.atttypid::regtype::text AS regtype
       FROM pg_catalog.pg_attribute a
       JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
        AND ($2::text[] IS NULL OR a.atttypid::regtype::text = ANY($2::text[]))
        AND ${inScope()} AND ${notExtensionMember()}
      ORDER BY 1, 2, a.attnum`, [scopeParam(ctx), types]);
    return rows;
}


/***/ })

};
