import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isRequestArea, show } from './helpers.js';

export const requestConstraintTightened: DiffRule = {
  id: 'request-constraint-tightened',
  level: 'error',
  doc: 'A request value got a stricter constraint (min/max, length, items, pattern, enum, type, multipleOf, uniqueItems): values accepted before are rejected now.',
  fixHint: 'Keep the old limits for existing clients, or validate the stricter rule only for new versions.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'constraint-tightened',
      (c) => isRequestArea(c.area),
      (c) =>
        `${describePlace(c)}: ${String(c.detail.keyword)} tightened from ${c.detail.from === null ? 'none' : show(c.detail.from)} to ${show(c.detail.to)}.`,
    ),
};
