import { derefChild } from '../../model.js';
import type { DiffRule, RuleHit } from '../types.js';

export const responseHeaderRemoved: DiffRule = {
  id: 'response-header-removed',
  level: 'error',
  doc: 'A required response header was removed (or became optional): clients that read it break.',
  fixHint: 'Keep sending the header.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const br = derefChild(ctx.base, op.base.node, 'responses');
      const hr = derefChild(ctx.head, op.head.node, 'responses');
      if (!br || !hr) continue;
      for (const status of Object.keys(br.value)) {
        if (!(status in hr.value)) continue;
        const bh = derefChild(ctx.base, derefChild(ctx.base, br, status) ?? br, 'headers');
        const hResponse = derefChild(ctx.head, hr, status);
        const hh = hResponse && derefChild(ctx.head, hResponse, 'headers');
        if (!bh) continue;
        for (const name of Object.keys(bh.value)) {
          const b = derefChild(ctx.base, bh, name);
          if (!b || b.value.required !== true) continue;
          const match = hh && Object.keys(hh.value).find((n) => n.toLowerCase() === name.toLowerCase());
          const h = match ? derefChild(ctx.head, hh, match) : undefined;
          if (h && h.value.required === true) continue;
          hits.push({
            operation: op.head,
            subject: [status, name.toLowerCase()],
            message: h
              ? `response ${status} header '${name}' is no longer required.`
              : `required response ${status} header '${name}' was removed.`,
            base: b,
            head: h ?? hResponse,
          });
        }
      }
    }
    return hits;
  },
};
