/**
 * Our migrations dry-run vs a raw `psql -f` apply of the same 100 generated migrations, on one
 * embedded PostgreSQL, in the same run.
 *
 *   node --import tsx bench/migrations-dryrun/run.ts [--runs 3] [--psql /usr/bin/psql]
 *
 * psql: CREATE DATABASE, one `psql -v ON_ERROR_STOP=1 -f 001.sql -f 002.sql …`, DROP DATABASE.
 * Ours: `runMigrations` against the same server (database-url), which also creates and drops its
 * scratch database, lints the PR's files, applies the base branch's files, seeds, traces every PR
 * statement (duration, locks, rewrite, timeouts) and runs the schema-health checks on base and head.
 * Variants:
 *   - all 100 as the PR's, blocking probe on and seed rows: informational. Every statement that
 *     touches an existing table (all but the 20 CREATE TABLE and 20 SET) runs while two more sessions read
 *     and write that table and a third watches them wait; no table exists before the PR, so there
 *     are no rows to seed. The per-statement probe is work psql does not do at all;
 *   - all 100 as the PR's, probe off and no seed rows (trace + lint + health);
 *   - a typical PR: 97 on the base branch, 3 new (probe and seed on: 10,000 rows per table).
 * --runs rounds (default 3), each running psql and then every variant once, so that load from
 * other work on a shared machine falls on both sides; medians. The ratio is ours / psql, of the
 * medians and (in parentheses) the median of the rounds' own ratios. Each row also says what was
 * measured (statements traced, probed, rows seeded), read from the report.
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
import type { Report } from '../../src/report/types.js';

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
    console.log(
      `PostgreSQL ${server.version} (${server.kind}); 100 migrations, ${RUNS} rounds (median); each round runs psql, then each variant`,
    );
    const variants: [string, RawMigrations, string][] = [
      ['ours, 100 new, probe + seed rows        ', {}, '(informational: probe on every statement)'],
      ['ours, 100 new, no probe, no seed rows   ', { probe: false, 'seed-rows': 0 }, 'goal ≤ 1.5×'],
      ['ours, 97 base + 3 new, probe + seed rows', { 'base-version': 97 }, 'goal ≤ 1.5× (typical PR)'],
    ];
    // Rounds, not one side after the other: load from other work on a shared machine then weighs
    // on psql and on ours alike instead of on whichever ran while it lasted.
    const psqlMs: number[] = [];
    const oursMs: number[][] = variants.map(() => []);
    const measured: string[] = variants.map(() => '');
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
      for (const [k, [, raw]] of variants.entries()) {
        const settings = buildMigrationsSettings(
          { dir: 'migrations', 'check-down': false, ...raw },
          { 'database-url': server.adminUrl },
          work,
        );
        const t1 = performance.now();
        const report = await runMigrations(settings, { log: silentLogger, redactor: new Redactor() });
        oursMs[k].push(performance.now() - t1);
        const applied = report.metrics.applied;
        if (applied !== 100) throw new Error(`dry-run applied ${applied} of 100: ${report.summary}`);
        measured[k] = whatWasMeasured(report);
      }
    }
    const psql = median(psqlMs);
    console.log(`psql -f (create db + apply + drop)          ${psql.toFixed(0).padStart(6)} ms`);
    for (const [k, [label, , goal]] of variants.entries()) {
      const m = median(oursMs[k]);
      const perRound = median(oursMs[k].map((ms, i) => ms / psqlMs[i]));
      console.log(
        `${label}     ${m.toFixed(0).padStart(6)} ms   ratio ${(m / psql).toFixed(2)}× psql (per round ${perRound.toFixed(2)}×)   ${goal}`,
      );
      console.log(`    ${measured[k]}`);
    }
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** 'traced 140 statements, probed 99, seeded 19800 rows': what the run measured, from its report. */
function whatWasMeasured(report: Report): string {
  const traced = report.tables.find((t) => t.title === 'Statements of the PR (measured)')?.rows ?? [];
  const probed = traced.filter((r) => r[5] !== '–').length;
  return `traced ${traced.length} statements, probed ${probed}, seeded ${report.metrics.seededRows} rows`;
}

await main();
