import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditCommand } from '../../src/audit/command.js';
import { runAudit } from '../../src/audit/run.js';
import { AUDIT_DEFAULTS, type AuditSettings } from '../../src/audit/settings.js';
import { MemoryLogger } from '../../src/log.js';
import { Redactor } from '../../src/report/mask.js';
import { parseConfig } from '../../src/settings/config.js';
import { buildCommonSettings } from '../../src/settings/settings.js';
import { schemaHealthChecks } from '../../src/schema-health/index.js';
import { testDatabase, type TestDatabase } from '../schema-health/harness.js';
import { createBloatedTable, createDemoDatabase, dataChecksum, runDemoTraffic, schemaChecksum } from './fixture.js';

let db: TestDatabase;

before(async () => {
  db = await testDatabase('audit');
  await createDemoDatabase(db.client);
  await runDemoTraffic(db.client, 60);
});

after(async () => {
  // The shared server's own after hook may have run first; stopping it removes the database too.
  await db?.drop().catch(() => {});
});

function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

function settingsFor(url: string, over: Partial<AuditSettings> = {}): AuditSettings {
  return { ...AUDIT_DEFAULTS, databaseUrl: url, suggestIndexes: false, ...over };
}

test('an audit changes nothing: schema and data checksums are equal, no lock above AccessShareLock, no transaction id', async () => {
  const schemaBefore = await schemaChecksum(db.client);
  const dataBefore = await dataChecksum(db.client);
  const { report, proof } = await runAudit(settingsFor(db.url), { log: new MemoryLogger(), redactor: new Redactor() });
  assert.equal(await schemaChecksum(db.client), schemaBefore);
  assert.equal(await dataChecksum(db.client), dataBefore);
  assert.deepEqual(proof.strongerLocks, []);
  assert.equal(proof.transactionIdAssigned, false);
  assert.ok(proof.statements > 10, `the audit ran ${proof.statements} statements`);
  assert.equal(report.metrics.locksAboveAccessShare, 0);
  assert.equal(report.metrics.transactionIdAssigned, 0);
});

test('the audit reports unused indexes, sequential scans and slow statements of the demo traffic', async () => {
  const { report } = await runAudit(settingsFor(db.url, { slowStatementMs: 0, topStatements: 100 }), {
    log: new MemoryLogger(),
    redactor: new Redactor(),
  });
  assert.equal(report.mode, 'audit');
  assert.equal(report.metrics.tables, 4);
  assert.equal(report.metrics.totalRows, 200 + 1000 + 3000 + 20000);

  const unused = report.findings.filter((f) => f.rule === 'unused-index').map((f) => f.data?.index);
  // events_at_idx is never used; order_items_order_id_idx covers a foreign key and is kept out.
  assert.deepEqual(unused, ['events_at_idx']);

  const seq = report.findings.filter((f) => f.rule === 'table-read-by-sequential-scans');
  assert.deepEqual(
    seq.map((f) => f.data?.table),
    ['events'],
  );
  assert.ok((seq[0].data?.seqScans as number) >= 60);

  const slow = report.findings.filter((f) => f.rule === 'slow-statement');
  const eventsQuery = slow.find((f) => String(f.data?.query).includes('FROM events WHERE kind = $1'));
  assert.ok(eventsQuery, `statements seen: ${slow.map((f) => f.data?.query).join(' | ')}`);
  assert.equal(eventsQuery.data?.calls, 60);
  const monitoring = slow.filter((f) => /pg_catalog|pg_stat_/.test(String(f.data?.query))).map((f) => f.data?.query);
  assert.deepEqual(monitoring, [], 'monitoring queries are left out');
  const ours = slow.filter((f) => /current_database\(\)|txid_current_if_assigned/.test(String(f.data?.query)));
  assert.deepEqual(ours, [], "the audit's own statements are left out");

  const details = report.details ?? [];
  assert.equal(details[0], '=== Database Analysis Report ===');
  assert.ok(details.includes('Tables: 4'));
  assert.ok(details.includes('Total rows: 24,200'));
  assert.ok(details.some((l) => /^MISSING INDEXES \(\d+ found\):$/.test(l)));
  assert.ok(details.includes('SUGGESTED MIGRATIONS:'));
  assert.ok(details.some((l) => /^ {2}\d+\. Drop unused index events_at_idx/.test(l)));
});

