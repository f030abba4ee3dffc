export const id = 647;
export const ids = [647];
export const modules = {

/***/ 59880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGenerate: () => (/* binding */ runGenerate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../work/main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(7207);
// EXTERNAL MODULE: ./src/postgres/parse.ts + 1 modules
var parse = __webpack_require__(50922);
// EXTERNAL MODULE: ./src/routes/fromdb/index.ts + 3 modules
var fromdb = __webpack_require__(76644);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: ./src/routes/settings.ts
var settings = __webpack_require__(49148);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
// EXTERNAL MODULE: ./src/routes/spec/load.ts
var load = __webpack_require__(67049);
// EXTERNAL MODULE: ./src/routes/spec/reader.ts
var reader = __webpack_require__(2950);
// EXTERNAL MODULE: ./src/routes/generate/contract.ts + 1 modules
var contract = __webpack_require__(93316);
// EXTERNAL MODULE: ./src/routes/generate/frameworks/express.ts
var express = __webpack_require__(74919);
// EXTERNAL MODULE: ./src/routes/generate/frameworks/fastify.ts
var fastify = __webpack_require__(44155);
// EXTERNAL MODULE: ./src/routes/generate/frameworks/koa.ts
var koa = __webpack_require__(65118);
;// CONCATENATED MODULE: ./src/routes/generate/frameworks/types.ts
const FRAMEWORKS = ['express', 'fastify', 'koa'];

// EXTERNAL MODULE: ./src/routes/generate/names.ts
var names = __webpack_require__(74089);
;// CONCATENATED MODULE: ./src/routes/generate/handlers.ts
/**
 * The user's side: `handlers/<tag>.ts`, created once with a stub per operation and never
 * overwritten, and the generated `generated/handlers.ts` that gathers them under the `Handlers`
 * contract, so a handler that no longer matches the spec is a `tsc` error.
 */

function groupsOf(model) {
    const groups = new Map();
    for (const op of model.operations) {
        const list = groups.get(op.group) ?? [];
        list.push(op);
        groups.set(op.group, list);
    }
    return groups;
}
function handlerStub(op) {
    const title = `${op.label}${op.summary ? ` — ${op.summary.replace(/\*\//g, '')}` : ''}`.replace(/\r?\n/g, ' ');
    return `/** ${title} */\nexport const ${op.id}: Handlers['${op.id}'] = async () => notImplemented('${op.id}');\n`;
}
function handlerFile(group, ops, title) {
    return `/**
 * Handlers for the \`${group}\` operations of ${title.replace(/\*\//g, '')}.
 * This file is yours: backend-gate created it once and never overwrites it. When the spec
 * changes, \`tsc\` points at every handler that no longer matches it.
 */
import type { Handlers } from '../generated/operations.js';
import { notImplemented } from '../generated/runtime.js';

${ops.map(handlerStub).join('\n')}`;
}
function moduleName(group) {
    return `${(0,names/* camelCase */.xQ)(group)}Handlers`;
}
function handlersIndex(model) {
    const groups = groupsOf(model);
    const imports = [...groups.keys()].map((g) => `import * as ${moduleName(g)} from '../handlers/${g}.js';`);
    const entries = model.operations.map((op) => `  ${op.id}: ${moduleName(op.group)}.${op.id},`);
    return `import type { Handlers } from './operations.js';
${imports.join('\n')}

/** Every handler of handlers/*.ts, checked against the spec's contract. */
export const handlers: Handlers = {
${entries.join('\n')}
};
`;
}
/** Operations of a group whose handler a user file does not export (added to the spec since). */
function missingHandlers(source, ops) {
    return ops.filter((op) => !new RegExp(`export\\s+(?:const|let|function|async\\s+function)\\s+${op.id}\\b|export\\s*\\{[^}]*\\b${op.id}\\b`).test(source));
}

// EXTERNAL MODULE: ./src/routes/generate/model.ts
var generate_model = __webpack_require__(80572);
;// CONCATENATED MODULE: ./src/routes/generate/runtime.ts
/**
 * The framework-neutral part of every generated project (`generated/runtime.ts`): turning the
 * raw path, query, headers and body into typed, coerced values, the 400 error envelope, and
 * the result a handler returns. Emitted as text; the framework files call into it.
 */
const RUNTIME_SOURCE = `import { randomUUID } from 'node:crypto';

/** A validator compiled ahead of time (see validate-params.ts / validate-body.ts). */
export type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ParamSpec {
  /** The name in the spec. */
  name: string;
  in: 'path' | 'query' | 'header';
  /** The key in the framework's object: the route's parameter name, or the lowercased header. */
  key: string;
  /** Array values that arrive as one string are split on this. */
  split?: string;
}

export interface OperationSpec {
  id: string;
  method: string;
  /** The path template as the spec writes it. */
  path: string;
  params: ParamSpec[];
  body?: { required: boolean; json: boolean };
  validate: { path?: Validate; query?: Validate; headers?: Validate; body?: Validate };
}

export interface HandlerRequest<P, Q, H, B> {
  params: P;
  query: Q;
  headers: H;
  body: B;
  /** From the x-request-id header, else a new UUID; also in every error envelope. */
  requestId: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorEnvelope {
  error: { code: string; message: string; details?: FieldError[] };
  meta: { requestId: string };
}

export class RequestValidationError extends Error {
  readonly status = 400;
  constructor(readonly details: FieldError[]) {
    super(
      details.length === 0
        ? 'Request validation failed'
        : \`Request validation failed: \${details[0].field} \${details[0].message}\` +
            (details.length > 1 ? \` (and \${details.length - 1} more)\` : ''),
    );
    this.name = 'RequestValidationError';
  }
}

/** A handler answered with a body its spec does not allow (only with response validation on). */
export class ResponseValidationError extends Error {
  readonly status = 500;
  constructor(readonly operationId: string, readonly responseStatus: string, readonly details: FieldError[]) {
    super(
      \`Response validation failed: \${operationId} answered \${responseStatus} with a body the spec does not allow\` +
        (details.length > 0 ? \` (\${details[0].field} \${details[0].message}\${details.length > 1 ? \`, and \${details.length - 1} more\` : ''})\` : ''),
    );
    this.name = 'ResponseValidationError';
  }
}

export class NotImplementedError extends Error {
  readonly status = 501;
  constructor(readonly operationId: string) {
    super(\`\${operationId} is not implemented yet\`);
    this.name = 'NotImplementedError';
  }
}

/** What a handler stub returns until it is written: the route answers 501. */
export function notImplemented(operationId: string): never {
  throw new NotImplementedError(operationId);
}

export function requestIdOf(headers: Record<string, unknown>): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && /^[\\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

export function envelope(code: string, message: string, requestId: string, details?: FieldError[]): ErrorEnvelope {
  return { error: { code, message, ...(details ? { details } : {}) }, meta: { requestId } };
}

/** \`/items/0/quantity\` → \`items[0].quantity\`. */
function fieldPath(prefix: string, pointer: string, extra?: string): string {
  let out = prefix;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  if (extra !== undefined) segments.push(extra);
  for (const raw of segments) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\\d+$/.test(seg) ? \`[\${seg}]\` : \`\${out === '' ? '' : '.'}\${seg}\`;
  }
  return out;
}

export function fieldErrors(prefix: string, errors: AjvError[] | null | undefined): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    let field: string;
    let message: string;
    if (e.keyword === 'required') {
      field = fieldPath(prefix, e.instancePath, String(e.params.missingProperty));
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      field = fieldPath(prefix, e.instancePath, String(e.params.additionalProperty));
      message = 'is not allowed';
    } else {
      field = fieldPath(prefix, e.instancePath);
      message = e.message ?? 'is invalid';
      if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) {
        message = \`must be one of: \${e.params.allowedValues.map(String).join(', ')}\`;
      }
    }
    const key = \`\${field}\\u0000\${message}\`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, message });
  }
  return out;
}

export interface RawRequest {
  params: Record<string, unknown> | undefined;
  query: Record<string, unknown> | undefined;
  headers: Record<string, unknown>;
  body: unknown;
}

export interface ParsedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
}

/**
 * The declared parameters of one part, copied out of the framework's object under their spec
 * names (delimited arrays split), ready to validate and coerce in place.
 */
export function collectPart(op: OperationSpec, where: ParamSpec['in'], source: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of op.params) {
    if (p.in !== where) continue;
    let value = source?.[p.key];
    if (value === undefined) continue;
    if (p.split !== undefined) {
      const list = Array.isArray(value) ? value : [value];
      value = list.flatMap((v) => (typeof v === 'string' ? v.split(p.split!) : [v]));
    }
    out[where === 'header' ? p.key : p.name] = value;
  }
  return out;
}

/** Whether a request carries no body (Koa's parser leaves \`{}\`, Express and Fastify undefined). */
export function hasNoBody(body: unknown, headers: Record<string, unknown>): boolean {
  if (body === undefined || body === null) return true;
  return (
    typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0 &&
    (headers['content-length'] === undefined || headers['content-length'] === '0') &&
    headers['transfer-encoding'] === undefined
  );
}

/**
 * Copies the declared parameters out of the framework's objects, then validates and coerces
 * each part in place. Throws RequestValidationError naming every bad field.
 */
export function parseRequest(op: OperationSpec, raw: RawRequest): ParsedRequest {
  const path = collectPart(op, 'path', raw.params);
  const query = collectPart(op, 'query', raw.query);
  const headers = collectPart(op, 'header', raw.headers);
  const details: FieldError[] = [];
  const check = (validate: Validate | undefined, data: unknown, prefix: string) => {
    if (validate && !validate(data)) details.push(...fieldErrors(prefix, validate.errors));
  };
  check(op.validate.path, path, 'path');
  check(op.validate.query, query, 'query');
  check(op.validate.headers, headers, 'header');
  let body = raw.body;
  if (op.body) {
    if (hasNoBody(body, raw.headers)) {
      body = undefined;
      if (op.body.required) details.push({ field: 'body', message: 'is required' });
    } else check(op.validate.body, body, 'body');
  }
  if (details.length > 0) throw new RequestValidationError(details);
  return { params: path, query, headers, body };
}

/** Operation id → declared status (\`200\`, \`2XX\`, \`default\`) → validator of the JSON body. */
export type ResponseValidators = Record<string, Record<string, Validate>>;

let responseValidators: Promise<ResponseValidators> | undefined;

/** Loaded on first use, so an app that does not validate responses never loads them. */
function loadResponseValidators(): Promise<ResponseValidators> {
  responseValidators ??= import('./validate-responses.js').then((m) => {
    const table = m.responses as unknown as ResponseValidators | undefined;
    if (table) return table;
    throw new Error(
      'validateResponses is on, but this project was generated without response validators: rerun \`backend-gate routes generate --response-validators\`.',
    );
  });
  return responseValidators;
}

/**
 * Opt-in (for tests): throws ResponseValidationError when the body a handler returns does not
 * match the schema the spec declares for its status (exact, then \`2XX\`, then \`default\`).
 */
export async function checkResponse(op: OperationSpec, result: HandlerResult): Promise<void> {
  const byStatus = (await loadResponseValidators())[op.id];
  if (!byStatus) return;
  const status = String(result.status);
  const validate = byStatus[status] ?? byStatus[\`\${status[0]}XX\`] ?? byStatus[\`\${status[0]}xx\`] ?? byStatus.default;
  if (!validate || typeof result.body === 'string' || result.body instanceof Uint8Array) return;
  if (!validate(result.body)) throw new ResponseValidationError(op.id, status, fieldErrors('response.body', validate.errors));
}

/** What every handler returns: a status the spec declares, its body, and headers. */
export interface HandlerResult {
  status: number | string;
  body?: unknown;
  headers?: Record<string, unknown>;
}

export function headerValues(headers: Record<string, unknown> | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined || v === null) continue;
    out[k] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}

/** The status and envelope for anything a route throws, or undefined when it is not ours to answer. */
export function errorResponse(error: unknown, requestId: string): { status: number; body: ErrorEnvelope } | undefined {
  if (error instanceof RequestValidationError) {
    return { status: 400, body: envelope('VALIDATION_ERROR', error.message, requestId, error.details) };
  }
  if (error instanceof ResponseValidationError) {
    return { status: 500, body: envelope('RESPONSE_VALIDATION_ERROR', error.message, requestId, error.details) };
  }
  if (error instanceof NotImplementedError) {
    return { status: 501, body: envelope('NOT_IMPLEMENTED', error.message, requestId) };
  }
  const e = error as { status?: unknown; statusCode?: unknown; type?: unknown; expose?: unknown; message?: unknown };
  const status = Number(e?.status ?? e?.statusCode);
  if (status === 400 && (e.type === 'entity.parse.failed' || /JSON/i.test(String(e.message)))) {
    return {
      status: 400,
      body: envelope('VALIDATION_ERROR', 'Request validation failed: body is not valid JSON', requestId, [
        { field: 'body', message: 'is not valid JSON' },
      ]),
    };
  }
  if (status === 413) return { status, body: envelope('PAYLOAD_TOO_LARGE', 'The request body is too large', requestId) };
  if (status === 415) return { status, body: envelope('UNSUPPORTED_MEDIA_TYPE', String(e.message), requestId) };
  return undefined;
}
`;

// EXTERNAL MODULE: ./src/routes/generate/validators.ts + 1 modules
var generate_validators = __webpack_require__(62282);
;// CONCATENATED MODULE: ./src/routes/generate/index.ts
/**
 * `backend-gate routes generate <spec> --framework express|fastify|koa --output DIR [--check]`:
 * typed routes, ahead-of-time request validators and TypeScript types from an OpenAPI spec.
 * Generated files live in DIR/generated/ (do-not-edit header, rewritten on every run);
 * handlers live in DIR/handlers/<tag>.ts (created once, never overwritten).
 */
















const FRAMEWORK_FILES = {
    express: express/* expressFiles */.o,
    fastify: fastify/* fastifyFiles */.I,
    koa: koa/* koaFiles */.l,
};
async function generateRoutes(opts) {
    const started = performance.now();
    const cwd = opts.workingDirectory ?? process.cwd();
    if (!FRAMEWORKS.includes(opts.framework)) {
        throw new errors/* ConfigurationError */.j1(`unknown framework '${String(opts.framework)}'. Expected one of: ${FRAMEWORKS.join(', ')}.`);
    }
    const spec = typeof opts.spec === 'string'
        ? await (0,load/* loadSpec */.II)(external_node_path_default().resolve(cwd, opts.spec), {
            reader: (0,reader/* fileReader */.q2)(cwd),
            schemaValidation: opts.schemaValidation ?? true,
        })
        : opts.spec;
    const loadedMs = performance.now() - started;
    const { files, model, validatorCount, skipped } = renderProject(spec, opts.framework, {
        responseValidators: opts.responseValidators ?? false,
    });
    const outDir = external_node_path_default().resolve(cwd, opts.outputDir);
    const rel = (p) => external_node_path_default().relative(cwd, external_node_path_default().join(outDir, p)).split((external_node_path_default()).sep).join('/') || '.';
    const findings = [];
    for (const s of skipped)
        opts.log.warning(`not validated (Ajv could not compile it): ${s}`);
    // Handler files: the user's. Created when missing, otherwise only checked for missing exports.
    const created = [];
    const kept = [];
    for (const [group, ops] of groupsOf(model)) {
        const file = `handlers/${group}.ts`;
        const existing = await readText(external_node_path_default().join(outDir, file));
        if (existing === undefined) {
            if (!opts.check) {
                await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(outDir, file)), { recursive: true });
                await (0,promises_.writeFile)(external_node_path_default().join(outDir, file), handlerFile(group, ops, model.title));
            }
            created.push(file);
            continue;
        }
        kept.push(file);
        for (const op of missingHandlers(existing, ops)) {
            findings.push({
                rule: 'handler-missing',
                severity: 'warning',
                message: `${rel(file)} has no handler for ${op.label} (${op.id}); tsc fails in generated/handlers.ts until it does.`,
                location: { file: rel(file) },
                fingerprint: (0,fingerprint/* fingerprint */.Rj)('handler-missing', rel(file), op.id),
                fix: { description: `Add to ${rel(file)}:`, text: handlerStub(op) },
            });
        }
    }
    let written = 0;
    for (const f of files) {
        const target = external_node_path_default().join(outDir, f.path);
        const existing = await readText(target);
        if (existing === f.content)
            continue;
        if (opts.check) {
            findings.push({
                rule: 'generated-file-stale',
                severity: 'error',
                message: existing === undefined
                    ? `${rel(f.path)} is missing: the committed generated code does not match the spec. Rerun \`backend-gate routes generate\`.`
                    : `${rel(f.path)} does not match the spec: rerun \`backend-gate routes generate\` and commit the result.`,
                location: { file: rel(f.path) },
                fingerprint: (0,fingerprint/* fingerprint */.Rj)('generated-file-stale', rel(f.path)),
            });
            continue;
        }
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, f.content);
        written++;
    }
    const ms = performance.now() - started;
    const lines = [];
    const verb = opts.check ? 'Checked' : 'Generated';
    lines.push(`${verb} ${model.operations.length} route handlers in ${rel('')}/ (${opts.framework})`);
    for (const op of model.operations)
        lines.push(`  ${op.method.toUpperCase()} ${op.path} (${op.id})`);
    lines.push(`Validators: ${rel('generated/validate-params.ts')}, ${rel('generated/validate-body.ts')} (${validatorCount} compiled ahead of time)`);
    lines.push(`Types: ${rel('generated/types.ts')} (${model.registry.definitions.size} schemas), ${rel('generated/operations.ts')} (${model.operations.length} handler contracts)`);
    if (created.length > 0)
        lines.push(`Handlers ${opts.check ? 'missing' : 'created'}: ${created.map(rel).join(', ')}`);
    if (kept.length > 0)
        lines.push(`Handlers kept (yours): ${kept.map(rel).join(', ')}`);
    if (opts.check) {
        const stale = findings.filter((f) => f.rule === 'generated-file-stale').length;
        lines.push(stale === 0 ? 'Generated code is up to date.' : `${stale} generated file(s) are stale.`);
    }
    else
        lines.push(`${written} of ${files.length} generated files changed.`);
    await opts.log.group(`routes generate (${opts.framework})`, async () => {
        for (const l of lines)
            opts.log.info(l);
    });
    return {
        mode: 'routes',
        summary: `${verb} ${model.operations.length} route handlers for ${opts.framework} in ${rel('')}/`,
        findings,
        metrics: {
            operations: model.operations.length,
            schemas: model.registry.definitions.size,
            validators: validatorCount,
            generatedFiles: files.length,
            changedFiles: opts.check ? findings.filter((f) => f.rule === 'generated-file-stale').length : written,
            handlerFilesCreated: opts.check ? 0 : created.length,
            loadMs: Math.round(loadedMs),
            generateMs: Math.round(ms - loadedMs),
        },
        tables: [
            {
                title: 'Generated routes',
                columns: ['method', 'path', 'handler', 'file'],
                rows: model.operations.map((op) => [op.method.toUpperCase(), op.path, op.id, `handlers/${op.group}.ts`]),
            },
        ],
        charts: [],
        artifacts: files.map((f) => ({ kind: 'generated', path: rel(f.path) })),
        details: lines,
    };
}
/** Every generated file for a spec and framework, in memory (no disk access). */
function renderProject(spec, framework, options = {}) {
    const model = (0,generate_model/* buildModel */.yK)(spec);
    const validators = (0,generate_validators/* compileValidators */.TJ)(model, spec.version);
    const responses = options.responseValidators
        ? (0,generate_validators/* compileResponseValidators */.E)(model, spec.version)
        : { source: NO_RESPONSE_VALIDATORS, count: 0, skipped: [] };
    const fw = FRAMEWORK_FILES[framework](model);
    const source = external_node_path_default().basename(spec.root.id);
    const header = `// Generated by backend-gate from ${source} (${model.title}${model.version ? ` ${model.version}` : ''}) for ${framework}.\n` +
        `// DO NOT EDIT: rerun \`backend-gate routes generate\` instead. Your code lives in ../handlers/.\n`;
    const contents = {
        'types.ts': (0,contract/* typesFile */.Y7)(model),
        'operations.ts': (0,contract/* operationsFile */.po)(model),
        'runtime.ts': RUNTIME_SOURCE,
        'validate-params.ts': validators.paramsSource,
        'validate-body.ts': validators.bodySource,
        'validate-responses.ts': responses.source,
        'requests.ts': (0,contract/* requestsFile */.$7)(model, validators),
        'context.ts': fw.context,
        'routes.ts': fw.routes,
        'handlers.ts': handlersIndex(model),
        'app.ts': fw.app,
        ...(fw.extra ?? {}),
    };
    const files = Object.entries(contents).map(([name, content]) => ({
        path: `generated/${name}`,
        content: content.startsWith('// @ts-nocheck') ? `// @ts-nocheck\n${header}${content.slice(15)}` : header + content,
    }));
    return { files, model, validatorCount: validators.count, skipped: [...validators.skipped, ...responses.skipped] };
}
const NO_RESPONSE_VALIDATORS = `// Generated without response validators: rerun \`backend-gate routes generate --response-validators\`
// to use \`validateResponses: true\`.
export const responses: undefined = undefined;
`;
async function readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/routes/generate/command.ts
/**
 * `backend-gate routes generate [SPEC] --framework express|fastify|koa --output DIR [--check]`.
 * The spec defaults to routes.spec; framework and output to routes.framework / routes.output.
 */









async function runGenerate(ctx, input) {
    const raw = (ctx.settings.config.raw['routes'] ?? {});
    const [, specArg, extra] = input.positionals;
    if (extra !== undefined)
        throw new errors/* ConfigurationError */.j1(`unexpected argument '${extra}'. See 'backend-gate routes --help'.`);
    const framework = (0,modes/* flagString */.w)(input.flags, 'framework') ?? raw.framework;
    if (!framework) {
        throw new errors/* ConfigurationError */.j1(`routes generate needs --framework (${FRAMEWORKS.join(', ')}), or routes.framework in the config.`);
    }
    if (!FRAMEWORKS.includes(framework)) {
        throw new errors/* ConfigurationError */.j1(`Invalid framework '${framework}'. Expected one of: ${FRAMEWORKS.join(', ')}.`);
    }
    const output = (0,modes/* flagString */.w)(input.flags, 'output') ?? raw.output;
    if (!output)
        throw new errors/* ConfigurationError */.j1('routes generate needs --output DIR, or routes.output in the config.');
    const fromDb = (0,modes/* flagString */.w)(input.flags, 'from-db');
    if (fromDb && specArg)
        throw new errors/* ConfigurationError */.j1('routes generate takes a SPEC or --from-db URL, not both.');
    const outputDir = external_node_path_default().resolve(ctx.settings.workingDirectory, output);
    // One step from a database: the CRUD spec is written beside the generated code, then generated from.
    const spec = fromDb
        ? await writeSpecFromDatabase(fromDb, outputDir, ctx)
        : (specArg ?? (0,modes/* flagString */.w)(input.flags, 'spec') ?? raw.spec ?? settings.DEFAULT_SPEC);
    const validation = (0,modes/* flagString */.w)(input.flags, 'schema-validation');
    return generateRoutes({
        spec,
        framework: framework,
        outputDir,
        check: (0,modes/* flagBoolean */.$h)(input.flags, 'check') ?? false,
        responseValidators: (0,modes/* flagBoolean */.$h)(input.flags, 'response-validators') ?? false,
        log: ctx.log,
        workingDirectory: ctx.settings.workingDirectory,
        schemaValidation: validation === undefined ? (raw['schema-validation'] ?? true) : validation === 'true',
    });
}
async function writeSpecFromDatabase(url, outputDir, ctx) {
    (0,parse/* parseDatabaseUrl */.m)(url, '--from-db');
    ctx.redactor.addUrl(url);
    const { doc } = await (0,fromdb.specFromDatabase)(url, { log: ctx.log, redactor: ctx.redactor });
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const file = external_node_path_default().join(outputDir, 'openapi.yaml');
    await (0,promises_.writeFile)(file, (0,dist.stringify)(doc, { lineWidth: 0 }));
    ctx.log.info(`Wrote the spec read from the database: ${external_node_path_default().relative(ctx.settings.workingDirectory, file)}`);
    return file;
}


/***/ }),

