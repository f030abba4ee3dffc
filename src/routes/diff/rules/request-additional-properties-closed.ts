import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isRequestArea } from './helpers.js';

export const requestAdditionalPropertiesClosed: DiffRule = {
  id: 'request-additional-properties-closed',
  level: 'error',
  doc: 'A request object now has `additionalProperties: false`: clients that send extra fields get rejected.',
  fixHint: 'Leave the object open (ignore unknown fields) or close it only in a new version.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'additional-properties-closed',
      (c) => isRequestArea(c.area),
      (c) => `${describePlace(c)} no longer accepts properties it does not list (additionalProperties: false).`,
    ),
};
