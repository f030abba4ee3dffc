import { relationName } from '../ast.js';
import { eachAlterOfExistingTable, type Rule } from '../rule.js';

export const banDropNotNull: Rule = {
  id: 'ban-drop-not-null',
  severity: 'notice',
  doc: 'Dropping NOT NULL lets NULL into a column that running code assumes is never NULL.',
  why:
    'Readers written for the old schema may crash on the first NULL; the change is backward-incompatible for them. ' +
    'The statement takes a brief ACCESS EXCLUSIVE lock.',
  fixHint: 'Make every reader handle NULL first, then drop the constraint.',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      if (cmd.subtype !== 'AT_DropNotNull') return undefined;
      const table = relationName(alter.relation);
      return {
        statement: s,
        message: `Dropping NOT NULL on \`${table}.${cmd.name}\` lets NULL reach code that assumes it never happens.`,
        subject: cmd.name,
        data: { lock: 'ACCESS EXCLUSIVE', table, column: cmd.name },
      };
    });
  },
};