/***/ 32284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ listOperations),
/* harmony export */   aD: () => (/* binding */ sunsetOf),
/* harmony export */   cO: () => (/* binding */ operationParameters),
/* harmony export */   ht: () => (/* binding */ derefChild),
/* harmony export */   oT: () => (/* binding */ isDeprecated)
/* harmony export */ });
/* unused harmony export endpointKey */
/* harmony import */ var _spec_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74939);

function endpointKey(method, path) {
    return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
}
function listOperations(spec) {
    const out = new Map();
    const root = { value: spec.root.data, file: spec.root, pointer: '' };
    const paths = spec.child(root, 'paths');
    if (!paths || typeof paths.value !== 'object' || paths.value === null)
        return out;
    for (const path of Object.keys(paths.value)) {
        if (!path.startsWith('/'))
            continue;
        const item = spec.deref(spec.child(paths, path));
        if (typeof item.value !== 'object' || item.value === null)
            continue;
        for (const method of _spec_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .HTTP_METHODS */ .y) {
            const op = spec.child(item, method);
            if (!op)
                continue;
            const node = spec.deref(op);
            if (typeof node.value !== 'object' || node.value === null)
                continue;
            const key = endpointKey(method, path);
            out.set(key, { method, path, key, label: `${method.toUpperCase()} ${path}`, node, pathItem: item });
        }
    }
    return out;
}
/** Path-level parameters overridden by operation-level ones, keyed `in:name` (headers case-insensitive). */
function operationParameters(spec, op) {
    const out = new Map();
    for (const owner of [op.pathItem, op.node]) {
        const list = spec.child(owner, 'parameters');
        if (!list || !Array.isArray(list.value))
            continue;
        for (let i = 0; i < list.value.length; i++) {
            const p = spec.deref(spec.child(list, i));
            if (typeof p.value !== 'object' || p.value === null)
                continue;
            const where = String(p.value.in);
            const name = String(p.value.name);
            out.set(`${where}:${where === 'header' ? name.toLowerCase() : name}`, p);
        }
    }
    return out;
}
function isDeprecated(op) {
    return op.node.value.deprecated === true;
}
/** `x-sunset` (oasdiff's and the IETF Sunset header's name) as YYYY-MM-DD, if given. */
function sunsetOf(op) {
    const v = op.node.value['x-sunset'] ?? op.pathItem.value['x-sunset'];
    if (v instanceof Date)
        return v.toISOString().slice(0, 10);
    return typeof v === 'string' ? v.slice(0, 10) : undefined;
}
/** A member of an object, references followed; undefined unless it is an object. */
function derefChild(spec, node, key) {
    const c = spec.child(node, key);
    if (!c)
        return undefined;
    const d = spec.deref(c);
    return typeof d.value === 'object' && d.value !== null && !Array.isArray(d.value) ? d : undefined;
}


