import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validatorSource } from '../../src/routes/spec/validators/build.js';

const DIR = path.resolve('src/routes/spec/validators');

for (const line of ['3.0', '3.1'] as const) {
  test(`the committed OpenAPI ${line} validator is what the installed Ajv and schemas compile to`, () => {
    const committed = readFileSync(path.join(DIR, `openapi-${line}.ts`), 'utf8');
    const { digest } = validatorSource(line);
    assert.match(
      committed,
      new RegExp(`^// digest ${digest}$`, 'm'),
      `stale: run \`node --import tsx src/routes/spec/validators/build.ts\``,
    );
  });
}
