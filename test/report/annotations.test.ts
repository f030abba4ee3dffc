import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankAnnotations } from '../../src/report/annotations.js';
import { manyFindings, migrationsReport, reportWith } from './sample-report.js';

test('at most perLevel per level, errors first, the rest counted as omitted', () => {
  const reports = [
    reportWith('routes', [...manyFindings(4, 'notice', 'info-change'), ...manyFindings(14, 'warning')]),
    reportWith('migrations', manyFindings(12, 'error', 'foreign-key-without-index')),
  ];
  const { annotations, omitted } = rankAnnotations(reports);
  assert.deepEqual(
    annotations.map((a) => a.level),
    [...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(4).fill('notice')],
  );
  assert.deepEqual(omitted, { error: 2, warning: 4, notice: 0 });
  assert.deepEqual(annotations[0], {
    level: 'error',
    title: 'backend-gate migrations: foreign-key-without-index',
    message:
      'Finding 0 of 12: the response property `items[0].name` was removed.\nFix: Restore the property or version the endpoint',
    file: 'spec/paths/item-0000.yaml',
    startLine: 1,
    endLine: 1,
    startColumn: undefined,
  });
  const small = rankAnnotations(reports, 3);
  assert.equal(small.annotations.length, 9);
  assert.deepEqual(small.omitted, { error: 9, warning: 11, notice: 1 });
});

test('only findings with a file are annotations; columns and a path prefix carry through', () => {
  const { annotations, omitted } = rankAnnotations([migrationsReport()], 10, { pathPrefix: 'services/api/' });
  assert.equal(annotations.length, 2, 'the file-less table-rewrite notice is left to the summary');
  assert.deepEqual(omitted, { error: 0, warning: 0, notice: 0 });
  assert.equal(annotations[0].file, 'services/api/db/migrations/002_orders.sql');
  assert.equal(annotations[0].startColumn, 3);
  assert.equal(annotations[1].level, 'warning');
});
