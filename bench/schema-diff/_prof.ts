import { silentLogger } from '../../src/log.js';
import { diffSchemas } from '../../src/migrations/schemadiff/index.js';
import { verifySchemaDiff } from '../../src/migrations/schemadiff/verify.js';
import { createScratchDatabase, startPostgres } from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';
import { listPairs } from '../../test/migrations/schemadiff/pairs.js';
import { applySql } from '../../src/migrations/schemadiff/apply.js';
const server = await startPostgres({ provider: 'embedded', log: silentLogger, redactor: new Redactor() });
const pairs = listPairs().slice(0, 8);
const t: Record<string, number> = {};
const lap = (k: string, t0: number) => (t[k] = (t[k] ?? 0) + performance.now() - t0);
for (const pair of pairs) {
  let t0 = performance.now();
  const a = await createScratchDatabase(server, 'a');
  const b = await createScratchDatabase(server, 'b');
  lap('create', t0); t0 = performance.now();
  await applySql(a.url, pair.before, 'b'); await applySql(b.url, pair.after, 'a');
  lap('apply', t0); t0 = performance.now();
  const d = await diffSchemas({ currentUrl: a.url, targetUrl: b.url, log: silentLogger });
  lap('diff', t0); t0 = performance.now();
  const v = await verifySchemaDiff({ copyUrl: a.url, targetUrl: b.url, upSql: d.upSql, downSql: d.downSql });
  lap('verify', t0); t0 = performance.now();
  await a.drop(); await b.drop();
  lap('drop', t0);
  if (!v.ok) console.log(pair.name, v);
}
console.log(t);
await server.stop();
