/**
 * generatedRoutesDiff: the demo spec against an edited copy (one operation lost, one gained,
 * one renamed, a query constraint tightened, a response schema changed) gives one row per
 * affected operation naming what changed in the generated code, and nothing for the rest.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { generatedRoutesDiff, generatedRoutesSection } from '../../../src/routes/generate/diff.js';
import { loadSpec } from '../../../src/routes/spec/load.js';
import { DEMO_SPEC } from './project.js';

const dir = await mkdtemp(path.join(tmpdir(), 'bg-routes-diff-'));
after(() => rm(dir, { recursive: true, force: true }));

type Doc = {
  paths: Record<
    string,
    Record<string, { operationId: string; parameters?: { name: string; schema: Record<string, unknown> }[] }>
  >;
  components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> };
};

test('gained, lost and changed operations, with the parts of the generated code that changed', async () => {
  const doc = parse(await readFile(DEMO_SPEC, 'utf8')) as Doc;
  delete doc.paths['/health'];
  doc.paths['/users/{id}'].get.operationId = 'fetchUser';
  const offset = doc.paths['/users'].get.parameters!.find((p) => p.name === 'offset')!;
  offset.schema.maximum = 500;
  doc.components.schemas.User.properties.nickname = { type: 'string' };
  doc.paths['/ping'] = { get: { operationId: 'ping', responses: { '204': { description: 'Up.' } } } as never };
  const headFile = path.join(dir, 'head.yaml');
  await writeFile(headFile, stringify(doc));

  const rows = generatedRoutesDiff(await loadSpec(DEMO_SPEC), await loadSpec(headFile), 'express');
  const byOp = new Map(rows.map((r) => [r.operation, r]));
  assert.equal(byOp.get('GET /health')?.change, 'removed');
  assert.equal(byOp.get('GET /ping')?.change, 'added');
  assert.deepEqual(byOp.get('GET /users/{id}'), {
    operation: 'GET /users/{id}',
    handler: 'fetchUser',
    change: 'changed',
    parts: ['handler name (was getUser)', 'schema User'],
  });
  const listUsers = byOp.get('GET /users')!;
  assert.ok(listUsers.parts.includes('validator: query'), listUsers.parts.join(', '));
  assert.ok(listUsers.parts.includes('schema User'), listUsers.parts.join(', '));
  assert.ok(!byOp.has('GET /orders/{id}') || !byOp.get('GET /orders/{id}')!.parts.includes('route registration'));
  assert.equal(rows[0].change, 'removed', 'lost operations first');

  const section = generatedRoutesSection(rows, 'express');
  assert.match(section.table.title, /^Generated routes \(express\): 1 gained, 1 lost, \d+ changed$/);
  assert.ok(section.details.includes('  - GET /health (getHealth)'), section.details.join('\n'));
  assert.ok(section.details.includes('  + GET /ping (ping)'));
});

test('the same spec on both sides gives no rows', async () => {
  const spec = await loadSpec(DEMO_SPEC);
  for (const fw of ['express', 'fastify', 'koa'] as const) {
    assert.deepEqual(generatedRoutesDiff(spec, await loadSpec(DEMO_SPEC), fw), []);
  }
});
