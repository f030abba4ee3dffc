import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validatorFileName, validatorSource } from '../../src/routes/spec/validators/build.js';

const DIR = path.resolve('src/routes/spec/validators');

for (const line of ['3.0', '3.1'] as const) {
  for (const variant of ['full', 'fast'] as const) {
    test(`the committed OpenAPI ${line} validator (${variant}) is what the installed Ajv and schemas compile to`, () => {
      const committed = readFileSync(path.join(DIR, validatorFileName(line, variant)), 'utf8');
      const { digest } = validatorSource(line, variant);
      assert.match(
        committed,
        new RegExp(`^// digest ${digest}$`, 'm'),
        `stale: run \`node --import tsx src/routes/spec/validators/build.ts\``,
      );
    });
  }
}

type Doc = Record<string, unknown>;
const firstOperation = (doc: Doc): Doc | undefined => {
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Doc>))
    for (const [k, v] of Object.entries(item ?? {}))
      if (k !== 'parameters' && typeof v === 'object' && v) return v as Doc;
  return undefined;
};
/** Breakages the schema should catch (or, for 3.1 schema types, let through): each returns false when it does not apply. */
const MUTATIONS: Record<string, (doc: Doc) => boolean> = {
  'as written': () => true,
  'info is a string': (doc) => ((doc.info = 'about'), true),
  'a path not starting with /': (doc) => ((doc.paths = { ...(doc.paths as Doc), users: {} }), true),
  'an unknown operation key': (doc) => {
    const op = firstOperation(doc);
    if (op) op.summaryy = 'typo';
    return !!op;
  },
  'no responses': (doc) => {
    const op = firstOperation(doc);
    if (op) op.responses = {};
    return !!op;
  },
  'a response code out of range': (doc) => {
    const op = firstOperation(doc);
    if (op) op.responses = { '700': { description: 'x' } };
    return !!op;
  },
  'a misspelt schema type': (doc) => {
    const schemas = ((doc.components ?? {}) as Doc).schemas as Record<string, Doc> | undefined;
    const first = schemas && Object.values(schemas).find((x) => typeof x === 'object' && x && !('$ref' in x));
    if (first) first.type = 'strng';
    return !!first;
  },
};

test('the fast validators accept and reject exactly what the full ones do, on every spec fixture', async () => {
  const { parse } = await import('yaml');
  const { execFileSync } = await import('node:child_process');
  const files = execFileSync('git', ['grep', '-lE', '^openapi: 3|"openapi": "3', '--', 'fixtures', 'test'], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
  assert.ok(files.length > 100, `only ${files.length} spec fixtures found`);
  const validators = {
    '3.0': [
      (await import(path.join(DIR, 'openapi-3.0.js'))).default,
      (await import(path.join(DIR, 'openapi-3.0-fast.js'))).default,
    ],
    '3.1': [
      (await import(path.join(DIR, 'openapi-3.1.js'))).default,
      (await import(path.join(DIR, 'openapi-3.1-fast.js'))).default,
    ],
  } as Record<string, ((doc: unknown) => boolean)[]>;
  let rejected = 0;
  for (const file of files) {
    let doc: { openapi?: unknown };
    try {
      doc = parse(readFileSync(file, 'utf8')) as { openapi?: unknown };
    } catch {
      continue; // broken YAML fixtures test the parser, not the schema
    }
    const line = String(doc?.openapi ?? '').slice(0, 3);
    if (!(line in validators)) continue;
    const [full, fast] = validators[line];
    for (const [name, mutate] of Object.entries(MUTATIONS)) {
      const variant = structuredClone(doc) as Record<string, unknown>;
      if (name !== 'as written' && !mutate(variant)) continue;
      const verdict = full(variant);
      assert.equal(fast(variant), verdict, `${file} (${name}): fast and full validators disagree`);
      if (!verdict) rejected++;
    }
  }
  assert.ok(rejected >= 1000, `only ${rejected} variants fail the schema: the comparison needs invalid specs too`);
});
