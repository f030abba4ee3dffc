import type { DiffRule } from '../types.js';
import { describePlace, hitsFor } from './helpers.js';

export const requestPropertyTypeChanged: DiffRule = {
  id: 'request-property-type-changed',
  level: 'error',
  doc: 'A request body value now has a different (not wider) type: what clients send today may be rejected.',
  fixHint: 'Keep the old type, or widen it (e.g. integer → number, string → [string, integer]).',
  check: (ctx) =>
    hitsFor(
      ctx,
      'type-changed',
      (c) => c.area.kind === 'request-body' && !c.detail.widened,
      (c) => `${describePlace(c)} changed type from ${String(c.detail.from)} to ${String(c.detail.to)}.`,
    ),
};
