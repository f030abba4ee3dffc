/**
 * One full generation as its own process (what `backend-gate routes generate` does):
 * node --import tsx bench/routes-generate/ours.ts SPEC FRAMEWORK OUT
 * Prints one JSON line with the report's metrics.
 */
import { silentLogger } from '../../src/log.js';
import { generateRoutes, type Framework } from '../../src/routes/generate/index.js';

const [spec, framework, out, validation] = process.argv.slice(2);
const report = await generateRoutes({
  spec,
  framework: framework as Framework,
  outputDir: out,
  log: silentLogger,
  schemaValidation: validation !== 'no-schema-validation',
});
console.log(JSON.stringify(report.metrics));
