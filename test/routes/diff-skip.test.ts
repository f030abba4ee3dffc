import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffSpecs } from '../../src/routes/diff/engine.js';
import { SpecError } from '../../src/routes/spec/errors.js';
import { loadSpec, type LoadedSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';

function spec(version: string, petStatus: string, extraGet = '') {
  return [
    'openapi: 3.0.3',
    `info: { title: pets, version: "${version}" }`,
    'paths:',
    '  /pets:',
    '    get:',
    '      operationId: listPets',
    `${extraGet}      responses:`,
    "        '200':",
    '          description: ok',
    '          content:',
    "            application/json: { schema: { $ref: '#/components/schemas/Pet' } }",
    '  /owners:',
    '    get:',
    '      operationId: listOwners',
    "      responses: { '200': { description: ok } }",
    'components:',
    '  schemas:',
    '    Pet:',
    '      type: object',
    '      required: [id]',
    `      properties: { id: { type: integer }, status: { type: ${petStatus} } }`,
    '',
  ].join('\n');
}

async function pair(t: { after: (fn: () => void) => void }, base: string, head: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bg-skip-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'base.yaml'), base);
  writeFileSync(path.join(dir, 'head.yaml'), head);
  const reader = fileReader(dir);
  const headSpec = await loadSpec(path.join(dir, 'head.yaml'), { reader });
  const load = (): Promise<LoadedSpec> =>
    loadSpec(path.join(dir, 'base.yaml'), { reader, validatedCounterpart: headSpec });
  return { head: headSpec, load };
}

test('specs equal but for info: every operation is unchanged and nothing is reported', async (t) => {
  const { head, load } = await pair(t, spec('1', 'string'), spec('2', 'string'));
  const result = diffSpecs(await load(), head);
  assert.deepEqual(result.stats, {
    baseOperations: 2,
    headOperations: 2,
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 2,
  });
  assert.deepEqual(result.findings, []);
});

test('a changed component still changes the equal path item that references it', async (t) => {
  const { head, load } = await pair(t, spec('1', 'string'), spec('1', 'integer'));
  const result = diffSpecs(await load(), head);
  assert.equal(result.stats.changed, 1);
  assert.equal(result.stats.unchanged, 1);
  assert.ok(result.findings.some((f) => f.rule === 'response-property-type-changed'));
});

test('the base is still schema-validated where it differs from the head: invalid there → SpecError at base file:line', async (t) => {
  const { load } = await pair(t, spec('1', 'string', '      bogus: 1\n'), spec('1', 'string'));
  await assert.rejects(load(), (e: unknown) => {
    assert.ok(e instanceof SpecError);
    assert.match(e.message, /unknown key 'bogus'/);
    assert.match(String(e.file), /base\.yaml$/);
    return true;
  });
});
