/**
 * Reads the parts of a database's catalog a schema diff needs, into plain maps keyed by
 * quoted, schema-qualified names. Reads run with `search_path = ''`, so every definition that
 * PostgreSQL prints (defaults, view bodies, index and constraint definitions) is fully qualified
 * and the SQL built from it does not depend on the session that later runs the migration.
 * Objects that belong to an extension are left out: the extension owns them.
 */
import type pg from 'pg';

/** Schemas that are PostgreSQL's own; `n` is a pg_namespace alias. */
export function userSchema(n: string): string {
  return `${n}.nspname NOT IN ('pg_catalog', 'information_schema') AND ${n}.nspname !~ '^pg_(toast|temp_|toast_temp_)'`;
}

/** The object is not a member of an extension. */
function notInExtension(catalog: string, oid: string): string {
  return `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = '${catalog}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`;
}

export interface Extension {
  name: string;
  schema: string;
  version: string;
}

export interface EnumType {
  /** Quoted, qualified: public.mood */
  q: string;
  labels: string[];
}

export interface Sequence {
  q: string;
  type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  /** 'public.t id' (table q, space, quoted column) when the sequence is OWNED BY a column. */
  ownedBy?: { table: string; column: string };
}

export interface Column {
  /** Quoted column name. */
  q: string;
  type: string;
  notNull: boolean;
  /** Default expression, or the generation expression of a generated column. */
  default?: string;
  /** '' | 'a' (ALWAYS) | 'd' (BY DEFAULT) */
  identity: string;
  /** '' | 's' (STORED) | 'v' (VIRTUAL, PostgreSQL 18) */
  generated: string;
  /** Quoted collation when it is not the type's default. */
  collation?: string;
}

export type ConstraintType = 'p' | 'u' | 'f' | 'c' | 'x';

export interface Constraint {
  q: string;
  table: string;
  type: ConstraintType;
  /** pg_get_constraintdef without a trailing NOT VALID. */
  def: string;
  validated: boolean;
  deferrable: boolean;
  deferred: boolean;
  /** Referenced table of a foreign key. */
  references?: string;
  /** Index definition behind a primary key or unique constraint. */
  indexDef?: string;
}

export interface Table {
  q: string;
  persistence: string;
  /** By quoted column name, in attnum order. */
  columns: Map<string, Column>;
  constraints: Map<string, Constraint>;
}

export interface Index {
  q: string;
  /** Quoted index name without schema (DROP and ALTER need the qualified one, q). */
  name: string;
  table: string;
  def: string;
}

export interface View {
  q: string;
  kind: 'v' | 'm';
  def: string;
  options: string[];
  /** Relations (tables, views), functions and types the view's query uses. */
  dependsOn: Set<string>;
  columns: string[];
}

export interface Routine {
  /** public.f(a integer): name and identity arguments, usable in DROP and COMMENT. */
  key: string;
  kind: 'f' | 'p' | 'w';
  def: string;
  args: string;
  result: string;
}

export interface Trigger {
  q: string;
  table: string;
  def: string;
  routine: string;
  enabled: string;
}

export interface Comment {
  text: string;
  /** The relation a column, constraint or trigger comment belongs to. */
  owner?: string;
}

export interface Catalog {
  schemas: Set<string>;
  extensions: Map<string, Extension>;
  enums: Map<string, EnumType>;
  sequences: Map<string, Sequence>;
  tables: Map<string, Table>;
  indexes: Map<string, Index>;
  views: Map<string, View>;
  routines: Map<string, Routine>;
  triggers: Map<string, Trigger>;
  /** By COMMENT ON target ('TABLE public.t', 'COLUMN public.t.c', 'CONSTRAINT c ON public.t'). */
  comments: Map<string, Comment>;
  /** Every COMMENT ON target that exists, commented or not. */
  commentable: Set<string>;
}

/** `ALTER TABLE … DROP CONSTRAINT` keys, and the COMMENT target of a constraint or trigger. */
export function onTable(name: string, table: string): string {
  return `${name} ON ${table}`;
}

