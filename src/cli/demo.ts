/**
 * `backend-gate demo`: every mode on the bundled demo project (fixtures/demo), with one
 * embedded PostgreSQL for migrations and audit and the demo app for the load test.
 * It is the README's first command: it must work on a machine with no Docker and no Postgres.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { FlagValues } from '../modes.js';
import { runMode } from '../pipeline.js';
import { createScratchDatabase, startPostgres, withClient, type PostgresServer } from '../postgres/index.js';
import { countBySeverity, gatePasses } from '../report/gate.js';
import { Redactor } from '../report/mask.js';
import { MODES, type Mode, type Report } from '../report/types.js';
import { parseFormat } from '../settings/settings.js';
import { renderReports } from '../render.js';
import type { CliIo } from './main.js';
import { TerminalLogger } from './terminal-logger.js';

export const DEMO_DIR = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

const HELP = `Usage: backend-gate demo [--mode MODE]... [--format text|markdown|json]

Runs every mode on the bundled demo project (fixtures/demo: an orders/users API, its OpenAPI
spec and SQL migrations) with an embedded PostgreSQL and the demo app, and prints each report.
Exits 1 because the demo's newest migration adds a foreign key without an index, on purpose.
`;

export async function runDemo(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        mode: { type: 'string', multiple: true },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    throw new ConfigurationError(`${errorMessage(e)} See 'backend-gate demo --help'.`);
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = parseFormat(values.format);
  if (format === 'sarif')
    throw new ConfigurationError("demo prints text, markdown or json; use '<mode> --format sarif' for SARIF.");
  const modes = (values.mode ?? [...MODES]).map((m) => {
    if (!(MODES as readonly string[]).includes(m))
      throw new ConfigurationError(`Invalid --mode '${m}'. Expected one of: ${MODES.join(', ')}.`);
    return m as Mode;
  });
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && format === 'text';
  const redactor = new Redactor();
  const log = new TerminalLogger(io.stderr, false, color, redactor);
  const needsPostgres = modes.includes('migrations') || modes.includes('audit');
  const reports: Report[] = [];
  let server: PostgresServer | undefined;
  try {
    if (needsPostgres) {
      server = await log.group('Starting an embedded PostgreSQL for the demo', () =>
        startPostgres({ provider: 'embedded', log, redactor }),
      );
    }
    for (const mode of modes) {
      const report = await log.group(`backend-gate ${mode} (demo)`, () =>
        runDemoMode(mode, server, log, redactor, io.env),
      );
      reports.push(report);
      if (format !== 'json') {
        const passed = gatePasses([report], 'error');
        io.stdout.write(`${await renderReports([report], { format, color, passed })}\n\n`);
      }
    }
  } finally {
    await server?.stop();
  }
  const passed = gatePasses(reports, 'error');
  if (format === 'json') {
    io.stdout.write(`${await renderReports(reports, { format, color: false, passed })}\n`);
  } else {
    io.stdout.write('Demo summary\n');
    for (const r of reports) {
      const c = countBySeverity(r.findings);
      const result = gatePasses([r], 'error') ? 'pass' : 'FAIL';
      io.stdout.write(
        `  ${r.mode.padEnd(11)} ${result.padEnd(5)} ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)\n`,
      );
    }
    io.stdout.write(
      passed
        ? 'The gate passes.\n'
        : 'The gate fails (exit 1): the demo has problems on purpose; the reports above say which.\n',
    );
  }
  return passed ? 0 : 1;
}

async function runDemoMode(
  mode: Mode,
  server: PostgresServer | undefined,
  log: TerminalLogger,
  redactor: Redactor,
  env: NodeJS.ProcessEnv,
): Promise<Report> {
  const flags: FlagValues = {};
  let drop: (() => Promise<void>) | undefined;
  if (mode === 'migrations' && server) {
    // Scratch databases are created on the demo's own server.
    flags['database-url'] = server.adminUrl;
  }
  if (mode === 'audit' && server) {
    // The audit reads a live database: here, a scratch database with the demo's migrations applied.
    const db = await createScratchDatabase(server, 'demo_audit');
    drop = db.drop;
    await applyDemoMigrations(db.url);
    flags['database-url'] = db.url;
  }
  try {
    const { report } = await runMode({
      mode,
      positionals: [],
      flags,
      configPath: '.backend-gate.yml',
      configRequired: true,
      workingDirectory: DEMO_DIR,
      overrides: {},
      log,
      redactor,
      env,
    });
    return report;
  } finally {
    await drop?.();
  }
}

async function applyDemoMigrations(url: string): Promise<void> {
  const dir = path.join(DEMO_DIR, 'migrations');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql') && !f.includes('.down.') && !f.includes('rollback'))
    .sort();
  await withClient(url, async (c) => {
    for (const f of files) await c.query(readFileSync(path.join(dir, f), 'utf8'));
    // Rows and statement statistics, so the audit has a database that looks lived in.
    await c.query(readFileSync(path.join(DEMO_DIR, 'app', 'seed.sql'), 'utf8'));
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await c.query('ANALYZE');
    for (let user = 1; user <= 200; user++) {
      await c.query('SELECT id, status FROM orders WHERE user_id = $1 ORDER BY created_at DESC LIMIT 20', [user]);
    }
  });
}
