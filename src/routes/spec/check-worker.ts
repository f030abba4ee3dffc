/**
 * Worker thread of `startChecks`: parses the head's texts again and checks it (references,
 * structure, the OpenAPI schema), then does the same for the base when it arrives, so the main
 * thread can read the base and compare meanwhile. Posts one `CheckOutcome`.
 */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { SpecError } from './errors.js';
import { checkLoadedSpec, makeSpec, type LoadedSpec } from './load.js';
import { looksLikeJson, parseSpecFile, type SpecFile } from './source.js';
import type { CheckOutcome, CheckStart, IndexMessage, SpecTexts } from './check-pair.js';
import { indexJsonText } from './json-locator.js';
import { decode } from './reader.js';

/** The files' texts: as posted, or read from disk (the same bytes the main thread read). */
async function readTexts(texts: SpecTexts): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of texts.files) {
    const text = f.text ?? decode(await readFile(f.id));
    if (text.length !== f.length) throw new Error(`${f.display} changed on disk while it was being checked`);
    out.set(f.id, text);
  }
  return out;
}

/** Posts the index of each JSON text (transferred, not copied). */
function postIndexes(texts: SpecTexts, read: Map<string, string>, port: MessagePort): void {
  for (const f of texts.files) {
    const text = read.get(f.id)!;
    if (!looksLikeJson(f.id, text)) continue;
    const index = indexJsonText(text);
    const message: IndexMessage = { id: f.id, index };
    const buffers = [index.containerStarts.buffer, index.containerEnds.buffer, index.lineStarts.buffer];
    port.postMessage(message, buffers as ArrayBuffer[]);
  }
}

async function rebuild(texts: SpecTexts, read: Map<string, string>): Promise<LoadedSpec> {
  const files = new Map<string, SpecFile>();
  for (const f of texts.files) files.set(f.id, await parseSpecFile(read.get(f.id)!, f.id, f.display));
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

/**
 * The head's checks; then, with a base, both texts' indexes and the base's checks; without one,
 * the outcome first and the head's index after it (the caller may still locate findings, or may
 * be done: it lets this thread go once it has the outcome).
 */
async function run(start: CheckStart): Promise<void> {
  // Listening before the head's (synchronous) work, so the base's message is not missed.
  const baseMessage = once(parentPort!, 'message');
  const headTexts = await readTexts(start.head);
  const head = await rebuild(start.head, headTexts);
  const options = { schemaValidation: start.schemaValidation };
  const headProblems = await check(() => checkLoadedSpec(head, options), 'head');
  if (headProblems) return finish(headProblems);
  const [texts] = (await baseMessage) as [SpecTexts | null];
  if (!texts) {
    parentPort!.postMessage({ side: 'none', problems: [] } satisfies CheckOutcome);
    postIndexes(start.head, headTexts, start.indexes);
    return finish(undefined);
  }
  const baseTexts = await readTexts(texts);
  postIndexes(start.head, headTexts, start.indexes);
  postIndexes(texts, baseTexts, start.indexes);
  const base = await rebuild(texts, baseTexts);
  const baseProblems = await check(() => checkLoadedSpec(base, { ...options, validatedCounterpart: head }), 'base');
  finish(baseProblems ?? { side: 'none', problems: [] });
}

function finish(outcome: CheckOutcome | undefined): void {
  if (outcome) parentPort!.postMessage(outcome);
  parentPort!.close();
  (workerData as CheckStart).indexes.close();
}

run(workerData as CheckStart).catch((e: unknown) =>
  finish({ side: 'bug', problems: [], bug: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
);
