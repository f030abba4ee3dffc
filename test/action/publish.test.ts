import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnnotationSink } from '../../src/action/annotate.js';
import { commentMarker } from '../../src/action/comment.js';
import { publishReports } from '../../src/action/publish.js';
import { MemoryLogger } from '../../src/log.js';
import { Redactor } from '../../src/report/mask.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { migrationsReport, reportWith } from '../report/sample-report.js';

const SECRET_URL = 'postgres://app:S3cretPw@db/x';

interface Run {
  gh: FakeGitHub;
  env: NodeJS.ProcessEnv;
  summaryFile: string;
  annotations: string[];
  sink: AnnotationSink;
}

async function withRun(headRepo: string, fn: (run: Run) => Promise<void>, eventName = 'pull_request'): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-publish-'));
  const gh = await new FakeGitHub().start();
  try {
    const eventFile = path.join(dir, 'event.json');
    writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 5, head: { repo: { full_name: headRepo } } } }));
    const summaryFile = path.join(dir, 'summary.md');
    writeFileSync(summaryFile, '');
    const annotations: string[] = [];
    const record = (level: string) => (m: string | Error) => void annotations.push(`${level}: ${String(m)}`);
    await fn({
      gh,
      summaryFile,
      annotations,
      sink: { error: record('error'), warning: record('warning'), notice: record('notice') },
      env: {
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '77',
        GITHUB_WORKSPACE: dir,
      },
    });
  } finally {
    await gh.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function leaky() {
  const report = migrationsReport();
  report.findings[1].message = `could not connect to ${SECRET_URL}`;
  return report;
}

test('publishes the summary, the annotations and one comment per mode, with secrets masked', async () => {
  await withRun('acme/shop', async ({ gh, env, summaryFile, annotations, sink }) => {
    const redactor = new Redactor();
    redactor.addUrl(SECRET_URL);
    const log = new MemoryLogger();
    const result = await publishReports([leaky()], {
      token: 'ghs_x',
      comment: true,
      log,
      redactor,
      env,
      annotationSink: sink,
      workingDirectory: path.join(env.GITHUB_WORKSPACE!, 'services', 'api'),
    });
    assert.equal(result.summaryWritten, true);
    assert.equal(result.comments.migrations?.outcome, 'created');
    assert.equal(result.annotations?.emitted, 2);

    const [comment] = gh.commentsOn('acme', 'shop', 5);
    assert.ok(comment.body.startsWith(commentMarker('migrations')));
    assert.ok(comment.body.includes('could not connect to postgres://app:***@db/x'));
    const summary = readFileSync(summaryFile, 'utf8');
    assert.ok(summary.includes('foreign-key-without-index'));
    assert.ok(annotations[0].startsWith('error: could not connect'));
    for (const text of [comment.body, summary, ...annotations, ...log.lines]) assert.ok(!text.includes('S3cretPw'));
  });
});

test('a fork PR gets the summary and annotations, a warning instead of a comment, and no write', async () => {
  await withRun('someone/shop', async ({ gh, env, summaryFile, annotations, sink }) => {
    const log = new MemoryLogger();
    const result = await publishReports([migrationsReport()], {
      token: 'ghs_x',
      comment: true,
      log,
      env,
      annotationSink: sink,
    });
    assert.equal(result.comments.migrations?.outcome, 'skipped');
    assert.match(result.comments.migrations?.reason ?? '', /fork/);
    assert.ok(log.lines.some((l) => l.startsWith('warning: The pull request comes from a fork')));
    assert.equal(gh.requests.length, 0);
    assert.ok(readFileSync(summaryFile, 'utf8').includes('backend-gate: ❌ failed'));
    assert.equal(annotations.length, 2);
  });
});

test('a 403 on write is a warning; everything else is still published', async () => {
  await withRun('acme/shop', async ({ gh, env, summaryFile, sink }) => {
    gh.readOnly = true;
    const log = new MemoryLogger();
    const result = await publishReports([migrationsReport()], {
      token: 'ghs_x',
      commentEnabled: true,
      log,
      env,
      annotationSink: sink,
    });
    assert.equal(result.comments.migrations?.outcome, 'skipped');
    assert.equal(result.summaryWritten, true);
    assert.ok(readFileSync(summaryFile, 'utf8').length > 0);
    assert.ok(log.lines.some((l) => l.includes('403 Resource not accessible by integration')));
  });
});

test('no PR in the event, or comments turned off: an info line and no API call', async () => {
  await withRun(
    'acme/shop',
    async ({ gh, env, sink }) => {
      const noPr = { ...env, GITHUB_EVENT_PATH: path.join(path.dirname(env.GITHUB_STEP_SUMMARY!), 'none.json') };
      const log = new MemoryLogger();
      const result = await publishReports([migrationsReport()], {
        token: 'ghs_x',
        comment: true,
        log,
        env: noPr,
        annotationSink: sink,
      });
      assert.equal(result.comments.migrations?.outcome, 'skipped');
      assert.ok(log.lines.includes('No pull request in this event: no PR comment. The report is in the job summary.'));

      const off = new MemoryLogger();
      await publishReports([migrationsReport()], {
        token: 'ghs_x',
        comment: false,
        log: off,
        env,
        annotationSink: sink,
      });
      assert.ok(off.lines.includes('PR comment turned off (comment: false).'));
      assert.equal(gh.requests.length, 0);
    },
    'push',
  );
});

test('on a scheduled run with issue: true, the report goes to one tracking issue, edited on the next run', async () => {
  await withRun(
    'acme/shop',
    async ({ gh, env, sink }) => {
      const scheduled = { ...env, GITHUB_EVENT_PATH: path.join(path.dirname(env.GITHUB_STEP_SUMMARY!), 'none.json') };
      const audit = reportWith('audit', [{ ...leaky().findings[1], rule: 'foreign-key-without-index' }]);
      const redactor = new Redactor();
      redactor.addUrl(SECRET_URL);
      const log = new MemoryLogger();
      const first = await publishReports([audit], {
        token: 'ghs_x',
        comment: true,
        issue: { enabled: true },
        log,
        redactor,
        env: scheduled,
        annotationSink: sink,
      });
      assert.equal(first.issues.audit?.outcome, 'created');
      assert.equal(first.comments.audit?.outcome, 'skipped', 'no PR: no comment');
      const [issue] = gh.issuesOf('acme', 'shop');
      assert.equal(issue.title, 'backend-gate: database audit findings');
      assert.ok(issue.body.includes('foreign-key-without-index'));
      assert.ok(issue.body.includes('(https://github.com/acme/shop/actions/runs/77)'));
      assert.ok(!issue.body.includes('S3cretPw'));

      const second = await publishReports([audit], {
        token: 'ghs_x',
        issue: { enabled: true, title: 'Nightly audit' },
        log,
        env: scheduled,
        annotationSink: sink,
      });
      assert.equal(second.issues.audit?.outcome, 'updated');
      assert.equal(gh.issuesOf('acme', 'shop').length, 1);
      assert.equal(gh.issuesOf('acme', 'shop')[0].title, 'Nightly audit');
    },
    'schedule',
  );
});

test('in a pull request run the tracking issue is left alone and the PR gets its comment', async () => {
  await withRun('acme/shop', async ({ gh, env, sink }) => {
    const log = new MemoryLogger();
    const result = await publishReports([migrationsReport()], {
      token: 'ghs_x',
      comment: true,
      issue: { enabled: true },
      log,
      env,
      annotationSink: sink,
    });
    assert.equal(result.issues.migrations?.outcome, 'skipped');
    assert.match(result.issues.migrations?.reason ?? '', /pull request run/);
    assert.equal(result.comments.migrations?.outcome, 'created');
    assert.equal(gh.issuesOf('acme', 'shop').length, 0);
  });
});
