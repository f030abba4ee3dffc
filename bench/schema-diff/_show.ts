/**
 * Prints the migration and rollback we generate for corpus pairs whose names contain an argument:
 *   node --import tsx bench/schema-diff/_show.ts realistic enum-remove
 */
import { silentLogger } from '../../src/log.js';
import { diffSchemas } from '../../src/migrations/schemadiff/index.js';
import { startPostgres } from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';
import { buildPair, listPairs } from '../../test/migrations/schemadiff/pairs.js';
const server = await startPostgres({ provider: 'embedded', log: silentLogger, redactor: new Redactor() });
try {
  for (const pair of listPairs().filter((p) => process.argv.slice(2).some((a) => p.name.includes(a)))) {
    const { current, target } = await buildPair(server, pair);
    const d = await diffSchemas({ currentUrl: current.url, targetUrl: target.url, log: silentLogger });
    console.log(`=== ${pair.name} up\n${d.upSql}\n=== rollback\n${d.downSql}`);
    await current.drop();
    await target.drop();
  }
} finally {
  await server.stop();
}
