import type { SchemaHealthCheck } from '../check.js';
import { columnsOfType, display, makeFinding, qualify, quoteIdent } from '../catalog.js';

export const charColumn: SchemaHealthCheck = {
  id: 'char-column',
  severity: 'notice',
  doc: 'A `char(n)` column pads values with spaces, compares with trailing blanks ignored and is no faster than text or varchar.',
  async run(ctx) {
    const columns = await columnsOfType(ctx, ['character']);
    return columns.map((c) =>
      makeFinding(this, ctx, {
        schema: c.schema,
        table: c.table,
        columns: [c.column],
        message: `Column ${display(c.schema, c.table)}.${c.column} is ${c.type}: values are blank-padded and trailing spaces are ignored in comparisons; text (with a CHECK on length) behaves as expected.`,
        fix: {
          description:
            'Convert to text or varchar (rewrites the table; trailing spaces of existing values are stripped).',
          text: `ALTER TABLE ${qualify(c.schema, c.table)} ALTER COLUMN ${quoteIdent(c.column)} TYPE text;`,
        },
        data: { column: c.column, type: c.type },
      }),
    );
  },
};
