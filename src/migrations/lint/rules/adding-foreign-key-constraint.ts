import type { AlterTableStmt, Constraint } from 'libpg-query';
import { constraintsOf, names, nodeAs, quoteIdent, relationName, relationSql } from '../ast.js';
import type { LintFile, LintStatement } from '../context.js';
import { eachAlterOfExistingTable, isSingleCommand, sqlOf, type Rule } from '../rule.js';

function fixText(file: LintFile, s: LintStatement, alter: AlterTableStmt, con: Constraint): string | undefined {
  if (!isSingleCommand(alter) || nodeAs(alter.cmds?.[0], 'AlterTableCmd')?.subtype !== 'AT_AddConstraint') {
    return undefined;
  }
  const name = con.conname ?? `${alter.relation?.relname ?? 'table'}_${names(con.fk_attrs).join('_')}_fkey`;
  const named = con.conname
    ? s.text
    : file.replaceAt(s, con.location ?? -1, /^FOREIGN\s+KEY\b/i, `CONSTRAINT ${quoteIdent(name)} FOREIGN KEY`);
  if (!named) return undefined;
  return (
    `${sqlOf(`${named} NOT VALID`)}\n-- in a separate transaction:\n` +
    `ALTER TABLE ${relationSql(alter.relation)} VALIDATE CONSTRAINT ${quoteIdent(name)};`
  );
}

export const addingForeignKeyConstraint: Rule = {
  id: 'adding-foreign-key-constraint',
  severity: 'warning',
  doc: 'Add foreign keys to existing tables as NOT VALID, then VALIDATE them in a separate transaction.',
  why:
    'Adding a foreign key checks every existing row while holding SHARE ROW EXCLUSIVE locks on both the table and ' +
    'the table it references: INSERT, UPDATE and DELETE on both wait for the whole check.',
  fixHint: 'ADD CONSTRAINT … FOREIGN KEY … NOT VALID; then ALTER TABLE … VALIDATE CONSTRAINT … in another transaction.',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      const table = relationName(alter.relation);
      const cons =
        cmd.subtype === 'AT_AddConstraint'
          ? [nodeAs(cmd.def, 'Constraint')]
          : cmd.subtype === 'AT_AddColumn'
            ? constraintsOf(nodeAs(cmd.def, 'ColumnDef')?.constraints)
            : [];
      return cons
        .filter((c): c is Constraint => c?.contype === 'CONSTR_FOREIGN' && !c.skip_validation)
        .map((con) => {
          const referenced = relationName(con.pktable);
          return {
            statement: s,
            message:
              `Adding foreign key${con.conname ? ` \`${con.conname}\`` : ''} from \`${table}\` to \`${referenced}\` ` +
              `checks every row under SHARE ROW EXCLUSIVE locks on both tables: writes to \`${table}\` and ` +
              `\`${referenced}\` wait.`,
            subject: con.conname ?? names(con.fk_attrs).join(','),
            fix: {
              description: 'Add the foreign key NOT VALID (instant), then validate it in a separate transaction.',
              text: cmd.subtype === 'AT_AddConstraint' ? fixText(file, s, alter, con) : undefined,
            },
            data: { lock: 'SHARE ROW EXCLUSIVE', table, referenced },
          };
        });
    });
  },
};
