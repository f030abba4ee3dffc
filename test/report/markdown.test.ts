import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cell, clipMarkdown, renderMarkdown } from '../../src/report/markdown.js';
import { emptyReport } from '../../src/report/types.js';
import { manyFindings, migrationsReport, reportWith } from './sample-report.js';

/** Fences and <details> must balance in any output, clipped or not. */
function assertWellFormed(md: string): void {
  let open: string | undefined;
  for (const line of md.split('\n')) {
    const fence = line.trim().match(/^`{3,}/)?.[0];
    if (!fence) continue;
    if (!open) open = fence;
    else if (line.trim() === fence && fence.length >= open.length) open = undefined;
  }
  assert.equal(open, undefined, 'every code fence is closed');
  assert.equal((md.match(/<details>/g) ?? []).length, (md.match(/<\/details>/g) ?? []).length, '<details> balance');
}

test('heading, summary, counts, then findings errors first with fixes collapsed', () => {
  const md = renderMarkdown(migrationsReport());
  const lines = md.split('\n');
  assert.equal(lines[0], '## ❌ backend-gate · migrations · failed');
  assert.ok(md.includes('3 migrations applied to PostgreSQL 18.4'));
  assert.ok(md.includes('❌ **1** error · ⚠️ **1** warning · ℹ️ **1** notice'));
  const errors = md.indexOf('### ❌ Errors (1)');
  const warnings = md.indexOf('### ⚠️ Warnings (1)');
  const notices = md.indexOf('### ℹ️ Notices (1)');
  assert.ok(errors > 0 && errors < warnings && warnings < notices);
  assert.ok(md.includes('#### `db/migrations/002_orders.sql`'), 'grouped by file');
  assert.ok(md.includes('#### rule `table-rewrite`'), 'a finding without a file is grouped by rule');
  assert.ok(md.includes('**`foreign-key-without-index`** · `db/migrations/002_orders.sql:12` — Foreign key'));
  assert.ok(
    md.includes(
      '<details><summary>Suggested fix: Add an index on orders(user_id)</summary>\n\n```sql\nCREATE INDEX CONCURRENTLY ON orders (user_id);\n```\n\n</details>',
    ),
  );
  assert.ok(md.includes('- blockedMs: `1200.46`'), 'measured data inside the collapsed block');
  assertWellFormed(md);
});

test('pass marks: clean passes with a check, warnings only with a warning sign, and the caller may decide', () => {
  assert.ok(renderMarkdown(emptyReport('routes', 'spec unchanged')).startsWith('## ✅ backend-gate · routes · passed'));
  const warned = reportWith('routes', manyFindings(1, 'warning'));
  assert.ok(renderMarkdown(warned).startsWith('## ⚠️ backend-gate · routes · passed'));
  assert.ok(renderMarkdown(warned, { passed: false }).startsWith('## ❌ backend-gate · routes · failed'));
  assert.ok(
    !renderMarkdown(warned, { heading: false })
      .split('\n')
      .some((l) => l.startsWith('## ')),
  );
});

test('tables escape | and newlines in cells; charts are Mermaid xycharts with quoted labels', () => {
  const md = renderMarkdown(migrationsReport());
  assert.ok(md.includes('| file | statement | lock |\n| --- | --- | --- |'));
  assert.ok(
    md.includes('| 002_orders.sql | ALTER TABLE orders ADD CONSTRAINT … \\| FOREIGN KEY | SHARE ROW EXCLUSIVE |'),
  );
  assert.ok(md.includes('| 003_orders_index.sql | CREATE INDEX<br>orders_created_idx | SHARE |'));
  assert.equal(cell('a|b\nc\\'), 'a\\|b<br>c\\\\');
  assert.ok(
    md.includes(
      '```mermaid\nxychart-beta\n  title "Latency \'by\' percentile"\n  x-axis "percentile" ["p50", "p90", "p99"]\n  y-axis "ms"\n  line [10, 20, 40]\n  line [12, 25, 80]\n```',
    ),
  );
  assert.ok(md.includes('line 1: base · line 2: pr'));
  assert.ok(md.includes('<details><summary>Details</summary>\n\n```text\n=== Migration trace ==='));
});

test('fix text with backticks gets a longer fence, and HTML in a message is shown, not rendered', () => {
  const [f] = manyFindings(1, 'error');
  const md = renderMarkdown(
    reportWith('routes', [{ ...f, message: 'Breaks <details> layout', fix: { description: 'x', text: 'a\n```\nb' } }]),
  );
  assert.ok(md.includes('````\na\n```\nb\n````'));
  assert.ok(md.includes('Breaks &lt;details&gt; layout'));
  assertWellFormed(md);
});

test('a large report is clipped below maxLength at a clean boundary with a pointer to the summary', () => {
  const report = reportWith('routes', [
    ...manyFindings(300, 'warning'),
    ...manyFindings(300, 'error', 'operation-removed'),
  ]);
  const full = renderMarkdown(report, { maxLength: 10_000_000 });
  assert.ok(full.length > 65_000);
  for (const maxLength of [65_000, 20_000, 3_000]) {
    const md = renderMarkdown(report, { maxLength, summaryUrl: 'https://github.com/acme/shop/actions/runs/9' });
    assert.ok(md.length <= maxLength, `${md.length} <= ${maxLength}`);
    assert.ok(md.length > maxLength * 0.9, 'most of the budget is used');
    assert.ok(
      md.trimEnd().endsWith('The full report is in the [job summary](https://github.com/acme/shop/actions/runs/9).'),
    );
    assert.ok(
      full.startsWith(
        md
          .slice(0, md.indexOf('\n---\n\n✂️'))
          .replace(/(\n<\/details>\n)+$/, '')
          .trimEnd(),
      ),
    );
    assert.ok(md.indexOf('Errors (300)') < md.indexOf('Report clipped'), 'errors come before the cut');
    assertWellFormed(md);
  }
});

test('clipping inside a long fence closes it; bytes can be the measure', () => {
  const text = '## t\n\n<details><summary>s</summary>\n\n```text\n' + 'é line\n'.repeat(5000) + '```\n\n</details>\n';
  const clipped = clipMarkdown(text, 4000, { measure: 'bytes' });
  assert.ok(Buffer.byteLength(clipped) <= 4000);
  assertWellFormed(clipped);
  assert.ok(clipped.includes('```\n\n</details>\n'));
  assert.ok(clipped.includes('the job summary of this workflow run'));
  assert.equal(clipMarkdown('short', 100), 'short');
});
