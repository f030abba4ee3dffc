import { quoteIdent, relationName, relationSql } from '../ast.js';
import { addedIndexConstraint, uniqueIndexFirst } from '../index-constraints.js';
import { eachAlterOfExistingTable, type Rule } from '../rule.js';

export const disallowedUniqueConstraint: Rule = {
  id: 'disallowed-unique-constraint',
  severity: 'warning',
  doc: 'Add unique constraints to existing tables from a unique index built concurrently (UNIQUE USING INDEX).',
  why:
    'ADD CONSTRAINT … UNIQUE builds its index while holding an ACCESS EXCLUSIVE lock on the table: all reads and ' +
    'writes wait for the whole build.',
  fixHint: 'CREATE UNIQUE INDEX CONCURRENTLY …; ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX ….',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      const table = relationName(alter.relation);
      const added = addedIndexConstraint(cmd, 'CONSTR_UNIQUE');
      if (!added) return undefined;
      const { columns, conname } = added;
      const name = conname ?? `${alter.relation?.relname ?? 'table'}_${columns.join('_')}_key`;
      return {
        statement: s,
        message:
          `Adding a unique constraint on \`${table}\` (${columns.join(', ')}) builds its index under an ACCESS ` +
          `EXCLUSIVE lock: all reads and writes of \`${table}\` wait for the build.`,
        subject: conname ?? columns.join(','),
        fix: {
          description:
            'Build the unique index concurrently first (outside a transaction), then attach it as the constraint ' +
            '(a brief lock only).',
          text: added.asConstraint
            ? uniqueIndexFirst(relationSql(alter.relation), quoteIdent(name), columns, 'UNIQUE')
            : undefined,
        },
        data: { lock: 'ACCESS EXCLUSIVE', table },
      };
    });
  },
};
