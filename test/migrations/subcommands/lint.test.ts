// `backend-gate migrations lint`: the static lint alone, no database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { lintMigrationFile } from '../../../src/migrations/lint/index.js';
import { runnerWraps } from '../../../src/migrations/run.js';
import { localFolder } from '../../../src/migrations/sources/files.js';
import { readFolder } from '../../../src/migrations/sources/layouts.js';
import { ConfigurationError } from '../../../src/errors.js';
import { project, runMigrationsMode } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/migrations/', import.meta.url));
const CIC_AND_MORE = 'CREATE INDEX CONCURRENTLY users_name_idx ON users (name);\nALTER TABLE users DROP COLUMN age;\n';

test('a golang-migrate folder: a file of two statements is one transaction, so CIC in it is flagged with the tool note', async () => {
  const p = project({
    '.backend-gate.yml': 'migrations:\n  lint:\n    exclude: [prefer-robust-stmts, require-lock-timeout]\n',
    'migrations/1_users.up.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
    'migrations/1_users.down.sql': 'DROP INDEX users_email_idx;\n',
    'migrations/2_name.up.sql': CIC_AND_MORE,
    'migrations/2_name.down.sql': 'SELECT 1;\n',
  });
  try {
    const { report } = await runMigrationsMode(p.dir, ['lint'], {});
    const cic = report.findings.filter((f) => f.rule === 'ban-concurrent-index-creation-in-transaction');
    assert.deepEqual(
      cic.map((f) => [f.location?.file, f.location?.line]),
      [['migrations/2_name.up.sql', 1]],
    );
    assert.match(cic[0].fix?.description ?? '', /golang-migrate sends a whole file as one query/);
    assert.ok(report.findings.some((f) => f.rule === 'ban-drop-column'));
    assert.ok(!report.findings.some((f) => f.rule === 'prefer-robust-stmts' || f.rule === 'require-lock-timeout'));
    assert.equal(report.metrics.lintedFiles, 2, 'the up files only');
    assert.match(report.summary, /^Static lint of 2 migration file\(s\), no database/);
  } finally {
    p.remove();
  }
});

test('a file named on its own is plain SQL, run statement by statement: CIC beside other statements is fine', async () => {
  const p = project({ 'db/2_name.up.sql': CIC_AND_MORE, 'other.sql': 'DROP DATABASE prod;\n' });
  try {
    const { report } = await runMigrationsMode(p.dir, ['lint', 'db/2_name.up.sql', 'other.sql'], {});
    assert.ok(!report.findings.some((f) => f.rule === 'ban-concurrent-index-creation-in-transaction'));
    assert.deepEqual(report.tables[0].rows, [
      ['db/2_name.up.sql', report.findings.filter((f) => f.location?.file === 'db/2_name.up.sql').length],
      ['other.sql', 1],
    ]);
    assert.ok(report.findings.some((f) => f.rule === 'ban-drop-database' && f.location?.file === 'other.sql'));
  } finally {
    p.remove();
  }
});

test('a missing path and a command layout without paths are configuration errors that say what to do', async () => {
  const p = project({ '.backend-gate.yml': 'migrations:\n  layout: command\n  command: npx knex migrate:latest\n' });
  try {
    await assert.rejects(
      runMigrationsMode(p.dir, ['lint', 'nope.sql'], {}),
      (e) => e instanceof ConfigurationError && /'nope\.sql' does not exist/.test(e.message),
    );
    await assert.rejects(
      runMigrationsMode(p.dir, ['lint'], {}),
      (e) => e instanceof ConfigurationError && /name the files or folders/.test(e.message),
    );
  } finally {
    p.remove();
  }
});

test('for every layout fixture, the findings are those the migrations mode lints each file with', async () => {
  for (const [layout, dir] of [
    ['sql', 'sql/migrations'],
    ['golang-migrate', 'golang-migrate/migrations'],
    ['dbmate', 'dbmate/db/migrations'],
    ['flyway', 'flyway/db/migration'],
    ['prisma', 'prisma/prisma/migrations'],
    ['node-pg-migrate', 'node-pg-migrate/migrations'],
  ]) {
    const cwd = FIXTURES + layout;
    const { report } = await runMigrationsMode(cwd, ['lint', dir.slice(layout.length + 1)], {});
    const expected = [];
    for (const f of readFolder(localFolder(FIXTURES + dir, cwd))) {
      expected.push(...(await lintMigrationFile(f.sql, f.path, { inTransaction: await runnerWraps(f) })));
    }
    const key = (f: { rule: string; fingerprint: string; location?: { line?: number } }) =>
      `${f.rule} ${f.location?.line} ${f.fingerprint}`;
    assert.deepEqual(report.findings.map(key), expected.map(key), layout);
    assert.ok(report.findings.length > 0, layout);
  }
});

test('a folder with no migration files is a configuration error that points at the migrations folder inside it', async () => {
  const p = project({
    'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    'empty/README.md': 'none\n',
  });
  try {
    await assert.rejects(
      runMigrationsMode(p.dir, ['lint', '.'], {}),
      (e) =>
        e instanceof ConfigurationError &&
        /'\.' holds no migration files\. Did you mean 'migrations'\?/.test(e.message),
    );
    await assert.rejects(
      runMigrationsMode(p.dir, ['lint', 'empty'], {}),
      (e) => e instanceof ConfigurationError && /'empty' holds no migration files\. Name the folder/.test(e.message),
    );
    const { report } = await runMigrationsMode(p.dir, ['lint', 'migrations'], {});
    assert.equal(report.metrics.lintedFiles, 1);
  } finally {
    p.remove();
  }
});
