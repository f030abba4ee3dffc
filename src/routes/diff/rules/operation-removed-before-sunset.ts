import { isDeprecated, sunsetOf } from '../../model.js';
import type { DiffRule } from '../types.js';

export const operationRemovedBeforeSunset: DiffRule = {
  id: 'operation-removed-before-sunset',
  level: 'error',
  doc: 'A deprecated operation was removed before its announced `x-sunset` date.',
  fixHint: 'Keep the operation until its x-sunset date has passed, or announce an earlier date and wait for it.',
  check: (ctx) =>
    ctx.removed
      .filter((op) => isDeprecated(op) && (sunsetOf(op) ?? '') > ctx.today)
      .map((op) => ({
        operation: op,
        subject: [],
        message: `the deprecated operation was removed before its sunset date ${sunsetOf(op)}.`,
        base: op.node,
        data: { sunset: sunsetOf(op) },
      })),
};
