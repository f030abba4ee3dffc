import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadtestCommand } from '../../src/loadtest/command.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { emptyReport, type Report } from '../../src/report/types.js';
import { contextFor, startServer } from '../loadtest/helpers.js';

/**
 * The lines of Mermaid's xychart grammar we emit (checked against mermaid 11's own parser):
 * labels are double-quoted and never empty, numbers are plain decimals (no exponent, NaN, `.5`).
 */
const STRING = '"[^"\\n]+"';
const NUMBER = '-?\\d+(?:\\.\\d+)?';
const TITLE = new RegExp(`^  title (${STRING})$`);
const X_AXIS = new RegExp(`^  x-axis (?:(${STRING}) )?\\[(${STRING}(?:, ${STRING})*)\\]$`);
const Y_AXIS = new RegExp(`^  y-axis ${STRING}$`);
const LINE = new RegExp(`^  line \\[(${NUMBER}(?:, ${NUMBER})*)\\]$`);

interface ParsedChart {
  title: string;
  xTitle?: string;
  labels: string[];
  lines: number[][];
}

/** Checks one ```mermaid block line by line and returns what it says. */
function parseXyChart(block: string): ParsedChart {
  const [first, ...rest] = block.split('\n');
  assert.equal(first, 'xychart-beta');
  const chart: ParsedChart = { title: '', labels: [], lines: [] };
  for (const line of rest) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(TITLE))) chart.title = JSON.parse(m[1]) as string;
    else if ((m = line.match(X_AXIS))) {
      chart.xTitle = m[1] && (JSON.parse(m[1]) as string);
      chart.labels = JSON.parse(`[${m[2]}]`) as string[];
    } else if (Y_AXIS.test(line)) continue;
    else if ((m = line.match(LINE))) chart.lines.push(m[1].split(', ').map(Number));
    else assert.fail(`not a valid xychart line: ${JSON.stringify(line)}`);
  }
  assert.ok(chart.title !== '', 'a title');
  assert.ok(chart.labels.length > 0, 'an x-axis with labels');
  assert.ok(chart.lines.length > 0, 'at least one series');
  for (const l of chart.lines) assert.equal(l.length, chart.labels.length, 'one value per label');
  return chart;
}

function mermaidBlocks(md: string): string[] {
  return [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
}

test('a real load test report draws its percentile and p99-per-second charts as valid Mermaid xycharts', async () => {
  const server = await startServer((n) => ({ status: 200, delayMs: n % 4 }));
  let report: Report;
  try {
    report = await loadtestCommand.run(contextFor('{}'), {
      positionals: [`${server.url}/orders`],
      flags: { concurrency: '4', duration: '2' },
    });
  } finally {
    await server.close();
  }
  assert.equal(report.charts.length, 2, report.charts.map((c) => c.title).join(', '));
  const md = renderMarkdown(report);
  const blocks = mermaidBlocks(md);
  assert.equal(blocks.length, 2);

  const [distribution, perSecond] = blocks.map(parseXyChart);
  assert.equal(distribution.title, 'Latency distribution (ms)');
  assert.equal(distribution.xTitle, 'percentile');
  assert.deepEqual(distribution.labels, ['p50', 'p75', 'p90', 'p95', 'p99', 'p99.9', 'max']);
  assert.deepEqual(distribution.lines, [report.charts[0].series[0].values]);
  const values = distribution.lines[0];
  assert.ok(
    values.every((v, i) => i === 0 || v >= values[i - 1]),
    `percentiles never decrease: ${values.join(', ')}`,
  );

  assert.equal(perSecond.title, 'p99 latency per second (ms): GET /orders');
  assert.equal(perSecond.xTitle, 'second');
  assert.deepEqual(perSecond.labels, report.charts[1].x.map(String));
  assert.deepEqual(perSecond.lines, [report.charts[1].series[0].values]);
  assert.ok(md.indexOf('#### Latency distribution (ms)\n\n```mermaid') > 0, 'each chart under its own heading');
});

test('labels Mermaid would refuse are made safe: quotes, empty text, exponents, NaN', () => {
  const report = emptyReport('loadtest');
  report.charts.push({
    title: '',
    xLabel: 'second "since start"',
    x: ['', 'GET /a?b="c"', 3],
    series: [
      { name: 'tiny, huge, missing', values: [1e-7, 1e21, Number.NaN] },
      { name: 'negative', values: [-3.5, 0, Number.POSITIVE_INFINITY] },
    ],
  });
  const [block] = mermaidBlocks(renderMarkdown(report));
  const chart = parseXyChart(block);
  assert.equal(chart.title, ' ');
  assert.equal(chart.xTitle, "second 'since start'");
  assert.deepEqual(chart.labels, [' ', "GET /a?b='c'", '3']);
  assert.ok(block.includes('  line [0.0000001, 1000000000000000000000, 0]'));
  assert.deepEqual(chart.lines[1], [-3.5, 0, 0]);
});
