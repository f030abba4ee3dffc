import type { DiffRule, RuleHit } from '../types.js';
import { securityOf } from './helpers.js';

/** Error by default, unlike tools that treat it as info: a client without the credential breaks. */
export const securityRequirementAdded: DiffRule = {
  id: 'security-requirement-added',
  level: 'error',
  doc: 'The operation now requires authentication, or a security scheme it did not require before.',
  fixHint: 'Keep accepting the old way of calling (or anonymous calls) until clients have credentials.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const b = securityOf(ctx.base, op.base);
      const h = securityOf(ctx.head, op.head);
      const anonymous = (alts: Record<string, string[]>[]) =>
        alts.length === 0 || alts.some((a) => Object.keys(a).length === 0);
      const baseSchemes = new Set(b.alternatives.flatMap((a) => Object.keys(a)));
      if (anonymous(b.alternatives) && !anonymous(h.alternatives)) {
        const schemes = [...new Set(h.alternatives.flatMap((a) => Object.keys(a)))];
        hits.push({
          operation: op.head,
          subject: ['anonymous'],
          message: `the operation now requires authentication (${schemes.join(' or ')}); it accepted anonymous calls before.`,
          base: b.node ?? op.base.node,
          head: h.node ?? op.head.node,
        });
        continue;
      }
      if (anonymous(b.alternatives) || anonymous(h.alternatives)) continue;
      // Every head alternative needs a scheme the base never asked for: existing credentials no longer suffice.
      const satisfiable = h.alternatives.some((a) => Object.keys(a).every((s) => baseSchemes.has(s)));
      if (!satisfiable) {
        const schemes = [...new Set(h.alternatives.flatMap((a) => Object.keys(a)))];
        hits.push({
          operation: op.head,
          subject: ['schemes', ...schemes.sort()],
          message: `the operation now requires ${schemes.join(' or ')} instead of ${[...baseSchemes].join(' or ')}.`,
          base: b.node ?? op.base.node,
          head: h.node ?? op.head.node,
        });
      }
    }
    return hits;
  },
};
