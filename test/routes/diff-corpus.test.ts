/**
 * The diff corpus: fixtures/routes/diff/<case>/{base,head}.yaml with the exact set of rule ids
 * the diff must report in expected.json. Composition cases (allOf moves, oneOf wrappers, renamed
 * components…) expect no findings at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diffSpecs } from '../../src/routes/diff/engine.js';
import { DIFF_RULES } from '../../src/routes/diff/rules/index.js';
import { loadSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';

const CORPUS = path.resolve('fixtures/routes/diff');
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

test('the corpus has at least 100 pairs and every rule is expected somewhere', () => {
  assert.ok(cases.length >= 100, `only ${cases.length} cases`);
  const expected = new Set(cases.flatMap((c) => expectedOf(c).rules));
  const missing = DIFF_RULES.map((r) => r.id).filter((id) => !expected.has(id));
  assert.deepEqual(missing, []);
  const noFinding = cases.filter((c) => expectedOf(c).rules.length === 0);
  assert.ok(noFinding.length >= 30, `only ${noFinding.length} no-finding cases`);
});

for (const name of cases) {
  test(`diff corpus: ${name}`, async () => {
    const dir = path.join(CORPUS, name);
    const reader = fileReader(dir);
    const base = await loadSpec(path.join(dir, 'base.yaml'), { reader });
    const head = await loadSpec(path.join(dir, 'head.yaml'), { reader });
    const { findings } = diffSpecs(base, head, { today: '2026-06-01' });
    const got = [...new Set(findings.map((f) => f.rule))].sort();
    assert.deepEqual(got, expectedOf(name).rules, findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
    for (const f of findings) {
      assert.ok(f.location?.line, `${f.rule} has a line`);
      assert.ok(f.data?.base || f.data?.head, `${f.rule} names a place in a spec`);
    }
  });
}

function expectedOf(name: string): { rules: string[]; note: string } {
  return JSON.parse(readFileSync(path.join(CORPUS, name, 'expected.json'), 'utf8')) as {
    rules: string[];
    note: string;
  };
}
