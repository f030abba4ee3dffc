import { BIGINT_IDENTITY, columnTypeRule } from '../columns.js';

export const preferBigintOverSmallint = columnTypeRule(
  {
    id: 'prefer-bigint-over-smallint',
    severity: 'notice',
    doc: 'Use bigint instead of smallint (and identity instead of smallserial) for new columns.',
    why:
      'smallint tops out at 32,767. When a column reaches it writes fail, and widening it later rewrites the table ' +
      'under an ACCESS EXCLUSIVE lock.',
    fixHint: 'bigint.',
    fixDescription: 'Use a 64-bit type.',
  },
  (use) => {
    if (use.builtin && use.base === 'int2') {
      return { says: 'is a 16-bit smallint; prefer bigint.', written: /^(smallint|int2)\b/i, replacement: 'bigint' };
    }
    if (!use.builtin && (use.base === 'smallserial' || use.base === 'serial2')) {
      return {
        says: `is a 16-bit ${use.base}; prefer bigint.`,
        written: /^(smallserial|serial2)\b/i,
        replacement: BIGINT_IDENTITY,
      };
    }
    return undefined;
  },
);
