/**
 * Worker thread of `startChecks`: parses the head's texts again and checks it (references,
 * structure, the OpenAPI schema), then does the same for the base when it arrives, so the main
 * thread can read the base and compare meanwhile. Posts one `CheckOutcome`.
 */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { SpecError } from './errors.js';
import { checkLoadedSpec, makeSpec, type LoadedSpec } from './load.js';
import { parseSpecFile, type SpecFile } from './source.js';
import type { CheckOutcome, CheckStart, SpecTexts } from './check-pair.js';

async function rebuild(texts: SpecTexts): Promise<LoadedSpec> {
  const files = new Map<string, SpecFile>();
  for (const f of texts.files) files.set(f.id, await parseSpecFile(f.text, f.id, f.display));
  return makeSpec(files.get(texts.rootId)!, files, texts.version, { display: (id) => id });
}

async function check(run: () => Promise<void>, side: 'head' | 'base'): Promise<CheckOutcome | null> {
  try {
    await run();
    return null;
  } catch (e) {
    if (e instanceof SpecError) return { side, problems: e.problems };
    throw e;
  }
}

async function run(start: CheckStart): Promise<CheckOutcome> {
  // Listening before the head's (synchronous) work, so the base's message is not missed.
  const baseMessage = once(parentPort!, 'message');
  const head = await rebuild(start.head);
  const options = { schemaValidation: start.schemaValidation };
  const headProblems = await check(() => checkLoadedSpec(head, options), 'head');
  if (headProblems) return headProblems;
  const [texts] = (await baseMessage) as [SpecTexts | null];
  if (!texts) return { side: 'none', problems: [] };
  const base = await rebuild(texts);
  const baseProblems = await check(() => checkLoadedSpec(base, { ...options, validatedCounterpart: head }), 'base');
  return baseProblems ?? { side: 'none', problems: [] };
}

run(workerData as CheckStart).then(
  (outcome) => {
    parentPort!.postMessage(outcome);
    parentPort!.close();
  },
  (e: unknown) => {
    parentPort!.postMessage({
      side: 'bug',
      problems: [],
      bug: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
    parentPort!.close();
  },
);
