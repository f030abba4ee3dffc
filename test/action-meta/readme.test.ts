import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withReference } from '../../scripts/config-reference.js';

const readme = readFileSync('README.md', 'utf8');

test('the README config reference is generated from the current schema', () => {
  assert.equal(
    readme,
    withReference(readme),
    "README is stale: run 'node --import tsx scripts/config-reference.ts --write'",
  );
});

test('the Quick start has the two commands of the setup contract', () => {
  const quick = readme.slice(readme.indexOf('## Quick start'));
  assert.match(quick, /npm ci && npx backend-gate demo/);
  assert.match(quick, /npm test/);
});

test('.ci/run runs the README test command', () => {
  const ci = readFileSync('.ci/run', 'utf8');
  assert.match(ci, /^npm ci/m);
  assert.match(ci, /^npm test$/m);
});
