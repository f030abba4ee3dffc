import type { SchemaHealthCheck } from '../check.js';
import { columnsOfType, display, makeFinding, qualify, quoteIdent } from '../catalog.js';

export const timestampWithoutTimeZone: SchemaHealthCheck = {
  id: 'timestamp-without-time-zone',
  severity: 'notice',
  doc: 'A `timestamp without time zone` column stores wall-clock time with no zone: the same instant reads differently per server setting; use timestamptz.',
  async run(ctx) {
    const columns = await columnsOfType(ctx, ['timestamp without time zone']);
    return columns.map((c) =>
      makeFinding(this, ctx, {
        schema: c.schema,
        table: c.table,
        columns: [c.column],
        message: `Column ${display(c.schema, c.table)}.${c.column} is ${c.type}: it records no time zone, so instants are ambiguous; timestamptz stores an absolute moment.`,
        fix: {
          description:
            'With the session time zone set to the zone the values were written in (UTC here), PostgreSQL 12+ converts without rewriting the table.',
          text: `SET timezone = 'UTC';\nALTER TABLE ${qualify(c.schema, c.table)} ALTER COLUMN ${quoteIdent(c.column)} TYPE timestamptz;`,
        },
        data: { column: c.column, type: c.type },
      }),
    );
  },
};
