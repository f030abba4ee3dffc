import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isResponseArea, show } from './helpers.js';

export const responseEnumValueAdded: DiffRule = {
  id: 'response-enum-value-added',
  level: 'warning',
  doc: 'A response enum gained a value: clients with an exhaustive switch may not handle it.',
  fixHint: 'Tell clients about the new value; make sure they have a default branch.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'enum-value-added',
      (c) => isResponseArea(c.area),
      (c) => `${describePlace(c)} may now return ${show(c.detail.value)}.`,
    ),
};
