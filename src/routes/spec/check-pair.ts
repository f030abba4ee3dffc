/**
 * The checks of a diff's two specs (references, structure, the OpenAPI schema), run in a worker
 * thread while the main thread reads the base and compares. On GitHub's 13 MB description the
 * schema check of the head alone costs about as much as parsing it; a second core does it for
 * free. Small specs, or a build without the worker file, are checked in this thread, before the
 * comparison.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { SpecError, type SpecProblem } from './errors.js';
import type { JsonTextIndex } from './json-locator.js';
import { checkLoadedSpec, type LoadedSpec } from './load.js';
import { sameParts, type SameParts } from './same.js';
import { bundle, SPEC_CHECK_ROLE } from './worker-entry.js';

export interface SpecTexts {
  rootId: string;
  version: string;
  /**
   * A file on disk goes by path and length, and the worker reads it itself: posting a 13 MB
   * string copies it on this thread (≈20 ms); reading it there costs this thread nothing.
   */
  files: { id: string; display: string; text?: string; length: number }[];
}

/**
 * workerData. The head and the options follow as the first message (`HeadMessage`), the base as
 * the second (`BaseMessage`, or `null`: no base).
 */
export interface CheckStart {
  /** What the Action bundle's entry looks for to run as this worker. */
  role: typeof SPEC_CHECK_ROLE;
  /** Where the worker posts the JSON texts' indexes (`IndexMessage`), for locating findings. */
  indexes: MessagePort;
  /**
   * The head's root file on disk, when the worker was started before the head was read: it reads
   * and parses it meanwhile, and uses that if the head turns out to be this file, unchanged.
   */
  prestart?: string;
}

export interface HeadMessage {
  head: SpecTexts;
  schemaValidation: boolean;
}

/** The second message: the base, with what this thread found equal in both (or `null`: no base). */
export interface BaseMessage {
  base: SpecTexts;
  same: SameParts;
}

export interface IndexMessage {
  id: string;
  index: JsonTextIndex;
}

export interface CheckOutcome {
  side: 'head' | 'base' | 'none' | 'bug';
  problems: SpecProblem[];
  bug?: string;
}

/** Below this much head text a worker's start-up (≈40 ms) costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

export interface PairCheck {
  /** True when the checks run in a worker thread: the caller may compare meanwhile. */
  readonly background: boolean;
  /** Hands over the base once read (its parts equal to the head are not schema-checked again). */
  addBase(base: LoadedSpec): void;
  /** The head alone: its base could not be read. */
  headOnly(): void;
  /** Rejects with the head's SpecError first, as checking them in order would; then the base's. */
  readonly done: Promise<void>;
}

/** A check worker started before the head was read (see `prestartChecks`). */
export interface StartedWorker {
  thread: Worker;
  indexes: MessagePort;
  /** The head could not be read: the worker is not needed. */
  abandon(): void;
}

/**
 * Starts the worker before the head is read when the head is a big file on disk: its start-up,
 * and its own reading and parsing of the head, then overlap this thread's.
 */
export function prestartChecks(headFile: string | undefined): StartedWorker | undefined {
  if (!headFile) return undefined;
  let size = 0;
  try {
    size = statSync(headFile).size;
  } catch {
    return undefined; // reading the head reports it
  }
  const worker = size >= WORKER_THRESHOLD_BYTES ? workerFile() : undefined;
  return worker ? spawn(worker, headFile) : undefined;
}

/**
 * Starts checking the head as soon as it is read (in `started`, if given); `addBase` or `headOnly`
 * must follow.
 */
export function startChecks(
  head: LoadedSpec,
  options: { schemaValidation: boolean },
  started?: StartedWorker,
): PairCheck {
  const size = [...head.files.values()].reduce((n, f) => n + f.text.length, 0);
  const worker = !started && size >= WORKER_THRESHOLD_BYTES ? workerFile() : undefined;
  if (started || worker) return inWorker(started ?? spawn(worker!), head, options);
  return inThisThread(head, options);
}

