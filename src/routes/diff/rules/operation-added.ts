import type { DiffRule } from '../types.js';

export const operationAdded: DiffRule = {
  id: 'operation-added',
  level: 'notice',
  doc: 'A new operation was added.',
  fixHint: 'Nothing to fix; check that the implementation registers the route.',
  check: (ctx) =>
    ctx.added.map((op) => ({
      operation: op,
      subject: [],
      message: `the operation was added${op.node.value.operationId ? ` (operationId '${String(op.node.value.operationId)}')` : ''}.`,
      head: op.node,
    })),
};
