import type { DiffRule } from '../types.js';
import { parameterHits } from './helpers.js';

export const parameterBecameRequired: DiffRule = {
  id: 'parameter-became-required',
  level: 'error',
  doc: 'An optional parameter became required: calls that leave it out get rejected.',
  fixHint: 'Keep it optional and give it a default.',
  check: (ctx) =>
    parameterHits(ctx, 'base', ({ base: b, head: h }) => {
      if (!b || !h || b.value.required === true || h.value.required !== true) return undefined;
      return {
        message: `${String(h.value.in)} parameter '${String(h.value.name)}' became required.`,
        base: b,
        head: h,
      };
    }),
};
