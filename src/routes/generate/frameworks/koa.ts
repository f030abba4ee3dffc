/** Koa 3 with @koa/router: one router, @koa/bodyparser for JSON bodies, errors answered per route. */
import { colonPath, routeOrder, type GenModel } from '../model.js';
import type { FrameworkFiles } from './types.js';

/** @koa/router 15 uses path-to-regexp 8, which reserves these characters in literal parts. */
const escapeLiteral = (s: string) => s.replace(/[()[\]?+!{}*:\\]/g, (c) => `\\${c}`);

export function koaFiles(model: GenModel): FrameworkFiles {
  const routes = [...model.operations].sort(routeOrder).map((op) => {
    const path = colonPath(op, escapeLiteral);
    return `  router.${op.method}(${JSON.stringify(path)}, route(R.${op.id}, handlers.${op.id}, json));`;
  });
  return {
    context: `import type { Context } from 'koa';

/** What a handler gets besides its typed request: Koa's context. */
export interface RawContext {
  ctx: Context;
}
`,
    routes: `import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import type { RawContext } from './context.js';
import type { Handlers } from './operations.js';
import * as R from './requests.js';
import { checkResponse, errorResponse, headerValues, parseRequest, requestIdOf, type HandlerResult, type OperationSpec } from './runtime.js';

type AnyHandler = (request: unknown, raw: RawContext) => HandlerResult | Promise<HandlerResult>;

export interface RouterOptions {
  /** Largest JSON body accepted (default '1mb'). */
  bodyLimit?: string;
  /** For tests: answer 500 RESPONSE_VALIDATION_ERROR when a handler's body does not match the spec. */
  validateResponses?: boolean;
}

const routeWith = (validateResponses: boolean) => (op: OperationSpec, handler: Handlers[keyof Handlers], json: Middleware) => {
  const call = handler as unknown as AnyHandler;
  return async (ctx: Context): Promise<void> => {
    const requestId = requestIdOf(ctx.headers);
    try {
      if (op.body?.json) await json(ctx, async () => {});
      const parsed = parseRequest(op, {
        params: (ctx as Context & { params?: Record<string, string> }).params,
        query: ctx.query,
        headers: ctx.headers,
        body: (ctx.request as { body?: unknown }).body,
      });
      const result = await call({ ...parsed, requestId }, { ctx });
      if (validateResponses) await checkResponse(op, result);
      send(ctx, result);
    } catch (error) {
      const answer = errorResponse(error, requestId);
      if (!answer) throw error;
      ctx.status = answer.status;
      ctx.body = answer.body;
    }
  };
};

function send(ctx: Context, result: HandlerResult): void {
  ctx.status = Number(result.status);
  ctx.set(headerValues(result.headers));
  if (result.body !== undefined) ctx.body = result.body;
}

/** Every operation of ${model.title.replace(/\*\//g, '')}, validated, calling \`handlers\`. */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const router = new Router();
  const route = routeWith(options.validateResponses === true);
  const json = bodyParser({ enableTypes: ['json'], jsonLimit: options.bodyLimit ?? '1mb', encoding: 'utf-8' }) as unknown as Middleware;
${routes.join('\n')}
  return router;
}
`,
    app: `import Koa from 'koa';
import { handlers } from './handlers.js';
import { createRouter, type RouterOptions } from './routes.js';

/** A Koa app serving the spec with the handlers in handlers/*.ts. */
export function createApp(options: RouterOptions = {}): Koa {
  const app = new Koa();
  const router = createRouter(handlers, options);
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
`,
    dependencies: ['koa', '@koa/router', '@koa/bodyparser', '@types/koa'],
  };
}
