import type { SchemaHealthCheck } from '../check.js';
import { columnsOfType, display, makeFinding, qualify, quoteIdent } from '../catalog.js';

export const moneyColumn: SchemaHealthCheck = {
  id: 'money-column',
  severity: 'warning',
  doc: 'The `money` type has a fixed fraction that follows the lc_monetary setting and no currency: store amounts as numeric (plus a currency column).',
  async run(ctx) {
    const columns = await columnsOfType(ctx, ['money']);
    return columns.map((c) =>
      makeFinding(this, ctx, {
        schema: c.schema,
        table: c.table,
        columns: [c.column],
        message: `Column ${display(c.schema, c.table)}.${c.column} is money: its rounding and output depend on the server's lc_monetary, and it holds no currency; use numeric.`,
        fix: {
          description: 'Convert to numeric (rewrites the table); keep the currency in its own column.',
          text: `ALTER TABLE ${qualify(c.schema, c.table)} ALTER COLUMN ${quoteIdent(c.column)} TYPE numeric(19, 4) USING ${quoteIdent(c.column)}::numeric;`,
        },
        data: { column: c.column, type: c.type },
      }),
    );
  },
};
