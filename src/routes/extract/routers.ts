/**
 * The router graph of an app: which values are Express apps and routers, Fastify instances and
 * plugins, Koa apps and @koa/router routers; the routes registered on each; and where each is
 * mounted (`app.use('/api', router)`, `fastify.register(plugin, { prefix })`,
 * `router.use('/x', other.routes())`, or passed to a function that registers on it).
 */
import type * as t from '@babel/types';
import { Evaluator, toJsonSchema, Unknown, type Evaluated } from './evaluate.js';
import {
  forEachNode,
  isFunction,
  propertyName,
  unwrap,
  type FunctionNode,
  type ModuleInfo,
  type Scope,
} from './module.js';
import type { Definition, Project } from './project.js';
import { SchemaValue } from './schemas.js';
import type { Framework, JsonSchema, RouteSchemas, SourceLocation, UnresolvedRoute } from './types.js';

export const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all']);
/** Methods that return the router itself, so `router.get(…).post(…)` stays on it. */
const CHAINABLE = new Set([...ROUTE_METHODS, 'use', 'prefix', 'register', 'routes', 'middleware', 'withTypeProvider']);
const KOA_ROUTER_PACKAGES = new Set(['@koa/router', 'koa-router']);
/** Parameter names under which an unmounted function parameter is taken for a router (a plugin file). */
const ROUTER_PARAM_NAMES = /^(app|server|fastify|instance|router|api|routes|f)$/i;

export interface RouterNode {
  id: string;
  framework: Framework;
  /** Express app, Fastify root instance, Koa app. */
  isApp: boolean;
  /** A function parameter (a Fastify plugin's instance, a `registerRoutes(app)` argument). */
  param?: { fn: FunctionNode; index: number; name: string };
  /** @koa/router `prefix` option or `router.prefix()`. */
  prefix: string;
  prefixFailure?: UnresolvedRoute;
  origin: SourceLocation;
  routes: RawRoute[];
  mounts: Mount[];
  mountedBy: number;
}

export interface RawRoute {
  methods: string[];
  paths: string[];
  location: SourceLocation;
  schemas?: RouteSchemas;
}

export interface Mount {
  child: RouterNode;
  /** One per prefix (`app.use(['/a', '/b'], r)`); a failure when the prefix is computed at run time. */
  prefixes: string[] | UnresolvedRoute;
  location: SourceLocation;
}

export class RouterGraph {
  readonly nodes = new Map<string, RouterNode>();
  readonly unresolved: UnresolvedRoute[] = [];
  private readonly ev: Evaluator;
  private readonly returning = new Set<FunctionNode>();

  constructor(
    readonly project: Project,
    private readonly where: (module: ModuleInfo, node: t.Node) => SourceLocation,
  ) {
    this.ev = new Evaluator(project);
  }

  build(): void {
    for (const module of this.project.modules.values()) {
      for (const call of module.calls) this.visitCall(call.node, call.scope);
    }
    this.inferFrameworks();
  }

  /** Roots: apps, routers mounted nowhere, and plugin-like function parameters that register routes. */
  roots(): RouterNode[] {
    return [...this.nodes.values()].filter(
      (n) =>
        n.mountedBy === 0 &&
        (!n.param ||
          (ROUTER_PARAM_NAMES.test(n.param.name) && n.routes.some((r) => r.paths.some((p) => p.startsWith('/'))))),
    );
  }

  /** A mounted-or-registered-on value → its router, following variables, imports and factories. */
  routerOf(node: t.Node, scope: Scope, depth = 0): RouterNode | undefined {
    if (depth > 30) return undefined;
    const d = this.project.define(node, scope);
    return d && this.routerOfDefinition(d, depth);
  }

