/** One timed run of backend-gate's routes diff, in its own process: prints a JSON line. */
import path from 'node:path';
import { countBySeverity } from '../../src/report/gate.js';
import { diffSpecFiles } from '../../src/routes/diff/specs.js';
import { readSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';

const [basePath, headPath, validation] = process.argv.slice(2);
const started = performance.now();
const reader = fileReader(process.cwd());
const schemaValidation = validation !== 'false';
// As the runner does (diffSpecFiles): both specs read and parsed, their checks (the head's schema
// fully, the base's only where it differs from the head) in a worker thread while the comparison runs.
const { result, ms } = await diffSpecFiles(
  () => readSpec(path.resolve(headPath), reader),
  () => readSpec(path.resolve(basePath), reader),
  { schemaValidation, headFile: path.resolve(headPath) },
);
console.log(
  JSON.stringify({
    tool: 'backend-gate',
    loadMs: Math.round(ms.load),
    diffMs: Math.round(ms.compare),
    checksWaitMs: Math.round(ms.checksWait),
    totalMs: Math.round(performance.now() - started),
    stats: result.stats,
    findings: countBySeverity(result.findings),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
