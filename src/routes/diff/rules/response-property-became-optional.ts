import type { DiffRule } from '../types.js';
import { describePlace, hitsFor, isResponseArea } from './helpers.js';

export const responsePropertyBecameOptional: DiffRule = {
  id: 'response-property-became-optional',
  level: 'error',
  doc: 'A response property that was always present may now be missing: clients that rely on it break.',
  fixHint: 'Keep it required; return a neutral value instead of leaving it out.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'property-became-optional',
      (c) => isResponseArea(c.area),
      (c) => `${describePlace(c)} is no longer required (it may be missing).`,
    ),
};
