import type { DiffRule, RuleHit } from '../types.js';

export const operationIdChanged: DiffRule = {
  id: 'operation-id-changed',
  level: 'warning',
  doc: 'The operationId changed: generated clients rename the method, so their callers stop compiling.',
  fixHint: 'Keep the old operationId; rename only in a major version.',
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const op of ctx.changed) {
      const from = op.base.node.value.operationId;
      const to = op.head.node.value.operationId;
      if (from === undefined || from === to) continue;
      hits.push({
        operation: op.head,
        subject: [String(from)],
        message:
          to === undefined
            ? `operationId '${String(from)}' was removed.`
            : `operationId changed from '${String(from)}' to '${String(to)}'.`,
        base: ctx.base.child(op.base.node, 'operationId'),
        head: ctx.head.child(op.head.node, 'operationId') ?? op.head.node,
        data: { from, to },
      });
    }
    return hits;
  },
};
