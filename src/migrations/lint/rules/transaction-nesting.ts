import { nodeAs } from '../ast.js';
import type { Problem, Rule } from '../rule.js';

export const transactionNesting: Rule = {
  id: 'transaction-nesting',
  severity: 'warning',
  doc: 'Do not open a transaction inside another one, nor COMMIT the runner’s transaction.',
  why:
    'A BEGIN inside a transaction is ignored with a warning, and the next COMMIT ends the outer transaction: the ' +
    'statements after it run in autocommit, so a failure leaves the migration half applied.',
  fixHint: 'Remove BEGIN/COMMIT from files the runner already wraps in a transaction.',
  check(file) {
    const out: Problem[] = [];
    let open = false;
    for (const s of file.statements) {
      const kind = nodeAs(s.ast, 'TransactionStmt')?.kind;
      if (!kind) continue;
      const begins = kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START';
      const ends = kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK';
      if (file.inTransaction && (begins || ends)) {
        out.push({
          statement: s,
          message: begins
            ? 'BEGIN in a file the migration runner already wraps in a transaction is ignored, and the COMMIT that follows ends the runner’s transaction early.'
            : `${kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK'} ends the migration runner’s transaction: the statements after it run without one.`,
          subject: kind,
          fix: {
            description: 'Remove the transaction control statement; the runner already provides the transaction.',
          },
        });
      } else if (begins && open) {
        out.push({
          statement: s,
          message: 'BEGIN inside an open transaction is ignored; the next COMMIT ends the outer transaction.',
          subject: kind,
          fix: { description: 'Remove the nested BEGIN, or COMMIT the first transaction before it.' },
        });
      }
      if (begins) open = true;
      if (ends) open = false;
    }
    return out;
  },
};
