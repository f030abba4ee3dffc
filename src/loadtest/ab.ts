/**
 * The pull-request A/B mode (loadtest.ab, --ab-base): the base build and the head build start
 * on this runner, each in its own directory on its own port, and each scenario's trials run
 * interleaved (base, head, base, head…), so a noisy neighbour hurts both alike and the verdict
 * never rests on another machine's numbers. A git ref is checked out into a temporary worktree,
 * never into the user's working tree, and the worktree is removed afterwards, also on failure.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError } from '../errors.js';
import { fingerprint } from '../report/fingerprint.js';
import type { Finding, Report } from '../report/types.js';
import { compareWithBaseline, resultsFile } from './baseline.js';
import { combineResults, median, trialsOf } from './combine.js';
import { evaluateScenario } from './gate.js';
import { slug } from './render.js';
import type { ScenarioResult } from './result.js';
import { appCrashed, buildReport, runOne, startApp, withPort, type RunDeps } from './runner.js';
import type { AbSettings, AppSettings, LoadtestSettings } from './settings.js';
import { pickFreePort, type AppProcess } from './target.js';

const run = promisify(execFile);

/** A base build command (npm ci && npm run build) may take minutes, never forever. */
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;
const BUILD_LOG_LINES = 20;

type Side = 'base' | 'head';

/** The base checkout, ready to start: its app directory, and how to clean it up. */
interface PreparedBase {
  cwd: string;
  /** The ref or directory, as the user named it. */
  label: string;
  failure?: Finding;
  cleanup(): Promise<void>;
}

export async function runAbLoadtest(settings: LoadtestSettings, deps: RunDeps): Promise<Report> {
  const ab = settings.ab;
  const app = settings.app;
  if (!ab || !app) throw new Error('runAbLoadtest needs loadtest.ab and an app (checked in settings)');
  if (settings.baseline || settings.saveBaseline) {
    deps.log.warning(
      'the A/B mode compares with the base build it starts: --baseline and --save-baseline are ignored.',
    );
  }
  const base = await prepareBase(ab, app, deps);
  try {
    if (base.failure) return buildReport({ results: [], findings: [base.failure] });
    const sides = await runInterleaved(settings, { base: { ...app, cwd: base.cwd }, head: app }, base.label, deps);
    const findings = [...sides.findings];
    const tables = [];
    const details: string[] = [];
    const metrics: Record<string, number> = {};
    if (sides.head.length > 0 && sides.base.length > 0) {
      const cmp = compareWithBaseline(sides.head, resultsFile(sides.base), {
        thresholdPct: settings.regressionThreshold,
        file: ab.location.file,
        rulePrefix: 'ab-',
        sides: { before: 'Base', after: 'Head' },
        title: `Base (${base.label}) vs head, ${settings.trials} interleaved trials (threshold ${settings.regressionThreshold} %)`,
      });
      findings.push(...cmp.findings);
      tables.push(cmp.table);
      details.push(`=== ${cmp.table.title} ===`, ...cmp.table.rows.map((r) => `  ${r.join(' | ')}`), '');
      for (const [name, side] of [
        ['base', sides.base],
        ['head', sides.head],
      ] as const) {
        for (const r of side) {
          const trials = trialsOf(r);
          const k = `ab.${slug(r.name)}.${name}`;
          metrics[`${k}.rps`] = median(trials.map((t) => t.rps));
          metrics[`${k}.p50_ms`] = median(trials.map((t) => t.p50));
          metrics[`${k}.p99_ms`] = median(trials.map((t) => t.p99));
        }
      }
    }
    const report = buildReport(
      { results: sides.head, findings },
      { tables, details, summary: ` (head) against the base build ${base.label}` },
    );
    report.metrics = { ...report.metrics, ...metrics };
    return report;
  } finally {
    await base.cleanup();
  }
}

