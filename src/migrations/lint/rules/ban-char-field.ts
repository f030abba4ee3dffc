import { columnLabel, columnTypeUses } from '../columns.js';
import { sqlOf, type Problem, type Rule } from '../rule.js';

export const banCharField: Rule = {
  id: 'ban-char-field',
  severity: 'notice',
  doc: 'Use text instead of char(n).',
  why:
    'char(n) pads values with spaces, compares with surprising rules and is never faster than text in PostgreSQL; ' +
    'changing it later rewrites the table under an ACCESS EXCLUSIVE lock.',
  fixHint: 'text (with a CHECK on length if needed).',
  check(file) {
    const out: Problem[] = [];
    for (const use of columnTypeUses(file)) {
      if (!use.builtin || use.base !== 'bpchar') continue;
      const text = file.replaceAt(
        use.statement,
        use.type.location ?? -1,
        /^(character|char|bpchar)(\s*\(\s*\d+\s*\))?/i,
        'text',
      );
      out.push({
        statement: use.statement,
        message: `Column \`${columnLabel(use)}\` is char(n); prefer text.`,
        subject: use.column,
        fix: { description: 'Use text.', text: text && sqlOf(text) },
      });
    }
    return out;
  },
};
