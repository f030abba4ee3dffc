import type { Problem, Rule } from '../rule.js';

const MAX_BYTES = 63;
/** Statement kinds that name new objects. */
const DDL = /^(Create|Alter|Rename|Index|Define|CompositeType|View)/;
/**
 * Tokens of a statement: strings, comments and dollar-quoted bodies (skipped), quoted identifiers
 * (group 2) and bare words (group 3). The parser has already truncated names in the AST, so long
 * names are found in the source text.
 */
const TOKENS =
  /[Ee]?'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\/|\$([A-Za-z_]*)\$[\s\S]*?\$\1\$|"((?:[^"]|"")+)"|([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)/g;
/**
 * Cheap pre-check: some run of at least 22 non-separator characters (22 × 3 bytes > 63). The
 * lookbehind starts a match only where a run starts, so words are not rescanned from every letter.
 */
const LONG_RUN = /(?<![^\s'"(),.;])[^\s'"(),.;]{22}/;

function longIdentifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKENS)) {
    const name = m[2] !== undefined ? m[2].replace(/""/g, '"') : m[3];
    if (name !== undefined && name.length > MAX_BYTES / 4 && Buffer.byteLength(name) > MAX_BYTES) out.push(name);
  }
  return out;
}

/** The first 63 bytes of a name, as PostgreSQL keeps it (never splitting a character). */
function truncated(name: string): string {
  let bytes = 0;
  let out = '';
  for (const ch of name) {
    bytes += Buffer.byteLength(ch);
    if (bytes > MAX_BYTES) break;
    out += ch;
  }
  return out;
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
      if (!DDL.test(s.kind) || !LONG_RUN.test(s.text)) continue;
      for (const name of new Set(longIdentifiers(s.text))) {
        out.push({
          statement: s,
          message:
            `Identifier \`${name}\` is ${Buffer.byteLength(name)} bytes; PostgreSQL truncates it to 63 bytes ` +
            `(\`${truncated(name)}\`).`,
          subject: name,
          fix: { description: 'Choose a name of at most 63 bytes.' },
        });
      }
    }
    return out;
  },
};
