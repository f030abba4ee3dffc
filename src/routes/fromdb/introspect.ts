/**
 * Reads the tables of a PostgreSQL database for `routes spec --from-db`: columns and their types,
 * primary, unique, foreign-key and single-column check constraints, enum labels, comments.
 * One read-only transaction (default_transaction_read_only + BEGIN READ ONLY), catalog queries only.
 */
import type pg from 'pg';

export interface ColumnInfo {
  name: string;
  notNull: boolean;
  /** format_type(): 'character varying(100)', 'bigint', 'text[]'. */
  typeText: string;
  typname: string;
  /** 'b' base, 'e' enum, 'd' domain, 'c' composite. */
  typtype: string;
  /** Element type of an array column. */
  elemTypname?: string;
  elemTyptype?: string;
  /** Base type of a domain. */
  baseTypname?: string;
  enumLabels?: string[];
  /** Max characters of varchar(n)/char(n). */
  maxLength?: number;
  /** 'a' always, 'd' by default, '' none. */
  identity: string;
  generated: boolean;
  default?: string;
  comment?: string;
  /** From single-column CHECK constraints. */
  checks: string[];
}

export interface ForeignKey {
  name: string;
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
  onDelete: string;
}

export interface TableInfo {
  schema: string;
  name: string;
  comment?: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Column lists (or index expressions) that are unique. */
  unique: { name: string; columns: string[]; expression?: string }[];
  foreignKeys: ForeignKey[];
}

type Row = Record<string, unknown>;

