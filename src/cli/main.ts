/**
 * The CLI: `backend-gate <mode> [subcommand] [options]`. Same settings and findings as the
 * Action; exit codes 0 pass, 1 gate failed, 2 usage or configuration error, 3 internal error.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError, errorMessage } from '../errors.js';
import { loadMode, type FlagValues, type ModeCommand } from '../modes.js';
import { Redactor } from '../report/mask.js';
import { blockingFindings, gatePasses } from '../report/gate.js';
import type { Mode } from '../report/types.js';
import { MODES } from '../report/types.js';
import { parseFailOn, parseFormat, type OutputFormat } from '../settings/settings.js';
import { VERSION } from '../version.js';
import { TerminalLogger } from './terminal-logger.js';

export const EXIT = { pass: 0, gateFailed: 1, usage: 2, internal: 3 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every mode takes; the names match the Action's inputs. */
export const GLOBAL_OPTIONS: Options = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  'working-directory': { type: 'string', short: 'C' },
  'report-json': { type: 'string' },
  'sarif-file': { type: 'string' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
};

const GLOBAL_HELP = `Options for every mode:
  -c, --config FILE            config file (default .backend-gate.yml; missing is fine unless named)
  -f, --format FORMAT          text | json | markdown | sarif (default text)
      --fail-on LEVEL          error | warning | never (default error, or fail-on in the config)
  -C, --working-directory DIR  run as if started in DIR
      --report-json FILE       also write the JSON report to FILE
      --sarif-file FILE        also write SARIF 2.1.0 to FILE
      --no-color               no ANSI colours (also NO_COLOR=1; off when stdout is not a TTY)
  -v, --verbose                debug lines on stderr
  -h, --help                   this help

Exit codes: 0 pass, 1 gate failed, 2 usage or configuration error, 3 internal error.`;

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const defaultIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.stderr.write(`backend-gate: ${e.describe()}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`backend-gate: internal error (a bug, please report it): ${errorMessage(e)}\n`);
    if (e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT.internal;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(await topLevelHelp());
    return first === undefined ? EXIT.usage : EXIT.pass;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.pass;
  }
  if (first === 'demo') {
    const { runDemo } = await import('./demo.js');
    return runDemo(rest, io);
  }
  if (!(MODES as readonly string[]).includes(first)) {
    throw new ConfigurationError(
      `unknown command '${first}'. Expected one of: ${[...MODES, 'demo'].join(', ')}. Run 'backend-gate --help'.`,
    );
  }
  const mode = first as Mode;
  const command = await loadMode(mode);
  const parsed = parseModeArgs(command, rest);
  if (parsed.values.help) {
    io.stdout.write(await modeHelp(command));
    return EXIT.pass;
  }
  return runAndReport(mode, parsed.values, parsed.positionals, io);
}

export function parseModeArgs(command: ModeCommand, args: string[]): { values: FlagValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as FlagValues, positionals };
  } catch (e) {
    // parseArgs' messages name the flag; add where to look.
    throw new ConfigurationError(`${errorMessage(e)} See 'backend-gate ${command.mode} --help'.`);
  }
}

export async function runAndReport(mode: Mode, values: FlagValues, positionals: string[], io: CliIo): Promise<number> {
  // Loaded here, not at the top: `--version` and `--help` need neither the pipeline nor the renderers.
  const [{ runMode }, { renderReports, writeSideFiles }] = await Promise.all([
    import('../pipeline.js'),
    import('../render.js'),
  ]);
  const format: OutputFormat = parseFormat(values.format as string | undefined);
  const color = Boolean(io.stdout.isTTY) && !values['no-color'] && !io.env.NO_COLOR && format === 'text';
  const redactor = new Redactor();
  const log = new TerminalLogger(io.stderr, Boolean(values.verbose), color, redactor);
  const configPath = (values.config as string | undefined) ?? '.backend-gate.yml';
  const workingDirectory = path.resolve(io.cwd, (values['working-directory'] as string | undefined) ?? '.');
  const { report, settings } = await withInterrupts((signal) =>
    runMode({
      mode,
      positionals,
      flags: values,
      configPath,
      configRequired: values.config !== undefined,
      workingDirectory,
      overrides: {
        failOn: parseFailOn(values['fail-on'] as string | undefined, '--fail-on'),
        reportJson: values['report-json'] as string | undefined,
        sarifFile: values['sarif-file'] as string | undefined,
      },
      log,
      redactor,
      env: io.env,
      signal,
    }),
  );
  const passed = gatePasses([report], settings.failOn);
  const rendered = await renderReports([report], { format, color, passed });
  io.stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  await writeSideFiles([report], {
    reportJson: settings.reportJson,
    sarifFile: settings.sarifFile,
    cwd: workingDirectory,
    passed,
    configFile: configPath,
  });
  const blocking = blockingFindings(report.findings, settings.failOn).length;
  if (!passed)
    io.stderr.write(`backend-gate ${mode}: gate failed (${blocking} finding(s) at or above '${settings.failOn}').\n`);
  return passed ? EXIT.pass : EXIT.gateFailed;
}

/** Ctrl-C aborts the run; runners then stop servers and drop scratch databases before we exit. */
async function withInterrupts<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    process.stderr.write(`\nbackend-gate: ${sig} received, cleaning up (press again to quit at once)…\n`);
    controller.abort(new ConfigurationError(`interrupted by ${sig}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await fn(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function topLevelHelp(): Promise<string> {
  const lines = [
    `backend-gate ${VERSION} — gate backend pull requests`,
    '',
    'Usage: backend-gate <command> [options]',
    '',
    'Commands:',
  ];
  for (const mode of MODES) {
    let summary = '';
    try {
      summary = (await loadMode(mode)).summary;
    } catch {
      summary = '(not available in this build)';
    }
    lines.push(`  ${mode.padEnd(11)} ${summary}`);
  }
  lines.push(`  ${'demo'.padEnd(11)} run every mode on the bundled demo project (embedded PostgreSQL, demo app)`);
  lines.push('', "Run 'backend-gate <command> --help' for a command's options.", '', GLOBAL_HELP, '');
  return lines.join('\n');
}

export async function modeHelp(command: ModeCommand): Promise<string> {
  const help = typeof command.help === 'string' ? command.help : await command.help();
  return `${help.trimEnd()}\n\n${GLOBAL_HELP}\n`;
}
