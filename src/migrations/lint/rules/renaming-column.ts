import { relationName } from '../ast.js';
import { eachStatement, type Rule } from '../rule.js';

export const renamingColumn: Rule = {
  id: 'renaming-column',
  severity: 'warning',
  doc: 'Do not rename columns that running code uses.',
  why:
    'The application version still running during and after the deploy queries the old name and fails until every ' +
    'instance runs the new code. The rename itself takes a brief ACCESS EXCLUSIVE lock.',
  fixHint: 'Add the new column, write to both, backfill, move reads, then drop the old one in a later release.',
  check(file) {
    return eachStatement(file, 'RenameStmt', (r, s) => {
      if (r.renameType !== 'OBJECT_COLUMN' || file.isNewTable(r.relation, s.index)) return undefined;
      const table = relationName(r.relation);
      return {
        statement: s,
        message: `Renaming column \`${table}.${r.subname}\` to \`${r.newname}\` breaks running code that still uses the old name.`,
        subject: r.subname,
        fix: {
          description:
            'Expand and contract: add the new column, write both, backfill, switch reads, drop the old column later ' +
            '(or keep the old name and map it in the application).',
        },
        data: { lock: 'ACCESS EXCLUSIVE', table },
      };
    });
  },
};
