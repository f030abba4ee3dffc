import { names, nodeAs, quoteIdent, relationName, relationSql } from '../ast.js';
import type { Node } from 'libpg-query';
import { eachAlterOfExistingTable, type Problem, type Rule } from '../rule.js';

/** The column of a `col IS NOT NULL` expression, or undefined. */
function notNullCheckColumn(expr: Node | undefined): string | undefined {
  const test = nodeAs(expr, 'NullTest');
  if (test?.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const fields = names(nodeAs(test.arg, 'ColumnRef')?.fields);
  return fields.length === 1 ? fields[0] : undefined;
}

export const addingNotNullableField: Rule = {
  id: 'adding-not-nullable-field',
  severity: 'warning',
  doc: 'Do not SET NOT NULL on an existing column without a validated CHECK (col IS NOT NULL) first.',
  why:
    'SET NOT NULL scans the whole table to prove there is no NULL while holding an ACCESS EXCLUSIVE lock: all ' +
    'reads and writes wait for the scan. With a validated CHECK (col IS NOT NULL) constraint in place, PostgreSQL ' +
    '12+ skips the scan.',
  fixHint: 'ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; SET NOT NULL; DROP the CHECK.',
  check(file) {
    // `table.column` proven non-null by a validated CHECK earlier in the file.
    const proven = new Set<string>();
    // NOT VALID checks waiting for VALIDATE: `table name` → column.
    const pending = new Map<string, string>();
    const problems: Problem[] = eachAlterOfExistingTable(file, (cmd, alter, s) => {
      const table = relationName(alter.relation);
      if (cmd.subtype === 'AT_AddConstraint') {
        const con = nodeAs(cmd.def, 'Constraint');
        const col = con?.contype === 'CONSTR_CHECK' ? notNullCheckColumn(con.raw_expr) : undefined;
        if (col && con?.skip_validation && con.conname) pending.set(`${table}\u0000${con.conname}`, col);
        else if (col) proven.add(`${table}\u0000${col}`);
        return undefined;
      }
      if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
        const col = pending.get(`${table}\u0000${cmd.name}`);
        if (col) proven.add(`${table}\u0000${col}`);
        return undefined;
      }
      if (cmd.subtype !== 'AT_SetNotNull' || !cmd.name) return undefined;
      if (proven.has(`${table}\u0000${cmd.name}`) && file.postgresVersion >= 12) return undefined;
      const t = relationSql(alter.relation);
      const col = quoteIdent(cmd.name);
      const check = quoteIdent(`${alter.relation?.relname ?? 'table'}_${cmd.name}_not_null`);
      return {
        statement: s,
        message:
          `SET NOT NULL on \`${table}.${cmd.name}\` scans the whole table under an ACCESS EXCLUSIVE lock: all reads ` +
          `and writes of \`${table}\` wait for the scan.`,
        subject: cmd.name,
        fix: {
          description:
            'Prove the column has no NULL with a CHECK constraint validated under a weak lock, then SET NOT NULL ' +
            'skips the scan (PostgreSQL 12+). Run VALIDATE in a separate transaction.',
          text:
            `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID;\n` +
            `-- in a separate transaction:\n` +
            `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};\n` +
            `ALTER TABLE ${t} ALTER COLUMN ${col} SET NOT NULL;\n` +
            `ALTER TABLE ${t} DROP CONSTRAINT ${check};`,
        },
        data: { lock: 'ACCESS EXCLUSIVE', table, column: cmd.name },
      };
    });
    return problems;
  },
};
