import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUMMARY_MAX_BYTES, writeJobSummary } from '../../src/action/summary.js';
import { emptyReport } from '../../src/report/types.js';
import { manyFindings, migrationsReport, reportWith } from '../report/sample-report.js';

function tempSummary(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-summary-'));
  const file = path.join(dir, 'step_summary.md');
  writeFileSync(file, '');
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('the job summary has the result, counts by severity per mode, and each report', async () => {
  const { file, cleanup } = tempSummary();
  try {
    const result = await writeJobSummary([migrationsReport(), emptyReport('routes', 'spec unchanged')], {
      env: { GITHUB_STEP_SUMMARY: file },
    });
    assert.equal(result.written, true);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith('<h2>backend-gate: ❌ failed</h2>'));
    assert.ok(
      text.includes('<tr><td>migrations</td><td>❌ fail</td><td>1</td><td>1</td><td>1</td></tr>'),
      'counts row for migrations',
    );
    assert.ok(text.includes('<tr><td>routes</td><td>✅ pass</td><td>0</td><td>0</td><td>0</td></tr>'));
    assert.ok(text.includes('## ❌ backend-gate · migrations · failed'));
    assert.ok(text.includes('## ✅ backend-gate · routes · passed'));
    assert.equal(
      Buffer.byteLength(text),
      result.bytes + (text.endsWith('\n') && !result.markdown.endsWith('\n') ? 1 : 0),
    );
  } finally {
    cleanup();
  }
});

test('a huge run stays under 1 MiB and says where every finding is', async () => {
  const { file, cleanup } = tempSummary();
  try {
    const reports = [
      reportWith('routes', manyFindings(5000, 'error')),
      reportWith('migrations', manyFindings(5000, 'warning', 'table-rewrite')),
    ];
    const result = await writeJobSummary(reports, { env: { GITHUB_STEP_SUMMARY: file } });
    const bytes = readFileSync(file).length;
    assert.ok(bytes <= SUMMARY_MAX_BYTES && bytes < 1024 * 1024, `${bytes} bytes`);
    assert.ok(bytes > SUMMARY_MAX_BYTES * 0.9, 'the budget is used');
    assert.equal(result.markdown.match(/Every finding is in the JSON report file/g)?.length, 2);
  } finally {
    cleanup();
  }
});

test('outside GitHub Actions nothing is written and the reason is given', async () => {
  const result = await writeJobSummary([migrationsReport()], { env: {} });
  assert.equal(result.written, false);
  assert.match(result.reason ?? '', /GITHUB_STEP_SUMMARY/);
});

test('fail-on warning marks a report with warnings as failed', async () => {
  const result = await writeJobSummary([reportWith('routes', manyFindings(1, 'warning'))], {
    env: {},
    failOn: 'warning',
  });
  assert.ok(result.markdown.includes('<tr><td>routes</td><td>❌ fail</td><td>0</td><td>1</td><td>0</td></tr>'));
  assert.ok(result.markdown.includes('Gate: fails on findings at or above <code>warning</code>.'));
});
