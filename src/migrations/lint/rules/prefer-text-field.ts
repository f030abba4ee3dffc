import { columnLabel, columnTypeUses } from '../columns.js';
import { sqlOf, type Problem, type Rule } from '../rule.js';

export const preferTextField: Rule = {
  id: 'prefer-text-field',
  severity: 'notice',
  doc: 'Use text (with a CHECK on length if needed) instead of varchar(n).',
  why:
    'Raising a varchar(n) limit later is an ALTER COLUMN TYPE that takes an ACCESS EXCLUSIVE lock, and lowering it ' +
    'rewrites the table; a CHECK (char_length(col) <= n) constraint can be changed with NOT VALID + VALIDATE instead.',
  fixHint: 'text, plus CHECK (char_length(col) <= n) if the limit matters.',
  check(file) {
    const out: Problem[] = [];
    for (const use of columnTypeUses(file)) {
      if (!use.builtin || use.base !== 'varchar' || !use.type.typmods?.length) continue;
      const text = file.replaceAt(
        use.statement,
        use.type.location ?? -1,
        /^(character\s+varying|varchar)\s*\(\s*\d+\s*\)/i,
        'text',
      );
      out.push({
        statement: use.statement,
        message: `Column \`${columnLabel(use)}\` is a varchar with a length limit; prefer text.`,
        subject: use.column,
        fix: {
          description: 'Use text; enforce a length with a CHECK constraint if needed.',
          text: text && sqlOf(text),
        },
      });
    }
    return out;
  },
};
