import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchedForm, findNPlusOne } from '../../src/loadtest/database/n-plus-one.js';
import { tableScans, withMeasuredLimit } from '../../src/loadtest/database/missing-index.js';
import type { StatementStats } from '../../src/loadtest/database/statements.js';

const stmt = (queryid: string, query: string, calls: number, rows: number): StatementStats => ({
  queryid,
  query,
  calls,
  rows,
  totalMs: calls * 0.1,
});

test('a statement run once per row of another is an N+1 suspect; a fixed repeat and a one-row lookup are not', () => {
  const orders = stmt('1', 'SELECT id FROM orders WHERE user_id = $1 LIMIT $2', 100, 1500);
  const items = stmt('2', 'SELECT * FROM order_items WHERE order_id = $1', 1500, 3000);
  // Three lookups per request whatever the data: repeated, but not growing with any statement's rows.
  const settings = stmt('3', 'SELECT value FROM settings WHERE key = $1', 300, 300);
  const begin = stmt('4', 'BEGIN', 1500, 0);
  const suspects = findNPlusOne({ scenario: 's', requests: 100, statements: [orders, items, settings, begin] }, 3);
  assert.deepEqual(
    suspects.map((s) => [s.statement.queryid, s.parent.queryid, s.callsPerRequest]),
    [['2', '1', 15]],
  );
  // Below the calls-per-request floor nothing is reported, even when the shape fits.
  assert.deepEqual(findNPlusOne({ scenario: 's', requests: 1000, statements: [orders, items] }, 3), []);
});

test('the batched form of a per-row statement replaces its one key comparison with = ANY', () => {
  assert.equal(
    batchedForm('SELECT product_id FROM order_items WHERE order_id = $1 ORDER BY id'),
    'SELECT product_id FROM order_items WHERE order_id = ANY($1) ORDER BY id',
  );
  assert.equal(batchedForm('SELECT 1 FROM t WHERE a = $1 AND b = $2'), undefined);
});

test('LIMIT/OFFSET parameters are planned with the rows per call the run measured', () => {
  assert.equal(
    withMeasuredLimit('SELECT * FROM orders WHERE user_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3', 19.6),
    'SELECT * FROM orders WHERE user_id = $1 ORDER BY id DESC LIMIT 20 OFFSET 0',
  );
  assert.equal(withMeasuredLimit('SELECT 1 FROM t LIMIT $1', 0), 'SELECT 1 FROM t LIMIT 1');
});

test('full-table reads in a plan: Seq Scans and index scans without an index condition, with their filter columns', () => {
  const plan = {
    'Node Type': 'Limit',
    'Total Cost': 58,
    Plans: [
      {
        'Node Type': 'Index Scan',
        'Relation Name': 'orders',
        Schema: 'public',
        'Index Name': 'orders_pkey',
        Filter: '(orders.user_id = $1)',
        'Total Cost': 579,
      },
      {
        'Node Type': 'Index Scan',
        'Relation Name': 'order_items',
        Schema: 'public',
        'Index Name': 'order_items_order_id_idx',
        'Index Cond': '(order_items.order_id = orders.id)',
        Filter: '(order_items.quantity > 1)',
        'Total Cost': 8,
      },
      {
        'Node Type': 'Seq Scan',
        'Relation Name': 'users',
        Schema: 'app',
        Filter: "((users.status)::text = 'active'::text)",
        'Total Cost': 20,
      },
    ],
  };
  assert.deepEqual(
    tableScans(plan).map((s) => [s.schema, s.table, s.columns, s.how]),
    [
      ['public', 'orders', ['user_id'], 'Index Scan using orders_pkey on orders'],
      ['app', 'users', ['status'], 'Seq Scan on users'],
    ],
  );
});
