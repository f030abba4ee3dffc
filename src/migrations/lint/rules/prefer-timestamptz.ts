import { columnTypeRule } from '../columns.js';

export const preferTimestamptz = columnTypeRule(
  {
    id: 'prefer-timestamptz',
    aliases: ['prefer-timestamp-tz'],
    severity: 'notice',
    doc: 'Use timestamptz instead of timestamp (without time zone).',
    why:
      'timestamp stores a wall-clock time with no zone: values written from sessions in different time zones, or ' +
      'across a daylight-saving change, cannot be compared correctly. Changing the type later rewrites the table.',
    fixHint: 'timestamptz.',
    fixDescription: 'Use timestamptz.',
  },
  (use) =>
    use.builtin && use.base === 'timestamp'
      ? {
          says: 'is timestamp without time zone; prefer timestamptz.',
          written: /^timestamp(\s*\(\s*\d+\s*\))?(\s+without\s+time\s+zone)?/i,
          replacement: 'timestamptz$1',
        }
      : undefined,
);
