import { sunsetOf } from '../../model.js';
import type { DiffRule, RuleHit } from '../types.js';

export const sunsetDateChanged: DiffRule = {
  id: 'sunset-date-changed',
  level: 'warning',
  doc: 'The x-sunset date of an operation was moved earlier or removed: clients planned around the old date.',
  fixHint: 'Keep the announced sunset date, or announce the new one well ahead.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const from = sunsetOf(op.base);
      const to = sunsetOf(op.head);
      if (!from || (to !== undefined && to >= from)) continue;
      hits.push({
        operation: op.head,
        subject: [from],
        message: to ? `the sunset date moved earlier, from ${from} to ${to}.` : `the sunset date ${from} was removed.`,
        base: ctx.base.child(op.base.node, 'x-sunset') ?? op.base.node,
        head: ctx.head.child(op.head.node, 'x-sunset') ?? op.head.node,
        data: { from, to },
      });
    }
    return hits;
  },
};
