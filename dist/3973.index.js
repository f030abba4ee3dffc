export const id = 3973;
export const ids = [3973];
export const modules = {

/***/ 67615:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __webpack_require__(19669);
const draft7_1 = __webpack_require__(29381);
const discriminator_1 = __webpack_require__(87446);
const draft7MetaSchema = __webpack_require__(76564);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __webpack_require__(66537);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __webpack_require__(66300);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __webpack_require__(10525);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __webpack_require__(30346);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 6390:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const scope_1 = __webpack_require__(36956);
const code_1 = __webpack_require__(8279);
function standaloneCode(ajv, refsOrFunc) {
    if (!ajv.opts.code.source) {
        throw new Error("moduleCode: ajv instance must have code.source option");
    }
    const { _n } = ajv.scope.opts;
    return typeof refsOrFunc == "function"
        ? funcExportCode(refsOrFunc.source)
        : refsOrFunc !== undefined
            ? multiExportsCode(refsOrFunc, getValidate)
            : multiExportsCode(ajv.schemas, (sch) => sch.meta ? undefined : ajv.compile(sch.schema));
    function getValidate(id) {
        const v = ajv.getSchema(id);
        if (!v)
            throw new Error(`moduleCode: no schema with id ${id}`);
        return v;
    }
    function funcExportCode(source) {
        const usedValues = {};
        const n = source === null || source === void 0 ? void 0 : source.validateName;
        const vCode = validateCode(usedValues, source);
        if (ajv.opts.code.esm) {
            // Always do named export as `validate` rather than the variable `n` which is `validateXX` for known export value
            return `"use strict";${_n}export const validate = ${n};${_n}export default ${n};${_n}${vCode}`;
        }
        return `"use strict";${_n}module.exports = ${n};${_n}module.exports.default = ${n};${_n}${vCode}`;
    }
    function multiExportsCode(schemas, getValidateFunc) {
        var _a;
        const usedValues = {};
        let code = (0, code_1._) `"use strict";`;
        for (const name in schemas) {
            const v = getValidateFunc(schemas[name]);
            if (v) {
                const vCode = validateCode(usedValues, v.source);
                const exportSyntax = ajv.opts.code.esm
                    ? (0, code_1._) `export const ${(0, code_1.getEsmExportName)(name)}`
                    : (0, code_1._) `exports${(0, code_1.getProperty)(name)}`;
                code = (0, code_1._) `${code}${_n}${exportSyntax} = ${(_a = v.source) === null || _a === void 0 ? void 0 : _a.validateName};${_n}${vCode}`;
            }
        }
        return `${code}`;
    }
    function validateCode(usedValues, s) {
        if (!s)
            throw new Error('moduleCode: function does not have "source" property');
        if (usedState(s.validateName) === scope_1.UsedValueState.Completed)
            return code_1.nil;
        setUsedState(s.validateName, scope_1.UsedValueState.Started);
        const scopeCode = ajv.scope.scopeCode(s.scopeValues, usedValues, refValidateCode);
        const code = new code_1._Code(`${scopeCode}${_n}${s.validateCode}`);
        return s.evaluated ? (0, code_1._) `${code}${s.validateName}.evaluated = ${s.evaluated};${_n}` : code;
        function refValidateCode(n) {
            var _a;
            const vRef = (_a = n.value) === null || _a === void 0 ? void 0 : _a.ref;
            if (n.prefix === "validate" && typeof vRef == "function") {
                const v = vRef;
                return validateCode(usedValues, v.source);
            }
            else if ((n.prefix === "root" || n.prefix === "wrapper") && typeof vRef == "object") {
                const { validate, validateName } = vRef;
                if (!validateName)
                    throw new Error("ajv internal error");
                const def = ajv.opts.code.es5 ? scope_1.varKinds.var : scope_1.varKinds.const;
                const wrapper = (0, code_1._) `${def} ${n} = {validate: ${validateName}};`;
                if (usedState(validateName) === scope_1.UsedValueState.Started)
                    return wrapper;
                const vCode = validateCode(usedValues, validate === null || validate === void 0 ? void 0 : validate.source);
                return (0, code_1._) `${wrapper}${_n}${vCode}`;
            }
            return undefined;
        }
        function usedState(name) {
            var _a;
            return (_a = usedValues[name.prefix]) === null || _a === void 0 ? void 0 : _a.get(name);
        }
        function setUsedState(name, state) {
            const { prefix } = name;
            const names = (usedValues[prefix] = usedValues[prefix] || new Map());
            names.set(name, state);
        }
    }
}
module.exports = exports = standaloneCode;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = standaloneCode;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 29381:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __webpack_require__(60917);
const validation_1 = __webpack_require__(95497);
const applicator_1 = __webpack_require__(79335);
const format_1 = __webpack_require__(21177);
const metadata_1 = __webpack_require__(83436);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 93316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BF: () => (/* binding */ contractParts),
  po: () => (/* binding */ operationsFile),
  $7: () => (/* binding */ requestsFile),
  Y7: () => (/* binding */ typesFile)
});

// EXTERNAL MODULE: ./src/routes/generate/model.ts
var generate_model = __webpack_require__(80572);
// EXTERNAL MODULE: ./src/routes/generate/names.ts
var generate_names = __webpack_require__(74089);
// EXTERNAL MODULE: ./src/routes/generate/schema.ts
var generate_schema = __webpack_require__(33850);
;// CONCATENATED MODULE: ./src/routes/generate/typescript.ts
/**
 * Normalized JSON Schema → TypeScript type text. Written for this generator rather than run
 * through json-schema-to-typescript: every `$ref` is already a named definition, so a direct
 * walk gives stable names (the component's own, never `User1…User462` from inline titles),
 * handles cycles for free, and takes milliseconds where json-schema-to-typescript takes about
 * 5 s on GitHub's 969 schemas.
 */


