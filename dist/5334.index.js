export const id = 5334;
export const ids = [5334];
export const modules = {

/***/ 65334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generatedRoutesDiff: () => (/* binding */ generatedRoutesDiff),
/* harmony export */   generatedRoutesSection: () => (/* binding */ generatedRoutesSection)
/* harmony export */ });
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93316);
/* harmony import */ var _frameworks_express_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74919);
/* harmony import */ var _frameworks_fastify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44155);
/* harmony import */ var _frameworks_koa_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65118);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80572);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33850);
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62282);







const FRAMEWORK_FILES = {
    express: _frameworks_express_js__WEBPACK_IMPORTED_MODULE_1__/* .expressFiles */ .o,
    fastify: _frameworks_fastify_js__WEBPACK_IMPORTED_MODULE_2__/* .fastifyFiles */ .I,
    koa: _frameworks_koa_js__WEBPACK_IMPORTED_MODULE_3__/* .koaFiles */ .l,
};
function generatedRoutesDiff(baseSpec, headSpec, framework) {
    const baseModel = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .buildModel */ .yK)(baseSpec);
    const headModel = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .buildModel */ .yK)(headSpec);
    const base = generatedOperations(baseModel, framework);
    const head = generatedOperations(headModel, framework);
    const rows = [];
    for (const [key, h] of head) {
        const b = base.get(key);
        if (!b) {
            rows.push({ operation: key, handler: h.op.id, change: 'added', parts: Object.keys(h.contract) });
            continue;
        }
        const parts = [];
        if (b.op.id !== h.op.id)
            parts.push(`handler name (was ${b.op.id})`);
        if (b.route !== h.route)
            parts.push('route registration');
        for (const part of union(Object.keys(b.contract), Object.keys(h.contract))) {
            if (b.contract[part] !== h.contract[part])
                parts.push(changedPart(part, b.contract[part], h.contract[part]));
        }
        for (const part of union(Object.keys(b.validators), Object.keys(h.validators))) {
            if (b.validators[part] !== h.validators[part])
                parts.push(changedPart(`validator: ${part}`, b.validators[part], h.validators[part]));
        }
        for (const name of [...union([...b.schemas], [...h.schemas])].sort()) {
            const before = b.schemas.has(name) ? JSON.stringify(baseModel.registry.definitions.get(name)) : undefined;
            const after = h.schemas.has(name) ? JSON.stringify(headModel.registry.definitions.get(name)) : undefined;
            if (before !== undefined && after !== undefined && before !== after)
                parts.push(`schema ${name}`);
        }
        if (parts.length > 0)
            rows.push({ operation: key, handler: h.op.id, change: 'changed', parts });
    }
    for (const [key, b] of base) {
        if (!head.has(key))
            rows.push({ operation: key, handler: b.op.id, change: 'removed', parts: Object.keys(b.contract) });
    }
    const order = { removed: 0, changed: 1, added: 2 };
    return rows.sort((x, y) => order[x.change] - order[y.change] || x.operation.localeCompare(y.operation));
}
/**
 * The report's rendering of the rows: one table (operation, handler, change, parts) and, per
 * row, a details line, for the reporters to collapse.
 */
function generatedRoutesSection(rows, framework) {
    const count = (c) => rows.filter((r) => r.change === c).length;
    const summary = `Generated routes (${framework}): ${count('added')} gained, ${count('removed')} lost, ${count('changed')} changed`;
    return {
        table: {
            title: summary,
            columns: ['operation', 'handler', 'change', 'what changed in the generated code'],
            rows: rows.map((r) => [r.operation, r.handler, r.change, r.change === 'changed' ? r.parts.join(', ') : '']),
        },
        details: [
            summary,
            ...rows.map((r) => r.change === 'changed'
                ? `  ~ ${r.operation} (${r.handler}): ${r.parts.join(', ')}`
                : `  ${r.change === 'added' ? '+' : '-'} ${r.operation} (${r.handler})`),
        ],
    };
}
function generatedOperations(model, framework) {
    const routeLines = new Map();
    for (const line of FRAMEWORK_FILES[framework](model).routes.split('\n')) {
        const m = /R\.(\w+)[,)]/.exec(line);
        if (m)
            routeLines.set(m[1], line.split(m[1]).join('<handler>'));
    }
    const out = new Map();
    for (const op of model.operations) {
        const validators = {};
        for (const where of ['path', 'query', 'header']) {
            const schema = (0,_validators_js__WEBPACK_IMPORTED_MODULE_6__/* .paramsSchema */ .cx)(op, where);
            if (schema)
                validators[where === 'header' ? 'headers' : where] = JSON.stringify(schema);
        }
        if (op.body?.schema)
            validators.body = JSON.stringify((0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .forValidation */ .v_)(op.body.schema));
        out.set(`${op.method.toUpperCase()} ${op.path}`, {
            op,
            route: routeLines.get(op.id) ?? '',
            contract: (0,_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .contractParts */ .BF)(op),
            validators,
            schemas: usedSchemas(model, op),
        });
    }
    return out;
}
/** Every named schema an operation reaches through `$ref`, transitively. */
function usedSchemas(model, op) {
    const seen = new Set();
    const visit = (value) => {
        if (Array.isArray(value))
            for (const v of value)
                visit(v);
        else if (typeof value === 'object' && value !== null) {
            const name = (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .refName */ .P7)(value);
            if (name !== undefined && !seen.has(name)) {
                seen.add(name);
                visit(model.registry.definitions.get(name));
            }
            for (const v of Object.values(value))
                visit(v);
        }
    };
    for (const p of op.params)
        visit(p.schema);
    visit(op.body?.schema);
    for (const r of op.responses) {
        visit(r.schema);
        for (const h of r.headers)
            visit(h.schema);
    }
    return seen;
}
function changedPart(part, before, after) {
    if (before === undefined)
        return `${part} (new)`;
    if (after === undefined)
        return `${part} (gone)`;
    return part;
}
function union(a, b) {
    return new Set([...a, ...b]);
}


/***/ })

};
