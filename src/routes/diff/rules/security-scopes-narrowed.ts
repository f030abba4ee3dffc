import type { DiffRule, RuleHit } from '../types.js';
import { securityOf } from './helpers.js';

export const securityScopesNarrowed: DiffRule = {
  id: 'security-scopes-narrowed',
  level: 'error',
  doc: 'The operation requires an OAuth/OpenID scope it did not require before: tokens issued today are refused.',
  fixHint: 'Keep accepting tokens with the old scopes, e.g. as another security alternative.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const b = securityOf(ctx.base, op.base);
      const h = securityOf(ctx.head, op.head);
      for (const alt of h.alternatives) {
        for (const [scheme, scopes] of Object.entries(alt)) {
          const before = b.alternatives.filter((a) => scheme in a);
          if (before.length === 0 || !Array.isArray(scopes)) continue;
          // A token that satisfied some base alternative for this scheme must still satisfy one now.
          const newScopes = scopes.filter((s) => !before.some((a) => (a[scheme] ?? []).includes(s)));
          if (newScopes.length === 0) continue;
          hits.push({
            operation: op.head,
            subject: [scheme, ...newScopes.sort()],
            message: `security scheme '${scheme}' now also requires scope${newScopes.length > 1 ? 's' : ''} ${newScopes.map((s) => `'${s}'`).join(', ')}.`,
            base: b.node ?? op.base.node,
            head: h.node ?? op.head.node,
          });
        }
      }
    }
    return hits;
  },
};
