import type { DiffRule } from '../types.js';
import { parameterHits } from './helpers.js';

export const parameterRemoved: DiffRule = {
  id: 'parameter-removed',
  level: 'warning',
  doc: 'A parameter was removed: clients still send it, and a strict server may reject it or silently ignore what it meant.',
  fixHint: 'Keep accepting the parameter (deprecate it with `deprecated: true`) until clients stop sending it.',
  check: (ctx) =>
    parameterHits(ctx, 'base', ({ op, base: b, head: h }) => {
      if (!b || h || b.value.in === 'path') return undefined;
      return {
        message: `${String(b.value.in)} parameter '${String(b.value.name)}' was removed.`,
        base: b,
        head: op.head.node,
      };
    }),
};
