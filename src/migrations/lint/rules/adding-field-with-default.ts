import type { ColumnDef, Constraint } from 'libpg-query';
import {
  baseTypeName,
  constraintsOf,
  nodeAs,
  quoteIdent,
  relationName,
  relationSql,
  typeSql,
  volatileFunctionIn,
} from '../ast.js';
import type { LintFile, LintStatement } from '../context.js';
import { eachAlterOfExistingTable, isSingleCommand, type Rule } from '../rule.js';

const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/** Why adding this column fills every existing row (so rewrites the table), or undefined when it does not. */
function rewriteReason(def: ColumnDef, postgresVersion: number): string | undefined {
  if (SERIAL_TYPES.has(baseTypeName(def.typeName))) return `type ${baseTypeName(def.typeName)} (a nextval() default)`;
  for (const c of constraintsOf(def.constraints)) {
    if (c.contype === 'CONSTR_IDENTITY') return 'GENERATED … AS IDENTITY';
    if (c.contype === 'CONSTR_GENERATED') return 'GENERATED ALWAYS AS (…) STORED';
    if (c.contype !== 'CONSTR_DEFAULT' || !c.raw_expr) continue;
    if (nodeAs(c.raw_expr, 'A_Const')?.isnull) continue;
    if (postgresVersion < 11) return 'a DEFAULT (PostgreSQL before 11 rewrites for any default)';
    const fn = volatileFunctionIn(c.raw_expr);
    if (fn) return `DEFAULT ${fn}() (volatile: a value per row)`;
  }
  return undefined;
}

/** The default expression as written: from after DEFAULT to the next constraint or the end. */
function defaultText(file: LintFile, s: LintStatement, def: ColumnDef, dflt: Constraint): string | undefined {
  if (dflt.location === undefined) return undefined;
  const next = constraintsOf(def.constraints)
    .map((c) => c.location ?? -1)
    .filter((l) => l > (dflt.location ?? 0))
    .sort((a, b) => a - b)[0];
  let text = file.textFrom(s, dflt.location);
  if (next !== undefined) text = text.slice(0, text.length - file.textFrom(s, next).length);
  const m = /^DEFAULT\s+([\s\S]*?)\s*$/i.exec(text);
  return m?.[1] || undefined;
}

export const addingFieldWithDefault: Rule = {
  id: 'adding-field-with-default',
  severity: 'error',
  doc: 'Do not add a column whose value is computed per row (volatile default, identity, stored generated, serial) to an existing table.',
  why:
    'PostgreSQL must write a value into every existing row, so it rewrites the whole table while holding an ACCESS ' +
    'EXCLUSIVE lock: all reads and writes wait until the rewrite ends. A constant or now() default is instant on ' +
    'PostgreSQL 11 and later.',
  fixHint: 'Add the column without the default, set the default for new rows, then backfill existing rows in batches.',
  check(file) {
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      if (cmd.subtype !== 'AT_AddColumn') return undefined;
      const def = nodeAs(cmd.def, 'ColumnDef');
      if (!def) return undefined;
      const reason = rewriteReason(def, file.postgresVersion);
      if (!reason) return undefined;
      const table = relationName(alter.relation);
      const col = def.colname ?? '?';
      let text: string | undefined;
      const dflt = constraintsOf(def.constraints).find((c) => c.contype === 'CONSTR_DEFAULT');
      const expr = dflt && isSingleCommand(alter) ? defaultText(file, s, def, dflt) : undefined;
      if (expr) {
        const t = relationSql(alter.relation);
        text =
          `ALTER TABLE ${t} ADD COLUMN ${quoteIdent(col)} ${typeSql(def.typeName)};\n` +
          `ALTER TABLE ${t} ALTER COLUMN ${quoteIdent(col)} SET DEFAULT ${expr};\n` +
          `-- then backfill existing rows in batches, each in its own transaction:\n` +
          `-- UPDATE ${t} SET ${quoteIdent(col)} = ${expr} WHERE ${quoteIdent(col)} IS NULL AND <key range>;`;
      }
      return {
        statement: s,
        message:
          `Adding column \`${table}.${col}\` with ${reason} rewrites the whole table under an ACCESS EXCLUSIVE ` +
          `lock: all reads and writes of \`${table}\` wait until every row is rewritten.`,
        subject: col,
        fix: {
          description:
            'Add the column without a default (instant), set the default for new rows, then backfill existing rows ' +
            'in small batches.',
          text,
        },
        data: { lock: 'ACCESS EXCLUSIVE', rewrite: true, table, column: col },
      };
    });
  },
};
