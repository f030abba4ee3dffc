import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isRequestArea } from './helpers.js';

export const requestPropertyBecameNotNullable: DiffRule = {
  id: 'request-property-became-not-nullable',
  level: 'error',
  doc: 'A request value no longer accepts null: clients that send null get rejected.',
  fixHint: 'Keep accepting null (treat it as "not set").',
  check: (ctx) =>
    hitsFor(
      ctx,
      'became-not-nullable',
      (c) => isRequestArea(c.area),
      (c) => `${describePlace(c)} no longer accepts null.`,
    ),
};
