/** One timed run of backend-gate's routes diff, in its own process: prints a JSON line. */
import path from 'node:path';
import { countBySeverity } from '../../src/report/gate.js';
import { diffSpecs } from '../../src/routes/diff/engine.js';
import { startChecks } from '../../src/routes/spec/check-pair.js';
import { readSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';

const [basePath, headPath, validation] = process.argv.slice(2);
const started = performance.now();
const reader = fileReader(process.cwd());
const schemaValidation = validation !== 'false';
// As the runner does: both specs read and parsed, their checks (the head's schema fully, the
// base's only where it differs from the head) in a worker thread while the comparison runs.
const head = await readSpec(path.resolve(headPath), reader);
const checks = startChecks(head, { schemaValidation });
const base = await readSpec(path.resolve(basePath), reader);
checks.addBase(base);
const loaded = performance.now();
if (!checks.background) await checks.done;
const result = diffSpecs(base, head);
const compared = performance.now();
await checks.done;
const done = performance.now();
console.log(
  JSON.stringify({
    tool: 'backend-gate',
    loadMs: Math.round(loaded - started),
    diffMs: Math.round(compared - loaded),
    checksWaitMs: Math.round(done - compared),
    totalMs: Math.round(done - started),
    stats: result.stats,
    findings: countBySeverity(result.findings),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
