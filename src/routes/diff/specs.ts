/**
 * A diff of two specs as the runner does it, timed: both read and parsed first, their checks
 * (references, structure, the OpenAPI schema) running beside the comparison when they are big
 * (see startChecks), and a problem in either spec winning over the diff. The bench runs this too.
 */
import { prestartChecks, startChecks } from '../spec/check-pair.js';
import type { LoadedSpec } from '../spec/load.js';
import { compareSpecs, type DiffOptions, type DiffResult } from './engine.js';

export interface SpecsDiff {
  head: LoadedSpec;
  base: LoadedSpec;
  result: DiffResult;
  /** Whether the specs' checks ran in a worker thread beside the comparison. */
  checksInWorker: boolean;
  /** Reading and parsing both; comparing; then waiting for the checks still running, and locating findings. */
  ms: { load: number; compare: number; checksWait: number };
}

export async function diffSpecFiles(
  readHead: () => Promise<LoadedSpec>,
  readBase: () => Promise<LoadedSpec>,
  options: DiffOptions & {
    schemaValidation: boolean;
    /** The head's root file, when it is read from disk: a big one gets its check worker started first. */
    headFile?: string;
  },
): Promise<SpecsDiff> {
  const t0 = performance.now();
  const started = prestartChecks(options.headFile);
  let head: LoadedSpec;
  try {
    head = await readHead();
  } catch (e) {
    started?.abandon();
    throw e;
  }
  const checks = startChecks(head, { schemaValidation: options.schemaValidation }, started);
  let base: LoadedSpec;
  try {
    base = await readBase();
  } catch (e) {
    checks.headOnly();
    await checks.done; // a broken head is reported first
    throw e;
  }
  checks.addBase(base);
  if (!checks.background) await checks.done;
  const t1 = performance.now();
  let compared: ReturnType<typeof compareSpecs>;
  try {
    compared = compareSpecs(base, head, options);
  } catch (e) {
    await checks.done; // an invalid spec explains a failed comparison better than the failure does
    throw e;
  }
  const t2 = performance.now();
  // The worker makes the head's index before the base's checks; this thread, until they end, the base's.
  if (checks.background) for (const f of base.files.values()) f.prepareLocate?.();
  await checks.done;
  compared.locate();
  return {
    head,
    base,
    result: compared.result,
    checksInWorker: checks.background,
    ms: { load: t1 - t0, compare: t2 - t1, checksWait: performance.now() - t2 },
  };
}
