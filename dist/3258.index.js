export const id = 3258;
export const ids = [3258,6722,3719];
export const modules = {

/***/ 33258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareSpecWithCode: () => (/* binding */ compareSpecWithCode)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7207);
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40905);
/* harmony import */ var _extract_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30812);
/* harmony import */ var _extract_openapi_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23719);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32284);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86722);
/**
 * Spec ↔ code drift: the operations the spec documents against the routes the code registers
 * (from the static extractor). `{id}` ≡ `:id`, parameter names aside; a path prefix given in the
 * spec's first server URL (`servers: [{ url: /api/v1 }]`) is allowed for on the code side.
 */






function compareSpecWithCode(spec, code) {
    const ops = [...(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .listOperations */ .RT)(spec).values()];
    const basePath = serverBasePath(spec);
    const byKey = new Map();
    const byShape = new Map();
    const relative = (r) => basePath && (r.template === basePath || r.template.startsWith(basePath + '/'))
        ? r.template.slice(basePath.length) || '/'
        : r.template;
    for (const r of code.routes) {
        const key = (0,_extract_index_js__WEBPACK_IMPORTED_MODULE_2__.templateKey)(r.method, relative(r));
        push(byKey, key, r);
        push(byShape, shapeOf(key), r);
    }
    const findings = [];
    const rows = [];
    const documented = new Set();
    let implemented = 0;
    for (const op of ops) {
        const key = (0,_extract_index_js__WEBPACK_IMPORTED_MODULE_2__.templateKey)(op.method, op.path);
        const shape = shapeOf(key);
        const sameShape = byShape.get(shape) ?? [];
        const matches = [
            ...(byKey.get(key) ?? []),
            ...sameShape.filter((r) => r.method === 'ALL'),
            // Express, Fastify and @koa/router answer HEAD from a GET route.
            ...(op.method === 'head' ? (byKey.get((0,_extract_index_js__WEBPACK_IMPORTED_MODULE_2__.templateKey)('GET', op.path)) ?? []) : []),
        ];
        const at = specLocation(spec, op);
        if (matches.length === 0) {
            const others = sameShape.filter((r) => r.method !== op.method.toUpperCase());
            const hint = others.length > 0
                ? ` The code registers ${[...new Set(others.map((r) => r.method))].join(', ')} on this path (${where(others[0])}).`
                : '';
            findings.push({
                rule: _rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.notImplemented.id,
                severity: _rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.notImplemented.level,
                message: `${op.label} is documented (${at.text}) but no route in ${code.dir} registers it.${hint}`,
                location: { file: at.file, line: at.line, column: at.column, pointer: op.node.pointer },
                fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(_rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.notImplemented.id, key),
                fix: {
                    description: `Register ${op.method.toUpperCase()} ${toFrameworkPath(op.path)} in the code, or remove the operation from the spec (deprecate it first if clients call it).`,
                },
                data: { endpoint: op.label, spec: at.text },
            });
            rows.push([op.label, 'not implemented', at.text, '']);
            continue;
        }
        implemented++;
        for (const m of matches)
            documented.add(m);
        const route = matches[0];
        rows.push([op.label, 'implemented', at.text, where(route)]);
        findings.push(...parameterMismatches(spec, op, route, key, at.text));
    }
    for (const r of code.routes) {
        if (documented.has(r))
            continue;
        const key = (0,_extract_index_js__WEBPACK_IMPORTED_MODULE_2__.templateKey)(r.method, relative(r));
        // HEAD beside a documented GET is the framework's automatic answer.
        if (r.method === 'HEAD' && ops.some((o) => (0,_extract_index_js__WEBPACK_IMPORTED_MODULE_2__.templateKey)(o.method, o.path) === (0,_extract_index_js__WEBPACK_IMPORTED_MODULE_2__.templateKey)('GET', relative(r))))
            continue;
        if (r.method === 'ALL' && ops.some((o) => shapeOf((0,_extract_index_js__WEBPACK_IMPORTED_MODULE_2__.templateKey)(o.method, o.path)) === shapeOf(key)))
            continue;
        const snippet = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.stringify)({
            paths: (0,_extract_openapi_js__WEBPACK_IMPORTED_MODULE_3__.specFromRoutes)({ ...code, routes: [{ ...r, template: relative(r) }] }).paths,
        });
        findings.push({
            rule: _rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.undocumented.id,
            severity: _rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.undocumented.level,
            message: `${r.method} ${relative(r)} is registered in the code (${where(r)}) but the spec does not document it.`,
            location: { file: r.location.file, line: r.location.line, column: r.location.column },
            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(_rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.undocumented.id, key),
            fix: { description: 'Document it in the spec (a starting point, from the code):', text: snippet },
            data: { endpoint: `${r.method} ${relative(r)}`, code: where(r) },
        });
        rows.push([`${r.method} ${relative(r)}`, 'undocumented', '', where(r)]);
    }
    for (const u of code.unresolved) {
        findings.push({
            rule: _rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.unresolved.id,
            severity: _rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.unresolved.level,
            message: `${u.method ? `A ${u.method} route` : 'A route'} at ${u.location.file}:${u.location.line} cannot be checked against the spec: ${u.reason}${u.code ? ` (\`${u.code}\`)` : ''}.`,
            location: { file: u.location.file, line: u.location.line, column: u.location.column },
            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(_rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.unresolved.id, u.location.file, u.code, u.reason),
            fix: {
                description: 'Use a constant path (or a constant prefix) so it can be checked, or ignore this finding by fingerprint.',
            },
        });
    }
    return { findings, implemented, specOperations: ops.length, codeRoutes: code.routes.length, rows };
}
function parameterMismatches(spec, op, route, key, specAt) {
    const out = [];
    const add = (subject, message, fix) => out.push({
        rule: _rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.paramMismatch.id,
        severity: _rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.paramMismatch.level,
        message: `${op.label}: ${message} (spec ${specAt}, code ${where(route)}).`,
        location: { file: route.location.file, line: route.location.line, column: route.location.column },
        fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(_rules_js__WEBPACK_IMPORTED_MODULE_5__.DRIFT_RULES.paramMismatch.id, key, subject),
        fix: { description: fix },
        data: { endpoint: op.label, spec: specAt, code: where(route) },
    });
    const specNames = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const params = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .operationParameters */ .cO)(spec, op);
    specNames.forEach((name, i) => {
        const codeName = route.params[i];
        if (codeName !== undefined && codeName !== name) {
            add(`path:${i}`, `the spec names path parameter ${i + 1} '${name}', the code '${codeName}'`, `Use one name in both: rename {${name}} in the spec or :${codeName} in the code.`);
            return;
        }
        const specType = typeOf(params.get(`path:${name}`)?.value?.schema);
        const codeType = typeOf(propertiesOf(route.schemas?.params)[name]);
        if (specType && codeType && !compatible(specType, codeType)) {
            add(`path-type:${name}`, `path parameter '${name}' is ${specType} in the spec but ${codeType} in the code's schema`, 'Make the spec and the route schema agree on the type.');
        }
    });
    const query = route.schemas?.query;
    if (query) {
        const codeProps = propertiesOf(query);
        const codeRequired = new Set(Array.isArray(query.required) ? query.required : []);
        for (const name of Object.keys(codeProps)) {
            const p = params.get(`query:${name}`);
            if (!p && codeRequired.has(name)) {
                add(`query:${name}`, `the code requires query parameter '${name}', the spec does not document it`, `Document '${name}' (required) in the spec.`);
            }
            else if (p && codeRequired.has(name) && p.value.required !== true) {
                add(`query-required:${name}`, `query parameter '${name}' is required by the code but optional in the spec`, `Mark '${name}' required in the spec, or make it optional in the code.`);
            }
        }
        for (const [k, p] of params) {
            const [where, name] = [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)];
            if (where === 'query' &&
                p.value.required === true &&
                !(name in codeProps) &&
                query.additionalProperties === false) {
                add(`query-missing:${name}`, `the spec requires query parameter '${name}', the code's schema does not accept it`, `Accept '${name}' in the route's querystring schema, or drop it from the spec.`);
            }
        }
    }
    return out;
}
function serverBasePath(spec) {
    const servers = spec.root.data.servers;
    const url = Array.isArray(servers) ? servers[0]?.url : undefined;
    if (typeof url !== 'string' || url.includes('{'))
        return '';
    let p;
    try {
        p = new URL(url, 'http://base.invalid').pathname;
    }
    catch {
        return '';
    }
    const trimmed = p.replace(/\/+$/, '');
    return trimmed === '' ? '' : trimmed;
}
function specLocation(spec, op) {
    const pos = op.node.file.locate(op.node.pointer);
    return {
        file: op.node.file.display,
        line: pos?.line,
        column: pos?.column,
        text: pos ? `${op.node.file.display}:${pos.line}` : op.node.file.display,
    };
}
function shapeOf(key) {
    return key.slice(key.indexOf(' ') + 1);
}
function where(r) {
    return `${r.location.file}:${r.location.line}`;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function propertiesOf(schema) {
    const p = schema?.properties;
    return typeof p === 'object' && p !== null ? p : {};
}
function typeOf(schema) {
    if (typeof schema !== 'object' || schema === null)
        return undefined;
    const t = schema.type;
    if (typeof t === 'string')
        return t;
    if (Array.isArray(t))
        return t.filter((x) => x !== 'null').join('|') || undefined;
    return undefined;
}
/** An integer is a number; everything else must match. */
function compatible(spec, code) {
    return spec === code || (spec === 'number' && code === 'integer') || (spec === 'integer' && code === 'number');
}
function toFrameworkPath(template) {
    return template.replace(/\{([^}]+)\}/g, ':$1');
}


