/**
 * The routes mode: load the spec (and the base spec), check them, diff them, and return a Report.
 * Knows nothing of GitHub or the terminal.
 */
import type { Framework } from './generate/index.js';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Redactor } from '../report/mask.js';
import type { Report } from '../report/types.js';
import { diffSpecFiles } from './diff/specs.js';
import type { OpenApiDocument } from './extract/openapi.js';
import { listOperations } from './model.js';
import { addDrift, checkReport, diffReport, specReport } from './report.js';
import type { RoutesSettings } from './settings.js';
import { SpecError } from './spec/errors.js';
import { loadSpec, readSpec, type LoadedSpec } from './spec/load.js';
import { apiReader, firstFound, locateSpec, type FetchFile, type SpecReader } from './spec/reader.js';

export interface RoutesDeps {
  log: Logger;
  /** Secrets learnt here (the --from-db URL) are registered with it. */
  redactor?: Redactor;
  /**
   * The pull request's base commit through the API (the Action passes its GitHub client here):
   * read when the checkout lacks the base branch's history. Without it the base comes from git only.
   */
  baseFiles?: {
    ref: string;
    fetchFile: FetchFile;
    /** repository root (default: the working directory) */ root?: string;
  };
  /** With routes.framework set, a diff also shows what the generated routes gained, lost and changed. */
  framework?: Framework;
}

export async function runRoutes(settings: RoutesSettings, deps: RoutesDeps): Promise<Report> {
  const { task } = settings;
  if (task.kind === 'spec') return runSpec(settings, task, deps);
  if (task.kind === 'check') {
    const started = performance.now();
    const spec = await load(task.spec, 'spec', settings, deps.log, undefined, true);
    const ms = performance.now() - started;
    const report = checkReport(spec, listOperations(spec), { loadMs: ms });
    return settings.code ? withDrift(report, spec, settings, deps.log) : report;
  }
  const remote = task.baseFromPullRequest ? deps.baseFiles : undefined;
  const readBase = async () => {
    try {
      return await load(task.base, 'base spec', settings, deps.log, remote);
    } catch (e) {
      if (e instanceof SpecError && task.baseFromPullRequest && /not found/.test(e.message)) {
        const tried = deps.baseFiles ? `git and the API at ${deps.baseFiles.ref}` : 'git';
        throw new SpecError(
          `${e.message} The base branch is read from ${tried}: check out with \`fetch-depth: 0\` (actions/checkout), or set routes.base.`,
          { file: e.file },
        );
      }
      throw e;
    }
  };
  const { head, base, result, ms, checksInWorker } = await diffSpecFiles(
    () => load(task.head, 'head spec', settings, deps.log),
    readBase,
    { schemaValidation: settings.schemaValidation, today: settings.today, headFile: fileOnDisk(task.head, settings) },
  );
  deps.log.info(
    `Compared ${result.stats.baseOperations} → ${result.stats.headOperations} operations: ${result.stats.changed} changed, ${result.stats.unchanged} unchanged (skipped by hash).`,
  );
  if (checksInWorker) deps.log.debug('The specs were checked in a worker thread beside the comparison.');
  const report = diffReport(base, head, result, { loadMs: ms.load, diffMs: ms.compare + ms.checksWait });
  if (deps.framework) await addGeneratedRoutesDiff(report, base, head, deps.framework);
  return settings.code ? withDrift(report, head, settings, deps.log) : report;
}

/** Adds the spec↔code comparison (routes.code) to a check or diff report. */
async function withDrift(report: Report, spec: LoadedSpec, settings: RoutesSettings, log: Logger): Promise<Report> {
  const started = performance.now();
  // The code reader (Babel) and the drift rules load only with routes.code: most runs are spec-only.
  const [{ extractRoutes }, { compareSpecWithCode }] = await Promise.all([
    import('./extract/index.js'),
    import('./drift/compare.js'),
  ]);
  const code = await extractRoutes(settings.code!, { workingDirectory: settings.workingDirectory });
  const drift = compareSpecWithCode(spec, code);
  const ms = performance.now() - started;
  log.info(
    `Compared ${drift.specOperations} documented operations with ${drift.codeRoutes} routes registered in ${code.dir} (${code.files} files): ${drift.implemented} implemented.`,
  );
  addDrift(report, code, drift, { driftMs: ms });
  return report;
}

