/**
 * Fastify 5: an encapsulated plugin. Each route carries its JSON schemas (Fastify's idiom, for
 * @fastify/swagger and friends) and a route-level validatorCompiler that hands Fastify the
 * validators compiled ahead of time, so nothing is compiled at startup.
 */
import { colonPath, routeParamNames, type GenModel } from '../model.js';
import { paramsSchema } from '../validators.js';
import { DEFS_ID, forValidation } from '../schema.js';
import type { FrameworkFiles } from './types.js';

/** find-my-way reads `:` as a parameter: a literal colon is written `::`. */
const escapeLiteral = (s: string) => s.replace(/:/g, '::');

export function fastifyFiles(model: GenModel): FrameworkFiles {
  const schemas: string[] = [];
  const routes: string[] = [];
  for (const op of model.operations) {
    const parts: string[] = [];
    const path = paramsSchema(op, 'path');
    if (path) {
      // Fastify sees the route's own parameter names (`{enterprise-or-org}` is `:p0` in the URL).
      const names = routeParamNames(op);
      const props = path.properties as Record<string, unknown>;
      const renamed: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(props)) renamed[names.get(k) ?? k] = v;
      parts.push(`params: ${JSON.stringify({ ...path, properties: renamed, required: Object.keys(renamed) })}`);
    }
    const query = paramsSchema(op, 'query');
    if (query) parts.push(`querystring: ${JSON.stringify(query)}`);
    const headers = paramsSchema(op, 'header');
    if (headers) parts.push(`headers: ${JSON.stringify(headers)}`);
    if (op.body?.schema) parts.push(`body: ${JSON.stringify(forValidation(op.body.schema))}`);
    else if (op.body) parts.push(`body: {}`);
    schemas.push(`export const ${op.id} = { ${parts.join(', ')} };`);
    routes.push(
      `  app.route({ method: '${op.method.toUpperCase()}', url: ${JSON.stringify(colonPath(op, escapeLiteral))}, schema: schemas.${op.id}, validatorCompiler: precompiled(R.${op.id}), handler: handle(R.${op.id}, handlers.${op.id}) });`,
    );
  }
  const defs: Record<string, unknown> = {};
  for (const [name, schema] of model.registry.definitions) defs[name] = forValidation(schema);
  return {
    context: `import type { FastifyReply, FastifyRequest } from 'fastify';

/** What a handler gets besides its typed request: Fastify's request and reply. */
export interface RawContext {
  request: FastifyRequest;
  reply: FastifyReply;
}
`,
    routes: `import type { FastifyPluginAsync, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { RawContext } from './context.js';
import type { Handlers } from './operations.js';
import * as R from './requests.js';
import * as schemas from './schemas.js';
import {
  RequestValidationError,
  checkResponse,
  collectPart,
  errorResponse,
  fieldErrors,
  hasNoBody,
  headerValues,
  requestIdOf,
  type HandlerResult,
  type OperationSpec,
  type ParamSpec,
} from './runtime.js';

type AnyHandler = (request: unknown, raw: RawContext) => HandlerResult | Promise<HandlerResult>;
type Part = { error: Error } | { value: unknown } | boolean;

const PARTS: Record<string, ParamSpec['in'] | 'body'> = { params: 'path', querystring: 'query', headers: 'header', body: 'body' };

/** A route's validatorCompiler: the validators of validate-*.ts, no compiling at startup. */
function precompiled(op: OperationSpec) {
  return ({ httpPart }: { schema: FastifySchema; httpPart?: string }) => {
    const where = PARTS[httpPart ?? 'body'] ?? 'body';
    if (where === 'body') {
      return (data: unknown): Part => {
        if (data === null || data === undefined) {
          return op.body?.required ? { error: new RequestValidationError([{ field: 'body', message: 'is required' }]) } : true;
        }
        const validate = op.validate.body;
        if (validate && !validate(data)) return { error: new RequestValidationError(fieldErrors('body', validate.errors)) };
        return true;
      };
    }
    const validate = where === 'path' ? op.validate.path : where === 'query' ? op.validate.query : op.validate.headers;
    return (data: Record<string, unknown>): Part => {
      const part = collectPart(op, where, data ?? {});
      if (validate && !validate(part)) return { error: new RequestValidationError(fieldErrors(where, validate.errors)) };
      return { value: where === 'header' ? { ...data, ...part } : part };
    };
  };
}

const handleWith = (validateResponses: boolean) => (op: OperationSpec, handler: Handlers[keyof Handlers]) => {
  const call = handler as unknown as AnyHandler;
  const declaredHeaders = op.params.filter((p) => p.in === 'header');
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const headers: Record<string, unknown> = {};
    for (const p of declaredHeaders) if (request.headers[p.key] !== undefined) headers[p.key] = request.headers[p.key];
    const body = op.body && !hasNoBody(request.body, request.headers) ? request.body : undefined;
    const result = await call(
      { params: request.params ?? {}, query: request.query ?? {}, headers, body, requestId: requestIdOf(request.headers) },
      { request, reply },
    );
    if (validateResponses) await checkResponse(op, result);
    reply.code(Number(result.status)).headers(headerValues(result.headers));
    return reply.send(result.body);
  };
};

export interface RoutesOptions {
  handlers: Handlers;
  /** For tests: answer 500 RESPONSE_VALIDATION_ERROR when a handler's body does not match the spec. */
  validateResponses?: boolean;
}

/** Every operation of ${model.title.replace(/\*\//g, '')}, validated, calling \`handlers\`. Register with \`app.register(routes, { handlers })\`. */
export const routes: FastifyPluginAsync<RoutesOptions> = async (app, { handlers, validateResponses }) => {
  const handle = handleWith(validateResponses === true);
  app.addSchema(schemas.${DEFS_ID});
  app.setErrorHandler((error, request, reply) => {
    const answer = errorResponse(error, requestIdOf(request.headers));
    if (!answer) throw error;
    return reply.code(answer.status).send(answer.body);
  });
${routes.join('\n')}
};
`,
    app: `import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { handlers } from './handlers.js';
import { routes } from './routes.js';

export interface AppOptions extends FastifyServerOptions {
  /** For tests: answer 500 RESPONSE_VALIDATION_ERROR when a handler's body does not match the spec. */
  validateResponses?: boolean;
}

/** A Fastify app serving the spec with the handlers in handlers/*.ts. */
export function createApp({ validateResponses, ...options }: AppOptions = {}): FastifyInstance {
  const app = Fastify(options);
  app.register(routes, { handlers, validateResponses });
  return app;
}
`,
    dependencies: ['fastify'],
    extra: {
      'schemas.ts': `// Route schemas for Fastify (documentation and plugins such as @fastify/swagger); validation uses validate-*.ts.\nexport const ${DEFS_ID} = ${JSON.stringify({ $id: DEFS_ID, $defs: defs })};\n\n${schemas.join('\n')}\n`,
    },
  };
}
