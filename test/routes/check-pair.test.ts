/**
 * The checks of a diff's two specs run in a worker thread when the specs are big (GitHub's 13 MB
 * description), while the comparison runs: problems found there still reach the user as the same
 * SpecError, head first, with file:line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prestartChecks, startChecks, type PairCheck } from '../../src/routes/spec/check-pair.js';
import type { LoadedSpec } from '../../src/routes/spec/load.js';
import { SpecError } from '../../src/routes/spec/errors.js';
import { readSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';

const spec = (v: string) => path.resolve('node_modules', `octokit-openapi-${v}`, 'generated', 'api.github.com.json');
const missing = ['23.0.1', '23.0.2'].filter((v) => !existsSync(spec(v)));
const skip =
  missing.length > 0 ? `@octokit/openapi ${missing.join(', ')} not installed (npm ci installs the aliases)` : false;

/** Loosely typed JSON, for editing a copy of a 13 MB description in a line. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** Writes a copy of a GitHub description, changed by `edit`, into a temporary folder. */
function brokenCopy(dir: string, version: string, edit: (doc: Doc) => void): string {
  const doc = JSON.parse(readFileSync(spec(version), 'utf8')) as Doc;
  edit(doc);
  const file = path.join(dir, `github-${version}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

function checkPair(head: LoadedSpec, base: LoadedSpec, options: { schemaValidation: boolean }): PairCheck {
  const checks = startChecks(head, options);
  checks.addBase(base);
  return checks;
}

async function rejection(done: Promise<void>): Promise<SpecError> {
  try {
    await done;
  } catch (e) {
    assert.ok(e instanceof SpecError, `expected a SpecError, got ${String(e)}`);
    return e;
  }
  assert.fail('the checks passed');
}

test('a big valid pair is checked in a worker thread and passes', { skip }, async () => {
  const reader = fileReader(process.cwd());
  const base = await readSpec(spec('23.0.1'), reader);
  const head = await readSpec(spec('23.0.2'), reader);
  const checks = checkPair(head, base, { schemaValidation: true });
  assert.equal(checks.background, true);
  await checks.done;
});

test('a big head that breaks the OpenAPI schema fails with its file:line, from the worker', { skip }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-check-pair-'));
  try {
    const reader = fileReader(dir);
    const headFile = brokenCopy(dir, '23.0.2', (doc) => {
      doc.paths['/meta'].get.responses = 'none';
    });
    const base = await readSpec(spec('23.0.1'), reader);
    const head = await readSpec(headFile, reader);
    const checks = checkPair(head, base, { schemaValidation: true });
    assert.equal(checks.background, true);
    const e = await rejection(checks.done);
    assert.equal(e.problems[0].file, 'github-23.0.2.json');
    assert.equal(e.problems[0].pointer, '/paths/~1meta/get/responses');
    const line =
      readFileSync(headFile, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"responses": "none"')) + 1;
    assert.equal(e.problems[0].line, line);
    assert.match(e.problems[0].message, /must be object/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a big base with a dangling $ref fails naming the base; a broken head is reported first', { skip }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-check-pair-'));
  try {
    const reader = fileReader(dir);
    const baseFile = brokenCopy(dir, '23.0.1', (doc) => {
      doc.paths['/meta'].get.responses['200'].content['application/json'].schema = {
        $ref: '#/components/schemas/no-such-schema',
      };
    });
    const base = await readSpec(baseFile, reader);
    const head = await readSpec(spec('23.0.2'), reader);
    // A small release: the base is checked in this thread while the worker checks the head.
    const e = await rejection(checkPair(head, base, { schemaValidation: true }).done);
    assert.equal(e.problems.length, 1);
    assert.equal(e.problems[0].file, 'github-23.0.1.json');
    assert.match(e.problems[0].message, /\$ref '#\/components\/schemas\/no-such-schema' points to nothing/);
    // Six months of changes: the worker checks the base too, after the head.
    if (existsSync(spec('19.1.0'))) {
      const oldBase = await readSpec(
        brokenCopy(dir, '19.1.0', (doc) => {
          doc.paths['/meta'].get.responses['200'].content['application/json'].schema = { $ref: '#/nowhere' };
        }),
        reader,
      );
      const far = await rejection(checkPair(head, oldBase, { schemaValidation: true }).done);
      assert.equal(far.problems[0].file, 'github-19.1.0.json');
      assert.match(far.problems[0].message, /\$ref '#\/nowhere' points to nothing/);
    }

    const headFile = brokenCopy(dir, '23.0.2', (doc) => {
      doc.info = 'no info';
    });
    const brokenHead = await readSpec(headFile, reader);
    const first = await rejection(checkPair(brokenHead, base, { schemaValidation: true }).done);
    assert.equal(first.problems[0].file, 'github-23.0.2.json');

    // The base could not be read at all: the head's own problem still comes first.
    const alone = startChecks(brokenHead, { schemaValidation: true });
    alone.headOnly();
    assert.equal((await rejection(alone.done)).problems[0].file, 'github-23.0.2.json');
    const good = startChecks(head, { schemaValidation: true });
    good.headOnly();
    await good.done;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('small specs are checked in this thread, before the comparison', async () => {
  const reader = fileReader(process.cwd());
  const file = path.resolve('fixtures', 'demo', 'openapi.yaml');
  assert.ok(existsSync(file), `${file} is the demo spec`);
  const a = await readSpec(file, reader);
  const b = await readSpec(file, reader);
  const checks = checkPair(a, b, { schemaValidation: true });
  assert.equal(checks.background, false);
  await checks.done;
});

test(
  'a worker started before the head is read parses it meanwhile, and still reports it as the main thread names it',
  { skip },
  async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bg-prestart-'));
    try {
      const reader = fileReader(dir);
      const base = await readSpec(spec('23.0.1'), reader);
      const headFile = brokenCopy(dir, '23.0.2', (doc) => {
        doc.paths['/meta'].get.responses['200'].content['application/json'].schema = { $ref: '#/nowhere' };
      });
      const started = prestartChecks(headFile);
      assert.ok(started, 'a 13 MB head on disk gets its worker before it is read');
      const head = await readSpec(headFile, reader);
      const checks = startChecks(head, { schemaValidation: true }, started);
      checks.addBase(base);
      const e = await rejection(checks.done);
      assert.equal(e.problems[0].file, 'github-23.0.2.json');
      assert.match(e.problems[0].message, /\$ref '#\/nowhere' points to nothing/);
      assert.equal(e.problems[0].line, head.root.locate(e.problems[0].pointer ?? '')?.line);

      // The file changed between the worker's early read and the main thread's: the main thread's text wins.
      const again = prestartChecks(headFile);
      await new Promise((resolve) => setTimeout(resolve, 2500)); // time for the worker to read the broken file
      writeFileSync(headFile, readFileSync(spec('23.0.2')));
      const fixed = await readSpec(headFile, reader);
      const ok = startChecks(fixed, { schemaValidation: true }, again);
      ok.addBase(base);
      await ok.done;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('no worker is started early for a small head, or one that is not on disk', () => {
  assert.equal(prestartChecks(path.resolve('fixtures', 'demo', 'openapi.yaml')), undefined);
  assert.equal(prestartChecks(path.resolve('no-such-spec.json')), undefined);
  assert.equal(prestartChecks(undefined), undefined);
});
