import type { Problem, Rule } from '../rule.js';
import { nonTransactionalStatement } from '../transactions.js';

export const banNonTransactionalStatementInTransaction: Rule = {
  id: 'ban-non-transactional-statement-in-transaction',
  severity: 'error',
  doc: 'Statements that cannot run in a transaction block must not be in one.',
  why:
    'DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE DATABASE and a ' +
    'few others are refused inside a transaction block, so the migration fails when it runs.',
  fixHint: 'Put the statement in its own migration with the runner’s transaction turned off.',
  check(file) {
    const out: Problem[] = [];
    for (const s of file.statements) {
      if (!s.inTransaction || s.kind === 'IndexStmt') continue; // CREATE INDEX CONCURRENTLY has its own rule
      const what = nonTransactionalStatement(s.ast, file.postgresVersion);
      if (!what) continue;
      const why = s.inExplicitTransaction
        ? 'inside BEGIN … COMMIT'
        : 'and the migration runner wraps this file in a transaction';
      out.push({
        statement: s,
        message: `${what} fails ${why}: it cannot run in a transaction block.`,
        subject: what,
        fix: { description: 'Move the statement to a migration of its own that runs outside a transaction.' },
      });
    }
    return out;
  },
};
