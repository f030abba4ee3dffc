import { nodeAs, relationName } from '../ast.js';
import type { LintStatement } from '../context.js';
import { sqlOf, type Problem, type Rule } from '../rule.js';

/** What is not re-runnable about a statement, with a re-runnable rewrite when one is simple. */
function fragility(s: LintStatement): { what: string; text?: string } | undefined {
  const create = nodeAs(s.ast, 'CreateStmt');
  if (create) {
    if (create.if_not_exists) return undefined;
    const text = s.text.replace(
      /^(CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE)\b/i,
      '$1 IF NOT EXISTS',
    );
    return { what: `CREATE TABLE \`${relationName(create.relation)}\` without IF NOT EXISTS`, text };
  }
  const index = nodeAs(s.ast, 'IndexStmt');
  if (index) {
    if (index.if_not_exists || !index.idxname) return undefined;
    const text = s.text.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX(?:\s+CONCURRENTLY)?)\b/i, '$1 IF NOT EXISTS');
    return { what: `CREATE INDEX \`${index.idxname}\` without IF NOT EXISTS`, text };
  }
  const drop = nodeAs(s.ast, 'DropStmt');
  if (drop) {
    if (drop.missing_ok) return undefined;
    const text = s.text.replace(
      /^(DROP\s+(?:TABLE|INDEX(?:\s+CONCURRENTLY)?|VIEW|MATERIALIZED\s+VIEW|SEQUENCE|TYPE|SCHEMA|FUNCTION|TRIGGER))\b/i,
      '$1 IF EXISTS',
    );
    return { what: 'DROP without IF EXISTS', text };
  }
  const alter = nodeAs(s.ast, 'AlterTableStmt');
  for (const c of alter?.cmds ?? []) {
    const cmd = nodeAs(c, 'AlterTableCmd');
    if (cmd?.missing_ok) continue;
    if (cmd?.subtype === 'AT_AddColumn') return { what: 'ADD COLUMN without IF NOT EXISTS' };
    if (cmd?.subtype === 'AT_DropColumn') return { what: 'DROP COLUMN without IF EXISTS' };
    if (cmd?.subtype === 'AT_DropConstraint') return { what: 'DROP CONSTRAINT without IF EXISTS' };
  }
  return undefined;
}

export const preferRobustStmts: Rule = {
  id: 'prefer-robust-stmts',
  severity: 'notice',
  doc: 'Make statements of migrations that run outside a transaction safe to re-run (IF NOT EXISTS / IF EXISTS).',
  why:
    'Without a transaction, a migration that fails half-way leaves its first statements applied; re-running it ' +
    'then fails on the objects that already exist, and someone has to fix the database by hand.',
  fixHint: 'CREATE … IF NOT EXISTS, DROP … IF EXISTS, ADD COLUMN IF NOT EXISTS.',
  check(file) {
    if (file.inTransaction) return [];
    const out: Problem[] = [];
    for (const s of file.statements) {
      if (s.inTransaction) continue;
      const f = fragility(s);
      if (!f) continue;
      out.push({
        statement: s,
        message: `${f.what} fails when the migration is re-run after a partial failure.`,
        fix: {
          description: 'Use IF NOT EXISTS / IF EXISTS so a re-run after a partial failure succeeds.',
          text: f.text && f.text !== s.text ? sqlOf(f.text) : undefined,
        },
      });
    }
    return out;
  },
};
