/**
 * Where each schema object came from: the file and line of the statement that created a table
 * (`public.orders`) or added a foreign key (`public.orders(user_id)`). Schema-health findings on
 * the scratch database use it to point at the migration, not at the catalog.
 */
import type { Node as PgNode } from 'libpg-query';
import type { ParsedStatement } from './lint/index.js';

export interface Origin {
  file: string;
  line: number;
}

interface RangeVar {
  schemaname?: string;
  relname?: string;
}

export class ObjectOrigins {
  private readonly map = new Map<string, Origin>();

  record(file: string, statements: readonly ParsedStatement[]): void {
    for (const s of statements) {
      const at = { file, line: s.startLine };
      const node = s.ast as unknown as Record<string, Record<string, unknown>>;
      if (node.CreateStmt) {
        const table = qualified(node.CreateStmt.relation as RangeVar);
        this.set(table, at);
        for (const elt of (node.CreateStmt.tableElts as PgNode[] | undefined) ?? []) {
          if ('ColumnDef' in elt) {
            const col = elt.ColumnDef.colname ?? '';
            for (const c of elt.ColumnDef.constraints ?? []) {
              if ('Constraint' in c && c.Constraint.contype === 'CONSTR_FOREIGN') this.set(`${table}(${col})`, at);
            }
          } else if ('Constraint' in elt) {
            this.foreignKey(table, elt.Constraint as unknown as Record<string, unknown>, at);
          }
        }
      } else if (node.AlterTableStmt) {
        const table = qualified(node.AlterTableStmt.relation as RangeVar);
        for (const cmd of (node.AlterTableStmt.cmds as PgNode[] | undefined) ?? []) {
          if (!('AlterTableCmd' in cmd)) continue;
          const def = cmd.AlterTableCmd.def as PgNode | undefined;
          if (cmd.AlterTableCmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
            this.foreignKey(table, def.Constraint as unknown as Record<string, unknown>, at);
          } else if (cmd.AlterTableCmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def) {
            for (const c of def.ColumnDef.constraints ?? []) {
              if ('Constraint' in c && c.Constraint.contype === 'CONSTR_FOREIGN') {
                this.set(`${table}(${def.ColumnDef.colname ?? ''})`, at);
              }
            }
          }
        }
      }
    }
  }

  /** The CheckContext.sourceOf function. */
  lookup = (name: string): Origin | undefined => this.map.get(name) ?? this.map.get(`public.${name}`);

  private foreignKey(table: string, c: Record<string, unknown>, at: Origin): void {
    if (c.contype !== 'CONSTR_FOREIGN') return;
    const cols = ((c.fk_attrs as PgNode[] | undefined) ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
    this.set(`${table}(${cols.join(',')})`, at);
    if (typeof c.conname === 'string') this.set(`${table}.${c.conname}`, at);
  }

  private set(key: string, at: Origin): void {
    // The latest statement wins: a table re-created later is reported where it now comes from.
    this.map.set(key, at);
  }
}

function qualified(r: RangeVar | undefined): string {
  return `${r?.schemaname ?? 'public'}.${r?.relname ?? ''}`;
}
