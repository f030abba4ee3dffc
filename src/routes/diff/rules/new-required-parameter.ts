import type { DiffRule, RuleHit } from '../types.js';

export const newRequiredParameter: DiffRule = {
  id: 'new-required-parameter',
  level: 'error',
  doc: 'A new required parameter was added: existing calls do not send it and get rejected.',
  fixHint: 'Make the new parameter optional with a default that keeps the old behaviour.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const before = ctx.parameters(ctx.base, op.base);
      for (const [key, p] of ctx.parameters(ctx.head, op.head)) {
        if (before.has(key) || p.value.required !== true || p.value.in === 'path') continue;
        hits.push({
          operation: op.head,
          subject: [key],
          message: `new required ${String(p.value.in)} parameter '${String(p.value.name)}'.`,
          head: p,
        });
      }
    }
    return hits;
  },
};
