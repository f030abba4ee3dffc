import type { DiffRule } from '../types.js';
import { describePlace, hitsFor } from './helpers.js';

export const discriminatorChanged: DiffRule = {
  id: 'discriminator-changed',
  level: 'error',
  doc: 'A discriminator property or mapping changed: both sides pick the wrong variant for existing payloads.',
  fixHint: 'Keep the discriminator property and existing mapping values; only add new ones.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'discriminator-changed',
      () => true,
      (c) =>
        c.detail.what === 'propertyName'
          ? `${describePlace(c)}: discriminator property changed from '${String(c.detail.from)}' to '${String(c.detail.to)}'.`
          : c.detail.what === 'mapping-removed'
            ? `${describePlace(c)}: discriminator value '${String(c.detail.value)}' was removed.`
            : `${describePlace(c)}: discriminator value '${String(c.detail.value)}' now maps to ${String(c.detail.to)}.`,
    ),
};
