#!/usr/bin/env node
// The CLI runs the compiled lib/ (built by `npm ci` through the prepare script).
// In a checkout where lib/ is missing or older than src/, run `npm run build`.
import { existsSync } from 'node:fs';

const compiled = new URL('../lib/cli.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write("backend-gate: lib/ is missing; run 'npm run build' (npm ci does it for you).\n");
  process.exit(3);
}
await import(compiled.href);
