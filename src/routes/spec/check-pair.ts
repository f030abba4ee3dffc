/**
 * The checks of a diff's two specs (references, structure, the OpenAPI schema), run in a worker
 * thread while the main thread compares them. On GitHub's 13 MB description the schema check of
 * the head alone costs about as much as parsing it; a second core does it for free. Small specs,
 * or a build without the worker file, are checked in this thread, before the comparison.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SpecError, type SpecProblem } from './errors.js';
import { checkLoadedSpec, type LoadedSpec } from './load.js';

export interface SpecTexts {
  rootId: string;
  version: string;
  files: { id: string; display: string; text: string }[];
}

export interface CheckRequest {
  head: SpecTexts;
  base: SpecTexts;
  schemaValidation: boolean;
}

export interface CheckOutcome {
  side: 'head' | 'base' | 'none' | 'bug';
  problems: SpecProblem[];
  bug?: string;
}

/** Below this much spec text a worker's start-up (≈40 ms) costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 2_000_000;

export interface PairCheck {
  /** True when the checks run in a worker thread: the caller may compare meanwhile. */
  background: boolean;
  /** Rejects with the head's SpecError first, as checking them in order would; then the base's. */
  done: Promise<void>;
}

/** Starts the checks of head, then base (its parts equal to the head are not schema-checked again). */
export function checkPair(head: LoadedSpec, base: LoadedSpec, options: { schemaValidation: boolean }): PairCheck {
  const size = [...head.files.values(), ...base.files.values()].reduce((n, f) => n + f.text.length, 0);
  const worker = size >= WORKER_THRESHOLD_BYTES ? workerFile() : undefined;
  if (!worker) return { background: false, done: checkInThisThread(head, base, options) };
  const done = new Promise<CheckOutcome>((resolve, reject) => {
    const request: CheckRequest = { head: texts(head), base: texts(base), ...options };
    // The TypeScript source (tests, under tsx) needs tsx's loader registered in the worker too.
    const thread = worker.pathname.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`,
          { eval: true, workerData: request },
        )
      : new Worker(worker, { workerData: request });
    thread.once('message', (outcome: CheckOutcome) => resolve(outcome));
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the spec check worker exited with code ${code}`)));
  }).then((outcome) => {
    if (outcome.side === 'bug') throw new Error(`the spec check worker failed: ${outcome.bug}`);
    if (outcome.side !== 'none') throw SpecError.of(outcome.problems);
  });
  // Awaited by the caller after its comparison; until then a rejection is not "unhandled".
  done.catch(() => undefined);
  return { background: true, done };
}

async function checkInThisThread(head: LoadedSpec, base: LoadedSpec, options: { schemaValidation: boolean }) {
  await checkLoadedSpec(head, options);
  await checkLoadedSpec(base, { ...options, validatedCounterpart: head });
}

function texts(spec: LoadedSpec): SpecTexts {
  return {
    rootId: spec.root.id,
    version: spec.version,
    files: [...spec.files.values()].map((f) => ({ id: f.id, display: f.display, text: f.text })),
  };
}

/**
 * The worker's compiled file beside this module: lib/routes/spec/check-worker.js for the CLI,
 * dist/check-worker/index.js beside the Action's bundle (built by `npm run package`). Under tsx (tests) the
 * TypeScript source runs, the loader being inherited by the worker.
 */
function workerFile(): URL | undefined {
  const here = import.meta.url;
  for (const name of ['./check-worker.js', './check-worker/index.js', './check-worker.ts']) {
    const url = new URL(name, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
