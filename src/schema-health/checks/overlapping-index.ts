import type { Finding } from '../../report/types.js';
import type { SchemaHealthCheck } from '../check.js';
import {
  columnList,
  display,
  dropIndexFix,
  formatBytes,
  listIndexes,
  makeFinding,
  type IndexInfo,
} from '../catalog.js';

function isPrefix<T>(short: T[], long: T[]): boolean {
  return short.length < long.length && short.every((v, k) => v === long[k]);
}

/** `covered`'s key columns are a strict leading prefix of `wider`'s, with the same classes and predicate. */
function covers(wider: IndexInfo, covered: IndexInfo): boolean {
  return (
    wider.schema === covered.schema &&
    wider.table === covered.table &&
    wider.valid &&
    wider.method === 'btree' &&
    wider.predicate === covered.predicate &&
    isPrefix(covered.keyColumns, wider.keyColumns) &&
    covered.opclasses.every((v, k) => v === wider.opclasses[k]) &&
    covered.collations.every((v, k) => v === wider.collations[k]) &&
    covered.options.every((v, k) => v === wider.options[k])
  );
}

export const overlappingIndex: SchemaHealthCheck = {
  id: 'overlapping-index',
  severity: 'warning',
  doc: 'A btree index whose columns are the leading columns of another btree index with the same predicate: the wider one serves its queries.',
  async run(ctx) {
    const btrees = (await listIndexes(ctx)).filter((i) => i.method === 'btree' && i.valid);
    const findings: Finding[] = [];
    for (const narrow of btrees) {
      // A unique or constraint index enforces something the wider index does not; INCLUDE columns may be why it exists.
      if (narrow.unique || narrow.constraint || narrow.includeColumns.length > 0) continue;
      const wider = btrees.find((w) => w !== narrow && covers(w, narrow));
      if (!wider) continue;
      findings.push(
        makeFinding(this, ctx, {
          schema: narrow.schema,
          table: narrow.table,
          columns: narrow.keyColumns,
          subject: [narrow.name],
          message: `Index ${display(narrow.schema, narrow.name)} on ${display(narrow.schema, narrow.table)} ${columnList(narrow.keyColumns)} is the leading part of ${wider.name} ${columnList(wider.keyColumns)}; it costs ${formatBytes(narrow.bytes)} and slows every write.`,
          fix: dropIndexFix(narrow, `Drop it; ${wider.name} answers the same lookups (slightly larger index to read).`),
          data: { index: narrow.name, coveredBy: wider.name, coveredByColumns: wider.keyColumns, bytes: narrow.bytes },
        }),
      );
    }
    return findings;
  },
};
