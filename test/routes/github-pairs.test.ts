/**
 * Real pairs of GitHub's REST description (npm @octokit/openapi, installed as aliased
 * devDependencies): both diff without error, and the findings per level are recorded here so a
 * change in the engine shows up as a changed number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { countBySeverity } from '../../src/report/gate.js';
import { diffSpecs } from '../../src/routes/diff/engine.js';
import { loadSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';

const spec = (v: string) => path.resolve('node_modules', `octokit-openapi-${v}`, 'generated', 'api.github.com.json');
const reader = fileReader(process.cwd());

async function diffVersions(a: string, b: string) {
  // Schema validation is exercised by the other tests; here the engine's behaviour on real data is.
  const base = await loadSpec(spec(a), { reader, schemaValidation: false });
  const head = await loadSpec(spec(b), { reader, schemaValidation: false });
  return diffSpecs(base, head, { today: '2026-06-01' });
}

const missing = ['19.1.0', '22.0.0', '23.0.1', '23.0.2'].filter((v) => !existsSync(spec(v)));
const skip =
  missing.length > 0 ? `@octokit/openapi ${missing.join(', ')} not installed (npm ci installs the aliases)` : false;

test('GitHub 19.1.0 → 22.0.0: six months of changes, classified', { skip }, async () => {
  const { findings, stats } = await diffVersions('19.1.0', '22.0.0');
  // The published changelog of this range lists 40 removed and 116 added operations.
  assert.equal(stats.baseOperations, 1030);
  assert.equal(stats.headOperations, 1108);
  assert.equal(stats.removed, 40);
  assert.equal(stats.added, 118);
  assert.deepEqual(countBySeverity(findings), { error: 52, warning: 421, notice: 159 });
  const removed = findings.filter((f) => f.rule === 'operation-removed' || f.rule === 'deprecated-operation-removed');
  assert.equal(removed.length, 40);
  // Every finding points at a line of one of the two JSON files.
  for (const f of findings) assert.ok(f.location?.line && f.location.line > 1, `${f.rule} ${f.message}`);
});

test('GitHub 23.0.1 → 23.0.2: a small release, every operation skipped by hash', { skip }, async () => {
  const { findings, stats } = await diffVersions('23.0.1', '23.0.2');
  assert.equal(stats.unchanged, 1223);
  assert.equal(stats.changed, 0);
  assert.deepEqual(countBySeverity(findings), { error: 0, warning: 0, notice: 0 });
});
