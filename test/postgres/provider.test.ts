import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, realpathSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { MemoryLogger } from '../../src/log.js';
import { ConfigurationError } from '../../src/errors.js';
import {
  createScratchDatabase,
  dockerAvailable,
  startPostgres,
  withClient,
  urlForDatabase,
} from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';
import { sharedPostgres } from '../helpers/postgres.js';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = netConnect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

test('embedded server: starts PostgreSQL 18 with pg_stat_statements, and after stop the port is closed and the data dir gone', async () => {
  const redactor = new Redactor();
  const server = await startPostgres({ provider: 'embedded', log: new MemoryLogger(), redactor });
  let dataDir = '';
  const port = Number(new URL(server.adminUrl).port);
  try {
    assert.equal(server.kind, 'embedded');
    assert.equal(server.major, 18);
    assert.equal(await portOpen(port), true);
    const password = decodeURIComponent(new URL(server.adminUrl).password);
    assert.equal(redactor.redact(`pw ${password}`), 'pw ***');
    const preload = await withClient(server.adminUrl, (c) =>
      c.query("SELECT current_setting('shared_preload_libraries') AS v"),
    );
    assert.equal(preload.rows[0].v, 'pg_stat_statements');
    // This server's own data directory (other test processes may have theirs in the same tmpdir).
    dataDir = (await withClient(server.adminUrl, (c) => c.query('SHOW data_directory'))).rows[0].data_directory;
    assert.ok(dataDir.startsWith(realpathSync(tmpdir())) && existsSync(dataDir), dataDir);
  } finally {
    await server.stop();
  }
  assert.equal(await portOpen(port), false);
  assert.equal(existsSync(dataDir), false, `${dataDir} is gone`);
});

test('scratch database: named backend_gate_<purpose>_<random>, usable, and gone after drop', async () => {
  const server = await sharedPostgres();
  const db = await createScratchDatabase(server, 'Provider Test!');
  assert.match(db.name, /^backend_gate_provider_test_[0-9a-f]{10}$/);
  await withClient(db.url, (c) => c.query('CREATE TABLE t (id int); INSERT INTO t VALUES (1)'));
  // An open connection does not prevent the drop (WITH (FORCE)).
  const held = await withClient(db.url, async (c) => {
    await db.drop();
    return c.query('SELECT 1').then(
      () => 'alive',
      () => 'terminated',
    );
  }).catch(() => 'terminated');
  assert.equal(held, 'terminated');
  const left = await withClient(server.adminUrl, (c) =>
    c.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]),
  );
  assert.equal(left.rowCount, 0);
});

test('url provider: works beside the named database, never in it, and leaves it intact', async () => {
  const shared = await sharedPostgres();
  // The "user's" database, with a marker table.
  const user = await createScratchDatabase(shared, 'users own');
  try {
    await withClient(user.url, (c) => c.query("CREATE TABLE marker (v text); INSERT INTO marker VALUES ('keep me')"));
    const server = await startPostgres({ databaseUrl: user.url, log: new MemoryLogger(), redactor: new Redactor() });
    assert.equal(server.kind, 'url');
    const scratch = await createScratchDatabase(server, 'work');
    assert.notEqual(scratch.name, user.name);
    await withClient(scratch.url, (c) => c.query('CREATE TABLE marker (v text); DROP TABLE marker'));
    // A scratch database not dropped explicitly is dropped by stop(); the user's database stays.
    const forgotten = await createScratchDatabase(server, 'forgotten');
    await server.stop();
    const dbs = await withClient(shared.adminUrl, (c) =>
      c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [
        [user.name, scratch.name, forgotten.name],
      ]),
    );
    assert.deepEqual(
      dbs.rows.map((r) => r.datname),
      [user.name],
    );
    const marker = await withClient(user.url, (c) => c.query('SELECT v FROM marker'));
    assert.deepEqual(marker.rows, [{ v: 'keep me' }]);
  } finally {
    await user.drop();
  }
});

test('url provider: a bad URL and an unreachable server are configuration errors, with the password masked', async () => {
  const log = new MemoryLogger();
  await assert.rejects(
    startPostgres({ databaseUrl: 'mysql://u:secretpw@h/db', log, redactor: new Redactor() }),
    (e: unknown) => e instanceof ConfigurationError && /postgres:\/\//.test(e.message),
  );
  const shared = await sharedPostgres();
  const wrong = new URL(urlForDatabase(shared.adminUrl, 'postgres'));
  wrong.password = 'not-the-password';
  await assert.rejects(
    startPostgres({ databaseUrl: wrong.toString(), log, redactor: new Redactor() }),
    (e: unknown) =>
      e instanceof ConfigurationError && !e.message.includes('not-the-password') && /could not connect/.test(e.message),
  );
});

test('docker provider: detection answers quickly; without an engine, docker is a configuration error', async (t) => {
  if (await dockerAvailable()) {
    t.skip('a Docker engine answers here: the no-Docker path is not exercised');
    return;
  }
  console.log('no Docker engine: testcontainers path skipped');
  await assert.rejects(
    startPostgres({ provider: 'docker', log: new MemoryLogger(), redactor: new Redactor() }),
    (e: unknown) => e instanceof ConfigurationError && /no Docker engine/.test(e.message),
  );
});
