import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTerminal } from '../../src/report/terminal.js';
import { migrationsReport } from './sample-report.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

test('plain layout: title, result, sections, findings errors first with fix text indented', () => {
  const out = renderTerminal(migrationsReport(), { color: false });
  const lines = out.split('\n');
  assert.equal(lines[0], '=== Migrations Report ===');
  assert.equal(lines[2], 'Result: FAILED (1 error, 1 warning, 1 notice)');
  const findings = lines.indexOf('FINDINGS (3):');
  assert.match(
    lines[findings + 1],
    /^error {4}foreign-key-without-index +db\/migrations\/002_orders\.sql:12 +Foreign key/,
  );
  assert.equal(lines[findings + 2], '         fix: Add an index on orders(user_id)');
  assert.equal(lines[findings + 3], '           CREATE INDEX CONCURRENTLY ON orders (user_id);');
  assert.match(lines[findings + 4], /^warning {2}require-concurrent-index-creation/);
  assert.ok(
    out.includes('DETAILS:\n=== Migration trace ===\n  002_orders.sql  ALTER TABLE  SHARE ROW EXCLUSIVE  3 ms\n'),
  );
});

test('tables are aligned columns and charts are sparklines', () => {
  const out = renderTerminal(migrationsReport(), { color: false });
  assert.ok(
    out.includes(
      [
        'STATEMENTS:',
        '  file                  statement                                          lock',
        '  --------------------  -------------------------------------------------  -------------------',
        '  002_orders.sql        ALTER TABLE orders ADD CONSTRAINT … | FOREIGN KEY  SHARE ROW EXCLUSIVE',
        '  003_orders_index.sql  CREATE INDEX orders_created_idx                    SHARE',
      ].join('\n'),
    ),
  );
  assert.ok(out.includes('  base  ▁▃█  10..40 ms\n  pr    ▁▂█  12..80 ms'));
});

test('no ANSI codes without colour, even when report text carries escape sequences', () => {
  const report = migrationsReport();
  report.findings[0].message = 'server said \u001b[31mFATAL\u001b[0m and \u001b]0;title\u0007 done';
  const plain = renderTerminal(report, { color: false });
  assert.ok(!ANSI.test(plain));
  assert.ok(!CONTROL.test(plain.replace(/\n/g, '')));
  assert.ok(plain.includes('server said FATAL and  done'));
  const colored = renderTerminal(report, { color: true });
  assert.ok(colored.includes('\u001b[31merror  \u001b[39m'));
  assert.ok(colored.includes('\u001b[1m=== Migrations Report ===\u001b[22m'));
});
