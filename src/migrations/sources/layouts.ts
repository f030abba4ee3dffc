/**
 * Migration folder layouts: which files are migrations, in which order, where their down
 * direction is, and how each tool sends a file to PostgreSQL (its transaction model). A layout
 * is detected from the folder, or named in `migrations.layout`.
 */
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import {
  compareVersions,
  isRollbackFile,
  selectMigrationNames,
  versionOf,
  type Folder,
  type MigrationFile,
  type TransactionModel,
} from './files.js';
import { renderScriptMigrations, SCRIPT_MIGRATION, SCRIPT_TRANSACTION } from './node-pg-migrate.js';

export const FOLDER_LAYOUTS = ['sql', 'golang-migrate', 'dbmate', 'flyway', 'prisma', 'node-pg-migrate'] as const;
export type FolderLayout = (typeof FOLDER_LAYOUTS)[number];
/** `command` runs the project's own tool (knex, TypeORM, Rails…) instead of reading a folder. */
export const LAYOUTS = ['auto', ...FOLDER_LAYOUTS, 'command'] as const;
export type LayoutChoice = (typeof LAYOUTS)[number];

export const TRANSACTION_MODELS: Record<FolderLayout, TransactionModel> = {
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

export function parseLayout(value: string | undefined): LayoutChoice {
  if (value === undefined || value === '') return 'auto';
  if ((LAYOUTS as readonly string[]).includes(value)) return value as LayoutChoice;
  throw new ConfigurationError(`migrations layout '${value}' is not known. Expected one of: ${LAYOUTS.join(', ')}.`);
}

/** Reads a folder in the given layout (or the one it looks like). */
export function readFolder(folder: Folder, layout?: string): MigrationFile[] {
  const choice = parseLayout(layout);
  if (choice === 'command') {
    throw new ConfigurationError(
      'migrations layout `command` runs a tool instead of reading files: it needs migrations.command.',
    );
  }
  const which = choice === 'auto' ? detectLayout(folder) : choice;
  return READERS[which](folder);
}

/** The layout a folder looks like; plain SQL when nothing more specific matches. */
export function detectLayout(folder: Folder): FolderLayout {
  const files = folder.files();
  const top = files.filter((f) => !f.includes('/'));
  if (files.some((f) => /^[^/]+\/migration\.sql$/.test(f))) return 'prisma';
  if (top.some((f) => FLYWAY.test(f) || REPEATABLE.test(f))) return 'flyway';
  if (top.some((f) => f.endsWith('.up.sql'))) return 'golang-migrate';
  const sql = top.filter((f) => f.endsWith('.sql') && !isRollbackFile(f));
  // Markers sit at the top of a file: a few files are enough to tell.
  for (const f of sql.slice(0, 20)) {
    const text = folder.read(f) ?? '';
    if (DBMATE_UP.test(text)) return 'dbmate';
    if (NPM_UP.test(text)) return 'node-pg-migrate';
  }
  if (top.some((f) => SCRIPT_MIGRATION.test(f)) && sql.length === 0) return 'node-pg-migrate';
  return 'sql';
}

const READERS: Record<FolderLayout, (folder: Folder) => MigrationFile[]> = {
  sql: readPlain,
  'golang-migrate': readGolangMigrate,
  dbmate: readDbmate,
  flyway: readFlyway,
  prisma: readPrisma,
  'node-pg-migrate': readNodePgMigrate,
};

function join(folder: Folder, rel: string): string {
  return folder.shown === '.' ? rel : path.posix.join(folder.shown, rel);
}

function must(folder: Folder, rel: string): string {
  const text = folder.read(rel);
  if (text === undefined) throw new ConfigurationError(`cannot read migration '${join(folder, rel)}'.`);
  return text;
}

/** `001_users.sql`, with `001_users_rollback.sql` (or a `.down.sql`) as its down direction. */
function readPlain(folder: Folder): MigrationFile[] {
  return readWithDownFiles(folder, 'sql', (name) => [
    name.replace(/\.sql$/, '_rollback.sql'),
    name.replace(/(\.up)?\.sql$/, '.down.sql'),
  ]);
}

/** `{version}_{title}.up.sql` with `{version}_{title}.down.sql`. */
function readGolangMigrate(folder: Folder): MigrationFile[] {
  return readWithDownFiles(folder, 'golang-migrate', (name) => [name.replace(/\.up\.sql$/, '.down.sql')]);
}

/** One file per migration; its down direction is the first of `downNames(name)` the folder holds. */
function readWithDownFiles(
  folder: Folder,
  layout: FolderLayout,
  downNames: (name: string) => string[],
): MigrationFile[] {
  const files = folder.files();
  const have = new Set(files);
  return selectMigrationNames(files, folder.shown).map(({ name, version }) => {
    const m: MigrationFile = {
      name,
      version,
      path: join(folder, name),
      sql: must(folder, name),
      transaction: TRANSACTION_MODELS[layout],
    };
    const down = downNames(name).find((d) => d !== name && have.has(d));
    if (down) m.down = { path: join(folder, down), sql: must(folder, down) };
    return m;
  });
}

const DBMATE_UP = /^--\s*migrate:up\b(.*)$/m;
const DBMATE_DOWN = /^--\s*migrate:down\b(.*)$/m;

/** One file per migration with `-- migrate:up` and `-- migrate:down` sections. */
function readDbmate(folder: Folder): MigrationFile[] {
  return selectMigrationNames(folder.files(), folder.shown).map(({ name, version }) => {
    const text = must(folder, name);
    const up = DBMATE_UP.exec(text);
    const down = DBMATE_DOWN.exec(text);
    const file = join(folder, name);
    if (!up) {
      throw new ConfigurationError(
        'this dbmate migration has no `-- migrate:up` line. Start the file with `-- migrate:up`, or set migrations.layout.',
        { file, line: 1 },
      );
    }
    const upEnd = down && down.index > up.index ? down.index : text.length;
    const noTx = (options: string) => /\btransaction:false\b/.test(options);
    const m: MigrationFile = {
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

function noTransaction(tool: 'dbmate'): TransactionModel {
  return {
    kind: 'single-query',
    note: `${tool} runs a \`transaction:false\` section as one query, which PostgreSQL still runs as one implicit transaction when it holds several statements: keep such a migration to one statement.`,
  };
}

const FLYWAY = /^V(\d+(?:[._]\d+)*)__.+\.sql$/;
const UNDO = /^U(\d+(?:[._]\d+)*)__.+\.sql$/;
const REPEATABLE = /^R__.+\.sql$/;

/** `V1.2__desc.sql` in version order, then repeatable `R__desc.sql` by name; `U1.2__desc.sql` undoes V1.2. */
function readFlyway(folder: Folder): MigrationFile[] {
  const files = folder.files().filter((f) => !f.includes('/'));
  const undo = new Map<string, string>();
  for (const f of files) {
    const u = UNDO.exec(f);
    if (u) undo.set(normalizeFlywayVersion(u[1]), f);
  }
  const model = (name: string): TransactionModel => {
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
    .sort((a, b) => compareVersions(a.version, b.version));
  const out: MigrationFile[] = versioned.map(({ name, version }) => {
    const m: MigrationFile = {
      name,
      version,
      path: join(folder, name),
      sql: must(folder, name),
      transaction: model(name),
    };
    const u = undo.get(version);
    if (u) m.down = { path: join(folder, u), sql: must(folder, u) };
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

function normalizeFlywayVersion(v: string): string {
  return v.replace(/_/g, '.');
}

/** `prisma/migrations/<timestamp>_<name>/migration.sql`; the folder name is the migration's identity. */
function readPrisma(folder: Folder): MigrationFile[] {
  const dirs = folder
    .files()
    .flatMap((f) => /^([^/]+)\/migration\.sql$/.exec(f)?.[1] ?? [])
    .map((name) => ({ name, version: versionOf(name) ?? '0' }))
    .sort((a, b) => compareVersions(a.version, b.version) || a.name.localeCompare(b.name));
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
function readNodePgMigrate(folder: Folder): MigrationFile[] {
  const files = folder.files().filter((f) => !f.includes('/'));
  const scripts = files.filter((f) => SCRIPT_MIGRATION.test(f)).sort(byVersion);
  const rendered = renderScriptMigrations(folder, scripts, (name) => join(folder, name));
  const sql = selectMigrationNames(files, folder.shown).map(({ name, version }) => {
    const text = must(folder, name);
    const upAt = text.search(NPM_UP);
    const downAt = text.search(NPM_DOWN);
    const upEnd = downAt > upAt ? downAt : text.length;
    const m: MigrationFile = {
      name,
      version,
      path: join(folder, name),
      sql:
        upAt >= 0 ? section(text, afterLine(text, upAt), upEnd) : section(text, 0, downAt >= 0 ? downAt : text.length),
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
  const code = scripts.map((name): MigrationFile => {
    const r = rendered.get(name)!;
    const m: MigrationFile = {
      name,
      version: versionOf(name)!,
      path: join(folder, name),
      sql: r.up.sql,
      transaction: SCRIPT_TRANSACTION[r.up.inTransaction ? 'wrapped' : 'none'],
    };
    if (r.down) m.down = { path: m.path, sql: r.down.sql };
    return m;
  });
  return [...sql, ...code].sort(byVersion);
}

function byVersion<T extends string | { name: string }>(a: T, b: T): number {
  const [x, y] = [typeof a === 'string' ? a : a.name, typeof b === 'string' ? b : b.name];
  return compareVersions(versionOf(x) ?? '0', versionOf(y) ?? '0') || x.localeCompare(y);
}

/** Index of the start of the line after the one that holds `at`. */
function afterLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

/** text[start, end) with everything before it blanked to bare newlines, so lines keep their numbers. */
function section(text: string, start: number, end: number): string {
  return text.slice(0, start).replace(/[^\n]/g, '') + text.slice(start, end);
}

/**
 * The up direction of one migration file given on its own (`migrations dry-run FILE`): the
 * `-- migrate:up` or `-- Up Migration` section when the file has one, else the whole file.
 */
export function upSection(text: string): string {
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
