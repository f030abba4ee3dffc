import { silentLogger } from '../../src/log.js';
import { startPostgres, withClient } from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';
import { dumpCatalog } from '../../src/migrations/schemadiff/dump.js';
import { readCatalog } from '../../src/migrations/schemadiff/catalog.js';
const server = await startPostgres({ provider: 'embedded', log: silentLogger, redactor: new Redactor() });
await withClient(server.adminUrl, async (c) => {
  for (const strategy of ['WAL_LOG', 'FILE_COPY', 'WAL_LOG', 'FILE_COPY']) {
    const t0 = performance.now();
    await c.query(`CREATE DATABASE x_${strategy} STRATEGY ${strategy}`);
    const t1 = performance.now();
    await c.query(`DROP DATABASE x_${strategy}`);
    console.log(strategy, Math.round(t1 - t0), Math.round(performance.now() - t1));
  }
  await c.query('CREATE DATABASE x_t');
});
const url = server.adminUrl.replace(/\/[^/]*$/, '/x_t');
for (let i = 0; i < 3; i++) {
  let t0 = performance.now();
  await withClient(url, dumpCatalog);
  console.log('dump', Math.round(performance.now() - t0));
  t0 = performance.now();
  await withClient(url, readCatalog);
  console.log('read', Math.round(performance.now() - t0));
}
await server.stop();
