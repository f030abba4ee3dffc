/** Express 5: a Router per spec, express.json() for bodies, one error middleware for the envelope. */
import { colonPath, routeOrder, type GenModel } from '../model.js';
import type { FrameworkFiles } from './types.js';

/** path-to-regexp 8 reserves these characters in literal parts. */
const escapeLiteral = (s: string) => s.replace(/[()[\]?+!{}*:\\]/g, (c) => `\\${c}`);

export function expressFiles(model: GenModel): FrameworkFiles {
  const routes = [...model.operations].sort(routeOrder).map((op) => {
    const path = colonPath(op, escapeLiteral);
    return `  router.${op.method}(${JSON.stringify(path)}, route(R.${op.id}, handlers.${op.id}));`;
  });
  return {
    context: `import type { Request, Response } from 'express';

/** What a handler gets besides its typed request: the framework's own objects. */
export interface RawContext {
  req: Request;
  res: Response;
}
`,
    routes: `import express, { type NextFunction, type Request, type Response, type Router } from 'express';
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

const routeWith = (validateResponses: boolean) => (op: OperationSpec, handler: Handlers[keyof Handlers]) => {
  const call = handler as unknown as AnyHandler;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const requestId = requestIdOf(req.headers);
      const parsed = parseRequest(op, {
        params: req.params,
        query: req.query as Record<string, unknown>,
        headers: req.headers,
        body: req.body,
      });
      const result = await call({ ...parsed, requestId }, { req, res });
      if (res.headersSent) return;
      if (validateResponses) await checkResponse(op, result);
      send(res, result);
    } catch (error) {
      next(error);
    }
  };
};

function send(res: Response, result: HandlerResult): void {
  res.status(Number(result.status));
  res.set(headerValues(result.headers));
  if (result.body === undefined) res.end();
  else if (typeof result.body === 'string' || result.body instanceof Uint8Array) res.send(result.body);
  else res.json(result.body);
}

function answerErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const answer = errorResponse(error, requestIdOf(req.headers));
  if (!answer || res.headersSent) return next(error);
  res.status(answer.status).json(answer.body);
}

/** Every operation of ${model.title.replace(/\*\//g, '')}, validated, calling \`handlers\`. */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const router = express.Router();
  const route = routeWith(options.validateResponses === true);
  router.use(express.json({ limit: options.bodyLimit ?? '1mb', type: ['application/json', 'application/*+json'] }));
${routes.join('\n')}
  router.use(answerErrors);
  return router;
}
`,
    app: `import express, { type Express } from 'express';
import { handlers } from './handlers.js';
import { createRouter, type RouterOptions } from './routes.js';

/** An Express app serving the spec with the handlers in handlers/*.ts. */
export function createApp(options: RouterOptions = {}): Express {
  const app = express();
  app.use(createRouter(handlers, options));
  return app;
}
`,
    dependencies: ['express', '@types/express'],
  };
}
