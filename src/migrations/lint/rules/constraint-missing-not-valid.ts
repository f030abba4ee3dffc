import { nodeAs, quoteIdent, relationName, relationSql } from '../ast.js';
import { eachAlterOfExistingTable, isSingleCommand, sqlOf, type Problem, type Rule } from '../rule.js';

export const constraintMissingNotValid: Rule = {
  id: 'constraint-missing-not-valid',
  severity: 'warning',
  doc: 'Add CHECK constraints to existing tables as NOT VALID, then VALIDATE them in a separate transaction.',
  why:
    'ADD CONSTRAINT … CHECK scans every row while holding an ACCESS EXCLUSIVE lock: all reads and writes of the ' +
    'table wait for the scan. NOT VALID makes the add instant; VALIDATE CONSTRAINT then scans under a SHARE UPDATE ' +
    'EXCLUSIVE lock that lets reads and writes continue — unless it runs in the same transaction as the add, which ' +
    'still holds the ACCESS EXCLUSIVE lock.',
  fixHint: 'ADD CONSTRAINT … NOT VALID; then, in another transaction, ALTER TABLE … VALIDATE CONSTRAINT ….',
  check(file) {
    const problems: Problem[] = [];
    // Constraints added NOT VALID, by table and name, with the transaction they were added in.
    const notValid = new Map<string, { tx: number; lock: string }>();
    problems.push(
      ...eachAlterOfExistingTable(file, (cmd, alter, s) => {
        const table = relationName(alter.relation);
        if (cmd.subtype === 'AT_AddConstraint') {
          const con = nodeAs(cmd.def, 'Constraint');
          if (con?.contype !== 'CONSTR_CHECK' && con?.contype !== 'CONSTR_FOREIGN') return undefined;
          if (con.skip_validation) {
            const lock = con.contype === 'CONSTR_FOREIGN' ? 'SHARE ROW EXCLUSIVE' : 'ACCESS EXCLUSIVE';
            if (con.conname) notValid.set(`${table}\u0000${con.conname}`, { tx: s.transactionId, lock });
            return undefined;
          }
          // Foreign keys are adding-foreign-key-constraint's.
          if (con.contype === 'CONSTR_FOREIGN') return undefined;
          const name = con.conname ?? `${alter.relation?.relname ?? 'table'}_check`;
          let text: string | undefined;
          if (isSingleCommand(alter)) {
            const named = con.conname
              ? s.text
              : file.replaceAt(s, con.location ?? -1, /^CHECK\b/i, `CONSTRAINT ${quoteIdent(name)} CHECK`);
            if (named)
              text = `${sqlOf(`${named} NOT VALID`)}\n-- in a separate transaction:\nALTER TABLE ${relationSql(alter.relation)} VALIDATE CONSTRAINT ${quoteIdent(name)};`;
          }
          return {
            statement: s,
            message:
              `Adding CHECK constraint${con.conname ? ` \`${con.conname}\`` : ''} to \`${table}\` scans every row ` +
              'under an ACCESS EXCLUSIVE lock: all reads and writes of the table wait.',
            subject: con.conname,
            fix: { description: 'Add the constraint NOT VALID, then validate it in a separate transaction.', text },
            data: { lock: 'ACCESS EXCLUSIVE', table },
          };
        }
        if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
          const added = notValid.get(`${table}\u0000${cmd.name}`);
          if (!added || added.tx === -1 || added.tx !== s.transactionId) return undefined;
          return {
            statement: s,
            message:
              `VALIDATE CONSTRAINT \`${cmd.name}\` runs in the same transaction that added it NOT VALID, so the ` +
              `${added.lock} lock on \`${table}\` is still held during the scan: ` +
              (added.lock === 'ACCESS EXCLUSIVE' ? 'all reads and writes wait.' : 'writes wait.'),
            subject: cmd.name,
            fix: {
              description:
                'Commit after ADD CONSTRAINT … NOT VALID and validate in a separate transaction (a separate migration ' +
                'when the runner wraps each file in one).',
            },
            data: { lock: added.lock, table },
          };
        }
        return undefined;
      }),
    );
    return problems;
  },
};
