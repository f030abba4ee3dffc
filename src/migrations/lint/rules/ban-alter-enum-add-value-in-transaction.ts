import { names } from '../ast.js';
import { eachStatement, type Rule } from '../rule.js';

export const banAlterEnumAddValueInTransaction: Rule = {
  id: 'ban-alter-enum-add-value-in-transaction',
  severity: 'error',
  doc: 'Do not add an enum value and use it in the same transaction (or add it in a transaction before PostgreSQL 12).',
  why:
    'Before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run inside a transaction block at all; from 12 on it can, ' +
    'but the new value cannot be used until the transaction commits ("unsafe use of new value"), so the migration fails.',
  fixHint:
    'Add the enum value in its own migration (outside a transaction before PostgreSQL 12), use it in a later one.',
  check(file) {
    return eachStatement(file, 'AlterEnumStmt', (e, s) => {
      if (!e.newVal || e.oldVal || !s.inTransaction) return undefined;
      const type = names(e.typeName).join('.');
      if (file.postgresVersion < 12) {
        return {
          statement: s,
          message: `ALTER TYPE \`${type}\` ADD VALUE '${e.newVal}' cannot run inside a transaction block before PostgreSQL 12.`,
          subject: e.newVal,
          fix: { description: 'Move it to its own migration that runs outside a transaction.' },
        };
      }
      const literal = `'${e.newVal.replace(/'/g, "''")}'`;
      const use = file.statements.find(
        (later) => later.index > s.index && later.transactionId === s.transactionId && later.text.includes(literal),
      );
      if (!use) return undefined;
      return {
        statement: s,
        message:
          `Enum value '${e.newVal}' added to \`${type}\` is used on line ${use.startLine} in the same transaction, ` +
          'which PostgreSQL refuses until the ADD VALUE commits.',
        subject: e.newVal,
        fix: {
          description: 'Commit the ADD VALUE first: move the statements that use the value to a later migration.',
        },
        data: { usedOnLine: use.startLine },
      };
    });
  },
};
