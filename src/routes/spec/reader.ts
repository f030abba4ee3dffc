/**
 * Where spec files come from: the working tree, or a git revision (`main:openapi.yaml`), so the
 * base spec of a pull request is read from the base commit without a second checkout.
 * File ids are absolute paths in both cases; a git reader maps them back to `<rev>:<path>`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError } from '../../errors.js';

const run = promisify(execFile);

export interface SpecReader {
  /** Read a file by id; undefined when it does not exist. */
  read(id: string): Promise<string | undefined>;
  /** How messages name the file. */
  display(id: string): string;
}

export function fileReader(workingDirectory: string): SpecReader {
  return {
    async read(id) {
      try {
        return await readFile(id, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') {
          return undefined;
        }
        throw e;
      }
    },
    display: (id) => path.relative(workingDirectory, id) || id,
  };
}

export function gitReader(workingDirectory: string, revision: string): SpecReader {
  return {
    async read(id) {
      const rel = path.relative(workingDirectory, id).split(path.sep).join('/');
      try {
        const { stdout } = await run('git', ['show', `${revision}:./${rel}`], {
          cwd: workingDirectory,
          maxBuffer: 512 * 1024 * 1024,
        });
        return stdout;
      } catch {
        return undefined;
      }
    },
    display: (id) => `${revision}:${path.relative(workingDirectory, id).split(path.sep).join('/')}`,
  };
}

export interface SpecLocation {
  reader: SpecReader;
  /** Absolute id of the root file. */
  file: string;
  /** As the user wrote it. */
  given: string;
}

/**
 * `openapi.yaml` → the file in the working tree; `main:openapi.yaml` or `origin/main:api/spec.json`
 * → that path at that git revision (only when no such file exists, so `C:` paths still work).
 */
export function locateSpec(given: string, workingDirectory: string): SpecLocation {
  const asFile = path.resolve(workingDirectory, given);
  const m = /^([^:]{2,}):(.+)$/.exec(given);
  if (m && !existsSync(asFile)) {
    const [, revision, file] = m;
    if (!/^[\w./@^~{}-]+$/.test(revision)) {
      throw new ConfigurationError(`'${given}' is not a file, and '${revision}' does not look like a git revision.`);
    }
    return { reader: gitReader(workingDirectory, revision), file: path.resolve(workingDirectory, file), given };
  }
  return { reader: fileReader(workingDirectory), file: asFile, given };
}
