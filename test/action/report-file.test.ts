import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readReportFile } from '../../src/action/report-file.js';
import { ConfigurationError } from '../../src/errors.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { migrationsReport } from '../report/sample-report.js';

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-report-file-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a JSON report file written by a read-only run reads back into the same Report, for publishing', () => {
  withDir((dir) => {
    const report = migrationsReport();
    report.artifacts = [{ kind: 'rollback', path: 'db/003.down.sql', content: 'DROP INDEX x;' }];
    const file = path.join(dir, 'backend-gate-migrations.json');
    writeFileSync(file, renderJson([report], { version: '0.1.0', passed: false }));

    const read = readReportFile(file);
    assert.equal(read.passed, false);
    assert.equal(read.version, '0.1.0');
    assert.equal(read.reports.length, 1);
    assert.deepEqual(read.reports[0].artifacts, [{ kind: 'rollback', path: 'db/003.down.sql' }]);
    assert.deepEqual(
      read.reports[0].findings.map((f) => [f.rule, f.severity, f.message, f.fingerprint, f.fix, f.location?.line]),
      report.findings.map((f) => [f.rule, f.severity, f.message, f.fingerprint, f.fix, f.location?.line]),
    );
    assert.deepEqual(read.reports[0].findings[0].data, { blockedMs: 1200.456, lockMode: 'SHARE' });
    assert.deepEqual(read.reports[0].charts, report.charts);
    assert.deepEqual(read.reports[0].details, report.details);
    const md = renderMarkdown(read.reports[0]);
    assert.ok(md.startsWith('## ❌ backend-gate · migrations · failed'));
    assert.ok(md.includes('CREATE INDEX CONCURRENTLY ON orders (user_id);'));
  });
});

test('a file that is not a backend-gate report is a configuration error naming the file and the problem', () => {
  withDir((dir) => {
    const cases: [string, RegExp][] = [
      ['{ nope', /report file is not JSON/],
      [JSON.stringify({ tool: 'other', version: '1', passed: true, reports: [] }), /must be equal to constant/],
      [
        JSON.stringify({
          tool: 'backend-gate',
          version: '1',
          passed: true,
          reports: [{ mode: 'deploy', summary: '', findings: [] }],
        }),
        /at \/reports\/0\/mode must be equal to one of the allowed values \(routes, migrations, loadtest, audit\)/,
      ],
      [
        JSON.stringify({
          tool: 'backend-gate',
          version: '1',
          passed: true,
          reports: [
            {
              mode: 'routes',
              summary: '',
              findings: [{ rule: 'Bad Rule', severity: 'error', message: 'x', fingerprint: 'f' }],
            },
          ],
        }),
        /at \/reports\/0\/findings\/0\/rule must match pattern/,
      ],
      [
        JSON.stringify({
          tool: 'backend-gate',
          version: '1',
          passed: true,
          reports: [
            { mode: 'audit', summary: '', findings: [] },
            { mode: 'audit', summary: '', findings: [] },
          ],
        }),
        /holds two 'audit' reports/,
      ],
    ];
    for (const [content, expected] of cases) {
      const file = path.join(dir, 'report.json');
      writeFileSync(file, content);
      assert.throws(
        () => readReportFile(file, 'report.json'),
        (e: unknown) => e instanceof ConfigurationError && e.file === 'report.json' && expected.test(e.message),
        `${content.slice(0, 60)} → ${expected}`,
      );
    }
    assert.throws(() => readReportFile(path.join(dir, 'missing.json')), /report file not found/);
  });
});
