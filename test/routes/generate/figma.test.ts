/**
 * A real OpenAPI 3.1.0 spec (@figma/rest-api-spec: 54 operations, 231 schemas, `type: [..., "null"]`
 * unions) generated for each framework: every project passes `tsc --noEmit --strict`.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { silentLogger } from '../../../src/log.js';
import { generateRoutes, FRAMEWORKS } from '../../../src/routes/generate/index.js';
import { REPO, tempProject, typecheck } from './project.js';

const SPEC = path.join(REPO, 'node_modules/@figma/rest-api-spec/openapi/openapi.yaml');
const project = await tempProject();
after(() => project.remove());

test('the Figma REST description (native OpenAPI 3.1) generates a strict-typed project for every framework', async () => {
  const files: string[] = [];
  for (const fw of FRAMEWORKS) {
    const out = path.join(project.dir, fw);
    const report = await generateRoutes({ spec: SPEC, framework: fw, outputDir: out, log: silentLogger });
    assert.equal(report.metrics.operations, 54, `${fw}: operations`);
    assert.equal(report.metrics.schemas, 231, `${fw}: schemas`);
    for (const sub of ['generated', 'handlers']) {
      for (const f of await readdir(path.join(out, sub))) files.push(path.join(fw, sub, f));
    }
  }
  // One tsc run over the three projects keeps the test to one compiler start.
  const tsc = await typecheck(project.dir, files);
  assert.equal(tsc.code, 0, tsc.output.slice(0, 4000));
});
