import { run } from '@pgkit/migra';
import { silentLogger } from '../../src/log.js';
import { startPostgres } from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';
import { buildPair, listPairs } from '../../test/migrations/schemadiff/pairs.js';
const server = await startPostgres({ provider: 'embedded', log: silentLogger, redactor: new Redactor() });
try {
  for (const pair of listPairs().filter((p) => process.argv.slice(2).some((a) => p.name.includes(a)))) {
    const { current, target } = await buildPair(server, pair);
    const t0 = performance.now();
    try {
      const m = await run(current.url, target.url, { unsafe: true });
      console.log(`=== ${pair.name} ${Math.round(performance.now() - t0)}ms\n${m.sql}`);
    } catch (e) { console.log(pair.name, 'ERR', e); }
    await current.drop(); await target.drop();
  }
} finally { await server.stop(); }
