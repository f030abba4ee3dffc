import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isResponseArea } from './helpers.js';

export const responseVariantAdded: DiffRule = {
  id: 'response-variant-added',
  level: 'warning',
  doc: 'A response value gained a oneOf/anyOf alternative: clients may receive a shape they do not handle.',
  fixHint: 'Tell clients about the new shape; make sure they skip unknown ones.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'variant-added',
      (c) => isResponseArea(c.area),
      (c) => `${describePlace(c)} may now be ${String(c.detail.variant)}.`,
    ),
};