export async function readCatalog(client: pg.Client): Promise<Catalog> {
  await client.query("SET search_path = ''");
  const q = async <T extends object>(sql: string): Promise<T[]> => (await client.query<T>(sql)).rows;

  const schemas = new Set(
    (
      await q<{ q: string }>(
        `SELECT quote_ident(n.nspname) AS q FROM pg_catalog.pg_namespace n
         WHERE ${userSchema('n')} AND ${notInExtension('pg_namespace', 'n.oid')}`,
      )
    ).map((r) => r.q),
  );

  const extensions = new Map<string, Extension>();
  for (const r of await q<Extension>(
    `SELECT quote_ident(e.extname) AS name, quote_ident(n.nspname) AS schema, e.extversion AS version
     FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname <> 'plpgsql'`,
  )) {
    extensions.set(r.name, r);
  }

  const enums = new Map<string, EnumType>();
  for (const r of await q<EnumType>(
    `SELECT format('%I.%I', n.nspname, t.typname) AS q,
       array(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
     FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     WHERE t.typtype = 'e' AND ${userSchema('n')} AND ${notInExtension('pg_type', 't.oid')}`,
  )) {
    enums.set(r.q, r);
  }

  const sequences = new Map<string, Sequence>();
  for (const r of await q<Sequence & { owned_table: string | null; owned_column: string | null }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS q, pg_catalog.format_type(s.seqtypid, NULL) AS type,
       s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max,
       s.seqcache::text AS cache, s.seqcycle AS cycle,
       CASE WHEN t.oid IS NOT NULL THEN format('%I.%I', tn.nspname, t.relname) END AS owned_table,
       quote_ident(a.attname) AS owned_column
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
     LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
       AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype = 'a'
     LEFT JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
     LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
     LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
     WHERE c.relkind = 'S' AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_class'::regclass
                       AND i.objid = c.oid AND i.deptype = 'i')`,
  )) {
    const { owned_table, owned_column, ...seq } = r;
    sequences.set(r.q, {
      ...seq,
      ownedBy: owned_table && owned_column ? { table: owned_table, column: owned_column } : undefined,
    });
  }

  const tables = new Map<string, Table>();
  for (const r of await q<{ q: string; persistence: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS q, c.relpersistence AS persistence
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}`,
  )) {
    tables.set(r.q, { q: r.q, persistence: r.persistence, columns: new Map(), constraints: new Map() });
  }

  const views = new Map<string, View>();
  for (const r of await q<{ q: string; kind: 'v' | 'm'; def: string; options: string[] | null }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS q, c.relkind AS kind, pg_catalog.pg_get_viewdef(c.oid) AS def,
       c.reloptions AS options
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('v', 'm') AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}`,
  )) {
    views.set(r.q, { q: r.q, kind: r.kind, def: r.def, options: r.options ?? [], dependsOn: new Set(), columns: [] });
  }

  for (const r of await q<Column & { rel: string; kind: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS rel, c.relkind AS kind, quote_ident(a.attname) AS q,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity, a.attgenerated AS generated,
       CASE WHEN a.attcollation <> ty.typcollation THEN format('%I.%I', cn.nspname, co.collname) END AS collation
     FROM pg_catalog.pg_attribute a
     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
     LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
     LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm')
       AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}
     ORDER BY 1, a.attnum`,
  )) {
    const { rel, kind, ...col } = r;
    if (kind === 'r') {
      const table = tables.get(rel);
      table?.columns.set(col.q, { ...col, default: col.default ?? undefined, collation: col.collation ?? undefined });
    } else {
      views.get(rel)?.columns.push(col.q);
    }
  }

  for (const r of await q<
    Omit<Constraint, 'def'> & { def: string; references: string | null; indexDef: string | null }
  >(
    `SELECT format('%I.%I', n.nspname, c.relname) AS table, quote_ident(co.conname) AS q, co.contype AS type,
       pg_catalog.pg_get_constraintdef(co.oid) AS def, co.convalidated AS validated,
       co.condeferrable AS deferrable, co.condeferred AS deferred,
       CASE WHEN co.contype = 'f' THEN format('%I.%I', fn.nspname, fc.relname) END AS references,
       CASE WHEN co.contype IN ('p', 'u') THEN pg_catalog.pg_get_indexdef(co.conindid) END AS "indexDef"
     FROM pg_catalog.pg_constraint co
     JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_catalog.pg_class fc ON fc.oid = co.confrelid
     LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
     WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND c.relkind = 'r' AND co.conparentid = 0
       AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}`,
  )) {
    const con: Constraint = {
      ...r,
      def: r.def.replace(/ NOT VALID$/, ''),
      references: r.references ?? undefined,
      indexDef: r.indexDef ?? undefined,
    };
    tables.get(r.table)?.constraints.set(con.q, con);
  }

  const indexes = new Map<string, Index>();
  for (const r of await q<Index>(
    `SELECT format('%I.%I', n.nspname, i.relname) AS q, quote_ident(i.relname) AS name,
       format('%I.%I', tn.nspname, t.relname) AS table, pg_catalog.pg_get_indexdef(i.oid) AS def
     FROM pg_catalog.pg_index x
     JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
     JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
     JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
     WHERE t.relkind IN ('r', 'm') AND ${userSchema('tn')} AND ${notInExtension('pg_class', 't.oid')}
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co
                       WHERE co.conindid = x.indexrelid AND co.conrelid = x.indrelid AND co.contype IN ('p', 'u', 'x'))`,
  )) {
    indexes.set(r.q, r);
  }

  const routines = new Map<string, Routine>();
  for (const r of await q<Routine>(
    `SELECT format('%I.%I(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) AS key,
       p.prokind AS kind, pg_catalog.pg_get_functiondef(p.oid) AS def,
       pg_catalog.pg_get_function_arguments(p.oid) AS args, pg_catalog.pg_get_function_result(p.oid) AS result
     FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE p.prokind IN ('f', 'p', 'w') AND ${userSchema('n')} AND ${notInExtension('pg_proc', 'p.oid')}`,
  )) {
    routines.set(r.key, { ...r, result: r.result ?? '' });
  }

  // What each view reads: relations, routines and types, for drop/create order and rebuilds.
  for (const r of await q<{ view: string; dep: string }>(
    `SELECT DISTINCT format('%I.%I', vn.nspname, v.relname) AS view,
       CASE d.refclassid
         WHEN 'pg_class'::regclass THEN (SELECT format('%I.%I', rn.nspname, rc.relname) FROM pg_catalog.pg_class rc
                                           JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace WHERE rc.oid = d.refobjid)
         WHEN 'pg_proc'::regclass THEN (SELECT format('%I.%I(%s)', pn.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid))
                                          FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = d.refobjid)
         WHEN 'pg_type'::regclass THEN (SELECT format('%I.%I', tn.nspname, t.typname) FROM pg_catalog.pg_type t
                                          JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace WHERE t.oid = d.refobjid)
       END AS dep
     FROM pg_catalog.pg_depend d
     JOIN pg_catalog.pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
     JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class
     JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
     WHERE d.deptype = 'n' AND d.refobjid <> v.oid AND v.relkind IN ('v', 'm') AND ${userSchema('vn')}`,
  )) {
    if (r.dep) views.get(r.view)?.dependsOn.add(r.dep);
  }

  const triggers = new Map<string, Trigger>();
  for (const r of await q<Trigger>(
    `SELECT quote_ident(t.tgname) AS q, format('%I.%I', n.nspname, c.relname) AS table,
       pg_catalog.pg_get_triggerdef(t.oid) AS def, t.tgenabled AS enabled,
       format('%I.%I(%s)', pn.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) AS routine
     FROM pg_catalog.pg_trigger t
     JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
     JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
     WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}`,
  )) {
    triggers.set(onTable(r.q, r.table), r);
  }

  const comments = new Map<string, Comment>();
  for (const r of await q<{ target: string; owner: string | null; text: string }>(COMMENTS_SQL)) {
    comments.set(r.target, { text: r.text, owner: r.owner ?? undefined });
  }

  const commentable = new Set<string>();
  for (const s of schemas) commentable.add(`SCHEMA ${s}`);
  for (const e of enums.keys()) commentable.add(`TYPE ${e}`);
  for (const s of sequences.keys()) commentable.add(`SEQUENCE ${s}`);
  for (const t of tables.values()) {
    commentable.add(`TABLE ${t.q}`);
    for (const c of t.columns.keys()) commentable.add(`COLUMN ${t.q}.${c}`);
    for (const c of t.constraints.keys()) commentable.add(`CONSTRAINT ${onTable(c, t.q)}`);
  }
  for (const v of views.values()) {
    commentable.add(`${viewKeyword(v.kind)} ${v.q}`);
    for (const c of v.columns) commentable.add(`COLUMN ${v.q}.${c}`);
  }
  for (const i of indexes.keys()) commentable.add(`INDEX ${i}`);
  for (const r of routines.values()) commentable.add(`${routineKeyword(r.kind)} ${r.key}`);
  for (const t of triggers.keys()) commentable.add(`TRIGGER ${t}`);

  return { schemas, extensions, enums, sequences, tables, indexes, views, routines, triggers, comments, commentable };
}

