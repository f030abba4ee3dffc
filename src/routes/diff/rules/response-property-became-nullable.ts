import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isResponseArea } from './helpers.js';

export const responsePropertyBecameNullable: DiffRule = {
  id: 'response-property-became-nullable',
  level: 'error',
  doc: 'A response value may now be null: clients that do not expect null crash on it.',
  fixHint: 'Return a non-null value, or add a new nullable property beside the old one.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'became-nullable',
      (c) => isResponseArea(c.area),
      (c) => `${describePlace(c)} may now be null.`,
    ),
};
