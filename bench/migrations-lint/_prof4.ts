import { readFileSync, readdirSync } from 'node:fs';
import { loadParser } from '../../src/migrations/lint/parse.js';
import { lintMigrationFileSync } from '../../src/migrations/lint/index.js';
const dir = 'bench/.work/migrations-lint';
const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
await loadParser();
for (let round = 0; round < 8; round++) {
  const t = performance.now();
  for (const s of files) lintMigrationFileSync(s, 'x.sql');
  console.log((performance.now() - t).toFixed(0));
}
