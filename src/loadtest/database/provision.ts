/**
 * The app's scratch database: a PostgreSQL server from the shared provider (the user's URL,
 * Docker, or embedded), a scratch database on it with pg_stat_statements, the migrations
 * applied statement by statement, and the seed run. A failing migration or seed is reported as a
 * finding with its file and line (the load would test a broken schema), never as a crash.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { Logger } from '../../log.js';
import { applyMigration } from '../../migrations/apply.js';
import { readMigrationDir, type MigrationFile } from '../../migrations/sources/files.js';
import {
  connect,
  createScratchDatabase,
  startPostgres,
  type PostgresServer,
  type ScratchDatabase,
} from '../../postgres/index.js';
import { fingerprint } from '../../report/fingerprint.js';
import type { Redactor } from '../../report/mask.js';
import type { Finding } from '../../report/types.js';
import { DATABASE_DEFAULTS, type DatabaseSettings } from './settings.js';

export interface AppDatabase {
  /** The scratch database's URL, exported to the app. */
  url: string;
  server: PostgresServer;
  /** backend-gate's own session in the scratch database (stats, EXPLAIN, index proofs). */
  client: pg.Client;
  /** False when pg_stat_statements could not be used (not preloaded on the user's server). */
  statements: boolean;
  notes: string[];
  close(): Promise<void>;
}

export type Provisioned = { db: AppDatabase; failure?: undefined } | { db?: AppDatabase; failure: Finding };

export async function provisionAppDatabase(
  settings: DatabaseSettings,
  deps: { log: Logger; redactor: Redactor; signal: AbortSignal; env: NodeJS.ProcessEnv },
): Promise<Provisioned> {
  const { log } = deps;
  const server = await startPostgres({
    provider: settings.provider,
    databaseUrl: settings.databaseUrl,
    log,
    redactor: deps.redactor,
    signal: deps.signal,
  });
  let scratch: ScratchDatabase | undefined;
  let client: pg.Client | undefined;
  const close = async () => {
    await client?.end().catch(() => {});
    await scratch?.drop().catch(() => {});
    await server.stop();
  };
  try {
    scratch = await createScratchDatabase(server, 'loadtest');
    deps.redactor.addUrl(scratch.url);
    client = await connect(scratch.url, 'backend-gate-loadtest');
    const db: AppDatabase = { url: scratch.url, server, client, statements: true, notes: [], close };
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await client.query('SELECT 1 FROM pg_stat_statements LIMIT 1');
    } catch (e) {
      db.statements = false;
      const why = deps.redactor.redact(e instanceof Error ? e.message : String(e));
      db.notes.push(
        `pg_stat_statements is not available (${why}); statements are not profiled. The server needs shared_preload_libraries = 'pg_stat_statements' (the embedded and Docker servers have it).`,
      );
      log.warning(db.notes[db.notes.length - 1]);
    }
    if (settings.migrations) {
      const files = readMigrationDir(settings.migrations, settings.workingDirectory);
      const failure = await applyAll(client, files, deps.signal);
      if (failure) return { db, failure };
      log.info(`applied ${files.length} migration${files.length === 1 ? '' : 's'} from ${settings.migrationsDisplay}`);
    }
    if (settings.seed) {
      const failure = await runSeed(client, settings, scratch.url, deps);
      if (failure) return { db, failure };
    }
    await client.query('ANALYZE');
    return { db };
  } catch (e) {
    await close();
    throw e;
  }
}

async function applyAll(client: pg.Client, files: MigrationFile[], signal: AbortSignal): Promise<Finding | undefined> {
  for (const file of files) {
    const run = await applyMigration(client, file, { signal });
    if (run.failure)
      return setupFailed(`migration ${file.path} failed: ${run.failure.message}`, file.path, run.failure.line);
  }
  return undefined;
}

async function runSeed(
  client: pg.Client,
  settings: DatabaseSettings,
  url: string,
  deps: { log: Logger; env: NodeJS.ProcessEnv; signal: AbortSignal },
): Promise<Finding | undefined> {
  const seed = settings.seed;
  if (!seed) return undefined;
  const t0 = performance.now();
  if (seed.kind === 'sql') {
    const shown = path.relative(settings.workingDirectory, seed.file).split(path.sep).join('/');
    const file: MigrationFile = {
      name: path.basename(seed.file),
      path: shown,
      version: '0',
      sql: readFileSync(seed.file, 'utf8'),
    };
    const run = await applyMigration(client, file, { signal: deps.signal });
    if (run.failure) return setupFailed(`seed ${shown} failed: ${run.failure.message}`, shown, run.failure.line);
    deps.log.info(`seeded from ${shown} in ${Math.round(performance.now() - t0)} ms`);
    return undefined;
  }
  const result = await runCommand(seed.command, {
    cwd: settings.workingDirectory,
    env: { ...deps.env, [settings.envVar]: url },
    timeoutMs: DATABASE_DEFAULTS.seedTimeoutS * 1000,
    signal: deps.signal,
  });
  if (!result.ok) {
    const tail = result.output
      .slice(-10)
      .map((l) => `  ${l}`)
      .join('\n');
    return setupFailed(`seed command \`${seed.command}\` ${result.reason}.${tail ? ` Last lines:\n${tail}` : ''}`);
  }
  deps.log.info(`seeded by \`${seed.command}\` in ${Math.round(performance.now() - t0)} ms`);
  return undefined;
}

function setupFailed(message: string, file?: string, line?: number): Finding {
  return {
    rule: 'database-setup-failed',
    severity: 'error',
    message: `The app's scratch database could not be prepared: ${message}`,
    location: file ? { file, line } : undefined,
    fingerprint: fingerprint('database-setup-failed', file ?? message.split(':')[0]),
    fix: {
      description:
        'Fix the migration or seed so it applies to an empty database (run it against a fresh local database to reproduce).',
    },
  };
}

/** Runs a shell command to completion with a deadline; output lines kept for the report. */
function runCommand(
  command: string,
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; signal: AbortSignal },
): Promise<{ ok: boolean; reason: string; output: string[] }> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const collect = (d: Buffer) => {
      output.push(...d.toString('utf8').split(/\r?\n/).filter(Boolean));
      if (output.length > 40) output.splice(0, output.length - 40);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let reason: string | undefined;
    const kill = (why: string) => {
      reason = why;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => kill(`did not finish within ${opts.timeoutMs / 1000} s`), opts.timeoutMs);
    const onAbort = () => kill('was cancelled');
    opts.signal.addEventListener('abort', onAbort, { once: true });
    child.once('error', (e) => {
      reason = `could not start: ${e.message}`;
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      if (code === 0 && !reason) resolve({ ok: true, reason: '', output });
      else
        resolve({
          ok: false,
          reason: reason ?? (signal ? `was killed by ${signal}` : `exited with code ${code}`),
          output,
        });
    });
  });
}
