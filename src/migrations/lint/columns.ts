/** Column definitions a file introduces or retypes: what the type-preference rules look at. */
import type { ColumnDef, RangeVar, TypeName } from 'libpg-query';
import { baseTypeName, nodeAs, relationName } from './ast.js';
import type { LintFile, LintStatement } from './context.js';

export interface ColumnTypeUse {
  statement: LintStatement;
  table: RangeVar | undefined;
  column: string;
  type: TypeName;
  /** Lower-case base type name without schema (`int4`, `varchar`, `serial`). */
  base: string;
  /** Whether the type name was written schema-qualified as pg_catalog (built-ins are, after parsing). */
  builtin: boolean;
  def?: ColumnDef;
}

const cache = new WeakMap<LintFile, ColumnTypeUse[]>();

/** Every column type in CREATE TABLE, ALTER TABLE … ADD COLUMN and ALTER COLUMN … TYPE (computed once per file). */
export function columnTypeUses(file: LintFile): ColumnTypeUse[] {
  let out = cache.get(file);
  if (!out) {
    out = findColumnTypeUses(file);
    cache.set(file, out);
  }
  return out;
}

function findColumnTypeUses(file: LintFile): ColumnTypeUse[] {
  const out: ColumnTypeUse[] = [];
  const add = (s: LintStatement, table: RangeVar | undefined, column: string | undefined, def: ColumnDef) => {
    const t = def.typeName;
    if (!t) return;
    const builtin = nodeAs(t.names?.[0], 'String')?.sval === 'pg_catalog';
    out.push({
      statement: s,
      table,
      column: column ?? def.colname ?? '?',
      type: t,
      base: baseTypeName(t),
      builtin,
      def,
    });
  };
  for (const s of file.statements) {
    if (s.kind === 'CreateStmt') {
      const c = nodeAs(s.ast, 'CreateStmt');
      for (const e of c?.tableElts ?? []) {
        const def = nodeAs(e, 'ColumnDef');
        if (def) add(s, c?.relation, def.colname, def);
      }
    } else if (s.kind === 'AlterTableStmt') {
      const a = nodeAs(s.ast, 'AlterTableStmt');
      for (const n of a?.cmds ?? []) {
        const cmd = nodeAs(n, 'AlterTableCmd');
        const def = nodeAs(cmd?.def, 'ColumnDef');
        if (!def) continue;
        if (cmd?.subtype === 'AT_AddColumn') add(s, a?.relation, def.colname, def);
        else if (cmd?.subtype === 'AT_AlterColumnType') add(s, a?.relation, cmd.name, def);
      }
    }
  }
  return out;
}

/** `orders.total` for messages. */
export function columnLabel(use: ColumnTypeUse): string {
  return `${relationName(use.table)}.${use.column}`;
}
