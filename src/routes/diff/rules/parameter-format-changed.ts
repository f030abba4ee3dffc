import type { DiffRule } from '../types.js';
import { describeArea, hitsFor } from './helpers.js';

export const parameterFormatChanged: DiffRule = {
  id: 'parameter-format-changed',
  level: 'warning',
  doc: 'The format of a parameter changed (e.g. date → date-time, int32 → uuid): values clients send may no longer be valid.',
  fixHint: 'Keep the old format, or accept both forms for a while.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'format-changed',
      (c) => c.area.kind === 'parameter',
      (c) =>
        `${describeArea(c.area)} changed format from ${String(c.detail.from ?? 'none')} to ${String(c.detail.to ?? 'none')}.`,
    ),
};
