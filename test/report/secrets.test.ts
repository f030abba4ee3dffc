import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankAnnotations } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { Redactor } from '../../src/report/mask.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { Report } from '../../src/report/types.js';

const DB_URL = 'postgres://app:S3cretPw@db/x';
const AUTH = 'Authorization: Bearer tok_abcdef123';
const SECRETS = ['S3cretPw', 'tok_abcdef123'];

function leakyReport(): Report {
  return {
    mode: 'loadtest',
    summary: `Load test against http://127.0.0.1:3000 with ${AUTH}`,
    findings: [
      {
        rule: 'migration-failed',
        severity: 'error',
        message: `could not connect to ${DB_URL}: password authentication failed`,
        location: { file: 'db/migrations/001.sql', line: 1 },
        fingerprint: 'migration-failed:1',
        fix: {
          description: `Check ${DB_URL}`,
          text: `psql ${DB_URL} -c 'select 1'\ncurl -H '${AUTH}' http://127.0.0.1:3000/`,
        },
        data: { url: DB_URL, headers: { Authorization: 'Bearer tok_abcdef123' }, request: AUTH },
      },
      {
        rule: 'p99-threshold',
        severity: 'warning',
        message: `P99 420 ms over 200 ms (request sent with ${AUTH})`,
        fingerprint: 'p99-threshold:1',
      },
    ],
    metrics: { p99: 420 },
    tables: [{ title: 'Requests', columns: ['target', 'header'], rows: [[DB_URL, AUTH]] }],
    charts: [{ title: `Latency ${DB_URL}`, x: [AUTH], series: [{ name: AUTH, values: [1] }] }],
    artifacts: [{ kind: 'log', path: 'out/run.log', content: `${DB_URL}\n${AUTH}` }],
    details: [`connecting to ${DB_URL}`, AUTH],
  };
}

function renderEverything(report: Report): Record<string, string> {
  return {
    markdown: renderMarkdown(report),
    terminal: renderTerminal(report, { color: false }),
    terminalColor: renderTerminal(report, { color: true }),
    json: renderJson([report], { version: '0.1.0', passed: false }),
    sarif: JSON.stringify(renderSarif([report], { version: '0.1.0' })),
    annotations: JSON.stringify(rankAnnotations([report])),
  };
}

test('no reporter shows a database password or a bearer token once the report is redacted', () => {
  const redactor = new Redactor();
  redactor.addUrl(DB_URL);
  redactor.addHeaders({ Authorization: 'Bearer tok_abcdef123' });
  const outputs = renderEverything(redactor.redactValue(leakyReport()));
  for (const [name, text] of Object.entries(outputs)) {
    for (const secret of SECRETS) assert.ok(!text.includes(secret), `${name} shows ${secret}`);
  }
  assert.ok(outputs.markdown.includes('postgres://app:***@db/x'), 'the URL is still there, masked');
  assert.ok(outputs.terminal.includes('Authorization: ***'));
});

test('the test data does reach every output (so the test above proves something)', () => {
  const outputs = renderEverything(leakyReport());
  for (const [name, text] of Object.entries(outputs)) {
    assert.ok(
      SECRETS.some((s) => text.includes(s)),
      `${name} renders the unredacted secrets`,
    );
  }
});
