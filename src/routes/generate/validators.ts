/**
 * Request validators compiled ahead of time with Ajv's standalone mode: the generated app
 * imports plain functions and does no spec parsing or schema compiling when it starts.
 * Two modules: parameters (strings from the URL and headers, coerced to the declared types,
 * defaults applied) and JSON bodies (no coercion: `"1"` is not a number in JSON).
 */
import { _, type Options } from 'ajv';
import { Ajv as Ajv07 } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { FORMATS, formatsSource } from './formats.js';
import type { GenModel, GenOperation, ParamLocation } from './model.js';
import { DEFS_ID, forValidation, type JsonSchema } from './schema.js';

export interface CompiledValidators {
  /** Source of validate-params.ts and validate-body.ts. */
  paramsSource: string;
  bodySource: string;
  /** Export names per operation and part. */
  exports: Map<string, Partial<Record<ParamLocation | 'body', string>>>;
  count: number;
  /** Parts left unvalidated because Ajv could not compile them, with why. */
  skipped: string[];
}

const PART_SUFFIX: Record<ParamLocation | 'body', string> = {
  path: 'path',
  query: 'query',
  header: 'headers',
  body: 'body',
};

export function paramsSchema(op: GenOperation, where: ParamLocation): JsonSchema | undefined {
  const params = op.params.filter((p) => p.in === where);
  if (params.length === 0) return undefined;
  const properties: JsonSchema = {};
  for (const p of params) properties[p.key] = forValidation(p.schema);
  const required = params.filter((p) => p.required).map((p) => p.key);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function makeAjv(version: string, options: Options) {
  const all: Options = {
    strict: false,
    allErrors: true,
    inlineRefs: false,
    unicodeRegExp: false,
    logger: false,
    formats: { ...FORMATS } as Options['formats'],
    code: { source: true, esm: true, lines: false, formats: _`__formats` },
    ...options,
  };
  return version.startsWith('3.1') ? new Ajv2020(all) : new Ajv07(all);
}

/** Every format name the schemas use that we do not check is declared, so Ajv accepts it. */
function collectFormats(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectFormats(v, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'format' && typeof v === 'string') into.add(v);
      else if (k !== 'enum' && k !== 'const' && k !== 'default') collectFormats(v, into);
    }
  }
}

export function compileValidators(model: GenModel, version: string): CompiledValidators {
  const defs: JsonSchema = {};
  for (const [name, schema] of model.registry.definitions) defs[name] = forValidation(schema);
  const defsSchema = { $id: DEFS_ID, $defs: defs };
  const used = new Set<string>();
  collectFormats(defs, used);

  const parts: { id: string; part: ParamLocation | 'body'; op: GenOperation; schema: JsonSchema }[] = [];
  for (const op of model.operations) {
    for (const where of ['path', 'query', 'header'] as const) {
      const schema = paramsSchema(op, where);
      if (schema) parts.push({ id: `${op.id}_${PART_SUFFIX[where]}`, part: where, op, schema });
    }
    if (op.body?.schema) {
      parts.push({ id: `${op.id}_body`, part: 'body', op, schema: forValidation(op.body.schema) as JsonSchema });
    }
  }
  for (const p of parts) collectFormats(p.schema, used);
  const ignored: Record<string, true> = {};
  for (const f of used) if (!(f in FORMATS)) ignored[f] = true;

  const params = makeAjv(version, { coerceTypes: 'array', useDefaults: true });
  const body = makeAjv(version, {});
  for (const ajv of [params, body]) {
    for (const [name, def] of Object.entries(ignored)) ajv.addFormat(name, def);
    ajv.addSchema(defsSchema);
  }

  const exports = new Map<string, Partial<Record<ParamLocation | 'body', string>>>();
  const paramRefs: Record<string, string> = {};
  const bodyRefs: Record<string, string> = {};
  const skipped: string[] = [];
  for (const p of parts) {
    const ajv = p.part === 'body' ? body : params;
    try {
      ajv.addSchema({ ...p.schema, $id: p.id }, p.id);
      ajv.getSchema(p.id);
    } catch (e) {
      ajv.removeSchema(p.id);
      skipped.push(`${p.op.label} ${p.part}: ${(e as Error).message}`);
      continue;
    }
    (p.part === 'body' ? bodyRefs : paramRefs)[p.id] = p.id;
    const entry = exports.get(p.op.id) ?? {};
    entry[p.part] = p.id;
    exports.set(p.op.id, entry);
  }
  return {
    paramsSource: finish(standaloneCode.default(params, paramRefs), 'parameters (path, query, headers; coerced)'),
    bodySource: finish(standaloneCode.default(body, bodyRefs), 'JSON request bodies'),
    exports,
    count: Object.keys(paramRefs).length + Object.keys(bodyRefs).length,
    skipped,
  };
}

