import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { isConfigurationError } from '../../src/errors.js';
import { listOperations } from '../../src/routes/model.js';
import { SpecError } from '../../src/routes/spec/errors.js';
import { loadSpec, locateDeep } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';
import { parseSpecFile } from '../../src/routes/spec/source.js';

const FIXTURES = path.resolve('fixtures/routes');
const reader = fileReader(FIXTURES);
const load = (file: string) => loadSpec(path.join(FIXTURES, file), { reader });

async function specError(file: string): Promise<SpecError> {
  try {
    await load(file);
  } catch (e) {
    assert.ok(e instanceof SpecError, `expected a SpecError, got ${String(e)}`);
    assert.ok(isConfigurationError(e), 'a SpecError is a ConfigurationError (exit 2)');
    return e;
  }
  assert.fail(`${file} loaded without error`);
}

test('the demo spec loads as OpenAPI 3.1 with its seven operations', async () => {
  const spec = await loadSpec(path.resolve('fixtures/demo/openapi.yaml'), {
    reader: fileReader(path.resolve('fixtures/demo')),
  });
  assert.equal(spec.version, '3.1.0');
  assert.deepEqual(
    [...listOperations(spec).values()].map((o) => o.label),
    ['GET /health', 'GET /users', 'POST /users', 'GET /users/{id}', 'GET /orders', 'POST /orders', 'GET /orders/{id}'],
  );
});

test('a spec split across files with circular schemas loads, and positions point into the right file', async () => {
  const spec = await load('multifile/openapi.yaml');
  assert.deepEqual([...spec.files.values()].map((f) => f.display).sort(), [
    'multifile/openapi.yaml',
    'multifile/paths/categories.yaml',
    'multifile/schemas/category.yaml',
    'multifile/schemas/user.yaml',
  ]);
  assert.deepEqual([...listOperations(spec).keys()], ['GET /categories', 'GET /categories/{}']);
  // Following a pointer of the dereferenced document through the $refs ends in the schema file.
  const node = locateDeep(
    spec,
    '/paths/~1categories/get/responses/200/content/application~1json/schema/items/properties/children',
  );
  assert.equal(node.file.display, 'multifile/schemas/category.yaml');
  assert.equal(spec.where(node), 'multifile/schemas/category.yaml:11:5');
  // The cycle Category.children[] → Category resolves back to the schema itself.
  const item = spec.deref(spec.child(node, 'items')!);
  assert.equal(item.pointer, '/Category');
  assert.equal(item.file.display, 'multifile/schemas/category.yaml');
});

test('broken YAML is reported at its line and column', async () => {
  const e = await specError('bad/broken.yaml');
  assert.equal(e.file, 'bad/broken.yaml');
  assert.equal(e.line, 12);
  assert.match(e.describe(), /^bad\/broken\.yaml:12:1: invalid YAML: /);
});

test('broken JSON is reported at its line and column', async () => {
  const e = await specError('bad/broken.json');
  assert.equal(e.describe().split(': ')[0], 'bad/broken.json:6:3');
  assert.match(e.message, /invalid JSON/);
});

test('a dangling $ref names the reference and where it is written', async () => {
  const e = await specError('bad/dangling-ref.yaml');
  assert.equal(e.line, 15);
  assert.equal(e.pointer, '/paths/~1users/get/responses/200/content/application~1json/schema/$ref');
  assert.match(e.message, /\$ref '#\/components\/schemas\/Usr' points to nothing/);
});

test('a $ref to a missing file names the file it looked for', async () => {
  const e = await specError('bad/missing-file-ref.yaml');
  assert.equal(e.line, 14);
  assert.match(e.message, /does not exist \(bad\/schemas\/nowhere\.yaml\)/);
});

test('wrong types are reported where they are written, every one of them', async () => {
  const e = await specError('bad/wrong-type.yaml');
  assert.deepEqual(
    e.problems.map((p) => [p.line, p.pointer]),
    [
      [12, '/paths/~1users/get/parameters/0/required'],
      [28, '/components/schemas/User/properties/id/type'],
    ],
  );
  assert.match(e.problems[0].message, /must be boolean/);
  assert.match(e.problems[1].message, /must be one of: array, boolean, integer, number, object, string/);
});

test('duplicate operationIds name both places', async () => {
  const e = await specError('bad/duplicate-operation-id.yaml');
  assert.equal(e.line, 14);
  assert.match(
    e.message,
    /duplicate operationId 'listThings' \(GET \/orders\); it is also used at bad\/duplicate-operation-id\.yaml:8:7/,
  );
});

test('Swagger 2.0 is refused with how to convert it', async () => {
  const e = await specError('bad/swagger2.json');
  assert.equal(e.line, 2);
  assert.match(e.message, /Swagger 2\.0 document/);
  assert.match(e.message, /npx swagger2openapi/);
});

test('a missing spec file is a configuration error, not a crash', async () => {
  const e = await specError('nowhere.yaml');
  assert.match(e.message, /not found/);
});

test('JSON positions are found lazily, escaped keys included', async () => {
  const text = '{\n  "paths": {\n    "/a~b": {"get": {"x": [1, {"y": "}"}]}},\n    "/c\\"d": {"post": {}}\n  }\n}\n';
  const file = await parseSpecFile(text, '/x/spec.json', 'spec.json');
  assert.deepEqual(file.locate('/paths/~1a~0b/get/x/1/y'), { line: 3, column: 32 });
  assert.deepEqual(file.locate('/paths/~1c"d/post'), { line: 4, column: 15 });
  // Absent members fall back to the nearest ancestor.
  assert.deepEqual(file.locate('/paths/~1nope'), { line: 2, column: 3 });
});

test('a mistake inside a referenced file is reported in that file', async () => {
  const e = await specError('bad/external-wrong-type.yaml');
  assert.equal(e.file, 'bad/parts/user.yaml');
  assert.equal(e.line, 7);
  assert.equal(e.pointer, '/properties/email/required');
  assert.match(e.message, /must be array/);
});

test('OpenAPI 3.1 schemas are checked against JSON Schema 2020-12', async () => {
  const e = await specError('bad/wrong-type-31.yaml');
  assert.deepEqual(
    e.problems.map((p) => [p.line, p.pointer]),
    [
      [22, '/components/schemas/User/required'],
      [25, '/components/schemas/User/properties/id/type'],
    ],
  );
});
