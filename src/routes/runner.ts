/**
 * The routes mode: load the spec (and the base spec), check them, diff them, and return a Report.
 * Knows nothing of GitHub or the terminal.
 */
import type { Logger } from '../log.js';
import type { Report } from '../report/types.js';
import { diffSpecs } from './diff/engine.js';
import { listOperations } from './model.js';
import { checkReport, diffReport } from './report.js';
import type { RoutesSettings } from './settings.js';
import { SpecError } from './spec/errors.js';
import { loadSpec, type LoadedSpec } from './spec/load.js';
import { locateSpec } from './spec/reader.js';

export async function runRoutes(settings: RoutesSettings, deps: { log: Logger }): Promise<Report> {
  const { task } = settings;
  if (task.kind === 'check') {
    const started = performance.now();
    const spec = await load(task.spec, 'spec', settings, deps.log);
    const ms = performance.now() - started;
    return checkReport(spec, listOperations(spec), { loadMs: ms });
  }
  const t0 = performance.now();
  const head = await load(task.head, 'head spec', settings, deps.log);
  let base: LoadedSpec;
  try {
    base = await load(task.base, 'base spec', settings, deps.log);
  } catch (e) {
    if (e instanceof SpecError && task.baseFromPullRequest && /not found/.test(e.message)) {
      throw new SpecError(
        `${e.message} The base branch is read from git: check out with \`fetch-depth: 0\` (actions/checkout), or set routes.base.`,
        { file: e.file },
      );
    }
    throw e;
  }
  const t1 = performance.now();
  const result = diffSpecs(base, head, { today: settings.today });
  const t2 = performance.now();
  deps.log.info(
    `Compared ${result.stats.baseOperations} → ${result.stats.headOperations} operations: ${result.stats.changed} changed, ${result.stats.unchanged} unchanged (skipped by hash).`,
  );
  return diffReport(base, head, result, { loadMs: t1 - t0, diffMs: t2 - t1 });
}

async function load(given: string, role: string, settings: RoutesSettings, log: Logger): Promise<LoadedSpec> {
  const where = locateSpec(given, settings.workingDirectory);
  log.info(`Loading ${role} ${given}`);
  try {
    return await loadSpec(where.file, { reader: where.reader, schemaValidation: settings.schemaValidation });
  } catch (e) {
    if (e instanceof SpecError && /^spec file not found/.test(e.message)) {
      throw new SpecError(`${role} not found. Check the path (or git revision) you gave for it.`, { file: e.file });
    }
    throw e;
  }
}
