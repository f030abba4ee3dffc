import type { DiffRule } from '../types.js';
import { describePlace, hitsFor } from './helpers.js';

export const newRequiredRequestProperty: DiffRule = {
  id: 'new-required-request-property',
  level: 'error',
  doc: 'A new required property was added to a request body: existing clients do not send it.',
  fixHint: 'Make the property optional with a server-side default.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'property-added',
      (c) => c.area.kind === 'request-body' && c.detail.required === true,
      (c) => `new required ${describePlace(c)}.`,
    ),
};
