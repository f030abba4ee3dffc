export const id = 7296;
export const ids = [7296,8994];
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

/***/ 87296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLintSubcommand: () => (/* binding */ runLintSubcommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30876);
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44963);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8994);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7636);
/* harmony import */ var _sources_layouts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59230);
/* harmony import */ var _tool_transaction_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96307);
/**
 * `backend-gate migrations lint [PATH…]`: the static lint alone, no database (what squawk does).
 * A folder (default: the migrations folder) is read in its layout, so each file is linted as its
 * tool runs it (inside a transaction or not); a file named on its own is plain SQL run statement
 * by statement (psql -f). Rules in `migrations.lint.exclude` are skipped. Everything here is loaded
 * only for this subcommand: no PostgreSQL driver, no runner.
 */









async function runLintSubcommand(ctx, input) {
    const started = performance.now();
    const raw = (ctx.settings.config.raw.migrations ?? {});
    const cwd = ctx.settings.workingDirectory;
    const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__.buildMigrationsSettings)(raw, input.flags, cwd, ctx.env);
    // Folders named next to a `command` layout are read as what they look like.
    const layout = settings.layout === 'command' ? 'auto' : settings.layout;
    const named = input.positionals.slice(1);
    const files = [];
    if (named.length === 0) {
        if (settings.layout === 'command') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("migrations lint reads migration files, and layout 'command' has no folder to read: name the files or folders, e.g. 'backend-gate migrations lint db/migrate'.");
        }
        files.push(...readFolderOrSay(settings.dir, cwd, layout));
    }
    for (const p of named) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, p);
        const shown = (node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, full) || '.').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full, { throwIfNoEntry: false });
        if (!stat)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`migrations lint: '${shown}' does not exist. Name migration files or folders.`);
        if (stat.isDirectory())
            files.push(...readFolderOrSay(full, cwd, layout));
        else
            files.push({ name: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(full), path: shown, version: '', sql: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8') });
    }
    const inputs = files.map((f) => ({ sql: f.sql, file: f.path, inTransaction: (0,_tool_transaction_js__WEBPACK_IMPORTED_MODULE_7__/* .toolWraps */ .m)(f) }));
    const found = await (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .lintMigrationFiles */ .R3)(inputs, { exclude: settings.lintExclude });
    const findings = [];
    files.forEach((f, i) => findings.push(...(0,_tool_transaction_js__WEBPACK_IMPORTED_MODULE_7__/* .withToolNote */ .f)(found[i], f)));
    ctx.log.info(`linted ${files.length} migration file(s) in ${Math.round(performance.now() - started)} ms`);
    return lintReport(files, findings);
}
/**
 * A folder's migrations. A folder with none is a mistake worth naming (a project folder given
 * for its migrations folder, a typo in migrations.dir), not a lint that passes on nothing.
 */
function readFolderOrSay(dir, cwd, layout) {
    const files = (0,_sources_layouts_js__WEBPACK_IMPORTED_MODULE_6__/* .readFolder */ .j1)((0,_sources_files_js__WEBPACK_IMPORTED_MODULE_5__/* .localFolder */ .M1)(dir, cwd), layout);
    if (files.length > 0)
        return files;
    const shown = (node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, dir) || '.').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    const inner = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'migrations');
    const hint = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(inner, { throwIfNoEntry: false })?.isDirectory()
        ? ` Did you mean '${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, inner).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')}'?`
        : ' Name the folder that holds the migration files (or set migrations.dir).';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`migrations lint: '${shown}' holds no migration files.${hint}`);
}
function lintReport(files, findings) {
    const report = (0,_report_types_js__WEBPACK_IMPORTED_MODULE_8__/* .emptyReport */ ._O)('migrations', `Static lint of ${files.length} migration file(s), no database: ${findings.length} finding(s)`);
    report.findings = findings;
    const byFile = new Map();
    for (const f of findings)
        byFile.set(f.location?.file ?? '', (byFile.get(f.location?.file ?? '') ?? 0) + 1);
    report.metrics = { lintedFiles: files.length, lintFindings: findings.length };
    report.tables.push({
        title: 'Linted migrations',
        columns: ['File', 'Findings'],
        rows: files.map((f) => [f.path, byFile.get(f.path) ?? 0]),
    });
    return report;
}


/***/ }),

/***/ 96307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ withToolNote),
/* harmony export */   m: () => (/* binding */ toolWraps)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44963);

/** A fixed answer, or one decided from the file's parsed statements. */
function toolWraps(f) {
    switch (f.transaction?.kind ?? 'autocommit') {
        case 'autocommit':
            return false;
        case 'wrapped':
            return true;
        case 'single-query':
            return (statements) => statements.length > 1;
        case 'auto-detect': // Flyway: a file of only non-transactional statements runs outside one
            return (statements) => !statements.every((s) => (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .nonTransactionalStatement */ .eF)(s.ast) !== undefined);
    }
}
/** Fixes that say "the runner wraps this file in a transaction" say how this file's tool does it and how to opt out. */
function withToolNote(findings, f) {
    if (!f.transaction)
        return findings;
    for (const x of findings) {
        if (x.fix && /wraps this file in a transaction/.test(x.message))
            x.fix.description = f.transaction.note;
    }
    return findings;
}


/***/ })

};
