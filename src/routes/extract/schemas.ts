/**
 * zod and TypeBox schema builders → JSON Schema, read from the source without running it
 * (best effort: the common builders and modifiers; unknown modifiers keep the schema as is).
 */
import type * as t from '@babel/types';
import { propertyName, unwrap, type Scope } from './module.js';
import type { Evaluated, Evaluator } from './evaluate.js';
import type { JsonSchema } from './types.js';

/** A schema built by zod or TypeBox, with whether it was marked optional (for `required`). */
export class SchemaValue {
  constructor(
    readonly schema: JsonSchema,
    readonly kind: 'zod' | 'typebox',
    readonly optional = false,
  ) {}

  with(schema: JsonSchema, optional = this.optional): SchemaValue {
    return new SchemaValue(schema, this.kind, optional);
  }
}

const ZOD = new Set(['zod', 'zod/v4', 'zod/v3', 'zod/mini', 'zod/v4-mini']);
const TYPEBOX = new Set(['@sinclair/typebox', 'typebox']);

const STRING_FORMATS: Record<string, string> = {
  email: 'email',
  uuid: 'uuid',
  guid: 'uuid',
  url: 'uri',
  httpUrl: 'uri',
  datetime: 'date-time',
  date: 'date',
  time: 'time',
  duration: 'duration',
  ipv4: 'ipv4',
  ipv6: 'ipv6',
  hostname: 'hostname',
};

export function schemaCall(n: t.CallExpression, scope: Scope, ev: Evaluator, depth: number): Evaluated | undefined {
  const callee = unwrap(n.callee);
  const d = ev.project.define(callee, scope);
  const args = (i: number): unknown => {
    const a = n.arguments[i];
    if (!a || a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder') return undefined;
    const v = ev.evaluate(a, scope, depth + 1);
    return v.ok ? v.value : undefined;
  };
  if (d?.kind === 'package' && ZOD.has(d.pkg)) {
    const path = d.path[0] === 'z' ? d.path.slice(1) : d.path;
    const name = path[0] === 'coerce' || path[0] === 'iso' ? path[1] : path[0];
    const built = name === undefined ? undefined : zodBase(name, args);
    return built && { ok: true, value: built };
  }
  if (d?.kind === 'package' && TYPEBOX.has(d.pkg)) {
    const name = d.path[0] === 'Type' || d.path[0] === 't' ? d.path[1] : d.path[0];
    const built = name === undefined ? undefined : typeboxBuilder(name, args);
    return built && { ok: true, value: built };
  }
  // A modifier on a schema: `z.string().email()`, `User.extend({...})`.
  if (callee.type === 'MemberExpression') {
    const method = propertyName(callee);
    if (method === undefined) return undefined;
    const owner = ev.evaluate(callee.object, scope, depth + 1);
    if (owner.ok && owner.value instanceof SchemaValue && owner.value.kind === 'zod') {
      return { ok: true, value: zodModifier(owner.value, method, args) };
    }
  }
  return undefined;
}

function asSchema(v: unknown): JsonSchema {
  if (v instanceof SchemaValue) return v.schema;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonSchema) : {};
}

function objectSchema(shape: unknown, kind: 'zod' | 'typebox', extra: JsonSchema = {}): SchemaValue {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  if (typeof shape === 'object' && shape !== null) {
    for (const [k, v] of Object.entries(shape)) {
      properties[k] = asSchema(v);
      if (!(v instanceof SchemaValue && v.optional)) required.push(k);
    }
  }
  return new SchemaValue({ type: 'object', properties, ...(required.length > 0 ? { required } : {}), ...extra }, kind);
}

function withNull(schema: JsonSchema): JsonSchema {
  const type = schema.type;
  if (typeof type === 'string') return { ...schema, type: [type, 'null'] };
  if (Array.isArray(type)) return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}

function literalSchema(v: unknown): JsonSchema {
  const type = v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
  return { type, const: v };
}

