import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isResponseArea } from './helpers.js';

export const responsePropertyRemoved: DiffRule = {
  id: 'response-property-removed',
  level: 'error',
  doc: 'A required response property was removed: clients that read it break.',
  fixHint: 'Keep returning the property (deprecate it in its description) until clients stop reading it.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'property-removed',
      (c) => isResponseArea(c.area) && c.detail.required === true,
      (c) => `${describePlace(c)} was removed${c.detail.now ? ` (it is ${String(c.detail.now)} now)` : ''}.`,
    ),
};
