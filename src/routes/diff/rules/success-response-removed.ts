import { derefChild } from '../../model.js';
import type { DiffRule, RuleHit } from '../types.js';
import { statusIsSuccess } from './helpers.js';

export const successResponseRemoved: DiffRule = {
  id: 'success-response-removed',
  level: 'error',
  doc: 'A success (2xx) response status was removed: clients that check for it treat the new one as a failure.',
  fixHint: 'Keep returning the old status; add a new one only in a new version.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const b = derefChild(ctx.base, op.base.node, 'responses');
      const h = derefChild(ctx.head, op.head.node, 'responses');
      if (!b) continue;
      for (const status of Object.keys(b.value)) {
        if (!statusIsSuccess(status) || (h && status in h.value)) continue;
        hits.push({
          operation: op.head,
          subject: [status],
          message: `success response ${status} was removed${h ? ` (now: ${Object.keys(h.value).join(', ')})` : ''}.`,
          base: ctx.base.child(b, status),
          head: h ?? op.head.node,
        });
      }
    }
    return hits;
  },
};
