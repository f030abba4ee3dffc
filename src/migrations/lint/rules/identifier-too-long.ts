import type { Problem, Rule } from '../rule.js';

const MAX_BYTES = 63;
/** AST keys that name an object the statement creates or renames. */
const NAME_KEYS = new Set(['relname', 'colname', 'idxname', 'conname', 'newname', 'trigname', 'policy_name', 'indexname']);
const DDL = /^(Create|Alter|Rename|Index|Comment|Define|CompositeType)/;

function longNames(node: unknown, out: Set<string>): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) longNames(n, out);
    return;
  }
  for (const key in node) {
    const v = (node as Record<string, unknown>)[key];
    if (typeof v === 'string') {
      if (NAME_KEYS.has(key) && v.length > MAX_BYTES / 4 && Buffer.byteLength(v) > MAX_BYTES) out.add(v);
    } else if (v !== null && typeof v === 'object') longNames(v, out);
  }
}

export const identifierTooLong: Rule = {
  id: 'identifier-too-long',
  severity: 'warning',
  doc: 'Keep identifiers to 63 bytes or fewer.',
  why:
    'PostgreSQL silently truncates longer names to 63 bytes, so the object gets a different name than the migration ' +
    'says: later migrations, ORMs and lookups by the full name miss it, and two long names can collide.',
  fixHint: 'Use a shorter name (63 bytes at most).',
  check(file) {
    const out: Problem[] = [];
    for (const s of file.statements) {
      if (!DDL.test(s.kind)) continue;
      const found = new Set<string>();
      longNames(s.ast, found);
      for (const name of found) {
        out.push({
          statement: s,
          message: `Identifier \`${name}\` is ${Buffer.byteLength(name)} bytes; PostgreSQL truncates it to 63 bytes (\`${Buffer.from(name).subarray(0, MAX_BYTES).toString()}\`).`,
          subject: name,
          fix: { description: 'Choose a name of at most 63 bytes.' },
        });
      }
    }
    return out;
  },
};
