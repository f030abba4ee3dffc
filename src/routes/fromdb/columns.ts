/** PostgreSQL column types → JSON Schema (OpenAPI 3.1), with formats, lengths, enums, checks and nullability. */
import type { JsonSchema } from '../extract/types.js';
import type { ColumnInfo } from './introspect.js';

const SCALARS: Record<string, JsonSchema> = {
  int2: { type: 'integer', minimum: -32768, maximum: 32767 },
  int4: { type: 'integer', format: 'int32' },
  int8: { type: 'integer', format: 'int64' },
  oid: { type: 'integer', minimum: 0 },
  float4: { type: 'number', format: 'float' },
  float8: { type: 'number', format: 'double' },
  // node-postgres and most drivers hand exact decimals over as strings, so they are not rounded.
  numeric: { type: 'string', format: 'decimal', pattern: '^-?\\d+(\\.\\d+)?$' },
  money: { type: 'string' },
  bool: { type: 'boolean' },
  text: { type: 'string' },
  varchar: { type: 'string' },
  bpchar: { type: 'string' },
  citext: { type: 'string', description: 'Compared case-insensitively.' },
  name: { type: 'string', maxLength: 63 },
  uuid: { type: 'string', format: 'uuid' },
  timestamptz: { type: 'string', format: 'date-time' },
  timestamp: { type: 'string', format: 'date-time', description: 'Without time zone.' },
  date: { type: 'string', format: 'date' },
  time: { type: 'string', format: 'time' },
  timetz: { type: 'string', format: 'time' },
  interval: { type: 'string', format: 'duration' },
  json: {},
  jsonb: {},
  bytea: { type: 'string', contentEncoding: 'base64' },
  inet: { type: 'string', description: 'An IPv4 or IPv6 address.' },
  cidr: { type: 'string', description: 'An IPv4 or IPv6 network.' },
  macaddr: { type: 'string' },
  xml: { type: 'string' },
  tsvector: { type: 'string' },
};

export function columnSchema(col: ColumnInfo): JsonSchema {
  let schema: JsonSchema;
  if (col.elemTypname) {
    schema = { type: 'array', items: scalar(col.elemTypname, col.elemTyptype === 'e' ? col.enumLabels : undefined) };
  } else {
    schema = scalar(col.baseTypname ?? col.typname, col.typtype === 'e' ? col.enumLabels : undefined);
    if (col.maxLength !== undefined) schema.maxLength = col.maxLength;
    Object.assign(schema, checkConstraints(col));
  }
  const literal = defaultValue(col.default);
  if (literal !== undefined) schema.default = literal;
  const notes = [col.comment, schema.description].filter(Boolean);
  if (notes.length > 0) schema.description = notes.join(' ');
  if (!col.notNull) return nullable(schema);
  return schema;
}

function scalar(typname: string, enumLabels: string[] | undefined): JsonSchema {
  if (enumLabels) return { type: 'string', enum: [...enumLabels] };
  const known = SCALARS[typname];
  return known ? structuredClone(known) : { type: 'string', description: `PostgreSQL type ${typname}.` };
}

export function nullable(schema: JsonSchema): JsonSchema {
  const t = schema.type;
  if (typeof t === 'string') return { ...schema, type: [t, 'null'] };
  if (t === undefined) return schema;
  return { anyOf: [schema, { type: 'null' }] };
}

/**
 * Single-column checks PostgreSQL prints as `CHECK ((status = ANY (ARRAY['a'::text, 'b'::text])))`,
 * `CHECK ((total_cents >= 0))` or `CHECK (((quantity >= 1) AND (quantity <= 1000)))`.
 */
function checkConstraints(col: ColumnInfo): JsonSchema {
  const out: JsonSchema = {};
  const name = col.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const def of col.checks) {
    const anyOf = new RegExp(`\\(+"?${name}"?\\)?(?:::text)?\\s*=\\s*ANY\\s*\\(+ARRAY\\[(.*)\\]`).exec(def);
    if (anyOf) {
      const values = [...anyOf[1].matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));
      if (values.length > 0) out.enum = values;
      continue;
    }
    for (const m of def.matchAll(new RegExp(`"?${name}"?\\s*(>=|>|<=|<)\\s*\\(?(-?\\d+(?:\\.\\d+)?)`, 'g'))) {
      const n = Number(m[2]);
      if (m[1] === '>=') out.minimum = n;
      else if (m[1] === '>') out.exclusiveMinimum = n;
      else if (m[1] === '<=') out.maximum = n;
      else out.exclusiveMaximum = n;
    }
  }
  return out;
}

/** Literal defaults (`'pending'::text`, `0`, `true`) are documented; expressions (`now()`) are not. */
function defaultValue(expr: string | undefined): unknown {
  if (expr === undefined) return undefined;
  const str = /^'((?:[^']|'')*)'::[\w ."]+$/.exec(expr);
  if (str) return str[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(expr)) return Number(expr);
  if (expr === 'true' || expr === 'false') return expr === 'true';
  return undefined;
}
