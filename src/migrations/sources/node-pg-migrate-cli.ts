/**
 * How the project runs node-pg-migrate's CLI, read from its package.json `scripts`: whether the
 * pending migrations share one transaction (`--single-transaction`, the CLI's default) or each
 * gets its own (`--no-single-transaction`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A script that runs node-pg-migrate, and whether it turns the single transaction off. */
export interface NodePgMigrateScript {
  name: string;
  command: string;
  singleTransaction: boolean;
}

/**
 * Whether node-pg-migrate runs all pending migrations in one transaction for this project: false
 * when a script of the nearest package.json that runs node-pg-migrate (from the migrations folder
 * up to the working directory) applies migrations with `--no-single-transaction`
 * (`--single-transaction false` / `=false`), else true, the tool's default.
 */
export function projectKeepsSingleTransaction(dir: string, workingDirectory: string): boolean {
  for (const manifest of manifestsAbove(dir, workingDirectory)) {
    const scripts = nodePgMigrateScripts(readScripts(manifest));
    if (scripts.length > 0) return !scripts.some((s) => !s.singleTransaction);
  }
  return true;
}

/** package.json files from `dir` up to `workingDirectory` (only the nearest one when `dir` is outside it), nearest first. */
function manifestsAbove(dir: string, workingDirectory: string): string[] {
  const top = path.resolve(workingDirectory);
  const inside = !path.relative(top, dir).startsWith('..');
  const out: string[] = [];
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const manifest = path.join(at, 'package.json');
    if (existsSync(manifest)) {
      out.push(manifest);
      if (!inside) break;
    }
    if ((inside && at === top) || path.dirname(at) === at) break;
  }
  const own = path.join(top, 'package.json');
  if (!out.includes(own) && existsSync(own)) out.push(own);
  return out;
}

function readScripts(manifest: string): Record<string, unknown> {
  try {
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: unknown };
    return pkg.scripts && typeof pkg.scripts === 'object' ? (pkg.scripts as Record<string, unknown>) : {};
  } catch {
    return {}; // a broken package.json is npm's to report
  }
}

/** Subcommands that do not apply pending migrations upwards. */
const NOT_UP = new Set(['create', 'down']);

/** The scripts that apply migrations with node-pg-migrate (`up`, `redo`, or migrations named in arguments). */
export function nodePgMigrateScripts(scripts: Record<string, unknown>): NodePgMigrateScript[] {
  const out: NodePgMigrateScript[] = [];
  for (const [name, command] of Object.entries(scripts)) {
    if (typeof command !== 'string') continue;
    // Each command of the script line (`a && b; c | d`) on its own.
    for (const part of command.split(/&&|\|\||[;|&]/)) {
      const words = part.trim().split(/\s+/).map(unquote);
      const at = words.findIndex((w) => /(^|\/)node-pg-migrate(\.[cm]?[jt]s)?$/.test(w));
      if (at === -1) continue;
      const args = words.slice(at + 1);
      if (args.some((a) => NOT_UP.has(a))) continue;
      out.push({ name, command: part.trim(), singleTransaction: !turnsSingleTransactionOff(args) });
    }
  }
  return out;
}

function unquote(word: string): string {
  return word.replace(/^(['"])(.*)\1$/, '$2');
}

/** yargs' spellings: `--no-single-transaction`, `--single-transaction false`, `--single-transaction=false` (or camelCase). */
function turnsSingleTransactionOff(args: string[]): boolean {
  return args.some((a, i) => {
    if (/^--no-(single-transaction|singleTransaction)$/.test(a)) return true;
    if (/^--(single-transaction|singleTransaction)=(false|0)$/.test(a)) return true;
    return /^--(single-transaction|singleTransaction)$/.test(a) && /^(false|0)$/.test(args[i + 1] ?? '');
  });
}