function docComment(text, indent) {
    if (!text || !text.trim())
        return '';
    const lines = text.trim().replace(/\*\//g, '*\\/').split(/\r?\n/);
    if (lines.length === 1)
        return `${indent}/** ${lines[0]} */\n`;
    return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ' ' + l : ''}`).join('\n')}\n${indent} */\n`;
}
function literal(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'string' || typeof v === 'boolean')
        return JSON.stringify(v);
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return undefined;
}
function union(parts) {
    const unique = [...new Set(parts)];
    if (unique.includes('unknown'))
        return 'unknown';
    return unique.length === 0 ? 'never' : unique.join(' | ');
}
/** Parenthesize a union or intersection that is not already enclosed (outside strings and brackets). */
function wrap(t) {
    if (!/[|&]/.test(t))
        return t;
    let depth = 0;
    for (let i = 0; i < t.length; i++) {
        const c = t[i];
        if (c === '/' && t[i + 1] === '*') {
            const end = t.indexOf('*/', i + 2);
            i = end === -1 ? t.length : end + 1;
        }
        else if (c === '"') {
            for (i++; i < t.length && t[i] !== '"'; i++)
                if (t[i] === '\\')
                    i++;
        }
        else if (c === '{' || c === '(' || c === '[')
            depth++;
        else if (c === '}' || c === ')' || c === ']')
            depth--;
        else if (depth === 0 && (c === '|' || c === '&'))
            return `(${t})`;
    }
    return t;
}
function isEmpty(s) {
    return Object.keys(s).every((k) => ['description', 'title', 'default', 'readOnly', 'writeOnly', 'deprecated'].includes(k));
}
function tsType(schema, ctx, depth = 0) {
    if (typeof schema !== 'object' || schema === null)
        return 'unknown';
    const s = schema;
    const name = (0,generate_schema/* refName */.P7)(s);
    if (name)
        return ctx.refPrefix + name;
    if (isEmpty(s))
        return 'unknown';
    if (s.not && Object.keys(s).length === 1)
        return isEmpty(s.not) ? 'never' : 'unknown';
    if ('const' in s)
        return literal(s.const) ?? 'unknown';
    if (Array.isArray(s.enum)) {
        const lits = s.enum.map(literal);
        if (lits.every((l) => l !== undefined))
            return union(lits);
    }
    const parts = [];
    const base = baseType(s, ctx, depth);
    if (base)
        parts.push(base);
    for (const key of ['oneOf', 'anyOf']) {
        const list = s[key];
        if (Array.isArray(list))
            parts.push(union(list.map((x) => tsType(x, ctx, depth))));
    }
    if (Array.isArray(s.allOf))
        for (const x of s.allOf)
            parts.push(tsType(x, ctx, depth));
    const meaningful = parts.filter((p) => p !== 'unknown');
    if (meaningful.length === 0)
        return 'unknown';
    if (meaningful.length === 1)
        return meaningful[0];
    return meaningful.map(wrap).join(' & ');
}
function baseType(s, ctx, depth) {
    let types;
    if (Array.isArray(s.type))
        types = s.type.filter((t) => typeof t === 'string');
    else if (typeof s.type === 'string')
        types = [s.type];
    else if (s.properties || s.additionalProperties !== undefined)
        types = ['object'];
    else if (s.items || s.prefixItems)
        types = ['array'];
    else
        return undefined;
    const out = types.map((t) => {
        switch (t) {
            case 'string':
                return 'string';
            case 'integer':
            case 'number':
                return 'number';
            case 'boolean':
                return 'boolean';
            case 'null':
                return 'null';
            case 'array':
                return arrayType(s, ctx, depth);
            case 'object':
                return objectType(s, ctx, depth);
            default:
                return 'unknown';
        }
    });
    return union(out);
}
function arrayType(s, ctx, depth) {
    if (Array.isArray(s.prefixItems))
        return 'unknown[]';
    const item = s.items === undefined ? 'unknown' : tsType(s.items, ctx, depth);
    return `${wrap(item)}[]`;
}
function objectType(s, ctx, depth) {
    const props = (s.properties ?? {});
    const names = Object.keys(props);
    const required = new Set(Array.isArray(s.required) ? s.required : []);
    const extra = s.additionalProperties;
    if (names.length === 0) {
        if (extra === false)
            return 'Record<string, never>';
        const value = typeof extra === 'object' && extra !== null ? tsType(extra, ctx, depth + 1) : 'unknown';
        return `{ [key: string]: ${value} }`;
    }
    const pad = '  '.repeat(depth + 1);
    const lines = names.map((n) => {
        const p = props[n];
        const doc = docComment(typeof p?.description === 'string' ? p.description : undefined, pad);
        return `${doc}${pad}${(0,generate_names/* propertyKey */.r_)(n)}${required.has(n) ? '' : '?'}: ${tsType(p, ctx, depth + 1)};`;
    });
    if (extra !== undefined && extra !== false)
        lines.push(`${pad}[key: string]: unknown;`);
    return `{\n${lines.join('\n')}\n${'  '.repeat(depth)}}`;
}

;// CONCATENATED MODULE: ./src/routes/generate/contract.ts



