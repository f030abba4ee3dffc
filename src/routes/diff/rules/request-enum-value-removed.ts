import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isRequestArea, show } from './helpers.js';

export const requestEnumValueRemoved: DiffRule = {
  id: 'request-enum-value-removed',
  level: 'error',
  doc: 'A value was removed from an enum that clients send: requests using it get rejected.',
  fixHint: 'Keep accepting the value (map it to its replacement on the server).',
  check: (ctx) =>
    hitsFor(
      ctx,
      'enum-value-removed',
      (c) => isRequestArea(c.area),
      (c) => `${describePlace(c)} no longer accepts ${show(c.detail.value)}.`,
    ),
};
