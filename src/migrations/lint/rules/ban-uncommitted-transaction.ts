import { nodeAs } from '../ast.js';
import type { LintStatement } from '../context.js';
import type { Rule } from '../rule.js';

export const banUncommittedTransaction: Rule = {
  id: 'ban-uncommitted-transaction',
  severity: 'error',
  doc: 'Every BEGIN needs a COMMIT (or ROLLBACK) in the same file.',
  why:
    'An open transaction at the end of a migration either rolls everything back when the session closes, or — ' +
    'with tools that keep the session — holds every lock it took until someone notices, blocking the tables.',
  fixHint: 'Add COMMIT; at the end of the transaction.',
  check(file) {
    let begin: LintStatement | undefined;
    for (const s of file.statements) {
      const kind = nodeAs(s.ast, 'TransactionStmt')?.kind;
      if ((kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') && !begin) begin = s;
      if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE')
        begin = undefined;
    }
    if (!begin) return [];
    return [
      {
        statement: begin,
        message: 'This transaction is never committed: the file ends with it still open.',
        fix: { description: 'Add COMMIT; after the last statement of the transaction.', text: 'COMMIT;' },
      },
    ];
  },
};
