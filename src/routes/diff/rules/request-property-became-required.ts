import type { DiffRule } from '../types.js';
import { describePlace, hitsFor } from './helpers.js';

export const requestPropertyBecameRequired: DiffRule = {
  id: 'request-property-became-required',
  level: 'error',
  doc: 'An optional request property became required: clients that leave it out get rejected.',
  fixHint: 'Keep it optional and default it on the server.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'property-became-required',
      (c) => c.area.kind === 'request-body',
      (c) => `${describePlace(c)} became required.`,
    ),
};
