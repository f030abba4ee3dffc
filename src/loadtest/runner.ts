/**
 * One loadtest run: start the app (if configured) on a free port, wait until it is ready, run
 * each scenario with the engine its model needs, watch the app the whole time, stop it, and
 * turn the results into findings and a Report. Never hangs: every wait has a deadline, and an
 * app that dies aborts the scenario that was running.
 */
import { fingerprint } from '../report/fingerprint.js';
import type { Logger } from '../log.js';
import { emptyReport, type Finding, type Report } from '../report/types.js';
import { ConfigurationError } from '../errors.js';
import { runClosed, type EngineOptions } from './closed.js';
import { runClosedLoop } from './closedloop.js';
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
}

export interface LoadtestRun {
  results: ScenarioResult[];
  findings: Finding[];
}

const withPort = (s: string, port: number | undefined) =>
  port === undefined ? s : s.replace(/\$\{PORT\}/g, String(port));

/** Runs the scenarios (starting and stopping the app) and returns raw results plus findings. */
export async function runScenarios(settings: LoadtestSettings, deps: RunDeps): Promise<LoadtestRun> {
  const { log } = deps;
  const findings: Finding[] = [];
  const results: ScenarioResult[] = [];
  let app: AppProcess | undefined;
  let port: number | undefined;
  try {
    if (settings.app) {
      port = settings.app.port || (await pickFreePort());
      const started = await startApp(settings.app, port, deps);
      app = started.app;
      if (started.failure) {
        findings.push(started.failure);
        return { results, findings };
      }
    }
    for (const template of settings.scenarios) {
      const s: ScenarioSettings = { ...template, url: withPort(template.url, port) };
      if (/\$\{PORT\}/.test(s.url)) {
        throw new ConfigurationError(
          `scenario '${s.name}': url '${s.url}' uses \${PORT} but no start-command is configured to give it one.`,
          s.location,
        );
      }
      if (deps.signal.aborted) break;
      const controller = new AbortController();
      const onCancel = () => controller.abort('cancelled');
      deps.signal.addEventListener('abort', onCancel, { once: true });
      void app?.exited.then(() => controller.abort(`the app ${app?.describeExit()} during the run`));
      const engine = { log, signal: controller.signal, maxDuration: settings.maxDuration } satisfies EngineOptions;
      const how = s.rate ? `${fmt(s.rate)} req/s (open model)` : `${s.connections} connections`;
      const span = s.amount ? `${fmt(s.amount, 0)} requests` : `${s.duration} s`;
      const result = await log.group(`loadtest: ${s.name} — ${s.method} ${s.url}, ${how}, ${span}`, () =>
        s.rate ? runOpen(s, engine) : s.expectRateLimit ? runClosedLoop(s, engine) : runClosed(s, engine),
      );
      deps.signal.removeEventListener('abort', onCancel);
      results.push(result);
      if (app && !app.running) {
        findings.push(appCrashed(app, s));
        break;
      }
      findings.push(...evaluateScenario(s, result));
    }
    return { results, findings };
  } finally {
    if (app) await app.stop();
  }
}

async function startApp(
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

function appCrashed(app: AppProcess, s: ScenarioSettings): Finding {
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

export function buildReport(run: LoadtestRun, extraDetails: string[] = []): Report {
  const { results, findings } = run;
  const failed = findings.filter((f) => f.severity === 'error').length;
  const summary =
    results.length === 0
      ? 'No load was run.'
      : `${results.length} scenario${results.length === 1 ? '' : 's'}, ${fmt(
          results.reduce((a, r) => a + r.requests, 0),
          0,
        )} requests` +
        (failed
          ? `, ${failed} threshold${failed === 1 ? '' : 's'} or check${failed === 1 ? '' : 's'} failed`
          : ', all thresholds met');
  const report = emptyReport('loadtest', summary);
  report.findings = findings;
  report.metrics = resultMetrics(results);
  report.tables = resultTables(results, findings);
  report.charts = resultCharts(results);
  report.artifacts = resultArtifacts(results);
  const appLines = findings
    .filter((f) => f.rule === 'app-crashed' || f.rule === 'app-start-failed')
    .flatMap((f) => ['=== App log (last lines) ===', ...((f.data?.log as string[] | undefined) ?? []), '']);
  report.details = [...resultDetails(results, findings), ...appLines, ...extraDetails];
  return report;
}

export async function runLoadtest(settings: LoadtestSettings, deps: RunDeps): Promise<Report> {
  return buildReport(await runScenarios(settings, deps));
}
