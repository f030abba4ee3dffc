import type { DiffRule, RuleHit } from '../types.js';

export const parameterBecameRequired: DiffRule = {
  id: 'parameter-became-required',
  level: 'error',
  doc: 'An optional parameter became required: calls that leave it out get rejected.',
  fixHint: 'Keep it optional and give it a default.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const after = ctx.parameters(ctx.head, op.head);
      for (const [key, b] of ctx.parameters(ctx.base, op.base)) {
        const h = after.get(key);
        if (!h || b.value.required === true || h.value.required !== true) continue;
        hits.push({
          operation: op.head,
          subject: [key],
          message: `${String(h.value.in)} parameter '${String(h.value.name)}' became required.`,
          base: b,
          head: h,
        });
      }
    }
    return hits;
  },
};