const S = { refPrefix: 'S.' };
function typesFile(model) {
    const out = [];
    for (const [name, schema] of model.registry.definitions) {
        const doc = typeof schema.description === 'string' ? schema.description : undefined;
        out.push(`${docComment(doc, '')}export type ${name} = ${tsType(schema, { refPrefix: '' })};\n`);
    }
    if (out.length === 0)
        out.push('export {};\n');
    return out.join('\n');
}
function paramsType(op, where) {
    const params = op.params.filter((p) => p.in === where);
    if (params.length === 0)
        return 'Record<string, never>';
    const lines = params.map((p) => `${docComment(p.description, '  ')}  ${(0,generate_names/* propertyKey */.r_)(p.key)}${p.required ? '' : '?'}: ${tsType(p.schema, S, 1)};`);
    return `{\n${lines.join('\n')}\n}`;
}
function statusType(status) {
    return /^\d{3}$/.test(status) ? status : 'number';
}
function responseType(r) {
    const body = r.schema !== undefined ? `body: ${tsType(r.schema, S, 1)};` : r.mediaType ? 'body: unknown;' : 'body?: undefined;';
    let headers = 'headers?: Record<string, unknown>;';
    if (r.headers.length > 0) {
        const required = r.headers.some((h) => h.required);
        const lines = r.headers.map((h) => `    ${(0,generate_names/* propertyKey */.r_)(h.name)}${h.required ? '' : '?'}: ${tsType(h.schema, S, 2)};`);
        headers = `headers${required ? '' : '?'}: {\n${lines.join('\n')}\n    [name: string]: unknown;\n  };`;
    }
    return `{\n${docComment(r.description, '  ')}  status: ${statusType(r.status)};\n  ${body}\n  ${headers}\n}`;
}
/** The typed parts of one operation's handler contract, as operations.ts writes them. */
function contractParts(op) {
    const parts = {
        'path params': paramsType(op, 'path'),
        query: paramsType(op, 'query'),
        headers: paramsType(op, 'header'),
    };
    if (op.body) {
        const t = op.body.schema !== undefined ? tsType(op.body.schema, S) : 'unknown';
        parts.body = op.body.required ? t : `${t} | undefined`;
    }
    for (const r of op.responses)
        parts[`response ${r.status}`] = responseType(r);
    return parts;
}
function operationsFile(model) {
    const out = [
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
        out.push(`export type ${T}Handler = (\n  request: HandlerRequest<${T}Params, ${T}Query, ${T}Headers, ${T}Body>,\n  raw: RawContext,\n) => ${T}Response | Promise<${T}Response>;\n`);
    }
    out.push(`/** Every operation's handler: what handlers/*.ts must export. */`);
    out.push(`export interface Handlers {`);
    for (const op of model.operations)
        out.push(`  ${op.id}: ${op.typeName}Handler;`);
    out.push(`}\n`);
    if (out.some((l) => l.includes('HandlerResultAny'))) {
        out.push(`export type HandlerResultAny = { status: number; body?: unknown; headers?: Record<string, unknown> };\n`);
    }
    return out.join('\n');
}
function requestsFile(model, validators) {
    const out = [
        `import type { OperationSpec } from './runtime.js';`,
        `import * as P from './validate-params.js';`,
        `import * as B from './validate-body.js';`,
        '',
    ];
    for (const op of model.operations) {
        const routeNames = (0,generate_model/* routeParamNames */.hO)(op);
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
        out.push(`export const ${op.id}: OperationSpec = {\n  id: ${JSON.stringify(op.id)},\n  method: '${op.method}',\n  path: ${JSON.stringify(op.path)},\n  params: [${params.join(', ')}],${body}\n  validate: { ${validate.join(', ')} },\n};\n`);
    }
    if (model.operations.length === 0)
        out.push('export {};\n');
    return out.join('\n');
}


/***/ }),

/***/ 74919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ expressFiles)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80572);
/** Express 5: a Router per spec, express.json() for bodies, one error middleware for the envelope. */

/** path-to-regexp 8 reserves these characters in literal parts. */
const escapeLiteral = (s) => s.replace(/[()[\]?+!{}*:\\]/g, (c) => `\\${c}`);
function expressFiles(model) {
    const routes = [...model.operations].sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .routeOrder */ .sG).map((op) => {
        const path = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .colonPath */ .Bb)(op, escapeLiteral);
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


/***/ }),

/***/ 44155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ fastifyFiles)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80572);
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62282);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33850);
/**
 * Fastify 5: an encapsulated plugin. Each route carries its JSON schemas (Fastify's idiom, for
 * @fastify/swagger and friends) and a route-level validatorCompiler that hands Fastify the
 * validators compiled ahead of time, so nothing is compiled at startup.
 */