test('the demo foreign key without an index is reported under MISSING INDEXES with a numbered migration', async (t) => {
  if (!schemaHealthChecks.some((c) => c.id === 'foreign-key-without-index')) {
    t.skip('the foreign-key-without-index check is not registered yet (written in the migrations area)');
    return;
  }
  const log = new MemoryLogger();
  // 1,000 orders: the lookup each users delete runs gets about 40% cheaper with the index.
  const { report } = await runAudit(
    settingsFor(db.url, { suggestIndexes: true, slowStatementMs: 1e9, minCostReduction: 0.3 }),
    {
      log,
      redactor: new Redactor(),
    },
  );
  const fk = report.findings.filter((f) => f.rule === 'foreign-key-without-index');
  assert.deepEqual(
    fk.map((f) => `${f.data?.table}.${(f.data?.columns as string[]).join(',')}`),
    ['orders.user_id'],
  );
  const details = report.details ?? [];
  assert.ok(details.includes('MISSING INDEXES (1 found):'), details.join('\n'));
  assert.ok(
    details.some((l) =>
      /^ {2}orders\.user_id - foreign key to public\.users has no index; estimated cost [\d.,]+ → [\d.,]+ \(-\d+\.\d%\) .*ADD INDEX recommended$/.test(
        l,
      ),
    ),
    details.join('\n') + log.lines.join('\n'),
  );
  assert.ok((fk[0].data?.costAfter as number) < (fk[0].data?.costBefore as number));
  assert.deepEqual(
    fk[0].fix?.files?.map((f) => f.path.replace(/^\d{14}/, 'T')),
    ['T_add_index_orders_user_id.sql', 'T_add_index_orders_user_id_rollback.sql'],
  );
  assert.ok(details.some((l) => /^ {2}1\. Add index on orders\(user_id\)$/.test(l)));
});

test('a table with many dead rows is reported as bloat, with the space VACUUM would make reusable', async () => {
  await createBloatedTable(db.client);
  try {
    const { report } = await runAudit(settingsFor(db.url, { schemas: ['ops'] }), {
      log: new MemoryLogger(),
      redactor: new Redactor(),
    });
    const bloat = report.findings.filter((f) => f.rule === 'table-bloat');
    assert.deepEqual(
      bloat.map((f) => [f.data?.table, f.data?.deadRows, f.data?.liveRows, f.data?.deadShare]),
      [['sessions', 15000, 5000, 0.75]],
    );
    assert.match(bloat[0].fix?.text ?? '', /^VACUUM \(ANALYZE\) ops\.sessions;/);
    const details = report.details ?? [];
    assert.ok(details.includes('TABLE BLOAT (1 found):'), details.join('\n'));
    assert.ok(
      details.some((l) => /^ {2}ops\.sessions - 75% dead rows, about [\d.]+ [kM]B reclaimable by VACUUM$/.test(l)),
    );
  } finally {
    await db.client.query('DROP SCHEMA ops CASCADE');
  }
});