  private routerOfDefinition(d: Definition, depth: number): RouterNode | undefined {
    if (d.kind === 'param') return this.paramNode(d.fn, d.index);
    if (d.kind !== 'node') return undefined;
    const n = unwrap(d.node);
    const module = d.scope.module;
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const factory = this.factoryOf(n, d.scope, n.type === 'NewExpression');
      if (factory) return this.factoryNode(module, n, factory, d.scope);
      const callee = unwrap(n.callee);
      if (callee.type === 'MemberExpression') {
        const method = propertyName(callee);
        if (method && CHAINABLE.has(method)) return this.routerOf(callee.object, d.scope, depth + 1);
      }
      // A function that builds and returns a router: `app.use('/users', usersRouter(db))`.
      const fd = this.project.define(callee, d.scope);
      if (fd?.kind === 'node' && isFunction(unwrap(fd.node)))
        return this.returnedRouter(unwrap(fd.node) as FunctionNode, fd.scope, depth);
    }
    return undefined;
  }

  private returnedRouter(fn: FunctionNode, outer: Scope, depth: number): RouterNode | undefined {
    if (this.returning.has(fn)) return undefined;
    this.returning.add(fn);
    try {
      const scope = outer.module.functionScopes.get(fn) ?? outer;
      if (fn.body.type !== 'BlockStatement') return this.routerOf(fn.body, scope, depth + 1);
      let found: RouterNode | undefined;
      forEachNode(
        fn.body,
        (n) => {
          if (!found && n.type === 'ReturnStatement' && n.argument) found = this.routerOf(n.argument, scope, depth + 1);
        },
        false,
      );
      return found;
    } finally {
      this.returning.delete(fn);
    }
  }

  private factoryOf(
    n: t.CallExpression | t.NewExpression,
    scope: Scope,
    isNew: boolean,
  ): { framework: Framework; isApp: boolean } | undefined {
    const d = this.project.define(n.callee, scope);
    if (d?.kind !== 'package') return undefined;
    const path = d.path.filter((p) => p !== 'default');
    const last = path[path.length - 1];
    if (d.pkg === 'express') {
      if (path.length === 0 && !isNew) return { framework: 'express', isApp: true };
      if (last === 'Router') return { framework: 'express', isApp: false };
    }
    if (d.pkg === 'fastify' && (path.length === 0 || last === 'fastify')) return { framework: 'fastify', isApp: true };
    if (d.pkg === 'koa' && (path.length === 0 || last === 'Koa') && isNew) return { framework: 'koa', isApp: true };
    if (KOA_ROUTER_PACKAGES.has(d.pkg) && (path.length === 0 || last === 'Router'))
      return { framework: 'koa', isApp: false };
    return undefined;
  }

  private factoryNode(
    module: ModuleInfo,
    n: t.CallExpression | t.NewExpression,
    f: { framework: Framework; isApp: boolean },
    scope: Scope,
  ): RouterNode {
    const id = `${module.id}:${n.start}`;
    let node = this.nodes.get(id);
    if (node) return node;
    node = {
      id,
      framework: f.framework,
      isApp: f.isApp,
      prefix: '',
      origin: this.where(module, n),
      routes: [],
      mounts: [],
      mountedBy: 0,
    };
    this.nodes.set(id, node);
    // new Router({ prefix: '/users' })
    const opts = n.arguments[0];
    if (
      f.framework === 'koa' &&
      !f.isApp &&
      opts &&
      opts.type !== 'SpreadElement' &&
      opts.type !== 'ArgumentPlaceholder'
    ) {
      const v = this.ev.evaluate(opts, scope);
      const prefix =
        v.ok && typeof v.value === 'object' && v.value !== null
          ? (v.value as Record<string, unknown>).prefix
          : undefined;
      if (typeof prefix === 'string') node.prefix = prefix;
      else if (prefix instanceof Unknown)
        node.prefixFailure = this.failure(module, prefix.failure, 'the router prefix');
    }
    return node;
  }

  private paramNode(fn: FunctionNode, index: number): RouterNode | undefined {
    const scope = [...this.project.modules.values()].find((m) => m.functionScopes.has(fn));
    if (!scope) return undefined;
    const p = fn.params[index];
    const target = p?.type === 'AssignmentPattern' ? p.left : p;
    const name = target?.type === 'Identifier' ? target.name : `#${index}`;
    const id = `${scope.id}:${fn.start}:param${index}`;
    let node = this.nodes.get(id);
    if (!node) {
      node = {
        id,
        framework: 'unknown',
        isApp: false,
        param: { fn, index, name },
        prefix: '',
        origin: this.where(scope, p ?? fn),
        routes: [],
        mounts: [],
        mountedBy: 0,
      };
      this.nodes.set(id, node);
    }
    return node;
  }

  private visitCall(call: t.CallExpression, scope: Scope): void {
    const module = scope.module;
    const callee = unwrap(call.callee);
    if (callee.type === 'MemberExpression') {
      const method = propertyName(callee);
      if (method !== undefined) {
        if (ROUTE_METHODS.has(method)) {
          // app.route('/users').get(h).post(h)
          const chain = this.routeChain(callee.object);
          if (chain) {
            const router = this.routerOf(chain.router, scope);
            if (router) this.addRoute(router, module, call, [method], chain.path, [], call.arguments, scope);
            return;
          }
          const router = this.routerOf(callee.object, scope);
          if (router) this.registerShorthand(router, module, call, method, scope);
          if (router) return;
        } else if (method === 'route') {
          const router = this.routerOf(callee.object, scope);
          if (router) this.registerRouteObject(router, module, call, scope);
          if (router) return;
        } else if (method === 'use') {
          const router = this.routerOf(callee.object, scope);
          if (router) this.use(router, module, call, scope);
          if (router) return;
        } else if (method === 'register') {
          const router = this.routerOf(callee.object, scope);
          if (router) this.register(router, module, call, scope);
          if (router) return;
        } else if (method === 'prefix' && call.arguments.length === 1) {
          const router = this.routerOf(callee.object, scope);
          if (router && router.framework === 'koa') {
            const v = this.ev.evaluate(call.arguments[0], scope);
            if (v.ok && typeof v.value === 'string') router.prefix = v.value;
            else if (!v.ok) router.prefixFailure = this.failure(module, v, 'the router prefix');
          }
          if (router) return;
        }
      }
    }
    this.passRouters(call, scope);
  }

  /** `registerUserRoutes(app)`: the function's parameter is that router. */
  private passRouters(call: t.CallExpression, scope: Scope): void {
    if (call.arguments.length === 0) return;
    const fd = this.project.define(call.callee, scope);
    if (fd?.kind !== 'node') return;
    const fn = unwrap(fd.node);
    if (!isFunction(fn)) return;
    call.arguments.forEach((arg, index) => {
      if (arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder') return;
      const a = unwrap(arg);
      if (a.type !== 'Identifier' && a.type !== 'MemberExpression' && a.type !== 'CallExpression') return;
      const router = this.routerOf(arg, scope);
      const param = router && this.paramNode(fn, index);
      if (router && param && router !== param) {
        this.mount(router, param, [''], this.where(scope.module, call));
      }
    });
  }

  /** `X.route('/p')` under a chain of `.get(h).post(h)` → X and '/p'. */
  private routeChain(node: t.Node): { router: t.Node; path: t.Node } | undefined {
    let n = unwrap(node);
    for (;;) {
      if (n.type !== 'CallExpression') return undefined;
      const callee = unwrap(n.callee);
      if (callee.type !== 'MemberExpression') return undefined;
      const name = propertyName(callee);
      if (name === 'route' && n.arguments.length === 1 && n.arguments[0].type !== 'ObjectExpression') {
        const arg = n.arguments[0];
        if (arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder') return undefined;
        return { router: callee.object, path: arg };
      }
      if (!name || !ROUTE_METHODS.has(name)) return undefined;
      n = unwrap(callee.object);
    }
  }

  private registerShorthand(
    router: RouterNode,
    module: ModuleInfo,
    call: t.CallExpression,
    method: string,
    scope: Scope,
  ): void {
    const args = call.arguments.filter(
      (a): a is t.Expression => a.type !== 'SpreadElement' && a.type !== 'ArgumentPlaceholder',
    );
    // `app.get('env')` reads an Express setting; a route has a path and a handler.
    if (args.length < 2) return;
    let pathArg = args[0];
    let rest = args.slice(1);
    // @koa/router: router.get('user', '/users/:id', handler) — a route name first.
    const first = this.ev.evaluate(args[0], scope);
    if (args.length >= 3 && first.ok && typeof first.value === 'string' && !first.value.startsWith('/')) {
      const second = this.ev.evaluate(args[1], scope);
      if (second.ok && (typeof second.value === 'string' || Array.isArray(second.value))) {
        pathArg = args[1];
        rest = args.slice(2);
      }
    }
    // Fastify: app.get('/x', { schema }, handler)
    let schemas: RouteSchemas | undefined;
    const opts = unwrap(rest[0]);
    if (rest.length >= 1 && (opts.type === 'ObjectExpression' || opts.type === 'Identifier')) {
      const v = this.ev.evaluate(opts, scope);
      if (v.ok && typeof v.value === 'object' && v.value !== null && !(v.value instanceof SchemaValue)) {
        schemas = fastifySchemas((v.value as Record<string, unknown>).schema);
      }
    }
    this.addRoute(router, module, call, [method], pathArg, [], rest, scope, schemas);
  }

  private registerRouteObject(router: RouterNode, module: ModuleInfo, call: t.CallExpression, scope: Scope): void {
    const arg = call.arguments[0];
    if (!arg || arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder') return;
    const v = this.ev.evaluate(arg, scope);
    if (!v.ok) {
      this.unresolved.push(this.failure(module, v, 'the route options'));
      return;
    }
    if (typeof v.value !== 'object' || v.value === null) return;
    const opts = v.value as Record<string, unknown>;
    const url = opts.url ?? opts.path;
    const method = opts.method;
    if (url instanceof Unknown || method instanceof Unknown) {
      this.unresolved.push(
        this.failure(module, (url instanceof Unknown ? url : (method as Unknown)).failure, 'the route'),
      );
      return;
    }
    const methods = (Array.isArray(method) ? method : [method]).filter((m): m is string => typeof m === 'string');
    if (typeof url !== 'string' || methods.length === 0) return;
    const location = this.where(module, call.callee.type === 'MemberExpression' ? call.callee.property : call);
    router.routes.push({
      methods: methods.map((m) => m.toLowerCase()),
      paths: [url],
      location,
      schemas: fastifySchemas(opts.schema),
    });
  }

  private addRoute(
    router: RouterNode,
    module: ModuleInfo,
    call: t.CallExpression,
    methods: string[],
    pathArg: t.Node,
    _before: t.Node[],
    handlers: t.Node[],
    scope: Scope,
    schemas?: RouteSchemas,
  ): void {
    const callee = unwrap(call.callee);
    const location = this.where(module, callee.type === 'MemberExpression' ? callee.property : call);
    const v = this.ev.evaluate(pathArg, scope);
    const paths = v.ok ? (Array.isArray(v.value) ? v.value : [v.value]) : [];
    if (!v.ok || paths.some((p) => typeof p !== 'string')) {
      const reason = !v.ok
        ? v.reason
        : paths.some((p) => p instanceof RegExp)
          ? 'the path is a regular expression'
          : 'the path is not a string';
      this.unresolved.push({
        method: methods[0].toUpperCase(),
        reason: `the path cannot be resolved statically: ${reason}`,
        code: sourceText(module, pathArg),
        location,
      });
      return;
    }
    const found = mergeSchemas(schemas, this.handlerSchemas(handlers, scope));
    router.routes.push({ methods, paths: paths as string[], location, schemas: found });
  }

  /**
   * Schemas an Express or Koa handler chain shows: a validation middleware given a zod/TypeBox
   * schema (`validate(CreateUser)`, `validate({ body, query })`), or `Schema.parse(req.body)` inside
   * the handler.
   */
  private handlerSchemas(handlers: t.Node[], scope: Scope): RouteSchemas | undefined {
    const out: RouteSchemas = {};
    for (const h of handlers) {
      const n = unwrap(h);
      if (n.type === 'CallExpression') {
        const name = calleeName(n.callee).toLowerCase();
        for (const a of n.arguments) {
          if (a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder') continue;
          const v = this.ev.evaluate(a, scope);
          if (!v.ok) continue;
          if (v.value instanceof SchemaValue) {
            const part = /quer/.test(name)
              ? 'query'
              : /param/.test(name)
                ? 'params'
                : /header/.test(name)
                  ? 'headers'
                  : 'body';
            out[part] ??= toJsonSchema(v.value) as JsonSchema;
          } else if (typeof v.value === 'object' && v.value !== null) {
            Object.assign(out, partsOf(v.value as Record<string, unknown>));
          }
        }
        continue;
      }
      let fn: FunctionNode | undefined;
      let fnScope: Scope | undefined;
      if (isFunction(n)) {
        fn = n;
        fnScope = scope.module.functionScopes.get(n);
      } else {
        const d = this.project.define(n, scope);
        if (d?.kind === 'node' && isFunction(unwrap(d.node))) {
          fn = unwrap(d.node) as FunctionNode;
          fnScope = d.scope.module.functionScopes.get(fn);
        }
      }
      if (!fn || !fnScope) continue;
      const inner = fnScope;
      forEachNode(fn.body, (c) => {
        if (c.type !== 'CallExpression' || c.callee.type !== 'MemberExpression') return;
        const m = propertyName(c.callee);
        if (!m || !/^(safeParse|parse)(Async)?$/.test(m) || c.arguments.length === 0) return;
        const part = requestPart(c.arguments[0]);
        if (!part) return;
        const v = this.ev.evaluate(c.callee.object, inner);
        if (v.ok && v.value instanceof SchemaValue) out[part] ??= toJsonSchema(v.value) as JsonSchema;
      });
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  private use(router: RouterNode, module: ModuleInfo, call: t.CallExpression, scope: Scope): void {
    const args = call.arguments.filter(
      (a): a is t.Expression => a.type !== 'SpreadElement' && a.type !== 'ArgumentPlaceholder',
    );
    if (args.length === 0) return;
    const location = this.where(module, call);
    let prefixes: string[] | UnresolvedRoute = [''];
    let rest = args;
    const first = this.ev.evaluate(args[0], scope);
    if (
      first.ok &&
      (typeof first.value === 'string' ||
        (Array.isArray(first.value) && first.value.every((p) => typeof p === 'string')))
    ) {
      prefixes = Array.isArray(first.value) ? (first.value as string[]) : [first.value as string];
      rest = args.slice(1);
    } else if (!first.ok && args.length > 1 && !this.routerOf(args[0], scope) && !isFunction(unwrap(args[0]))) {
      prefixes = this.failure(module, first, 'the mount path');
      rest = args.slice(1);
    }
    for (const arg of rest) {
      const n = unwrap(arg);
      // koa-mount: app.use(mount('/v1', router.routes()))
      if (n.type === 'CallExpression') {
        const d = this.project.define(n.callee, scope);
        if (d?.kind === 'package' && d.pkg === 'koa-mount' && n.arguments.length === 2) {
          const [p, inner] = n.arguments;
          if (p.type === 'SpreadElement' || p.type === 'ArgumentPlaceholder') continue;
          if (inner.type === 'SpreadElement' || inner.type === 'ArgumentPlaceholder') continue;
          const child = this.routerOf(inner, scope);
          const pv = this.ev.evaluate(p, scope);
          if (child)
            this.mount(
              router,
              child,
              pv.ok && typeof pv.value === 'string' ? [pv.value] : this.failure(module, pv, 'the mount path'),
              location,
            );
          continue;
        }
      }
      const child = this.routerOf(arg, scope);
      if (child && child !== router) this.mount(router, child, prefixes, location);
    }
  }

  private register(router: RouterNode, module: ModuleInfo, call: t.CallExpression, scope: Scope): void {
    const [pluginArg, optsArg] = call.arguments;
    if (!pluginArg || pluginArg.type === 'SpreadElement' || pluginArg.type === 'ArgumentPlaceholder') return;
    const location = this.where(module, call);
    const plugin = this.pluginFunction(this.project.define(pluginArg, scope));
    if (!plugin) return;
    let prefixes: string[] | UnresolvedRoute = [''];
    if (optsArg && optsArg.type !== 'SpreadElement' && optsArg.type !== 'ArgumentPlaceholder' && plugin.encapsulated) {
      const v = this.ev.evaluate(optsArg, scope);
      const prefix =
        v.ok && typeof v.value === 'object' && v.value !== null
          ? (v.value as Record<string, unknown>).prefix
          : undefined;
      if (typeof prefix === 'string') prefixes = [prefix];
      else if (prefix instanceof Unknown) prefixes = this.failure(module, prefix.failure, 'the plugin prefix');
      else if (!v.ok) prefixes = this.failure(module, v, 'the plugin options');
    }
    const child = this.paramNode(plugin.fn, 0);
    if (child) this.mount(router, child, prefixes, location);
  }

  /** The function a Fastify plugin value stands for; fastify-plugin (`fp(fn)`) shares its parent's scope and ignores `prefix`. */
  private pluginFunction(
    d: Definition | undefined,
    depth = 0,
  ): { fn: FunctionNode; encapsulated: boolean } | undefined {
    if (!d || depth > 10) return undefined;
    if (d.kind === 'namespace')
      return this.pluginFunction(this.project.exportDefinition(d.module, 'default'), depth + 1);
    if (d.kind !== 'node') return undefined;
    const n = unwrap(d.node);
    if (isFunction(n)) return { fn: n, encapsulated: true };
    if (n.type === 'CallExpression') {
      const callee = this.project.define(n.callee, d.scope);
      const inner = n.arguments[0];
      if (
        callee?.kind === 'package' &&
        callee.pkg === 'fastify-plugin' &&
        inner &&
        inner.type !== 'SpreadElement' &&
        inner.type !== 'ArgumentPlaceholder'
      ) {
        const found = this.pluginFunction(this.project.define(inner, d.scope), depth + 1);
        return found && { fn: found.fn, encapsulated: false };
      }
    }
    return undefined;
  }

  private mount(
    parent: RouterNode,
    child: RouterNode,
    prefixes: string[] | UnresolvedRoute,
    location: SourceLocation,
  ): void {
    if (
      parent.mounts.some(
        (m) => m.child === child && m.location.line === location.line && m.location.file === location.file,
      )
    )
      return;
    parent.mounts.push({ child, prefixes, location });
    child.mountedBy++;
  }

  /** Parameters take the framework of what is passed to them; unmounted ones guess from their file's imports. */
  private inferFrameworks(): void {
    for (let changed = true; changed;) {
      changed = false;
      for (const n of this.nodes.values()) {
        if (n.framework === 'unknown') continue;
        for (const m of n.mounts) {
          if (m.child.framework === 'unknown') {
            m.child.framework = n.framework;
            changed = true;
          }
        }
      }
    }
    for (const n of this.nodes.values()) {
      if (n.framework !== 'unknown') continue;
      const text = this.project.modules.get(n.id.slice(0, n.id.indexOf(':', 2)))?.text ?? '';
      n.framework = /['"]fastify['"]/.test(text)
        ? 'fastify'
        : /['"](@koa\/router|koa-router|koa)['"]/.test(text)
          ? 'koa'
          : /['"]express['"]/.test(text)
            ? 'express'
            : 'unknown';
    }
  }

  private failure(module: ModuleInfo, f: Evaluated, what: string): UnresolvedRoute {
    const node = f.ok ? undefined : f.node;
    return {
      reason: `${what} cannot be resolved statically: ${f.ok ? 'unexpected value' : f.reason}`,
      code: node ? sourceText(module, node) : '',
      location: node ? this.where(module, node) : { file: module.display, line: 1, column: 1 },
    };
  }
}

function calleeName(node: t.Node): string {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return propertyName(n) ?? '';
  return '';
}

/** `req.body`, `ctx.request.body`, `req.query`, `ctx.params` → the request part they are. */
function requestPart(node: t.Node): keyof Omit<RouteSchemas, 'responses'> | undefined {
  const n = unwrap(node);
  if (n.type !== 'MemberExpression') return undefined;
  const name = propertyName(n);
  if (name === 'body') return 'body';
  if (name === 'query') return 'query';
  if (name === 'params') return 'params';
  if (name === 'headers') return 'headers';
  return undefined;
}

function partsOf(obj: Record<string, unknown>): RouteSchemas {
  const out: RouteSchemas = {};
  const map: Record<string, keyof Omit<RouteSchemas, 'responses'>> = {
    body: 'body',
    query: 'query',
    querystring: 'query',
    params: 'params',
    headers: 'headers',
  };
  for (const [k, v] of Object.entries(obj)) {
    const part = map[k.toLowerCase()];
    if (part && v instanceof SchemaValue) out[part] = toJsonSchema(v) as JsonSchema;
  }
  return out;
}

const SCHEMA_KEYWORDS = ['type', 'properties', '$ref', 'anyOf', 'oneOf', 'allOf', 'items', 'const', 'enum', 'not'];

/** Fastify's route `schema` (params, querystring, headers, body, response) as JSON Schemas. */
export function fastifySchemas(schema: unknown): RouteSchemas | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const s = schema as Record<string, unknown>;
  const out: RouteSchemas = {};
  const part = (v: unknown): JsonSchema | undefined => {
    const j = toJsonSchema(v);
    if (typeof j !== 'object' || j === null || Array.isArray(j)) return undefined;
    const o = j as JsonSchema;
    // Fastify's shorthand: `querystring: { name: { type: 'string' } }` means those properties.
    if (Object.keys(o).length > 0 && !SCHEMA_KEYWORDS.some((k) => k in o)) return { type: 'object', properties: o };
    return o;
  };
  if (s.params !== undefined) out.params = part(s.params);
  if (s.querystring !== undefined || s.query !== undefined) out.query = part(s.querystring ?? s.query);
  if (s.headers !== undefined) out.headers = part(s.headers);
  if (s.body !== undefined) out.body = toJsonSchema(s.body) as JsonSchema;
  if (typeof s.response === 'object' && s.response !== null) {
    out.responses = {};
    for (const [status, r] of Object.entries(s.response as Record<string, unknown>)) {
      let value = toJsonSchema(r) as JsonSchema | undefined;
      const content = value?.content as Record<string, { schema?: JsonSchema }> | undefined;
      if (content && typeof content === 'object') value = Object.values(content)[0]?.schema ?? {};
      if (value) out.responses[status] = value;
    }
  }
  for (const k of Object.keys(out) as (keyof RouteSchemas)[]) if (out[k] === undefined) delete out[k];
  return Object.keys(out).length > 0 ? out : undefined;
}

function mergeSchemas(a: RouteSchemas | undefined, b: RouteSchemas | undefined): RouteSchemas | undefined {
  if (!a) return b;
  if (!b) return a;
  return { ...b, ...a };
}

export function sourceText(module: ModuleInfo, node: t.Node): string {
  const text = module.text.slice(node.start ?? 0, node.end ?? 0).replace(/\s+/g, ' ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
