import { names } from '../ast.js';
import { eachStatement, type Rule } from '../rule.js';

export const requireEnumValueOrdering: Rule = {
  id: 'require-enum-value-ordering',
  severity: 'notice',
  doc: 'Say where a new enum value goes with BEFORE or AFTER.',
  why:
    'ADD VALUE without BEFORE/AFTER appends the value at the end of the enum’s sort order, which changes ORDER BY ' +
    'and comparisons on the column in ways that are easy to miss.',
  fixHint: "ALTER TYPE … ADD VALUE 'new' BEFORE 'existing' (or AFTER).",
  check(file) {
    return eachStatement(file, 'AlterEnumStmt', (e, s) => {
      if (!e.newVal || e.oldVal || e.newValNeighbor) return undefined;
      return {
        statement: s,
        message: `Enum value '${e.newVal}' is appended to the end of \`${names(e.typeName).join('.')}\`'s order; say BEFORE or AFTER which value it goes.`,
        subject: e.newVal,
        fix: { description: "Add BEFORE 'existing_value' or AFTER 'existing_value' to place the new value." },
      };
    });
  },
};
