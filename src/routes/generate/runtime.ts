/**
 * The framework-neutral part of every generated project (`generated/runtime.ts`): turning the
 * raw path, query, headers and body into typed, coerced values, the 400 error envelope, and
 * the result a handler returns. Emitted as text; the framework files call into it.
 */
export const RUNTIME_SOURCE = `import { randomUUID } from 'node:crypto';

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
