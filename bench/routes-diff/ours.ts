/** One timed run of backend-gate's routes diff, in its own process: prints a JSON line. */
import path from 'node:path';
import { countBySeverity } from '../../src/report/gate.js';
import { diffSpecs } from '../../src/routes/diff/engine.js';
import { loadSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';

const [basePath, headPath, validation] = process.argv.slice(2);
const started = performance.now();
const reader = fileReader(process.cwd());
const schemaValidation = validation !== 'false';
// As the runner does: the head is validated fully, the base only where it differs from the head.
const head = await loadSpec(path.resolve(headPath), { reader, schemaValidation });
const base = await loadSpec(path.resolve(basePath), { reader, schemaValidation, validatedCounterpart: head });
const loaded = performance.now();
const result = diffSpecs(base, head);
const done = performance.now();
console.log(
  JSON.stringify({
    tool: 'backend-gate',
    loadMs: Math.round(loaded - started),
    diffMs: Math.round(done - loaded),
    totalMs: Math.round(done - started),
    stats: result.stats,
    findings: countBySeverity(result.findings),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
