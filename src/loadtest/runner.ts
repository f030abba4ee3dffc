/**
 * One loadtest run: start the app (if configured) on a free port, wait until it is ready, run
 * each scenario with the engine its model needs, watch the app the whole time, stop it, and
 * turn the results into findings and a Report. Never hangs: every wait has a deadline, and an
 * app that dies aborts the scenario that was running.
 */
import { fingerprint } from '../report/fingerprint.js';
import type { Logger } from '../log.js';
import { Redactor } from '../report/mask.js';
import { emptyReport, type Finding, type Location, type Report, type Table } from '../report/types.js';
import { compareWithBaseline, readResultsFile, resultsFile, writeResultsFile } from './baseline.js';
import { comparisonDetails, comparisonTable } from './compare.js';
import { ConfigurationError } from '../errors.js';
import { runClosed, type EngineOptions } from './closed.js';
import { runClosedLoop } from './closedloop.js';
import { combineResults } from './combine.js';
import { DatabaseProfiler, type DatabaseRun } from './database/index.js';
import { databaseArtifacts, databaseDetails, databaseMetrics, databaseTables } from './database/report.js';
import { evaluateScenario, fmt } from './gate.js';
import { runOpen } from './openloop.js';
import { resultArtifacts, resultCharts, resultDetails, resultMetrics, resultTables } from './render.js';
import type { ScenarioResult } from './result.js';
import type { AppSettings, LoadtestSettings, ScenarioSettings } from './settings.js';
import { AppProcess, pickFreePort, waitUntilReady } from './target.js';

export interface RunDeps {
  log: Logger;
  signal: AbortSignal;
  env: NodeJS.ProcessEnv;
  /** Secrets learnt during the run (the scratch database URL) are registered here. */
  redactor?: Redactor;
}

export interface LoadtestRun {
  results: ScenarioResult[];
  findings: Finding[];
}

export const withPort = (s: string, port: number | undefined) =>
  port === undefined ? s : s.replace(/\$\{PORT\}/g, String(port));

/** Runs the scenarios (starting and stopping the app) and returns raw results plus findings. */
export async function runScenarios(
  settings: LoadtestSettings,
  deps: RunDeps,
  profiler?: DatabaseProfiler,
): Promise<LoadtestRun> {
  const findings: Finding[] = [];
  const results: ScenarioResult[] = [];
  let app: AppProcess | undefined;
  let port: number | undefined;
  try {
    if (settings.app) {
      port = settings.app.port || (await pickFreePort());
      const appSettings = profiler
        ? { ...settings.app, env: { ...settings.app.env, ...profiler.appEnv() } }
        : settings.app;
      const started = await startApp(appSettings, port, deps);
      app = started.app;
      if (started.failure) {
        findings.push(started.failure);
        return { results, findings };
      }
    }
    const runs: ScenarioResult[][] = settings.scenarios.map(() => []);
    let crashedIn: number | undefined;
    // Trials interleave scenarios (A, B, A, B…) so slow drift on the runner hurts all alike.
    trials: for (let trial = 1; trial <= settings.trials; trial++) {
      for (const [i, template] of settings.scenarios.entries()) {
        const s: ScenarioSettings = { ...template, url: withPort(template.url, port) };
        if (/\$\{PORT\}/.test(s.url)) {
          throw new ConfigurationError(
            `scenario '${s.name}': url '${s.url}' uses \${PORT} but no start-command is configured to give it one.`,
            s.location,
          );
        }
        if (deps.signal.aborted) break trials;
        const result = await runOne(
          s,
          settings,
          deps,
          app,
          settings.trials > 1 ? ` (trial ${trial}/${settings.trials})` : '',
          profiler,
        );
        runs[i].push(result);
        await profiler?.afterTrial(s.name, result.responses);
        if (app && !app.running) {
          findings.push(appCrashed(app, s));
          crashedIn = i;
          break trials;
        }
      }
    }
    settings.scenarios.forEach((s, i) => {
      if (runs[i].length === 0) return;
      const combined = combineResults(runs[i], 'trials');
      results.push(combined);
      if (i !== crashedIn) findings.push(...evaluateScenario(s, combined));
    });
    return { results, findings };
  } finally {
    if (app) await app.stop();
  }
}