/***/ }),

/***/ 86722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DRIFT_RULES: () => (/* binding */ DRIFT_RULES),
/* harmony export */   DRIFT_RULE_LIST: () => (/* binding */ DRIFT_RULE_LIST)
/* harmony export */ });
const DRIFT_RULES = {
    undocumented: {
        id: 'route-undocumented',
        level: 'warning',
        doc: 'the code registers a route the spec does not document',
    },
    notImplemented: {
        id: 'route-not-implemented',
        level: 'error',
        doc: 'the spec documents an operation no route in the code registers',
    },
    paramMismatch: {
        id: 'route-param-mismatch',
        level: 'warning',
        doc: 'spec and code disagree on a parameter of the same route (name, type, required query parameter)',
    },
    unresolved: {
        id: 'route-unresolved',
        level: 'notice',
        doc: 'a route whose path is computed at run time, so it cannot be checked against the spec',
    },
};
const DRIFT_RULE_LIST = Object.values(DRIFT_RULES);


/***/ }),

/***/ 23719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   operationId: () => (/* binding */ operationId),
/* harmony export */   specFromRoutes: () => (/* binding */ specFromRoutes)
/* harmony export */ });
/** `app.all()` answers every method; a spec needs them spelled out. */
const ALL_METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** OpenAPI ignores header parameters by these names (they are described elsewhere). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
function specFromRoutes(result, info = {}) {
    const paths = {};
    const usedIds = new Set();
    const sorted = [...result.routes].sort((a, b) => a.template.localeCompare(b.template) || a.method.localeCompare(b.method));
    for (const route of sorted) {
        const methods = route.method === 'ALL' ? ALL_METHODS : [route.method.toLowerCase()];
        for (const method of methods) {
            const item = (paths[route.template] ??= {});
            if (item[method])
                continue;
            item[method] = operation(route, method, usedIds);
        }
    }
    return {
        openapi: '3.1.0',
        info: {
            title: info.title ?? 'API',
            version: info.version ?? '0.0.0',
            description: `Generated by backend-gate from the routes registered in ${result.dir} (${result.routes.length} routes${result.unresolved.length > 0 ? `; ${result.unresolved.length} could not be resolved statically` : ''}).`,
        },
        paths,
    };
}
function operation(route, method, usedIds) {
    const s = route.schemas ?? {};
    const parameters = [];
    const paramProps = propertiesOf(s.params);
    for (const name of route.params) {
        parameters.push({ name, in: 'path', required: true, schema: clean(paramProps[name] ?? { type: 'string' }) });
    }
    const queryRequired = new Set(requiredOf(s.query));
    for (const [name, schema] of Object.entries(propertiesOf(s.query))) {
        parameters.push({ name, in: 'query', required: queryRequired.has(name), schema: clean(schema) });
    }
    const headerRequired = new Set(requiredOf(s.headers));
    for (const [name, schema] of Object.entries(propertiesOf(s.headers))) {
        if (IGNORED_HEADERS.has(name.toLowerCase()))
            continue;
        parameters.push({ name, in: 'header', required: headerRequired.has(name), schema: clean(schema) });
    }
    const op = {
        operationId: uniqueId(operationId(method, route.template), usedIds),
        summary: `${method.toUpperCase()} ${route.path}`,
    };
    if (parameters.length > 0)
        op.parameters = parameters;
    if (s.body)
        op.requestBody = { required: true, content: { 'application/json': { schema: clean(s.body) } } };
    const responses = {};
    for (const [status, schema] of Object.entries(s.responses ?? {})) {
        const code = /^[1-5]xx$/i.test(status) ? status.toUpperCase() : status;
        responses[code] = { description: describeStatus(code), content: { 'application/json': { schema: clean(schema) } } };
    }
    if (Object.keys(responses).length === 0)
        responses['200'] = { description: 'Success (the code declares no response schema).' };
    op.responses = responses;
    op['x-source'] = `${route.location.file}:${route.location.line}`;
    return op;
}
function propertiesOf(schema) {
    const p = schema?.properties;
    return typeof p === 'object' && p !== null ? p : {};
}
function requiredOf(schema) {
    return Array.isArray(schema?.required) ? schema.required : [];
}
/** Drops what only makes sense inside the app: Fastify `$id`s and references to its shared schemas. */
function clean(schema) {
    if (Array.isArray(schema))
        return schema.map(clean);
    if (typeof schema !== 'object' || schema === null)
        return schema;
    const out = {};
    for (const [k, v] of Object.entries(schema)) {
        if (k === '$id')
            continue;
        if (k === '$ref' && typeof v === 'string' && !v.startsWith('#/components/')) {
            out.description = `Refers to the app's shared schema '${v}', not resolved statically.`;
            continue;
        }
        out[k] = clean(v);
    }
    return out;
}
/** `GET /api/v1/users/{userId}` → `getApiV1UsersByUserId`. */
function operationId(method, template) {
    const words = template
        .split('/')
        .filter(Boolean)
        .map((seg) => {
        const param = /^\{(.+)\}$/.exec(seg);
        return param ? `by ${param[1]}` : seg;
    })
        .join(' ')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
    const id = [method.toLowerCase(), ...words.map((w) => w[0].toUpperCase() + w.slice(1))].join('');
    return words.length === 0 ? `${method.toLowerCase()}Root` : id;
}
function uniqueId(id, used) {
    let out = id;
    for (let i = 2; used.has(out); i++)
        out = `${id}${i}`;
    used.add(out);
    return out;
}
function describeStatus(code) {
    const known = {
        '200': 'OK',
        '201': 'Created',
        '202': 'Accepted',
        '204': 'No Content',
        '400': 'Bad Request',
        '401': 'Unauthorized',
        '403': 'Forbidden',
        '404': 'Not Found',
        '409': 'Conflict',
        '422': 'Unprocessable Content',
        '500': 'Internal Server Error',
        default: 'Any other response',
    };
    return known[code] ?? `Status ${code}`;
}


/***/ })

};