async function runSpec(
  settings: RoutesSettings,
  task: Extract<RoutesSettings['task'], { kind: 'spec' }>,
  deps: RoutesDeps,
): Promise<Report> {
  const started = performance.now();
  let doc: OpenApiDocument;
  let report: Report;
  let command: string;
  if (task.from.kind === 'code') {
    deps.log.info(`Reading the routes registered in ${task.from.dir}`);
    const [{ extractRoutes }, { specFromRoutes }] = await Promise.all([
      import('./extract/index.js'),
      import('./extract/openapi.js'),
    ]);
    const code = await extractRoutes(task.from.dir, { workingDirectory: settings.workingDirectory });
    const title =
      (await packageTitle(path.resolve(settings.workingDirectory, task.from.dir))) ??
      (await packageTitle(settings.workingDirectory));
    doc = specFromRoutes(code, { title });
    report = specReport({ kind: 'code', code, doc, ms: performance.now() - started });
    command = `routes spec --from-code ${task.from.dir}`;
  } else {
    deps.redactor?.addUrl(task.from.url);
    const { specFromDatabase } = await import('./fromdb/index.js');
    const fromDb = await specFromDatabase(task.from.url, { log: deps.log, redactor: deps.redactor });
    doc = fromDb.doc;
    report = specReport({ kind: 'db', fromDb, doc, ms: performance.now() - started });
    command = 'routes spec --from-db <url>';
  }
  const text = renderSpec(doc, task.output, command);
  if (task.output) {
    const file = path.resolve(settings.workingDirectory, task.output);
    await guardOverwrite(file, task.output, task.force);
    await writeFile(file, text);
    report.artifacts.push({ kind: 'openapi', path: task.output });
  } else {
    report.artifacts.push({ kind: 'openapi', path: '-', content: text });
    report.details = [...(report.details ?? []), '', ...text.trimEnd().split('\n')];
  }
  return report;
}

const GENERATED_HEADER = '# Generated by backend-gate';

export function renderSpec(doc: OpenApiDocument, output: string | undefined, command: string): string {
  if (output && /\.json$/i.test(output)) return `${JSON.stringify(doc, null, 2)}\n`;
  return `${GENERATED_HEADER} (${command}). Review it before adopting it as the spec.\n${stringify(doc, { lineWidth: 0 })}`;
}

/** A spec someone wrote by hand is never replaced silently. */
async function guardOverwrite(file: string, given: string, force: boolean): Promise<void> {
  if (force) return;
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing === undefined) return;
  const ours = existing.startsWith(GENERATED_HEADER) || /"description": "Generated by backend-gate/.test(existing);
  if (!ours) {
    throw new ConfigurationError(
      `${given} exists and was not written by backend-gate. Choose another --output, or pass --force to replace it.`,
    );
  }
}

async function packageTitle(dir: string): Promise<string | undefined> {
  try {
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
    return typeof pkg.name === 'string' ? pkg.name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads one spec for a run. A spec for `routes check` is checked here; the two of a diff are
 * only read and parsed (`checks: false`), their checks run by startChecks.
 */
/** The spec's root file when it is read from disk as it is (not from git). */
function fileOnDisk(given: string, settings: RoutesSettings): string | undefined {
  const where = locateSpec(given, settings.workingDirectory);
  return where.reader.fromDisk ? where.file : undefined;
}

async function load(
  given: string,
  role: string,
  settings: RoutesSettings,
  log: Logger,
  remote?: RoutesDeps['baseFiles'],
  checks = false,
): Promise<LoadedSpec> {
  const where = locateSpec(given, settings.workingDirectory);
  let reader: SpecReader = where.reader;
  if (remote)
    reader = firstFound(reader, apiReader(remote.root ?? settings.workingDirectory, remote.ref, remote.fetchFile));
  log.info(`Loading ${role} ${given}`);
  try {
    return checks
      ? await loadSpec(where.file, { reader, schemaValidation: settings.schemaValidation })
      : await readSpec(where.file, reader);
  } catch (e) {
    if (e instanceof SpecError && /^spec file not found/.test(e.message)) {
      throw new SpecError(`${role} not found. Check the path (or git revision) you gave for it.`, { file: e.file });
    }
    throw e;
  }
}

/** Regenerates base and head in memory and adds, per operation, what the generated code gained, lost or changed. */
async function addGeneratedRoutesDiff(
  report: Report,
  base: LoadedSpec,
  head: LoadedSpec,
  framework: Framework,
): Promise<void> {
  // The generators (and Ajv, which they compile validators with) load only with routes.framework.
  const { generatedRoutesDiff, generatedRoutesSection } = await import('./generate/diff.js');
  const rows = generatedRoutesDiff(base, head, framework);
  report.metrics.generatedRoutesChanged = rows.length;
  if (rows.length === 0) return;
  const section = generatedRoutesSection(rows, framework);
  report.tables.push(section.table);
  report.details = [...(report.details ?? []), ...section.details];
}
