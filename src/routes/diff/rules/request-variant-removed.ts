import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isRequestArea } from './helpers.js';

export const requestVariantRemoved: DiffRule = {
  id: 'request-variant-removed',
  level: 'error',
  doc: 'A oneOf/anyOf alternative of a request value was removed: clients sending that shape get rejected.',
  fixHint: 'Keep accepting the alternative until clients have moved.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'variant-removed',
      (c) => isRequestArea(c.area),
      (c) => `${describePlace(c)} no longer accepts the alternative ${String(c.detail.variant)}.`,
    ),
};