/** find-my-way reads `:` as a parameter: a literal colon is written `::`. */
const escapeLiteral = (s) => s.replace(/:/g, '::');
function fastifyFiles(model) {
    const schemas = [];
    const routes = [];
    for (const op of model.operations) {
        const parts = [];
        const path = (0,_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .paramsSchema */ .cx)(op, 'path');
        if (path) {
            // Fastify sees the route's own parameter names (`{enterprise-or-org}` is `:p0` in the URL).
            const names = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .routeParamNames */ .hO)(op);
            const props = path.properties;
            const renamed = {};
            for (const [k, v] of Object.entries(props))
                renamed[names.get(k) ?? k] = v;
            parts.push(`params: ${JSON.stringify({ ...path, properties: renamed, required: Object.keys(renamed) })}`);
        }
        const query = (0,_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .paramsSchema */ .cx)(op, 'query');
        if (query)
            parts.push(`querystring: ${JSON.stringify(query)}`);
        const headers = (0,_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .paramsSchema */ .cx)(op, 'header');
        if (headers)
            parts.push(`headers: ${JSON.stringify(headers)}`);
        if (op.body?.schema)
            parts.push(`body: ${JSON.stringify((0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .forValidation */ .v_)(op.body.schema))}`);
        else if (op.body)
            parts.push(`body: {}`);
        schemas.push(`export const ${op.id} = { ${parts.join(', ')} };`);
        routes.push(`  app.route({ method: '${op.method.toUpperCase()}', url: ${JSON.stringify((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .colonPath */ .Bb)(op, escapeLiteral))}, schema: schemas.${op.id}, validatorCompiler: precompiled(R.${op.id}), handler: handle(R.${op.id}, handlers.${op.id}) });`);
    }
    const defs = {};
    for (const [name, schema] of model.registry.definitions)
        defs[name] = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .forValidation */ .v_)(schema);
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
  app.addSchema(schemas.${_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFS_ID */ .zS});
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
            'schemas.ts': `// Route schemas for Fastify (documentation and plugins such as @fastify/swagger); validation uses validate-*.ts.\nexport const ${_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFS_ID */ .zS} = ${JSON.stringify({ $id: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFS_ID */ .zS, $defs: defs })};\n\n${schemas.join('\n')}\n`,
        },
    };
}


/***/ }),

/***/ 65118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ koaFiles)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80572);
/** Koa 3 with @koa/router: one router, @koa/bodyparser for JSON bodies, errors answered per route. */

/** @koa/router 15 uses path-to-regexp 8, which reserves these characters in literal parts. */
const escapeLiteral = (s) => s.replace(/[()[\]?+!{}*:\\]/g, (c) => `\\${c}`);
function koaFiles(model) {
    const routes = [...model.operations].sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .routeOrder */ .sG).map((op) => {
        const path = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .colonPath */ .Bb)(op, escapeLiteral);
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


/***/ }),

/***/ 80572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ colonPath),
/* harmony export */   hO: () => (/* binding */ routeParamNames),
/* harmony export */   sG: () => (/* binding */ routeOrder),
/* harmony export */   yK: () => (/* binding */ buildModel)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32284);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74089);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33850);



