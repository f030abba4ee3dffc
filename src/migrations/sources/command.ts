/**
 * Runs a project's own command (its migration tool, its seed script) against the scratch
 * database: a shell command in the working directory, DATABASE_URL (and the PG* variables most
 * tools also read) pointing at the scratch database, bounded in time, output kept for the report.
 */
import { spawn } from 'node:child_process';

export interface CommandResult {
  ok: boolean;
  exitCode: number | null;
  /** Why it stopped, when not by itself ('timed out after 600 s'). */
  stopped?: string;
  /** Last lines of stdout and stderr together. */
  output: string;
  durationMs: number;
}

/** DATABASE_URL plus PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE for the given URL. */
export function databaseEnv(url: string): Record<string, string> {
  const u = new URL(url);
  return {
    DATABASE_URL: url,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
}

export function runShellCommand(
  command: string,
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; signal?: AbortSignal },
): Promise<CommandResult> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    // Its own process group, so a timeout stops the tool and whatever it started.
    const child = spawn(command, {
      cwd: opts.cwd,
      env: opts.env,
      shell: true,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-16_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let stopped: string | undefined;
    const kill = (why: string) => {
      stopped = why;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => kill(`timed out after ${Math.round(opts.timeoutMs / 1000)} s`), opts.timeoutMs);
    const onAbort = () => kill('cancelled');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (exitCode: number | null, extra = '') => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve({
        ok: exitCode === 0 && !stopped,
        exitCode,
        stopped,
        output: (output + extra).split('\n').slice(-40).join('\n').trim(),
        durationMs: performance.now() - t0,
      });
    };
    child.on('error', (e) => done(null, `\n${e.message}`));
    child.on('close', (code) => done(code));
  });
}
