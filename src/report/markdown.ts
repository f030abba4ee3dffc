/**
 * GitHub-flavoured markdown for the sticky PR comment and the job summary. Errors come first and
 * long parts (fixes, measured data, raw details) are collapsed, so the comment reads in a glance;
 * the result is clipped at a clean boundary below GitHub's 65,536-character comment limit.
 * Findings about an API endpoint (`data.endpoint`, from the routes diff) are grouped by endpoint,
 * one collapsed block each with its counts per level, breaking endpoints first; others by level.
 */
import { countBySeverity, sortFindings } from './gate.js';
import type { Chart, Finding, Report, Severity, Table } from './types.js';

/** Below GitHub's 65,536-character limit for an issue comment, with room for the hidden marker. */
export const COMMENT_MAX_LENGTH = 65_000;

export interface MarkdownOptions {
  /** Upper bound of the result (default COMMENT_MAX_LENGTH), in `measure` units. */
  maxLength?: number;
  /** Where the full report is (the run's job summary); the clip notice links to it. */
  summaryUrl?: string;
  /** Start with a `##` heading naming the mode and the result (default true). */
  heading?: boolean;
  /** The gate result for this report; default: passed when it has no error. */
  passed?: boolean;
  /** 'chars' (default, what GitHub counts for comments) or 'bytes' (the job summary's limit is in bytes). */
  measure?: 'chars' | 'bytes';
  /** Replaces the sentence after "Report clipped…" (the job summary points to the JSON report instead). */
  clipNotice?: string;
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TITLE: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const counts = countBySeverity(report.findings);
  const passed = opts.passed ?? counts.error === 0;
  const blocks: string[] = [];

  if (opts.heading ?? true) {
    const icon = !passed ? '❌' : counts.warning > 0 ? '⚠️' : '✅';
    blocks.push(`## ${icon} backend-gate · ${report.mode} · ${passed ? 'passed' : 'failed'}`);
  }
  if (report.summary) blocks.push(inline(report.summary));
  blocks.push(
    (['error', 'warning', 'notice'] as const)
      .map((s) => `${ICON[s]} **${counts[s]}** ${plural(counts[s], s)}`)
      .join(' · '),
  );

  const byEndpoint = report.findings.filter((f) => endpointOf(f) !== undefined);
  blocks.push(...endpointBlocks(byEndpoint));
  blocks.push(...findingBlocks(report.findings.filter((f) => endpointOf(f) === undefined)));
  blocks.push(...metricsBlock(report.metrics));
  for (const table of report.tables) blocks.push(tableBlock(table));
  // Mermaid refuses an axis without labels: an empty chart is left out rather than shown broken.
  for (const chart of report.charts.filter((c) => c.x.length > 0 && c.series.length > 0))
    blocks.push(chartBlock(chart));
  if (report.artifacts.length > 0) {
    blocks.push(
      '#### Files\n\n' +
        report.artifacts.map((a) => `- ${inline(a.kind)}: ${code(a.path.replace(/\\/g, '/'))}`).join('\n'),
    );
  }
  if (report.details && report.details.length > 0) {
    blocks.push(details('Details', fenced(report.details.join('\n'), 'text')));
  }

  const text = blocks.join('\n\n') + '\n';
  return clipMarkdown(text, opts.maxLength ?? COMMENT_MAX_LENGTH, {
    summaryUrl: opts.summaryUrl,
    measure: opts.measure,
    notice: opts.clipNotice,
  });
}

function findingBlocks(findings: Finding[]): string[] {
  const blocks: string[] = [];
  const sorted = sortFindings(findings);
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofLevel = sorted.filter((f) => f.severity === severity);
    if (ofLevel.length === 0) continue;
    blocks.push(`### ${ICON[severity]} ${TITLE[severity]} (${ofLevel.length})`);
    // Grouped by file; findings without a file (a P99 threshold, a live-database check) by rule.
    const groups = new Map<string, Finding[]>();
    for (const f of ofLevel) {
      const key = f.location?.file ? `file:${f.location.file}` : `rule:${f.rule}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const [key, group] of groups) {
      const label = key.startsWith('file:') ? code(key.slice(5).replace(/\\/g, '/')) : `rule ${code(key.slice(5))}`;
      blocks.push(`#### ${label}`);
      for (const f of group) blocks.push(findingBlock(f));
    }
  }
  return blocks;
}

function endpointOf(f: Finding): string | undefined {
  const endpoint = f.data?.endpoint;
  return typeof endpoint === 'string' && endpoint !== '' ? endpoint : undefined;
}

