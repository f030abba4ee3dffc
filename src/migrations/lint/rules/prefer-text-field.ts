import { columnTypeRule } from '../columns.js';

export const preferTextField = columnTypeRule(
  {
    id: 'prefer-text-field',
    severity: 'notice',
    doc: 'Use text (with a CHECK on length if needed) instead of varchar(n).',
    why:
      'Raising a varchar(n) limit later is an ALTER COLUMN TYPE that takes an ACCESS EXCLUSIVE lock, and lowering it ' +
      'rewrites the table; a CHECK (char_length(col) <= n) constraint can be changed with NOT VALID + VALIDATE instead.',
    fixHint: 'text, plus CHECK (char_length(col) <= n) if the limit matters.',
    fixDescription: 'Use text; enforce a length with a CHECK constraint if needed.',
  },
  (use) =>
    use.builtin && use.base === 'varchar' && use.type.typmods?.length
      ? {
          says: 'is a varchar with a length limit; prefer text.',
          written: /^(character\s+varying|varchar)\s*\(\s*\d+\s*\)/i,
          replacement: 'text',
        }
      : undefined,
);
