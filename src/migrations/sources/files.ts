/**
 * A migration as the mode sees it, whatever tool wrote it: its identity (name), its version, the
 * SQL of its up direction (and of its down one, where the layout has it), and how the tool sends
 * it to PostgreSQL (transaction model). Reading a folder is layouts.ts's job; this file keeps the
 * shared shape and the plain-SQL helpers other modes import.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
// A cycle, on purpose and harmless: each side only calls the other's functions at run time.
import { readFolder } from './layouts.js';

/**
 * How a migration tool sends a file to PostgreSQL:
 * - `autocommit`: statement by statement, each its own transaction (psql -f, Flyway with executeInTransaction=false);
 * - `wrapped`: the whole file inside BEGIN … COMMIT (dbmate, node-pg-migrate);
 * - `single-query`: the whole file as ONE query string, which PostgreSQL runs as one implicit
 *   transaction when it holds more than one statement (golang-migrate, Prisma);
 * - `auto-detect`: wrapped, unless every statement is one that cannot run in a transaction (Flyway).
 */
export type TransactionKind = 'autocommit' | 'wrapped' | 'single-query' | 'auto-detect';

export interface TransactionModel {
  kind: TransactionKind;
  /** One sentence for fixes: how this tool runs the file and how a file opts out. */
  note: string;
}

export interface MigrationFile {
  /** The identity of a migration across branches (a file name; a folder name for Prisma). */
  name: string;
  /** Path as shown in findings (relative to the working directory, '/' separators). */
  path: string;
  version: string;
  /**
   * SQL of the up direction. When the file holds other sections (dbmate, node-pg-migrate), the
   * lines outside the up section are blanked, so lines and columns are the file's own. For a
   * node-pg-migrate JS/TS migration it is the rendered SQL, each statement on the line of the
   * `pgm` call that produced it (columns are the SQL's).
   */
  sql: string;
  /** The down direction, where the layout has one (a `.down.sql` file, a `-- migrate:down` section…). */
  down?: { path: string; sql: string };
  /** How the tool runs this file; absent means autocommit (plain SQL run by psql). */
  transaction?: TransactionModel;
  /** A Flyway repeatable migration (`R__*.sql`): re-applied after the versioned ones whenever it changes. */
  repeatable?: boolean;
}

const VERSION = /^(\d+)/;

export function versionOf(name: string): string | undefined {
  return VERSION.exec(name)?.[1];
}

/** Numeric, part by part: '2' < '10', '1.2' < '1.10', and '003' equals '3'. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[._]/);
  const pb = b.split(/[._]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = BigInt(pa[i] || '0');
    const y = BigInt(pb[i] || '0');
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Rollback files written next to a migration (the schema diff's and the index fixes' `*_rollback.sql`). */
export function isRollbackFile(name: string): boolean {
  return /_rollback\.sql$/i.test(name);
}

/** Which names in a plain-SQL folder listing are migrations, in apply order. Throws on names it cannot order. */
export function selectMigrationNames(names: string[], where: string): { name: string; version: string }[] {
  const sql = names.filter((n) => n.endsWith('.sql') && !n.includes('/') && !isRollbackFile(n));
  const goMigrate = sql.some((n) => n.endsWith('.up.sql'));
  const picked = goMigrate ? sql.filter((n) => n.endsWith('.up.sql')) : sql.filter((n) => !n.endsWith('.down.sql'));
  const out = picked.map((name) => {
    const version = versionOf(name);
    if (version === undefined) {
      throw new ConfigurationError(
        `cannot order migration '${name}': its name has no version prefix. Rename it like 001_${name} (plain SQL migrations are applied in version order).`,
        { file: path.posix.join(where, name) },
      );
    }
    return { name, version };
  });
  return out.sort((a, b) => compareVersions(a.version, b.version) || a.name.localeCompare(b.name));
}

/**
 * The migrations of a folder in apply order, its layout detected (or given). Kept synchronous
 * for the other modes that apply a project's migrations (loadtest, schema diff).
 */
export function readMigrationDir(dir: string, workingDirectory: string, layout?: string): MigrationFile[] {
  return readFolder(localFolder(dir, workingDirectory), layout);
}

/** A folder of migrations, on disk or at a git ref: its files (relative paths, '/' separators) and their text. */
export interface Folder {
  /** The folder as shown in findings ('db/migrations'). */
  shown: string;
  /** Files under the folder, two levels deep at most (Prisma keeps one folder per migration). */
  files(): string[];
  read(rel: string): string | undefined;
  /**
   * Where the folder is on disk (absolute): code migrations (node-pg-migrate's JS/TS) are loaded
   * from there, and packages resolved from there. For a git ref, the working tree's copy.
   */
  root?: string;
  /** The files are a git ref's: a file on disk under `root` counts only while its text is the same. */
  atRef?: boolean;
}

export function localFolder(dir: string, workingDirectory: string): Folder {
  const shown = displayPath(dir, workingDirectory);
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new ConfigurationError(
      `migrations directory '${shown}' does not exist or is not a directory. Set migrations.dir in the config or pass --dir.`,
    );
  }
  return {
    shown,
    root: path.resolve(dir),
    files: () => {
      const out: string[] = [];
      // A symlinked migration (shared between projects) counts as the file it points to.
      const isFile = (e: Dirent, parent: string) =>
        e.isFile() || (e.isSymbolicLink() && statSync(path.join(parent, e.name), { throwIfNoEntry: false })?.isFile());
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (isFile(e, dir)) out.push(e.name);
        else if (e.isDirectory() && !e.name.startsWith('.')) {
          const sub = path.join(dir, e.name);
          for (const f of readdirSync(sub, { withFileTypes: true })) {
            if (isFile(f, sub)) out.push(`${e.name}/${f.name}`);
          }
        }
      }
      return out.sort();
    },
    read: (rel) => {
      const p = path.join(dir, ...rel.split('/'));
      return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
    },
  };
}

export function displayPath(p: string, workingDirectory: string): string {
  const rel = path.relative(workingDirectory, p) || '.';
  return rel.split(path.sep).join('/');
}
