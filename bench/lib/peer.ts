/**
 * Benchmark peers are installed on demand into bench/.work/peers, not as devDependencies:
 * some (squawk-cli) list optional per-platform packages that a registry may not serve, which
 * would make `npm ci` of the whole project fail.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PEERS_DIR = join(process.cwd(), 'bench', '.work', 'peers');

/** Installs `spec` (e.g. 'squawk-cli@2.66.0') once; returns its node_modules folder. */
export function ensurePeer(name: string, spec: string): string {
  const modules = join(PEERS_DIR, 'node_modules');
  if (!existsSync(join(modules, name, 'package.json'))) {
    mkdirSync(PEERS_DIR, { recursive: true });
    // Saved to the folder's own package.json: with --no-save, each install would prune the others.
    const manifest = join(PEERS_DIR, 'package.json');
    if (!existsSync(manifest)) writeFileSync(manifest, '{ "private": true }\n');
    console.log(`installing benchmark peer ${spec} into bench/.work/peers …`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', PEERS_DIR, spec], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return modules;
}