const JSON_MEDIA = /^application\/(?:[\w.-]+\+)?json\b|^\*\/\*$/i;
function buildModel(spec) {
    const registry = new _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .SchemaRegistry */ .tI(spec);
    const ops = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .listOperations */ .RT)(spec);
    const names = new _names_js__WEBPACK_IMPORTED_MODULE_1__/* .NameTable */ .K3();
    const typeNames = new _names_js__WEBPACK_IMPORTED_MODULE_1__/* .NameTable */ .K3(['Handlers', 'HandlerRequest', 'RawContext']);
    const operations = [];
    for (const op of ops.values()) {
        const value = op.node.value;
        const operationId = typeof value.operationId === 'string' ? value.operationId : undefined;
        const id = names.claim((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .camelCase */ .xQ)(operationId ?? `${op.method} ${op.path.replace(/[{}]/g, ' by ')}`));
        const tags = Array.isArray(value.tags) ? value.tags.filter((t) => typeof t === 'string') : [];
        const params = [];
        for (const p of (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .operationParameters */ .cO)(spec, op).values()) {
            const gp = parameter(spec, registry, p);
            if (gp)
                params.push(gp);
        }
        operations.push({
            id,
            typeName: typeNames.claim((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalCase */ .fL)(id)),
            operationId,
            method: op.method,
            path: op.path,
            label: op.label,
            summary: typeof value.summary === 'string' ? value.summary : undefined,
            deprecated: value.deprecated === true,
            group: (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .kebabCase */ .kW)(tags[0] ?? 'default'),
            params,
            body: requestBody(spec, registry, op.node),
            responses: responses(spec, registry, op.node),
        });
    }
    const info = spec.root.data.info;
    return {
        title: typeof info?.title === 'string' ? info.title : 'API',
        version: typeof info?.version === 'string' ? info.version : '',
        operations,
        registry,
    };
}
function parameter(spec, registry, p) {
    const v = p.value;
    const where = v.in;
    if (where !== 'path' && where !== 'query' && where !== 'header')
        return undefined; // cookies: not validated
    const name = String(v.name);
    let schema = {};
    const schemaNode = spec.child(p, 'schema');
    if (schemaNode)
        schema = registry.convert(schemaNode);
    else {
        const content = spec.child(p, 'content');
        const first = content && typeof content.value === 'object' ? Object.keys(content.value)[0] : undefined;
        const media = first ? spec.child(content, first) : undefined;
        const s = media ? spec.child(spec.deref(media), 'schema') : undefined;
        if (s)
            schema = registry.convert(s);
    }
    const style = typeof v.style === 'string' ? v.style : where === 'query' ? 'form' : 'simple';
    const explode = typeof v.explode === 'boolean' ? v.explode : style === 'form';
    const isArray = typeOf(spec, registry, schema) === 'array';
    let split;
    if (isArray) {
        if (style === 'spaceDelimited')
            split = ' ';
        else if (style === 'pipeDelimited')
            split = '|';
        else if (style === 'simple' || !explode)
            split = ',';
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
function typeOf(spec, registry, schema) {
    let s = schema;
    for (let i = 0; i < 8 && typeof s.$ref === 'string'; i++) {
        s = registry.definitions.get(String(s.$ref).replace(/^.*\//, '')) ?? {};
    }
    return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
}
function pickMedia(content) {
    const types = Object.keys(content);
    return types.find((t) => JSON_MEDIA.test(t)) ?? types[0];
}
function requestBody(spec, registry, op) {
    const rb = spec.child(op, 'requestBody');
    if (!rb)
        return undefined;
    const body = spec.deref(rb);
    const content = spec.child(body, 'content');
    if (!content || typeof content.value !== 'object' || content.value === null)
        return undefined;
    const mediaType = pickMedia(content.value);
    if (!mediaType)
        return undefined;
    const required = body.value.required === true;
    if (!JSON_MEDIA.test(mediaType))
        return { required, mediaType };
    const media = spec.deref(spec.child(content, mediaType));
    const schemaNode = spec.child(media, 'schema');
    return { required, mediaType, schema: schemaNode ? registry.convert(schemaNode) : {} };
}
function responses(spec, registry, op) {
    const out = [];
    const list = spec.child(op, 'responses');
    if (!list || typeof list.value !== 'object' || list.value === null)
        return out;
    for (const status of Object.keys(list.value)) {
        if (!/^([1-5](\d\d|XX)|default)$/i.test(status))
            continue;
        const r = spec.deref(spec.child(list, status));
        if (typeof r.value !== 'object' || r.value === null)
            continue;
        const res = {
            status: status.toUpperCase() === status ? status : status.toUpperCase(),
            description: typeof r.value.description === 'string' ? r.value.description : undefined,
            headers: [],
        };
        const content = spec.child(r, 'content');
        const mediaType = content && typeof content.value === 'object' ? pickMedia(content.value) : undefined;
        if (content && mediaType) {
            res.mediaType = mediaType;
            if (JSON_MEDIA.test(mediaType)) {
                const media = spec.deref(spec.child(content, mediaType));
                const schemaNode = spec.child(media, 'schema');
                res.schema = schemaNode ? registry.convert(schemaNode) : {};
            }
        }
        const headers = spec.child(r, 'headers');
        if (headers && typeof headers.value === 'object' && headers.value !== null) {
            for (const name of Object.keys(headers.value)) {
                const h = spec.deref(spec.child(headers, name));
                if (typeof h.value !== 'object' || h.value === null)
                    continue;
                const s = spec.child(h, 'schema');
                res.headers.push({ name, required: h.value.required === true, schema: s ? registry.convert(s) : {} });
            }
        }
        out.push(res);
    }
    return out;
}
/** Route parameter names every router accepts (`{enterprise-or-org}` → `p0`), keyed by spec name. */
function routeParamNames(op) {
    const out = new Map();
    let i = 0;
    for (const m of op.path.matchAll(/\{([^}]+)\}/g)) {
        out.set(m[1], (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentifier */ ._5)(m[1]) ? m[1] : `p${i}`);
        i++;
    }
    return out;
}
/** `/users/{id}` → `/users/:id` (Express 5, Koa router, Fastify), literal parts escaped for path-to-regexp 8. */
function colonPath(op, escape = (s) => s) {
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
function routeOrder(a, b) {
    const ka = shape(a.path);
    const kb = shape(b.path);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function shape(p) {
    return p
        .split('/')
        .map((seg) => (seg.includes('{') ? '1' : '0'))
        .join('');
}


/***/ }),

/***/ 74089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ NameTable),
/* harmony export */   _5: () => (/* binding */ isIdentifier),
/* harmony export */   fL: () => (/* binding */ pascalCase),
/* harmony export */   kW: () => (/* binding */ kebabCase),
/* harmony export */   r_: () => (/* binding */ propertyKey),
/* harmony export */   xQ: () => (/* binding */ camelCase)
/* harmony export */ });
/**
 * Identifiers for generated code: stable (derived from the spec's own names, never from
 * visiting order) and meaningful (`repos/get-content` → `reposGetContent`, `simple-user` → `SimpleUser`).
 */
const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await any unknown never object string ' +
    'number boolean symbol bigint undefined type').split(' '));
function words(text) {
    return text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
}
function pascalCase(text) {
    const out = words(text)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
    if (out === '')
        return 'Unnamed';
    return /^[0-9]/.test(out) ? `T${out}` : out;
}
function camelCase(text) {
    const p = pascalCase(text);
    const out = p[0].toLowerCase() + p.slice(1);
    return RESERVED.has(out) ? `${out}Op` : out;
}
/** `users`, `code-scanning`: a file name for a tag. */
function kebabCase(text) {
    return (words(text)
        .map((w) => w.toLowerCase())
        .join('-') || 'default');
}
function isIdentifier(name) {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name);
}
/** A property key as TypeScript source: bare when it can be. */
function propertyKey(name) {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
/** Hands out names, adding a numeric suffix only when two different things want the same one. */
class NameTable {
    taken = new Set();
    constructor(reserved = []) {
        for (const r of reserved)
            this.taken.add(r);
    }
    claim(wanted, ...fallbacks) {
        for (const name of [wanted, ...fallbacks]) {
            if (!this.taken.has(name)) {
                this.taken.add(name);
                return name;
            }
        }
        for (let i = 2;; i++) {
            const name = `${wanted}${i}`;
            if (!this.taken.has(name)) {
                this.taken.add(name);
                return name;
            }
        }
    }
}


/***/ }),

