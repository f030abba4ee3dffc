/**
 * The migrations the base branch already has: from a git ref (read with `git show`, the
 * working tree is not touched), a folder, or "every version up to N". The PR's migrations are
 * the head files the base does not have.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { compareVersions, localFolder, type Folder, type MigrationFile } from './files.js';
import { readFolder } from './layouts.js';

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
    if (!/^\d+(?:[._]\d+)*$/.test(baseVersion)) {
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
  layout?: string,
): Promise<MigrationFile[]> {
  switch (base.kind) {
    case 'none':
      return [];
    case 'version':
      return head.filter((f) => !f.repeatable && compareVersions(f.version, base.upTo) <= 0);
    case 'dir':
      return readFolder(localFolder(base.path, workingDirectory), layout).map((f) => withHeadPaths(head, f));
    case 'git':
      return readFromGit(base.ref, dir, workingDirectory, head, layout);
  }
}

/** A base file is shown under the head path it has in the PR, so findings point at real files. */
function withHeadPaths(head: MigrationFile[], f: MigrationFile): MigrationFile {
  const h = head.find((x) => x.name === f.name);
  if (!h) return f;
  return { ...f, path: h.path, down: f.down && h.down ? { ...f.down, path: h.down.path } : f.down };
}

async function readFromGit(
  ref: string,
  dir: string,
  workingDirectory: string,
  head: MigrationFile[],
  layout: string | undefined,
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
  const listing = await git(['ls-tree', '-r', '--name-only', `${ref}:${repoDir}`]).catch(() => '');
  // Files two levels deep at most, as on disk (Prisma: <migration>/migration.sql).
  const files = listing.split('\n').filter((f) => f && f.split('/').length <= 2);
  const prefix = repoDir ? `${repoDir}/` : '';
  // Read in one batch (a `git show` per file costs a process each).
  const texts = await readBlobs(
    workingDirectory,
    files.map((f) => `${ref}:${prefix}${f}`),
  );
  const byPath = new Map(files.map((f, i) => [f, texts[i]]));
  const folder: Folder = {
    shown: path.relative(workingDirectory, dir).split(path.sep).join('/') || '.',
    files: () => files,
    read: (rel) => byPath.get(rel),
    root: dir,
    atRef: true,
  };
  return readFolder(folder, layout).map((f) => withHeadPaths(head, f));
}

/** Contents of several git objects (`ref:path`) through one `git cat-file --batch`. */
function readBlobs(cwd: string, specs: string[]): Promise<(string | undefined)[]> {
  if (specs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', () => {
      const out = Buffer.concat(chunks);
      const texts: (string | undefined)[] = [];
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
