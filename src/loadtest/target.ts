/**
 * The app under test: started in its own process group (so a shell wrapper and its children
 * die together), its output kept (last lines), readiness awaited with a deadline, and stopped
 * with SIGTERM then SIGKILL. A crash before or during the run is reported, never waited on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { AppSettings } from './settings.js';

const LOG_LINES = 40;
const STOP_GRACE_MS = 5000;

/** Groups still alive when this process exits are killed, so no app outlives a run. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class AppProcess {
  private readonly lines: string[] = [];
  private partial = { stdout: '', stderr: '' };
  readonly exited: Promise<AppExit>;
  exit?: AppExit;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    const pid = child.pid;
    if (pid !== undefined) liveGroups.add(pid);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        if (pid !== undefined) liveGroups.delete(pid);
        this.flush();
        this.exit = { code, signal };
        resolve(this.exit);
      });
      child.once('error', (e) => {
        this.push(`failed to start: ${e.message}`);
        if (pid !== undefined) liveGroups.delete(pid);
        this.exit = { code: null, signal: null };
        resolve(this.exit);
      });
    });
    child.stdout?.on('data', (d: Buffer) => this.collect('stdout', d));
    child.stderr?.on('data', (d: Buffer) => this.collect('stderr', d));
  }

  /** Spawns `sh -c command` detached with PORT exported. */
  static start(app: AppSettings, port: number, baseEnv: NodeJS.ProcessEnv): AppProcess {
    installExitHook();
    const child = spawn('/bin/sh', ['-c', app.command], {
      cwd: app.cwd,
      env: { ...baseEnv, ...app.env, PORT: String(port) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new AppProcess(child, port);
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  /** The last lines the app printed (stdout and stderr interleaved). */
  lastLines(): string[] {
    this.flush();
    return [...this.lines];
  }

  describeExit(): string {
    if (!this.exit) return 'still running';
    if (this.exit.signal) return `killed by ${this.exit.signal}`;
    return this.exit.code === null ? 'could not be started' : `exited with code ${this.exit.code}`;
  }

  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined || !this.running) return;
    killGroup(pid, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      this.exited.then(() => false),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(true), graceMs))),
    ]);
    clearTimeout(timer);
    // The shell may have exited while its children linger: the group gets SIGKILL either way.
    killGroup(pid, 'SIGKILL');
    if (timedOut) await this.exited;
    liveGroups.delete(pid);
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }

  private collect(stream: 'stdout' | 'stderr', d: Buffer): void {
    const text = this.partial[stream] + d.toString('utf8');
    const parts = text.split(/\r?\n/);
    this.partial[stream] = parts.pop() ?? '';
    for (const p of parts) this.push(p);
  }

  private flush(): void {
    for (const s of ['stdout', 'stderr'] as const) {
      if (this.partial[s]) this.push(this.partial[s]);
      this.partial[s] = '';
    }
  }

  private push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > LOG_LINES) this.lines.shift();
  }
}

export type Readiness = { ready: true; ms: number } | { ready: false; reason: string };

/**
 * Waits until readyUrl answers 2xx (or, without one, until the port accepts connections),
 * the app exits, the deadline passes, or the signal aborts.
 */
export async function waitUntilReady(
  app: AppProcess,
  probe: { readyUrl?: string; host: string; port: number },
  timeoutS: number,
  signal: AbortSignal,
): Promise<Readiness> {
  const started = performance.now();
  const deadline = started + timeoutS * 1000;
  let lastProblem = 'no answer yet';
  while (performance.now() < deadline) {
    if (!app.running) return { ready: false, reason: `the app ${app.describeExit()} before it was ready` };
    if (signal.aborted) return { ready: false, reason: 'cancelled' };
    const attempt = probe.readyUrl ? await probeUrl(probe.readyUrl) : await probePort(probe.host, probe.port);
    if (attempt === true) return { ready: true, ms: performance.now() - started };
    lastProblem = attempt;
    await Promise.race([sleep(100), app.exited]);
  }
  return { ready: false, reason: `not ready after ${timeoutS} s (last check: ${lastProblem})` };
}

async function probeUrl(url: string): Promise<true | string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000), redirect: 'manual' });
    await res.body?.cancel();
    return res.status >= 200 && res.status < 300 ? true : `${url} answered ${res.status}`;
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return `${url}: ${cause ?? (e as Error).message}`;
  }
}

function probePort(host: string, port: number): Promise<true | string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (r: true | string) => {
      socket.destroy();
      resolve(r);
    };
    socket.setTimeout(1000, () => done(`${host}:${port} timed out`));
    socket.once('connect', () => done(true));
    socket.once('error', (e: NodeJS.ErrnoException) => done(`${host}:${port}: ${e.code ?? e.message}`));
  });
}

/** A port that was free a moment ago (the app binds it right after). */
export function pickFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** unref: for a timer that only bounds a wait (a race), so it never keeps the process alive. */
export function sleep(ms: number, options: { unref?: boolean } = {}): Promise<void> {
  return new Promise((r) => {
    const t = setTimeout(r, ms);
    if (options.unref) t.unref();
  });
}