function zodBase(name: string, arg: (i: number) => unknown): SchemaValue | undefined {
  const z = (schema: JsonSchema, optional = false) => new SchemaValue(schema, 'zod', optional);
  if (name in STRING_FORMATS) return z({ type: 'string', format: STRING_FORMATS[name] });
  switch (name) {
    case 'string':
    case 'cuid':
    case 'cuid2':
    case 'ulid':
    case 'nanoid':
      return z({ type: 'string' });
    case 'number':
    case 'float32':
    case 'float64':
      return z({ type: 'number' });
    case 'int':
    case 'int32':
      return z({ type: 'integer' });
    case 'bigint':
    case 'int64':
      return z({ type: 'integer', format: 'int64' });
    case 'boolean':
      return z({ type: 'boolean' });
    case 'null':
      return z({ type: 'null' });
    case 'any':
    case 'unknown':
    case 'lazy':
    case 'custom':
    case 'instanceof':
      return z({});
    case 'undefined':
    case 'void':
      return z({}, true);
    case 'never':
      return z({ not: {} });
    case 'literal': {
      const v = arg(0);
      return z(Array.isArray(v) ? { enum: v } : literalSchema(v));
    }
    case 'enum':
    case 'nativeEnum': {
      const v = arg(0);
      const values = Array.isArray(v)
        ? v
        : typeof v === 'object' && v !== null
          ? Object.values(v).filter((x) => typeof x === 'string' || typeof x === 'number')
          : [];
      return z({ type: values.every((x) => typeof x === 'number') ? 'number' : 'string', enum: values });
    }
    case 'object':
      return objectSchema(arg(0), 'zod');
    case 'strictObject':
      return objectSchema(arg(0), 'zod', { additionalProperties: false });
    case 'looseObject':
      return objectSchema(arg(0), 'zod');
    case 'array':
      return z({ type: 'array', items: asSchema(arg(0)) });
    case 'set':
      return z({ type: 'array', items: asSchema(arg(0)), uniqueItems: true });
    case 'tuple': {
      const items = Array.isArray(arg(0)) ? (arg(0) as unknown[]).map(asSchema) : [];
      return z({ type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length });
    }
    case 'union':
    case 'xor': {
      const options = Array.isArray(arg(0)) ? (arg(0) as unknown[]) : [];
      return z({ anyOf: options.map(asSchema) });
    }
    case 'discriminatedUnion': {
      const options = (Array.isArray(arg(1)) ? arg(1) : arg(0)) as unknown[] | undefined;
      return z({ oneOf: (Array.isArray(options) ? options : []).map(asSchema) });
    }
    case 'intersection':
      return z({ allOf: [asSchema(arg(0)), asSchema(arg(1))] });
    case 'record':
    case 'map':
      return z({ type: 'object', additionalProperties: asSchema(arg(1) ?? arg(0)) });
    case 'optional': {
      const inner = arg(0);
      return z(asSchema(inner), true);
    }
    case 'nullable':
      return z(withNull(asSchema(arg(0))));
    default:
      return undefined;
  }
}