test('a role with only CONNECT and pg_read_all_stats can run the whole audit, and its password never shows', async () => {
  const password = 'auditor-Secret-9f3k';
  await db.client.query(`CREATE ROLE auditor LOGIN PASSWORD '${password}'`);
  try {
    await db.client.query(`REVOKE CONNECT ON DATABASE ${db.name} FROM PUBLIC`);
    await db.client.query(`GRANT CONNECT ON DATABASE ${db.name} TO auditor`);
    await db.client.query('GRANT pg_read_all_stats TO auditor');
    const url = withCredentials(db.url, 'auditor', password);
    const schemaBefore = await schemaChecksum(db.client);
    const redactor = new Redactor();
    const log = new MemoryLogger();
    const asAuditor = await runAudit(settingsFor(url, { slowStatementMs: 0 }), { log, redactor });
    const asOwner = await runAudit(settingsFor(db.url, { slowStatementMs: 0 }), {
      log: new MemoryLogger(),
      redactor: new Redactor(),
    });
    assert.equal(await schemaChecksum(db.client), schemaBefore);
    assert.deepEqual(
      log.lines.filter((l) => l.startsWith('warning')),
      [],
    );
    assert.equal(asAuditor.proof.transactionIdAssigned, false);
    const rules = (r: typeof asOwner.report) => [...new Set(r.findings.map((f) => f.rule))].sort();
    assert.deepEqual(rules(asAuditor.report), rules(asOwner.report));
    assert.ok(
      asAuditor.report.findings.some((f) => f.rule === 'slow-statement'),
      'pg_read_all_stats sees pg_stat_statements',
    );
    assert.equal(redactor.redact(`connecting to ${url}`).includes(password), false);
    assert.equal(JSON.stringify(asAuditor.report).includes(password), false);
  } finally {
    await db.client.query(`GRANT CONNECT ON DATABASE ${db.name} TO PUBLIC`);
    await db.client.query(`DROP OWNED BY auditor`);
    await db.client.query('DROP ROLE auditor');
  }
});

test('a wrong password is a configuration error that names the masked URL, not the password', async () => {
  const url = withCredentials(db.url, 'postgres', 'wrong-Pass-77');
  await assert.rejects(
    runAudit(settingsFor(url), { log: new MemoryLogger(), redactor: new Redactor() }),
    (e: Error) =>
      e.name === 'ConfigurationError' && /could not connect/.test(e.message) && !e.message.includes('wrong-Pass-77'),
  );
});

test('backend-gate audit reads the URL from the variable audit.database-url-env names and registers its password', async () => {
  const config = parseConfig(
    'audit:\n  database-url-env: AUDIT_DATABASE_URL\n  schemas: [public]\n',
    '.backend-gate.yml',
  );
  const redactor = new Redactor();
  const report = await auditCommand.run(
    {
      settings: buildCommonSettings('audit', process.cwd(), config, {}),
      log: new MemoryLogger(),
      redactor,
      env: { AUDIT_DATABASE_URL: db.url },
      signal: new AbortController().signal,
    },
    { positionals: [], flags: {} },
  );
  assert.equal(report.mode, 'audit');
  assert.equal(report.metrics.tables, 4);
  assert.match(report.summary, new RegExp(`^Read-only audit of ${db.name} \\(PostgreSQL 18\\.\\d+\\): 4 tables`));
  const password = decodeURIComponent(new URL(db.url).password);
  assert.equal(redactor.redact(`url ${db.url} password ${password}`).includes(password), false);
});

test('reading an int serial key sequence for the overflow check takes no lock above AccessShareLock', async () => {
  // pg_sequences.last_value would take RowExclusiveLock on the sequence; the check reads it with SELECT.
  await db.client.query('CREATE SCHEMA legacy');
  await db.client.query('CREATE TABLE legacy.tags (id serial PRIMARY KEY, label text NOT NULL)');
  await db.client.query("INSERT INTO legacy.tags (label) SELECT 'tag' || g FROM generate_series(1, 50) g");
  try {
    const { report, proof } = await runAudit(settingsFor(db.url, { schemas: ['legacy'] }), {
      log: new MemoryLogger(),
      redactor: new Redactor(),
    });
    assert.deepEqual(proof.strongerLocks, []);
    const overflow = report.findings.filter((f) => f.rule === 'integer-key-overflow-risk');
    assert.equal(overflow.length, 1, 'the int serial key is found');
    assert.equal(overflow[0].severity, 'warning', 'far from overflow: a warning, not an error');
  } finally {
    await db.client.query('DROP SCHEMA legacy CASCADE');
  }
});
