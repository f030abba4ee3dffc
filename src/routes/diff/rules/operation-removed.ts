import { isDeprecated } from '../../model.js';
import type { DiffRule } from '../types.js';

export const operationRemoved: DiffRule = {
  id: 'operation-removed',
  level: 'error',
  doc: 'An operation that was not deprecated first was removed: every client calling it breaks.',
  fixHint: 'Keep the operation and mark it `deprecated: true` with an `x-sunset` date; remove it after that date.',
  check: (ctx) =>
    ctx.removed
      .filter((op) => !isDeprecated(op))
      .map((op) => ({
        operation: op,
        subject: [],
        message: `the operation was removed${op.node.value.operationId ? ` (operationId '${String(op.node.value.operationId)}')` : ''} without being deprecated first.`,
        base: op.node,
      })),
};
