import { nodeAs, relationName } from '../ast.js';
import { eachStatement, type Rule } from '../rule.js';

export const banTruncateCascade: Rule = {
  id: 'ban-truncate-cascade',
  severity: 'error',
  doc: 'Do not TRUNCATE … CASCADE.',
  why:
    'CASCADE also empties every table that has a foreign key to the truncated ones, recursively — often far more ' +
    'data than intended — under ACCESS EXCLUSIVE locks on all of them.',
  fixHint: 'Name every table to truncate explicitly, without CASCADE.',
  check(file) {
    return eachStatement(file, 'TruncateStmt', (t, s) => {
      if (t.behavior !== 'DROP_CASCADE') return undefined;
      const tables = (t.relations ?? []).map((r) => relationName(nodeAs(r, 'RangeVar')));
      return {
        statement: s,
        message: `TRUNCATE ${tables.map((x) => `\`${x}\``).join(', ')} CASCADE also empties every table that references them.`,
        subject: tables.join(','),
        fix: { description: 'List the tables to truncate explicitly and drop CASCADE.' },
        data: { lock: 'ACCESS EXCLUSIVE', tables },
      };
    });
  },
};