export async function runOne(
  s: ScenarioSettings,
  settings: LoadtestSettings,
  deps: RunDeps,
  app: AppProcess | undefined,
  trialLabel: string,
  profiler?: DatabaseProfiler,
): Promise<ScenarioResult> {
  const controller = new AbortController();
  const onCancel = () => controller.abort('cancelled');
  deps.signal.addEventListener('abort', onCancel, { once: true });
  void app?.exited.then(() => controller.abort(`the app ${app?.describeExit()} during the run`));
  const engine = {
    log: deps.log,
    signal: controller.signal,
    maxDuration: settings.maxDuration,
    onMeasureStart: profiler?.beforeMeasure,
  } satisfies EngineOptions;
  const how = s.rate ? `${fmt(s.rate)} req/s (open model)` : `${s.connections} connections`;
  const span = s.amount ? `${fmt(s.amount, 0)} requests` : `${s.duration} s`;
  try {
    return await deps.log.group(`loadtest: ${s.name}${trialLabel} — ${s.method} ${s.url}, ${how}, ${span}`, () =>
      s.rate ? runOpen(s, engine) : s.expectRateLimit ? runClosedLoop(s, engine) : runClosed(s, engine),
    );
  } finally {
    deps.signal.removeEventListener('abort', onCancel);
  }
}

export async function startApp(
  app: AppSettings,
  port: number,
  deps: RunDeps,
): Promise<{ app: AppProcess; failure?: Finding }> {
  const readyUrl = app.readyUrl ? withPort(app.readyUrl, port) : undefined;
  deps.log.info(`starting the app: ${app.command} (PORT=${port}, in ${app.cwd})`);
  const proc = AppProcess.start(app, port, deps.env);
  const ready = await waitUntilReady(proc, { readyUrl, host: '127.0.0.1', port }, app.startupTimeout, deps.signal);
  if (ready.ready) {
    deps.log.info(`the app is ready after ${fmt(ready.ms / 1000, 2)} s (${readyUrl ?? `port ${port}`})`);
    return { app: proc };
  }
  await proc.stop();
  const lines = proc.lastLines();
  return {
    app: proc,
    failure: {
      rule: 'app-start-failed',
      severity: 'error',
      message: `The app did not become ready: ${ready.reason}.${lastLinesSuffix(lines)}`,
      fingerprint: fingerprint('app-start-failed', app.command),
      fix: {
        description: `Run \`${app.command}\` with PORT=${port} locally and check ${readyUrl ?? `that it listens on port ${port}`}; raise loadtest.startup-timeout if it is just slow.`,
      },
      data: { command: app.command, reason: ready.reason, exit: proc.exit, log: lines },
    },
  };
}

export function appCrashed(app: AppProcess, s: ScenarioSettings): Finding {
  const lines = app.lastLines();
  return {
    rule: 'app-crashed',
    severity: 'error',
    message: `The app ${app.describeExit()} during scenario '${s.name}'.${lastLinesSuffix(lines)}`,
    location: s.location?.file ? { file: s.location.file, line: s.location.line } : undefined,
    fingerprint: fingerprint('app-crashed', s.name),
    fix: {
      description:
        'A crash under load is a bug: look for an unhandled error, memory exhaustion or a resource limit in the log above.',
    },
    data: { scenario: s.name, exit: app.exit, log: lines },
  };
}

function lastLinesSuffix(lines: string[]): string {
  const tail = lines.slice(-10);
  return tail.length ? ` Last log lines:\n${tail.map((l) => `  ${l}`).join('\n')}` : ' It printed nothing.';
}

