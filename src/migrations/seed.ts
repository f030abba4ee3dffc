/**
 * Seed rows before the PR's statements run: a lock held for 2 ms on an empty table says nothing,
 * the same lock on 10,000 rows shows what the statement costs. Each table the PR touches (and
 * the tables its foreign keys point to) gets generated rows that satisfy its types, NOT NULL,
 * unique indexes, enums and single-column foreign keys. A table that refuses them (a CHECK we
 * cannot guess) is left as it is and named in the log: measuring goes on without its rows.
 */
import type pg from 'pg';
import type { Logger } from '../log.js';
import { quoteIdent } from '../postgres/index.js';

export interface SeededTable {
  table: string;
  /** Rows inserted (0 when the table already had enough, or refused them). */
  inserted: number;
  /** Why the table got no rows, when it refused them. */
  skipped?: string;
}

/** Qualified names (`"public"."orders"`) of every relation named in the statements' ASTs. */
export function namedRelations(asts: unknown[]): string[] {
  const names = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o.relname === 'string') {
        names.add(
          o.schemaname ? `${quoteIdent(String(o.schemaname))}.${quoteIdent(o.relname)}` : quoteIdent(o.relname),
        );
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(asts);
  return [...names];
}

interface TableInfo {
  oid: number;
  name: string;
  parents: number[];
  /** Named by the PR's statements (else only referenced by a foreign key of one that is). */
  named: boolean;
  /**
   * A plain table whose only triggers are the foreign-key checks of single-column keys, whose
   * values the seed takes from the referenced table: those checks can be skipped while its rows
   * are inserted.
   */
  checksOnlyKeys: boolean;
}

/** A table only referenced by a foreign key needs rows to point at, not a measurable size. */
const PARENT_ROWS = 100;