/** Starts both apps, runs every scenario's trials base, head, base, head…, stops both. */
async function runInterleaved(
  settings: LoadtestSettings,
  apps: Record<Side, AppSettings>,
  baseLabel: string,
  deps: RunDeps,
): Promise<{ base: ScenarioResult[]; head: ScenarioResult[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const started: Partial<Record<Side, { app: AppProcess; port: number }>> = {};
  const runs: Record<Side, ScenarioResult[][]> = {
    base: settings.scenarios.map(() => []),
    head: settings.scenarios.map(() => []),
  };
  const describeSide = (side: Side) => (side === 'base' ? `base build (${baseLabel})` : 'head build');
  try {
    for (const side of ['base', 'head'] as const) {
      const port = await pickFreePort();
      deps.log.info(`A/B: starting the ${describeSide(side)} in ${apps[side].cwd}`);
      const s = await startApp(apps[side], port, deps);
      started[side] = { app: s.app, port };
      if (s.failure) {
        findings.push({
          ...s.failure,
          message: `The ${describeSide(side)}: ${s.failure.message}`,
          fingerprint: fingerprint(s.failure.rule, side, apps[side].command),
          data: { ...s.failure.data, side },
        });
        return { base: [], head: [], findings };
      }
    }
    let crashed: Side | undefined;
    trials: for (let trial = 1; trial <= settings.trials; trial++) {
      for (const [i, template] of settings.scenarios.entries()) {
        for (const side of ['base', 'head'] as const) {
          if (deps.signal.aborted) break trials;
          const { app, port } = started[side] as { app: AppProcess; port: number };
          const s = { ...template, url: withPort(template.url, port) };
          const label = ` [${side}] (trial ${trial}/${settings.trials})`;
          runs[side][i].push(await runOne(s, settings, deps, app, label));
          if (!app.running) {
            const f = appCrashed(app, template);
            findings.push({
              ...f,
              message: `The ${describeSide(side)}: ${f.message}`,
              fingerprint: fingerprint(f.rule, side, template.name),
              data: { ...f.data, side },
            });
            crashed = side;
            break trials;
          }
        }
      }
    }
    const combine = (side: Side) =>
      settings.scenarios.flatMap((_, i) => (runs[side][i].length ? [combineResults(runs[side][i], 'trials')] : []));
    const base = combine('base');
    const head = combine('head');
    // Thresholds gate the head: it is what the pull request would ship.
    if (!crashed) {
      for (const r of head) {
        const s = settings.scenarios.find((x) => x.name === r.name);
        if (s) findings.push(...evaluateScenario(s, r));
      }
    }
    // A side cut short by a crash has fewer trials: comparing it would be comparing noise.
    return crashed ? { base: [], head, findings } : { base, head, findings };
  } finally {
    await Promise.all(Object.values(started).map((s) => s?.app.stop()));
  }
}

async function prepareBase(ab: AbSettings, app: AppSettings, deps: RunDeps): Promise<PreparedBase> {
  const relativeApp = (root: string) => path.relative(realpathSync(root), realpathSync(app.cwd));
  let prepared: PreparedBase;
  if (ab.baseDir) {
    prepared = {
      cwd: path.join(ab.baseDir, relativeApp(ab.headRoot)),
      label: path.relative(ab.headRoot, ab.baseDir) || ab.baseDir,
      cleanup: async () => {},
    };
  } else {
    prepared = await addWorktree(ab.baseRef as string, ab, app, relativeApp, deps);
  }
  if (!existsSync(prepared.cwd)) {
    await prepared.cleanup();
    throw new ConfigurationError(
      `the base (${prepared.label}) has no ${prepared.cwd}: the app's directory must exist in both builds.`,
      ab.location,
    );
  }
  if (ab.buildCommand) {
    try {
      prepared.failure = await build(ab.buildCommand, prepared.cwd, prepared.label, deps);
    } catch (e) {
      await prepared.cleanup();
      throw e;
    }
  }
  return prepared;
}

/** `git worktree add --detach <tmp> <ref>`: the user's checkout is never touched. */
async function addWorktree(
  ref: string,
  ab: AbSettings,
  app: AppSettings,
  relativeApp: (root: string) => string,
  deps: RunDeps,
): Promise<PreparedBase> {
  let toplevel: string;
  try {
    toplevel = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: app.cwd })).stdout.trim();
  } catch (e) {
    throw new ConfigurationError(
      `loadtest.ab.base-ref needs a git checkout, but ${app.cwd} is not in one (${gitError(e)}). Use base-dir for a base that is already checked out.`,
      ab.location,
    );
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'backend-gate-ab-'));
  const tree = path.join(tmp, 'base');
  const cleanup = async () => {
    try {
      await run('git', ['worktree', 'remove', '--force', tree], { cwd: toplevel });
    } catch {
      /* not added, or already gone: the prune below forgets it */
    }
    rmSync(tmp, { recursive: true, force: true });
    await run('git', ['worktree', 'prune'], { cwd: toplevel }).catch(() => undefined);
  };
  try {
    deps.log.info(`A/B: checking out ${ref} into ${tree}`);
    await run('git', ['worktree', 'add', '--detach', tree, ref], { cwd: toplevel });
  } catch (e) {
    await cleanup();
    throw new ConfigurationError(
      `git could not check out the base ref '${ref}': ${gitError(e)}. Fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main).`,
      ab.location,
    );
  }
  return { cwd: path.join(tree, relativeApp(toplevel)), label: ref, cleanup };
}

function gitError(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  const text = (err.stderr || err.message || String(e)).trim().split('\n').pop() ?? '';
  return text.replace(/^fatal:\s*/, '');
}

/** Runs the build command in its own process group, bounded in time; a failure is a finding with its last lines. */
function build(command: string, cwd: string, label: string, deps: RunDeps): Promise<Finding | undefined> {
  deps.log.info(`A/B: building the base (${label}): ${command}`);
  return new Promise((resolve) => {
    const lines: string[] = [];
    const keep = (d: Buffer) => {
      lines.push(...d.toString('utf8').split(/\r?\n/).filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - BUILD_LOG_LINES));
    };
    const child = spawn('/bin/sh', ['-c', command], {
      cwd,
      env: deps.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let why: string | undefined;
    const killGroup = (reason: string) => {
      why = reason;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => killGroup(`took longer than ${BUILD_TIMEOUT_MS / 60000} minutes`), BUILD_TIMEOUT_MS);
    const onAbort = () => killGroup('was cancelled');
    deps.signal.addEventListener('abort', onAbort, { once: true });
    const finish = (code: number | null, error?: Error) => {
      clearTimeout(timer);
      deps.signal.removeEventListener('abort', onAbort);
      if (code === 0 && !error) {
        resolve(undefined);
        return;
      }
      const reason = why ?? (error ? `could not start: ${error.message}` : `exited with code ${code ?? 'none'}`);
      const tail = lines.length ? ` Last lines:\n${lines.map((l) => `  ${l}`).join('\n')}` : ' It printed nothing.';
      resolve({
        rule: 'ab-base-build-failed',
        severity: 'error',
        message: `The build of the base (${label}) ${reason}.${tail}`,
        fingerprint: fingerprint('ab-base-build-failed', command),
        fix: {
          description: `Run \`${command}\` in a checkout of ${label}; fix loadtest.ab.build-command if it does not build the base branch.`,
        },
        data: { command, reason, log: lines },
      });
    };
    child.once('error', (e) => finish(null, e));
    child.once('close', (code) => finish(code));
  });
}
