export const id = 812;
export const ids = [812];
export const modules = {

/***/ 30812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractRoutes: () => (/* binding */ extractRoutes),
  templateKey: () => (/* reexport */ templateKey)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ../../work/main/node_modules/@babel/parser/lib/index.js
var lib = __webpack_require__(34845);
;// CONCATENATED MODULE: ./src/routes/extract/module.ts
/**
 * One source file, parsed with @babel/parser (TypeScript and JSX plugins, so .ts/.tsx/.js/.mjs/.cjs
 * all parse), reduced to what route extraction needs: scopes with their bindings, imports,
 * exports (ESM and CommonJS), and every call expression with the scope it sits in.
 */

class Scope {
    module;
    parent;
    fn;
    bindings = new Map();
    constructor(module, parent, fn) {
        this.module = module;
        this.parent = parent;
        this.fn = fn;
    }
    lookup(name) {
        return this.bindings.get(name) ?? this.parent?.lookup(name);
    }
}
class ParseFailure extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
const SKIP_KEYS = new Set([
    'type',
    'loc',
    'start',
    'end',
    'range',
    'extra',
    'leadingComments',
    'trailingComments',
    'innerComments',
    'typeAnnotation',
    'returnType',
    'typeParameters',
    'superTypeParameters',
]);
function parseModule(id, display, text) {
    let ast;
    try {
        ast = (0,lib/* parse */.qg)(text, {
            sourceType: 'unambiguous',
            allowReturnOutsideFunction: true,
            allowImportExportEverywhere: true,
            errorRecovery: true,
            plugins: /\.[cm]?tsx?$/.test(id)
                ? ['typescript', ...(id.endsWith('x') ? ['jsx'] : []), 'decorators-legacy']
                : ['jsx', 'decorators-legacy'],
        });
    }
    catch (e) {
        const err = e;
        throw new ParseFailure(String(err.message ?? e), err.loc?.line ?? 1, (err.loc?.column ?? 0) + 1);
    }
    const info = {
        id,
        display,
        text,
        exports: new Map(),
        starExports: [],
        calls: [],
        functionScopes: new Map(),
    };
    info.top = new Scope(info);
    new Collector(info).walk(ast.program, info.top);
    return info;
}
function isFunction(node) {
    return (node.type === 'FunctionDeclaration' ||
        node.type === 'FunctionExpression' ||
        node.type === 'ArrowFunctionExpression' ||
        node.type === 'ObjectMethod' ||
        node.type === 'ClassMethod');
}
class Collector {
    info;
    constructor(info) {
        this.info = info;
    }
    walk(node, scope) {
        switch (node.type) {
            case 'ImportDeclaration':
                this.importDeclaration(node, scope);
                return;
            case 'ExportNamedDeclaration':
                this.exportNamed(node);
                break;
            case 'ExportDefaultDeclaration':
                this.exportDefault(node, scope);
                break;
            case 'ExportAllDeclaration':
                if (node.exportKind !== 'type')
                    this.info.starExports.push(node.source.value);
                return;
            case 'VariableDeclarator':
                this.declarator(node, scope);
                break;
            case 'FunctionDeclaration':
                if (node.id)
                    scope.bindings.set(node.id.name, { kind: 'function', fn: node, scope });
                break;
            case 'AssignmentExpression':
                this.commonJsExport(node, scope);
                break;
            case 'CallExpression':
                this.info.calls.push({ node, scope });
                break;
            case 'TSInterfaceDeclaration':
            case 'TSTypeAliasDeclaration':
            case 'TSDeclareFunction':
                return;
        }
        if (isFunction(node)) {
            const inner = new Scope(this.info, scope, node);
            this.info.functionScopes.set(node, inner);
            if (node.type === 'FunctionExpression' && node.id)
                inner.bindings.set(node.id.name, { kind: 'function', fn: node, scope });
            node.params.forEach((p, index) => {
                const target = p.type === 'AssignmentPattern' ? p.left : p.type === 'TSParameterProperty' ? p.parameter : p;
                if (target.type === 'Identifier')
                    inner.bindings.set(target.name, { kind: 'param', fn: node, index, scope: inner });
            });
            if (node.body.type === 'BlockStatement')
                this.children(node.body, inner);
            else
                this.walk(node.body, inner);
            for (const p of node.params)
                if (p.type === 'AssignmentPattern')
                    this.walk(p.right, inner);
            return;
        }
        this.children(node, scope);
    }
    children(node, scope) {
        for (const key of Object.keys(node)) {
            if (SKIP_KEYS.has(key))
                continue;
            const value = node[key];
            if (Array.isArray(value)) {
                for (const v of value)
                    if (isNode(v))
                        this.walk(v, scope);
            }
            else if (isNode(value)) {
                this.walk(value, scope);
            }
        }
    }
    importDeclaration(node, scope) {
        if (node.importKind === 'type')
            return;
        const source = node.source.value;
        for (const s of node.specifiers) {
            if (s.type === 'ImportSpecifier' && s.importKind === 'type')
                continue;
            const imported = s.type === 'ImportDefaultSpecifier'
                ? 'default'
                : s.type === 'ImportNamespaceSpecifier'
                    ? '*'
                    : s.imported.type === 'Identifier'
                        ? s.imported.name
                        : s.imported.value;
            scope.bindings.set(s.local.name, { kind: 'import', source, imported, scope });
        }
    }
    declarator(node, scope) {
        const init = node.init ?? undefined;
        if (node.id.type === 'Identifier') {
            scope.bindings.set(node.id.name, { kind: 'var', init, scope });
            return;
        }
        // `const { Router } = require('express')`, `const { users } = routes`.
        if (node.id.type === 'ObjectPattern' && init) {
            const required = requiredSource(init);
            for (const prop of node.id.properties) {
                if (prop.type !== 'ObjectProperty' || prop.key.type !== 'Identifier')
                    continue;
                const local = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
                if (local.type !== 'Identifier')
                    continue;
                if (required) {
                    scope.bindings.set(local.name, { kind: 'import', source: required, imported: prop.key.name, scope });
                }
                else {
                    const member = {
                        type: 'MemberExpression',
                        object: init,
                        property: prop.key,
                        computed: false,
                        start: prop.start,
                        end: prop.end,
                        loc: prop.loc,
                    };
                    scope.bindings.set(local.name, { kind: 'var', init: member, scope });
                }
            }
        }
    }
    exportNamed(node) {
        if (node.exportKind === 'type')
            return;
        const decl = node.declaration;
        if (decl?.type === 'VariableDeclaration') {
            for (const d of decl.declarations)
                if (d.id.type === 'Identifier')
                    this.info.exports.set(d.id.name, { kind: 'local', name: d.id.name });
        }
        else if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') && decl.id) {
            this.info.exports.set(decl.id.name, { kind: 'local', name: decl.id.name });
        }
        for (const s of node.specifiers) {
            if (s.type !== 'ExportSpecifier' || s.exportKind === 'type')
                continue;
            const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
            this.info.exports.set(exported, node.source
                ? { kind: 'reexport', source: node.source.value, imported: s.local.name }
                : { kind: 'local', name: s.local.name });
        }
    }
    exportDefault(node, scope) {
        const decl = node.declaration;
        if (decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') {
            if (decl.id)
                this.info.exports.set('default', { kind: 'local', name: decl.id.name });
            else
                this.info.exports.set('default', { kind: 'expr', expr: decl, scope });
        }
        else if (decl.type !== 'TSDeclareFunction') {
            this.info.exports.set('default', { kind: 'expr', expr: decl, scope });
        }
    }
    commonJsExport(node, scope) {
        const left = node.left;
        if (left.type !== 'MemberExpression')
            return;
        const path = module_memberPath(left);
        if (!path)
            return;
        if (path.length === 2 && path[0] === 'module' && path[1] === 'exports') {
            this.info.commonJsExports = { expr: node.right, scope };
        }
        else if (path.length === 3 && path[0] === 'module' && path[1] === 'exports') {
            this.info.exports.set(path[2], { kind: 'expr', expr: node.right, scope });
        }
        else if (path.length === 2 && path[0] === 'exports') {
            this.info.exports.set(path[1], { kind: 'expr', expr: node.right, scope });
        }
    }
}
function isNode(v) {
    return typeof v === 'object' && v !== null && typeof v.type === 'string';
}
/** `a.b.c` → ['a', 'b', 'c']; undefined for anything computed. */
function module_memberPath(node) {
    if (node.type === 'Identifier')
        return [node.name];
    if (node.type === 'MemberExpression') {
        const inner = module_memberPath(node.object);
        const prop = propertyName(node);
        return inner && prop !== undefined ? [...inner, prop] : undefined;
    }
    return undefined;
}
/** The static name of a member: `a.b` and `a['b']` → 'b'. */
function propertyName(node) {
    if (!node.computed && node.property.type === 'Identifier')
        return node.property.name;
    if (node.property.type === 'StringLiteral')
        return node.property.value;
    return undefined;
}
/** `require('x')` → 'x'. */
function requiredSource(node) {
    const n = module_unwrap(node);
    if (n.type === 'CallExpression' &&
        n.callee.type === 'Identifier' &&
        n.callee.name === 'require' &&
        n.arguments.length === 1 &&
        n.arguments[0].type === 'StringLiteral') {
        return n.arguments[0].value;
    }
    return undefined;
}
/** Strips what does not change a value: parentheses, `as`, `satisfies`, `!`, `await`, type assertions. */
function module_unwrap(node) {
    let n = node;
    for (;;) {
        switch (n.type) {
            case 'TSAsExpression':
            case 'TSSatisfiesExpression':
            case 'TSNonNullExpression':
            case 'TSTypeAssertion':
            case 'TSInstantiationExpression':
            case 'ParenthesizedExpression':
                n = n.expression;
                break;
            case 'AwaitExpression':
                if (!n.argument)
                    return n;
                n = n.argument;
                break;
            default:
                return n;
        }
    }
}
/** Visits every node under `node` (not into nested functions when `intoFunctions` is false). */
function forEachNode(node, visit, intoFunctions = true) {
    visit(node);
    for (const key of Object.keys(node)) {
        if (SKIP_KEYS.has(key))
            continue;
        const value = node[key];
        const children = Array.isArray(value) ? value : [value];
        for (const c of children) {
            if (!isNode(c))
                continue;
            if (!intoFunctions && isFunction(c))
                continue;
            forEachNode(c, visit, intoFunctions);
        }
    }
}


