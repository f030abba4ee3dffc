import { readFileSync, readdirSync } from 'node:fs';
import { loadParser, parseFileSync } from '../../src/migrations/lint/parse.js';
import { LintFile } from '../../src/migrations/lint/context.js';
import { RULES } from '../../src/migrations/lint/rules/index.js';
import { lintMigrationFileSync } from '../../src/migrations/lint/index.js';
const dir = 'bench/.work/migrations-lint';
const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
await loadParser();
for (let i = 0; i < 5; i++) for (const s of files) lintMigrationFileSync(s, 'x.sql');
const parsed = files.map((s) => parseFileSync(s));
let t = performance.now();
for (let i = 0; i < 10; i++) for (const s of files) parseFileSync(s);
console.log('parse x10', (performance.now() - t).toFixed(0));
t = performance.now();
const lfs = [];
for (let i = 0; i < 10; i++) for (const p of parsed) lfs.push(new LintFile('x.sql', p));
console.log('LintFile x10', (performance.now() - t).toFixed(0));
const per = [];
for (const r of RULES) {
  t = performance.now();
  for (const lf of lfs) r.check(lf);
  per.push([r.id, performance.now() - t]);
}
per.sort((a, b) => b[1] - a[1]);
console.log(per.slice(0, 12).map(([k, v]) => `${v.toFixed(0)} ${k}`).join('\n'), '\nall rules x10', per.reduce((a, b) => a + b[1], 0).toFixed(0));
t = performance.now();
for (let i = 0; i < 10; i++) for (const s of files) lintMigrationFileSync(s, 'x.sql');
console.log('full lint x10', (performance.now() - t).toFixed(0));