/** One collapsed block per endpoint: `DELETE /orders/{id} — 1 error, 2 warnings`, most breaking first. */
function endpointBlocks(findings: Finding[]): string[] {
  if (findings.length === 0) return [];
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const endpoint = endpointOf(f)!;
    groups.set(endpoint, [...(groups.get(endpoint) ?? []), f]);
  }
  const ranked = [...groups].map(([endpoint, group]) => ({ endpoint, group, counts: countBySeverity(group) }));
  ranked.sort(
    (a, b) =>
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      b.counts.notice - a.counts.notice ||
      a.endpoint.localeCompare(b.endpoint),
  );
  const blocks = [`### Findings by endpoint (${ranked.length})`];
  for (const { endpoint, group, counts } of ranked) {
    const worst = (['error', 'warning', 'notice'] as const).find((s) => counts[s] > 0)!;
    const tally = (['error', 'warning', 'notice'] as const)
      .filter((s) => counts[s] > 0)
      .map((s) => `${counts[s]} ${plural(counts[s], s)}`)
      .join(', ');
    blocks.push(details(`${ICON[worst]} ${endpoint} — ${tally}`, group.map(endpointFinding).join('\n')));
  }
  return blocks;
}

/** A list item: rule and message (without the endpoint the summary already names), where, fix hint. */
function endpointFinding(f: Finding): string {
  const endpoint = endpointOf(f)!;
  const message = f.message.startsWith(`${endpoint}: `) ? f.message.slice(endpoint.length + 2) : f.message;
  const lines = [`- ${ICON[f.severity]} **${code(f.rule)}** — ${inline(message)}`];
  const { base, head, ...rest } = f.data ?? {};
  delete rest.endpoint;
  const where = [
    typeof base === 'string' && `base ${code(base)}`,
    typeof head === 'string' && `head ${code(head)}`,
  ].filter(Boolean);
  if (where.length === 0 && f.location?.file) where.push(code(locationText(f)));
  if (where.length > 0) lines.push(`  - where: ${where.join(' → ')}`);
  const data = Object.entries(rest);
  if (data.length > 0) lines.push(`  - ${data.map(([k, v]) => `${inline(k)}: ${code(valueText(v))}`).join(' · ')}`);
  if (f.fix) {
    lines.push(`  - fix: ${inline(f.fix.description)}`);
    const indent = (text: string) => text.replace(/^(?=.)/gm, '    ');
    if (f.fix.text) lines.push('', indent(fenced(f.fix.text, languageOf(f.fix.text))));
    for (const file of f.fix.files ?? []) {
      lines.push('', indent(`${code(file.path)}\n\n${fenced(file.content, languageOf(file.content, file.path))}`));
    }
  }
  return lines.join('\n');
}

function findingBlock(f: Finding): string {
  const where = f.location?.file ? ` · ${code(locationText(f))}` : '';
  const pointer = f.location?.pointer ? ` · ${code(f.location.pointer)}` : '';
  const lines = [`${ICON[f.severity]} **${code(f.rule)}**${where}${pointer} — ${inline(f.message)}`];
  const parts: string[] = [];
  if (f.fix) {
    if (f.fix.text) parts.push(fenced(f.fix.text, languageOf(f.fix.text)));
    for (const file of f.fix.files ?? []) {
      parts.push(`${code(file.path)}\n\n${fenced(file.content, languageOf(file.content, file.path))}`);
    }
  }
  const data = Object.entries(f.data ?? {});
  if (data.length > 0) {
    parts.push(data.map(([k, v]) => `- ${inline(k)}: ${code(valueText(v))}`).join('\n'));
  }
  if (f.fix || data.length > 0) {
    const summary = f.fix ? `Suggested fix: ${inline(f.fix.description)}` : 'Measured';
    lines.push(parts.length > 0 ? details(summary, parts.join('\n\n')) : `> ${summary}`);
  }
  return lines.join('\n\n');
}

function metricsBlock(metrics: Record<string, number>): string[] {
  const entries = Object.entries(metrics);
  if (entries.length === 0) return [];
  const table = markdownTable(
    ['metric', 'value'],
    entries.map(([k, v]) => [k, formatNumber(v)]),
  );
  return [details('Metrics', table)];
}

function tableBlock(table: Table): string {
  return `#### ${inline(table.title)}\n\n${markdownTable(table.columns, table.rows)}`;
}

