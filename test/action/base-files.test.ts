import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGitHubClient } from '../../src/action/github-api.js';
import { MemoryLogger } from '../../src/log.js';
import { routesCommand } from '../../src/routes/command.js';
import { Redactor } from '../../src/report/mask.js';
import { parseConfig } from '../../src/settings/config.js';
import { buildCommonSettings } from '../../src/settings/settings.js';
import { FakeGitHub } from '../helpers/fake-github.js';

test('the contents API gives a file at a commit, and undefined where it does not exist', async () => {
  const gh = await new FakeGitHub().start();
  try {
    gh.addFile('acme', 'api', 'abc123', 'specs/openapi.yaml', 'openapi: 3.1.0\n');
    const client = createGitHubClient({ token: 't0ken-for-tests', apiUrl: gh.url });
    assert.equal(await client.fileAt('acme', 'api', 'specs/openapi.yaml', 'abc123'), 'openapi: 3.1.0\n');
    assert.equal(await client.fileAt('acme', 'api', 'specs/openapi.yaml', 'other'), undefined);
  } finally {
    await gh.stop();
  }
});

test('in a pull request whose checkout has no git history, routes reads the base spec through the API', async () => {
  const gh = await new FakeGitHub().start();
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-basefiles-'));
  try {
    const demo = path.resolve('fixtures/demo');
    writeFileSync(path.join(dir, 'openapi.yaml'), readFileSync(path.join(demo, 'openapi.yaml')));
    gh.addFile('acme', 'api', 'base0sha', 'openapi.yaml', readFileSync(path.join(demo, 'openapi.base.yaml'), 'utf8'));
    const client = createGitHubClient({ token: 't0ken-for-tests', apiUrl: gh.url });
    const config = parseConfig('routes:\n  spec: openapi.yaml\n', '.backend-gate.yml');
    const report = await routesCommand.run(
      {
        settings: buildCommonSettings('routes', dir, config, {}),
        log: new MemoryLogger(),
        redactor: new Redactor(),
        env: { GITHUB_BASE_REF: 'main' },
        signal: new AbortController().signal,
        baseFiles: { ref: 'base0sha', root: dir, fetchFile: (f, ref) => client.fileAt('acme', 'api', f, ref) },
      },
      { positionals: [], flags: {} },
    );
    const removed = report.findings.filter((f) => f.rule === 'operation-removed');
    assert.equal(removed.length, 1, JSON.stringify(report.findings.map((f) => f.rule)));
    assert.match(removed[0].message, /DELETE \/orders\/\{id\}/);
    assert.ok(
      gh.requests.some((r) => r.path === '/repos/acme/api/contents/openapi.yaml' && r.query.ref === 'base0sha'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await gh.stop();
  }
});
