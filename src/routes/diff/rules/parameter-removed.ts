import type { DiffRule, RuleHit } from '../types.js';

export const parameterRemoved: DiffRule = {
  id: 'parameter-removed',
  level: 'warning',
  doc: 'A parameter was removed: clients still send it, and a strict server may reject it or silently ignore what it meant.',
  fixHint: 'Keep accepting the parameter (deprecate it with `deprecated: true`) until clients stop sending it.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const after = ctx.parameters(ctx.head, op.head);
      for (const [key, b] of ctx.parameters(ctx.base, op.base)) {
        if (after.has(key) || b.value.in === 'path') continue;
        hits.push({
          operation: op.head,
          subject: [key],
          message: `${String(b.value.in)} parameter '${String(b.value.name)}' was removed.`,
          base: b,
          head: op.head.node,
        });
      }
    }
    return hits;
  },
};
