import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/log.js';
import { runRoutes } from '../../src/routes/runner.js';
import { SpecError } from '../../src/routes/spec/errors.js';
import { loadSpec } from '../../src/routes/spec/load.js';
import { apiReader, fileReader, type FetchFile } from '../../src/routes/spec/reader.js';

const DEMO = path.resolve('fixtures/demo');
const SHA = '0123456789abcdef0123456789abcdef01234567';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bg-reader-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A stand-in for the contents API: files by repository path at one commit, and the calls it got. */
function fakeContents(files: Record<string, string>, sha = SHA) {
  const calls: string[] = [];
  const fetchFile: FetchFile = async (file, ref) => {
    calls.push(`${file}@${ref}`);
    const text = ref === sha ? files[file] : undefined;
    if (text === undefined) throw Object.assign(new Error('Not Found'), { status: 404 });
    return text;
  };
  return { fetchFile, calls };
}

test('apiReader loads a multi-file spec at a commit, following relative $refs by repository path', async () => {
  const root = '/repo';
  const { fetchFile, calls } = fakeContents({
    'api/openapi.yaml': [
      'openapi: 3.0.3',
      'info: { title: t, version: "1" }',
      'paths:',
      '  /pets:',
      '    get:',
      '      operationId: listPets',
      '      responses:',
      "        '200': { $ref: 'parts/responses.yaml#/Pets' }",
      '',
    ].join('\n'),
    'api/parts/responses.yaml': 'Pets:\n  description: the pets\n',
  });
  const spec = await loadSpec('/repo/api/openapi.yaml', { reader: apiReader(root, SHA, fetchFile) });
  assert.deepEqual(calls.sort(), [`api/openapi.yaml@${SHA}`, `api/parts/responses.yaml@${SHA}`]);
  assert.equal(spec.files.size, 2);
  assert.equal(spec.root.display, '0123456:api/openapi.yaml');
});

test('apiReader: a file missing at the ref (404) is "not found"; other failures are not swallowed', async () => {
  const { fetchFile } = fakeContents({});
  await assert.rejects(
    loadSpec('/repo/openapi.yaml', { reader: apiReader('/repo', SHA, fetchFile) }),
    (e: unknown) => e instanceof SpecError && /spec file not found/.test(e.message),
  );
  const outside = await apiReader('/repo', SHA, fetchFile).read('/elsewhere/openapi.yaml');
  assert.equal(outside, undefined);
  const failing: FetchFile = async () => {
    throw Object.assign(new Error('Bad credentials'), { status: 401 });
  };
  await assert.rejects(apiReader('/repo', SHA, failing).read('/repo/openapi.yaml'), /Bad credentials/);
});

test('in a pull request without git history the base spec comes through the API at the base commit', async (t) => {
  const dir = tempDir(t);
  cpSync(path.join(DEMO, 'openapi.yaml'), path.join(dir, 'openapi.yaml'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  const { fetchFile, calls } = fakeContents({
    'openapi.yaml': readFileSync(path.join(DEMO, 'openapi.base.yaml'), 'utf8'),
  });
  const log = new MemoryLogger();
  const report = await runRoutes(
    {
      workingDirectory: dir,
      schemaValidation: true,
      task: { kind: 'diff', base: 'origin/main:openapi.yaml', head: 'openapi.yaml', baseFromPullRequest: true },
    },
    { log, baseFiles: { ref: SHA, fetchFile } },
  );
  assert.deepEqual(calls, [`openapi.yaml@${SHA}`]);
  assert.ok(
    report.findings.some((f) => f.severity === 'error'),
    'the demo pair has breaking changes',
  );

  // Without the API the same run says where it looked and how to fix it.
  await assert.rejects(
    runRoutes(
      {
        workingDirectory: dir,
        schemaValidation: true,
        task: { kind: 'diff', base: 'origin/main:openapi.yaml', head: 'openapi.yaml', baseFromPullRequest: true },
      },
      { log, baseFiles: { ref: 'f'.repeat(40), fetchFile } },
    ),
    (e: unknown) => e instanceof SpecError && /git and the API at f{40}/.test(e.message),
  );
});

test('the file reader returns UTF-8 text as written, ASCII or not', async (t) => {
  const dir = tempDir(t);
  const texts = ['{"openapi": "3.1.0", "info": {"title": "plain"}}', '{"info": {"title": "café 日本 😀"}}'];
  const reader = fileReader(dir);
  for (const [i, text] of texts.entries()) {
    writeFileSync(path.join(dir, `${i}.json`), text);
    assert.equal(await reader.read(path.join(dir, `${i}.json`)), text);
  }
});