/***/ 33850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P7: () => (/* binding */ refName),
/* harmony export */   tI: () => (/* binding */ SchemaRegistry),
/* harmony export */   v_: () => (/* binding */ forValidation),
/* harmony export */   zS: () => (/* binding */ DEFS_ID)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS, refTo */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74089);
/**
 * OpenAPI schemas (3.0 and 3.1) → plain JSON Schema that Ajv and the type emitter both read.
 * Every `$ref` becomes a named definition (`defs#/$defs/SimpleUser`), so circular schemas and
 * multi-file specs need no inlining. Tolerates what real specs contain: `nullable` without a
 * `type` (rewritten to a union with null), 3.0's boolean `exclusiveMinimum`, `example`,
 * `required` on arrays, and discriminators that map to non-objects (dropped: oneOf still validates).
 */


const DEFS_ID = 'defs';
const REF_PREFIX = `${DEFS_ID}#/$defs/`;
/** Keywords kept as they are (validation and the annotations the types use). */
const COPIED = new Set([
    'type',
    'enum',
    'const',
    'format',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minLength',
    'maxLength',
    'pattern',
    'minItems',
    'maxItems',
    'uniqueItems',
    'minProperties',
    'maxProperties',
    'default',
    'description',
    'title',
    'readOnly',
    'writeOnly',
    'deprecated',
    'contentMediaType',
    'contentEncoding',
    'dependentRequired',
]);
const SUBSCHEMA = new Set([
    'items',
    'not',
    'additionalItems',
    'contains',
    'propertyNames',
    'if',
    'then',
    'else',
    'unevaluatedProperties',
    'unevaluatedItems',
    'additionalProperties',
]);
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);
/** Dropped when the schema only serves validation: it makes the compiled code smaller. */
const ANNOTATIONS = new Set(['description', 'title', 'readOnly', 'writeOnly', 'deprecated']);
function refName(schema) {
    const ref = schema.$ref;
    return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : undefined;
}
function refTo(name) {
    return { $ref: REF_PREFIX + name };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
class SchemaRegistry {
    spec;
    /** Definition name → normalized schema, in the order names were given. */
    definitions = new Map();
    /** Names of `components.schemas` of the root file (what the user calls "all schemas"). */
    componentNames = [];
    byTarget = new Map();
    names = new _names_js__WEBPACK_IMPORTED_MODULE_1__/* .NameTable */ .K3();
    pending = [];
    is30;
    constructor(spec) {
        this.spec = spec;
        this.is30 = spec.version.startsWith('3.0');
        // Component names first, so they keep their own names whatever else the spec holds.
        const root = { value: spec.root.data, file: spec.root, pointer: '' };
        const schemas = spec.child(spec.child(root, 'components') ?? root, 'schemas');
        if (schemas && isObject(schemas.value) && spec.child(root, 'components')) {
            for (const key of Object.keys(schemas.value)) {
                this.componentNames.push(this.nameFor(spec.child(schemas, key), (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalCase */ .fL)(key)));
            }
            this.drain();
        }
    }
    /** Normalize one schema (and, through it, every definition it reaches). */
    convert(node) {
        const out = this.convertNode(node);
        this.drain();
        return out;
    }
    drain() {
        while (this.pending.length > 0) {
            const [name, node] = this.pending.shift();
            this.definitions.set(name, this.convertNode(node));
        }
    }
    nameFor(target, wanted) {
        const id = `${target.file.id}#${target.pointer}`;
        const known = this.byTarget.get(id);
        if (known)
            return known;
        const m = /^\/components\/schemas\/([^/]+)$/.exec(target.pointer);
        const base = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalCase */ .fL)(node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(target.file.id).replace(/\.(ya?ml|json)$/i, ''));
        const own = wanted ?? (m ? (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalCase */ .fL)(m[1]) : target.pointer === '' ? base : (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalCase */ .fL)(lastSegment(target.pointer)));
        const name = this.names.claim(own, `${base}${own}`);
        this.byTarget.set(id, name);
        this.definitions.set(name, {});
        this.pending.push([name, target]);
        return name;
    }
    convertNode(node) {
        const v = node.value;
        if (v === true || v === false)
            return v ? {} : { not: {} };
        if (!isObject(v))
            return {};
        if (typeof v.$ref === 'string') {
            const target = this.spec.deref(node);
            if (target.value === v)
                return {};
            const ref = refTo(this.nameFor(target));
            return v.nullable === true ? { anyOf: [ref, { type: 'null' }] } : ref;
        }
        const out = {};
        for (const key of Object.keys(v)) {
            const value = v[key];
            if (COPIED.has(key))
                out[key] = value;
            else if (key === 'required') {
                if (Array.isArray(value) && value.every((s) => typeof s === 'string') && value.length > 0)
                    out.required = value;
            }
            else if (SUBSCHEMA.has(key)) {
                if (key === 'items' && Array.isArray(value)) {
                    out.prefixItems = value.map((_, i) => this.convertNode(this.spec.child(this.spec.child(node, key), i)));
                }
                else if (typeof value === 'boolean')
                    out[key] = value;
                else if (isObject(value))
                    out[key] = this.convertNode(this.spec.child(node, key));
            }
            else if (SUBSCHEMA_LIST.has(key)) {
                if (Array.isArray(value) && value.length > 0) {
                    const list = this.spec.child(node, key);
                    out[key] = value.map((_, i) => this.convertNode(this.spec.child(list, i)));
                }
            }
            else if (SUBSCHEMA_MAP.has(key)) {
                if (isObject(value)) {
                    const map = this.spec.child(node, key);
                    const props = {};
                    for (const name of Object.keys(value))
                        props[name] = this.convertNode(this.spec.child(map, name));
                    out[key] = props;
                }
            }
            // Everything else (example(s), xml, externalDocs, discriminator, x-*) is documentation.
        }
        if (this.is30)
            fixExclusiveBounds(out);
        if (v.nullable === true || (this.is30 && v['x-nullable'] === true))
            return makeNullable(out);
        return out;
    }
}
function lastSegment(pointer) {
    const parts = pointer.split('/');
    return parts[parts.length - 1].replace(/~1/g, '/').replace(/~0/g, '~');
}
/** 3.0 (draft 4) `exclusiveMinimum: true` beside `minimum` → draft 6+ numeric form. */
function fixExclusiveBounds(s) {
    for (const [flag, bound] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum'],
    ]) {
        if (s[flag] === true && typeof s[bound] === 'number') {
            s[flag] = s[bound];
            delete s[bound];
        }
        else if (typeof s[flag] === 'boolean')
            delete s[flag];
    }
}
/** `nullable: true` → `type: [T, 'null']` when there is a type, else a union with null. */
function makeNullable(s) {
    if (Array.isArray(s.enum) && !s.enum.includes(null))
        s.enum = [...s.enum, null];
    if (typeof s.type === 'string') {
        s.type = [s.type, 'null'];
        if (!s.allOf && !s.anyOf && !s.oneOf)
            return s;
    }
    else if (Array.isArray(s.type)) {
        if (!s.type.includes('null'))
            s.type = [...s.type, 'null'];
        if (!s.allOf && !s.anyOf && !s.oneOf)
            return s;
    }
    const keys = Object.keys(s).filter((k) => !ANNOTATIONS.has(k) && k !== 'default');
    if (keys.length === 0)
        return s; // any value, null included
    const meta = {};
    const rest = {};
    for (const [k, val] of Object.entries(s))
        (ANNOTATIONS.has(k) ? meta : rest)[k] = val;
    if (Array.isArray(rest.type))
        rest.type = rest.type.filter((t) => t !== 'null');
    return { ...meta, anyOf: [rest, { type: 'null' }] };
}
/** A copy without annotations, for the validators. */
function forValidation(schema) {
    if (Array.isArray(schema))
        return schema.map(forValidation);
    if (!isObject(schema))
        return schema;
    const out = {};
    for (const [k, val] of Object.entries(schema)) {
        if (ANNOTATIONS.has(k))
            continue;
        if (k === 'enum' || k === 'const' || k === 'default')
            out[k] = val;
        else if (k === 'properties' || k === 'patternProperties' || k === 'dependentSchemas') {
            const props = {};
            for (const [name, sub] of Object.entries(val))
                props[name] = forValidation(sub);
            out[k] = props;
        }
        else
            out[k] = forValidation(val);
    }
    return out;
}


