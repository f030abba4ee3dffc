/**
 * String and number formats the generated validators check. The same objects serve Ajv at
 * generation time and, printed as source, the generated code at run time, so the two agree.
 * Regular expressions follow ajv-formats' "fast" mode. Formats not listed are accepted as is.
 */
export type FormatDefinition = RegExp | { type: 'number' | 'string'; validate: (value: never) => boolean };

export const FORMATS: Record<string, FormatDefinition> = {
  date: /^\d\d\d\d-[0-1]\d-[0-3]\d$/,
  'date-time':
    /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
  time: /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
  email:
    /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
  uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
  'uri-reference': /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
  uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
  hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
  ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
  byte: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) },
};

/** `const __formats = {...}`: the non-RegExp formats as source (Ajv inlines the RegExps itself). */
export function formatsSource(): string {
  const entries = Object.entries(FORMATS)
    .filter(([, def]) => !(def instanceof RegExp))
    .map(([name, def]) => {
      const d = def as Exclude<FormatDefinition, RegExp>;
      return `  ${JSON.stringify(name)}: { type: ${JSON.stringify(d.type)}, validate: ${d.validate.toString()} },`;
    });
  return `const __formats = {\n${entries.join('\n')}\n};\n`;
}
