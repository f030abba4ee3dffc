/** Constraints that build a unique index under ACCESS EXCLUSIVE (UNIQUE, PRIMARY KEY), and the concurrent way round. */
import type { AlterTableCmd } from 'libpg-query';
import { constraintsOf, names, nodeAs, quoteIdent } from './ast.js';

export interface AddedIndexConstraint {
  columns: string[];
  /** The name written in the statement, if any. */
  conname?: string;
  /** Whether it came as ADD CONSTRAINT (which a fix can rewrite) rather than ADD COLUMN … UNIQUE/PRIMARY KEY. */
  asConstraint: boolean;
}

/** The UNIQUE or PRIMARY KEY constraint an ALTER TABLE subcommand adds without an existing index, if any. */
export function addedIndexConstraint(
  cmd: AlterTableCmd,
  contype: 'CONSTR_UNIQUE' | 'CONSTR_PRIMARY',
): AddedIndexConstraint | undefined {
  if (cmd.subtype === 'AT_AddConstraint') {
    const con = nodeAs(cmd.def, 'Constraint');
    if (con?.contype !== contype || con.indexname) return undefined;
    return { columns: names(con.keys), conname: con.conname, asConstraint: true };
  }
  if (cmd.subtype === 'AT_AddColumn') {
    const def = nodeAs(cmd.def, 'ColumnDef');
    const con = constraintsOf(def?.constraints).find((c) => c.contype === contype);
    if (!con || !def?.colname) return undefined;
    return { columns: [def.colname], conname: con.conname, asConstraint: false };
  }
  return undefined;
}

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
