export const id = 1559;
export const ids = [1559];
export const modules = {

/***/ 7636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ selectMigrationNames),
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   Ft: () => (/* binding */ isRollbackFile),
/* harmony export */   M1: () => (/* binding */ localFolder),
/* harmony export */   Oz: () => (/* binding */ readMigrationDir),
/* harmony export */   Zy: () => (/* binding */ compareVersions)
/* harmony export */ });
/* unused harmony export displayPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59230);
/**
 * A migration as the mode sees it, whatever tool wrote it: its identity (name), its version, the
 * SQL of its up direction (and of its down one, where the layout has it), and how the tool sends
 * it to PostgreSQL (transaction model). Reading a folder is layouts.ts's job; this file keeps the
 * shared shape and the plain-SQL helpers other modes import.
 */



// A cycle, on purpose and harmless: each side only calls the other's functions at run time.

const VERSION = /^(\d+)/;
function versionOf(name) {
    return VERSION.exec(name)?.[1];
}
/** Numeric, part by part: '2' < '10', '1.2' < '1.10', and '003' equals '3'. */
function compareVersions(a, b) {
    const pa = a.split(/[._]/);
    const pb = b.split(/[._]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = BigInt(pa[i] || '0');
        const y = BigInt(pb[i] || '0');
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** Rollback files written next to a migration (the schema diff's and the index fixes' `*_rollback.sql`). */
function isRollbackFile(name) {
    return /_rollback\.sql$/i.test(name);
}
/** Which names in a plain-SQL folder listing are migrations, in apply order. Throws on names it cannot order. */
function selectMigrationNames(names, where) {
    const sql = names.filter((n) => n.endsWith('.sql') && !n.includes('/') && !isRollbackFile(n));
    const goMigrate = sql.some((n) => n.endsWith('.up.sql'));
    const picked = goMigrate ? sql.filter((n) => n.endsWith('.up.sql')) : sql.filter((n) => !n.endsWith('.down.sql'));
    const out = picked.map((name) => {
        const version = versionOf(name);
        if (version === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot order migration '${name}': its name has no version prefix. Rename it like 001_${name} (plain SQL migrations are applied in version order).`, { file: node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(where, name) });
        }
        return { name, version };
    });
    return out.sort((a, b) => compareVersions(a.version, b.version) || a.name.localeCompare(b.name));
}
/**
 * The migrations of a folder in apply order, its layout detected (or given). Kept synchronous
 * for the other modes that apply a project's migrations (loadtest, schema diff).
 */
function readMigrationDir(dir, workingDirectory, layout) {
    return (0,_layouts_js__WEBPACK_IMPORTED_MODULE_3__/* .readFolder */ .j1)(localFolder(dir, workingDirectory), layout);
}
function localFolder(dir, workingDirectory) {
    const shown = displayPath(dir, workingDirectory);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`migrations directory '${shown}' does not exist or is not a directory. Set migrations.dir in the config or pass --dir.`);
    }
    return {
        shown,
        root: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir),
        files: () => {
            const out = [];
            // A symlinked migration (shared between projects) counts as the file it points to.
            const isFile = (e, parent) => e.isFile() || (e.isSymbolicLink() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(parent, e.name), { throwIfNoEntry: false })?.isFile());
            for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
                if (isFile(e, dir))
                    out.push(e.name);
                else if (e.isDirectory() && !e.name.startsWith('.')) {
                    const sub = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name);
                    for (const f of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(sub, { withFileTypes: true })) {
                        if (isFile(f, sub))
                            out.push(`${e.name}/${f.name}`);
                    }
                }
            }
            return out.sort();
        },
        read: (rel) => {
            const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...rel.split('/'));
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8') : undefined;
        },
    };
}
function displayPath(p, workingDirectory) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workingDirectory, p) || '.';
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ }),

/***/ 59230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ey: () => (/* binding */ detectLayout),
  U8: () => (/* binding */ parseLayout),
  j1: () => (/* binding */ readFolder),
  VX: () => (/* binding */ upSection)
});

// UNUSED EXPORTS: FOLDER_LAYOUTS, LAYOUTS, TRANSACTION_MODELS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/migrations/sources/files.ts
var sources_files = __webpack_require__(7636);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/migrations/sources/node-pg-migrate.ts
/**
 * node-pg-migrate's JavaScript/TypeScript migrations, rendered to SQL by the project's own
 * node-pg-migrate (never a copy of ours): its MigrationBuilder is handed to each file's `up` (and
 * `down`) the way its runner does, and the SQL steps it collects are the migration. This runs in a
 * child process (the user's code stays out of ours; the folder is read synchronously), with the
 * project's tsx loaded for TypeScript. Each step is placed on the line of the `pgm.…()` call that
 * produced it, so findings land on the JS/TS file's own lines.
 */







/** Files node-pg-migrate loads as code (a `.d.ts` beside them is a type declaration, not a migration). */
const SCRIPT_MIGRATION = /^(?!.*\.d\.[cm]?ts$)\d+[^/]*\.(?:[cm]?js|[cm]?ts)$/;
const SCRIPT_TRANSACTION = {
    wrapped: {
        kind: 'wrapped',
        note: 'node-pg-migrate runs this migration in a transaction (by default, one transaction shared by all pending migrations): call pgm.noTransaction() in it, best in a migration of its own (its other statements then run without a transaction too).',
    },
    none: {
        kind: 'autocommit',
        note: 'node-pg-migrate runs this migration without a transaction (pgm.noTransaction()): each pgm call is sent as a query of its own.',
    },
};
const MARKER = '@@backend-gate-node-pg-migrate@@';
const RENDER_TIMEOUT_MS = 60_000;
/**
 * Renders the script migrations `names` of `folder` (in apply order: shorthands exported by one
 * file apply to the files after it, as in node-pg-migrate). `shown(name)` is the path in messages.
 */
function renderScriptMigrations(folder, names, shown) {
    const out = new Map();
    if (names.length === 0)
        return out;
    const root = folder.root ?? process.cwd();
    const library = resolveFrom(root, 'node-pg-migrate');
    if (!library) {
        throw new errors/* ConfigurationError */.j1(`node-pg-migrate migration '${shown(names[0])}' is ${isTypeScript(names[0]) ? 'TypeScript' : 'JavaScript'}: backend-gate renders it to SQL with the project's own node-pg-migrate, which is not installed (looked for from '${folder.shown}'). Run \`npm ci\` (or \`npm install\`) in the project first, or set migrations.layout: command and migrations.command: 'npx node-pg-migrate up' (DATABASE_URL is set to the scratch database).`, { file: shown(names[0]) });
    }
    const loader = typeScriptLoader(root, library, names, shown);
    const staged = stageFiles(folder, names, library);
    try {
        const results = runRenderer(library, loader, staged.paths, projectDir(root));
        for (const [i, name] of names.entries()) {
            const r = results[i];
            if (!r || r.error || !r.up)
                throw renderFailure(shown(name), r?.error);
            const text = folder.read(name) ?? '';
            const directives = ignoreDirectives(text);
            const rendered = { up: direction(r.up, directives) };
            if (r.down)
                rendered.down = direction(r.down, directives);
            out.set(name, rendered);
        }
    }
    finally {
        staged.cleanup();
    }
    return out;
}
function isTypeScript(name) {
    return /\.[cm]?ts$/.test(name);
}
/** A package resolved the way the project's own code would resolve it (walking up node_modules). */
function resolveFrom(dir, pkg) {
    try {
        return (0,external_node_module_.createRequire)(external_node_path_default().join(dir, 'noop.js')).resolve(pkg);
    }
    catch {
        return undefined;
    }
}
/** The folder holding the nearest package.json (the project), else the migrations folder itself. */
function projectDir(root) {
    for (let dir = root;; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'package.json')))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            return root;
    }
}
/**
 * How TypeScript files are loaded: with the project's tsx (as node-pg-migrate does when it is
 * run through tsx), else with the jiti node-pg-migrate 9 ships and loads every migration with.
 */
function typeScriptLoader(root, library, names, shown) {
    const ts = names.find(isTypeScript);
    if (!ts)
        return { kind: 'import' };
    const tsx = resolveFrom(root, 'tsx');
    if (tsx)
        return { kind: 'tsx', url: (0,external_node_url_.pathToFileURL)(tsx).href };
    if (majorVersion(library) >= 9)
        return { kind: 'jiti' };
    throw new errors/* ConfigurationError */.j1(`node-pg-migrate migration '${shown(ts)}' is TypeScript, and the project has no tsx to load it with (node-pg-migrate itself needs tsx or ts-node for TypeScript migrations). Add it with \`npm install --save-dev tsx\` and run \`npm ci\`, or set migrations.layout: command.`, { file: shown(ts) });
}
/** The major version of the package a resolved entry file belongs to (0 when unknown). */
function majorVersion(entry) {
    for (let dir = external_node_path_default().dirname(entry); external_node_path_default().dirname(dir) !== dir; dir = external_node_path_default().dirname(dir)) {
        const manifest = external_node_path_default().join(dir, 'package.json');
        if (!(0,external_node_fs_.existsSync)(manifest))
            continue;
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
            if (pkg.name === 'node-pg-migrate')
                return Number(/^(\d+)/.exec(pkg.version ?? '')?.[1] ?? 0);
        }
        catch {
            return 0;
        }
    }
    return 0;
}
/**
 * Paths the child loads: the file on disk when the folder's text is the disk's (always for a local
 * folder; for a git ref, when the file did not change), else a copy in a temporary folder that
 * resolves packages and module type as the project does.
 */
