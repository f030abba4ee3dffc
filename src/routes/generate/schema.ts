/**
 * OpenAPI schemas (3.0 and 3.1) → plain JSON Schema that Ajv and the type emitter both read.
 * Every `$ref` becomes a named definition (`defs#/$defs/SimpleUser`), so circular schemas and
 * multi-file specs need no inlining. Tolerates what real specs contain: `nullable` without a
 * `type` (rewritten to a union with null), 3.0's boolean `exclusiveMinimum`, `example`,
 * `required` on arrays, and discriminators that map to non-objects (dropped: oneOf still validates).
 */
import path from 'node:path';
import type { Located, LoadedSpec } from '../spec/load.js';
import { NameTable, pascalCase } from './names.js';

export type JsonSchema = Record<string, unknown>;

export const DEFS_ID = 'defs';
const REF_PREFIX = `${DEFS_ID}#/$defs/`;

/** Keywords kept as they are (validation and the annotations the types use). */
const COPIED = new Set([
  'type',
  'enum',
  'const',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'default',
  'description',
  'title',
  'readOnly',
  'writeOnly',
  'deprecated',
  'contentMediaType',
  'contentEncoding',
  'dependentRequired',
]);
const SUBSCHEMA = new Set([
  'items',
  'not',
  'additionalItems',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalProperties',
]);
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);
/** Dropped when the schema only serves validation: it makes the compiled code smaller. */
export const ANNOTATIONS = new Set(['description', 'title', 'readOnly', 'writeOnly', 'deprecated']);

export function refName(schema: JsonSchema): string | undefined {
  const ref = schema.$ref;
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : undefined;
}

export function refTo(name: string): JsonSchema {
  return { $ref: REF_PREFIX + name };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class SchemaRegistry {
  /** Definition name → normalized schema, in the order names were given. */
  readonly definitions = new Map<string, JsonSchema>();
  /** Names of `components.schemas` of the root file (what the user calls "all schemas"). */
  readonly componentNames: string[] = [];
  private readonly byTarget = new Map<string, string>();
  private readonly names = new NameTable();
  private readonly pending: [string, Located][] = [];
  private readonly is30: boolean;

  constructor(private readonly spec: LoadedSpec) {
    this.is30 = spec.version.startsWith('3.0');
    // Component names first, so they keep their own names whatever else the spec holds.
    const root: Located = { value: spec.root.data, file: spec.root, pointer: '' };
    const schemas = spec.child(spec.child(root, 'components') ?? root, 'schemas');
    if (schemas && isObject(schemas.value) && spec.child(root, 'components')) {
      for (const key of Object.keys(schemas.value)) {
        this.componentNames.push(this.nameFor(spec.child(schemas, key)!, pascalCase(key)));
      }
      this.drain();
    }
  }

  /** Normalize one schema (and, through it, every definition it reaches). */
  convert(node: Located): JsonSchema {
    const out = this.convertNode(node);
    this.drain();
    return out;
  }

  private drain(): void {
    while (this.pending.length > 0) {
      const [name, node] = this.pending.shift()!;
      this.definitions.set(name, this.convertNode(node));
    }
  }

  private nameFor(target: Located, wanted?: string): string {
    const id = `${target.file.id}#${target.pointer}`;
    const known = this.byTarget.get(id);
    if (known) return known;
    const m = /^\/components\/schemas\/([^/]+)$/.exec(target.pointer);
    const base = pascalCase(path.basename(target.file.id).replace(/\.(ya?ml|json)$/i, ''));
    const own =
      wanted ?? (m ? pascalCase(m[1]) : target.pointer === '' ? base : pascalCase(lastSegment(target.pointer)));
    const name = this.names.claim(own, `${base}${own}`);
    this.byTarget.set(id, name);
    this.definitions.set(name, {});
    this.pending.push([name, target]);
    return name;
  }

  private convertNode(node: Located): JsonSchema {
    const v = node.value;
    if (v === true || v === false) return v ? {} : { not: {} };
    if (!isObject(v)) return {};
    if (typeof v.$ref === 'string') {
      const target = this.spec.deref(node);
      if (target.value === v) return {};
      const ref = refTo(this.nameFor(target));
      return v.nullable === true ? { anyOf: [ref, { type: 'null' }] } : ref;
    }
    const out: JsonSchema = {};
    for (const key of Object.keys(v)) {
      const value = v[key];
      if (COPIED.has(key)) out[key] = value;
      else if (key === 'required') {
        if (Array.isArray(value) && value.every((s) => typeof s === 'string') && value.length > 0) out.required = value;
      } else if (SUBSCHEMA.has(key)) {
        if (key === 'items' && Array.isArray(value)) {
          out.prefixItems = value.map((_, i) => this.convertNode(this.spec.child(this.spec.child(node, key)!, i)!));
        } else if (typeof value === 'boolean') out[key] = value;
        else if (isObject(value)) out[key] = this.convertNode(this.spec.child(node, key)!);
      } else if (SUBSCHEMA_LIST.has(key)) {
        if (Array.isArray(value) && value.length > 0) {
          const list = this.spec.child(node, key)!;
          out[key] = value.map((_, i) => this.convertNode(this.spec.child(list, i)!));
        }
      } else if (SUBSCHEMA_MAP.has(key)) {
        if (isObject(value)) {
          const map = this.spec.child(node, key)!;
          const props: JsonSchema = {};
          for (const name of Object.keys(value)) props[name] = this.convertNode(this.spec.child(map, name)!);
          out[key] = props;
        }
      }
      // Everything else (example(s), xml, externalDocs, discriminator, x-*) is documentation.
    }
    if (this.is30) fixExclusiveBounds(out);
    if (v.nullable === true || (this.is30 && v['x-nullable'] === true)) return makeNullable(out);
    return out;
  }
}

function lastSegment(pointer: string): string {
  const parts = pointer.split('/');
  return parts[parts.length - 1].replace(/~1/g, '/').replace(/~0/g, '~');
}

/** 3.0 (draft 4) `exclusiveMinimum: true` beside `minimum` → draft 6+ numeric form. */
function fixExclusiveBounds(s: JsonSchema): void {
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (s[flag] === true && typeof s[bound] === 'number') {
      s[flag] = s[bound];
      delete s[bound];
    } else if (typeof s[flag] === 'boolean') delete s[flag];
  }
}

