/**
 * Plain text for a terminal, in the seed tools' layout (`=== Load Test Report ===`, sections in
 * capitals, findings one per line). Colour only when asked: the CLI asks on a TTY without NO_COLOR.
 */
import { countBySeverity, sortFindings } from './gate.js';
import type { Chart, Finding, Report, Severity, Table } from './types.js';

export interface TerminalOptions {
  color: boolean;
  /** The gate result for this report; default: passed when it has no error. */
  passed?: boolean;
}

const TITLES: Record<Report['mode'], string> = {
  routes: 'Routes',
  migrations: 'Migrations',
  loadtest: 'Load Test',
  audit: 'Database Audit',
};

export function renderTerminal(report: Report, opts: TerminalOptions): string {
  const paint = painter(opts.color);
  const counts = countBySeverity(report.findings);
  const passed = opts.passed ?? counts.error === 0;
  const out: string[] = [];

  out.push(paint.bold(`=== ${TITLES[report.mode]} Report ===`));
  if (report.summary) out.push(clean(report.summary));
  const tally = (['error', 'warning', 'notice'] as const).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
  out.push(`Result: ${passed ? paint.green('PASSED') : paint.red('FAILED')} (${tally.join(', ')})`);

  const metrics = Object.entries(report.metrics);
  if (metrics.length > 0) {
    out.push('', paint.bold('METRICS:'));
    const width = Math.max(...metrics.map(([k]) => k.length));
    for (const [k, v] of metrics) out.push(`  ${clean(k).padEnd(width)}  ${formatNumber(v)}`);
  }

  for (const table of report.tables) out.push('', ...tableLines(table, paint));
  for (const chart of report.charts) out.push('', ...chartLines(chart, paint));

  if (report.findings.length > 0) {
    out.push('', paint.bold(`FINDINGS (${report.findings.length}):`));
    out.push(...findingLines(sortFindings(report.findings), paint));
  }

  if (report.artifacts.length > 0) {
    out.push('', paint.bold('FILES (their content is in the JSON report; written only where the mode says so):'));
    for (const a of report.artifacts) out.push(`  ${clean(a.kind)}: ${clean(a.path)}`);
  }

  if (report.details && report.details.length > 0) {
    out.push('', paint.bold('DETAILS:'));
    for (const line of report.details) out.push(clean(line));
  }
  return out.join('\n') + '\n';
}

function findingLines(findings: Finding[], paint: Painter): string[] {
  const ruleWidth = Math.min(40, Math.max(...findings.map((f) => f.rule.length)));
  const where = findings.map((f) => (f.location?.file ? locationText(f) : '-'));
  const whereWidth = Math.min(50, Math.max(...where.map((w) => w.length)));
  const lines: string[] = [];
  findings.forEach((f, i) => {
    const level = paint.severity(f.severity, f.severity.padEnd(7));
    lines.push(
      `${level}  ${clean(f.rule).padEnd(ruleWidth)}  ${clean(where[i]).padEnd(whereWidth)}  ${clean(f.message)}`,
    );
    const indent = ' '.repeat(9);
    if (f.fix) {
      lines.push(paint.dim(`${indent}fix: ${clean(f.fix.description)}`));
      if (f.fix.text) for (const l of f.fix.text.replace(/\n+$/, '').split('\n')) lines.push(`${indent}  ${clean(l)}`);
      for (const file of f.fix.files ?? []) lines.push(paint.dim(`${indent}  writes ${clean(file.path)}`));
    }
    const data = Object.entries(f.data ?? {});
    if (data.length > 0) {
      lines.push(paint.dim(`${indent}${data.map(([k, v]) => `${clean(k)}=${clean(valueText(v))}`).join('  ')}`));
    }
  });
  return lines;
}

function tableLines(table: Table, paint: Painter): string[] {
  const rows = table.rows.map((r) => table.columns.map((_c, i) => clean(cellText(r[i] ?? ''))));
  const header = table.columns.map(clean);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // Numbers line up on the right, words on the left.
  const numeric = header.map((_h, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number'));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    paint.bold(`${clean(table.title).toUpperCase()}:`),
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
}

const SPARKS = '▁▂▃▄▅▆▇█';
const SPARK_WIDTH = 40;

/** One sparkline per series: the shape at a glance, with min and max for scale. */
function chartLines(chart: Chart, paint: Painter): string[] {
  const lines = [paint.bold(`${clean(chart.title).toUpperCase()}:`)];
  const nameWidth = Math.max(0, ...chart.series.map((s) => s.name.length));
  for (const s of chart.series) {
    const values = downsample(
      s.values.filter((v) => Number.isFinite(v)),
      SPARK_WIDTH,
    );
    if (values.length === 0) continue;
    const min = Math.min(...values);
    const max = Math.max(...values);
    const spark = values
      .map((v) => SPARKS[max === min ? 0 : Math.round(((v - min) / (max - min)) * (SPARKS.length - 1))])
      .join('');
    const unit = chart.yLabel ? ` ${clean(chart.yLabel)}` : '';
    lines.push(`  ${clean(s.name).padEnd(nameWidth)}  ${spark}  ${formatNumber(min)}..${formatNumber(max)}${unit}`);
  }
  if (chart.x.length > 0) {
    lines.push(
      paint.dim(`  ${chart.xLabel ? clean(chart.xLabel) + ': ' : ''}${chart.x[0]} .. ${chart.x[chart.x.length - 1]}`),
    );
  }
  return lines;
}

function downsample(values: number[], width: number): number[] {
  if (values.length <= width) return values;
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const bucket = values.slice(Math.floor((i * values.length) / width), Math.floor(((i + 1) * values.length) / width));
    out.push(bucket.reduce((a, b) => a + b, 0) / bucket.length);
  }
  return out;
}

interface Painter {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  severity(s: Severity, text: string): string;
}

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  const red = wrap(31, 39);
  const yellow = wrap(33, 39);
  const cyan = wrap(36, 39);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red,
    green: wrap(32, 39),
    severity: (s, text) => (s === 'error' ? red(text) : s === 'warning' ? yellow(text) : cyan(text)),
  };
}

/**
 * Text from a report may carry escape sequences (a server's error output): strip them and other
 * control characters so a report cannot repaint the terminal, and `color: false` means no ANSI at all.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f]/g;

function clean(text: string): string {
  return text.replace(CONTROL, '');
}

function locationText(f: Finding): string {
  const loc = f.location!;
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}

function cellText(v: string | number): string {
  return typeof v === 'number' ? formatNumber(v) : v.replace(/\r?\n/g, ' ');
}

function valueText(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : (Math.round(n * 100) / 100).toLocaleString('en-US');
}
