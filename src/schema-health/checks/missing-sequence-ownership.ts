import type { SchemaHealthCheck } from '../check.js';
import { display, inScope, makeFinding, notExtensionMember, qualify, quoteIdent, scopeParam } from '../catalog.js';

interface Row extends Record<string, unknown> {
  schema: string;
  table: string;
  column: string;
  seq_schema: string;
  seq_name: string;
  owner_table: string | null;
}

export const missingSequenceOwnership: SchemaHealthCheck = {
  id: 'missing-sequence-ownership',
  severity: 'notice',
  doc: 'A column defaults to nextval() of a sequence no column owns: dropping the table leaves the sequence behind, and type changes do not follow it.',
  async run(ctx) {
    const { rows } = await ctx.db.query<Row>(
      `SELECT n.nspname AS schema, c.relname AS table, a.attname AS column, sn.nspname AS seq_schema, s.relname AS seq_name,
              (SELECT oc.relname::text FROM pg_catalog.pg_depend o JOIN pg_catalog.pg_class oc ON oc.oid = o.refobjid
                WHERE o.classid = 'pg_catalog.pg_class'::regclass AND o.objid = s.oid AND o.deptype IN ('a', 'i')
                  AND o.refclassid = 'pg_catalog.pg_class'::regclass LIMIT 1) AS owner_table
         FROM pg_catalog.pg_attrdef ad
         JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND d.objid = ad.oid
          AND d.refclassid = 'pg_catalog.pg_class'::regclass
         JOIN pg_catalog.pg_class s ON s.oid = d.refobjid AND s.relkind = 'S'
         JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
         JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${inScope()} AND ${notExtensionMember()}
        ORDER BY 1, 2, a.attnum`,
      [scopeParam(ctx)],
    );
    // A sequence shared on purpose by several tables is owned by one of them; only ownerless ones are reported.
    return rows
      .filter((r) => r.owner_table === null)
      .map((r) =>
        makeFinding(this, ctx, {
          schema: r.schema,
          table: r.table,
          columns: [r.column],
          subject: [r.seq_name],
          message: `Column ${display(r.schema, r.table)}.${r.column} takes its values from sequence ${display(r.seq_schema, r.seq_name)}, which no column owns: dropping the table leaves it behind, and pg_dump --table skips it.`,
          fix: {
            description: 'Tie the sequence to the column (catalog-only).',
            text: `ALTER SEQUENCE ${qualify(r.seq_schema, r.seq_name)} OWNED BY ${qualify(r.schema, r.table)}.${quoteIdent(r.column)};`,
          },
          data: { column: r.column, sequence: display(r.seq_schema, r.seq_name) },
        }),
      );
  },
};
