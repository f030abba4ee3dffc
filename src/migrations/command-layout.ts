/**
 * The `command` layout: the project's own tool (knex, TypeORM, Rails, node-pg-migrate JS
 * migrations…) applies the migrations to a scratch database whose URL is exported as
 * DATABASE_URL; backend-gate then analyses the schema it produced. With a git base, the tool
 * first runs on the base commit's files (extracted with `git archive`, the working tree and the
 * repository untouched), so schema findings are the PR's own; the PR's run then applies only
 * what the tool sees as pending.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { ConfigurationError, errorMessage } from '../errors.js';
import { connect, createScratchDatabase } from '../postgres/index.js';
import { fingerprint } from '../report/fingerprint.js';
import { emptyReport, type Finding, type Report } from '../report/types.js';
import { runSchemaHealthChecks } from '../schema-health/index.js';
import type { RunDeps } from './run.js';
import { startMigrationsPostgres, type MigrationsSettings } from './settings.js';
import { databaseEnv, runShellCommand, type CommandResult } from './sources/command.js';

const exec = promisify(execFile);

export async function runCommandLayout(settings: MigrationsSettings, deps: RunDeps): Promise<Report> {
  const command = settings.command!;
  const server = await startMigrationsPostgres(settings, deps);
  const findings: Finding[] = [];
  const runs: { branch: 'base' | 'PR'; result: CommandResult }[] = [];
  let tables = 0;
  try {
    const db = await createScratchDatabase(server, 'migrations');
    const env = { ...process.env, ...databaseEnv(db.url) };
    let client: pg.Client | undefined;
    let baseTree: { cwd: string; remove: () => void } | undefined;
    try {
      client = await connect(db.url);
      const known = new Set<string>();
      let ok = true;
      if (settings.base.kind === 'git') {
        baseTree = await extractBase(settings.base.ref, settings.workingDirectory);
        const result = await runOnce(command, 'base', baseTree.cwd, env, settings, deps);
        runs.push({ branch: 'base', result });
        ok = result.ok;
        if (ok && !settings.all) for (const f of await runSchemaHealthChecks({ db: client })) known.add(f.fingerprint);
      } else if (settings.base.kind !== 'none') {
        deps.log.warning(
          `migrations base '${settings.base.kind}' does not apply to the command layout (the tool decides what is pending); give a git ref as base to report only the PR's schema findings.`,
        );
      }
      if (ok) {
        const result = await runOnce(command, 'PR', settings.workingDirectory, env, settings, deps);
        runs.push({ branch: 'PR', result });
        if (result.ok) {
          findings.push(...(await runSchemaHealthChecks({ db: client })).filter((f) => !known.has(f.fingerprint)));
          tables = Number(
            (
              await client.query<{ n: string }>(
                `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`,
              )
            ).rows[0].n,
          );
        }
      }
    } finally {
      await client?.end().catch(() => {});
      await db.drop();
      baseTree?.remove();
    }
  } finally {
    await server.stop();
  }
  for (const { branch, result } of runs) {
    if (!result.ok) findings.push(commandFailed(command, branch, result, deps));
  }
  const report = emptyReport(
    'migrations',
    `migrations applied by \`${command}\` to PostgreSQL ${server.version} (${server.kind})` +
      (runs.some((r) => !r.result.ok) ? '; the command failed' : ''),
  );
  report.findings = findings;
  report.metrics = {
    applyMs: Math.round(runs.reduce((n, r) => n + r.result.durationMs, 0)),
    tables,
    missingIndexes: findings.filter((f) => f.rule === 'foreign-key-without-index').length,
  };
  report.tables.push({
    title: 'Migration command runs',
    columns: ['Branch', 'Command', 'Duration (ms)', 'Result'],
    rows: runs.map((r) => [
      r.branch,
      command,
      Math.round(r.result.durationMs),
      r.result.ok ? 'ok' : (r.result.stopped ?? `exit code ${r.result.exitCode}`),
    ]),
  });
  report.details = [`Layout: command (\`${command}\`)`, `Tables: ${tables}`];
  return report;
}

async function runOnce(
  command: string,
  where: 'base' | 'PR',
  cwd: string,
  env: NodeJS.ProcessEnv,
  settings: MigrationsSettings,
  deps: RunDeps,
): Promise<CommandResult> {
  const result = await runShellCommand(command, {
    cwd,
    env,
    timeoutMs: settings.commandTimeoutMs,
    signal: deps.signal,
  });
  deps.log.info(
    `${result.ok ? '✓' : '✗'} \`${command}\` (${where}): ${result.ok ? 'ok' : (result.stopped ?? `exit code ${result.exitCode}`)} in ${Math.round(result.durationMs)} ms`,
  );
  return result;
}

/** The base commit's files in a temp folder (same place relative to the repository), node_modules linked. */
async function extractBase(ref: string, workingDirectory: string): Promise<{ cwd: string; remove: () => void }> {
  let top: string;
  try {
    top = (await exec('git', ['rev-parse', '--show-toplevel'], { cwd: workingDirectory })).stdout.trim();
    await exec('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: workingDirectory });
  } catch (e) {
    throw new ConfigurationError(
      `migrations base '${ref}' is not a git commit in ${workingDirectory} (${errorMessage(e).split('\n')[0]}). In CI, fetch the base branch (actions/checkout with fetch-depth: 0).`,
    );
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'backend-gate-base-'));
  const remove = () => rmSync(tmp, { recursive: true, force: true });
  const tree = path.join(tmp, 'tree');
  try {
    await exec('sh', ['-c', `mkdir -p "$1" && git archive --format=tar "$2" | tar -x -C "$1"`, 'sh', tree, ref], {
      cwd: top,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    remove();
    throw e;
  }
  const rel = path.relative(top, workingDirectory);
  const cwd = path.join(tree, rel);
  // The tool itself is not in git: use the installed one.
  for (const dir of new Set([workingDirectory, top])) {
    const modules = path.join(dir, 'node_modules');
    const target = path.join(tree, path.relative(top, dir), 'node_modules');
    if (existsSync(modules) && !existsSync(target)) symlinkSync(modules, target, 'dir');
  }
  return { cwd, remove };
}

function commandFailed(command: string, branch: 'base' | 'PR', r: CommandResult, deps: RunDeps): Finding {
  const why = r.stopped ?? `exit code ${r.exitCode}`;
  const output = deps.redactor.redact(r.output).split('\n').slice(-15).join('\n');
  return {
    rule: 'migration-failed',
    severity: 'error',
    message: `The migration command \`${command}\` failed on the ${branch === 'base' ? "base branch's" : "PR's"} migrations (${why}).${output ? ` Its last output:\n${output}` : ''}`,
    fingerprint: fingerprint('migration-failed', 'command', branch, command),
    data: { branch, exitCode: r.exitCode, output },
  };
}
