import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isRequestArea, show } from './helpers.js';

export const defaultValueChanged: DiffRule = {
  id: 'default-value-changed',
  level: 'warning',
  doc: 'The default of a request value changed: clients that leave it out silently get different behaviour.',
  fixHint: 'Keep the old default; let clients opt in to the new value explicitly.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'default-changed',
      (c) => isRequestArea(c.area),
      (c) => `${describePlace(c)}: default changed from ${show(c.detail.from)} to ${show(c.detail.to)}.`,
    ),
};
