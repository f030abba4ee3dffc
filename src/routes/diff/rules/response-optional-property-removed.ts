import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isResponseArea } from './helpers.js';

export const responseOptionalPropertyRemoved: DiffRule = {
  id: 'response-optional-property-removed',
  level: 'warning',
  doc: 'An optional response property was removed: clients that use it when present lose the data.',
  fixHint: 'Keep returning it for a while, marked deprecated in its description.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'property-removed',
      (c) => isResponseArea(c.area) && c.detail.required !== true,
      (c) => `optional ${describePlace(c)} was removed.`,
    ),
};