export function markdownTable(columns: string[], rows: (string | number)[][]): string {
  const header = `| ${columns.map(cell).join(' | ')} |`;
  const rule = `| ${columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => `| ${columns.map((_c, i) => cell(r[i] ?? '')).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

/** A table cell: `|` would end the cell and a newline the row. */
export function cell(value: string | number): string {
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A Mermaid xychart (GitHub renders it); one line per series, named in a legend below it. */
function chartBlock(chart: Chart): string {
  const lines = ['xychart-beta', `  title ${quote(chart.title)}`];
  const labels = chart.x.map((x) => quote(String(x))).join(', ');
  lines.push(`  x-axis ${chart.xLabel ? quote(chart.xLabel) + ' ' : ''}[${labels}]`);
  if (chart.yLabel) lines.push(`  y-axis ${quote(chart.yLabel)}`);
  for (const s of chart.series) {
    lines.push(`  line [${s.values.map(chartNumber).join(', ')}]`);
  }
  const legend =
    chart.series.length > 1 ? '\n\n' + chart.series.map((s, i) => `line ${i + 1}: ${inline(s.name)}`).join(' · ') : '';
  return `#### ${inline(chart.title)}\n\n${fenced(lines.join('\n'), 'mermaid')}${legend}`;
}

/**
 * Mermaid has no escape inside a quoted string: swap the double quote for a single one. It also
 * refuses an empty string (`title ""`), so that becomes one space.
 */
function quote(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/\s+/g, ' ') || ' '}"`;
}

/** Mermaid reads plain decimals only: no exponent (1e-7, 1e+21), no NaN or Infinity. */
function chartNumber(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const text = String(v);
  return /e/i.test(text) ? v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}

function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

/** A fence longer than any run of backticks inside, so fix text cannot close it early. */
export function fenced(text: string, language = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

/** One line of prose: no raw HTML from a message (a `<details>` in an error text would break the layout). */
function inline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, ' ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function languageOf(text: string, file?: string): string {
  const ext = file?.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
  if (ext) return { ts: 'ts', js: 'js', mjs: 'js', sql: 'sql', yml: 'yaml', yaml: 'yaml', json: 'json' }[ext] ?? '';
  if (
    /^\s*(create|alter|drop|insert|update|delete|select|begin|commit|set|comment|with|reindex|vacuum)\b/i.test(text)
  ) {
    return 'sql';
  }
  return '';
}

function locationText(f: Finding): string {
  const loc = f.location!;
  const file = loc.file.replace(/\\/g, '/');
  return loc.line ? `${file}:${loc.line}` : file;
}

function valueText(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

function plural(n: number, severity: Severity): string {
  return n === 1 ? severity : `${severity}s`;
}

export interface ClipOptions {
  summaryUrl?: string;
  measure?: 'chars' | 'bytes';
  /** Where the full report is, in words; default: the job summary (linked when summaryUrl is given). */
  notice?: string;
}

/**
 * Cut markdown below maxLength at a blank line outside any code fence, close the `<details>` and
 * fence left open, and end with a line pointing to the full report. Text that fits is returned as is.
 */
export function clipMarkdown(text: string, maxLength: number, opts: ClipOptions = {}): string {
  const size = opts.measure === 'bytes' ? (s: string) => Buffer.byteLength(s, 'utf8') : (s: string) => s.length;
  if (size(text) <= maxLength) return text;
  const where = opts.summaryUrl ? `the [job summary](${opts.summaryUrl})` : 'the job summary of this workflow run';
  const pointer = opts.notice ?? `The full report is in ${where}.`;
  const notice = `\n---\n\n✂️ **Report clipped** to fit GitHub's size limit. ${pointer}\n`;
  const budget = maxLength - size(notice);
  if (budget <= 0) throw new Error(`clipMarkdown: maxLength ${maxLength} is too small for the clip notice`);

  interface Cut {
    /** Index in text just after the line. */
    end: number;
    /** Blank line outside any fence: the place a cut reads best. */
    blank: boolean;
    /** The fence still open after this line. */
    fence?: string;
    openDetails: number;
  }
  const cuts: Cut[] = [];
  let fence: string | undefined;
  let openDetails = 0;
  let end = 0;
  let used = 0;
  for (const line of text.split('\n')) {
    end += line.length + 1;
    used += size(line) + 1;
    if (used > budget) break;
    const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
    } else if (marker) {
      fence = marker;
    } else {
      openDetails += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
      openDetails = Math.max(0, openDetails);
    }
    cuts.push({ end, blank: line.trim() === '' && !fence, fence, openDetails });
  }
  // Prefer the last blank line outside a fence, unless that throws away much more than cutting
  // at the last whole line (inside one long code block), whose fence is then closed.
  const fits = (cut: Cut) => {
    const closing = (cut.fence ? `${cut.fence}\n` : '') + '\n</details>\n'.repeat(cut.openDetails);
    const head = text.slice(0, cut.end).replace(/\n*$/, '\n');
    return size(head) + size(closing) <= budget ? head + closing : undefined;
  };
  const lastFit = (candidates: Cut[]) => {
    for (let i = candidates.length - 1; i >= 0; i--) if (fits(candidates[i])) return candidates[i];
    return undefined;
  };
  const anyLine = lastFit(cuts);
  const blank = lastFit(cuts.filter((c) => c.blank));
  const best = blank && anyLine && blank.end >= anyLine.end * 0.8 ? blank : (anyLine ?? blank);
  if (best) return fits(best)! + notice;
  return notice.trimStart();
}
