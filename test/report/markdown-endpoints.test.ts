import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { renderMarkdown } from '../../src/report/markdown.js';
import { fingerprint } from '../../src/report/fingerprint.js';
import type { Finding, Severity } from '../../src/report/types.js';
import { diffSpecs } from '../../src/routes/diff/engine.js';
import { diffReport } from '../../src/routes/report.js';
import { loadSpec } from '../../src/routes/spec/load.js';
import { fileReader } from '../../src/routes/spec/reader.js';
import { manyFindings, migrationsReport, reportWith } from './sample-report.js';

const DEMO = path.resolve('fixtures/demo');

async function demoDiffReport() {
  const reader = fileReader(DEMO);
  const base = await loadSpec(path.join(DEMO, 'openapi.base.yaml'), { reader });
  const head = await loadSpec(path.join(DEMO, 'openapi.yaml'), { reader });
  return diffReport(base, head, diffSpecs(base, head, { today: '2026-06-01' }), { loadMs: 1, diffMs: 1 });
}

function routeFinding(endpoint: string, rule: string, severity: Severity, extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity,
    message: `${endpoint}: ${rule.replace(/-/g, ' ')}.`,
    location: { file: 'openapi.yaml', line: 10 },
    fingerprint: fingerprint(rule, endpoint),
    fix: { description: `Hint for ${rule}` },
    data: { endpoint, base: 'openapi.base.yaml:20:5', head: 'openapi.yaml:10:5' },
    ...extra,
  };
}

/** The `<summary>` lines of the endpoint blocks, in order. */
function endpointSummaries(md: string): string[] {
  const section = md.slice(md.indexOf('### Findings by endpoint'));
  return [...section.matchAll(/<details><summary>(.*?)<\/summary>/g)].map((m) => m[1]).filter((s) => s !== 'Metrics');
}

test('the demo spec diff is grouped by endpoint, breaking first, each collapsed with its fix hint', async () => {
  const md = renderMarkdown(await demoDiffReport());
  assert.ok(md.includes('### Findings by endpoint (4)'));
  assert.ok(!md.includes('### ❌ Errors'), 'no per-level sections when every finding has an endpoint');
  assert.deepEqual(endpointSummaries(md).slice(0, 4), [
    '❌ DELETE /orders/{id} — 1 error',
    '⚠️ GET /orders — 1 warning',
    '⚠️ POST /orders — 1 warning',
    'ℹ️ GET /orders/{id} — 1 notice',
  ]);
  const block = md.slice(md.indexOf('<details><summary>❌ DELETE /orders/{id}'), md.indexOf('</details>') + 10);
  assert.equal(
    block,
    [
      '<details><summary>❌ DELETE /orders/{id} — 1 error</summary>',
      '',
      "- ❌ **`operation-removed`** — the operation was removed (operationId 'cancelOrder') without being deprecated first.",
      '  - where: base `openapi.base.yaml:157:5`',
      '  - fix: Keep the operation and mark it `deprecated: true` with an `x-sunset` date; remove it after that date.',
      '',
      '</details>',
    ].join('\n'),
  );
  assert.ok(
    md.includes('  - where: base `openapi.base.yaml:258:9` → head `openapi.yaml:264:9`\n  - value: `cancelled`'),
  );
});

test('an endpoint counts its findings per level, and endpoints with errors come before the others', () => {
  const findings = [
    routeFinding('GET /users', 'response-enum-value-added', 'warning'),
    routeFinding('DELETE /orders/{id}', 'parameter-removed', 'warning'),
    routeFinding('DELETE /orders/{id}', 'operation-id-changed', 'warning', {
      data: { endpoint: 'DELETE /orders/{id}', from: 'cancelOrder', to: 'deleteOrder' },
    }),
    routeFinding('POST /orders', 'operation-added', 'notice'),
    routeFinding('DELETE /orders/{id}', 'new-required-parameter', 'error'),
    routeFinding('PATCH /orders/{id}', 'request-property-type-changed', 'error'),
  ];
  const md = renderMarkdown(reportWith('routes', findings));
  assert.deepEqual(endpointSummaries(md), [
    '❌ DELETE /orders/{id} — 1 error, 2 warnings',
    '❌ PATCH /orders/{id} — 1 error',
    '⚠️ GET /users — 1 warning',
    'ℹ️ POST /orders — 1 notice',
  ]);
  const del = md.slice(md.indexOf('DELETE /orders/{id} —'), md.indexOf('PATCH /orders/{id} —'));
  const items = del.split('\n').filter((l) => l.startsWith('- '));
  assert.deepEqual(
    items.map((l) => l.match(/\*\*`([^`]+)`\*\*/)?.[1]),
    ['new-required-parameter', 'operation-id-changed', 'parameter-removed'],
    'errors first inside the block',
  );
  assert.ok(del.includes('  - from: `cancelOrder` · to: `deleteOrder`'));
  assert.ok(del.includes('  - fix: Hint for new-required-parameter'));
  assert.ok(!del.includes('DELETE /orders/{id}: '), 'the message does not repeat the endpoint');
});

test('findings without an endpoint keep the per-level grouping, after the endpoint blocks', () => {
  const findings = [routeFinding('GET /users', 'operation-removed', 'error'), ...manyFindings(2, 'warning')];
  const md = renderMarkdown(reportWith('routes', findings));
  assert.ok(md.indexOf('### Findings by endpoint (1)') < md.indexOf('### ⚠️ Warnings (2)'));
  assert.ok(md.includes('#### `spec/paths/item-0000.yaml`'));
  assert.ok(!md.includes('### ❌ Errors'));

  // Other modes are untouched: migrations findings stay grouped by level, then file or rule.
  const migrations = renderMarkdown(migrationsReport());
  assert.ok(!migrations.includes('Findings by endpoint'));
  assert.ok(migrations.includes('### ❌ Errors (1)\n\n#### `db/migrations/002_orders.sql`'));
});

test('a fix with text is fenced inside its list item, and a large endpoint report clips well formed', () => {
  const withText = routeFinding('GET /users', 'response-property-removed', 'error', {
    fix: { description: 'Restore it', text: 'properties:\n  name:\n    type: string' },
  });
  const md = renderMarkdown(reportWith('routes', [withText]));
  assert.ok(md.includes('  - fix: Restore it\n\n    ```\n    properties:\n      name:\n        type: string\n    ```'));

  const many = Array.from({ length: 3000 }, (_, i) =>
    routeFinding(`GET /items/${i % 40}`, 'response-property-removed', i % 3 === 0 ? 'error' : 'warning', {
      fingerprint: fingerprint('x', i),
    }),
  );
  const clipped = renderMarkdown(reportWith('routes', many), { maxLength: 20_000 });
  assert.ok(clipped.length <= 20_000);
  assert.match(clipped, /Report clipped/);
  assert.equal((clipped.match(/<details>/g) ?? []).length, (clipped.match(/<\/details>/g) ?? []).length);
});