function stageFiles(folder, names, library) {
    let temp;
    const paths = names.map((name) => {
        const text = folder.read(name);
        const onDisk = folder.root ? external_node_path_default().join(folder.root, ...name.split('/')) : undefined;
        if (onDisk && (0,external_node_fs_.existsSync)(onDisk) && (!folder.atRef || (0,external_node_fs_.readFileSync)(onDisk, 'utf8') === text)) {
            return (0,external_node_fs_.realpathSync)(onDisk);
        }
        temp ??= makeStage(folder, library);
        const copy = external_node_path_default().join(temp, 'migrations', external_node_path_default().basename(name));
        (0,external_node_fs_.writeFileSync)(copy, text ?? '');
        return copy;
    });
    return { paths, cleanup: () => temp && (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true }) };
}
function makeStage(folder, library) {
    const temp = (0,external_node_fs_.realpathSync)((0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'backend-gate-npm-')));
    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(temp, 'migrations'));
    // `.js` files are ES modules or CommonJS as the project's package.json says.
    const manifest = external_node_path_default().join(projectDir(folder.root ?? process.cwd()), 'package.json');
    let type = 'commonjs';
    try {
        type = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8')).type ?? 'commonjs';
    }
    catch {
        /* no package.json: CommonJS, node's default */
    }
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(temp, 'package.json'), JSON.stringify({ type }));
    const modules = library.slice(0, library.lastIndexOf(`${(external_node_path_default()).sep}node_modules${(external_node_path_default()).sep}`) + 13);
    (0,external_node_fs_.symlinkSync)(modules, external_node_path_default().join(temp, 'node_modules'), 'dir');
    return temp;
}
function runRenderer(library, loader, files, cwd) {
    const args = [...(loader.kind === 'tsx' ? ['--import', loader.url] : []), '--input-type=module', '--eval', RENDERER];
    const input = JSON.stringify({ library: (0,external_node_url_.pathToFileURL)(library).href, jiti: loader.kind === 'jiti', files, MARKER });
    const child = (0,external_node_child_process_.spawnSync)(process.execPath, args, {
        cwd,
        input,
        encoding: 'utf8',
        timeout: RENDER_TIMEOUT_MS,
        maxBuffer: 256 * 1024 * 1024,
    });
    const at = child.stdout?.lastIndexOf(MARKER) ?? -1;
    if (at === -1) {
        const why = child.error
            ? child.error.message
            : child.signal
                ? `stopped by ${child.signal}${child.signal === 'SIGTERM' ? ` after ${RENDER_TIMEOUT_MS / 1000} s` : ''}`
                : `exit code ${child.status}`;
        const output = `${child.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
        throw new errors/* ConfigurationError */.j1(`could not render the node-pg-migrate migrations to SQL with the project's node-pg-migrate (${why})${output ? `:\n${output}` : '.'}`);
    }
    const output = JSON.parse(child.stdout.slice(at + MARKER.length));
    if (output.refused)
        throw new errors/* ConfigurationError */.j1(output.refused);
    return output.results;
}
function renderFailure(file, error) {
    if (error?.db) {
        return new errors/* ConfigurationError */.j1("this node-pg-migrate migration queries the database while it builds its SQL (pgm.db.query / pgm.db.select), so its SQL is only known by running it. Set migrations.layout: command and migrations.command: 'npx node-pg-migrate up'.", { file, line: error.line ?? undefined });
    }
    return new errors/* ConfigurationError */.j1(`this node-pg-migrate migration could not be rendered to SQL: ${error?.message ?? 'no result'}`, { file, line: error?.line ?? undefined });
}
/** `// backend-gate-ignore …` and `// squawk-ignore …` lines of a JS/TS file, as SQL comments by line. */
function ignoreDirectives(text) {
    const out = new Map();
    if (!text.includes('-ignore'))
        return out;
    text.split('\n').forEach((l, i) => {
        const m = /^\s*\/\/\s*((?:backend-gate|squawk)-ignore\b.*?)\s*$/.exec(l);
        if (m)
            out.set(i + 1, `-- ${m[1]}`);
    });
    return out;
}
function direction(d, directives) {
    return { sql: placeStatements(d.steps, directives), inTransaction: d.transaction };
}
/**
 * The steps as one SQL text, each starting on the line of its `pgm` call where that line is still
 * ahead (steps of one call follow each other; a step whose call line is unknown or already passed
 * comes next). An ignore comment directly above a call is kept directly above its first step;
 * file-wide ones (`-ignore-file`) go at the end, where they apply all the same.
 */
