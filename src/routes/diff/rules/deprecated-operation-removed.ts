import { isDeprecated, sunsetOf } from '../../model.js';
import type { DiffRule } from '../types.js';

export const deprecatedOperationRemoved: DiffRule = {
  id: 'deprecated-operation-removed',
  level: 'notice',
  doc: 'A deprecated operation was removed after its sunset date (or it had none): the planned end of a deprecation.',
  fixHint: 'Nothing to fix; make sure the changelog mentions the removal.',
  check: (ctx) =>
    ctx.removed
      .filter((op) => isDeprecated(op) && !((sunsetOf(op) ?? '') > ctx.today))
      .map((op) => ({
        operation: op,
        subject: [],
        message: `the deprecated operation was removed${sunsetOf(op) ? ` (sunset ${sunsetOf(op)})` : ''}.`,
        base: op.node,
      })),
};
