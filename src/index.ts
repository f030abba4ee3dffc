import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { bundle, SPEC_CHECK_ROLE } from './routes/spec/worker-entry.js';

// dist/ is an ES module bundle, but libpg-query's Emscripten loader reads the CommonJS
// __dirname to find libpg-query.wasm, which `npm run package` copies beside the bundle.
const globals = globalThis as { __dirname?: string; __filename?: string };
globals.__filename ??= fileURLToPath(import.meta.url);
globals.__dirname ??= path.dirname(globals.__filename);

// The routes diff's check worker starts from this same file (one copy of its code in dist/).
if (!isMainThread && (workerData as { role?: unknown } | null)?.role === SPEC_CHECK_ROLE) {
  await import('./routes/spec/check-worker.js');
} else {
  bundle.entry = new URL(import.meta.url);
  const { run } = await import('./action/main.js');
  await run();
}
