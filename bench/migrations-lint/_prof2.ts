import { readFileSync, readdirSync } from 'node:fs';
const t0 = performance.now();
const { loadModule, parseSync } = await import('libpg-query');
await loadModule();
const t1 = performance.now();
const dir = 'bench/.work/migrations-lint';
const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const out = [];
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  for (const s of files) parseSync(s);
  out.push((performance.now() - t).toFixed(0));
}
console.log(process.execArgv.join(' '), 'load', (t1 - t0).toFixed(0), 'rounds', out.join(' '));