export function buildReport(
  run: LoadtestRun,
  extra: { tables?: Table[]; details?: string[]; summary?: string; database?: DatabaseRun } = {},
): Report {
  const { results, findings } = run;
  const failed = findings.filter((f) => f.severity === 'error').length;
  const trials = results[0]?.trials?.length ?? 1;
  const summary =
    results.length === 0
      ? 'No load was run.'
      : `${results.length} scenario${results.length === 1 ? '' : 's'}${trials > 1 ? ` × ${trials} trials` : ''}, ${fmt(
          results.reduce((a, r) => a + r.requests, 0),
          0,
        )} requests` +
        (extra.summary ?? '') +
        (failed ? `, ${failed} check${failed === 1 ? '' : 's'} failed` : ', all thresholds met');
  const report = emptyReport('loadtest', summary);
  report.findings = findings;
  const db = extra.database;
  report.metrics = { ...resultMetrics(results), ...(db ? databaseMetrics(db) : {}) };
  report.tables = [...resultTables(results, findings), ...(db ? databaseTables(db) : []), ...(extra.tables ?? [])];
  report.charts = resultCharts(results);
  report.artifacts = [...resultArtifacts(results), ...(db ? databaseArtifacts(db) : [])];
  const appLines = findings
    .filter((f) => f.rule === 'app-crashed' || f.rule === 'app-start-failed')
    .flatMap((f) => ['=== App log (last lines) ===', ...((f.data?.log as string[] | undefined) ?? []), '']);
  report.details = [
    ...resultDetails(results, findings),
    ...(db ? databaseDetails(db) : []),
    ...appLines,
    ...(extra.details ?? []),
  ];
  return report;
}

export async function runLoadtest(settings: LoadtestSettings, deps: RunDeps): Promise<Report> {
  // Read the baseline first: a missing file is the user's mistake, reported before any load.
  const baseline = settings.baseline ? readResultsFile(settings.baseline, 'baseline file') : undefined;
  let run: LoadtestRun;
  let database: DatabaseRun | undefined;
  if (settings.database) {
    const dbDeps = { ...deps, redactor: deps.redactor ?? new Redactor() };
    const started = await DatabaseProfiler.start(settings.database, dbDeps);
    if (!started.profiler) return buildReport({ results: [], findings: [started.failure] });
    const { profiler } = started;
    try {
      run = await runScenarios(settings, deps, profiler);
      const locations = new Map(settings.scenarios.map((s) => [s.name, locationOf(s)]));
      const profiled = await profiler.finish(locations, dbDeps);
      run.findings.push(...profiled.findings);
      database = profiled.run;
    } finally {
      await profiler.close();
    }
  } else {
    run = await runScenarios(settings, deps);
  }
  const tables: Table[] = [];
  const details: string[] = [];
  if (settings.compare && run.results.length === 2) {
    const table = comparisonTable(run.results[0], run.results[1]);
    tables.push(table);
    details.push(...comparisonDetails(table));
  }
  if (baseline && settings.baseline) {
    const cmp = compareWithBaseline(run.results, baseline, {
      thresholdPct: settings.regressionThreshold,
      file: settings.baseline,
    });
    run.findings.push(...cmp.findings);
    tables.push(cmp.table);
    details.push('=== Against baseline ===', ...cmp.table.rows.map((r) => `  ${r.join(' | ')}`), '');
  }
  if (settings.saveBaseline) {
    if (
      run.findings.some((f) => f.rule === 'app-crashed' || f.rule === 'app-start-failed') ||
      run.results.length === 0
    ) {
      deps.log.warning(`not saving ${settings.saveBaseline}: the run did not complete.`);
    } else {
      writeResultsFile(settings.saveBaseline, resultsFile(run.results, settings.shard));
      deps.log.info(`saved results to ${settings.saveBaseline}`);
    }
  }
  const shard = settings.shard ? ` (shard ${settings.shard.index}/${settings.shard.count})` : '';
  return buildReport(run, { tables, details, summary: shard, database });
}

function locationOf(s: ScenarioSettings): Location | undefined {
  return s.location?.file ? { file: s.location.file, line: s.location.line } : undefined;
}