export function viewKeyword(kind: 'v' | 'm'): string {
  return kind === 'm' ? 'MATERIALIZED VIEW' : 'VIEW';
}

export function routineKeyword(kind: 'f' | 'p' | 'w'): string {
  return kind === 'p' ? 'PROCEDURE' : 'FUNCTION';
}

const COMMENTS_SQL = `
SELECT CASE c.relkind WHEN 'r' THEN 'TABLE ' WHEN 'v' THEN 'VIEW ' WHEN 'm' THEN 'MATERIALIZED VIEW '
         WHEN 'S' THEN 'SEQUENCE ' WHEN 'i' THEN 'INDEX ' END || format('%I.%I', n.nspname, c.relname) AS target,
       NULL AS owner, d.description AS text
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'v', 'm', 'S', 'i') AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}
UNION ALL
SELECT 'COLUMN ' || format('%I.%I.%I', n.nspname, c.relname, a.attname), format('%I.%I', n.nspname, c.relname), d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid > 0
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}
UNION ALL
SELECT 'CONSTRAINT ' || quote_ident(co.conname) || ' ON ' || format('%I.%I', n.nspname, c.relname),
       format('%I.%I', n.nspname, c.relname), d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_constraint co ON d.classoid = 'pg_constraint'::regclass AND d.objoid = co.oid
JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${userSchema('n')}
UNION ALL
SELECT 'TRIGGER ' || quote_ident(t.tgname) || ' ON ' || format('%I.%I', n.nspname, c.relname),
       format('%I.%I', n.nspname, c.relname), d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_trigger t ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${userSchema('n')}
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END
         || format('%I.%I(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)),
       NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_proc p ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE ${userSchema('n')} AND ${notInExtension('pg_proc', 'p.oid')}
UNION ALL
SELECT 'TYPE ' || format('%I.%I', n.nspname, t.typname), NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_type t ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE ${userSchema('n')} AND ${notInExtension('pg_type', 't.oid')}
UNION ALL
SELECT 'SCHEMA ' || quote_ident(n.nspname), NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_namespace n ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid
WHERE ${userSchema('n')}`;
