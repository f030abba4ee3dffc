import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson } from '../../src/report/json.js';
import { migrationsReport } from './sample-report.js';

test('JSON report: tool, version, passed, reports with counts, in a fixed field order', () => {
  const text = renderJson([migrationsReport()], { version: '1.2.3', passed: false });
  assert.ok(text.endsWith('}\n'));
  const doc = JSON.parse(text);
  assert.deepEqual(Object.keys(doc), ['tool', 'version', 'passed', 'reports']);
  assert.equal(doc.tool, 'backend-gate');
  assert.equal(doc.passed, false);
  assert.deepEqual(doc.reports[0].counts, { error: 1, warning: 1, notice: 1 });
  assert.deepEqual(Object.keys(doc.reports[0].findings[0]), [
    'rule',
    'severity',
    'message',
    'location',
    'fingerprint',
    'fix',
    'data',
  ]);
  assert.deepEqual(Object.keys(doc.reports[0].findings[0].data), ['blockedMs', 'lockMode'], 'measured data sorted');
});

test('the same report built in another key order gives the same bytes', () => {
  const a = migrationsReport();
  const b = migrationsReport();
  b.findings[0] = Object.fromEntries(Object.entries(b.findings[0]).reverse()) as (typeof b.findings)[0];
  b.findings[0].data = { blockedMs: 1200.456, lockMode: 'SHARE' };
  b.metrics = Object.fromEntries(Object.entries(b.metrics).reverse());
  const meta = { version: '1.2.3', passed: false };
  assert.equal(renderJson([b], meta), renderJson([a], meta));
});
