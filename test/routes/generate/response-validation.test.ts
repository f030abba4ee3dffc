/**
 * Opt-in response validation (`createApp({ validateResponses: true })`, or the router option):
 * for each framework, a generated server on 127.0.0.1 answers 500 with the
 * RESPONSE_VALIDATION_ERROR envelope naming the field when a handler returns a body the spec
 * does not allow, passes a body that matches, and does not check anything when the option is off.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { silentLogger } from '../../../src/log.js';
import { generateRoutes, FRAMEWORKS, type Framework } from '../../../src/routes/generate/index.js';
import { DEMO_SPEC, tempProject } from './project.js';

type Envelope = { error: { code: string; message: string; details?: { field: string; message: string }[] } };
type App = { listen: (...args: unknown[]) => unknown; close?: () => Promise<void> };

let project: Awaited<ReturnType<typeof tempProject>>;

before(async () => {
  project = await tempProject();
  for (const fw of FRAMEWORKS) {
    const outputDir = path.join(project.dir, fw);
    await generateRoutes({ spec: DEMO_SPEC, framework: fw, outputDir, log: silentLogger, responseValidators: true });
  }
});

after(async () => {
  await project?.remove();
});

const user = { id: 7, email: 'ann@example.com', name: 'Ann', created_at: '2026-01-01T00:00:00Z' };

/** The generated routes with getUser answering `body`, listUsers a valid list. */
async function start(
  fw: Framework,
  validateResponses: boolean,
  body: unknown,
): Promise<{ url: string; close: () => Promise<unknown> }> {
  const generated = path.join(project.dir, fw, 'generated');
  const { handlers } = (await import(path.join(generated, 'handlers.ts'))) as { handlers: Record<string, unknown> };
  const ours = {
    ...handlers,
    getUser: () => ({ status: 200, body }),
    listUsers: () => ({ status: 200, body: [user] }),
  };
  const routes = (await import(path.join(generated, 'routes.ts'))) as Record<string, unknown>;
  if (fw === 'fastify') {
    const { default: Fastify } = await import('fastify');
    const app = Fastify();
    await app.register(routes.routes as never, { handlers: ours, validateResponses } as never);
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return { url, close: () => app.close() };
  }
  let app: App;
  const router = (routes.createRouter as (h: unknown, o: unknown) => unknown)(ours, { validateResponses });
  if (fw === 'express') {
    const { default: express } = await import('express');
    const e = express();
    e.use(router as never);
    app = e as unknown as App;
  } else {
    const { default: Koa } = await import('koa');
    const k = new Koa();
    const r = router as { routes: () => never; allowedMethods: () => never };
    k.use(r.routes());
    k.use(r.allowedMethods());
    app = k as unknown as App;
  }
  const server = app.listen(0, '127.0.0.1') as Server;
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('response validators are compiled ahead of time into their own module', async () => {
  const source = await readFile(path.join(project.dir, 'express/generated/validate-responses.ts'), 'utf8');
  assert.match(source, /export const responses = \{/);
  assert.match(
    source,
    /"getUser": \{ "200": getUser_200_response, "400": getUser_400_response, "404": getUser_404_response \}/,
  );
  assert.doesNotMatch(source, /require\(|from 'ajv/);
  const runtime = await readFile(path.join(project.dir, 'express/generated/runtime.ts'), 'utf8');
  assert.match(runtime, /import\('\.\/validate-responses\.js'\)/, 'loaded lazily, only when the option is on');
});

for (const fw of FRAMEWORKS) {
  test(`${fw}: a body that breaks the spec gets 500 RESPONSE_VALIDATION_ERROR naming the field`, async () => {
    const server = await start(fw, true, { ...user, id: 'seven', name: undefined });
    try {
      const res = await fetch(`${server.url}/users/7`);
      assert.equal(res.status, 500);
      const body = (await res.json()) as Envelope;
      assert.equal(body.error.code, 'RESPONSE_VALIDATION_ERROR');
      assert.match(body.error.message, /getUser answered 200 with a body the spec does not allow/);
      assert.deepEqual(body.error.details?.map((d) => d.field).sort(), ['response.body.id', 'response.body.name']);
      const ok = await fetch(`${server.url}/users`);
      assert.equal(ok.status, 200, 'a matching body passes');
      assert.deepEqual(await ok.json(), [user]);
    } finally {
      await server.close();
    }
  });

  test(`${fw}: without the option, responses are not checked`, async () => {
    const server = await start(fw, false, { ...user, id: 'seven' });
    try {
      const res = await fetch(`${server.url}/users/7`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { id: unknown }).id, 'seven');
    } finally {
      await server.close();
    }
  });
}

test('generated without --response-validators, validateResponses says how to get them', async () => {
  const dir = path.join(project.dir, 'no-response-validators');
  await generateRoutes({ spec: DEMO_SPEC, framework: 'express', outputDir: dir, log: silentLogger });
  const runtime = (await import(path.join(dir, 'generated/runtime.ts'))) as {
    checkResponse: (op: { id: string }, result: { status: number; body: unknown }) => Promise<void>;
  };
  await assert.rejects(
    runtime.checkResponse({ id: 'getUser' }, { status: 200, body: {} }),
    /generated without response validators: rerun `backend-gate routes generate --response-validators`/,
  );
});
