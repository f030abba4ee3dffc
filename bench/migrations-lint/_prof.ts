import { readFileSync, readdirSync } from 'node:fs';
import { loadParser, parseFileSync } from '../../src/migrations/lint/parse.js';
import { parseSync, scanSync } from 'libpg-query';
import { lintMigrationFileSync } from '../../src/migrations/lint/index.js';
const dir = 'bench/.work/migrations-lint';
const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
await loadParser();
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  for (const s of files) parseSync(s);
  const raw = performance.now() - t;
  t = performance.now();
  for (const s of files) parseFileSync(s);
  const pf = performance.now() - t;
  t = performance.now();
  for (const s of files) lintMigrationFileSync(s, 'x.sql');
  const lint = performance.now() - t;
  t = performance.now();
  const big = files.join('\n;\n');
  parseSync(big);
  const one = performance.now() - t;
  console.log({ raw: raw.toFixed(0), parseFile: pf.toFixed(0), lint: lint.toFixed(0), oneBig: one.toFixed(0) });
}
