import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRoutes, type ExtractionResult } from '../../../src/routes/extract/index.js';

const routeSet = (r: ExtractionResult) =>
  r.routes
    .map((x) => `${x.method} ${x.template} ${x.location.file.replace('fixtures/routes/code/', '')}:${x.location.line}`)
    .sort();
const unresolvedSet = (r: ExtractionResult) =>
  r.unresolved
    .map((u) => `${u.method} ${u.location.file.replace('fixtures/routes/code/', '')}:${u.location.line} ${u.code}`)
    .sort();

test('Express: routers mounted across files (ESM and CommonJS), prefixes from constants, route() chains, arrays, optional groups', async () => {
  const r = await extractRoutes('fixtures/routes/code/express');
  assert.equal(r.files, 5);
  assert.deepEqual(routeSet(r), [
    'ALL /status express/src/health.ts:7',
    'DELETE /api/v1/users/{userId} express/src/routes/users.ts:18',
    'GET /api/v1/orders express/src/routes/orders.js:7',
    'GET /api/v1/orders/{id} express/src/routes/orders.js:8',
    'GET /api/v1/users express/src/routes/users.ts:13',
    'GET /api/v1/users/{userId} express/src/routes/users.ts:18',
    'GET /health express/src/health.ts:4',
    'GET /ping express/src/app.ts:18',
    'GET /v0/ping express/src/app.ts:18',
    'PATCH /api/v1/users/{userId} express/src/routes/users.ts:18',
    'POST /api/v1/users express/src/routes/users.ts:14',
    'PUT /api/v1/orders/{id}/items express/src/routes/orders.js:9',
    'PUT /api/v1/orders/{id}/items/{itemId} express/src/routes/orders.js:9',
  ]);
  assert.ok(r.routes.every((x) => x.framework === 'express'));
  assert.deepEqual(unresolvedSet(r), [
    'GET express/src/routes/orders.js:11 `/export/${process.env.EXPORT_FORMAT}`',
    'GET express/src/routes/orders.js:12 /^\\/legacy\\/.*/',
  ]);
  assert.match(r.unresolved[1].reason, /regular expression/);
  // zod schema read from `CreateUser.parse(req.body)` in the handler.
  const create = r.routes.find((x) => x.method === 'POST')!;
  assert.deepEqual(create.schemas?.body, {
    type: 'object',
    properties: {
      email: { type: 'string', format: 'email' },
      name: { type: 'string', minLength: 1, maxLength: 100 },
      age: { type: 'integer', minimum: 0 },
      role: { type: 'string', enum: ['admin', 'member'], default: 'member' },
    },
    required: ['email', 'name'],
  });
  const user = r.routes.find((x) => x.method === 'GET' && x.template === '/api/v1/users/{userId}')!;
  assert.deepEqual(user.params, ['userId']);
  assert.equal(user.path, '/api/v1/users/:userId');
  assert.deepEqual(
    user.mountedAt?.map((m) => `${m.file}:${m.line}`),
    ['fixtures/routes/code/express/src/app.ts:13'],
  );
});

test('Fastify: plugins registered with prefixes (fastify-plugin ignores it), route() objects, TypeBox, zod and JSON schemas', async () => {
  const r = await extractRoutes('fixtures/routes/code/fastify');
  assert.deepEqual(routeSet(r), [
    'DELETE /users/{id} fastify/src/plugins/users.ts:33',
    'GET / fastify/src/server.ts:18',
    'GET /health fastify/src/plugins/health.ts:4',
    'GET /meta/version fastify/src/server.ts:14',
    'GET /users fastify/src/plugins/users.ts:17',
    'GET /users/{id} fastify/src/plugins/users.ts:27',
    'GET /v2/orders/{orderId} fastify/src/plugins/orders.ts:15',
    'GET /v2/orders/{orderId}/items fastify/src/plugins/orders.ts:16',
    'GET /v2/orders/{orderId}/items/{itemId} fastify/src/plugins/orders.ts:16',
    'HEAD / fastify/src/server.ts:18',
    'POST /users fastify/src/plugins/users.ts:32',
    'POST /v2/orders fastify/src/plugins/orders.ts:14',
  ]);
  assert.ok(r.routes.every((x) => x.framework === 'fastify'));
  assert.deepEqual(unresolvedSet(r), ['GET fastify/src/plugins/orders.ts:19 extra']);

  const list = r.routes.find((x) => x.method === 'GET' && x.template === '/users')!;
  // Fastify's querystring shorthand (properties only) and a TypeBox array response.
  assert.deepEqual(list.schemas?.query, {
    type: 'object',
    properties: { limit: { type: 'integer', minimum: 1, maximum: 100 }, cursor: { type: 'string' } },
  });
  const user = {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      email: { type: 'string', format: 'email' },
      nickname: { type: 'string', maxLength: 30 },
    },
    required: ['id', 'email'],
  };
  assert.deepEqual(list.schemas?.responses, { '200': { type: 'array', items: user } });
  const create = r.routes.find((x) => x.method === 'POST' && x.template === '/users')!;
  assert.deepEqual(create.schemas?.body, {
    type: 'object',
    properties: { email: user.properties.email, nickname: user.properties.nickname },
    required: ['email'],
  });
  const order = r.routes.find((x) => x.template === '/v2/orders/{orderId}')!;
  assert.deepEqual(order.schemas?.params, {
    type: 'object',
    properties: { orderId: { type: 'integer', exclusiveMinimum: 0 } },
    required: ['orderId'],
  });
  const place = r.routes.find((x) => x.method === 'POST' && x.template === '/v2/orders')!;
  assert.deepEqual(place.schemas?.body, {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: { productId: { type: 'integer' }, quantity: { type: 'integer', minimum: 1, maximum: 1000 } },
          required: ['productId', 'quantity'],
        },
        minItems: 1,
      },
      note: { type: ['string', 'null'], maxLength: 200 },
    },
    required: ['items'],
  });
});

test('Koa: @koa/router prefixes (option and prefix()), nested routers, named routes, chained registrations', async () => {
  const r = await extractRoutes('fixtures/routes/code/koa');
  assert.deepEqual(routeSet(r), [
    'DELETE /api/products/{sku} koa/routes/products.js:18',
    'GET /admin/stats koa/routes/admin.js:6',
    'GET /api/ping koa/app.js:11',
    'GET /api/products koa/routes/products.js:9',
    'GET /api/products/{sku} koa/routes/products.js:15',
    'POST /admin/cache/flush koa/routes/admin.js:9',
    'POST /api/products koa/routes/products.js:12',
    'PUT /api/products/{sku}/stock koa/routes/products.js:22',
  ]);
  assert.ok(r.routes.every((x) => x.framework === 'koa'));
  assert.deepEqual(r.unresolved, []);
  const stock = r.routes.find((x) => x.method === 'PUT')!;
  assert.deepEqual(stock.schemas?.body, {
    type: 'object',
    properties: { quantity: { type: 'integer', minimum: 0 } },
    required: ['quantity'],
  });
});

test('the demo app (plain node:http with a regex route table) registers no framework routes', async () => {
  const r = await extractRoutes('fixtures/demo/app');
  assert.deepEqual(r.routes, []);
  assert.deepEqual(r.unresolved, []);
});

test('a missing directory is a configuration error naming it', async () => {
  await assert.rejects(
    extractRoutes('fixtures/routes/code/nope'),
    /the code directory 'fixtures\/routes\/code\/nope' does not exist/,
  );
});