/** The tables among `names` that exist now, with the tables their foreign keys reference, parents first. */
async function tablesToSeed(client: pg.Client, names: string[]): Promise<TableInfo[]> {
  const r = await client.query<TableInfo>(
    `WITH RECURSIVE named AS (
       SELECT c.oid FROM unnest($1::text[]) AS x(name) JOIN pg_class c ON c.oid = to_regclass(x.name)
        WHERE c.relkind IN ('r', 'p')
     ), closure(oid) AS (
       SELECT oid FROM named
       UNION
       SELECT co.confrelid FROM closure JOIN pg_constraint co ON co.conrelid = closure.oid AND co.contype = 'f'
     )
     SELECT c.oid::int AS oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name,
            coalesce((SELECT array_agg(DISTINCT co.confrelid::int) FROM pg_constraint co
                       WHERE co.conrelid = c.oid AND co.contype = 'f' AND co.confrelid <> c.oid), '{}') AS parents,
            c.oid IN (SELECT oid FROM named) AS named,
            -- a partition may have triggers of its own; a generated key column is not the seed's value
            c.relkind = 'r'
              AND NOT EXISTS (SELECT 1 FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint co
                               JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = ANY (co.conkey)
                               WHERE co.conrelid = c.oid AND co.contype = 'f'
                                 AND (cardinality(co.conkey) > 1 OR a.attgenerated <> '' OR a.attidentity = 'a'))
              AS "checksOnlyKeys"
       FROM closure JOIN pg_class c ON c.oid = closure.oid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT c.relispartition`,
    [names],
  );
  // Parents before children; a cycle is broken anywhere (its nullable keys get NULL).
  const byOid = new Map(r.rows.map((t) => [t.oid, t]));
  const out: TableInfo[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (t: TableInfo): void => {
    if (state.has(t.oid)) return;
    state.set(t.oid, 'visiting');
    for (const p of t.parents) {
      const parent = byOid.get(p);
      if (parent) visit(parent);
    }
    state.set(t.oid, 'done');
    out.push(t);
  };
  for (const t of r.rows) visit(t);
  return out;
}

interface ColumnInfo {
  name: string;
  type: string;
  category: string;
  typtype: string;
  length: number | null;
  notnull: boolean;
  hasDefault: boolean;
  identity: string;
  generated: string;
  unique: boolean;
  /** Single-column foreign key: the referenced table and column. */
  fkTable: string | null;
  fkColumn: string | null;
  /** Part of a multi-column foreign key. */
  multiFk: boolean;
}

const COLUMNS_SQL = `
SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typcategory AS category, t.typtype,
       CASE WHEN a.atttypmod > 4 AND t.typcategory = 'S' THEN a.atttypmod - 4 END AS length,
       a.attnotnull AS notnull, a.atthasdef AS "hasDefault", a.attidentity AS identity, a.attgenerated AS generated,
       EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisunique
                AND (a.attnum = ANY (i.indkey)
                     -- an expression index (UNIQUE ON lower(email)) names its columns only in its expression
                     OR (i.indexprs IS NOT NULL
                         AND pg_catalog.pg_get_expr(i.indexprs, i.indrelid) ~ ('\\m' || a.attname || '\\M')))) AS unique,
       fk.tbl AS "fkTable", fk.col AS "fkColumn",
       EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conrelid = a.attrelid AND co.contype = 'f'
                  AND cardinality(co.conkey) > 1 AND a.attnum = ANY (co.conkey)) AS "multiFk"
  FROM pg_attribute a
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN LATERAL (
    SELECT quote_ident(pn.nspname) || '.' || quote_ident(pc.relname) AS tbl, quote_ident(pa.attname) AS col
      FROM pg_constraint co
      JOIN pg_class pc ON pc.oid = co.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
      JOIN pg_attribute pa ON pa.attrelid = co.confrelid AND pa.attnum = co.confkey[1]
     WHERE co.conrelid = a.attrelid AND co.contype = 'f' AND co.conkey = ARRAY[a.attnum]
     LIMIT 1) fk ON true
 WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum`;

/**
 * A value expression for row `g` of the generated series, or undefined to leave the column to
 * its default (or NULL). Throws when a NOT NULL column has no value we can make.
 */
function valueFor(c: ColumnInfo, fkIndex: Map<string, string>): string | undefined {
  if (c.generated !== '' || c.identity === 'a') return undefined;
  if (c.fkTable && c.fkColumn) {
    const arr = fkIndex.get(`${c.fkTable}.${c.fkColumn}`)!;
    // An empty parent: NULL (nullable) or a failing insert (NOT NULL), reported as skipped.
    return `(${arr})[1 + (g % greatest(cardinality(${arr}), 1))]`;
  }
  if (c.multiFk) return undefined;
  if (c.hasDefault && !c.unique) return undefined;
  const cast = (expr: string) => `(${expr})::${c.type}`;
  if (c.typtype === 'e') return `(enum_range(NULL::${c.type}))[1 + (g % cardinality(enum_range(NULL::${c.type})))]`;
  if (c.typtype === 'd' && !c.notnull) return undefined;
  switch (c.category) {
    case 'N':
      return c.unique ? cast('g + off') : cast('g % 1000');
    case 'S': {
      const text = c.unique ? `'seed-' || (g + off)` : `'seed ' || (g % 1000)`;
      return cast(c.length ? `right(${text}, ${c.length})` : text);
    }
    case 'B':
      return 'g % 2 = 0';
    case 'D':
      return cast(`now() - (g + off) * interval '1 minute'`);
    case 'T':
      return cast(`(g % 1000) * interval '1 second'`);
    case 'A':
      return cast(`'{}'`);
    case 'I':
      return cast(`'10.0.0.0'::inet + (g % 65536)`);
  }
  if (c.type === 'uuid') return `md5((g + off)::text || 'backend-gate')::uuid`;
  if (c.type === 'json' || c.type === 'jsonb') return cast(`'{}'`);
  if (c.type === 'bytea') return `decode(md5(g::text), 'hex')`;
  if (!c.notnull) return undefined;
  if (c.hasDefault) return undefined;
  throw new Error(`no value for column ${quoteIdent(c.name)} of type ${c.type}`);
}

/**
 * Gives each table the PR's statements name `rows` rows (fewer when it already has some).
 * Runs after the base branch's migrations and before the PR's, on the scratch database. With
 * more sessions, tables are filled at the same time, each once the tables it references are.
 */
export async function seedTables(
  client: pg.Client,
  relationNames: string[],
  rows: number,
  log: Logger,
  opts: { sessions?: pg.Client[] } = {},
): Promise<SeededTable[]> {
  if (rows <= 0 || relationNames.length === 0) return [];
  const tables = await tablesToSeed(client, relationNames);
  if (tables.length === 0) return [];
  const wanted = tables.map((t) => (t.named ? rows : Math.min(rows, PARENT_ROWS)));
  // How many rows each table has, up to what it wants: one query for all of them.
  const counted = await client.query<Record<string, string>>(
    `SELECT ${tables.map((t, i) => `(SELECT count(*) FROM (SELECT 1 FROM ${t.name} LIMIT ${wanted[i]}) s) AS c${i}`).join(', ')}`,
  );
  const skipKeyChecks = tables.some((t) => t.checksOnlyKeys) && (await mayDisableTriggers(client));
  const pool = sessionPool([client, ...(opts.sessions ?? [])]);
  const position = new Map(tables.map((t, i) => [t.oid, i]));
  const filled: Promise<SeededTable>[] = [];
  for (const [i, t] of tables.entries()) {
    const want = wanted[i];
    const have = Number(counted.rows[0][`c${i}`]);
    if (have >= want || (!t.named && have > 0)) {
      filled.push(Promise.resolve({ table: t.name, inserted: 0 }));
      continue;
    }
    // Its rows take their keys from the tables it references: those are filled first (a cycle
    // was broken where tablesToSeed broke it: a later table is not waited for).
    const before = t.parents.flatMap((p) => {
      const j = position.get(p);
      return j !== undefined && j < i ? [filled[j]] : [];
    });
    filled.push(
      Promise.allSettled(before).then(() =>
        pool.use((session) => seedTable(session, t, want - have, rows, skipKeyChecks && t.checksOnlyKeys, log)),
      ),
    );
  }
  const settled = await Promise.allSettled(filled);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<SeededTable>).value);
}

