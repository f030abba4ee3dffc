import type { DiffRule } from '../types.js';
import { parameterHits } from './helpers.js';

export const newRequiredParameter: DiffRule = {
  id: 'new-required-parameter',
  level: 'error',
  doc: 'A new required parameter was added: existing calls do not send it and get rejected.',
  fixHint: 'Make the new parameter optional with a default that keeps the old behaviour.',
  check: (ctx) =>
    parameterHits(ctx, 'head', ({ base, head: p }) => {
      if (base || !p || p.value.required !== true || p.value.in === 'path') return undefined;
      return { message: `new required ${String(p.value.in)} parameter '${String(p.value.name)}'.`, head: p };
    }),
};
