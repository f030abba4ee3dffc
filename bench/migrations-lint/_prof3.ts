import { readFileSync, readdirSync } from 'node:fs';
const { loadModule, parseSync } = await import('libpg-query');
await loadModule();
const dir = 'bench/.work/migrations-lint';
const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const mode = process.argv[2];
const t = performance.now();
if (mode === 'big') { const r = parseSync(files.join('\n;\n')); console.log(r.stmts?.length); }
else for (const s of files) parseSync(s);
const t2 = performance.now();
for (const s of files) parseSync(s);
console.log(mode, (t2 - t).toFixed(0), 'then per-file', (performance.now() - t2).toFixed(0));
