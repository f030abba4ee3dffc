import { eachStatement, sqlOf, type Rule } from '../rule.js';
import { nodeAs } from '../ast.js';

export const requireConcurrentIndexDeletion: Rule = {
  id: 'require-concurrent-index-deletion',
  severity: 'warning',
  doc: 'Drop indexes with DROP INDEX CONCURRENTLY.',
  why:
    'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index’s table: every read and write of the table ' +
    'waits, and while DROP INDEX itself waits for a long transaction, everything queues behind it.',
  fixHint: 'DROP INDEX CONCURRENTLY IF EXISTS, outside a transaction.',
  check(file) {
    return eachStatement(file, 'DropStmt', (drop, s) => {
      if (drop.removeType !== 'OBJECT_INDEX' || drop.concurrent) return undefined;
      const indexes = (drop.objects ?? []).map((o) =>
        (nodeAs(o, 'List')?.items ?? []).map((n) => nodeAs(n, 'String')?.sval ?? '').join('.'),
      );
      const text = s.text.replace(/^(DROP\s+INDEX)\b/i, '$1 CONCURRENTLY');
      return {
        statement: s,
        message:
          `DROP INDEX ${indexes.map((i) => `\`${i}\``).join(', ')} takes an ACCESS EXCLUSIVE lock on its table: ` +
          'all reads and writes of the table wait.',
        subject: indexes.join(','),
        fix: {
          description:
            'Drop the index concurrently (one index per statement, no CASCADE), in a migration that does not run ' +
            'inside a transaction.',
          text: indexes.length === 1 && drop.behavior !== 'DROP_CASCADE' && text !== s.text ? sqlOf(text) : undefined,
        },
        data: { lock: 'ACCESS EXCLUSIVE' },
      };
    });
  },
};
