/**
 * node-pg-migrate's JavaScript/TypeScript migrations, rendered to SQL by the project's own
 * node-pg-migrate (never a copy of ours): its MigrationBuilder is handed to each file's `up` (and
 * `down`) the way its runner does, and the SQL steps it collects are the migration. This runs in a
 * child process (the user's code stays out of ours; the folder is read synchronously), with the
 * project's tsx loaded for TypeScript. Each step is placed on the line of the `pgm.…()` call that
 * produced it, so findings land on the JS/TS file's own lines.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError } from '../../errors.js';
import type { Folder, TransactionModel } from './files.js';

/** Files node-pg-migrate loads as code (a `.d.ts` beside them is a type declaration, not a migration). */
export const SCRIPT_MIGRATION = /^(?!.*\.d\.[cm]?ts$)\d+[^/]*\.(?:[cm]?js|[cm]?ts)$/;

export const SCRIPT_TRANSACTION: Record<'wrapped' | 'none', TransactionModel> = {
  wrapped: {
    kind: 'wrapped',
    note: 'node-pg-migrate runs this migration in a transaction (by default, one transaction shared by all pending migrations): call pgm.noTransaction() in it, best in a migration of its own (its other statements then run without a transaction too).',
  },
  none: {
    kind: 'autocommit',
    note: 'node-pg-migrate runs this migration without a transaction (pgm.noTransaction()): each pgm call is sent as a query of its own.',
  },
};

/** One direction of a rendered migration: its SQL (steps on their call lines) and whether it is wrapped. */
export interface RenderedDirection {
  sql: string;
  inTransaction: boolean;
}

export interface RenderedScript {
  up: RenderedDirection;
  /** `down`, or the up reversed when the file exports none (as node-pg-migrate infers it); absent when neither works. */
  down?: RenderedDirection;
}

/** What the child process reports per file. */
interface ChildStep {
  sql: string;
  line: number | null;
}
interface ChildDirection {
  steps: ChildStep[];
  transaction: boolean;
}
interface ChildError {
  message: string;
  line: number | null;
  db: boolean;
}
interface ChildResult {
  file: string;
  up?: ChildDirection;
  down?: ChildDirection;
  error?: ChildError;
}

const MARKER = '@@backend-gate-node-pg-migrate@@';
const RENDER_TIMEOUT_MS = 60_000;

/**
 * Renders the script migrations `names` of `folder` (in apply order: shorthands exported by one
 * file apply to the files after it, as in node-pg-migrate). `shown(name)` is the path in messages.
 */
export function renderScriptMigrations(
  folder: Folder,
  names: string[],
  shown: (name: string) => string,
): Map<string, RenderedScript> {
  const out = new Map<string, RenderedScript>();
  if (names.length === 0) return out;
  const root = folder.root ?? process.cwd();
  const library = resolveFrom(root, 'node-pg-migrate');
  if (!library) {
    throw new ConfigurationError(
      `node-pg-migrate migration '${shown(names[0])}' is ${isTypeScript(names[0]) ? 'TypeScript' : 'JavaScript'}: backend-gate renders it to SQL with the project's own node-pg-migrate, which is not installed (looked for from '${folder.shown}'). Run \`npm ci\` (or \`npm install\`) in the project first, or set migrations.layout: command and migrations.command: 'npx node-pg-migrate up' (DATABASE_URL is set to the scratch database).`,
      { file: shown(names[0]) },
    );
  }
  const loader = typeScriptLoader(root, library, names, shown);
  const staged = stageFiles(folder, names, library);
  try {
    const results = runRenderer(library, loader, staged.paths, projectDir(root));
    for (const [i, name] of names.entries()) {
      const r = results[i];
      if (!r || r.error || !r.up) throw renderFailure(shown(name), r?.error);
      const text = folder.read(name) ?? '';
      const directives = ignoreDirectives(text);
      const rendered: RenderedScript = { up: direction(r.up, directives) };
      if (r.down) rendered.down = direction(r.down, directives);
      out.set(name, rendered);
    }
  } finally {
    staged.cleanup();
  }
  return out;
}

function isTypeScript(name: string): boolean {
  return /\.[cm]?ts$/.test(name);
}

/** A package resolved the way the project's own code would resolve it (walking up node_modules). */
function resolveFrom(dir: string, pkg: string): string | undefined {
  try {
    return createRequire(path.join(dir, 'noop.js')).resolve(pkg);
  } catch {
    return undefined;
  }
}

/** The folder holding the nearest package.json (the project), else the migrations folder itself. */
function projectDir(root: string): string {
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return root;
  }
}

type Loader = { kind: 'import' } | { kind: 'tsx'; url: string } | { kind: 'jiti' };

/**
 * How TypeScript files are loaded: with the project's tsx (as node-pg-migrate does when it is
 * run through tsx), else with the jiti node-pg-migrate 9 ships and loads every migration with.
 */
function typeScriptLoader(root: string, library: string, names: string[], shown: (n: string) => string): Loader {
  const ts = names.find(isTypeScript);
  if (!ts) return { kind: 'import' };
  const tsx = resolveFrom(root, 'tsx');
  if (tsx) return { kind: 'tsx', url: pathToFileURL(tsx).href };
  if (majorVersion(library) >= 9) return { kind: 'jiti' };
  throw new ConfigurationError(
    `node-pg-migrate migration '${shown(ts)}' is TypeScript, and the project has no tsx to load it with (node-pg-migrate itself needs tsx or ts-node for TypeScript migrations). Add it with \`npm install --save-dev tsx\` and run \`npm ci\`, or set migrations.layout: command.`,
    { file: shown(ts) },
  );
}

