import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/log.js';
import type { FlagValues } from '../../src/modes.js';
import { Redactor } from '../../src/report/mask.js';
import { applyPolicy } from '../../src/report/policy.js';
import { routesCommand } from '../../src/routes/command.js';
import { SpecError } from '../../src/routes/spec/errors.js';
import { loadConfig } from '../../src/settings/config.js';
import { buildCommonSettings } from '../../src/settings/settings.js';

const DEMO = path.resolve('fixtures/demo');

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bg-routes-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function run(
  dir: string,
  config: string,
  positionals: string[],
  flags: FlagValues = {},
  env: NodeJS.ProcessEnv = {},
) {
  writeFileSync(path.join(dir, '.backend-gate.yml'), config);
  const loaded = loadConfig(path.join(dir, '.backend-gate.yml'));
  const settings = buildCommonSettings('routes', dir, loaded, {});
  const log = new MemoryLogger();
  const report = await routesCommand.run(
    { settings, log, redactor: new Redactor(), env, signal: new AbortController().signal },
    { positionals, flags },
  );
  return { report, settings, log };
}

test('routes with spec and base from the config diffs them', async (t) => {
  const dir = tempDir(t);
  cpSync(path.join(DEMO, 'openapi.yaml'), path.join(dir, 'openapi.yaml'));
  cpSync(path.join(DEMO, 'openapi.base.yaml'), path.join(dir, 'openapi.base.yaml'));
  const { report } = await run(dir, 'routes:\n  spec: openapi.yaml\n  base: openapi.base.yaml\n', []);
  assert.equal(report.mode, 'routes');
  assert.match(report.summary, /1 removed, 1 added, 2 changed; 1 breaking/);
  assert.equal(report.metrics.breaking, 1);
  const table = report.tables.find((x) => x.title === 'Operations changed')!;
  assert.deepEqual(table.rows[0].slice(0, 3), ['DELETE /orders/{id}', 'removed', 1]);
  assert.ok(report.details?.includes('REMOVED  DELETE /orders/{id}'));
});

test('routes check validates one spec and lists its operations', async (t) => {
  const dir = tempDir(t);
  cpSync(path.join(DEMO, 'openapi.yaml'), path.join(dir, 'api.yaml'));
  const { report } = await run(dir, '{}\n', ['check', 'api.yaml']);
  assert.equal(report.findings.length, 0);
  assert.equal(report.metrics.operations, 7);
  assert.match(report.summary, /OpenAPI 3\.1\.0, 7 operations in 5 paths; the spec is valid/);
});

test('the base spec is read from a git revision, with relative $refs resolved inside that revision', async (t) => {
  const dir = tempDir(t);
  cpSync(path.resolve('fixtures/routes/multifile'), dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
  // The working tree drops the required `name` from the referenced Category schema.
  const file = path.join(dir, 'schemas/category.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('required: [id, name]', 'required: [id]'));
  const { report } = await run(dir, '{}\n', ['diff'], { base: 'HEAD:openapi.yaml', head: 'openapi.yaml' });
  const rules = report.findings.map((f) => `${f.rule} ${String(f.data?.endpoint)}`).sort();
  assert.deepEqual(rules, [
    'response-property-became-optional GET /categories',
    'response-property-became-optional GET /categories/{id}',
  ]);
  const f = report.findings[0];
  assert.equal(f.location?.file, 'schemas/category.yaml');
  assert.match(String(f.data?.base), /^HEAD:schemas\/category\.yaml:\d+:\d+$/);
});

test('in a pull request the base defaults to the base branch, and a missing one says how to fetch it', async (t) => {
  const dir = tempDir(t);
  cpSync(path.join(DEMO, 'openapi.yaml'), path.join(dir, 'openapi.yaml'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  await assert.rejects(
    run(dir, 'routes:\n  spec: openapi.yaml\n', [], {}, { GITHUB_BASE_REF: 'main' }),
    (e: unknown) => e instanceof SpecError && /base spec not found/.test(e.message) && /fetch-depth: 0/.test(e.message),
  );
});

test('a bad head spec stops the run with a configuration error at file:line', async (t) => {
  const dir = tempDir(t);
  cpSync(path.resolve('fixtures/routes/bad/duplicate-operation-id.yaml'), path.join(dir, 'openapi.yaml'));
  await assert.rejects(
    run(dir, '{}\n', ['check']),
    (e: unknown) => e instanceof SpecError && e.describe().startsWith('openapi.yaml:14:7: duplicate operationId'),
  );
});

test('diff findings can be ignored by fingerprint and re-levelled by rule through the shared policy', async (t) => {
  const dir = tempDir(t);
  cpSync(path.join(DEMO, 'openapi.yaml'), path.join(dir, 'openapi.yaml'));
  cpSync(path.join(DEMO, 'openapi.base.yaml'), path.join(dir, 'openapi.base.yaml'));
  const { report } = await run(dir, 'routes:\n  base: openapi.base.yaml\n', []);
  const removed = report.findings.find((f) => f.rule === 'operation-removed')!;
  const config = [
    'routes:',
    '  base: openapi.base.yaml',
    'rules:',
    '  response-enum-value-added: notice',
    'ignore:',
    `  - fingerprint: ${removed.fingerprint}`,
    '    reason: cancelOrder was never released to clients',
    '',
  ].join('\n');
  const again = await run(dir, config, []);
  const final = applyPolicy(again.report, {
    ignore: again.settings.ignore,
    ruleLevels: again.settings.ruleLevels,
    configFile: '.backend-gate.yml',
  });
  assert.deepEqual(final.findings.map((f) => `${f.rule}:${f.severity}`).sort(), [
    'operation-added:notice',
    'response-enum-value-added:notice',
    'response-enum-value-added:notice',
  ]);
  assert.equal(final.metrics.ignored, 1);
});

test('unknown subcommands and missing bases are usage errors', async (t) => {
  const dir = tempDir(t);
  await assert.rejects(run(dir, '{}\n', ['deploy']), /unknown routes command 'deploy'/);
  await assert.rejects(run(dir, '{}\n', ['generate']), /routes generate needs --framework/);
  await assert.rejects(run(dir, '{}\n', ['diff']), /needs a base spec/);
});
