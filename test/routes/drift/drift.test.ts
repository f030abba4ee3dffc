import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import type { FlagValues } from '../../../src/modes.js';
import { Redactor } from '../../../src/report/mask.js';
import type { Report } from '../../../src/report/types.js';
import { routesCommand } from '../../../src/routes/command.js';
import { loadConfig } from '../../../src/settings/config.js';
import { buildCommonSettings } from '../../../src/settings/settings.js';

const CODE = path.resolve('fixtures/routes/code');

async function run(dir: string, config: string, positionals: string[], flags: FlagValues = {}): Promise<Report> {
  writeFileSync(path.join(dir, '.backend-gate.yml'), config);
  const settings = buildCommonSettings('routes', dir, loadConfig(path.join(dir, '.backend-gate.yml')), {});
  return routesCommand.run(
    { settings, log: new MemoryLogger(), redactor: new Redactor(), env: {}, signal: new AbortController().signal },
    { positionals, flags },
  );
}

const summary = (r: Report) =>
  r.findings
    .map((f) => `${f.rule} ${f.severity} ${String(f.data?.endpoint ?? '')} @ ${f.location?.file}:${f.location?.line}`)
    .sort();

test('routes with routes.code: undocumented, not implemented and renamed parameters, at code and spec file:line', async () => {
  const report = await run(CODE, 'routes:\n  spec: express/openapi.yaml\n  code: express/src\n', ['check']);
  assert.deepEqual(summary(report), [
    'route-not-implemented error GET /reports @ express/openapi.yaml:77',
    'route-not-implemented error PUT /users/{id} @ express/openapi.yaml:36',
    'route-param-mismatch warning GET /users/{id} @ express/src/routes/users.ts:18',
    'route-param-mismatch warning PATCH /users/{id} @ express/src/routes/users.ts:18',
    'route-undocumented warning ALL /status @ express/src/health.ts:7',
    'route-undocumented warning DELETE /users/{userId} @ express/src/routes/users.ts:18',
    'route-undocumented warning GET /health @ express/src/health.ts:4',
    'route-undocumented warning GET /ping @ express/src/app.ts:18',
    'route-undocumented warning GET /v0/ping @ express/src/app.ts:18',
    'route-undocumented warning PUT /orders/{id}/items @ express/src/routes/orders.js:9',
    'route-unresolved notice  @ express/src/routes/orders.js:11',
    'route-unresolved notice  @ express/src/routes/orders.js:12',
  ]);
  const put = report.findings.find((f) => f.data?.endpoint === 'PUT /users/{id}')!;
  assert.match(
    put.message,
    /The code registers (GET, PATCH, DELETE|DELETE, GET, PATCH|[A-Z, ]+) on this path \(express\/src\/routes\/users\.ts:18\)/,
  );
  const renamed = report.findings.find((f) => f.data?.endpoint === 'GET /users/{id}')!;
  assert.match(renamed.message, /the spec names path parameter 1 'id', the code 'userId'/);
  const undocumented = report.findings.find((f) => f.data?.endpoint === 'DELETE /users/{userId}')!;
  assert.match(undocumented.fix?.text ?? '', /\/users\/\{userId\}:\n\s+delete:\n\s+operationId: deleteUsersByUserId/);
  assert.equal(report.metrics.codeRoutes, 13);
  assert.equal(report.metrics.implemented, 7);
  assert.equal(report.metrics.notImplemented, 2);
  assert.equal(report.metrics.undocumented, 6);
  const table = report.tables.find((t) => t.title === 'Spec and code')!;
  assert.deepEqual(table.rows[0].slice(0, 2), ['GET /reports', 'not implemented']);
  // Fingerprints name the endpoint, not the line: stable across unrelated edits.
  assert.match(put.fingerprint, /^route-not-implemented:[0-9a-f]{16}$/);
});

test('the --code flag overrides routes.code, and type mismatches of path parameters are reported', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bg-drift-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const spec = [
    'openapi: 3.1.0',
    'info: { title: t, version: "1" }',
    'paths:',
    '  /v2/orders/{orderId}:',
    '    get:',
    '      parameters:',
    '        - { name: orderId, in: path, required: true, schema: { type: string, format: uuid } }',
    '      responses: { "200": { description: OK } }',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'openapi.yaml'), spec);
  const report = await run(dir, 'routes:\n  code: does-not-matter\n', ['check'], {
    code: path.join(CODE, 'fastify/src'),
  });
  const mismatches = report.findings.filter((f) => f.rule === 'route-param-mismatch');
  assert.equal(mismatches.length, 1);
  assert.match(
    mismatches[0].message,
    /path parameter 'orderId' is string in the spec but integer in the code's schema/,
  );
  assert.equal(report.findings.filter((f) => f.rule === 'route-undocumented').length, 11);
  assert.equal(report.findings.filter((f) => f.rule === 'route-not-implemented').length, 0);
});

test('without routes.code there is no drift check', async () => {
  const report = await run(CODE, 'routes:\n  spec: express/openapi.yaml\n', ['check']);
  assert.deepEqual(report.findings, []);
  assert.equal(report.metrics.codeRoutes, undefined);
});
