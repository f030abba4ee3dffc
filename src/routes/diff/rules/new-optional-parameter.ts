import type { DiffRule, RuleHit } from '../types.js';

export const newOptionalParameter: DiffRule = {
  id: 'new-optional-parameter',
  level: 'notice',
  doc: 'A new optional parameter was added.',
  fixHint: 'Nothing to fix; document its default.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const before = ctx.parameters(ctx.base, op.base);
      for (const [key, p] of ctx.parameters(ctx.head, op.head)) {
        if (before.has(key) || p.value.required === true) continue;
        hits.push({
          operation: op.head,
          subject: [key],
          message: `new optional ${String(p.value.in)} parameter '${String(p.value.name)}'.`,
          head: p,
        });
      }
    }
    return hits;
  },
};
