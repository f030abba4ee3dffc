import type { Finding } from '../../report/types.js';
import type { SchemaHealthCheck } from '../check.js';
import { display, formatBytes, listIndexes, makeFinding, type IndexInfo } from '../catalog.js';

/** Above this many indexes every INSERT and non-HOT UPDATE pays noticeably (pg-index-health and pghero use similar bounds). */
export const MAX_INDEXES_PER_TABLE = 10;

export const tableWithTooManyIndexes: SchemaHealthCheck = {
  id: 'table-with-too-many-indexes',
  severity: 'notice',
  doc: `A table with more than ${MAX_INDEXES_PER_TABLE} indexes: every insert updates them all, and updates lose HOT when an indexed column changes.`,
  async run(ctx) {
    const byTable = new Map<string, IndexInfo[]>();
    for (const i of await listIndexes(ctx)) {
      const key = `${i.schema}\u0000${i.table}`;
      byTable.set(key, [...(byTable.get(key) ?? []), i]);
    }
    const findings: Finding[] = [];
    for (const indexes of byTable.values()) {
      if (indexes.length <= MAX_INDEXES_PER_TABLE) continue;
      const { schema, table } = indexes[0];
      const bytes = indexes.reduce((s, i) => s + i.bytes, 0);
      findings.push(
        makeFinding(this, ctx, {
          schema,
          table,
          message: `Table ${display(schema, table)} has ${indexes.length} indexes (more than ${MAX_INDEXES_PER_TABLE}, ${formatBytes(bytes)} in all): each write maintains every one of them.`,
          fix: {
            description:
              'Look for unused indexes (`backend-gate audit` on production lists them) and for indexes another one already covers, and drop them concurrently.',
          },
          data: { indexes: indexes.length, limit: MAX_INDEXES_PER_TABLE, bytes, names: indexes.map((i) => i.name) },
        }),
      );
    }
    return findings;
  },
};
