import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isResponseArea } from './helpers.js';

export const responsePropertyTypeChanged: DiffRule = {
  id: 'response-property-type-changed',
  level: 'error',
  doc: 'A response value has a different (not narrower) type: clients parse it as the old type.',
  fixHint: 'Keep the old type; add a new property for the new representation.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'type-changed',
      (c) => isResponseArea(c.area) && !c.detail.narrowed,
      (c) => `${describePlace(c)} changed type from ${String(c.detail.from)} to ${String(c.detail.to)}.`,
    ),
};