/** The major version of the package a resolved entry file belongs to (0 when unknown). */
function majorVersion(entry: string): number {
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    try {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'node-pg-migrate') return Number(/^(\d+)/.exec(pkg.version ?? '')?.[1] ?? 0);
    } catch {
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
function stageFiles(folder: Folder, names: string[], library: string): { paths: string[]; cleanup: () => void } {
  let temp: string | undefined;
  const paths = names.map((name) => {
    const text = folder.read(name);
    const onDisk = folder.root ? path.join(folder.root, ...name.split('/')) : undefined;
    if (onDisk && existsSync(onDisk) && (!folder.atRef || readFileSync(onDisk, 'utf8') === text)) {
      return realpathSync(onDisk);
    }
    temp ??= makeStage(folder, library);
    const copy = path.join(temp, 'migrations', path.basename(name));
    writeFileSync(copy, text ?? '');
    return copy;
  });
  return { paths, cleanup: () => temp && rmSync(temp, { recursive: true, force: true }) };
}

function makeStage(folder: Folder, library: string): string {
  const temp = realpathSync(mkdtempSync(path.join(tmpdir(), 'backend-gate-npm-')));
  mkdirSync(path.join(temp, 'migrations'));
  // `.js` files are ES modules or CommonJS as the project's package.json says.
  const manifest = path.join(projectDir(folder.root ?? process.cwd()), 'package.json');
  let type = 'commonjs';
  try {
    type = (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type ?? 'commonjs';
  } catch {
    /* no package.json: CommonJS, node's default */
  }
  writeFileSync(path.join(temp, 'package.json'), JSON.stringify({ type }));
  const modules = library.slice(0, library.lastIndexOf(`${path.sep}node_modules${path.sep}`) + 13);
  symlinkSync(modules, path.join(temp, 'node_modules'), 'dir');
  return temp;
}

function runRenderer(library: string, loader: Loader, files: string[], cwd: string): ChildResult[] {
  const args = [...(loader.kind === 'tsx' ? ['--import', loader.url] : []), '--input-type=module', '--eval', RENDERER];
  const input = JSON.stringify({ library: pathToFileURL(library).href, jiti: loader.kind === 'jiti', files, MARKER });
  const child = spawnSync(process.execPath, args, {
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
    throw new ConfigurationError(
      `could not render the node-pg-migrate migrations to SQL with the project's node-pg-migrate (${why})${output ? `:\n${output}` : '.'}`,
    );
  }
  const output = JSON.parse(child.stdout.slice(at + MARKER.length)) as { results: ChildResult[]; refused?: string };
  if (output.refused) throw new ConfigurationError(output.refused);
  return output.results;
}

function renderFailure(file: string, error: ChildError | undefined): ConfigurationError {
  if (error?.db) {
    return new ConfigurationError(
      "this node-pg-migrate migration queries the database while it builds its SQL (pgm.db.query / pgm.db.select), so its SQL is only known by running it. Set migrations.layout: command and migrations.command: 'npx node-pg-migrate up'.",
      { file, line: error.line ?? undefined },
    );
  }
  return new ConfigurationError(
    `this node-pg-migrate migration could not be rendered to SQL: ${error?.message ?? 'no result'}`,
    { file, line: error?.line ?? undefined },
  );
}

/** `// backend-gate-ignore …` and `// squawk-ignore …` lines of a JS/TS file, as SQL comments by line. */
export function ignoreDirectives(text: string): Map<number, string> {
  const out = new Map<number, string>();
  if (!text.includes('-ignore')) return out;
  text.split('\n').forEach((l, i) => {
    const m = /^\s*\/\/\s*((?:backend-gate|squawk)-ignore\b.*?)\s*$/.exec(l);
    if (m) out.set(i + 1, `-- ${m[1]}`);
  });
  return out;
}

function direction(d: ChildDirection, directives: Map<number, string>): RenderedDirection {
  return { sql: placeStatements(d.steps, directives), inTransaction: d.transaction };
}

/**
 * The steps as one SQL text, each starting on the line of its `pgm` call where that line is still
 * ahead (steps of one call follow each other; a step whose call line is unknown or already passed
 * comes next). An ignore comment directly above a call is kept directly above its first step;
 * file-wide ones (`-ignore-file`) go at the end, where they apply all the same.
 */
export function placeStatements(steps: ChildStep[], directives: Map<number, string> = new Map()): string {
  let text = '';
  let line = 1;
  const padTo = (target: number) => {
    if (target > line) {
      text += '\n'.repeat(target - line);
      line = target;
    }
  };
  const attached = new Set<number>();
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
  for (const d of directives.values()) if (/-ignore-file\b/.test(d)) text += `${d}\n`;
  return text;
}

function countLines(s: string): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The child process: loads the project's node-pg-migrate and each migration, and renders every
 * direction with a MigrationBuilder whose methods note the line of the migration's call.
 * pgm.db is refused: a migration that reads the database cannot be rendered without running it.
 */
const RENDERER = String.raw`
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
