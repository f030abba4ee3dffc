/** Runs `backend-gate migrations …` through the same pipeline as the CLI and the Action, in a temporary project. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import type { FlagValues } from '../../../src/modes.js';
import { runMode } from '../../../src/pipeline.js';
import { Redactor } from '../../../src/report/mask.js';
import type { Report } from '../../../src/report/types.js';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DEMO_MIGRATIONS = path.join(ROOT, 'fixtures/demo/migrations');

export interface Project {
  dir: string;
  remove(): void;
}

/** A temporary folder with the given files; `copy` copies folders into it (destination → source). */
export function project(files: Record<string, string>, copy: Record<string, string> = {}): Project {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-mig-sub-'));
  for (const [to, from] of Object.entries(copy)) cpSync(from, path.join(dir, to), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runMigrationsMode(
  workingDirectory: string,
  positionals: string[],
  flags: FlagValues,
): Promise<{ report: Report; log: MemoryLogger }> {
  const log = new MemoryLogger();
  const { report } = await runMode({
    mode: 'migrations',
    positionals,
    flags,
    configPath: '.backend-gate.yml',
    configRequired: false,
    workingDirectory,
    overrides: {},
    log,
    redactor: new Redactor(),
    env: {},
  });
  return { report, log };
}