function spawn(worker: URL, prestart?: string): StartedWorker {
  // The worker also makes the JSON texts' indexes that locating findings needs; this thread takes
  // those that have arrived when it locates them (after comparing), and makes any other itself.
  const channel = new MessageChannel();
  channel.port1.unref();
  const workerData: CheckStart = { role: SPEC_CHECK_ROLE, indexes: channel.port2, prestart };
  const transferList = [channel.port2];
  // The TypeScript source (tests, under tsx) needs tsx's loader registered in the worker too.
  const thread = worker.pathname.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`,
        { eval: true, workerData, transferList },
      )
    : new Worker(worker, { workerData, transferList });
  return { thread, indexes: channel.port1, abandon: () => void thread.terminate() };
}

function inThisThread(head: LoadedSpec, options: { schemaValidation: boolean }): PairCheck {
  let settle!: (base: LoadedSpec | null) => void;
  const base = new Promise<LoadedSpec | null>((resolve) => (settle = resolve));
  const run = async () => {
    await checkLoadedSpec(head, options);
    const b = await base;
    if (b) await checkLoadedSpec(b, { ...options, validatedCounterpart: head });
  };
  // Nothing runs until the base is known, so the caller's `await done` orders it before comparing.
  const done = base.then(run);
  return { background: false, addBase: (b) => settle(b), headOnly: () => settle(null), done };
}

function inWorker(started: StartedWorker, head: LoadedSpec, options: { schemaValidation: boolean }): PairCheck {
  const { thread } = started;
  const indexes = new Map<string, JsonTextIndex>();
  const take = (id: string) => () => {
    for (let m = receiveMessageOnPort(started.indexes); m; m = receiveMessageOnPort(started.indexes)) {
      const { id: of, index } = m.message as IndexMessage;
      indexes.set(of, index);
    }
    return indexes.get(id);
  };
  const supply = (spec: LoadedSpec) => {
    for (const f of spec.files.values()) f.supplyIndex?.(take(f.id));
  };
  supply(head);
  thread.postMessage({ head: texts(head), ...options } satisfies HeadMessage);
  const done = new Promise<CheckOutcome>((resolve, reject) => {
    thread.once('message', (outcome: CheckOutcome) => resolve(outcome));
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the spec check worker exited with code ${code}`)));
  }).then((outcome) => {
    // It may still be making an index nobody needs now: it does not keep the process alive.
    thread.unref();
    if (outcome.side === 'bug') throw new Error(`the spec check worker failed: ${outcome.bug}`);
    if (outcome.side !== 'none') throw SpecError.of(outcome.problems);
  });
  // Awaited by the caller after its comparison; until then a rejection is not "unhandled".
  done.catch(() => undefined);
  let here: Promise<void> = Promise.resolve();
  const both = () => done.then(() => here);
  const checks: PairCheck = {
    background: true,
    addBase(base) {
      if (!mostlyEqual(base, head)) {
        supply(base);
        // Sets and Maps of names: cheap to copy, and they spare the worker its own walk of both specs.
        thread.postMessage({
          base: texts(base),
          same: sameParts(base.root.data, head.root.data),
        } satisfies BaseMessage);
        return;
      }
      // A small change: this thread's comparison will be short, and the base's checks are cheap
      // here (it is parsed, and only its parts that differ from the head are schema-checked),
      // while the worker would parse it again after the head. Checked here, concurrently.
      thread.postMessage(null);
      here = checkLoadedSpec(base, { ...options, validatedCounterpart: head });
      here.catch(() => undefined);
    },
    headOnly: () => thread.postMessage(null),
    get done() {
      return both();
    },
  };
  return checks;
}

/** Do at least 90 % of the head's path items appear, equal, in the base? */
function mostlyEqual(base: LoadedSpec, head: LoadedSpec): boolean {
  const paths = (head.root.data as { paths?: unknown }).paths;
  if (typeof paths !== 'object' || paths === null) return false;
  const total = Object.keys(paths).length;
  return total > 0 && sameParts(base.root.data, head.root.data).paths.size >= 0.9 * total;
}

function texts(spec: LoadedSpec): SpecTexts {
  return {
    rootId: spec.root.id,
    version: spec.version,
    files: [...spec.files.values()].map((f) => ({
      id: f.id,
      display: f.display,
      text: f.onDisk ? undefined : f.text,
      length: f.text.length,
    })),
  };
}

/**
 * Where the worker starts: the Action bundle's own entry (dist/index.js, see worker-entry.ts), or
 * the compiled file beside this module (lib/routes/spec/check-worker.js for the CLI), or under tsx
 * (tests) the TypeScript source.
 */
function workerFile(): URL | undefined {
  if (bundle.entry) return bundle.entry;
  for (const name of ['./check-worker.js', './check-worker.ts']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
