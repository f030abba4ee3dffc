import { isDeprecated, sunsetOf } from '../../model.js';
import type { DiffRule, RuleHit } from '../types.js';

export const operationDeprecated: DiffRule = {
  id: 'operation-deprecated',
  level: 'notice',
  doc: 'An operation was marked deprecated; its x-sunset date (if any) is reported.',
  fixHint: 'Give it an `x-sunset: YYYY-MM-DD` date and tell clients what replaces it.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      if (isDeprecated(op.base) || !isDeprecated(op.head)) continue;
      const sunset = sunsetOf(op.head);
      hits.push({
        operation: op.head,
        subject: [],
        message: `the operation is now deprecated${sunset ? `, with sunset date ${sunset}` : ' (no x-sunset date given)'}.`,
        head: ctx.head.child(op.head.node, 'deprecated'),
        data: { sunset },
      });
    }
    return hits;
  },
};
