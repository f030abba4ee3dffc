/**
 * Real specs are messy: `nullable` without a type, `example`, `required` on arrays, a
 * discriminator mapping to an array, 462 inline schemas titled `User` (GitHub). Generation must
 * accept them, validate what they mean and name types after the spec, never `User1…User462`.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderProject } from '../../../src/routes/generate/index.js';
import { loadSpec } from '../../../src/routes/spec/load.js';
import { FIXTURES, tempProject } from './project.js';

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };

const project = await tempProject();
after(() => project.remove());

async function render(name: string) {
  const spec = await loadSpec(path.join(FIXTURES, name));
  const { files, model } = renderProject(spec, 'express');
  const dir = path.join(project.dir, name.replace(/\W/g, '-'));
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
    await writeFile(path.join(dir, f.path), f.content);
  }
  const text = (p: string) => files.find((f) => f.path === `generated/${p}`)!.content;
  const body = (await import(path.join(dir, 'generated/validate-body.ts'))) as Record<string, Validate>;
  const params = (await import(path.join(dir, 'generated/validate-params.ts'))) as Record<string, Validate>;
  return { model, text, body, params };
}

test('3.0 quirks: nullable without type, example, required on arrays, discriminator to an array', async () => {
  const { model, text, body, params } = await render('quirks-3.0.yaml');
  assert.deepEqual(
    model.operations.map((o) => o.id),
    ['issuesUpdate'],
  );
  const validate = body.issuesUpdate_body;
  const ok = (data: unknown) => validate(data);
  assert.equal(ok({ title: null, milestone: null, state: null, owner: null }), true, 'nullable accepts null');
  assert.equal(ok({ title: 'Bug', state: 'open', assignees: ['a'], owner: { login: 'octocat' } }), true);
  assert.equal(ok({ title: 1.5 }), false, 'oneOf still applies beside nullable');
  assert.equal(ok({ state: 'merged' }), false);
  assert.equal(ok({ weight: 0 }), false, '3.0 boolean exclusiveMinimum is kept');
  assert.equal(ok({ weight: 0.5 }), true);

  const query = params.issuesUpdate_query;
  const q: Record<string, unknown> = { labels: ['bug', 'ui'] };
  assert.equal(query(q), true);

  const types = text('types.ts');
  assert.match(types, /^export type NullableSimpleUser = \{\n {2}login: string;\n\} \| null;$/m);
  assert.match(types, /^export type Pet = Cat \| Names;$/m);
  assert.doesNotMatch(types, /User1|User2/);
  const ops = text('operations.ts');
  assert.match(ops, /title\?: string \| number \| null;/);
  assert.match(ops, /state\?: "open" \| "closed" \| null;/);
  assert.match(ops, /owner\?: S\.NullableSimpleUser;/);
  assert.match(ops, /"x-api-version"\?: "2022-11-28";/);
  assert.match(ops, /status: number;/, 'a default response takes any status');
});

test('3.1: type arrays with null, const, patterns and recursive components', async () => {
  const { text, body } = await render('quirks-3.1.yaml');
  const validate = body.createFile_body;
  assert.equal(validate({ name: 'abc', size: null }), true);
  assert.equal(validate({ name: 'abc', size: 3, kind: 'file' }), true);
  assert.equal(validate({ name: 'ABC', size: 0, kind: 'dir', extra: 1 }), false);
  const kinds = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();
  assert.deepEqual(kinds, [' additionalProperties', '/kind const', '/name pattern', '/size exclusiveMinimum']);
  assert.match(text('operations.ts'), /size: number \| null;/);
  assert.match(text('types.ts'), /parent\?: File;/);
});
