import type { DiffRule } from '../types.js';
import { describeArea, hitsFor } from './helpers.js';

export const parameterTypeChanged: DiffRule = {
  id: 'parameter-type-changed',
  level: 'error',
  doc: 'A parameter now accepts a different type: values clients send today may be rejected.',
  fixHint: 'Keep the old type; accept the new form as an additional parameter or a wider type.',
  check: (ctx) =>
    hitsFor(
      ctx,
      'type-changed',
      (c) => c.area.kind === 'parameter' && !c.detail.widened,
      (c) =>
        `${describeArea(c.area)}${c.path ? ` (${c.path})` : ''} changed type from ${String(c.detail.from)} to ${String(c.detail.to)}.`,
    ),
};
