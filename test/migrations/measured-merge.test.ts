/**
 * mergeMeasured on what a dry-run measured (parsed by the real parser, traces as the tracer and
 * the probe report them): a wait or a rewrite on a table the PR itself created is nobody's
 * traffic yet and makes no finding of its own; the same on an existing table does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMigration, type FileRun, type StatementRun } from '../../src/migrations/apply.js';
import { mergeMeasured } from '../../src/migrations/measured.js';
import type { MigrationFile } from '../../src/migrations/sources/files.js';

async function run(name: string, sql: string, trace: (text: string) => StatementRun['trace']): Promise<FileRun> {
  const file: MigrationFile = { name, path: `migrations/${name}`, version: name.slice(0, 3), sql };
  const parsed = await parseMigration(file);
  assert.ok(Array.isArray(parsed), `${name} parses`);
  return {
    file,
    durationMs: 1,
    statements: parsed.map((statement) => ({ statement, durationMs: 1, trace: trace(statement.text) })),
  };
}

/** An ALTER that took ACCESS EXCLUSIVE on `table`, rewrote it, and kept a probe waiting 5 ms. */
const measuredAlter = (table: string) => (text: string) =>
  text.startsWith('ALTER')
    ? {
        locks: [{ relation: table, mode: 'AccessExclusiveLock' }],
        rewrites: [table],
        lockTimeout: '0',
        statementTimeout: '0',
        probe: { tables: [table], readBlockedMs: 5, writeBlockedMs: 5, reads: 3, writes: 3 },
      }
    : { locks: [], rewrites: [], lockTimeout: '0', statementTimeout: '0' };

test('a rewrite and a wait on a table the PR created earlier make no finding; on an existing table they do', async () => {
  const own = await run(
    '002_invoices.sql',
    'CREATE TABLE invoices (id bigint, total int);\nALTER TABLE invoices ALTER COLUMN total TYPE bigint;\n',
    measuredAlter('public.invoices'),
  );
  assert.deepEqual(mergeMeasured([], [{ run: own, branch: 'PR' }]), []);

  const existing = await run(
    '003_accounts.sql',
    'ALTER TABLE accounts ALTER COLUMN plan TYPE bigint;\n',
    measuredAlter('public.accounts'),
  );
  const found = mergeMeasured(
    [],
    [
      { run: own, branch: 'PR' },
      { run: existing, branch: 'PR' },
    ],
  );
  assert.deepEqual(
    found.map((f) => [f.rule, f.location?.file, f.location?.line, f.data?.table]),
    [['table-rewrite', 'migrations/003_accounts.sql', 1, 'public.accounts']],
  );

  // Created on the base branch, it is production's: the same ALTER is reported.
  const onBase = mergeMeasured(
    [],
    [
      {
        run: await run(
          '001_invoices.sql',
          'CREATE TABLE invoices (id bigint, total int);\n',
          measuredAlter('public.invoices'),
        ),
        branch: 'base',
      },
      {
        run: await run(
          '002_alter.sql',
          'ALTER TABLE invoices ALTER COLUMN total TYPE bigint;\n',
          measuredAlter('public.invoices'),
        ),
        branch: 'PR',
      },
    ],
  );
  assert.deepEqual(
    onBase.map((f) => f.rule),
    ['table-rewrite'],
  );
});

test('a wait without a rewrite on an existing table is blocks-traffic, naming only the existing tables', async () => {
  const waits = (text: string): StatementRun['trace'] =>
    text.startsWith('ALTER')
      ? {
          locks: [{ relation: 'public.accounts', mode: 'AccessExclusiveLock' }],
          rewrites: [],
          lockTimeout: '0',
          statementTimeout: '0',
          probe: {
            tables: ['public.invoices', 'public.accounts'],
            readBlockedMs: 4,
            writeBlockedMs: 4,
            reads: 2,
            writes: 2,
          },
        }
      : { locks: [], rewrites: [], lockTimeout: '0', statementTimeout: '0' };
  const r = await run(
    '002_both.sql',
    'CREATE TABLE invoices (id bigint, account_id bigint);\nALTER TABLE accounts ADD CONSTRAINT accounts_pk PRIMARY KEY (id);\n',
    waits,
  );
  const found = mergeMeasured([], [{ run: r, branch: 'PR' }]);
  assert.deepEqual(
    found.map((f) => [f.rule, f.location?.line, f.data?.tables]),
    [['blocks-traffic', 2, ['public.accounts']]],
  );
  assert.match(found[0].message, /second session's queries on public\.accounts waited/);
});
