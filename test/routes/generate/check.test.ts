/**
 * `--check` reports each stale generated file as an error; reruns never touch the user's
 * handlers; a handler that no longer matches the spec fails `tsc`.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { silentLogger } from '../../../src/log.js';
import { generateRoutes } from '../../../src/routes/generate/index.js';
import { DEMO_SPEC, tempProject, typecheck } from './project.js';

const project = await tempProject();
after(() => project.remove());
const out = path.join(project.dir, 'api');

test('--check passes on fresh output and names each stale file', async () => {
  await generateRoutes({ spec: DEMO_SPEC, framework: 'express', outputDir: out, log: silentLogger });
  const clean = await generateRoutes({
    spec: DEMO_SPEC,
    framework: 'express',
    outputDir: out,
    log: silentLogger,
    check: true,
  });
  assert.deepEqual(clean.findings, []);

  await appendFile(path.join(out, 'generated/routes.ts'), '// edited by hand\n');
  const stale = await generateRoutes({
    spec: DEMO_SPEC,
    framework: 'express',
    outputDir: out,
    log: silentLogger,
    check: true,
    workingDirectory: project.dir,
  });
  assert.deepEqual(
    stale.findings.map((f) => [f.rule, f.severity, f.location?.file]),
    [['generated-file-stale', 'error', 'api/generated/routes.ts']],
  );
  assert.match(
    await readFile(path.join(out, 'generated/routes.ts'), 'utf8'),
    /edited by hand/,
    '--check writes nothing',
  );

  const other = await generateRoutes({
    spec: DEMO_SPEC,
    framework: 'koa',
    outputDir: out,
    log: silentLogger,
    check: true,
  });
  assert.ok(other.findings.length >= 3, 'express output is stale for koa (context, routes, app)');
});

test('a rerun keeps handler files; a spec change the handlers miss is a warning and a tsc error', async () => {
  const users = path.join(out, 'handlers/users.ts');
  const mine = (await readFile(users, 'utf8')).replace(
    "export const getUser: Handlers['getUser'] = async () => notImplemented('getUser');",
    `export const getUser: Handlers['getUser'] = (req) => ({
  status: 200,
  body: { id: req.params.id, email: 'a@example.com', name: 'A', created_at: '2026-01-01T00:00:00Z' },
});`,
  );
  await writeFile(users, mine);
  await generateRoutes({ spec: DEMO_SPEC, framework: 'express', outputDir: out, log: silentLogger });
  assert.equal(await readFile(users, 'utf8'), mine, 'the user file is untouched');

  // The spec moves on: ids become strings and a new users operation appears.
  const changed = (await readFile(DEMO_SPEC, 'utf8'))
    .replace(
      / {4}User:\n {6}type: object\n {6}required: \[id, email, name, created_at\]\n {6}properties:\n {8}id:\n {10}type: integer/,
      (m) => m.replace('type: integer', 'type: string'),
    )
    .replace(
      '  /orders:\n',
      "  /users/{id}/avatar:\n    parameters:\n      - $ref: '#/components/parameters/Id'\n    delete:\n      operationId: deleteAvatar\n      tags: [users]\n      responses:\n        '204':\n          description: Deleted.\n  /orders:\n",
    );
  const specFile = path.join(project.dir, 'openapi.yaml');
  await writeFile(specFile, changed);
  const report = await generateRoutes({ spec: specFile, framework: 'express', outputDir: out, log: silentLogger });
  const missing = report.findings.filter((f) => f.rule === 'handler-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /deleteAvatar/);
  assert.match(missing[0].fix!.text!, /export const deleteAvatar: Handlers\['deleteAvatar'\]/);

  const files = ['generated/handlers.ts', 'handlers/users.ts'].map((f) => path.join('api', f));
  const result = await typecheck(project.dir, files);
  assert.notEqual(result.code, 0);
  assert.match(result.output, /handlers\/users\.ts.*Type 'number' is not assignable to type 'string'/s);
  assert.match(result.output, /deleteAvatar/);
});