function placeStatements(steps, directives = new Map()) {
    let text = '';
    let line = 1;
    const padTo = (target) => {
        if (target > line) {
            text += '\n'.repeat(target - line);
            line = target;
        }
    };
    const attached = new Set();
    for (const step of steps) {
        if (step.line !== null) {
            const above = directives.get(step.line - 1);
            if (above && !/-ignore-file\b/.test(above) && !attached.has(step.line - 1)) {
                attached.add(step.line - 1);
                padTo(step.line - 1);
                text += `${above}\n`;
                line++;
            }
            padTo(step.line);
        }
        text += `${step.sql}\n`;
        line += countLines(step.sql);
    }
    for (const d of directives.values())
        if (/-ignore-file\b/.test(d))
            text += `${d}\n`;
    return text;
}
function countLines(s) {
    let n = 1;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * The child process: loads the project's node-pg-migrate and each migration, and renders every
 * direction with a MigrationBuilder whose methods note the line of the migration's call.
 * pgm.db is refused: a migration that reads the database cannot be rendered without running it.
 */
const RENDERER = String.raw `
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
Error.stackTraceLimit = 50;
const input = JSON.parse(readFileSync(0, 'utf8'));
const lib = await import(input.library);
const MigrationBuilder = lib.MigrationBuilder ?? lib.default?.MigrationBuilder;
// Everything, a refusal included, goes back as data after the marker; the parent decides what it means.
const reply = (output) => process.stdout.write('\n' + input.MARKER + JSON.stringify(output) + '\n');
const load = (file) => (input.jiti && lib.jiti ? lib.jiti.import(file) : import(pathToFileURL(file).href));
const DB_REFUSED = 'backend-gate: pgm.db is not available while rendering';
const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const refuse = () => { throw new Error(DB_REFUSED); };

function frameLine(stack, file) {
  for (const frame of String(stack).split('\n').slice(1)) {
    const f = frame.trim();
    const loc = f.endsWith(')') ? f.slice(f.lastIndexOf('(') + 1, -1) : f.replace(/^at\s+/, '');
    const m = /^(.*):(\d+):\d+$/.exec(loc);
    if (!m) continue;
    let where = m[1];
    if (where.startsWith('file:')) {
      try { where = fileURLToPath(where.replace(/[?#].*$/, '')); } catch { continue; }
    }
    if (where === file) return Number(m[2]);
  }
  return null;
}

function failure(e, file) {
  const message = e instanceof Error ? e.message : String(e);
  return { message, line: e instanceof Error ? frameLine(e.stack, file) : null, db: message.startsWith(DB_REFUSED) };
}

async function render(action, file, shorthands, reverse) {
  const pgm = new MigrationBuilder({ query: refuse, select: refuse }, shorthands, false, quiet);
  if (reverse) pgm.enableReverseMode();
  const lines = [];
  for (const key of Object.keys(pgm)) {
    const original = pgm[key];
    if (key === 'db' || key === 'func' || key.startsWith('_') || typeof original !== 'function') continue;
    pgm[key] = (...args) => {
      const before = pgm.getSqlSteps().length;
      const line = frameLine(new Error().stack, file);
      const result = original.apply(pgm, args);
      for (let i = pgm.getSqlSteps().length; i > before; i--) lines.push(line);
      return result;
    };
  }
  if (action.length === 2) {
    await new Promise((resolve, reject) => {
      try {
        const r = action(pgm, resolve);
        if (r && typeof r.then === 'function') r.then(undefined, reject);
      } catch (e) { reject(e); }
    });
  } else {
    await action(pgm);
  }
  const order = reverse ? [...lines].reverse() : lines;
  return { steps: pgm.getSqlSteps().map((sql, i) => ({ sql, line: order[i] ?? null })), transaction: pgm.isUsingTransaction() };
}

async function renderAll() {
const results = [];
let shorthands = {};
for (const file of input.files) {
  const r = { file };
  try {
    const mod = await load(file);
    const pick = (k) => (k in mod ? mod[k] : mod.default?.[k]);
    const up = pick('up');
    const down = pick('down');
    shorthands = { ...shorthands, ...pick('shorthands') };
    const own = { ...shorthands };
    if (typeof up !== 'function') throw new Error('it exports no up function (exports.up = (pgm) => { … } or export const up = …)');
    r.up = await render(up, file, own, false);
    if (typeof down === 'function') r.down = await render(down, file, own, false);
    else if (down === undefined) {
      // node-pg-migrate infers the down direction by reversing up; some calls have no reverse.
      try { r.down = await render(up, file, own, true); } catch {}
    }
  } catch (e) {
    r.error = failure(e, file);
  }
  results.push(r);
}
return results;
}

if (typeof MigrationBuilder !== 'function') {
  reply({ results: [], refused: 'this node-pg-migrate exports no MigrationBuilder, which its migrations are rendered with: update node-pg-migrate, or set migrations.layout: command.' });
} else {
  reply({ results: await renderAll() });
}
`;

;// CONCATENATED MODULE: ./src/migrations/sources/layouts.ts
/**
 * Migration folder layouts: which files are migrations, in which order, where their down
 * direction is, and how each tool sends a file to PostgreSQL (its transaction model). A layout
 * is detected from the folder, or named in `migrations.layout`.
 */




const FOLDER_LAYOUTS = ['sql', 'golang-migrate', 'dbmate', 'flyway', 'prisma', 'node-pg-migrate'];
/** `command` runs the project's own tool (knex, TypeORM, Rails…) instead of reading a folder. */
const LAYOUTS = ['auto', ...FOLDER_LAYOUTS, 'command'];
const TRANSACTION_MODELS = {
    sql: {
        kind: 'autocommit',
        note: 'Plain SQL files are taken to run statement by statement (psql -f); a file that needs one transaction writes BEGIN … COMMIT itself.',
    },
    'golang-migrate': {
        kind: 'single-query',
        note: 'golang-migrate sends a whole file as one query, which PostgreSQL runs as one implicit transaction: put the statement alone in a migration file of its own (or enable x-multi-statement).',
    },
    dbmate: {
        kind: 'wrapped',
        note: 'dbmate runs each migration in a transaction: move the statement to a migration of its own that starts with `-- migrate:up transaction:false`.',
    },
    flyway: {
        kind: 'auto-detect',
        note: 'Flyway runs each migration in a transaction unless every statement of it cannot run in one: move the statement to a migration of its own, or add `executeInTransaction=false` to a `<migration>.sql.conf` file beside it.',
    },
    prisma: {
        kind: 'single-query',
        note: 'Prisma Migrate sends migration.sql as one query, which PostgreSQL runs as one implicit transaction: put the statement alone in a migration of its own.',
    },
    'node-pg-migrate': {
        kind: 'wrapped',
        note: 'node-pg-migrate runs each migration in a transaction (by default, one transaction shared by all pending migrations) and an SQL migration cannot opt out: write this one as a JS/TS migration that calls pgm.noTransaction().',
    },
};
function parseLayout(value) {
    if (value === undefined || value === '')
        return 'auto';
    if (LAYOUTS.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`migrations layout '${value}' is not known. Expected one of: ${LAYOUTS.join(', ')}.`);
}
/** Reads a folder in the given layout (or the one it looks like). */
function readFolder(folder, layout) {
    const choice = parseLayout(layout);
    if (choice === 'command') {
        throw new errors/* ConfigurationError */.j1('migrations layout `command` runs a tool instead of reading files: it needs migrations.command.');
    }
    const which = choice === 'auto' ? detectLayout(folder) : choice;
    return READERS[which](folder);
}
/** The layout a folder looks like; plain SQL when nothing more specific matches. */
function detectLayout(folder) {
    const files = folder.files();
    const top = files.filter((f) => !f.includes('/'));
    if (files.some((f) => /^[^/]+\/migration\.sql$/.test(f)))
        return 'prisma';
    if (top.some((f) => FLYWAY.test(f) || REPEATABLE.test(f)))
        return 'flyway';
    if (top.some((f) => f.endsWith('.up.sql')))
        return 'golang-migrate';
    const sql = top.filter((f) => f.endsWith('.sql') && !(0,sources_files/* isRollbackFile */.Ft)(f));
    // Markers sit at the top of a file: a few files are enough to tell.
    for (const f of sql.slice(0, 20)) {
        const text = folder.read(f) ?? '';
        if (DBMATE_UP.test(text))
            return 'dbmate';
        if (NPM_UP.test(text))
            return 'node-pg-migrate';
    }
    if (top.some((f) => SCRIPT_MIGRATION.test(f)) && sql.length === 0)
        return 'node-pg-migrate';
    return 'sql';
}
const READERS = {
    sql: readPlain,
    'golang-migrate': readGolangMigrate,
    dbmate: readDbmate,
    flyway: readFlyway,
    prisma: readPrisma,
    'node-pg-migrate': readNodePgMigrate,
};
function join(folder, rel) {
    return folder.shown === '.' ? rel : external_node_path_default().posix.join(folder.shown, rel);
}
function must(folder, rel) {
    const text = folder.read(rel);
    if (text === undefined)
        throw new errors/* ConfigurationError */.j1(`cannot read migration '${join(folder, rel)}'.`);
    return text;
}
/** `001_users.sql`, with `001_users_rollback.sql` (or a `.down.sql`) as its down direction. */
function readPlain(folder) {
    return readWithDownFiles(folder, 'sql', (name) => [
        name.replace(/\.sql$/, '_rollback.sql'),
        name.replace(/(\.up)?\.sql$/, '.down.sql'),
    ]);
}
/** `{version}_{title}.up.sql` with `{version}_{title}.down.sql`. */
function readGolangMigrate(folder) {
    return readWithDownFiles(folder, 'golang-migrate', (name) => [name.replace(/\.up\.sql$/, '.down.sql')]);
}
/** One file per migration; its down direction is the first of `downNames(name)` the folder holds. */
function readWithDownFiles(folder, layout, downNames) {
    const files = folder.files();
    const have = new Set(files);
    return (0,sources_files/* selectMigrationNames */.Bu)(files, folder.shown).map(({ name, version }) => {
        const m = {
            name,
            version,
            path: join(folder, name),
            sql: must(folder, name),
            transaction: TRANSACTION_MODELS[layout],
        };
        const down = downNames(name).find((d) => d !== name && have.has(d));
        if (down)
            m.down = { path: join(folder, down), sql: must(folder, down) };
        return m;
    });
}
const DBMATE_UP = /^--\s*migrate:up\b(.*)$/m;
const DBMATE_DOWN = /^--\s*migrate:down\b(.*)$/m;
/** One file per migration with `-- migrate:up` and `-- migrate:down` sections. */
function readDbmate(folder) {
    return (0,sources_files/* selectMigrationNames */.Bu)(folder.files(), folder.shown).map(({ name, version }) => {
        const text = must(folder, name);
        const up = DBMATE_UP.exec(text);
        const down = DBMATE_DOWN.exec(text);
        const file = join(folder, name);
        if (!up) {
            throw new errors/* ConfigurationError */.j1('this dbmate migration has no `-- migrate:up` line. Start the file with `-- migrate:up`, or set migrations.layout.', { file, line: 1 });
        }
        const upEnd = down && down.index > up.index ? down.index : text.length;
        const noTx = (options) => /\btransaction:false\b/.test(options);
        const m = {
            name,
            version,
            path: file,
            sql: section(text, afterLine(text, up.index), upEnd),
            transaction: noTx(up[1]) ? noTransaction('dbmate') : TRANSACTION_MODELS.dbmate,
        };
        if (down) {
            const downEnd = up.index > down.index ? up.index : text.length;
            m.down = { path: file, sql: section(text, afterLine(text, down.index), downEnd) };
        }
        return m;
    });
}
function noTransaction(tool) {
    return {
        kind: 'single-query',
        note: `${tool} runs a \`transaction:false\` section as one query, which PostgreSQL still runs as one implicit transaction when it holds several statements: keep such a migration to one statement.`,
    };
}
const FLYWAY = /^V(\d+(?:[._]\d+)*)__.+\.sql$/;
const UNDO = /^U(\d+(?:[._]\d+)*)__.+\.sql$/;
const REPEATABLE = /^R__.+\.sql$/;
/** `V1.2__desc.sql` in version order, then repeatable `R__desc.sql` by name; `U1.2__desc.sql` undoes V1.2. */
function readFlyway(folder) {
    const files = folder.files().filter((f) => !f.includes('/'));
    const undo = new Map();
    for (const f of files) {
        const u = UNDO.exec(f);
        if (u)
            undo.set(normalizeFlywayVersion(u[1]), f);
    }
    const model = (name) => {
        const conf = folder.read(`${name}.conf`);
        return conf && /^\s*executeInTransaction\s*=\s*false\s*$/im.test(conf)
            ? {
                kind: 'autocommit',
                note: 'Flyway runs this migration outside a transaction (executeInTransaction=false): statements run one by one.',
            }
            : TRANSACTION_MODELS.flyway;
    };
    const versioned = files
        .flatMap((name) => {
        const v = FLYWAY.exec(name);
        return v ? [{ name, version: normalizeFlywayVersion(v[1]) }] : [];
    })
        .sort((a, b) => (0,sources_files/* compareVersions */.Zy)(a.version, b.version));
    const out = versioned.map(({ name, version }) => {
        const m = {
            name,
            version,
            path: join(folder, name),
            sql: must(folder, name),
            transaction: model(name),
        };
        const u = undo.get(version);
        if (u)
            m.down = { path: join(folder, u), sql: must(folder, u) };
        return m;
    });
    for (const name of files.filter((f) => REPEATABLE.test(f)).sort()) {
        out.push({
            name,
            version: '0',
            path: join(folder, name),
            sql: must(folder, name),
            transaction: model(name),
            repeatable: true,
        });
    }
    return out;
}
function normalizeFlywayVersion(v) {
    return v.replace(/_/g, '.');
}
/** `prisma/migrations/<timestamp>_<name>/migration.sql`; the folder name is the migration's identity. */
function readPrisma(folder) {
    const dirs = folder
        .files()
        .flatMap((f) => /^([^/]+)\/migration\.sql$/.exec(f)?.[1] ?? [])
        .map((name) => ({ name, version: (0,sources_files/* versionOf */.E4)(name) ?? '0' }))
        .sort((a, b) => (0,sources_files/* compareVersions */.Zy)(a.version, b.version) || a.name.localeCompare(b.name));
    return dirs.map(({ name, version }) => ({
        name,
        version,
        path: join(folder, `${name}/migration.sql`),
        sql: must(folder, `${name}/migration.sql`),
        transaction: TRANSACTION_MODELS.prisma,
    }));
}
const NPM_UP = /^\s*--[\s-]*up\s+migration/im;
const NPM_DOWN = /^\s*--[\s-]*down\s+migration/im;
/**
 * `1700000000000_name.sql` with `-- Up Migration` / `-- Down Migration` sections, and JS/TS
 * migrations (`exports.up = (pgm) => …`) rendered to SQL by the project's node-pg-migrate.
 */
function readNodePgMigrate(folder) {
    const files = folder.files().filter((f) => !f.includes('/'));
    const scripts = files.filter((f) => SCRIPT_MIGRATION.test(f)).sort(byVersion);
    const rendered = renderScriptMigrations(folder, scripts, (name) => join(folder, name));
    const sql = (0,sources_files/* selectMigrationNames */.Bu)(files, folder.shown).map(({ name, version }) => {
        const text = must(folder, name);
        const upAt = text.search(NPM_UP);
        const downAt = text.search(NPM_DOWN);
        const upEnd = downAt > upAt ? downAt : text.length;
        const m = {
            name,
            version,
            path: join(folder, name),
            sql: upAt >= 0 ? section(text, afterLine(text, upAt), upEnd) : section(text, 0, downAt >= 0 ? downAt : text.length),
            transaction: TRANSACTION_MODELS['node-pg-migrate'],
        };
        if (downAt >= 0) {
            m.down = {
                path: m.path,
                sql: section(text, afterLine(text, downAt), upAt > downAt ? upAt : text.length),
            };
        }
        return m;
    });
    const code = scripts.map((name) => {
        const r = rendered.get(name);
        const m = {
            name,
            version: (0,sources_files/* versionOf */.E4)(name),
            path: join(folder, name),
            sql: r.up.sql,
            transaction: SCRIPT_TRANSACTION[r.up.inTransaction ? 'wrapped' : 'none'],
        };
        if (r.down)
            m.down = { path: m.path, sql: r.down.sql };
        return m;
    });
    return [...sql, ...code].sort(byVersion);
}
function byVersion(a, b) {
    const [x, y] = [typeof a === 'string' ? a : a.name, typeof b === 'string' ? b : b.name];
    return (0,sources_files/* compareVersions */.Zy)((0,sources_files/* versionOf */.E4)(x) ?? '0', (0,sources_files/* versionOf */.E4)(y) ?? '0') || x.localeCompare(y);
}
/** Index of the start of the line after the one that holds `at`. */
function afterLine(text, at) {
    const nl = text.indexOf('\n', at);
    return nl === -1 ? text.length : nl + 1;
}
/** text[start, end) with everything before it blanked to bare newlines, so lines keep their numbers. */
function section(text, start, end) {
    return text.slice(0, start).replace(/[^\n]/g, '') + text.slice(start, end);
}
/**
 * The up direction of one migration file given on its own (`migrations dry-run FILE`): the
 * `-- migrate:up` or `-- Up Migration` section when the file has one, else the whole file.
 */
function upSection(text) {
    const dbmate = DBMATE_UP.exec(text);
    if (dbmate) {
        const down = DBMATE_DOWN.exec(text);
        return section(text, afterLine(text, dbmate.index), down && down.index > dbmate.index ? down.index : text.length);
    }
    const up = text.search(NPM_UP);
    if (up >= 0) {
        const down = text.search(NPM_DOWN);
        return section(text, afterLine(text, up), down > up ? down : text.length);
    }
    return text;
}


/***/ })

};