/***/ }),

/***/ 62282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ compileResponseValidators),
  TJ: () => (/* binding */ compileValidators),
  cx: () => (/* binding */ paramsSchema)
});

// EXTERNAL MODULE: ../../work/main/node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(67615);
// EXTERNAL MODULE: ../../work/main/node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(18514);
// EXTERNAL MODULE: ../../work/main/node_modules/ajv/dist/standalone/index.js
var standalone = __webpack_require__(6390);
var standalone_default = /*#__PURE__*/__webpack_require__.n(standalone);
;// CONCATENATED MODULE: ./src/routes/generate/formats.ts
const FORMATS = {
    date: /^\d\d\d\d-[0-1]\d-[0-3]\d$/,
    'date-time': /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
    time: /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    'uri-reference': /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    byte: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
    int32: { type: 'number', validate: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 },
    int64: { type: 'number', validate: (n) => Number.isInteger(n) },
};
/** `const __formats = {...}`: the non-RegExp formats as source (Ajv inlines the RegExps itself). */
function formatsSource() {
    const entries = Object.entries(FORMATS)
        .filter(([, def]) => !(def instanceof RegExp))
        .map(([name, def]) => {
        const d = def;
        return `  ${JSON.stringify(name)}: { type: ${JSON.stringify(d.type)}, validate: ${d.validate.toString()} },`;
    });
    return `const __formats = {\n${entries.join('\n')}\n};\n`;
}

// EXTERNAL MODULE: ./src/routes/generate/schema.ts
var generate_schema = __webpack_require__(33850);
;// CONCATENATED MODULE: ./src/routes/generate/validators.ts
/**
 * Request validators compiled ahead of time with Ajv's standalone mode: the generated app
 * imports plain functions and does no spec parsing or schema compiling when it starts.
 * Two modules: parameters (strings from the URL and headers, coerced to the declared types,
 * defaults applied) and JSON bodies (no coercion: `"1"` is not a number in JSON).
 */






const PART_SUFFIX = {
    path: 'path',
    query: 'query',
    header: 'headers',
    body: 'body',
};
function paramsSchema(op, where) {
    const params = op.params.filter((p) => p.in === where);
    if (params.length === 0)
        return undefined;
    const properties = {};
    for (const p of params)
        properties[p.key] = (0,generate_schema/* forValidation */.v_)(p.schema);
    const required = params.filter((p) => p.required).map((p) => p.key);
    return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}
