import { nodeAs, relationName, typeSql } from '../ast.js';
import { eachAlterOfExistingTable, type Rule } from '../rule.js';

export const changingColumnType: Rule = {
  id: 'changing-column-type',
  severity: 'warning',
  doc: 'Do not change a column’s type on an existing table in place.',
  why:
    'ALTER COLUMN … TYPE takes an ACCESS EXCLUSIVE lock and, unless the types are binary-compatible (varchar(n) to ' +
    'text or a longer varchar), rewrites the whole table and rebuilds its indexes: all reads and writes wait.',
  fixHint: 'Add a new column, backfill it in batches, switch the application over, then drop the old column.',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      if (cmd.subtype !== 'AT_AlterColumnType') return undefined;
      const table = relationName(alter.relation);
      const type = typeSql(nodeAs(cmd.def, 'ColumnDef')?.typeName);
      return {
        statement: s,
        message:
          `Changing \`${table}.${cmd.name}\` to ${type} takes an ACCESS EXCLUSIVE lock and usually rewrites the ` +
          `table and its indexes: all reads and writes of \`${table}\` wait until it ends.`,
        subject: cmd.name,
        fix: {
          description:
            `Add a new ${type} column, keep it in sync (trigger or application writes), backfill it in batches, ` +
            'switch reads over, then drop the old column in a later release.',
        },
        data: { lock: 'ACCESS EXCLUSIVE', rewrite: true, table, column: cmd.name },
      };
    });
  },
};
