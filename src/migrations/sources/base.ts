/**
 * The migrations the base branch already has: from a git ref (read with `git show`, the
 * working tree is not touched), a folder, or "every version up to N". The PR's migrations are
 * the head files the base does not have.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { compareVersions, readMigrationDir, selectMigrationNames, type MigrationFile } from './files.js';

const run = promisify(execFile);

export type BaseSource =
  { kind: 'none' } | { kind: 'dir'; path: string } | { kind: 'git'; ref: string } | { kind: 'version'; upTo: string };

/** `base` is a folder when one exists at that path, else a git ref. */
export function parseBase(
  value: string | undefined,
  baseVersion: string | undefined,
  workingDirectory: string,
): BaseSource {
  if (baseVersion !== undefined) {
    if (!/^\d+$/.test(baseVersion)) {
      throw new ConfigurationError(
        `migrations base-version '${baseVersion}' must be a version number such as 003 or 20240101120000.`,
      );
    }
    if (value !== undefined) {
      throw new ConfigurationError('give either migrations base (a git ref or folder) or base-version, not both.');
    }
    return { kind: 'version', upTo: baseVersion };
  }
  if (value === undefined) return { kind: 'none' };
  const asDir = path.resolve(workingDirectory, value);
  if (existsSync(asDir) && statSync(asDir).isDirectory()) return { kind: 'dir', path: asDir };
  return { kind: 'git', ref: value };
}

export async function readBaseMigrations(
  base: BaseSource,
  head: MigrationFile[],
  dir: string,
  workingDirectory: string,
): Promise<MigrationFile[]> {
  switch (base.kind) {
    case 'none':
      return [];
    case 'version':
      return head.filter((f) => compareVersions(f.version, base.upTo) <= 0);
    case 'dir':
      return readMigrationDir(base.path, workingDirectory).map((f) => ({ ...f, path: headPath(head, f) }));
    case 'git':
      return readFromGit(base.ref, dir, workingDirectory, head);
  }
}

/** A base file is shown under the head path it has in the PR, so findings point at real files. */
function headPath(head: MigrationFile[], f: MigrationFile): string {
  return head.find((h) => h.name === f.name)?.path ?? f.path;
}

async function readFromGit(
  ref: string,
  dir: string,
  workingDirectory: string,
  head: MigrationFile[],
): Promise<MigrationFile[]> {
  const git = (args: string[]) =>
    run('git', args, { cwd: workingDirectory, maxBuffer: 256 * 1024 * 1024 }).then((r) => r.stdout);
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'])).trim();
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (e) {
    throw new ConfigurationError(
      `migrations base '${ref}' is neither a folder nor a git commit in ${workingDirectory} (${errorMessage(e).split('\n')[0]}). In CI, fetch the base branch (actions/checkout with fetch-depth: 0) or pass a folder.`,
    );
  }
  const repoDir = path.relative(top, dir).split(path.sep).join('/');
  const listing = await git(['ls-tree', '--name-only', `${ref}:${repoDir}`]).catch(() => '');
  const names = listing.split('\n').filter(Boolean);
  const shown = path.relative(workingDirectory, dir).split(path.sep).join('/') || '.';
  const files: MigrationFile[] = [];
  for (const { name, version } of selectMigrationNames(names, shown)) {
    const sql = await git(['show', `${ref}:${repoDir ? repoDir + '/' : ''}${name}`]);
    files.push({
      name,
      version,
      sql,
      path: headPath(head, { name, version, sql, path: path.posix.join(shown, name) }),
    });
  }
  return files;
}
