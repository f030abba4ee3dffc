/**
 * Our migrations dry-run vs a raw `psql -f` apply of the same 100 generated migrations, on one
 * embedded PostgreSQL, in the same run.
 *
 *   node --import tsx bench/migrations-dryrun/run.ts [--runs 3] [--psql /usr/bin/psql]
 *
 * psql: CREATE DATABASE, one `psql -v ON_ERROR_STOP=1 -f 001.sql -f 002.sql …`, DROP DATABASE.
 * Ours: `runMigrations` against the same server (database-url), which also creates and drops its
 * scratch database, lints, traces every PR statement and runs the schema-health checks. Variants:
 *   - all 100 as the PR's, blocking probe on and seed rows (the full measurement);
 *   - all 100 as the PR's, probe off and no seed rows (trace + lint + health only);
 *   - a typical PR: 97 on the base branch, 3 new (probe and seed on).
 * Medians of --runs runs each; the ratio is ours / psql.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { silentLogger } from '../../src/log.js';
import { runMigrations } from '../../src/migrations/run.js';
import { buildMigrationsSettings, type RawMigrations } from '../../src/migrations/settings.js';
import { quoteIdent, startPostgres, urlForDatabase, withClient } from '../../src/postgres/index.js';
import { Redactor } from '../../src/report/mask.js';

const exec = promisify(execFile);
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, psql: { type: 'string', default: '/usr/bin/psql' } },
});
const RUNS = Number(values.runs);

/** 100 migrations: 20 tables, each created, then altered, indexed, linked and given a few rows. */
function generate(dir: string): void {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const file = (sql: string) => {
    n++;
    writeFileSync(path.join(dir, `${String(n).padStart(3, '0')}_step.sql`), sql);
  };
  for (let t = 0; t < 20; t++) {
    file(
      `CREATE TABLE t${t} (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  name text NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\n`,
    );
    file(
      `SET lock_timeout = '2s';\nALTER TABLE t${t} ADD COLUMN amount bigint;\nALTER TABLE t${t} ADD COLUMN note text;\n`,
    );
    file(`INSERT INTO t${t} (name, amount) SELECT 'row ' || g, g FROM generate_series(1, 200) g;\n`);
    file(
      t === 0
        ? `CREATE INDEX t0_name_idx ON t0 (name);\n`
        : `ALTER TABLE t${t} ADD COLUMN parent_id bigint REFERENCES t${t - 1} (id);\nCREATE INDEX t${t}_parent_idx ON t${t} (parent_id);\n`,
    );
    file(`CREATE INDEX CONCURRENTLY t${t}_created_idx ON t${t} (created_at);\n`);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-dryrun-'));
  const dir = path.join(work, 'migrations');
  generate(dir);
  const files = Array.from({ length: 100 }, (_, i) => path.join(dir, `${String(i + 1).padStart(3, '0')}_step.sql`));
  const server = await startPostgres({ provider: 'embedded', log: silentLogger, redactor: new Redactor() });
  try {
    console.log(`PostgreSQL ${server.version} (${server.kind}); 100 migrations, ${RUNS} runs each (median)`);
    const psqlMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const name = `bench_psql_${i}_${process.pid}`;
      const t0 = performance.now();
      await withClient(server.adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      await exec(values.psql!, [
        urlForDatabase(server.adminUrl, name),
        '-q',
        '-X',
        '-v',
        'ON_ERROR_STOP=1',
        ...files.flatMap((f) => ['-f', f]),
      ]);
      await withClient(server.adminUrl, (c) => c.query(`DROP DATABASE ${quoteIdent(name)} WITH (FORCE)`));
      psqlMs.push(performance.now() - t0);
    }
    const psql = median(psqlMs);
    console.log(`psql -f (create db + apply + drop)          ${psql.toFixed(0).padStart(6)} ms`);

    const variants: [string, RawMigrations][] = [
      ['ours, 100 new, probe + seed rows        ', {}],
      ['ours, 100 new, no probe, no seed rows   ', { probe: false, 'seed-rows': 0 }],
      ['ours, 97 base + 3 new, probe + seed rows', { 'base-version': 97 }],
    ];
    for (const [label, raw] of variants) {
      const ms: number[] = [];
      let applied = 0;
      for (let i = 0; i < RUNS; i++) {
        const settings = buildMigrationsSettings(
          { dir: 'migrations', 'check-down': false, ...raw },
          { 'database-url': server.adminUrl },
          work,
        );
        const t0 = performance.now();
        const report = await runMigrations(settings, { log: silentLogger, redactor: new Redactor() });
        ms.push(performance.now() - t0);
        applied = report.metrics.applied;
        if (applied !== 100) throw new Error(`dry-run applied ${applied} of 100: ${report.summary}`);
      }
      const m = median(ms);
      console.log(`${label}     ${m.toFixed(0).padStart(6)} ms   ratio ${(m / psql).toFixed(2)}× psql`);
    }
    console.log('goal: ≤ 1.5× psql');
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