function makeAjv(version, options) {
    const all = {
        strict: false,
        allErrors: true,
        inlineRefs: false,
        unicodeRegExp: false,
        logger: false,
        formats: { ...FORMATS },
        code: { source: true, esm: true, lines: false, formats: (0,ajv._) `__formats` },
        ...options,
    };
    return version.startsWith('3.1') ? new _2020.Ajv2020(all) : new ajv.Ajv(all);
}
/** Every format name the schemas use that we do not check is declared, so Ajv accepts it. */
function collectFormats(value, into) {
    if (Array.isArray(value))
        for (const v of value)
            collectFormats(v, into);
    else if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value)) {
            if (k === 'format' && typeof v === 'string')
                into.add(v);
            else if (k !== 'enum' && k !== 'const' && k !== 'default')
                collectFormats(v, into);
        }
    }
}
function compileValidators(model, version) {
    const defs = {};
    for (const [name, schema] of model.registry.definitions)
        defs[name] = (0,generate_schema/* forValidation */.v_)(schema);
    const defsSchema = { $id: generate_schema/* DEFS_ID */.zS, $defs: defs };
    const used = new Set();
    collectFormats(defs, used);
    const parts = [];
    for (const op of model.operations) {
        for (const where of ['path', 'query', 'header']) {
            const schema = paramsSchema(op, where);
            if (schema)
                parts.push({ id: `${op.id}_${PART_SUFFIX[where]}`, part: where, op, schema });
        }
        if (op.body?.schema) {
            parts.push({ id: `${op.id}_body`, part: 'body', op, schema: (0,generate_schema/* forValidation */.v_)(op.body.schema) });
        }
    }
    for (const p of parts)
        collectFormats(p.schema, used);
    const ignored = {};
    for (const f of used)
        if (!(f in FORMATS))
            ignored[f] = true;
    const params = makeAjv(version, { coerceTypes: 'array', useDefaults: true });
    const body = makeAjv(version, {});
    for (const ajv of [params, body]) {
        for (const [name, def] of Object.entries(ignored))
            ajv.addFormat(name, def);
        ajv.addSchema(defsSchema);
    }
    const exports = new Map();
    const paramRefs = {};
    const bodyRefs = {};
    const skipped = [];
    for (const p of parts) {
        const ajv = p.part === 'body' ? body : params;
        try {
            ajv.addSchema({ ...p.schema, $id: p.id }, p.id);
            ajv.getSchema(p.id);
        }
        catch (e) {
            ajv.removeSchema(p.id);
            skipped.push(`${p.op.label} ${p.part}: ${e.message}`);
            continue;
        }
        (p.part === 'body' ? bodyRefs : paramRefs)[p.id] = p.id;
        const entry = exports.get(p.op.id) ?? {};
        entry[p.part] = p.id;
        exports.set(p.op.id, entry);
    }
    return {
        paramsSource: finish(standalone_default()["default"](params, paramRefs), 'parameters (path, query, headers; coerced)'),
        bodySource: finish(standalone_default()["default"](body, bodyRefs), 'JSON request bodies'),
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
function compileResponseValidators(model, version) {
    const defs = {};
    for (const [name, schema] of model.registry.definitions)
        defs[name] = (0,generate_schema/* forValidation */.v_)(schema);
    const used = new Set();
    collectFormats(defs, used);
    const parts = [];
    for (const op of model.operations) {
        for (const r of op.responses) {
            if (r.schema === undefined)
                continue; // set for JSON media types only
            const id = `${op.id}_${r.status.replace(/\W/g, '_')}_response`;
            parts.push({ id, op, status: r.status, schema: (0,generate_schema/* forValidation */.v_)(r.schema) });
        }
    }
    for (const p of parts)
        collectFormats(p.schema, used);
    const ajv = makeAjv(version, {});
    for (const f of used)
        if (!(f in FORMATS))
            ajv.addFormat(f, true);
    ajv.addSchema({ $id: generate_schema/* DEFS_ID */.zS, $defs: defs });
    const refs = {};
    const table = new Map();
    const skipped = [];
    for (const p of parts) {
        try {
            ajv.addSchema({ ...p.schema, $id: p.id }, p.id);
            ajv.getSchema(p.id);
        }
        catch (e) {
            ajv.removeSchema(p.id);
            skipped.push(`${p.op.label} response ${p.status}: ${e.message}`);
            continue;
        }
        refs[p.id] = p.id;
        const entry = table.get(p.op.id) ?? {};
        entry[p.status] = p.id;
        table.set(p.op.id, entry);
    }
    const lines = [...table].map(([op, byStatus]) => `  ${JSON.stringify(op)}: { ${Object.entries(byStatus)
        .map(([status, fn]) => `${JSON.stringify(status)}: ${fn}`)
        .join(', ')} },`);
    const source = finish(standalone_default()["default"](ajv, refs), 'JSON response bodies (opt-in, for tests)') +
        `\n/** Operation id → declared status → validator of its JSON body. */\nexport const responses = {\n${lines.join('\n')}\n};\n`;
    return { source, count: Object.keys(refs).length, skipped };
}
const RUNTIME_HELPERS = {
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
function finish(code, what) {
    const needed = new Set();
    const body = code
        .replace(/^"use strict";/, '')
        .replace(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g, (_m, name) => {
        if (!RUNTIME_HELPERS[name])
            throw new Error(`Ajv standalone code needs runtime helper '${name}'`);
        needed.add(name);
        return `__${name}`;
    });
    if (/\brequire\(/.test(body))
        throw new Error('Ajv standalone code still contains require()');
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


/***/ }),

/***/ 76564:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

};
