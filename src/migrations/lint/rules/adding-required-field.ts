import { baseTypeName, constraintsOf, nodeAs, relationName } from '../ast.js';
import { eachAlterOfExistingTable, type Rule } from '../rule.js';

export const addingRequiredField: Rule = {
  id: 'adding-required-field',
  severity: 'error',
  doc: 'Do not add a NOT NULL column without a DEFAULT to an existing table.',
  why:
    'Existing rows would have NULL in the new column, so the statement fails as soon as the table has a row — in ' +
    'production, not in an empty test database.',
  fixHint: 'Add the column with a constant DEFAULT (instant on PostgreSQL 11+), or nullable and backfill it first.',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      if (cmd.subtype !== 'AT_AddColumn') return undefined;
      const def = nodeAs(cmd.def, 'ColumnDef');
      const cons = constraintsOf(def?.constraints);
      const notNull = cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
      const filled = cons.some((c) =>
        ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(c.contype ?? ''),
      );
      if (!notNull || filled || baseTypeName(def?.typeName).includes('serial')) {
        return undefined;
      }
      const table = relationName(alter.relation);
      return {
        statement: s,
        message:
          `Adding NOT NULL column \`${table}.${def?.colname}\` without a DEFAULT fails as soon as \`${table}\` has ` +
          'any row.',
        subject: def?.colname,
        fix: {
          description:
            'Give the column a constant DEFAULT (no rewrite on PostgreSQL 11+), or add it nullable, backfill, and ' +
            'then set NOT NULL with the CHECK … NOT VALID pattern.',
        },
        data: { table, column: def?.colname },
      };
    });
  },
};