/** Inserts `count` generated rows into one table (then ANALYZE), or says why it refused them. */
async function seedTable(
  client: pg.Client,
  t: TableInfo,
  count: number,
  rows: number,
  skipKeyChecks: boolean,
  log: Logger,
): Promise<SeededTable> {
  const columns = (await client.query<ColumnInfo>(COLUMNS_SQL, [t.oid])).rows;
  const fkIndex = new Map<string, string>();
  const ctes: string[] = [];
  for (const c of columns) {
    if (!c.fkTable || !c.fkColumn) continue;
    const key = `${c.fkTable}.${c.fkColumn}`;
    if (fkIndex.has(key)) continue;
    const cte = `p${fkIndex.size}`;
    ctes.push(
      `${cte} AS (SELECT array_agg(${c.fkColumn}) AS a FROM (SELECT ${c.fkColumn} FROM ${c.fkTable} LIMIT ${rows}) x)`,
    );
    fkIndex.set(key, `(SELECT a FROM ${cte})`);
  }
  let values: { column: string; expr: string }[];
  try {
    values = columns.flatMap((c) => {
      const expr = valueFor(c, fkIndex);
      return expr === undefined ? [] : [{ column: quoteIdent(c.name), expr }];
    });
  } catch (e) {
    return skip(t.name, (e as Error).message, log);
  }
  // Unique values continue after the ones already there.
  const offset = `(SELECT count(*) FROM ${t.name})`;
  const withClause = ctes.length ? `WITH ${ctes.join(', ')} ` : '';
  const target = values.length ? `(${values.map((v) => v.column).join(', ')})` : '';
  const select = values.length ? values.map((v) => v.expr).join(', ') : '';
  const insert = values.length
    ? `${withClause}INSERT INTO ${t.name} ${target} SELECT ${select} FROM generate_series(1, ${count}) AS g, ${offset} AS o(off)`
    : `INSERT INTO ${t.name} SELECT FROM generate_series(1, ${count})`;
  let inserted: number;
  try {
    if (skipKeyChecks) {
      // Replica mode fires no foreign-key check (the keys come from the referenced tables): about
      // half the insert's time. One query string is one transaction: the mode ends with it, or
      // is rolled back with it when the insert fails.
      const r = (await client.query(
        `SET LOCAL session_replication_role = replica;\n${insert}`,
      )) as unknown as pg.QueryResult[];
      inserted = r[1].rowCount ?? 0;
    } else {
      inserted = (await client.query(insert)).rowCount ?? 0;
    }
  } catch (e) {
    return skip(t.name, (e as Error).message, log);
  }
  if (inserted > 0) await client.query(`ANALYZE ${t.name}`);
  return { table: t.name, inserted };
}

/** Lends each task one of the sessions, the next task waiting for one to be free. */
function sessionPool(sessions: pg.Client[]): { use<T>(task: (session: pg.Client) => Promise<T>): Promise<T> } {
  const free = [...sessions].reverse();
  const waiting: ((session: pg.Client) => void)[] = [];
  return {
    async use(task) {
      const session = free.pop() ?? (await new Promise<pg.Client>((resolve) => waiting.push(resolve)));
      try {
        return await task(session);
      } finally {
        const next = waiting.shift();
        if (next) next(session);
        else free.push(session);
      }
    },
  };
}

/** Whether this session may set session_replication_role (a superuser, or granted SET on it). */
async function mayDisableTriggers(client: pg.Client): Promise<boolean> {
  return client.query('SET LOCAL session_replication_role = replica;\nSELECT 1').then(
    () => true,
    () => false,
  );
}

function skip(table: string, why: string, log: Logger): SeededTable {
  log.warning(`could not seed ${table} (${why}); its statements are measured on the rows it has.`);
  return { table, inserted: 0, skipped: why };
}