/***/ }),

/***/ 49148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_SPEC: () => (/* binding */ DEFAULT_SPEC),
/* harmony export */   ROUTES_SUBCOMMANDS: () => (/* binding */ ROUTES_SUBCOMMANDS),
/* harmony export */   buildRoutesSettings: () => (/* binding */ buildRoutesSettings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23919);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74634);
/* harmony import */ var _postgres_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50922);
/**
 * Typed routes settings from the `routes:` config section overridden by flags (CLI) or inputs
 * (Action) of the same names. In a pull request without `routes.base`, the base spec is the same
 * path at the base branch (`origin/<base-ref>:<spec>`), read from git: no second checkout.
 */



/** Words that may follow `routes`; add one here and a branch below to grow the command. */
const ROUTES_SUBCOMMANDS = ['check', 'diff', 'spec'];
const DEFAULT_SPEC = 'openapi.yaml';
function buildRoutesSettings(raw, input, context) {
    const [sub, ...rest] = input.positionals;
    if (sub !== undefined && !ROUTES_SUBCOMMANDS.includes(sub)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown routes command '${sub}'. Expected ${[...ROUTES_SUBCOMMANDS, 'generate'].map((s) => `'${s}'`).join(', ')} (or nothing). See 'backend-gate routes --help'.`);
    }
    if (sub === 'spec')
        return specSettings(raw, input, context);
    if (rest.length > (sub === 'check' ? 1 : 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unexpected argument '${rest[rest.length - 1]}'. See 'backend-gate routes --help'.`);
    }
    const flags = input.flags;
    const validation = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'schema-validation');
    if (validation !== undefined && validation !== 'true' && validation !== 'false') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Invalid schema-validation '${validation}'. Expected true or false.`);
    }
    const schemaValidation = validation === undefined ? (raw?.['schema-validation'] ?? true) : validation === 'true';
    const spec = rest[0] ?? (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'head') ?? (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'spec') ?? raw?.spec ?? DEFAULT_SPEC;
    const base = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'base') ?? raw?.base;
    const workingDirectory = context.workingDirectory;
    const code = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'code') ?? raw?.code;
    const common = { workingDirectory, schemaValidation, ...(code ? { code } : {}) };
    if (sub === 'check')
        return { ...common, task: { kind: 'check', spec } };
    if (base)
        return { ...common, task: { kind: 'diff', base, head: spec, baseFromPullRequest: false } };
    const baseRef = context.env.GITHUB_BASE_REF;
    if (baseRef) {
        return {
            ...common,
            task: { kind: 'diff', base: `origin/${baseRef}:${spec}`, head: spec, baseFromPullRequest: true },
        };
    }
    if (sub === 'diff') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('routes diff needs a base spec: pass --base <file|git-revision:path> or set routes.base.');
    }
    return { ...common, task: { kind: 'check', spec } };
}
/** `routes spec --from-code DIR | --from-db URL [--output FILE] [--force]`. */
function specSettings(raw, input, context) {
    const flags = input.flags;
    if (input.positionals.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unexpected argument '${input.positionals[1]}'. Use 'routes spec --from-code DIR' or 'routes spec --from-db URL'.`);
    }
    const fromCode = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'from-code');
    const fromDb = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'from-db');
    if (fromCode && fromDb)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('routes spec takes one of --from-code and --from-db, not both.');
    if (!fromCode && !fromDb) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('routes spec needs a source: --from-code DIR (the app source, e.g. src/) or --from-db postgres://user:pass@host/db.');
    }
    if (fromDb)
        (0,_postgres_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatabaseUrl */ .m)(fromDb, '--from-db');
    const output = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'output');
    if (output && !/\.(ya?ml|json)$/i.test(output)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--output '${output}' must end in .yaml, .yml or .json (the format to write).`);
    }
    return {
        workingDirectory: context.workingDirectory,
        schemaValidation: raw?.['schema-validation'] ?? true,
        task: {
            kind: 'spec',
            from: fromCode ? { kind: 'code', dir: fromCode } : { kind: 'db', url: fromDb },
            ...(output ? { output } : {}),
            force: (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagBoolean */ .$h)(flags, 'force') ?? false,
        },
    };
}


/***/ })

};
