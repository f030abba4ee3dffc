/**
 * Plain SQL migrations: `*.sql` files in one folder, ordered by their numeric version prefix
 * (`001_users.sql`, `20240101120000_orders.sql`). A folder of golang-migrate pairs
 * (`*.up.sql` / `*.down.sql`) is read as its up files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';

export interface MigrationFile {
  /** File name, the identity of a migration across branches. */
  name: string;
  /** Path as shown in findings (relative to the working directory, '/' separators). */
  path: string;
  version: string;
  sql: string;
}

const VERSION = /^(\d+)/;

export function versionOf(name: string): string | undefined {
  return VERSION.exec(name)?.[1];
}

export function compareVersions(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Which names in a folder listing are migrations, in apply order. Throws on names it cannot order. */
export function selectMigrationNames(names: string[], where: string): { name: string; version: string }[] {
  const sql = names.filter((n) => n.endsWith('.sql'));
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

export function readMigrationDir(dir: string, workingDirectory: string): MigrationFile[] {
  const shown = displayPath(dir, workingDirectory);
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir);
  } catch {
    throw new ConfigurationError(
      `migrations directory '${shown}' does not exist or is not a directory. Set migrations.dir in the config or pass --dir.`,
    );
  }
  return selectMigrationNames(names, shown).map(({ name, version }) => ({
    name,
    version,
    path: path.posix.join(shown, name),
    sql: readFileSync(path.join(dir, name), 'utf8'),
  }));
}

export function displayPath(p: string, workingDirectory: string): string {
  const rel = path.relative(workingDirectory, p) || '.';
  return rel.split(path.sep).join('/');
}