export async function introspect(client: pg.Client, schemas?: string[]): Promise<TableInfo[]> {
  const tables = await client.query<Row>(
    `SELECT c.oid, n.nspname AS schema, c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[]))
      ORDER BY n.nspname, c.relname`,
    [schemas ?? null],
  );
  const oids = tables.rows.map((r) => Number(r.oid));
  if (oids.length === 0) return [];
  const columns = await client.query<Row>(
    `SELECT a.attrelid AS oid, a.attname AS name, a.attnotnull AS not_null, a.attnum AS num,
            format_type(a.atttypid, a.atttypmod) AS type_text, a.atttypmod AS typmod,
            t.oid AS typid, t.typname, t.typtype, et.oid AS elemid, et.typname AS elem_typname, et.typtype AS elem_typtype,
            bt.typname AS base_typname, a.attidentity AS identity, a.attgenerated AS generated,
            pg_get_expr(d.adbin, d.adrelid) AS "default", col_description(a.attrelid, a.attnum) AS comment
       FROM pg_attribute a
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`,
    [oids],
  );
  const enums = await client.query<Row>(
    'SELECT enumtypid AS typid, enumlabel AS label FROM pg_enum ORDER BY enumtypid, enumsortorder',
  );
  const constraints = await client.query<Row>(
    `SELECT c.conrelid AS oid, c.conname AS name, c.contype AS type, c.conkey AS keys, c.confkey AS refkeys,
            rn.nspname AS ref_schema, rc.relname AS ref_table, c.confdeltype AS on_delete, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
       LEFT JOIN pg_class rc ON rc.oid = c.confrelid
       LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE c.conrelid = ANY($1::oid[]) AND c.contype IN ('p', 'u', 'f', 'c')
      ORDER BY c.conrelid, c.conname`,
    [oids],
  );
  const indexes = await client.query<Row>(
    `SELECT i.indrelid AS oid, ic.relname AS name, i.indkey::int2[] AS keys, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid = ANY($1::oid[]) AND i.indisunique AND NOT i.indisprimary AND i.indisvalid
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY ic.relname`,
    [oids],
  );
  const enumLabels = new Map<number, string[]>();
  for (const e of enums.rows) {
    const list = enumLabels.get(Number(e.typid)) ?? [];
    list.push(String(e.label));
    enumLabels.set(Number(e.typid), list);
  }
  // Column number → name, per table (for constraint keys).
  const colNames = new Map<number, Map<number, string>>();
  const byTable = new Map<number, ColumnInfo[]>();
  for (const c of columns.rows) {
    const oid = Number(c.oid);
    if (!colNames.has(oid)) colNames.set(oid, new Map());
    colNames.get(oid)!.set(Number(c.num), String(c.name));
    const typname = String(c.typname);
    const typmod = Number(c.typmod);
    const info: ColumnInfo = {
      name: String(c.name),
      notNull: Boolean(c.not_null),
      typeText: String(c.type_text),
      typname,
      typtype: String(c.typtype),
      identity: String(c.identity ?? ''),
      generated: String(c.generated ?? '') !== '',
      checks: [],
    };
    if (c.elem_typname) {
      info.elemTypname = String(c.elem_typname);
      info.elemTyptype = String(c.elem_typtype);
      const labels = enumLabels.get(Number(c.elemid));
      if (labels) info.enumLabels = labels;
    }
    if (c.base_typname) info.baseTypname = String(c.base_typname);
    if (info.typtype === 'e') info.enumLabels = enumLabels.get(Number(c.typid));
    if ((typname === 'varchar' || typname === 'bpchar') && typmod > 4) info.maxLength = typmod - 4;
    if (c.default !== null && c.default !== undefined) info.default = String(c.default);
    if (c.comment) info.comment = String(c.comment);
    const list = byTable.get(oid) ?? [];
    list.push(info);
    byTable.set(oid, list);
  }
  const out: TableInfo[] = [];
  for (const t of tables.rows) {
    const oid = Number(t.oid);
    const names = colNames.get(oid) ?? new Map<number, string>();
    const keyNames = (keys: unknown) => (Array.isArray(keys) ? keys.map((k) => names.get(Number(k)) ?? String(k)) : []);
    const table: TableInfo = {
      schema: String(t.schema),
      name: String(t.name),
      ...(t.comment ? { comment: String(t.comment) } : {}),
      columns: byTable.get(oid) ?? [],
      primaryKey: [],
      unique: [],
      foreignKeys: [],
    };
    for (const c of constraints.rows.filter((r) => Number(r.oid) === oid)) {
      const cols = keyNames(c.keys);
      if (c.type === 'p') table.primaryKey = cols;
      else if (c.type === 'u') table.unique.push({ name: String(c.name), columns: cols });
      else if (c.type === 'c' && cols.length === 1)
        table.columns.find((x) => x.name === cols[0])?.checks.push(String(c.def));
      else if (c.type === 'f') {
        table.foreignKeys.push({
          name: String(c.name),
          columns: cols,
          refSchema: String(c.ref_schema),
          refTable: String(c.ref_table),
          refColumns: [],
          onDelete: String(c.on_delete),
        });
        (table.foreignKeys[table.foreignKeys.length - 1] as ForeignKey & { refKeys?: unknown }).refKeys = c.refkeys;
      }
    }
    for (const i of indexes.rows.filter((r) => Number(r.oid) === oid)) {
      const keys = Array.isArray(i.keys) ? i.keys.map(Number) : [];
      const def = String(i.def);
      const expression = keys.includes(0) ? /\((.*)\)\s*$/.exec(def.slice(def.indexOf(' USING ')))?.[1] : undefined;
      table.unique.push({
        name: String(i.name),
        columns: keys.filter((k) => k > 0).map((k) => names.get(k) ?? String(k)),
        ...(expression ? { expression } : {}),
      });
    }
    out.push(table);
  }
  // Referenced column names need the referenced table's numbering.
  const byName = new Map(tables.rows.map((t) => [`${String(t.schema)}.${String(t.name)}`, Number(t.oid)]));
  for (const t of out) {
    for (const fk of t.foreignKeys as (ForeignKey & { refKeys?: unknown })[]) {
      const names = colNames.get(byName.get(`${fk.refSchema}.${fk.refTable}`) ?? -1);
      fk.refColumns = Array.isArray(fk.refKeys) ? fk.refKeys.map((k) => names?.get(Number(k)) ?? String(k)) : [];
      delete fk.refKeys;
    }
  }
  return out;
}
