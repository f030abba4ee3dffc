/**
 * Identifiers for generated code: stable (derived from the spec's own names, never from
 * visiting order) and meaningful (`repos/get-content` → `reposGetContent`, `simple-user` → `SimpleUser`).
 */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await any unknown never object string ' +
    'number boolean symbol bigint undefined type'
  ).split(' '),
);

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

export function pascalCase(text: string): string {
  const out = words(text)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  if (out === '') return 'Unnamed';
  return /^[0-9]/.test(out) ? `T${out}` : out;
}

export function camelCase(text: string): string {
  const p = pascalCase(text);
  const out = p[0].toLowerCase() + p.slice(1);
  return RESERVED.has(out) ? `${out}Op` : out;
}

/** `users`, `code-scanning`: a file name for a tag. */
export function kebabCase(text: string): string {
  return (
    words(text)
      .map((w) => w.toLowerCase())
      .join('-') || 'default'
  );
}

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name);
}

/** A property key as TypeScript source: bare when it can be. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** Hands out names, adding a numeric suffix only when two different things want the same one. */
export class NameTable {
  private readonly taken = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(r);
  }
  claim(wanted: string, ...fallbacks: string[]): string {
    for (const name of [wanted, ...fallbacks]) {
      if (!this.taken.has(name)) {
        this.taken.add(name);
        return name;
      }
    }
    for (let i = 2; ; i++) {
      const name = `${wanted}${i}`;
      if (!this.taken.has(name)) {
        this.taken.add(name);
        return name;
      }
    }
  }
}