;// CONCATENATED MODULE: ./src/routes/extract/paths.ts
/**
 * Route paths as Express, Fastify and Koa write them (`/users/:id`, `/files/*splat`, `{/:lang}`,
 * `:id(\\d+)`, `:id?`) → OpenAPI path templates (`/users/{id}`). Optional parts become two
 * templates, one with and one without.
 */
/** Joins mount prefixes and a route path the way the frameworks do: one slash between, none at the end. */
function joinPaths(...parts) {
    const joined = parts
        .filter((p) => p !== '' && p !== '/')
        .map((p) => '/' + p.replace(/^\/+|\/+$/g, ''))
        .join('');
    return joined === '' ? '/' : joined.replace(/\/{2,}/g, '/');
}
/** Every OpenAPI template a framework path stands for (more than one when parts are optional). */
function toTemplates(path) {
    const variants = expandOptionalGroups(path);
    const out = new Map();
    for (const v of variants) {
        for (const t of convertSegments(v))
            out.set(t.template, t);
    }
    return [...out.values()];
}
/** path-to-regexp v8 (Express 5, @koa/router 13+): `{…}` marks an optional part. */
function expandOptionalGroups(path) {
    const open = path.indexOf('{');
    if (open === -1)
        return [path];
    const close = path.indexOf('}', open);
    if (close === -1)
        return [path];
    const before = path.slice(0, open);
    const inner = path.slice(open + 1, close);
    const after = path.slice(close + 1);
    return [...expandOptionalGroups(before + inner + after), ...expandOptionalGroups(before + after)];
}
function convertSegments(path) {
    let variants = [{ segments: [], params: [] }];
    for (const raw of path.split('/')) {
        if (raw === '')
            continue;
        const m = /^:([A-Za-z_$][\w$]*)(\([^)]*\))?([?*+])?$/.exec(raw);
        const star = /^\*([A-Za-z_$][\w$]*)?$/.exec(raw);
        if (m) {
            const [, name, , modifier] = m;
            const withIt = variants.map((v) => ({ segments: [...v.segments, `{${name}}`], params: [...v.params, name] }));
            variants = modifier === '?' || modifier === '*' ? [...withIt, ...variants] : withIt;
        }
        else if (star) {
            const name = star[1] ?? 'wildcard';
            variants = variants.map((v) => ({ segments: [...v.segments, `{${name}}`], params: [...v.params, name] }));
        }
        else {
            // `:from-:to`, `file.:ext`: parameters inside a segment.
            const params = [];
            const seg = raw.replace(/:([A-Za-z_$][\w$]*)(\([^)]*\))?/g, (_all, name) => {
                params.push(name);
                return `{${name}}`;
            });
            variants = variants.map((v) => ({ segments: [...v.segments, seg], params: [...v.params, ...params] }));
        }
    }
    return variants.map((v) => ({ template: '/' + v.segments.join('/'), params: v.params }));
}
/** `GET /users/{}`: the shape that matches across spellings of parameter names (`{id}` ≡ `:userId`). */
function templateKey(method, template) {
    const normal = template.length > 1 ? template.replace(/\/+$/, '') : template;
    return `${method.toUpperCase()} ${normal.replace(/\{[^}]*\}/g, '{}')}`;
}

;// CONCATENATED MODULE: ./src/routes/extract/project.ts
/**
 * The source files of an app and how a name in one leads to its definition: through local
 * bindings, ESM imports and re-exports, CommonJS `require` / `module.exports`, object members
 * and namespaces. Values from packages (express, zod…) are kept as `package` + member path.
 */


