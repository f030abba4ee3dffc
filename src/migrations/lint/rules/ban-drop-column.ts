import { relationName } from '../ast.js';
import { eachAlterOfExistingTable, type Rule } from '../rule.js';

export const banDropColumn: Rule = {
  id: 'ban-drop-column',
  severity: 'warning',
  doc: 'Drop a column only after no running code reads or writes it.',
  why:
    'Code still running during the deploy that names the column fails at once (SELECT *-style ORMs too), and the ' +
    'data is gone. The drop takes a brief ACCESS EXCLUSIVE lock.',
  fixHint: 'Stop using the column in the application first, release, then drop it in a later migration.',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      if (cmd.subtype !== 'AT_DropColumn') return undefined;
      const table = relationName(alter.relation);
      return {
        statement: s,
        message: `Dropping column \`${table}.${cmd.name}\` breaks running code that uses it and deletes its data.`,
        subject: cmd.name,
        fix: {
          description:
            'Remove every use from the application (and ORM models) in an earlier release, then drop the column.',
        },
        data: { lock: 'ACCESS EXCLUSIVE', table, column: cmd.name },
      };
    });
  },
};
