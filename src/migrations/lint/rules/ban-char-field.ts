import { columnTypeRule } from '../columns.js';

export const banCharField = columnTypeRule(
  {
    id: 'ban-char-field',
    severity: 'notice',
    doc: 'Use text instead of char(n).',
    why:
      'char(n) pads values with spaces, compares with surprising rules and is never faster than text in PostgreSQL; ' +
      'changing it later rewrites the table under an ACCESS EXCLUSIVE lock.',
    fixHint: 'text (with a CHECK on length if needed).',
    fixDescription: 'Use text.',
  },
  (use) =>
    use.builtin && use.base === 'bpchar'
      ? {
          says: 'is char(n); prefer text.',
          written: /^(character|char|bpchar)(\s*\(\s*\d+\s*\))?/i,
          replacement: 'text',
        }
      : undefined,
);
