import { constraintsOf, names, nodeAs, quoteIdent, relationName, relationSql } from '../ast.js';
import { eachAlterOfExistingTable, type Rule } from '../rule.js';

/** SQL that builds the index concurrently, then attaches it as a constraint (brief lock only). */
export function uniqueIndexFirst(
  table: string,
  name: string,
  columns: string[],
  kind: 'UNIQUE' | 'PRIMARY KEY',
): string {
  return (
    `CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${table} (${columns.map(quoteIdent).join(', ')});\n` +
    `ALTER TABLE ${table} ADD CONSTRAINT ${name} ${kind} USING INDEX ${name};`
  );
}

export const disallowedUniqueConstraint: Rule = {
  id: 'disallowed-unique-constraint',
  severity: 'warning',
  doc: 'Add unique constraints to existing tables from a unique index built concurrently (UNIQUE USING INDEX).',
  why:
    'ADD CONSTRAINT … UNIQUE builds its index while holding an ACCESS EXCLUSIVE lock on the table: all reads and ' +
    'writes wait for the whole build.',
  fixHint: 'CREATE UNIQUE INDEX CONCURRENTLY …; ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX ….',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      const table = relationName(alter.relation);
      let columns: string[] = [];
      let conname: string | undefined;
      if (cmd.subtype === 'AT_AddConstraint') {
        const con = nodeAs(cmd.def, 'Constraint');
        if (con?.contype !== 'CONSTR_UNIQUE' || con.indexname) return undefined;
        columns = names(con.keys);
        conname = con.conname;
      } else if (cmd.subtype === 'AT_AddColumn') {
        const def = nodeAs(cmd.def, 'ColumnDef');
        const unique = constraintsOf(def?.constraints).find((c) => c.contype === 'CONSTR_UNIQUE');
        if (!unique || !def?.colname) return undefined;
        columns = [def.colname];
        conname = unique.conname;
      } else return undefined;
      const name = conname ?? `${alter.relation?.relname ?? 'table'}_${columns.join('_')}_key`;
      return {
        statement: s,
        message:
          `Adding a unique constraint on \`${table}\` (${columns.join(', ')}) builds its index under an ACCESS ` +
          `EXCLUSIVE lock: all reads and writes of \`${table}\` wait for the build.`,
        subject: conname ?? columns.join(','),
        fix: {
          description:
            'Build the unique index concurrently first (outside a transaction), then attach it as the constraint ' +
            '(a brief lock only).',
          text:
            cmd.subtype === 'AT_AddConstraint'
              ? uniqueIndexFirst(relationSql(alter.relation), quoteIdent(name), columns, 'UNIQUE')
              : undefined,
        },
        data: { lock: 'ACCESS EXCLUSIVE', table },
      };
    });
  },
};