const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const MAX_DEPTH = 40;
class Project {
    modules = new Map();
    add(module) {
        this.modules.set(module.id, module);
    }
    /** A module specifier → a file of the project, or a package name; undefined for a missing relative file. */
    resolveSource(from, source) {
        if (!source.startsWith('.') && !external_node_path_default().isAbsolute(source)) {
            // `node:fs`, `express`, `@koa/router`, `zod/v4` → the package (subpath kept for zod/v4 & co).
            return { pkg: source.replace(/^node:/, '') };
        }
        const base = external_node_path_default().resolve(external_node_path_default().dirname(from.id), source);
        const stem = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
        const candidates = [
            base,
            ...EXTENSIONS.map((e) => stem + e),
            ...EXTENSIONS.map((e) => base + e),
            ...EXTENSIONS.map((e) => external_node_path_default().join(base, 'index' + e)),
        ];
        for (const c of candidates) {
            const m = this.modules.get(c);
            if (m)
                return { module: m };
        }
        return undefined;
    }
    /** Follows an expression to what defines its value. */
    define(node, scope, depth = 0) {
        if (depth > MAX_DEPTH)
            return undefined;
        const n = module_unwrap(node);
        switch (n.type) {
            case 'Identifier':
                return this.defineName(n.name, scope, depth + 1);
            case 'MemberExpression': {
                const prop = propertyName(n);
                if (prop === undefined)
                    return undefined;
                const owner = this.define(n.object, scope, depth + 1);
                return owner && this.member(owner, prop, depth + 1);
            }
            case 'CallExpression': {
                const required = requiredSource(n);
                if (required !== undefined)
                    return this.requireDefinition(scope.module, required);
                if (n.callee.type === 'Import' && n.arguments[0]?.type === 'StringLiteral') {
                    return this.importDefinition(scope.module, n.arguments[0].value, '*', depth + 1);
                }
                return { kind: 'node', node: n, scope };
            }
            default:
                return { kind: 'node', node: n, scope };
        }
    }
    defineName(name, scope, depth = 0) {
        const b = scope.lookup(name);
        if (!b)
            return undefined;
        switch (b.kind) {
            case 'var':
                return b.init ? this.define(b.init, b.scope, depth + 1) : undefined;
            case 'param':
                return { kind: 'param', fn: b.fn, index: b.index, scope: b.scope };
            case 'function':
                return { kind: 'node', node: b.fn, scope: b.scope };
            case 'import':
                return this.importDefinition(b.scope.module, b.source, b.imported, depth + 1);
        }
    }
    member(owner, prop, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        switch (owner.kind) {
            case 'package':
                return { kind: 'package', pkg: owner.pkg, path: [...owner.path, prop] };
            case 'namespace':
                return this.exportDefinition(owner.module, prop, depth + 1);
            case 'node': {
                const obj = module_unwrap(owner.node);
                if (obj.type !== 'ObjectExpression')
                    return undefined;
                for (let i = obj.properties.length - 1; i >= 0; i--) {
                    const p = obj.properties[i];
                    if (p.type === 'ObjectProperty' && keyName(p.key, p.computed) === prop) {
                        return this.define(p.value, owner.scope, depth + 1);
                    }
                    if (p.type === 'ObjectMethod' && keyName(p.key, p.computed) === prop) {
                        return { kind: 'node', node: p, scope: owner.scope };
                    }
                    if (p.type === 'SpreadElement') {
                        const spread = this.define(p.argument, owner.scope, depth + 1);
                        const found = spread && this.member(spread, prop, depth + 1);
                        if (found)
                            return found;
                    }
                }
                return undefined;
            }
            default:
                return undefined;
        }
    }
    importDefinition(from, source, imported, depth = 0) {
        const target = this.resolveSource(from, source);
        if (!target)
            return undefined;
        if ('pkg' in target) {
            return { kind: 'package', pkg: target.pkg, path: imported === 'default' || imported === '*' ? [] : [imported] };
        }
        if (imported === '*')
            return { kind: 'namespace', module: target.module };
        return this.exportDefinition(target.module, imported, depth + 1);
    }
    requireDefinition(from, source) {
        const target = this.resolveSource(from, source);
        if (!target)
            return undefined;
        if ('pkg' in target)
            return { kind: 'package', pkg: target.pkg, path: [] };
        const cjs = target.module.commonJsExports;
        if (cjs)
            return this.define(cjs.expr, cjs.scope);
        return { kind: 'namespace', module: target.module };
    }
    exportDefinition(module, name, depth = 0, seen = new Set()) {
        if (depth > MAX_DEPTH || seen.has(module.id))
            return undefined;
        seen.add(module.id);
        const entry = module.exports.get(name);
        if (entry?.kind === 'local')
            return this.defineName(entry.name, module.top, depth + 1);
        if (entry?.kind === 'expr')
            return this.define(entry.expr, entry.scope, depth + 1);
        if (entry?.kind === 'reexport')
            return this.importDefinition(module, entry.source, entry.imported, depth + 1);
        const cjs = module.commonJsExports;
        if (cjs) {
            if (name === 'default')
                return this.define(cjs.expr, cjs.scope, depth + 1);
            const owner = this.define(cjs.expr, cjs.scope, depth + 1);
            const found = owner && this.member(owner, name, depth + 1);
            if (found)
                return found;
        }
        for (const source of module.starExports) {
            const target = this.resolveSource(module, source);
            if (target && 'module' in target) {
                const found = this.exportDefinition(target.module, name, depth + 1, seen);
                if (found)
                    return found;
            }
        }
        return undefined;
    }
}
function keyName(key, computed) {
    if (!computed && key.type === 'Identifier')
        return key.name;
    if (key.type === 'StringLiteral')
        return key.value;
    if (key.type === 'NumericLiteral')
        return String(key.value);
    return undefined;
}
/** `express.Router` → 'express.Router', for messages. */
function describeCallee(node) {
    return memberPath(unwrap(node))?.join('.') ?? '(expression)';
}

;// CONCATENATED MODULE: ./src/routes/extract/schemas.ts

