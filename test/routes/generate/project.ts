/** Shared by the generation tests: a temp project that resolves packages from this repo. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const REPO = path.resolve(import.meta.dirname, '../../..');
export const DEMO_SPEC = path.join(REPO, 'fixtures/demo/openapi.yaml');
export const FIXTURES = path.join(REPO, 'fixtures/routes/generate');

export async function tempProject(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bg-generate-'));
  await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** `tsc --noEmit --strict` over the given files; resolves with its exit code and output. */
export async function typecheck(cwd: string, files: string[]): Promise<{ code: number; output: string }> {
  const tsc = path.join(REPO, 'node_modules/typescript/bin/tsc');
  const args = [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
  args.push('--target', 'es2022', '--skipLibCheck', '--types', 'node', ...files);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