function zodModifier(sv: SchemaValue, method: string, arg: (i: number) => unknown): SchemaValue {
  const s = sv.schema;
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  const num = (i: number) => (typeof arg(i) === 'number' ? (arg(i) as number) : undefined);
  const bound = (lower: boolean, n: number | undefined, exclusive = false): SchemaValue => {
    if (n === undefined) return sv;
    if (type === 'string') return sv.with({ ...s, [lower ? 'minLength' : 'maxLength']: n });
    if (type === 'array') return sv.with({ ...s, [lower ? 'minItems' : 'maxItems']: n });
    const key = exclusive ? (lower ? 'exclusiveMinimum' : 'exclusiveMaximum') : lower ? 'minimum' : 'maximum';
    return sv.with({ ...s, [key]: n });
  };
  if (method in STRING_FORMATS && type === 'string') return sv.with({ ...s, format: STRING_FORMATS[method] });
  switch (method) {
    case 'optional':
      return sv.with(s, true);
    case 'nullable':
      return sv.with(withNull(s));
    case 'nullish':
      return sv.with(withNull(s), true);
    case 'nonoptional':
      return sv.with(s, false);
    case 'default':
    case 'prefault': {
      const v = arg(0);
      return sv.with(v === undefined || typeof v === 'function' ? s : { ...s, default: v }, true);
    }
    case 'describe':
      return typeof arg(0) === 'string' ? sv.with({ ...s, description: arg(0) }) : sv;
    case 'meta':
    case 'openapi': {
      const m = arg(0);
      if (typeof m !== 'object' || m === null) return sv;
      const keep = Object.fromEntries(
        Object.entries(m).filter(([k]) => ['description', 'title', 'example', 'examples', 'deprecated'].includes(k)),
      );
      return sv.with({ ...s, ...keep });
    }
    case 'min':
    case 'gte':
      return bound(true, num(0));
    case 'max':
    case 'lte':
      return bound(false, num(0));
    case 'gt':
      return bound(true, num(0), true);
    case 'lt':
      return bound(false, num(0), true);
    case 'length': {
      const n = num(0);
      if (n === undefined) return sv;
      return sv.with(type === 'array' ? { ...s, minItems: n, maxItems: n } : { ...s, minLength: n, maxLength: n });
    }
    case 'nonempty':
      return bound(true, 1);
    case 'positive':
      return sv.with({ ...s, exclusiveMinimum: 0 });
    case 'nonnegative':
      return sv.with({ ...s, minimum: 0 });
    case 'negative':
      return sv.with({ ...s, exclusiveMaximum: 0 });
    case 'nonpositive':
      return sv.with({ ...s, maximum: 0 });
    case 'int':
    case 'safe':
      return sv.with({ ...s, type: Array.isArray(s.type) ? ['integer', ...s.type.slice(1)] : 'integer' });
    case 'multipleOf':
    case 'step':
      return num(0) === undefined ? sv : sv.with({ ...s, multipleOf: num(0) });
    case 'regex': {
      const re = arg(0);
      return re instanceof RegExp ? sv.with({ ...s, pattern: re.source }) : sv;
    }
    case 'array':
      return new SchemaValue({ type: 'array', items: s }, 'zod');
    case 'strict':
      return sv.with({ ...s, additionalProperties: false });
    case 'passthrough':
    case 'loose':
    case 'strip': {
      const { additionalProperties: _drop, ...rest } = s;
      return sv.with(rest);
    }
    case 'catchall':
      return sv.with({ ...s, additionalProperties: asSchema(arg(0)) });
    case 'extend':
    case 'safeExtend':
    case 'merge': {
      const other = arg(0);
      const extra = other instanceof SchemaValue ? other.schema : objectSchema(other, 'zod').schema;
      return sv.with(mergeObjects(s, extra));
    }
    case 'pick':
    case 'omit': {
      const mask = arg(0);
      const keys = new Set(typeof mask === 'object' && mask !== null ? Object.keys(mask) : []);
      const keep = (k: string) => (method === 'pick' ? keys.has(k) : !keys.has(k));
      return sv.with(filterObject(s, keep));
    }
    case 'partial': {
      const mask = arg(0);
      if (typeof mask === 'object' && mask !== null) {
        const keys = new Set(Object.keys(mask));
        const required = ((s.required as string[] | undefined) ?? []).filter((k) => !keys.has(k));
        return sv.with(setRequired(s, required));
      }
      return sv.with(setRequired(s, []));
    }
    case 'required':
      return sv.with(setRequired(s, Object.keys((s.properties as object | undefined) ?? {})));
    case 'keyof':
      return new SchemaValue({ type: 'string', enum: Object.keys((s.properties as object | undefined) ?? {}) }, 'zod');
    case 'or':
      return new SchemaValue({ anyOf: [s, asSchema(arg(0))] }, 'zod');
    case 'and':
      return new SchemaValue({ allOf: [s, asSchema(arg(0))] }, 'zod');
    default:
      // refine, transform, brand, trim, pipe…: the accepted shape is unchanged (best effort).
      return sv;
  }
}

