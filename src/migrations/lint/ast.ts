/** Small readers over libpg-query's AST, so rules say what they look for and not how to dig. */
import type { Constraint, Node, RangeVar, TypeName } from 'libpg-query';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
export type NodeKind = KeysOfUnion<Node>;
export type NodeBody<K extends NodeKind> = Extract<Node, { [P in K]: unknown }>[K];

/** The body of a node of the given kind, or undefined: `nodeAs(n, 'IndexStmt')?.concurrent`. */
export function nodeAs<K extends NodeKind>(node: Node | undefined, kind: K): NodeBody<K> | undefined {
  if (node === undefined || !(kind in node)) return undefined;
  return (node as unknown as Record<K, NodeBody<K>>)[kind];
}

/** `String` nodes' values from a name list such as TypeName.names or a qualified name. */
export function names(list: Node[] | undefined): string[] {
  const out: string[] = [];
  for (const n of list ?? []) {
    const s = nodeAs(n, 'String');
    if (s?.sval !== undefined) out.push(s.sval);
  }
  return out;
}

/** The table a CREATE TABLE or CREATE TABLE … AS statement creates. */
export function createdRelation(ast: Node | undefined): RangeVar | undefined {
  return nodeAs(ast, 'CreateStmt')?.relation ?? nodeAs(ast, 'CreateTableAsStmt')?.into?.rel;
}

/** `schema.table` as written (unquoted), for messages. */
export function relationName(rv: RangeVar | undefined): string {
  if (!rv?.relname) return '?';
  return rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname;
}

const SIMPLE_IDENT = /^[a-z_][a-z0-9_$]*$/;
const RESERVED = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'both', 'case', 'cast', 'check', 'collate',
  'column', 'constraint', 'create', 'default', 'desc', 'distinct', 'do', 'else', 'end', 'except', 'false', 'fetch',
  'for', 'foreign', 'from', 'grant', 'group', 'having', 'in', 'into', 'leading', 'limit', 'not', 'null', 'offset',
  'on', 'only', 'or', 'order', 'primary', 'references', 'returning', 'select', 'some', 'table', 'then', 'to',
  'trailing', 'true', 'union', 'unique', 'user', 'using', 'when', 'where', 'window', 'with',
]); // prettier-ignore

/** An identifier as SQL: quoted only when it has to be. */
export function quoteIdent(name: string): string {
  if (SIMPLE_IDENT.test(name) && !RESERVED.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

/** A relation as SQL (`"Sales".orders`). */
export function relationSql(rv: RangeVar | undefined): string {
  if (!rv?.relname) return '?';
  return rv.schemaname ? `${quoteIdent(rv.schemaname)}.${quoteIdent(rv.relname)}` : quoteIdent(rv.relname);
}

const TYPE_SQL: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
  varchar: 'varchar',
  timestamptz: 'timestamptz',
  timestamp: 'timestamp',
  timetz: 'timetz',
  numeric: 'numeric',
};

/** The base type's name in lower case without `pg_catalog.` (`int4`, `varchar`, `serial`, `my_enum`). */
export function baseTypeName(t: TypeName | undefined): string {
  const parts = names(t?.names);
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

/** A type as SQL a person would write (`integer`, `varchar(20)`, `numeric(10,2)[]`). */
export function typeSql(t: TypeName | undefined): string {
  if (!t) return '?';
  const parts = names(t.names);
  const builtin = parts[0] === 'pg_catalog';
  const base = builtin ? (TYPE_SQL[parts[1]] ?? parts[1]) : parts.map(quoteIdent).join('.');
  const mods = (t.typmods ?? [])
    .map((m) => nodeAs(m, 'A_Const')?.ival?.ival)
    .filter((v): v is number => v !== undefined);
  const arrays = '[]'.repeat(t.arrayBounds?.length ?? 0);
  return `${base}${mods.length ? `(${mods.join(',')})` : ''}${arrays}`;
}

/** Constraints of a list (column constraints, table elements) with their bodies. */
export function constraintsOf(list: Node[] | undefined): Constraint[] {
  const out: Constraint[] = [];
  for (const n of list ?? []) {
    const c = nodeAs(n, 'Constraint');
    if (c) out.push(c);
  }
  return out;
}

/** Functions that are not volatile (safe as a column default without a table rewrite on PG ≥ 11). */
const NON_VOLATILE_FUNCTIONS = new Set([
  'now', 'transaction_timestamp', 'statement_timestamp', 'current_timestamp', 'current_date', 'localtimestamp',
  'current_setting', 'lower', 'upper', 'length', 'concat', 'md5', 'abs', 'round', 'date_trunc', 'timezone',
  'make_interval', 'make_date', 'to_timestamp', 'to_date', 'to_char', 'jsonb_build_object', 'json_build_object',
  'jsonb_build_array', 'json_build_array', 'to_jsonb', 'to_json', 'array_fill', 'jsonb', 'int4', 'int8', 'text',
  'numeric', 'interval', 'timestamptz', 'date', 'btrim', 'trim', 'replace', 'coalesce', 'nullif', 'greatest', 'least',
]); // prettier-ignore

/**
 * Whether an expression may be volatile (so a default computed from it needs a value per row and
 * rewrites the table). Constants, casts of constants, CURRENT_TIMESTAMP-style values and known
 * stable functions are not; any other function call may be (functions are VOLATILE unless declared).
 * Returns the first function name that makes it so, or undefined.
 */
export function volatileFunctionIn(expr: Node | undefined): string | undefined {
  let found: string | undefined;
  walk(expr, (key, value) => {
    if (found !== undefined || key !== 'FuncCall') return;
    const fn = value as { funcname?: Node[] };
    const parts = names(fn.funcname);
    const name = (parts[parts.length - 1] ?? '').toLowerCase();
    if (!NON_VOLATILE_FUNCTIONS.has(name)) found = parts.join('.');
  });
  return found;
}

/** Visits every object under a node: `visit(key, value)` for each property whose value is an object. */
export function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  for (const key in node) {
    const value = (node as Record<string, unknown>)[key];
    if (value !== null && typeof value === 'object') {
      visit(key, value);
      walk(value, visit);
    }
  }
}

/** Whether a `DefElem` list (REINDEX params, options) names an option, e.g. 'concurrently'. */
export function hasOption(list: Node[] | undefined, name: string): boolean {
  for (const n of list ?? []) {
    const d = nodeAs(n, 'DefElem');
    if (d?.defname !== name) continue;
    if (d.arg === undefined) return true;
    // The JSON AST omits false and 0, so an empty Boolean/Integer is false.
    if ('Boolean' in d.arg) return d.arg.Boolean.boolval === true;
    if ('Integer' in d.arg) return (d.arg.Integer.ival ?? 0) !== 0;
    const sval = nodeAs(d.arg, 'String')?.sval?.toLowerCase();
    return sval !== 'false' && sval !== 'off' && sval !== '0';
  }
  return false;
}
