import type { SchemaHealthCheck } from '../check.js';
import { display, inScope, makeFinding, qualify, quoteIdent, scopeParam } from '../catalog.js';

/**
 * Names nobody chose: `$1` (PostgreSQL before 7.3 and tools that copied it), hash names from ORMs
 * (TypeORM `FK_3f5c…`, Hibernate `FKk8h3…`). PostgreSQL's own defaults (`orders_user_id_fkey`) say
 * what they are and are fine.
 */
export const GENERATED_NAME =
  /^(\$\d+|(PK|FK|UQ|REL|CHK|IDX)_[0-9a-f]{16,}|(FK|UK)[0-9a-z]{20,}|[0-9a-f]{24,}|SYS_C\d+)$/i;

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  name: string;
  kind: string;
  columns: string[];
  definition: string;
}

export const unnamedConstraint: SchemaHealthCheck = {
  id: 'unnamed-constraint',
  severity: 'notice',
  doc: 'A constraint with a generated name ($1, FK_3f5c…): error messages, migrations and ignore lists cannot say which rule it is.',
  async run(ctx) {
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, c.relname AS table, k.conname AS name,
              CASE k.contype WHEN 'p' THEN 'primary key' WHEN 'f' THEN 'foreign key' WHEN 'u' THEN 'unique'
                             WHEN 'c' THEN 'check' WHEN 'x' THEN 'exclusion' ELSE 'constraint' END AS kind,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
              pg_catalog.pg_get_constraintdef(k.oid, true) AS definition
         FROM pg_catalog.pg_constraint k
         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype IN ('p', 'f', 'u', 'c', 'x') AND NOT c.relispartition AND ${inScope()}
        ORDER BY 1, 2, 3`,
      [scopeParam(ctx)],
    );
    return rows
      .filter((r) => GENERATED_NAME.test(r.name))
      .map((r) => {
        const suggested = suggestName(r.table, r.columns, r.kind);
        return makeFinding(this, ctx, {
          schema: r.schema,
          table: r.table,
          columns: r.columns,
          subject: [r.name],
          message: `The ${r.kind} constraint on ${display(r.schema, r.table)} (${r.definition}) has a generated name, ${r.name}: errors and migrations cannot say what it guards.`,
          fix: {
            description: 'Rename it to say what it is (a catalog-only change, brief lock).',
            text: `ALTER TABLE ${qualify(r.schema, r.table)} RENAME CONSTRAINT ${quoteIdent(r.name)} TO ${quoteIdent(suggested)};`,
          },
          data: { constraint: r.name, kind: r.kind, suggestedName: suggested },
        });
      });
  },
};

/** PostgreSQL's own naming: <table>_<columns>_<suffix>, cut to 63 bytes. */
function suggestName(table: string, columns: string[], kind: string): string {
  const suffix =
    { 'primary key': 'pkey', 'foreign key': 'fkey', unique: 'key', check: 'check', exclusion: 'excl' }[kind] ?? 'con';
  const base = [table, ...columns].join('_');
  const room = 63 - suffix.length - 1;
  return `${Buffer.from(base)
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/, '')}_${suffix}`;
}
