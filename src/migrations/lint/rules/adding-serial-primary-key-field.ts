import { quoteIdent, relationName, relationSql } from '../ast.js';
import { addedIndexConstraint, uniqueIndexFirst } from '../index-constraints.js';
import { eachAlterOfExistingTable, type Rule } from '../rule.js';

export const addingSerialPrimaryKeyField: Rule = {
  id: 'adding-serial-primary-key-field',
  severity: 'warning',
  doc: 'Add a primary key to an existing table from an index built concurrently (PRIMARY KEY USING INDEX).',
  why:
    'ADD PRIMARY KEY builds its unique index while holding an ACCESS EXCLUSIVE lock on the table: all reads and ' +
    'writes wait for the whole build (and adding a serial column with it also rewrites the table).',
  fixHint: 'CREATE UNIQUE INDEX CONCURRENTLY …; ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX ….',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      const table = relationName(alter.relation);
      const added = addedIndexConstraint(cmd, 'CONSTR_PRIMARY');
      if (!added) return undefined;
      const { columns, conname } = added;
      const name = conname ?? `${alter.relation?.relname ?? 'table'}_pkey`;
      return {
        statement: s,
        message:
          `Adding a primary key on \`${table}\` (${columns.join(', ')}) builds its index under an ACCESS EXCLUSIVE ` +
          `lock: all reads and writes of \`${table}\` wait for the build.`,
        subject: columns.join(','),
        fix: {
          description:
            'Build the unique index concurrently first (outside a transaction), then attach it as the primary key, ' +
            'which only takes a brief lock (the columns must already be NOT NULL).',
          text: added.asConstraint
            ? uniqueIndexFirst(relationSql(alter.relation), quoteIdent(name), columns, 'PRIMARY KEY')
            : undefined,
        },
        data: { lock: 'ACCESS EXCLUSIVE', table },
      };
    });
  },
};
