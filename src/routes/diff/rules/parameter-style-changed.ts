import type { DiffRule, RuleHit } from '../types.js';

const DEFAULT_STYLE: Record<string, string> = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' };

export const parameterStyleChanged: DiffRule = {
  id: 'parameter-style-changed',
  level: 'error',
  doc: 'The serialization of a parameter (style or explode) changed: arrays and objects clients send are parsed differently.',
  fixHint: 'Keep the old style and explode values.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const after = ctx.parameters(ctx.head, op.head);
      for (const [key, b] of ctx.parameters(ctx.base, op.base)) {
        const h = after.get(key);
        if (!h) continue;
        const where = String(b.value.in);
        const style = (p: typeof b) => String(p.value.style ?? DEFAULT_STYLE[where] ?? 'form');
        const explode = (p: typeof b) => Boolean(p.value.explode ?? style(p) === 'form');
        if (style(b) === style(h) && explode(b) === explode(h)) continue;
        hits.push({
          operation: op.head,
          subject: [key],
          message: `${where} parameter '${String(h.value.name)}' changed serialization from style=${style(b)}, explode=${explode(b)} to style=${style(h)}, explode=${explode(h)}.`,
          base: b,
          head: h,
        });
      }
    }
    return hits;
  },
};
