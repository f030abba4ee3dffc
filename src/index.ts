import path from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/ is an ES module bundle, but libpg-query's Emscripten loader reads the CommonJS
// __dirname to find libpg-query.wasm, which `npm run package` copies beside the bundle.
const globals = globalThis as { __dirname?: string; __filename?: string };
globals.__filename ??= fileURLToPath(import.meta.url);
globals.__dirname ??= path.dirname(globals.__filename);

const { run } = await import('./action/main.js');
await run();