function mergeObjects(a: JsonSchema, b: JsonSchema): JsonSchema {
  const properties = {
    ...((a.properties as object | undefined) ?? {}),
    ...((b.properties as object | undefined) ?? {}),
  };
  const required = [
    ...new Set([...((a.required as string[] | undefined) ?? []), ...((b.required as string[] | undefined) ?? [])]),
  ];
  return setRequired({ ...a, ...b, type: 'object', properties }, required);
}

function filterObject(s: JsonSchema, keep: (k: string) => boolean): JsonSchema {
  const properties = Object.fromEntries(
    Object.entries((s.properties as object | undefined) ?? {}).filter(([k]) => keep(k)),
  );
  return setRequired({ ...s, properties }, ((s.required as string[] | undefined) ?? []).filter(keep));
}

function setRequired(s: JsonSchema, required: string[]): JsonSchema {
  const { required: _old, ...rest } = s;
  return required.length > 0 ? { ...rest, required } : rest;
}

function typeboxBuilder(name: string, arg: (i: number) => unknown): SchemaValue | undefined {
  const tb = (schema: JsonSchema, optional = false) => new SchemaValue(schema, 'typebox', optional);
  const opts = (i: number): JsonSchema => {
    const o = arg(i);
    return typeof o === 'object' && o !== null && !Array.isArray(o) && !(o instanceof SchemaValue)
      ? (o as JsonSchema)
      : {};
  };
  const list = (i: number) => (Array.isArray(arg(i)) ? (arg(i) as unknown[]).map(asSchema) : []);
  switch (name) {
    case 'String':
      return tb({ type: 'string', ...opts(0) });
    case 'Number':
      return tb({ type: 'number', ...opts(0) });
    case 'Integer':
      return tb({ type: 'integer', ...opts(0) });
    case 'BigInt':
      return tb({ type: 'integer', format: 'int64', ...opts(0) });
    case 'Boolean':
      return tb({ type: 'boolean', ...opts(0) });
    case 'Null':
      return tb({ type: 'null', ...opts(0) });
    case 'Date':
      return tb({ type: 'string', format: 'date-time', ...opts(0) });
    case 'Any':
    case 'Unknown':
      return tb({ ...opts(0) });
    case 'Unsafe':
      return tb({ ...opts(0) });
    case 'Literal':
      return tb({ ...literalSchema(arg(0)), ...opts(1) });
    case 'Array':
      return tb({ type: 'array', items: asSchema(arg(0)), ...opts(1) });
    case 'Object':
      return objectSchema(arg(0), 'typebox', opts(1));
    case 'Optional':
    case 'ReadonlyOptional':
      return tb(asSchema(arg(0)), true);
    case 'Readonly':
      return tb(asSchema(arg(0)));
    case 'Union':
      return tb({ anyOf: list(0), ...opts(1) });
    case 'Intersect':
      return tb({ allOf: list(0), ...opts(1) });
    case 'Composite':
      return tb(list(0).reduce(mergeObjects, { type: 'object', properties: {} }));
    case 'Tuple': {
      const items = list(0);
      return tb({ type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length, ...opts(1) });
    }
    case 'Enum': {
      const v = arg(0);
      const values = typeof v === 'object' && v !== null ? Object.values(v) : [];
      return tb({ enum: values, ...opts(1) });
    }
    case 'Record':
      return tb({ type: 'object', additionalProperties: asSchema(arg(1)), ...opts(2) });
    case 'Partial':
      return tb(setRequired(asSchema(arg(0)), []));
    case 'Required': {
      const s = asSchema(arg(0));
      return tb(setRequired(s, Object.keys((s.properties as object | undefined) ?? {})));
    }
    case 'Pick':
    case 'Omit': {
      const keys = new Set((Array.isArray(arg(1)) ? (arg(1) as unknown[]) : []).map(String));
      return tb(filterObject(asSchema(arg(0)), (k) => (name === 'Pick' ? keys.has(k) : !keys.has(k))));
    }
    default:
      return undefined;
  }
}
