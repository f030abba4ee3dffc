/**
 * Worker thread of `startChecks`: parses the head's texts again and checks it (references,
 * structure, the OpenAPI schema), then does the same for the base when it arrives, so the main
 * thread can read the base and compare meanwhile. Posts one `CheckOutcome`, and the texts'
 * indexes for locating findings.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { SpecError } from './errors.js';
import { checkLoadedSpec, makeSpec, type LoadedSpec } from './load.js';
import { looksLikeJson, parseSpecFile, type SpecFile } from './source.js';
import type { BaseMessage, CheckOutcome, CheckStart, HeadMessage, IndexMessage, SpecTexts } from './check-pair.js';
import { indexJsonText } from './json-locator.js';
import { decode } from './reader.js';
import { knownSameParts } from './same.js';

/** The main thread's messages, in order: the head, then the base. */
function inbox(): () => Promise<unknown> {
  const queue: unknown[] = [];
  let wake: (() => void) | undefined;
  parentPort!.on('message', (m: unknown) => {
    queue.push(m);
    wake?.();
  });
  return async () => {
    while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return queue.shift();
  };
}

/** The prestarted head file, read and parsed while the main thread does the same. */
interface Early {
  id: string;
  text: Promise<string>;
  parsed: Promise<SpecFile | undefined>;
}

function readEarly(id: string): Early {
  const text = readFile(id).then(decode);
  // A file that does not parse is parsed again, and reported, the ordinary way.
  const parsed = text.then((t) => parseSpecFile(t, id, id)).catch(() => undefined);
  text.catch(() => undefined);
  return { id, text, parsed };
}

/** The files' texts: as posted, or read from disk (the same bytes the main thread read). */
async function readTexts(texts: SpecTexts, early?: Early): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of texts.files) {
    const known = f.text ?? (f.id === early?.id ? await early.text.catch(() => undefined) : undefined);
    // The early read is of no use if the file changed after it (the main thread's read wins).
    const text = known?.length === f.length ? known : decode(await readFile(f.id));
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

async function rebuild(texts: SpecTexts, read: Map<string, string>, early?: Early): Promise<LoadedSpec> {
  const files = new Map<string, SpecFile>();
  for (const f of texts.files) {
    const parsed = f.id === early?.id && f.text === undefined ? await early.parsed : undefined;
    if (parsed && parsed.text === read.get(f.id)) {
      parsed.display = f.display;
      files.set(f.id, parsed);
    } else {
      files.set(f.id, await parseSpecFile(read.get(f.id)!, f.id, f.display));
    }
  }
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
 * The head's checks, then the base's, then the outcome. The head's index is made once the base
 * is parsed, before its checks, the base's after the outcome: the main thread, done comparing,
 * makes the base's itself while it waits for the outcome, then locates findings with both.
 */
async function run(start: CheckStart): Promise<void> {
  // Listening before the head's (synchronous) work, so no message is missed.
  const next = inbox();
  const early = start.prestart ? readEarly(start.prestart) : undefined;
  const { head: headTexts, schemaValidation } = (await next()) as HeadMessage;
  const headRead = await readTexts(headTexts, early);
  const head = await rebuild(headTexts, headRead, early);
  const options = { schemaValidation };
  const headProblems = await check(() => checkLoadedSpec(head, options), 'head');
  if (headProblems) return finish(headProblems);
  const message = (await next()) as BaseMessage | null;
  if (!message) {
    parentPort!.postMessage({ side: 'none', problems: [] } satisfies CheckOutcome);
    postIndexes(headTexts, headRead, start.indexes);
    return finish(undefined);
  }
  const baseRead = await readTexts(message.base);
  const base = await rebuild(message.base, baseRead);
  knownSameParts(base.root.data, head.root.data, message.same);
  postIndexes(headTexts, headRead, start.indexes);
  const baseProblems = await check(() => checkLoadedSpec(base, { ...options, validatedCounterpart: head }), 'base');
  parentPort!.postMessage(baseProblems ?? ({ side: 'none', problems: [] } satisfies CheckOutcome));
  // Of use only if the main thread was still comparing: it makes the base's itself while it waits.
  postIndexes(message.base, baseRead, start.indexes);
  finish(undefined);
}

function finish(outcome: CheckOutcome | undefined): void {
  if (outcome) parentPort!.postMessage(outcome);
  parentPort!.close();
  (workerData as CheckStart).indexes.close();
}

run(workerData as CheckStart).catch((e: unknown) =>
  finish({ side: 'bug', problems: [], bug: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
);
