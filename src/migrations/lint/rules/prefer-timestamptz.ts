import { columnLabel, columnTypeUses } from '../columns.js';
import { sqlOf, type Problem, type Rule } from '../rule.js';

export const preferTimestamptz: Rule = {
  id: 'prefer-timestamptz',
  aliases: ['prefer-timestamp-tz'],
  severity: 'notice',
  doc: 'Use timestamptz instead of timestamp (without time zone).',
  why:
    'timestamp stores a wall-clock time with no zone: values written from sessions in different time zones, or ' +
    'across a daylight-saving change, cannot be compared correctly. Changing the type later rewrites the table.',
  fixHint: 'timestamptz.',
  check(file) {
    const out: Problem[] = [];
    for (const use of columnTypeUses(file)) {
      if (!use.builtin || use.base !== 'timestamp') continue;
      const pattern = /^timestamp(\s*\(\s*\d+\s*\))?(\s+without\s+time\s+zone)?/i;
      const text = file.replaceAt(use.statement, use.type.location ?? -1, pattern, 'timestamptz$1');
      out.push({
        statement: use.statement,
        message: `Column \`${columnLabel(use)}\` is timestamp without time zone; prefer timestamptz.`,
        subject: use.column,
        fix: { description: 'Use timestamptz.', text: text && sqlOf(text) },
      });
    }
    return out;
  },
};
