import { relationName } from '../ast.js';
import { eachStatement, type Rule } from '../rule.js';

export const banConcurrentIndexCreationInTransaction: Rule = {
  id: 'ban-concurrent-index-creation-in-transaction',
  severity: 'error',
  doc: 'CREATE INDEX CONCURRENTLY must not run inside a transaction.',
  why:
    'PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction block, so the migration fails — either at ' +
    'an explicit BEGIN or because the migration runner wraps each file in a transaction.',
  fixHint: 'Put the statement in its own migration with the runner’s transaction turned off.',
  check(file) {
    return eachStatement(file, 'IndexStmt', (index, s) => {
      if (!index.concurrent || !s.inTransaction) return undefined;
      const why = s.inExplicitTransaction
        ? 'inside BEGIN … COMMIT'
        : 'and the migration runner wraps this file in a transaction';
      return {
        statement: s,
        message: `CREATE INDEX CONCURRENTLY on \`${relationName(index.relation)}\` fails ${why}: it cannot run in a transaction block.`,
        subject: index.idxname,
        fix: {
          description:
            'Move the statement to a migration of its own that runs outside a transaction (e.g. dbmate ' +
            '`transaction:false`, node-pg-migrate `pgm.noTransaction()`, Flyway `executeInTransaction=false`).',
        },
      };
    });
  },
};
