/**
 * What generation needs to know about each operation, framework-neutral: names, parameters (with
 * how array values are split), the JSON request body and every response, schemas normalized.
 */
import type { Located, LoadedSpec } from '../spec/load.js';
import { listOperations, operationParameters, type Json } from '../model.js';
import { camelCase, isIdentifier, kebabCase, NameTable, pascalCase } from './names.js';
import { SchemaRegistry, type JsonSchema } from './schema.js';

export type ParamLocation = 'path' | 'query' | 'header';

export interface GenParam {
  name: string;
  in: ParamLocation;
  /** The key the value has in the framework's object: lowercased for headers. */
  key: string;
  required: boolean;
  schema: JsonSchema;
  description?: string;
  /** Array values that arrive as one string (`ids=1,2,3`) are split on this. */
  split?: string;
}

export interface GenBody {
  required: boolean;
  mediaType: string;
  /** Only JSON bodies are validated and typed; others reach the handler as parsed by the framework. */
  schema?: JsonSchema;
}

export interface GenResponse {
  /** `200`, `2XX`, `default`. */
  status: string;
  description?: string;
  mediaType?: string;
  schema?: JsonSchema;
  headers: { name: string; required: boolean; schema: JsonSchema }[];
}

export interface GenOperation {
  /** Handler name: camelCase of the operationId (`reposGetContent`). */
  id: string;
  /** Prefix of its types: `ReposGetContent`. */
  typeName: string;
  operationId?: string;
  method: string;
  path: string;
  label: string;
  summary?: string;
  deprecated: boolean;
  /** Handler file (kebab-case of the first tag). */
  group: string;
  params: GenParam[];
  body?: GenBody;
  responses: GenResponse[];
}

export interface GenModel {
  title: string;
  version: string;
  operations: GenOperation[];
  registry: SchemaRegistry;
}

const JSON_MEDIA = /^application\/(?:[\w.-]+\+)?json\b|^\*\/\*$/i;

export function buildModel(spec: LoadedSpec): GenModel {
  const registry = new SchemaRegistry(spec);
  const ops = listOperations(spec);
  const names = new NameTable();
  const typeNames = new NameTable(['Handlers', 'HandlerRequest', 'RawContext']);
  const operations: GenOperation[] = [];
  for (const op of ops.values()) {
    const value = op.node.value;
    const operationId = typeof value.operationId === 'string' ? value.operationId : undefined;
    const id = names.claim(camelCase(operationId ?? `${op.method} ${op.path.replace(/[{}]/g, ' by ')}`));
    const tags = Array.isArray(value.tags) ? value.tags.filter((t): t is string => typeof t === 'string') : [];
    const params: GenParam[] = [];
    for (const p of operationParameters(spec, op).values()) {
      const gp = parameter(spec, registry, p);
      if (gp) params.push(gp);
    }
    operations.push({
      id,
      typeName: typeNames.claim(pascalCase(id)),
      operationId,
      method: op.method,
      path: op.path,
      label: op.label,
      summary: typeof value.summary === 'string' ? value.summary : undefined,
      deprecated: value.deprecated === true,
      group: kebabCase(tags[0] ?? 'default'),
      params,
      body: requestBody(spec, registry, op.node),
      responses: responses(spec, registry, op.node),
    });
  }
  const info = (spec.root.data as Json).info as Json | undefined;
  return {
    title: typeof info?.title === 'string' ? info.title : 'API',
    version: typeof info?.version === 'string' ? info.version : '',
    operations,
    registry,
  };
}

function parameter(spec: LoadedSpec, registry: SchemaRegistry, p: Located<Json>): GenParam | undefined {
  const v = p.value;
  const where = v.in;
  if (where !== 'path' && where !== 'query' && where !== 'header') return undefined; // cookies: not validated
  const name = String(v.name);
  let schema: JsonSchema = {};
  const schemaNode = spec.child(p, 'schema');
  if (schemaNode) schema = registry.convert(schemaNode);
  else {
    const content = spec.child<Json>(p, 'content');
    const first = content && typeof content.value === 'object' ? Object.keys(content.value)[0] : undefined;
    const media = first ? spec.child<Json>(content!, first) : undefined;
    const s = media ? spec.child(spec.deref(media), 'schema') : undefined;
    if (s) schema = registry.convert(s);
  }
  const style = typeof v.style === 'string' ? v.style : where === 'query' ? 'form' : 'simple';
  const explode = typeof v.explode === 'boolean' ? v.explode : style === 'form';
  const isArray = typeOf(spec, registry, schema) === 'array';
  let split: string | undefined;
  if (isArray) {
    if (style === 'spaceDelimited') split = ' ';
    else if (style === 'pipeDelimited') split = '|';
    else if (style === 'simple' || !explode) split = ',';
  }
  return {
    name,
    in: where,
    key: where === 'header' ? name.toLowerCase() : name,
    required: where === 'path' || v.required === true,
    schema,
    description: typeof v.description === 'string' ? v.description : undefined,
    split,
  };
}

