import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { diffSpecs } from '../../src/routes/diff/engine.js';
import { loadSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';

const DEMO = path.resolve('fixtures/demo');
const reader = fileReader(DEMO);

async function demoDiff() {
  const base = await loadSpec(path.join(DEMO, 'openapi.base.yaml'), { reader });
  const head = await loadSpec(path.join(DEMO, 'openapi.yaml'), { reader });
  return diffSpecs(base, head, { today: '2026-06-01' });
}

test('demo base → head: the removed DELETE /orders/{id} is a breaking error with its place in the base spec', async () => {
  const { findings } = await demoDiff();
  const removed = findings.filter((f) => f.rule === 'operation-removed');
  assert.equal(removed.length, 1);
  const f = removed[0];
  assert.equal(f.severity, 'error');
  assert.equal(f.data?.endpoint, 'DELETE /orders/{id}');
  assert.deepEqual(f.location, {
    file: 'openapi.base.yaml',
    line: 157,
    column: 5,
    pointer: '/paths/~1orders~1{id}/delete',
  });
  assert.equal(f.data?.base, 'openapi.base.yaml:157:5');
  assert.match(f.message, /cancelOrder/);
  assert.ok(f.fix?.description.includes('deprecated'));
});

test('demo base → head: every finding, by rule, endpoint and level', async () => {
  const { findings, stats } = await demoDiff();
  assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.data?.endpoint]).sort(), [
    ['operation-added', 'notice', 'GET /orders/{id}'],
    ['operation-removed', 'error', 'DELETE /orders/{id}'],
    ['response-enum-value-added', 'warning', 'GET /orders'],
    ['response-enum-value-added', 'warning', 'POST /orders'],
  ]);
  // Both sides' positions of the enum change, and the operations skipped by hash.
  const enumFinding = findings.find(
    (f) => f.rule === 'response-enum-value-added' && f.data?.endpoint === 'GET /orders',
  )!;
  assert.equal(enumFinding.data?.base, 'openapi.base.yaml:258:9');
  assert.equal(enumFinding.data?.head, 'openapi.yaml:264:9');
  assert.deepEqual(stats, { baseOperations: 7, headOperations: 7, added: 1, removed: 1, changed: 2, unchanged: 4 });
});

test('fingerprints are stable across runs and name rule + endpoint + subject', async () => {
  const a = await demoDiff();
  const b = await demoDiff();
  assert.deepEqual(
    a.findings.map((f) => f.fingerprint),
    b.findings.map((f) => f.fingerprint),
  );
  assert.equal(new Set(a.findings.map((f) => f.fingerprint)).size, a.findings.length);
  assert.match(a.findings.find((f) => f.rule === 'operation-removed')!.fingerprint, /^operation-removed:[0-9a-f]{16}$/);
});

test('a spec compared with itself has no findings and every operation is skipped by hash', async () => {
  const spec = await loadSpec(path.join(DEMO, 'openapi.yaml'), { reader });
  const again = await loadSpec(path.join(DEMO, 'openapi.yaml'), { reader });
  const { findings, stats } = diffSpecs(spec, again);
  assert.deepEqual(findings, []);
  assert.equal(stats.unchanged, 7);
  assert.equal(stats.changed, 0);
});
