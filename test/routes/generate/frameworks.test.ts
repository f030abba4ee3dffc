/**
 * For each framework: generate from the demo spec into a temp project, type-check it with
 * `tsc --strict`, start the generated routes on 127.0.0.1 with handlers that record what they
 * get, and send valid and invalid requests.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import { generateRoutes, FRAMEWORKS, type Framework } from '../../../src/routes/generate/index.js';
import { DEMO_SPEC, FIXTURES, tempProject, typecheck } from './project.js';

type Envelope = {
  error: { code: string; message: string; details?: { field: string; message: string }[] };
  meta: { requestId: string };
};
interface Server {
  url: string;
  close: () => Promise<void>;
}

let project: Awaited<ReturnType<typeof tempProject>>;
const logs = new Map<Framework, string[]>();

before(async () => {
  project = await tempProject();
  for (const fw of FRAMEWORKS) {
    const dir = path.join(project.dir, fw);
    const log = new MemoryLogger();
    await generateRoutes({ spec: DEMO_SPEC, framework: fw, outputDir: dir, log });
    logs.set(fw, log.lines);
    await copyFile(path.join(FIXTURES, 'echo-handlers.ts'), path.join(dir, 'echo-handlers.ts'));
    await copyFile(path.join(FIXTURES, `server-${fw}.ts`), path.join(dir, `server-${fw}.ts`));
  }
});

after(async () => {
  await project?.remove();
});

test('the summary names every route, the validators and the types it wrote', () => {
  const lines = logs.get('express')!;
  assert.ok(
    lines.some((l) => /^Generated 7 route handlers in .*express\/ \(express\)$/.test(l)),
    lines.join('\n'),
  );
  assert.ok(lines.includes('  GET /users (listUsers)'));
  assert.ok(lines.includes('  POST /orders (createOrder)'));
  assert.ok(lines.some((l) => l.startsWith('Validators: ') && l.includes('generated/validate-body.ts')));
  assert.ok(lines.some((l) => l.startsWith('Types: ') && l.includes('generated/types.ts (6 schemas)')));
});

test('every generated project passes tsc --noEmit --strict (with typed echo handlers)', async () => {
  const files: string[] = [];
  for (const fw of FRAMEWORKS) {
    for (const sub of ['generated', 'handlers']) {
      for (const f of await readdir(path.join(project.dir, fw, sub))) files.push(path.join(fw, sub, f));
    }
    files.push(path.join(fw, 'echo-handlers.ts'), path.join(fw, `server-${fw}.ts`));
  }
  const result = await typecheck(project.dir, files);
  assert.equal(result.code, 0, result.output);
});

async function call(
  server: Server,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const res = await fetch(server.url + url, init);
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
}

function fields(json: unknown): string[] {
  const e = json as Envelope;
  assert.equal(e.error.code, 'VALIDATION_ERROR');
  assert.equal(typeof e.meta.requestId, 'string');
  return (e.error.details ?? []).map((d) => d.field);
}

for (const fw of FRAMEWORKS) {
  test(`${fw}: valid requests reach the handler typed and coerced; invalid ones get the 400 envelope`, async () => {
    const dir = path.join(project.dir, fw);
    const { start } = (await import(path.join(dir, `server-${fw}.ts`))) as { start: (h: unknown) => Promise<Server> };
    const { echo, seen } = (await import(path.join(dir, 'echo-handlers.ts'))) as {
      echo: unknown;
      seen: { operation: string; params: unknown; query: unknown; body: unknown }[];
    };
    const server = await start(echo);
    try {
      let r = await call(server, 'GET', '/users?limit=5&offset=2');
      assert.equal(r.status, 200);
      assert.deepEqual(seen.at(-1)!.query, { limit: 5, offset: 2 });

      r = await call(server, 'GET', '/users/42');
      assert.equal(r.status, 200);
      assert.deepEqual(seen.at(-1)!.params, { id: 42 });
      assert.equal((r.json as { id: number }).id, 42);

      r = await call(server, 'POST', '/users', { email: 'ann@example.com', name: 'Ann' });
      assert.equal(r.status, 201);
      assert.equal(r.headers.get('location'), '/users/7');
      assert.deepEqual(seen.at(-1)!.body, { email: 'ann@example.com', name: 'Ann' });

      r = await call(server, 'POST', '/orders', { user_id: '3', items: [{ product_id: 2, quantity: 1 }] });
      assert.equal(r.status, 400, 'a JSON body is not coerced: "3" is not an integer');
      assert.deepEqual(fields(r.json), ['body.user_id']);

      r = await call(server, 'GET', '/users?limit=abc', undefined, { 'x-request-id': 'req-1' });
      assert.equal(r.status, 400);
      assert.deepEqual(fields(r.json), ['query.limit']);
      assert.equal((r.json as Envelope).meta.requestId, 'req-1');
      assert.match((r.json as Envelope).error.message, /query\.limit must be integer/);

      r = await call(server, 'GET', '/users?limit=500');
      assert.deepEqual([r.status, fields(r.json)], [400, ['query.limit']]);

      r = await call(server, 'GET', '/users/0');
      assert.deepEqual([r.status, fields(r.json)], [400, ['path.id']]);

      r = await call(server, 'POST', '/users', { email: 'not-an-email', name: '', admin: true });
      assert.equal(r.status, 400);
      assert.deepEqual(fields(r.json).sort(), ['body.admin', 'body.email', 'body.name']);

      r = await call(server, 'POST', '/users');
      assert.deepEqual([r.status, fields(r.json)], [400, ['body']]);

      r = await call(server, 'POST', '/users', '{"email": ');
      assert.deepEqual([r.status, fields(r.json)], [400, ['body']]);

      r = await call(server, 'POST', '/orders', { user_id: 1, items: [{ product_id: 9, quantity: 1 }] });
      assert.deepEqual([r.status, fields(r.json)], [400, ['body.items[0].product_id']]);
      assert.equal(
        seen.filter((s) => s.operation === 'createOrder').length,
        0,
        'invalid requests never reach the handler',
      );
    } finally {
      await server.close();
    }
  });
}

test('express: the generated app answers 501 from the created handler stubs', async () => {
  const { createApp } = (await import(path.join(project.dir, 'express', 'generated', 'app.ts'))) as {
    createApp: () => { listen: (port: number, host: string, cb: () => void) => import('node:http').Server };
  };
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = createApp().listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const { port } = server.address() as import('node:net').AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    assert.equal(res.status, 501);
    assert.equal(((await res.json()) as Envelope).error.code, 'NOT_IMPLEMENTED');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
