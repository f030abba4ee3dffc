import { relationName } from '../ast.js';
import { eachStatement, type Rule } from '../rule.js';

export const renamingTable: Rule = {
  id: 'renaming-table',
  severity: 'warning',
  doc: 'Do not rename tables that running code uses.',
  why:
    'The application version still running during and after the deploy queries the old name and fails until every ' +
    'instance runs the new code. The rename itself takes a brief ACCESS EXCLUSIVE lock.',
  fixHint: 'Create the new table (or a view with the new name), migrate, then drop the old name in a later release.',
  check(file) {
    return eachStatement(file, 'RenameStmt', (r, s) => {
      if (r.renameType !== 'OBJECT_TABLE' || file.isNewTable(r.relation, s.index)) return undefined;
      const table = relationName(r.relation);
      return {
        statement: s,
        message: `Renaming table \`${table}\` to \`${r.newname}\` breaks running code that still uses the old name.`,
        subject: table,
        fix: {
          description:
            'Rename, then create a view with the old name (simple views are updatable) until no code uses it, or ' +
            'keep the old name.',
        },
        data: { lock: 'ACCESS EXCLUSIVE', table },
      };
    });
  },
};
