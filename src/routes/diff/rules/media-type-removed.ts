import { derefChild } from '../../model.js';
import type { DiffRule, RuleHit } from '../types.js';

export const mediaTypeRemoved: DiffRule = {
  id: 'media-type-removed',
  level: 'error',
  doc: 'A request or response media type was removed: clients sending or accepting it break.',
  fixHint: 'Keep supporting the media type next to the new one.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const pairs: [string, ReturnType<typeof derefChild>, ReturnType<typeof derefChild>][] = [
        [
          'request body',
          derefChild(ctx.base, op.base.node, 'requestBody'),
          derefChild(ctx.head, op.head.node, 'requestBody'),
        ],
      ];
      const br = derefChild(ctx.base, op.base.node, 'responses');
      const hr = derefChild(ctx.head, op.head.node, 'responses');
      if (br && hr) {
        for (const status of Object.keys(br.value)) {
          if (status in hr.value)
            pairs.push([`response ${status}`, derefChild(ctx.base, br, status), derefChild(ctx.head, hr, status)]);
        }
      }
      for (const [what, b, h] of pairs) {
        if (!b || !h) continue;
        const bc = derefChild(ctx.base, b, 'content');
        const hc = derefChild(ctx.head, h, 'content');
        if (!bc || !hc) continue;
        for (const mediaType of Object.keys(bc.value)) {
          if (mediaType in hc.value) continue;
          hits.push({
            operation: op.head,
            subject: [what, mediaType],
            message: `${what} no longer offers ${mediaType}.`,
            base: ctx.base.child(bc, mediaType),
            head: hc,
          });
        }
      }
    }
    return hits;
  },
};