/** `nullable: true` → `type: [T, 'null']` when there is a type, else a union with null. */
function makeNullable(s: JsonSchema): JsonSchema {
  if (Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null];
  if (typeof s.type === 'string') {
    s.type = [s.type, 'null'];
    if (!s.allOf && !s.anyOf && !s.oneOf) return s;
  } else if (Array.isArray(s.type)) {
    if (!s.type.includes('null')) s.type = [...s.type, 'null'];
    if (!s.allOf && !s.anyOf && !s.oneOf) return s;
  }
  const keys = Object.keys(s).filter((k) => !ANNOTATIONS.has(k) && k !== 'default');
  if (keys.length === 0) return s; // any value, null included
  const meta: JsonSchema = {};
  const rest: JsonSchema = {};
  for (const [k, val] of Object.entries(s)) (ANNOTATIONS.has(k) ? meta : rest)[k] = val;
  if (Array.isArray(rest.type)) rest.type = (rest.type as string[]).filter((t) => t !== 'null');
  return { ...meta, anyOf: [rest, { type: 'null' }] };
}

/** A copy without annotations, for the validators. */
export function forValidation(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forValidation);
  if (!isObject(schema)) return schema;
  const out: JsonSchema = {};
  for (const [k, val] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    if (k === 'enum' || k === 'const' || k === 'default') out[k] = val;
    else if (k === 'properties' || k === 'patternProperties' || k === 'dependentSchemas') {
      const props: JsonSchema = {};
      for (const [name, sub] of Object.entries(val as JsonSchema)) props[name] = forValidation(sub);
      out[k] = props;
    } else out[k] = forValidation(val);
  }
  return out;
}