/**
 * Response validators (opt-in for tests: `createApp({ validateResponses: true })`), compiled
 * ahead of time into their own module, validate-responses.ts, that the routes import only when
 * the option is on, so a production start pays nothing for them. The module exports one
 * function per JSON response and `responses`: operation id → status (`200`, `2XX`, `default`)
 * → validator name.
 */
export function compileResponseValidators(
  model: GenModel,
  version: string,
): { source: string; count: number; skipped: string[] } {
  const defs: JsonSchema = {};
  for (const [name, schema] of model.registry.definitions) defs[name] = forValidation(schema);
  const used = new Set<string>();
  collectFormats(defs, used);
  const parts: { id: string; op: GenOperation; status: string; schema: JsonSchema }[] = [];
  for (const op of model.operations) {
    for (const r of op.responses) {
      if (r.schema === undefined) continue; // set for JSON media types only
      const id = `${op.id}_${r.status.replace(/\W/g, '_')}_response`;
      parts.push({ id, op, status: r.status, schema: forValidation(r.schema) as JsonSchema });
    }
  }
  for (const p of parts) collectFormats(p.schema, used);
  const ajv = makeAjv(version, {});
  for (const f of used) if (!(f in FORMATS)) ajv.addFormat(f, true);
  ajv.addSchema({ $id: DEFS_ID, $defs: defs });
  const refs: Record<string, string> = {};
  const table = new Map<string, Record<string, string>>();
  const skipped: string[] = [];
  for (const p of parts) {
    try {
      ajv.addSchema({ ...p.schema, $id: p.id }, p.id);
      ajv.getSchema(p.id);
    } catch (e) {
      ajv.removeSchema(p.id);
      skipped.push(`${p.op.label} response ${p.status}: ${(e as Error).message}`);
      continue;
    }
    refs[p.id] = p.id;
    const entry = table.get(p.op.id) ?? {};
    entry[p.status] = p.id;
    table.set(p.op.id, entry);
  }
  const lines = [...table].map(
    ([op, byStatus]) =>
      `  ${JSON.stringify(op)}: { ${Object.entries(byStatus)
        .map(([status, fn]) => `${JSON.stringify(status)}: ${fn}`)
        .join(', ')} },`,
  );
  const source =
    finish(standaloneCode.default(ajv, refs), 'JSON response bodies (opt-in, for tests)') +
    `\n/** Operation id → declared status → validator of its JSON body. */\nexport const responses = {\n${lines.join('\n')}\n};\n`;
  return { source, count: Object.keys(refs).length, skipped };
}

const RUNTIME_HELPERS: Record<string, string> = {
  ucs2length: `function __ucs2length(str) {
  let length = 0;
  let pos = 0;
  while (pos < str.length) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length) {
      if ((str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}`,
  equal: `function __equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && __equal(a[k], b[k]));
  }
  return a !== a && b !== b;
}`,
};

/** Ajv's ESM output still `require`s its small runtime helpers; inline them so the app needs no Ajv. */
function finish(code: string, what: string): string {
  const needed = new Set<string>();
  const body = code
    .replace(/^"use strict";/, '')
    .replace(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g, (_m, name: string) => {
      if (!RUNTIME_HELPERS[name]) throw new Error(`Ajv standalone code needs runtime helper '${name}'`);
      needed.add(name);
      return `__${name}`;
    });
  if (/\brequire\(/.test(body)) throw new Error('Ajv standalone code still contains require()');
  return [
    `// @ts-nocheck`,
    `/* eslint-disable */`,
    `// Validators for ${what}, compiled ahead of time by Ajv (standalone mode).`,
    ...[...needed].map((n) => RUNTIME_HELPERS[n]),
    formatsSource(),
    body,
    '',
  ].join('\n');
}
