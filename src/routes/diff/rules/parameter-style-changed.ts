import type { Json } from '../../model.js';
import type { Located } from '../../spec/load.js';
import type { DiffRule } from '../types.js';
import { parameterHits } from './helpers.js';

const DEFAULT_STYLE: Record<string, string> = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' };

export const parameterStyleChanged: DiffRule = {
  id: 'parameter-style-changed',
  level: 'error',
  doc: 'The serialization of a parameter (style or explode) changed: arrays and objects clients send are parsed differently.',
  fixHint: 'Keep the old style and explode values.',
  check: (ctx) =>
    parameterHits(ctx, 'base', ({ base: b, head: h }) => {
      if (!b || !h) return undefined;
      const where = String(b.value.in);
      const style = (p: Located<Json>) => String(p.value.style ?? DEFAULT_STYLE[where] ?? 'form');
      const explode = (p: Located<Json>) => Boolean(p.value.explode ?? style(p) === 'form');
      if (style(b) === style(h) && explode(b) === explode(h)) return undefined;
      return {
        message: `${where} parameter '${String(h.value.name)}' changed serialization from style=${style(b)}, explode=${explode(b)} to style=${style(h)}, explode=${explode(h)}.`,
        base: b,
        head: h,
      };
    }),
};
