import { relationName } from '../ast.js';
import { eachStatement, sqlOf, type Rule } from '../rule.js';

export const requireConcurrentIndexCreation: Rule = {
  id: 'require-concurrent-index-creation',
  severity: 'warning',
  doc: 'Build indexes on existing tables with CREATE INDEX CONCURRENTLY.',
  why:
    'A plain CREATE INDEX takes a SHARE lock on the table for the whole build: reads continue, but every ' +
    'INSERT, UPDATE and DELETE waits until the index is finished, which is minutes on a large table.',
  fixHint: 'CREATE INDEX CONCURRENTLY, in a migration that does not run inside a transaction.',
  check(file) {
    return eachStatement(file, 'IndexStmt', (index, s) => {
      if (index.concurrent || file.isNewTable(index.relation, s.index)) return undefined;
      const table = relationName(index.relation);
      const text = s.text.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX)\b/i, '$1 CONCURRENTLY');
      return {
        statement: s,
        message:
          `CREATE INDEX${index.idxname ? ` \`${index.idxname}\`` : ''} on \`${table}\` takes a SHARE lock: ` +
          `writes to \`${table}\` wait until the whole index is built.`,
        subject: index.idxname,
        fix: {
          description:
            'Build the index concurrently (no write lock). It cannot run inside a transaction: put it in its own ' +
            'migration with the runner’s transaction turned off, and drop the index if the build fails (it stays INVALID).',
          text: text === s.text ? undefined : sqlOf(text),
        },
        data: { lock: 'SHARE', table },
      };
    });
  },
};
