import { hasOption, relationName } from '../ast.js';
import { eachStatement, sqlOf, type Rule } from '../rule.js';

export const requireConcurrentReindex: Rule = {
  id: 'require-concurrent-reindex',
  severity: 'warning',
  doc: 'Rebuild indexes with REINDEX … CONCURRENTLY (PostgreSQL 12+).',
  why:
    'A plain REINDEX locks out writes to the table (SHARE) and takes ACCESS EXCLUSIVE on the index itself, so ' +
    'queries that would use the index wait too, for the whole rebuild.',
  fixHint: 'REINDEX INDEX CONCURRENTLY …, outside a transaction.',
  check(file) {
    if (file.postgresVersion < 12) return [];
    return eachStatement(file, 'ReindexStmt', (r, s) => {
      if (hasOption(r.params, 'concurrently')) return undefined;
      if (r.kind === 'REINDEX_OBJECT_SYSTEM') return undefined; // system catalogs cannot be reindexed concurrently
      if (file.isNewTable(r.relation, s.index)) return undefined;
      const target = r.relation ? relationName(r.relation) : (r.name ?? '?');
      const text = s.text.replace(
        /^(REINDEX\s+(?:\([^)]*\)\s*)?(?:INDEX|TABLE|SCHEMA|DATABASE))\b/i,
        '$1 CONCURRENTLY',
      );
      return {
        statement: s,
        message: `REINDEX of \`${target}\` blocks writes to the table and queries that use the index until it finishes.`,
        subject: target,
        fix: {
          description: 'Rebuild concurrently, in a migration that does not run inside a transaction.',
          text: text === s.text ? undefined : sqlOf(text),
        },
        data: { lock: 'SHARE' },
      };
    });
  },
};
