import type { DiffRule } from '../types.js';
import { parameterHits } from './helpers.js';

export const newOptionalParameter: DiffRule = {
  id: 'new-optional-parameter',
  level: 'notice',
  doc: 'A new optional parameter was added.',
  fixHint: 'Nothing to fix; document its default.',
  check: (ctx) =>
    parameterHits(ctx, 'head', ({ base, head: p }) => {
      if (base || !p || p.value.required === true) return undefined;
      return { message: `new optional ${String(p.value.in)} parameter '${String(p.value.name)}'.`, head: p };
    }),
};