/** A schema built by zod or TypeBox, with whether it was marked optional (for `required`). */
class SchemaValue {
    schema;
    kind;
    optional;
    constructor(schema, kind, optional = false) {
        this.schema = schema;
        this.kind = kind;
        this.optional = optional;
    }
    with(schema, optional = this.optional) {
        return new SchemaValue(schema, this.kind, optional);
    }
}
const ZOD = new Set(['zod', 'zod/v4', 'zod/v3', 'zod/mini', 'zod/v4-mini']);
const TYPEBOX = new Set(['@sinclair/typebox', 'typebox']);
const STRING_FORMATS = {
    email: 'email',
    uuid: 'uuid',
    guid: 'uuid',
    url: 'uri',
    httpUrl: 'uri',
    datetime: 'date-time',
    date: 'date',
    time: 'time',
    duration: 'duration',
    ipv4: 'ipv4',
    ipv6: 'ipv6',
    hostname: 'hostname',
};
function schemaCall(n, scope, ev, depth) {
    const callee = module_unwrap(n.callee);
    const d = ev.project.define(callee, scope);
    const args = (i) => {
        const a = n.arguments[i];
        if (!a || a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder')
            return undefined;
        const v = ev.evaluate(a, scope, depth + 1);
        return v.ok ? v.value : undefined;
    };
    if (d?.kind === 'package' && ZOD.has(d.pkg)) {
        const path = d.path[0] === 'z' ? d.path.slice(1) : d.path;
        const name = path[0] === 'coerce' || path[0] === 'iso' ? path[1] : path[0];
        const built = name === undefined ? undefined : zodBase(name, args);
        return built && { ok: true, value: built };
    }
    if (d?.kind === 'package' && TYPEBOX.has(d.pkg)) {
        const name = d.path[0] === 'Type' || d.path[0] === 't' ? d.path[1] : d.path[0];
        const built = name === undefined ? undefined : typeboxBuilder(name, args);
        return built && { ok: true, value: built };
    }
    // A modifier on a schema: `z.string().email()`, `User.extend({...})`.
    if (callee.type === 'MemberExpression') {
        const method = propertyName(callee);
        if (method === undefined)
            return undefined;
        const owner = ev.evaluate(callee.object, scope, depth + 1);
        if (owner.ok && owner.value instanceof SchemaValue && owner.value.kind === 'zod') {
            return { ok: true, value: zodModifier(owner.value, method, args) };
        }
    }
    return undefined;
}
function asSchema(v) {
    if (v instanceof SchemaValue)
        return v.schema;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
function objectSchema(shape, kind, extra = {}) {
    const properties = {};
    const required = [];
    if (typeof shape === 'object' && shape !== null) {
        for (const [k, v] of Object.entries(shape)) {
            properties[k] = asSchema(v);
            if (!(v instanceof SchemaValue && v.optional))
                required.push(k);
        }
    }
    return new SchemaValue({ type: 'object', properties, ...(required.length > 0 ? { required } : {}), ...extra }, kind);
}
function withNull(schema) {
    const type = schema.type;
    if (typeof type === 'string')
        return { ...schema, type: [type, 'null'] };
    if (Array.isArray(type))
        return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
    return { anyOf: [schema, { type: 'null' }] };
}
function literalSchema(v) {
    const type = v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
    return { type, const: v };
}
function zodBase(name, arg) {
    const z = (schema, optional = false) => new SchemaValue(schema, 'zod', optional);
    if (name in STRING_FORMATS)
        return z({ type: 'string', format: STRING_FORMATS[name] });
    switch (name) {
        case 'string':
        case 'cuid':
        case 'cuid2':
        case 'ulid':
        case 'nanoid':
            return z({ type: 'string' });
        case 'number':
        case 'float32':
        case 'float64':
            return z({ type: 'number' });
        case 'int':
        case 'int32':
            return z({ type: 'integer' });
        case 'bigint':
        case 'int64':
            return z({ type: 'integer', format: 'int64' });
        case 'boolean':
            return z({ type: 'boolean' });
        case 'null':
            return z({ type: 'null' });
        case 'any':
        case 'unknown':
        case 'lazy':
        case 'custom':
        case 'instanceof':
            return z({});
        case 'undefined':
        case 'void':
            return z({}, true);
        case 'never':
            return z({ not: {} });
        case 'literal': {
            const v = arg(0);
            return z(Array.isArray(v) ? { enum: v } : literalSchema(v));
        }
        case 'enum':
        case 'nativeEnum': {
            const v = arg(0);
            const values = Array.isArray(v)
                ? v
                : typeof v === 'object' && v !== null
                    ? Object.values(v).filter((x) => typeof x === 'string' || typeof x === 'number')
                    : [];
            return z({ type: values.every((x) => typeof x === 'number') ? 'number' : 'string', enum: values });
        }
        case 'object':
            return objectSchema(arg(0), 'zod');
        case 'strictObject':
            return objectSchema(arg(0), 'zod', { additionalProperties: false });
        case 'looseObject':
            return objectSchema(arg(0), 'zod');
        case 'array':
            return z({ type: 'array', items: asSchema(arg(0)) });
        case 'set':
            return z({ type: 'array', items: asSchema(arg(0)), uniqueItems: true });
        case 'tuple': {
            const items = Array.isArray(arg(0)) ? arg(0).map(asSchema) : [];
            return z({ type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length });
        }
        case 'union':
        case 'xor': {
            const options = Array.isArray(arg(0)) ? arg(0) : [];
            return z({ anyOf: options.map(asSchema) });
        }
        case 'discriminatedUnion': {
            const options = (Array.isArray(arg(1)) ? arg(1) : arg(0));
            return z({ oneOf: (Array.isArray(options) ? options : []).map(asSchema) });
        }
        case 'intersection':
            return z({ allOf: [asSchema(arg(0)), asSchema(arg(1))] });
        case 'record':
        case 'map':
            return z({ type: 'object', additionalProperties: asSchema(arg(1) ?? arg(0)) });
        case 'optional': {
            const inner = arg(0);
            return z(asSchema(inner), true);
        }
        case 'nullable':
            return z(withNull(asSchema(arg(0))));
        default:
            return undefined;
    }
}
function zodModifier(sv, method, arg) {
    const s = sv.schema;
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    const num = (i) => (typeof arg(i) === 'number' ? arg(i) : undefined);
    const bound = (lower, n, exclusive = false) => {
        if (n === undefined)
            return sv;
        if (type === 'string')
            return sv.with({ ...s, [lower ? 'minLength' : 'maxLength']: n });
        if (type === 'array')
            return sv.with({ ...s, [lower ? 'minItems' : 'maxItems']: n });
        const key = exclusive ? (lower ? 'exclusiveMinimum' : 'exclusiveMaximum') : lower ? 'minimum' : 'maximum';
        return sv.with({ ...s, [key]: n });
    };
    if (method in STRING_FORMATS && type === 'string')
        return sv.with({ ...s, format: STRING_FORMATS[method] });
    switch (method) {
        case 'optional':
            return sv.with(s, true);
        case 'nullable':
            return sv.with(withNull(s));
        case 'nullish':
            return sv.with(withNull(s), true);
        case 'nonoptional':
            return sv.with(s, false);
        case 'default':
        case 'prefault': {
            const v = arg(0);
            return sv.with(v === undefined || typeof v === 'function' ? s : { ...s, default: v }, true);
        }
        case 'describe':
            return typeof arg(0) === 'string' ? sv.with({ ...s, description: arg(0) }) : sv;
        case 'meta':
        case 'openapi': {
            const m = arg(0);
            if (typeof m !== 'object' || m === null)
                return sv;
            const keep = Object.fromEntries(Object.entries(m).filter(([k]) => ['description', 'title', 'example', 'examples', 'deprecated'].includes(k)));
            return sv.with({ ...s, ...keep });
        }
        case 'min':
        case 'gte':
            return bound(true, num(0));
        case 'max':
        case 'lte':
            return bound(false, num(0));
        case 'gt':
            return bound(true, num(0), true);
        case 'lt':
            return bound(false, num(0), true);
        case 'length': {
            const n = num(0);
            if (n === undefined)
                return sv;
            return sv.with(type === 'array' ? { ...s, minItems: n, maxItems: n } : { ...s, minLength: n, maxLength: n });
        }
        case 'nonempty':
            return bound(true, 1);
        case 'positive':
            return sv.with({ ...s, exclusiveMinimum: 0 });
        case 'nonnegative':
            return sv.with({ ...s, minimum: 0 });
        case 'negative':
            return sv.with({ ...s, exclusiveMaximum: 0 });
        case 'nonpositive':
            return sv.with({ ...s, maximum: 0 });
        case 'int':
        case 'safe':
            return sv.with({ ...s, type: Array.isArray(s.type) ? ['integer', ...s.type.slice(1)] : 'integer' });
        case 'multipleOf':
        case 'step':
            return num(0) === undefined ? sv : sv.with({ ...s, multipleOf: num(0) });
        case 'regex': {
            const re = arg(0);
            return re instanceof RegExp ? sv.with({ ...s, pattern: re.source }) : sv;
        }
        case 'array':
            return new SchemaValue({ type: 'array', items: s }, 'zod');
        case 'strict':
            return sv.with({ ...s, additionalProperties: false });
        case 'passthrough':
        case 'loose':
        case 'strip': {
            const { additionalProperties: _drop, ...rest } = s;
            return sv.with(rest);
        }
        case 'catchall':
            return sv.with({ ...s, additionalProperties: asSchema(arg(0)) });
        case 'extend':
        case 'safeExtend':
        case 'merge': {
            const other = arg(0);
            const extra = other instanceof SchemaValue ? other.schema : objectSchema(other, 'zod').schema;
            return sv.with(mergeObjects(s, extra));
        }
        case 'pick':
        case 'omit': {
            const mask = arg(0);
            const keys = new Set(typeof mask === 'object' && mask !== null ? Object.keys(mask) : []);
            const keep = (k) => (method === 'pick' ? keys.has(k) : !keys.has(k));
            return sv.with(filterObject(s, keep));
        }
        case 'partial': {
            const mask = arg(0);
            if (typeof mask === 'object' && mask !== null) {
                const keys = new Set(Object.keys(mask));
                const required = (s.required ?? []).filter((k) => !keys.has(k));
                return sv.with(setRequired(s, required));
            }
            return sv.with(setRequired(s, []));
        }
        case 'required':
            return sv.with(setRequired(s, Object.keys(s.properties ?? {})));
        case 'keyof':
            return new SchemaValue({ type: 'string', enum: Object.keys(s.properties ?? {}) }, 'zod');
        case 'or':
            return new SchemaValue({ anyOf: [s, asSchema(arg(0))] }, 'zod');
        case 'and':
            return new SchemaValue({ allOf: [s, asSchema(arg(0))] }, 'zod');
        default:
            // refine, transform, brand, trim, pipe…: the accepted shape is unchanged (best effort).
            return sv;
    }
}
function mergeObjects(a, b) {
    const properties = {
        ...(a.properties ?? {}),
        ...(b.properties ?? {}),
    };
    const required = [
        ...new Set([...(a.required ?? []), ...(b.required ?? [])]),
    ];
    return setRequired({ ...a, ...b, type: 'object', properties }, required);
}
function filterObject(s, keep) {
    const properties = Object.fromEntries(Object.entries(s.properties ?? {}).filter(([k]) => keep(k)));
    return setRequired({ ...s, properties }, (s.required ?? []).filter(keep));
}
function setRequired(s, required) {
    const { required: _old, ...rest } = s;
    return required.length > 0 ? { ...rest, required } : rest;
}
function typeboxBuilder(name, arg) {
    const tb = (schema, optional = false) => new SchemaValue(schema, 'typebox', optional);
    const opts = (i) => {
        const o = arg(i);
        return typeof o === 'object' && o !== null && !Array.isArray(o) && !(o instanceof SchemaValue)
            ? o
            : {};
    };
    const list = (i) => (Array.isArray(arg(i)) ? arg(i).map(asSchema) : []);
    switch (name) {
        case 'String':
            return tb({ type: 'string', ...opts(0) });
        case 'Number':
            return tb({ type: 'number', ...opts(0) });
        case 'Integer':
            return tb({ type: 'integer', ...opts(0) });
        case 'BigInt':
            return tb({ type: 'integer', format: 'int64', ...opts(0) });
        case 'Boolean':
            return tb({ type: 'boolean', ...opts(0) });
        case 'Null':
            return tb({ type: 'null', ...opts(0) });
        case 'Date':
            return tb({ type: 'string', format: 'date-time', ...opts(0) });
        case 'Any':
        case 'Unknown':
            return tb({ ...opts(0) });
        case 'Unsafe':
            return tb({ ...opts(0) });
        case 'Literal':
            return tb({ ...literalSchema(arg(0)), ...opts(1) });
        case 'Array':
            return tb({ type: 'array', items: asSchema(arg(0)), ...opts(1) });
        case 'Object':
            return objectSchema(arg(0), 'typebox', opts(1));
        case 'Optional':
        case 'ReadonlyOptional':
            return tb(asSchema(arg(0)), true);
        case 'Readonly':
            return tb(asSchema(arg(0)));
        case 'Union':
            return tb({ anyOf: list(0), ...opts(1) });
        case 'Intersect':
            return tb({ allOf: list(0), ...opts(1) });
        case 'Composite':
            return tb(list(0).reduce(mergeObjects, { type: 'object', properties: {} }));
        case 'Tuple': {
            const items = list(0);
            return tb({ type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length, ...opts(1) });
        }
        case 'Enum': {
            const v = arg(0);
            const values = typeof v === 'object' && v !== null ? Object.values(v) : [];
            return tb({ enum: values, ...opts(1) });
        }
        case 'Record':
            return tb({ type: 'object', additionalProperties: asSchema(arg(1)), ...opts(2) });
        case 'Partial':
            return tb(setRequired(asSchema(arg(0)), []));
        case 'Required': {
            const s = asSchema(arg(0));
            return tb(setRequired(s, Object.keys(s.properties ?? {})));
        }
        case 'Pick':
        case 'Omit': {
            const keys = new Set((Array.isArray(arg(1)) ? arg(1) : []).map(String));
            return tb(filterObject(asSchema(arg(0)), (k) => (name === 'Pick' ? keys.has(k) : !keys.has(k))));
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/routes/extract/evaluate.ts



const evaluate_MAX_DEPTH = 60;
const RUNTIME_GLOBALS = new Set(['process', 'globalThis', 'window', 'Deno', 'Bun', 'Date', 'Math']);
class Evaluator {
    project;
    constructor(project) {
        this.project = project;
    }
    evaluate(node, scope, depth = 0) {
        if (depth > evaluate_MAX_DEPTH)
            return fail(node, 'it is defined too many steps away');
        const n = module_unwrap(node);
        switch (n.type) {
            case 'StringLiteral':
            case 'NumericLiteral':
            case 'BooleanLiteral':
                return ok(n.value);
            case 'NullLiteral':
                return ok(null);
            case 'RegExpLiteral':
                return ok(new RegExp(n.pattern, n.flags));
            case 'TemplateLiteral': {
                let out = n.quasis[0].value.cooked ?? n.quasis[0].value.raw;
                for (let i = 0; i < n.expressions.length; i++) {
                    const v = this.evaluate(n.expressions[i], scope, depth + 1);
                    if (!v.ok)
                        return v;
                    if (typeof v.value !== 'string' && typeof v.value !== 'number')
                        return fail(n.expressions[i], 'it is not a string');
                    out += String(v.value) + (n.quasis[i + 1].value.cooked ?? n.quasis[i + 1].value.raw);
                }
                return ok(out);
            }
            case 'BinaryExpression': {
                if (n.operator !== '+' || n.left.type === 'PrivateName')
                    return fail(n, `the '${n.operator}' operator is computed at run time`);
                const l = this.evaluate(n.left, scope, depth + 1);
                if (!l.ok)
                    return l;
                const r = this.evaluate(n.right, scope, depth + 1);
                if (!r.ok)
                    return r;
                return ok(l.value + r.value);
            }
            case 'UnaryExpression': {
                const v = this.evaluate(n.argument, scope, depth + 1);
                if (!v.ok)
                    return v;
                if (n.operator === '-' && typeof v.value === 'number')
                    return ok(-v.value);
                if (n.operator === '!')
                    return ok(!v.value);
                return fail(n, `the '${n.operator}' operator is computed at run time`);
            }
            case 'ArrayExpression': {
                const out = [];
                for (const el of n.elements) {
                    if (!el)
                        continue;
                    if (el.type === 'SpreadElement') {
                        const v = this.evaluate(el.argument, scope, depth + 1);
                        if (!v.ok)
                            return v;
                        if (!Array.isArray(v.value))
                            return fail(el, 'the spread value is not an array');
                        out.push(...v.value);
                        continue;
                    }
                    const v = this.evaluate(el, scope, depth + 1);
                    if (!v.ok)
                        return v;
                    out.push(v.value);
                }
                return ok(out);
            }
            case 'ObjectExpression':
                return this.object(n, scope, depth);
            case 'Identifier': {
                if (n.name === 'undefined')
                    return ok(undefined);
                const d = this.project.defineName(n.name, scope);
                if (!d) {
                    return fail(n, RUNTIME_GLOBALS.has(n.name)
                        ? `'${n.name}' is known only at run time`
                        : `'${n.name}' is not defined in the scanned files`);
                }
                if (d.kind === 'param')
                    return fail(n, `'${n.name}' is a function parameter, known only at run time`);
                if (d.kind !== 'node')
                    return fail(n, `'${n.name}' comes from a package`);
                if (module_unwrap(d.node) === n)
                    return fail(n, `'${n.name}' has no static value`);
                return this.evaluate(d.node, d.scope, depth + 1);
            }
            case 'MemberExpression': {
                const d = this.project.define(n, scope);
                if (d?.kind === 'node' && module_unwrap(d.node) !== n)
                    return this.evaluate(d.node, d.scope, depth + 1);
                const owner = this.evaluate(n.object, scope, depth + 1);
                if (!owner.ok)
                    return owner;
                const key = n.computed ? this.evaluate(n.property, scope, depth + 1) : undefined;
                if (key && !key.ok)
                    return key;
                const prop = key ? String(key.value) : n.property.type === 'Identifier' ? n.property.name : undefined;
                if (prop === undefined || typeof owner.value !== 'object' || owner.value === null) {
                    return fail(n, 'it is not a member of a constant object');
                }
                return ok(owner.value[prop]);
            }
            case 'CallExpression': {
                const schema = schemaCall(n, scope, this, depth);
                if (schema)
                    return schema;
                return fail(n, 'it is the result of a function call, computed at run time');
            }
            default:
                return fail(n, 'it is computed at run time');
        }
    }
    object(n, scope, depth) {
        const out = {};
        for (const p of n.properties) {
            if (p.type === 'SpreadElement') {
                const v = this.evaluate(p.argument, scope, depth + 1);
                if (!v.ok)
                    return v;
                if (typeof v.value === 'object' && v.value !== null)
                    Object.assign(out, v.value);
                continue;
            }
            if (p.type === 'ObjectMethod')
                continue;
            let key = keyName(p.key, p.computed);
            if (key === undefined) {
                const k = this.evaluate(p.key, scope, depth + 1);
                if (!k.ok)
                    return k;
                key = String(k.value);
            }
            const v = this.evaluate(p.value, scope, depth + 1);
            // Handlers and hooks inside route options are functions: not values, not needed.
            if (!v.ok) {
                const inner = module_unwrap(p.value);
                if (inner.type === 'ArrowFunctionExpression' || inner.type === 'FunctionExpression')
                    continue;
                out[key] = new Unknown(v);
                continue;
            }
            out[key] = v.value;
        }
        return ok(out);
    }
}
/** A member of an evaluated object whose value could not be resolved (kept so the caller can say why). */
class Unknown {
    failure;
    constructor(failure) {
        this.failure = failure;
    }
}
function ok(value) {
    return { ok: true, value };
}
function fail(node, reason) {
    return { ok: false, node, reason };
}
/** Plain JSON Schema from an evaluated value: zod/TypeBox wrappers unwrapped, unknown members dropped. */
function toJsonSchema(value) {
    if (value instanceof SchemaValue)
        return toJsonSchema(value.schema);
    if (value instanceof Unknown || value instanceof RegExp || typeof value === 'function')
        return undefined;
    if (Array.isArray(value))
        return value.map(toJsonSchema).filter((v) => v !== undefined);
    if (typeof value === 'object' && value !== null) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const j = toJsonSchema(v);
            if (j !== undefined)
                out[k] = j;
        }
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/routes/extract/routers.ts



const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all']);
/** Methods that return the router itself, so `router.get(…).post(…)` stays on it. */
const CHAINABLE = new Set([...ROUTE_METHODS, 'use', 'prefix', 'register', 'routes', 'middleware', 'withTypeProvider']);
const KOA_ROUTER_PACKAGES = new Set(['@koa/router', 'koa-router']);
/** Parameter names under which an unmounted function parameter is taken for a router (a plugin file). */
const ROUTER_PARAM_NAMES = /^(app|server|fastify|instance|router|api|routes|f)$/i;
class RouterGraph {
    project;
    where;
    nodes = new Map();
    unresolved = [];
    ev;
    returning = new Set();
    constructor(project, where) {
        this.project = project;
        this.where = where;
        this.ev = new Evaluator(project);
    }
    build() {
        for (const module of this.project.modules.values()) {
            for (const call of module.calls)
                this.visitCall(call.node, call.scope);
        }
        this.inferFrameworks();
    }
    /** Roots: apps, routers mounted nowhere, and plugin-like function parameters that register routes. */
    roots() {
        return [...this.nodes.values()].filter((n) => n.mountedBy === 0 &&
            (!n.param ||
                (ROUTER_PARAM_NAMES.test(n.param.name) && n.routes.some((r) => r.paths.some((p) => p.startsWith('/'))))));
    }
    /** A mounted-or-registered-on value → its router, following variables, imports and factories. */
    routerOf(node, scope, depth = 0) {
        if (depth > 30)
            return undefined;
        const d = this.project.define(node, scope);
        return d && this.routerOfDefinition(d, depth);
    }
    routerOfDefinition(d, depth) {
        if (d.kind === 'param')
            return this.paramNode(d.fn, d.index);
        if (d.kind !== 'node')
            return undefined;
        const n = module_unwrap(d.node);
        const module = d.scope.module;
        if (n.type === 'CallExpression' || n.type === 'NewExpression') {
            const factory = this.factoryOf(n, d.scope, n.type === 'NewExpression');
            if (factory)
                return this.factoryNode(module, n, factory, d.scope);
            const callee = module_unwrap(n.callee);
            if (callee.type === 'MemberExpression') {
                const method = propertyName(callee);
                if (method && CHAINABLE.has(method))
                    return this.routerOf(callee.object, d.scope, depth + 1);
            }
            // A function that builds and returns a router: `app.use('/users', usersRouter(db))`.
            const fd = this.project.define(callee, d.scope);
            if (fd?.kind === 'node' && isFunction(module_unwrap(fd.node)))
                return this.returnedRouter(module_unwrap(fd.node), fd.scope, depth);
        }
        return undefined;
    }
    returnedRouter(fn, outer, depth) {
        if (this.returning.has(fn))
            return undefined;
        this.returning.add(fn);
        try {
            const scope = outer.module.functionScopes.get(fn) ?? outer;
            if (fn.body.type !== 'BlockStatement')
                return this.routerOf(fn.body, scope, depth + 1);
            let found;
            forEachNode(fn.body, (n) => {
                if (!found && n.type === 'ReturnStatement' && n.argument)
                    found = this.routerOf(n.argument, scope, depth + 1);
            }, false);
            return found;
        }
        finally {
            this.returning.delete(fn);
        }
    }
    factoryOf(n, scope, isNew) {
        const d = this.project.define(n.callee, scope);
        if (d?.kind !== 'package')
            return undefined;
        const path = d.path.filter((p) => p !== 'default');
        const last = path[path.length - 1];
        if (d.pkg === 'express') {
            if (path.length === 0 && !isNew)
                return { framework: 'express', isApp: true };
            if (last === 'Router')
                return { framework: 'express', isApp: false };
        }
        if (d.pkg === 'fastify' && (path.length === 0 || last === 'fastify'))
            return { framework: 'fastify', isApp: true };
        if (d.pkg === 'koa' && (path.length === 0 || last === 'Koa') && isNew)
            return { framework: 'koa', isApp: true };
        if (KOA_ROUTER_PACKAGES.has(d.pkg) && (path.length === 0 || last === 'Router'))
            return { framework: 'koa', isApp: false };
        return undefined;
    }
    factoryNode(module, n, f, scope) {
        const id = `${module.id}:${n.start}`;
        let node = this.nodes.get(id);
        if (node)
            return node;
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
        if (f.framework === 'koa' &&
            !f.isApp &&
            opts &&
            opts.type !== 'SpreadElement' &&
            opts.type !== 'ArgumentPlaceholder') {
            const v = this.ev.evaluate(opts, scope);
            const prefix = v.ok && typeof v.value === 'object' && v.value !== null
                ? v.value.prefix
                : undefined;
            if (typeof prefix === 'string')
                node.prefix = prefix;
            else if (prefix instanceof Unknown)
                node.prefixFailure = this.failure(module, prefix.failure, 'the router prefix');
        }
        return node;
    }
    paramNode(fn, index) {
        const scope = [...this.project.modules.values()].find((m) => m.functionScopes.has(fn));
        if (!scope)
            return undefined;
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
    visitCall(call, scope) {
        const module = scope.module;
        const callee = module_unwrap(call.callee);
        if (callee.type === 'MemberExpression') {
            const method = propertyName(callee);
            if (method !== undefined) {
                if (ROUTE_METHODS.has(method)) {
                    // app.route('/users').get(h).post(h)
                    const chain = this.routeChain(callee.object);
                    if (chain) {
                        const router = this.routerOf(chain.router, scope);
                        if (router)
                            this.addRoute(router, module, call, [method], chain.path, [], call.arguments, scope);
                        return;
                    }
                    const router = this.routerOf(callee.object, scope);
                    if (router)
                        this.registerShorthand(router, module, call, method, scope);
                    if (router)
                        return;
                }
                else if (method === 'route') {
                    const router = this.routerOf(callee.object, scope);
                    if (router)
                        this.registerRouteObject(router, module, call, scope);
                    if (router)
                        return;
                }
                else if (method === 'use') {
                    const router = this.routerOf(callee.object, scope);
                    if (router)
                        this.use(router, module, call, scope);
                    if (router)
                        return;
                }
                else if (method === 'register') {
                    const router = this.routerOf(callee.object, scope);
                    if (router)
                        this.register(router, module, call, scope);
                    if (router)
                        return;
                }
                else if (method === 'prefix' && call.arguments.length === 1) {
                    const router = this.routerOf(callee.object, scope);
                    if (router && router.framework === 'koa') {
                        const v = this.ev.evaluate(call.arguments[0], scope);
                        if (v.ok && typeof v.value === 'string')
                            router.prefix = v.value;
                        else if (!v.ok)
                            router.prefixFailure = this.failure(module, v, 'the router prefix');
                    }
                    if (router)
                        return;
                }
            }
        }
        this.passRouters(call, scope);
    }
    /** `registerUserRoutes(app)`: the function's parameter is that router. */
    passRouters(call, scope) {
        if (call.arguments.length === 0)
            return;
        const fd = this.project.define(call.callee, scope);
        if (fd?.kind !== 'node')
            return;
        const fn = module_unwrap(fd.node);
        if (!isFunction(fn))
            return;
        call.arguments.forEach((arg, index) => {
            if (arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder')
                return;
            const a = module_unwrap(arg);
            if (a.type !== 'Identifier' && a.type !== 'MemberExpression' && a.type !== 'CallExpression')
                return;
            const router = this.routerOf(arg, scope);
            const param = router && this.paramNode(fn, index);
            if (router && param && router !== param) {
                this.mount(router, param, [''], this.where(scope.module, call));
            }
        });
    }
    /** `X.route('/p')` under a chain of `.get(h).post(h)` → X and '/p'. */
    routeChain(node) {
        let n = module_unwrap(node);
        for (;;) {
            if (n.type !== 'CallExpression')
                return undefined;
            const callee = module_unwrap(n.callee);
            if (callee.type !== 'MemberExpression')
                return undefined;
            const name = propertyName(callee);
            if (name === 'route' && n.arguments.length === 1 && n.arguments[0].type !== 'ObjectExpression') {
                const arg = n.arguments[0];
                if (arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder')
                    return undefined;
                return { router: callee.object, path: arg };
            }
            if (!name || !ROUTE_METHODS.has(name))
                return undefined;
            n = module_unwrap(callee.object);
        }
    }
    registerShorthand(router, module, call, method, scope) {
        const args = call.arguments.filter((a) => a.type !== 'SpreadElement' && a.type !== 'ArgumentPlaceholder');
        // `app.get('env')` reads an Express setting; a route has a path and a handler.
        if (args.length < 2)
            return;
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
        let schemas;
        const opts = module_unwrap(rest[0]);
        if (rest.length >= 1 && (opts.type === 'ObjectExpression' || opts.type === 'Identifier')) {
            const v = this.ev.evaluate(opts, scope);
            if (v.ok && typeof v.value === 'object' && v.value !== null && !(v.value instanceof SchemaValue)) {
                schemas = fastifySchemas(v.value.schema);
            }
        }
        this.addRoute(router, module, call, [method], pathArg, [], rest, scope, schemas);
    }
    registerRouteObject(router, module, call, scope) {
        const arg = call.arguments[0];
        if (!arg || arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder')
            return;
        const v = this.ev.evaluate(arg, scope);
        if (!v.ok) {
            this.unresolved.push(this.failure(module, v, 'the route options'));
            return;
        }
        if (typeof v.value !== 'object' || v.value === null)
            return;
        const opts = v.value;
        const url = opts.url ?? opts.path;
        const method = opts.method;
        if (url instanceof Unknown || method instanceof Unknown) {
            this.unresolved.push(this.failure(module, (url instanceof Unknown ? url : method).failure, 'the route'));
            return;
        }
        const methods = (Array.isArray(method) ? method : [method]).filter((m) => typeof m === 'string');
        if (typeof url !== 'string' || methods.length === 0)
            return;
        const location = this.where(module, call.callee.type === 'MemberExpression' ? call.callee.property : call);
        router.routes.push({
            methods: methods.map((m) => m.toLowerCase()),
            paths: [url],
            location,
            schemas: fastifySchemas(opts.schema),
        });
    }
    addRoute(router, module, call, methods, pathArg, _before, handlers, scope, schemas) {
        const callee = module_unwrap(call.callee);
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
        router.routes.push({ methods, paths: paths, location, schemas: found });
    }
    /**
     * Schemas an Express or Koa handler chain shows: a validation middleware given a zod/TypeBox
     * schema (`validate(CreateUser)`, `validate({ body, query })`), or `Schema.parse(req.body)` inside
     * the handler.
     */
    handlerSchemas(handlers, scope) {
        const out = {};
        for (const h of handlers) {
            const n = module_unwrap(h);
            if (n.type === 'CallExpression') {
                const name = calleeName(n.callee).toLowerCase();
                for (const a of n.arguments) {
                    if (a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder')
                        continue;
                    const v = this.ev.evaluate(a, scope);
                    if (!v.ok)
                        continue;
                    if (v.value instanceof SchemaValue) {
                        const part = /quer/.test(name)
                            ? 'query'
                            : /param/.test(name)
                                ? 'params'
                                : /header/.test(name)
                                    ? 'headers'
                                    : 'body';
                        out[part] ??= toJsonSchema(v.value);
                    }
                    else if (typeof v.value === 'object' && v.value !== null) {
                        Object.assign(out, partsOf(v.value));
                    }
                }
                continue;
            }
            let fn;
            let fnScope;
            if (isFunction(n)) {
                fn = n;
                fnScope = scope.module.functionScopes.get(n);
            }
            else {
                const d = this.project.define(n, scope);
                if (d?.kind === 'node' && isFunction(module_unwrap(d.node))) {
                    fn = module_unwrap(d.node);
                    fnScope = d.scope.module.functionScopes.get(fn);
                }
            }
            if (!fn || !fnScope)
                continue;
            const inner = fnScope;
            forEachNode(fn.body, (c) => {
                if (c.type !== 'CallExpression' || c.callee.type !== 'MemberExpression')
                    return;
                const m = propertyName(c.callee);
                if (!m || !/^(safeParse|parse)(Async)?$/.test(m) || c.arguments.length === 0)
                    return;
                const part = requestPart(c.arguments[0]);
                if (!part)
                    return;
                const v = this.ev.evaluate(c.callee.object, inner);
                if (v.ok && v.value instanceof SchemaValue)
                    out[part] ??= toJsonSchema(v.value);
            });
        }
        return Object.keys(out).length > 0 ? out : undefined;
    }
    use(router, module, call, scope) {
        const args = call.arguments.filter((a) => a.type !== 'SpreadElement' && a.type !== 'ArgumentPlaceholder');
        if (args.length === 0)
            return;
        const location = this.where(module, call);
        let prefixes = [''];
        let rest = args;
        const first = this.ev.evaluate(args[0], scope);
        if (first.ok &&
            (typeof first.value === 'string' ||
                (Array.isArray(first.value) && first.value.every((p) => typeof p === 'string')))) {
            prefixes = Array.isArray(first.value) ? first.value : [first.value];
            rest = args.slice(1);
        }
        else if (!first.ok && args.length > 1 && !this.routerOf(args[0], scope) && !isFunction(module_unwrap(args[0]))) {
            prefixes = this.failure(module, first, 'the mount path');
            rest = args.slice(1);
        }
        for (const arg of rest) {
            const n = module_unwrap(arg);
            // koa-mount: app.use(mount('/v1', router.routes()))
            if (n.type === 'CallExpression') {
                const d = this.project.define(n.callee, scope);
                if (d?.kind === 'package' && d.pkg === 'koa-mount' && n.arguments.length === 2) {
                    const [p, inner] = n.arguments;
                    if (p.type === 'SpreadElement' || p.type === 'ArgumentPlaceholder')
                        continue;
                    if (inner.type === 'SpreadElement' || inner.type === 'ArgumentPlaceholder')
                        continue;
                    const child = this.routerOf(inner, scope);
                    const pv = this.ev.evaluate(p, scope);
                    if (child)
                        this.mount(router, child, pv.ok && typeof pv.value === 'string' ? [pv.value] : this.failure(module, pv, 'the mount path'), location);
                    continue;
                }
            }
            const child = this.routerOf(arg, scope);
            if (child && child !== router)
                this.mount(router, child, prefixes, location);
        }
    }
    register(router, module, call, scope) {
        const [pluginArg, optsArg] = call.arguments;
        if (!pluginArg || pluginArg.type === 'SpreadElement' || pluginArg.type === 'ArgumentPlaceholder')
            return;
        const location = this.where(module, call);
        const plugin = this.pluginFunction(this.project.define(pluginArg, scope));
        if (!plugin)
            return;
        let prefixes = [''];
        if (optsArg && optsArg.type !== 'SpreadElement' && optsArg.type !== 'ArgumentPlaceholder' && plugin.encapsulated) {
            const v = this.ev.evaluate(optsArg, scope);
            const prefix = v.ok && typeof v.value === 'object' && v.value !== null
                ? v.value.prefix
                : undefined;
            if (typeof prefix === 'string')
                prefixes = [prefix];
            else if (prefix instanceof Unknown)
                prefixes = this.failure(module, prefix.failure, 'the plugin prefix');
            else if (!v.ok)
                prefixes = this.failure(module, v, 'the plugin options');
        }
        const child = this.paramNode(plugin.fn, 0);
        if (child)
            this.mount(router, child, prefixes, location);
    }
    /** The function a Fastify plugin value stands for; fastify-plugin (`fp(fn)`) shares its parent's scope and ignores `prefix`. */
    pluginFunction(d, depth = 0) {
        if (!d || depth > 10)
            return undefined;
        if (d.kind === 'namespace')
            return this.pluginFunction(this.project.exportDefinition(d.module, 'default'), depth + 1);
        if (d.kind !== 'node')
            return undefined;
        const n = module_unwrap(d.node);
        if (isFunction(n))
            return { fn: n, encapsulated: true };
        if (n.type === 'CallExpression') {
            const callee = this.project.define(n.callee, d.scope);
            const inner = n.arguments[0];
            if (callee?.kind === 'package' &&
                callee.pkg === 'fastify-plugin' &&
                inner &&
                inner.type !== 'SpreadElement' &&
                inner.type !== 'ArgumentPlaceholder') {
                const found = this.pluginFunction(this.project.define(inner, d.scope), depth + 1);
                return found && { fn: found.fn, encapsulated: false };
            }
        }
        return undefined;
    }
    mount(parent, child, prefixes, location) {
        if (parent.mounts.some((m) => m.child === child && m.location.line === location.line && m.location.file === location.file))
            return;
        parent.mounts.push({ child, prefixes, location });
        child.mountedBy++;
    }
    /** Parameters take the framework of what is passed to them; unmounted ones guess from their file's imports. */
    inferFrameworks() {
        for (let changed = true; changed;) {
            changed = false;
            for (const n of this.nodes.values()) {
                if (n.framework === 'unknown')
                    continue;
                for (const m of n.mounts) {
                    if (m.child.framework === 'unknown') {
                        m.child.framework = n.framework;
                        changed = true;
                    }
                }
            }
        }
        for (const n of this.nodes.values()) {
            if (n.framework !== 'unknown')
                continue;
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
    failure(module, f, what) {
        const node = f.ok ? undefined : f.node;
        return {
            reason: `${what} cannot be resolved statically: ${f.ok ? 'unexpected value' : f.reason}`,
            code: node ? sourceText(module, node) : '',
            location: node ? this.where(module, node) : { file: module.display, line: 1, column: 1 },
        };
    }
}
function calleeName(node) {
    const n = module_unwrap(node);
    if (n.type === 'Identifier')
        return n.name;
    if (n.type === 'MemberExpression')
        return propertyName(n) ?? '';
    return '';
}
/** `req.body`, `ctx.request.body`, `req.query`, `ctx.params` → the request part they are. */
function requestPart(node) {
    const n = module_unwrap(node);
    if (n.type !== 'MemberExpression')
        return undefined;
    const name = propertyName(n);
    if (name === 'body')
        return 'body';
    if (name === 'query')
        return 'query';
    if (name === 'params')
        return 'params';
    if (name === 'headers')
        return 'headers';
    return undefined;
}
function partsOf(obj) {
    const out = {};
    const map = {
        body: 'body',
        query: 'query',
        querystring: 'query',
        params: 'params',
        headers: 'headers',
    };
    for (const [k, v] of Object.entries(obj)) {
        const part = map[k.toLowerCase()];
        if (part && v instanceof SchemaValue)
            out[part] = toJsonSchema(v);
    }
    return out;
}
const SCHEMA_KEYWORDS = ['type', 'properties', '$ref', 'anyOf', 'oneOf', 'allOf', 'items', 'const', 'enum', 'not'];
/** Fastify's route `schema` (params, querystring, headers, body, response) as JSON Schemas. */
function fastifySchemas(schema) {
    if (typeof schema !== 'object' || schema === null)
        return undefined;
    const s = schema;
    const out = {};
    const part = (v) => {
        const j = toJsonSchema(v);
        if (typeof j !== 'object' || j === null || Array.isArray(j))
            return undefined;
        const o = j;
        // Fastify's shorthand: `querystring: { name: { type: 'string' } }` means those properties.
        if (Object.keys(o).length > 0 && !SCHEMA_KEYWORDS.some((k) => k in o))
            return { type: 'object', properties: o };
        return o;
    };
    if (s.params !== undefined)
        out.params = part(s.params);
    if (s.querystring !== undefined || s.query !== undefined)
        out.query = part(s.querystring ?? s.query);
    if (s.headers !== undefined)
        out.headers = part(s.headers);
    if (s.body !== undefined)
        out.body = toJsonSchema(s.body);
    if (typeof s.response === 'object' && s.response !== null) {
        out.responses = {};
        for (const [status, r] of Object.entries(s.response)) {
            let value = toJsonSchema(r);
            const content = value?.content;
            if (content && typeof content === 'object')
                value = Object.values(content)[0]?.schema ?? {};
            if (value)
                out.responses[status] = value;
        }
    }
    for (const k of Object.keys(out))
        if (out[k] === undefined)
            delete out[k];
    return Object.keys(out).length > 0 ? out : undefined;
}
function mergeSchemas(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return { ...b, ...a };
}
function sourceText(module, node) {
    const text = module.text.slice(node.start ?? 0, node.end ?? 0).replace(/\s+/g, ' ');
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

;// CONCATENATED MODULE: ./src/routes/extract/index.ts
/**
 * Static route extraction: the routes an Express, Fastify or Koa app registers, read from its
 * TypeScript or JavaScript source without running it. Routes whose path (or mount prefix) is
 * computed at run time are returned as `unresolved`, with file:line, never dropped.
 */








const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED_DIRS = new Set([
    'node_modules',
    '.git',
    'dist',
    'build',
    'coverage',
    'lib',
    '.next',
    '__tests__',
    '__mocks__',
]);
/** Tests and type declarations register no routes of the app. */
const SKIPPED_FILES = /(\.d\.[cm]?ts|\.(test|spec)\.[cm]?[jt]sx?)$/;
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
async function extractRoutes(dir, options = {}) {
    const cwd = options.workingDirectory ?? process.cwd();
    const root = external_node_path_default().resolve(cwd, dir);
    const display = (file) => external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/') || '.';
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info?.isDirectory() && !info?.isFile()) {
        throw new errors/* ConfigurationError */.j1(`the code directory '${dir}' does not exist. Check routes.code (or --from-code).`);
    }
    const files = info.isFile() ? [root] : await listSourceFiles(root);
    const project = new Project();
    const unresolved = [];
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        try {
            project.add(parseModule(file, display(file), text));
        }
        catch (e) {
            if (!(e instanceof ParseFailure))
                throw e;
            unresolved.push({
                reason: `the file does not parse, its routes are unknown: ${e.message}`,
                code: '',
                location: { file: display(file), line: e.line, column: e.column },
            });
        }
    }
    const where = (module, node) => ({
        file: module.display,
        line: node.loc?.start.line ?? 1,
        column: (node.loc?.start.column ?? 0) + 1,
    });
    const graph = new RouterGraph(project, where);
    graph.build();
    const routes = flatten(graph, unresolved);
    routes.sort(byLocation);
    unresolved.push(...graph.unresolved);
    unresolved.sort(byLocation);
    return { routes, unresolved, files: files.length, dir: display(root) };
}
async function listSourceFiles(root) {
    const out = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const e of entries) {
            if (out.length >= MAX_FILES)
                return;
            const full = external_node_path_default().join(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.'))
                    await walk(full);
            }
            else if (e.isFile() && SOURCE_FILE.test(e.name) && !SKIPPED_FILES.test(e.name)) {
                const s = await (0,promises_.stat)(full);
                if (s.size <= MAX_FILE_BYTES)
                    out.push(full);
            }
        }
    };
    await walk(root);
    return out;
}
/** Every route of every root, under every prefix it is mounted at. */
function flatten(graph, unresolved) {
    const out = new Map();
    const visit = (node, prefixes, mountedAt, blocked, seen) => {
        if (seen.has(node))
            return;
        const inner = new Set(seen).add(node);
        const stop = blocked ?? node.prefixFailure;
        for (const route of node.routes) {
            if (stop) {
                unresolved.push({
                    method: route.methods[0].toUpperCase(),
                    reason: `mounted under a prefix that cannot be resolved (${stop.location.file}:${stop.location.line}): ${stop.reason}`,
                    code: stop.code,
                    location: route.location,
                });
                continue;
            }
            for (const p of route.paths) {
                const full = joinPaths(...prefixes, node.prefix, p);
                for (const tpl of toTemplates(full)) {
                    for (const m of route.methods) {
                        const method = m === 'del' ? 'DELETE' : m.toUpperCase();
                        const key = `${method} ${tpl.template} ${route.location.file}:${route.location.line}`;
                        if (out.has(key))
                            continue;
                        out.set(key, {
                            method,
                            path: full,
                            template: tpl.template,
                            params: tpl.params,
                            framework: node.framework,
                            location: route.location,
                            ...(route.schemas ? { schemas: route.schemas } : {}),
                            ...(mountedAt.length > 0 ? { mountedAt } : {}),
                        });
                    }
                }
            }
        }
        for (const m of node.mounts) {
            const childBlocked = stop ?? (Array.isArray(m.prefixes) ? undefined : m.prefixes);
            const list = Array.isArray(m.prefixes) ? m.prefixes : [''];
            for (const p of list)
                visit(m.child, [...prefixes, node.prefix, p], [...mountedAt, m.location], childBlocked, inner);
        }
    };
    for (const root of graph.roots())
        visit(root, [], [], undefined, new Set());
    return [...out.values()];
}
function byLocation(a, b) {
    return (a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column);
}


/***/ })

};
