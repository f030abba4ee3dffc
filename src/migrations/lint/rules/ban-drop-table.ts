import { nodeAs } from '../ast.js';
import { eachStatement, type Rule } from '../rule.js';

export const banDropTable: Rule = {
  id: 'ban-drop-table',
  severity: 'warning',
  doc: 'Drop a table only after no running code uses it.',
  why:
    'Code still running during the deploy that uses the table fails at once, and the data is gone. The drop takes ' +
    'an ACCESS EXCLUSIVE lock on the table (and on tables whose foreign keys point to it).',
  fixHint: 'Stop using the table first, release, back it up, then drop it in a later migration.',
  check(file) {
    return eachStatement(file, 'DropStmt', (drop, s) => {
      if (drop.removeType !== 'OBJECT_TABLE') return undefined;
      const tables = (drop.objects ?? [])
        .map((o) => (nodeAs(o, 'List')?.items ?? []).map((n) => nodeAs(n, 'String')?.sval ?? ''))
        .filter((parts) => {
          const relname = parts[parts.length - 1];
          const schemaname = parts.length > 1 ? parts[0] : undefined;
          return !file.isNewTable({ relname, schemaname }, s.index);
        })
        .map((parts) => parts.join('.'));
      if (tables.length === 0) return undefined;
      return {
        statement: s,
        message: `Dropping table ${tables.map((t) => `\`${t}\``).join(', ')} breaks running code that uses it and deletes its data.`,
        subject: tables.join(','),
        fix: { description: 'Remove every use from the application in an earlier release, then drop the table.' },
        data: { lock: 'ACCESS EXCLUSIVE', tables },
      };
    });
  },
};
