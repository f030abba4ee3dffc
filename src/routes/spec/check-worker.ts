/**
 * Worker thread of `checkPairInBackground`: parses the texts of a head and a base spec again and
 * runs their checks (references, structure, the OpenAPI schema), so the main thread can compare
 * the two meanwhile. Posts `CheckOutcome`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SpecError } from './errors.js';
import { checkLoadedSpec, makeSpec, type LoadedSpec } from './load.js';
import { parseSpecFile } from './source.js';
import type { CheckOutcome, SpecTexts, CheckRequest } from './check-pair.js';

function rebuild(texts: SpecTexts): LoadedSpec {
  const files = new Map(texts.files.map((f) => [f.id, parseSpecFile(f.text, f.id, f.display)]));
  return makeSpec(files.get(texts.rootId)!, files, texts.version, { display: (id) => id });
}

async function run(request: CheckRequest): Promise<CheckOutcome> {
  const head = rebuild(request.head);
  try {
    await checkLoadedSpec(head, { schemaValidation: request.schemaValidation });
  } catch (e) {
    if (e instanceof SpecError) return { side: 'head', problems: e.problems };
    throw e;
  }
  const base = rebuild(request.base);
  try {
    await checkLoadedSpec(base, { schemaValidation: request.schemaValidation, validatedCounterpart: head });
  } catch (e) {
    if (e instanceof SpecError) return { side: 'base', problems: e.problems };
    throw e;
  }
  return { side: 'none', problems: [] };
}

run(workerData as CheckRequest).then(
  (outcome) => parentPort!.postMessage(outcome),
  (e: unknown) =>
    parentPort!.postMessage({
      side: 'bug',
      problems: [],
      bug: e instanceof Error ? (e.stack ?? e.message) : String(e),
    }),
);
