// One timed run of api-smart-diff 1.0.6 (the fastest npm peer that finishes on GitHub's spec).
import { readFile } from 'node:fs/promises';
import { apiCompare } from 'api-smart-diff';

const [basePath, headPath] = process.argv.slice(2);
const started = performance.now();
const [before, after] = await Promise.all([readFile(basePath, 'utf8'), readFile(headPath, 'utf8')]).then((t) =>
  t.map((x) => JSON.parse(x)),
);
const loaded = performance.now();
const { diffs } = apiCompare(before, after);
const done = performance.now();
const byType = {};
for (const d of diffs) byType[d.type] = (byType[d.type] ?? 0) + 1;
console.log(
  JSON.stringify({
    tool: 'api-smart-diff',
    loadMs: Math.round(loaded - started),
    diffMs: Math.round(done - loaded),
    totalMs: Math.round(done - started),
    changes: diffs.length,
    byType,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
