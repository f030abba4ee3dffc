import { derefChild } from '../../model.js';
import type { DiffRule, RuleHit } from '../types.js';

export const requestBodyBecameRequired: DiffRule = {
  id: 'request-body-became-required',
  level: 'error',
  doc: 'The request body became required (or a required body was added): calls without a body get rejected.',
  fixHint: 'Keep the body optional and fall back to the old behaviour when it is missing.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const b = derefChild(ctx.base, op.base.node, 'requestBody');
      const h = derefChild(ctx.head, op.head.node, 'requestBody');
      if (!h || h.value.required !== true || b?.value.required === true) continue;
      hits.push({
        operation: op.head,
        subject: [],
        message: b ? 'the request body became required.' : 'a required request body was added.',
        base: b ?? op.base.node,
        head: ctx.head.child(h, 'required') ?? h,
      });
    }
    return hits;
  },
};
