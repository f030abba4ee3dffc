import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import { withClient } from '../../../src/postgres/index.js';
import { Redactor } from '../../../src/report/mask.js';
import { routesCommand } from '../../../src/routes/command.js';
import { listOperations } from '../../../src/routes/model.js';
import { loadSpec } from '../../../src/routes/spec/load.js';
import { loadConfig } from '../../../src/settings/config.js';
import { buildCommonSettings } from '../../../src/settings/settings.js';
import { scratchDatabase } from '../../helpers/postgres.js';

const MIGRATIONS = path.resolve('fixtures/demo/migrations');

test('routes spec --from-db: a valid CRUD spec from the demo migrations, keys and types respected', async (t) => {
  const db = await scratchDatabase('routes-from-db');
  t.after(() => db.drop());
  await withClient(db.url, async (c) => {
    for (const f of readdirSync(MIGRATIONS).sort()) await c.query(readFileSync(path.join(MIGRATIONS, f), 'utf8'));
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bg-from-db-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const redactor = new Redactor();
  const settings = buildCommonSettings('routes', dir, loadConfig(path.join(dir, '.backend-gate.yml')), {});
  const report = await routesCommand.run(
    { settings, log: new MemoryLogger(), redactor, env: {}, signal: new AbortController().signal },
    { positionals: ['spec'], flags: { 'from-db': db.url, output: 'openapi.yaml' } },
  );
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'), { schemaValidation: true });
  assert.deepEqual(
    [...listOperations(spec).values()].map((o) => `${o.label} ${String(o.node.value.operationId)}`).sort(),
    [
      'DELETE /order_items/{id} deleteOrderItem',
      'DELETE /orders/{id} deleteOrder',
      'DELETE /users/{id} deleteUser',
      'GET /order_items listOrderItems',
      'GET /order_items/{id} getOrderItem',
      'GET /orders listOrders',
      'GET /orders/{id} getOrder',
      'GET /orders/{order_id}/order_items listOrderOrderItems',
      'GET /users listUsers',
      'GET /users/{id} getUser',
      'GET /users/{user_id}/orders listUserOrders',
      'PATCH /order_items/{id} updateOrderItem',
      'PATCH /orders/{id} updateOrder',
      'PATCH /users/{id} updateUser',
      'POST /order_items createOrderItem',
      'POST /orders createOrder',
      'POST /users createUser',
    ],
  );
  assert.equal(report.metrics.operations, 17);
  assert.equal(report.metrics.tables, 3);
  // The URL's password never reaches the report.
  assert.doesNotMatch(JSON.stringify(report), new RegExp(new URL(db.url).password || 'no-password-in-url'));

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, read by key
  type Json = any;
  const doc = spec.root.data as { paths: Record<string, Json>; components: { schemas: Record<string, Json> } };
  const { schemas } = doc.components;
  assert.deepEqual(schemas.Order.properties.status, {
    type: 'string',
    enum: ['pending', 'paid', 'shipped', 'cancelled'],
    default: 'pending',
  });
  assert.deepEqual(schemas.Order.properties.id, {
    type: 'integer',
    format: 'int64',
    description: 'Primary key.',
    readOnly: true,
  });
  assert.deepEqual(schemas.Order.properties.created_at, { type: 'string', format: 'date-time' });
  assert.deepEqual(schemas.Order.properties.user_id, {
    type: ['integer', 'null'],
    format: 'int64',
    description: 'References users.id.',
  });
  assert.deepEqual(schemas.OrderItem.properties.quantity, {
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 1000,
  });
  assert.deepEqual(schemas.Order.properties.total_cents, { type: 'integer', format: 'int64', minimum: 0, default: 0 });
  assert.match(schemas.User.properties.email.description, /Unique as lower\(email\)/);
  // Identity columns are read-only; NOT NULL without a default is required on create; nothing on update.
  assert.deepEqual(schemas.UserCreate.required, ['email', 'name']);
  assert.equal(schemas.UserCreate.properties.id, undefined);
  assert.deepEqual(schemas.OrderItemCreate.required, ['order_id', 'product_id', 'quantity', 'unit_price_cents']);
  assert.equal(schemas.OrderItemUpdate.required, undefined);
  assert.equal(schemas.OrderItemUpdate.minProperties, 1);
  // Cursor pagination, foreign-key filters and nested lists by the parent's key.
  const list = doc.paths['/orders'].get;
  assert.deepEqual(list.parameters.slice(0, 2), [
    { $ref: '#/components/parameters/limit' },
    { $ref: '#/components/parameters/cursor' },
  ]);
  assert.equal(list.parameters[2].name, 'user_id');
  assert.deepEqual(schemas.OrderPage.required, ['data', 'next_cursor']);
  assert.deepEqual(doc.paths['/users/{user_id}/orders'].get.parameters[0].schema, { type: 'integer', format: 'int64' });
  // Deleting a user that orders still reference is a conflict (no ON DELETE CASCADE); an order's items cascade.
  assert.ok(doc.paths['/users/{id}'].delete.responses['409']);
  assert.equal(doc.paths['/orders/{id}'].delete.responses['409'], undefined);
});

test('routes generate --from-db: the CRUD spec is written beside the code and generated from, in one step', async (t) => {
  const db = await scratchDatabase('routes-generate-from-db');
  t.after(() => db.drop());
  await withClient(db.url, async (c) => {
    for (const f of readdirSync(MIGRATIONS).sort()) await c.query(readFileSync(path.join(MIGRATIONS, f), 'utf8'));
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bg-gen-from-db-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const settings = buildCommonSettings('routes', dir, loadConfig(path.join(dir, '.backend-gate.yml')), {});
  const report = await routesCommand.run(
    { settings, log: new MemoryLogger(), redactor: new Redactor(), env: {}, signal: new AbortController().signal },
    { positionals: ['generate'], flags: { 'from-db': db.url, framework: 'express', output: 'api' } },
  );
  const spec = await loadSpec(path.join(dir, 'api', 'openapi.yaml'), { schemaValidation: true });
  const operations = listOperations(spec).size;
  assert.ok(operations >= 15, `${operations} operations`);
  assert.ok(
    report.details?.some((l) => l.startsWith(`Generated ${operations} route handlers in `)),
    report.details?.join('\n'),
  );
  assert.ok(readdirSync(path.join(dir, 'api', 'generated')).includes('routes.ts'));
  assert.ok(readdirSync(path.join(dir, 'api', 'handlers')).length > 0);
});
