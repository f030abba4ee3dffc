/**
 * The framework-neutral generated files: schema types (types.ts), the typed handler contract
 * per operation (operations.ts) and the table the routes validate with (requests.ts).
 */
import type { GenModel, GenOperation, GenResponse, ParamLocation } from './model.js';
import { routeParamNames } from './model.js';
import { propertyKey } from './names.js';
import { docComment, tsType } from './typescript.js';
import type { CompiledValidators } from './validators.js';

const S = { refPrefix: 'S.' };

export function typesFile(model: GenModel): string {
  const out: string[] = [];
  for (const [name, schema] of model.registry.definitions) {
    const doc = typeof schema.description === 'string' ? schema.description : undefined;
    out.push(`${docComment(doc, '')}export type ${name} = ${tsType(schema, { refPrefix: '' })};\n`);
  }
  if (out.length === 0) out.push('export {};\n');
  return out.join('\n');
}

function paramsType(op: GenOperation, where: ParamLocation): string {
  const params = op.params.filter((p) => p.in === where);
  if (params.length === 0) return 'Record<string, never>';
  const lines = params.map(
    (p) =>
      `${docComment(p.description, '  ')}  ${propertyKey(p.key)}${p.required ? '' : '?'}: ${tsType(p.schema, S, 1)};`,
  );
  return `{\n${lines.join('\n')}\n}`;
}

function statusType(status: string): string {
  return /^\d{3}$/.test(status) ? status : 'number';
}

function responseType(r: GenResponse): string {
  const body =
    r.schema !== undefined ? `body: ${tsType(r.schema, S, 1)};` : r.mediaType ? 'body: unknown;' : 'body?: undefined;';
  let headers = 'headers?: Record<string, unknown>;';
  if (r.headers.length > 0) {
    const required = r.headers.some((h) => h.required);
    const lines = r.headers.map(
      (h) => `    ${propertyKey(h.name)}${h.required ? '' : '?'}: ${tsType(h.schema, S, 2)};`,
    );
    headers = `headers${required ? '' : '?'}: {\n${lines.join('\n')}\n    [name: string]: unknown;\n  };`;
  }
  return `{\n${docComment(r.description, '  ')}  status: ${statusType(r.status)};\n  ${body}\n  ${headers}\n}`;
}

/** The typed parts of one operation's handler contract, as operations.ts writes them. */
export function contractParts(op: GenOperation): Record<string, string> {
  const parts: Record<string, string> = {
    'path params': paramsType(op, 'path'),
    query: paramsType(op, 'query'),
    headers: paramsType(op, 'header'),
  };
  if (op.body) {
    const t = op.body.schema !== undefined ? tsType(op.body.schema, S) : 'unknown';
    parts.body = op.body.required ? t : `${t} | undefined`;
  }
  for (const r of op.responses) parts[`response ${r.status}`] = responseType(r);
  return parts;
}

export function operationsFile(model: GenModel): string {
  const out: string[] = [
    `import type * as S from './types.js';`,
    `import type { HandlerRequest } from './runtime.js';`,
    `import type { RawContext } from './context.js';`,
    '',
  ];
  for (const op of model.operations) {
    const T = op.typeName;
    const title = `${op.label}${op.operationId ? ` (${op.operationId})` : ''}${op.summary ? ` — ${op.summary}` : ''}`;
    out.push(`// ${title.replace(/\r?\n/g, ' ')}`);
    out.push(`export type ${T}Params = ${paramsType(op, 'path')};`);
    out.push(`export type ${T}Query = ${paramsType(op, 'query')};`);
    out.push(`export type ${T}Headers = ${paramsType(op, 'header')};`);
    let body = 'undefined';
    if (op.body) {
      const t = op.body.schema !== undefined ? tsType(op.body.schema, S) : 'unknown';
      body = op.body.required ? t : `${t} | undefined`;
    }
    out.push(`export type ${T}Body = ${body};`);
    const responses = op.responses.map(responseType);
    out.push(`export type ${T}Response = ${responses.length > 0 ? responses.join(' | ') : 'HandlerResultAny'};`);
    out.push(
      `export type ${T}Handler = (\n  request: HandlerRequest<${T}Params, ${T}Query, ${T}Headers, ${T}Body>,\n  raw: RawContext,\n) => ${T}Response | Promise<${T}Response>;\n`,
    );
  }
  out.push(`/** Every operation's handler: what handlers/*.ts must export. */`);
  out.push(`export interface Handlers {`);
  for (const op of model.operations) out.push(`  ${op.id}: ${op.typeName}Handler;`);
  out.push(`}\n`);
  if (out.some((l) => l.includes('HandlerResultAny'))) {
    out.push(`export type HandlerResultAny = { status: number; body?: unknown; headers?: Record<string, unknown> };\n`);
  }
  return out.join('\n');
}

export function requestsFile(model: GenModel, validators: CompiledValidators): string {
  const out: string[] = [
    `import type { OperationSpec } from './runtime.js';`,
    `import * as P from './validate-params.js';`,
    `import * as B from './validate-body.js';`,
    '',
  ];
  for (const op of model.operations) {
    const routeNames = routeParamNames(op);
    const params = op.params.map((p) => {
      const key = p.in === 'path' ? (routeNames.get(p.name) ?? p.name) : p.key;
      const split = p.split !== undefined ? `, split: ${JSON.stringify(p.split)}` : '';
      return `{ name: ${JSON.stringify(p.name)}, in: '${p.in}', key: ${JSON.stringify(key)}${split} }`;
    });
    const v = validators.exports.get(op.id) ?? {};
    const validate = [
      v.path ? `path: P.${v.path}` : '',
      v.query ? `query: P.${v.query}` : '',
      v.header ? `headers: P.${v.header}` : '',
      v.body ? `body: B.${v.body}` : '',
    ].filter(Boolean);
    const body = op.body ? `\n  body: { required: ${op.body.required}, json: ${op.body.schema !== undefined} },` : '';
    out.push(
      `export const ${op.id}: OperationSpec = {\n  id: ${JSON.stringify(op.id)},\n  method: '${op.method}',\n  path: ${JSON.stringify(op.path)},\n  params: [${params.join(', ')}],${body}\n  validate: { ${validate.join(', ')} },\n};\n`,
    );
  }
  if (model.operations.length === 0) out.push('export {};\n');
  return out.join('\n');
}