function typeOf(spec: LoadedSpec, registry: SchemaRegistry, schema: JsonSchema): unknown {
  let s = schema;
  for (let i = 0; i < 8 && typeof s.$ref === 'string'; i++) {
    s = registry.definitions.get(String(s.$ref).replace(/^.*\//, '')) ?? {};
  }
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
}

function pickMedia(content: Json): string | undefined {
  const types = Object.keys(content);
  return types.find((t) => JSON_MEDIA.test(t)) ?? types[0];
}

function requestBody(spec: LoadedSpec, registry: SchemaRegistry, op: Located<Json>): GenBody | undefined {
  const rb = spec.child<Json>(op, 'requestBody');
  if (!rb) return undefined;
  const body = spec.deref(rb);
  const content = spec.child<Json>(body, 'content');
  if (!content || typeof content.value !== 'object' || content.value === null) return undefined;
  const mediaType = pickMedia(content.value);
  if (!mediaType) return undefined;
  const required = body.value.required === true;
  if (!JSON_MEDIA.test(mediaType)) return { required, mediaType };
  const media = spec.deref(spec.child<Json>(content, mediaType)!);
  const schemaNode = spec.child(media, 'schema');
  return { required, mediaType, schema: schemaNode ? registry.convert(schemaNode) : {} };
}

function responses(spec: LoadedSpec, registry: SchemaRegistry, op: Located<Json>): GenResponse[] {
  const out: GenResponse[] = [];
  const list = spec.child<Json>(op, 'responses');
  if (!list || typeof list.value !== 'object' || list.value === null) return out;
  for (const status of Object.keys(list.value)) {
    if (!/^([1-5](\d\d|XX)|default)$/i.test(status)) continue;
    const r = spec.deref(spec.child<Json>(list, status)!);
    if (typeof r.value !== 'object' || r.value === null) continue;
    const res: GenResponse = {
      status: status.toUpperCase() === status ? status : status.toUpperCase(),
      description: typeof r.value.description === 'string' ? r.value.description : undefined,
      headers: [],
    };
    const content = spec.child<Json>(r, 'content');
    const mediaType = content && typeof content.value === 'object' ? pickMedia(content.value) : undefined;
    if (content && mediaType) {
      res.mediaType = mediaType;
      if (JSON_MEDIA.test(mediaType)) {
        const media = spec.deref(spec.child<Json>(content, mediaType)!);
        const schemaNode = spec.child(media, 'schema');
        res.schema = schemaNode ? registry.convert(schemaNode) : {};
      }
    }
    const headers = spec.child<Json>(r, 'headers');
    if (headers && typeof headers.value === 'object' && headers.value !== null) {
      for (const name of Object.keys(headers.value)) {
        const h = spec.deref(spec.child<Json>(headers, name)!);
        if (typeof h.value !== 'object' || h.value === null) continue;
        const s = spec.child(h, 'schema');
        res.headers.push({ name, required: h.value.required === true, schema: s ? registry.convert(s) : {} });
      }
    }
    out.push(res);
  }
  return out;
}

/** Route parameter names every router accepts (`{enterprise-or-org}` → `p0`), keyed by spec name. */
export function routeParamNames(op: GenOperation): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  for (const m of op.path.matchAll(/\{([^}]+)\}/g)) {
    out.set(m[1], isIdentifier(m[1]) ? m[1] : `p${i}`);
    i++;
  }
  return out;
}

/** `/users/{id}` → `/users/:id` (Express 5, Koa router, Fastify), literal parts escaped for path-to-regexp 8. */
export function colonPath(op: GenOperation, escape: (literal: string) => string = (s) => s): string {
  const names = routeParamNames(op);
  return op.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      return m ? `:${names.get(m[1])}` : escape(part);
    })
    .join('');
}

/** Literal segments before parameters, so `/repos/{owner}/git/refs` is tried before `/repos/{owner}/git/{ref}`. */
export function routeOrder(a: GenOperation, b: GenOperation): number {
  const ka = shape(a.path);
  const kb = shape(b.path);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function shape(p: string): string {
  return p
    .split('/')
    .map((seg) => (seg.includes('{') ? '1' : '0'))
    .join('');
}
