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

/** Indexes are duplicates when the planner could not tell them apart (uniqueness aside). */
function signature(i: IndexInfo): string {
  return JSON.stringify([
    i.schema,
    i.table,
    i.method,
    i.keyColumns,
    i.includeColumns,
    i.opclasses,
    i.collations,
    i.options,
    i.predicate,
    i.nullsNotDistinct,
  ]);
}

/** The one to keep: the one enforcing a constraint, then a unique one, then by name. */
function keepRank(i: IndexInfo): number {
  return i.primary ? 0 : i.constraint ? 1 : i.unique ? 2 : 3;
}

export const duplicateIndex: SchemaHealthCheck = {
  id: 'duplicate-index',
  severity: 'warning',
  doc: 'Two indexes with the same columns, operator classes and predicate: the extra one only slows writes and takes space.',
  async run(ctx) {
    const groups = new Map<string, IndexInfo[]>();
    for (const index of await listIndexes(ctx)) {
      if (!index.valid || index.method === 'hash' || index.constraintType === 'x') continue;
      const key = signature(index);
      groups.set(key, [...(groups.get(key) ?? []), index]);
    }
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const [kept, ...extras] = [...group].sort((a, b) => keepRank(a) - keepRank(b) || a.name.localeCompare(b.name));
      for (const extra of extras) {
        const enforcing = extra.primary || extra.constraint !== null;
        findings.push(
          makeFinding(this, ctx, {
            schema: extra.schema,
            table: extra.table,
            columns: extra.keyColumns,
            subject: [extra.name],
            message: `Index ${display(extra.schema, extra.name)} on ${display(extra.schema, extra.table)} ${columnList(extra.keyColumns)} duplicates ${kept.name}; it costs ${formatBytes(extra.bytes)} and slows every write.`,
            fix: enforcing
              ? {
                  description: `${extra.name} backs constraint ${extra.constraint}; drop the constraint or ${kept.name} instead, whichever nothing depends on.`,
                }
              : dropIndexFix(extra, `Drop the duplicate; ${kept.name} serves the same queries.`),
            data: { index: extra.name, duplicateOf: kept.name, bytes: extra.bytes },
          }),
        );
      }
    }
    return findings;
  },
};
