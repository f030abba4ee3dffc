export const id = 4243;
export const ids = [4243];
export const modules = {

/***/ 24243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DIFF_RULES: () => (/* binding */ DIFF_RULES)
});

// EXTERNAL MODULE: ./src/routes/model.ts
var model = __webpack_require__(32284);
;// CONCATENATED MODULE: ./src/routes/diff/rules/operation-removed.ts

const operationRemoved = {
    id: 'operation-removed',
    level: 'error',
    doc: 'An operation that was not deprecated first was removed: every client calling it breaks.',
    fixHint: 'Keep the operation and mark it `deprecated: true` with an `x-sunset` date; remove it after that date.',
    check: (ctx) => ctx.removed
        .filter((op) => !(0,model/* isDeprecated */.oT)(op))
        .map((op) => ({
        operation: op,
        subject: [],
        message: `the operation was removed${op.node.value.operationId ? ` (operationId '${String(op.node.value.operationId)}')` : ''} without being deprecated first.`,
        base: op.node,
    })),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/operation-removed-before-sunset.ts

const operationRemovedBeforeSunset = {
    id: 'operation-removed-before-sunset',
    level: 'error',
    doc: 'A deprecated operation was removed before its announced `x-sunset` date.',
    fixHint: 'Keep the operation until its x-sunset date has passed, or announce an earlier date and wait for it.',
    check: (ctx) => ctx.removed
        .filter((op) => (0,model/* isDeprecated */.oT)(op) && ((0,model/* sunsetOf */.aD)(op) ?? '') > ctx.today)
        .map((op) => ({
        operation: op,
        subject: [],
        message: `the deprecated operation was removed before its sunset date ${(0,model/* sunsetOf */.aD)(op)}.`,
        base: op.node,
        data: { sunset: (0,model/* sunsetOf */.aD)(op) },
    })),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/deprecated-operation-removed.ts

const deprecatedOperationRemoved = {
    id: 'deprecated-operation-removed',
    level: 'notice',
    doc: 'A deprecated operation was removed after its sunset date (or it had none): the planned end of a deprecation.',
    fixHint: 'Nothing to fix; make sure the changelog mentions the removal.',
    check: (ctx) => ctx.removed
        .filter((op) => (0,model/* isDeprecated */.oT)(op) && !(((0,model/* sunsetOf */.aD)(op) ?? '') > ctx.today))
        .map((op) => ({
        operation: op,
        subject: [],
        message: `the deprecated operation was removed${(0,model/* sunsetOf */.aD)(op) ? ` (sunset ${(0,model/* sunsetOf */.aD)(op)})` : ''}.`,
        base: op.node,
    })),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/operation-added.ts
const operationAdded = {
    id: 'operation-added',
    level: 'notice',
    doc: 'A new operation was added.',
    fixHint: 'Nothing to fix; check that the implementation registers the route.',
    check: (ctx) => ctx.added.map((op) => ({
        operation: op,
        subject: [],
        message: `the operation was added${op.node.value.operationId ? ` (operationId '${String(op.node.value.operationId)}')` : ''}.`,
        head: op.node,
    })),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/operation-id-changed.ts
const operationIdChanged = {
    id: 'operation-id-changed',
    level: 'warning',
    doc: 'The operationId changed: generated clients rename the method, so their callers stop compiling.',
    fixHint: 'Keep the old operationId; rename only in a major version.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const from = op.base.node.value.operationId;
            const to = op.head.node.value.operationId;
            if (from === undefined || from === to)
                continue;
            hits.push({
                operation: op.head,
                subject: [String(from)],
                message: to === undefined
                    ? `operationId '${String(from)}' was removed.`
                    : `operationId changed from '${String(from)}' to '${String(to)}'.`,
                base: ctx.base.child(op.base.node, 'operationId'),
                head: ctx.head.child(op.head.node, 'operationId') ?? op.head.node,
                data: { from, to },
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/operation-deprecated.ts

const operationDeprecated = {
    id: 'operation-deprecated',
    level: 'notice',
    doc: 'An operation was marked deprecated; its x-sunset date (if any) is reported.',
    fixHint: 'Give it an `x-sunset: YYYY-MM-DD` date and tell clients what replaces it.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            if ((0,model/* isDeprecated */.oT)(op.base) || !(0,model/* isDeprecated */.oT)(op.head))
                continue;
            const sunset = (0,model/* sunsetOf */.aD)(op.head);
            hits.push({
                operation: op.head,
                subject: [],
                message: `the operation is now deprecated${sunset ? `, with sunset date ${sunset}` : ' (no x-sunset date given)'}.`,
                head: ctx.head.child(op.head.node, 'deprecated'),
                data: { sunset },
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/sunset-date-changed.ts

const sunsetDateChanged = {
    id: 'sunset-date-changed',
    level: 'warning',
    doc: 'The x-sunset date of an operation was moved earlier or removed: clients planned around the old date.',
    fixHint: 'Keep the announced sunset date, or announce the new one well ahead.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const from = (0,model/* sunsetOf */.aD)(op.base);
            const to = (0,model/* sunsetOf */.aD)(op.head);
            if (!from || (to !== undefined && to >= from))
                continue;
            hits.push({
                operation: op.head,
                subject: [from],
                message: to ? `the sunset date moved earlier, from ${from} to ${to}.` : `the sunset date ${from} was removed.`,
                base: ctx.base.child(op.base.node, 'x-sunset') ?? op.base.node,
                head: ctx.head.child(op.head.node, 'x-sunset') ?? op.head.node,
                data: { from, to },
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/helpers.ts
function describeArea(area) {
    switch (area.kind) {
        case 'parameter':
            return `${area.in} parameter '${area.name}'`;
        case 'request-body':
            return `request body (${area.mediaType})`;
        case 'response-body':
            return `response ${area.status} (${area.mediaType})`;
        case 'response-header':
            return `response ${area.status} header '${area.name}'`;
    }
}
/** `request body (application/json) property 'items[].quantity'`, or the area alone at its root. */
function describePlace(c) {
    const area = describeArea(c.area);
    return c.path ? `${area} property '${c.path}'` : area;
}
function areaKey(area) {
    switch (area.kind) {
        case 'parameter':
            return `${area.in}:${area.name}`;
        case 'request-body':
            return `request:${area.mediaType}`;
        case 'response-body':
            return `response:${area.status}:${area.mediaType}`;
        case 'response-header':
            return `header:${area.status}:${area.name.toLowerCase()}`;
    }
}
function isRequestArea(area) {
    return area.kind === 'parameter' || area.kind === 'request-body';
}
function isResponseArea(area) {
    return area.kind === 'response-body' || area.kind === 'response-header';
}
/** A hit for every schema change of the given kind that passes the filter. */
function hitsFor(ctx, kind, filter, message) {
    const hits = [];
    for (const op of ctx.changed) {
        for (const c of ctx.schemaChanges(op)) {
            if (c.kind !== kind || !filter(c))
                continue;
            hits.push({
                operation: op.head,
                subject: [areaKey(c.area), c.path, ...Object.values(c.detail).map((v) => JSON.stringify(v))],
                message: message(c),
                base: c.base,
                head: c.head,
                data: { ...c.detail },
            });
        }
    }
    return hits;
}
/**
 * A hit for every parameter `hit` reports, about the parameter's key: each parameter of the `side`
 * spec (base for removed or changed ones, head for new ones) with its version on the other side.
 */
function parameterHits(ctx, side, hit) {
    const hits = [];
    for (const op of ctx.changed) {
        const base = ctx.parameters(ctx.base, op.base);
        const head = ctx.parameters(ctx.head, op.head);
        const [own, other] = side === 'base' ? [base, head] : [head, base];
        for (const [key, p] of own) {
            const pair = side === 'base' ? { op, key, base: p, head: other.get(key) } : { op, key, base: other.get(key), head: p };
            const h = hit(pair);
            if (h)
                hits.push({ operation: op.head, subject: [key], ...h });
        }
    }
    return hits;
}
function show(v) {
    return typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
}
/** The operation's security requirement alternatives (its own, else the document's). */
function securityOf(spec, op) {
    const own = spec.child(op.node, 'security');
    const root = { value: spec.root.data, file: spec.root, pointer: '' };
    const node = own ?? spec.child(root, 'security');
    const value = node?.value;
    const alternatives = Array.isArray(value) ? value.map((a) => a) : [];
    return { alternatives, node };
}
function statusIsSuccess(status) {
    return /^2(\d\d|XX)$/i.test(status);
}

;// CONCATENATED MODULE: ./src/routes/diff/rules/new-required-parameter.ts

const newRequiredParameter = {
    id: 'new-required-parameter',
    level: 'error',
    doc: 'A new required parameter was added: existing calls do not send it and get rejected.',
    fixHint: 'Make the new parameter optional with a default that keeps the old behaviour.',
    check: (ctx) => parameterHits(ctx, 'head', ({ base, head: p }) => {
        if (base || !p || p.value.required !== true || p.value.in === 'path')
            return undefined;
        return { message: `new required ${String(p.value.in)} parameter '${String(p.value.name)}'.`, head: p };
    }),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/new-optional-parameter.ts

const newOptionalParameter = {
    id: 'new-optional-parameter',
    level: 'notice',
    doc: 'A new optional parameter was added.',
    fixHint: 'Nothing to fix; document its default.',
    check: (ctx) => parameterHits(ctx, 'head', ({ base, head: p }) => {
        if (base || !p || p.value.required === true)
            return undefined;
        return { message: `new optional ${String(p.value.in)} parameter '${String(p.value.name)}'.`, head: p };
    }),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/parameter-became-required.ts

const parameterBecameRequired = {
    id: 'parameter-became-required',
    level: 'error',
    doc: 'An optional parameter became required: calls that leave it out get rejected.',
    fixHint: 'Keep it optional and give it a default.',
    check: (ctx) => parameterHits(ctx, 'base', ({ base: b, head: h }) => {
        if (!b || !h || b.value.required === true || h.value.required !== true)
            return undefined;
        return {
            message: `${String(h.value.in)} parameter '${String(h.value.name)}' became required.`,
            base: b,
            head: h,
        };
    }),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/parameter-removed.ts

const parameterRemoved = {
    id: 'parameter-removed',
    level: 'warning',
    doc: 'A parameter was removed: clients still send it, and a strict server may reject it or silently ignore what it meant.',
    fixHint: 'Keep accepting the parameter (deprecate it with `deprecated: true`) until clients stop sending it.',
    check: (ctx) => parameterHits(ctx, 'base', ({ op, base: b, head: h }) => {
        if (!b || h || b.value.in === 'path')
            return undefined;
        return {
            message: `${String(b.value.in)} parameter '${String(b.value.name)}' was removed.`,
            base: b,
            head: op.head.node,
        };
    }),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/parameter-type-changed.ts

const parameterTypeChanged = {
    id: 'parameter-type-changed',
    level: 'error',
    doc: 'A parameter now accepts a different type: values clients send today may be rejected.',
    fixHint: 'Keep the old type; accept the new form as an additional parameter or a wider type.',
    check: (ctx) => hitsFor(ctx, 'type-changed', (c) => c.area.kind === 'parameter' && !c.detail.widened, (c) => `${describeArea(c.area)}${c.path ? ` (${c.path})` : ''} changed type from ${String(c.detail.from)} to ${String(c.detail.to)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/parameter-format-changed.ts

const parameterFormatChanged = {
    id: 'parameter-format-changed',
    level: 'warning',
    doc: 'The format of a parameter changed (e.g. date → date-time, int32 → uuid): values clients send may no longer be valid.',
    fixHint: 'Keep the old format, or accept both forms for a while.',
    check: (ctx) => hitsFor(ctx, 'format-changed', (c) => c.area.kind === 'parameter', (c) => `${describeArea(c.area)} changed format from ${String(c.detail.from ?? 'none')} to ${String(c.detail.to ?? 'none')}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/parameter-style-changed.ts

const DEFAULT_STYLE = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' };
const parameterStyleChanged = {
    id: 'parameter-style-changed',
    level: 'error',
    doc: 'The serialization of a parameter (style or explode) changed: arrays and objects clients send are parsed differently.',
    fixHint: 'Keep the old style and explode values.',
    check: (ctx) => parameterHits(ctx, 'base', ({ base: b, head: h }) => {
        if (!b || !h)
            return undefined;
        const where = String(b.value.in);
        const style = (p) => String(p.value.style ?? DEFAULT_STYLE[where] ?? 'form');
        const explode = (p) => Boolean(p.value.explode ?? style(p) === 'form');
        if (style(b) === style(h) && explode(b) === explode(h))
            return undefined;
        return {
            message: `${where} parameter '${String(h.value.name)}' changed serialization from style=${style(b)}, explode=${explode(b)} to style=${style(h)}, explode=${explode(h)}.`,
            base: b,
            head: h,
        };
    }),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/request-body-became-required.ts

const requestBodyBecameRequired = {
    id: 'request-body-became-required',
    level: 'error',
    doc: 'The request body became required (or a required body was added): calls without a body get rejected.',
    fixHint: 'Keep the body optional and fall back to the old behaviour when it is missing.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const b = (0,model/* derefChild */.ht)(ctx.base, op.base.node, 'requestBody');
            const h = (0,model/* derefChild */.ht)(ctx.head, op.head.node, 'requestBody');
            if (!h || h.value.required !== true || b?.value.required === true)
                continue;
            hits.push({
                operation: op.head,
                subject: [],
                message: b ? 'the request body became required.' : 'a required request body was added.',
                base: b ?? op.base.node,
                head: ctx.head.child(h, 'required') ?? h,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/new-required-request-property.ts

const newRequiredRequestProperty = {
    id: 'new-required-request-property',
    level: 'error',
    doc: 'A new required property was added to a request body: existing clients do not send it.',
    fixHint: 'Make the property optional with a server-side default.',
    check: (ctx) => hitsFor(ctx, 'property-added', (c) => c.area.kind === 'request-body' && c.detail.required === true, (c) => `new required ${describePlace(c)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/request-property-became-required.ts

const requestPropertyBecameRequired = {
    id: 'request-property-became-required',
    level: 'error',
    doc: 'An optional request property became required: clients that leave it out get rejected.',
    fixHint: 'Keep it optional and default it on the server.',
    check: (ctx) => hitsFor(ctx, 'property-became-required', (c) => c.area.kind === 'request-body', (c) => `${describePlace(c)} became required.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/request-property-type-changed.ts

const requestPropertyTypeChanged = {
    id: 'request-property-type-changed',
    level: 'error',
    doc: 'A request body value now has a different (not wider) type: what clients send today may be rejected.',
    fixHint: 'Keep the old type, or widen it (e.g. integer → number, string → [string, integer]).',
    check: (ctx) => hitsFor(ctx, 'type-changed', (c) => c.area.kind === 'request-body' && !c.detail.widened, (c) => `${describePlace(c)} changed type from ${String(c.detail.from)} to ${String(c.detail.to)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/request-enum-value-removed.ts

const requestEnumValueRemoved = {
    id: 'request-enum-value-removed',
    level: 'error',
    doc: 'A value was removed from an enum that clients send: requests using it get rejected.',
    fixHint: 'Keep accepting the value (map it to its replacement on the server).',
    check: (ctx) => hitsFor(ctx, 'enum-value-removed', (c) => isRequestArea(c.area), (c) => `${describePlace(c)} no longer accepts ${show(c.detail.value)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/request-constraint-tightened.ts

const requestConstraintTightened = {
    id: 'request-constraint-tightened',
    level: 'error',
    doc: 'A request value got a stricter constraint (min/max, length, items, pattern, enum, type, multipleOf, uniqueItems): values accepted before are rejected now.',
    fixHint: 'Keep the old limits for existing clients, or validate the stricter rule only for new versions.',
    check: (ctx) => hitsFor(ctx, 'constraint-tightened', (c) => isRequestArea(c.area), (c) => `${describePlace(c)}: ${String(c.detail.keyword)} tightened from ${c.detail.from === null ? 'none' : show(c.detail.from)} to ${show(c.detail.to)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/request-additional-properties-closed.ts

const requestAdditionalPropertiesClosed = {
    id: 'request-additional-properties-closed',
    level: 'error',
    doc: 'A request object now has `additionalProperties: false`: clients that send extra fields get rejected.',
    fixHint: 'Leave the object open (ignore unknown fields) or close it only in a new version.',
    check: (ctx) => hitsFor(ctx, 'additional-properties-closed', (c) => isRequestArea(c.area), (c) => `${describePlace(c)} no longer accepts properties it does not list (additionalProperties: false).`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/request-property-became-not-nullable.ts

const requestPropertyBecameNotNullable = {
    id: 'request-property-became-not-nullable',
    level: 'error',
    doc: 'A request value no longer accepts null: clients that send null get rejected.',
    fixHint: 'Keep accepting null (treat it as "not set").',
    check: (ctx) => hitsFor(ctx, 'became-not-nullable', (c) => isRequestArea(c.area), (c) => `${describePlace(c)} no longer accepts null.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/request-variant-removed.ts

const requestVariantRemoved = {
    id: 'request-variant-removed',
    level: 'error',
    doc: 'A oneOf/anyOf alternative of a request value was removed: clients sending that shape get rejected.',
    fixHint: 'Keep accepting the alternative until clients have moved.',
    check: (ctx) => hitsFor(ctx, 'variant-removed', (c) => isRequestArea(c.area), (c) => `${describePlace(c)} no longer accepts the alternative ${String(c.detail.variant)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/default-value-changed.ts

const defaultValueChanged = {
    id: 'default-value-changed',
    level: 'warning',
    doc: 'The default of a request value changed: clients that leave it out silently get different behaviour.',
    fixHint: 'Keep the old default; let clients opt in to the new value explicitly.',
    check: (ctx) => hitsFor(ctx, 'default-changed', (c) => isRequestArea(c.area), (c) => `${describePlace(c)}: default changed from ${show(c.detail.from)} to ${show(c.detail.to)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/success-response-removed.ts


const successResponseRemoved = {
    id: 'success-response-removed',
    level: 'error',
    doc: 'A success (2xx) response status was removed: clients that check for it treat the new one as a failure.',
    fixHint: 'Keep returning the old status; add a new one only in a new version.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const b = (0,model/* derefChild */.ht)(ctx.base, op.base.node, 'responses');
            const h = (0,model/* derefChild */.ht)(ctx.head, op.head.node, 'responses');
            if (!b)
                continue;
            for (const status of Object.keys(b.value)) {
                if (!statusIsSuccess(status) || (h && status in h.value))
                    continue;
                hits.push({
                    operation: op.head,
                    subject: [status],
                    message: `success response ${status} was removed${h ? ` (now: ${Object.keys(h.value).join(', ')})` : ''}.`,
                    base: ctx.base.child(b, status),
                    head: h ?? op.head.node,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/response-property-removed.ts

const responsePropertyRemoved = {
    id: 'response-property-removed',
    level: 'error',
    doc: 'A required response property was removed: clients that read it break.',
    fixHint: 'Keep returning the property (deprecate it in its description) until clients stop reading it.',
    check: (ctx) => hitsFor(ctx, 'property-removed', (c) => isResponseArea(c.area) && c.detail.required === true, (c) => `${describePlace(c)} was removed${c.detail.now ? ` (it is ${String(c.detail.now)} now)` : ''}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/response-optional-property-removed.ts

const responseOptionalPropertyRemoved = {
    id: 'response-optional-property-removed',
    level: 'warning',
    doc: 'An optional response property was removed: clients that use it when present lose the data.',
    fixHint: 'Keep returning it for a while, marked deprecated in its description.',
    check: (ctx) => hitsFor(ctx, 'property-removed', (c) => isResponseArea(c.area) && c.detail.required !== true, (c) => `optional ${describePlace(c)} was removed.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/response-property-became-optional.ts

const responsePropertyBecameOptional = {
    id: 'response-property-became-optional',
    level: 'error',
    doc: 'A response property that was always present may now be missing: clients that rely on it break.',
    fixHint: 'Keep it required; return a neutral value instead of leaving it out.',
    check: (ctx) => hitsFor(ctx, 'property-became-optional', (c) => isResponseArea(c.area), (c) => `${describePlace(c)} is no longer required (it may be missing).`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/response-property-became-nullable.ts

const responsePropertyBecameNullable = {
    id: 'response-property-became-nullable',
    level: 'error',
    doc: 'A response value may now be null: clients that do not expect null crash on it.',
    fixHint: 'Return a non-null value, or add a new nullable property beside the old one.',
    check: (ctx) => hitsFor(ctx, 'became-nullable', (c) => isResponseArea(c.area), (c) => `${describePlace(c)} may now be null.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/response-property-type-changed.ts

const responsePropertyTypeChanged = {
    id: 'response-property-type-changed',
    level: 'error',
    doc: 'A response value has a different (not narrower) type: clients parse it as the old type.',
    fixHint: 'Keep the old type; add a new property for the new representation.',
    check: (ctx) => hitsFor(ctx, 'type-changed', (c) => isResponseArea(c.area) && !c.detail.narrowed, (c) => `${describePlace(c)} changed type from ${String(c.detail.from)} to ${String(c.detail.to)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/response-enum-value-added.ts

const responseEnumValueAdded = {
    id: 'response-enum-value-added',
    level: 'warning',
    doc: 'A response enum gained a value: clients with an exhaustive switch may not handle it.',
    fixHint: 'Tell clients about the new value; make sure they have a default branch.',
    check: (ctx) => hitsFor(ctx, 'enum-value-added', (c) => isResponseArea(c.area), (c) => `${describePlace(c)} may now return ${show(c.detail.value)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/response-variant-added.ts

const responseVariantAdded = {
    id: 'response-variant-added',
    level: 'warning',
    doc: 'A response value gained a oneOf/anyOf alternative: clients may receive a shape they do not handle.',
    fixHint: 'Tell clients about the new shape; make sure they skip unknown ones.',
    check: (ctx) => hitsFor(ctx, 'variant-added', (c) => isResponseArea(c.area), (c) => `${describePlace(c)} may now be ${String(c.detail.variant)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/response-header-removed.ts

const responseHeaderRemoved = {
    id: 'response-header-removed',
    level: 'error',
    doc: 'A required response header was removed (or became optional): clients that read it break.',
    fixHint: 'Keep sending the header.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const br = (0,model/* derefChild */.ht)(ctx.base, op.base.node, 'responses');
            const hr = (0,model/* derefChild */.ht)(ctx.head, op.head.node, 'responses');
            if (!br || !hr)
                continue;
            for (const status of Object.keys(br.value)) {
                if (!(status in hr.value))
                    continue;
                const bh = (0,model/* derefChild */.ht)(ctx.base, (0,model/* derefChild */.ht)(ctx.base, br, status) ?? br, 'headers');
                const hResponse = (0,model/* derefChild */.ht)(ctx.head, hr, status);
                const hh = hResponse && (0,model/* derefChild */.ht)(ctx.head, hResponse, 'headers');
                if (!bh)
                    continue;
                for (const name of Object.keys(bh.value)) {
                    const b = (0,model/* derefChild */.ht)(ctx.base, bh, name);
                    if (!b || b.value.required !== true)
                        continue;
                    const match = hh && Object.keys(hh.value).find((n) => n.toLowerCase() === name.toLowerCase());
                    const h = match ? (0,model/* derefChild */.ht)(ctx.head, hh, match) : undefined;
                    if (h && h.value.required === true)
                        continue;
                    hits.push({
                        operation: op.head,
                        subject: [status, name.toLowerCase()],
                        message: h
                            ? `response ${status} header '${name}' is no longer required.`
                            : `required response ${status} header '${name}' was removed.`,
                        base: b,
                        head: h ?? hResponse,
                    });
                }
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/media-type-removed.ts

const mediaTypeRemoved = {
    id: 'media-type-removed',
    level: 'error',
    doc: 'A request or response media type was removed: clients sending or accepting it break.',
    fixHint: 'Keep supporting the media type next to the new one.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const pairs = [
                [
                    'request body',
                    (0,model/* derefChild */.ht)(ctx.base, op.base.node, 'requestBody'),
                    (0,model/* derefChild */.ht)(ctx.head, op.head.node, 'requestBody'),
                ],
            ];
            const br = (0,model/* derefChild */.ht)(ctx.base, op.base.node, 'responses');
            const hr = (0,model/* derefChild */.ht)(ctx.head, op.head.node, 'responses');
            if (br && hr) {
                for (const status of Object.keys(br.value)) {
                    if (status in hr.value)
                        pairs.push([`response ${status}`, (0,model/* derefChild */.ht)(ctx.base, br, status), (0,model/* derefChild */.ht)(ctx.head, hr, status)]);
                }
            }
            for (const [what, b, h] of pairs) {
                if (!b || !h)
                    continue;
                const bc = (0,model/* derefChild */.ht)(ctx.base, b, 'content');
                const hc = (0,model/* derefChild */.ht)(ctx.head, h, 'content');
                if (!bc || !hc)
                    continue;
                for (const mediaType of Object.keys(bc.value)) {
                    if (mediaType in hc.value)
                        continue;
                    hits.push({
                        operation: op.head,
                        subject: [what, mediaType],
                        message: `${what} no longer offers ${mediaType}.`,
                        base: ctx.base.child(bc, mediaType),
                        head: hc,
                    });
                }
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/discriminator-changed.ts

const discriminatorChanged = {
    id: 'discriminator-changed',
    level: 'error',
    doc: 'A discriminator property or mapping changed: both sides pick the wrong variant for existing payloads.',
    fixHint: 'Keep the discriminator property and existing mapping values; only add new ones.',
    check: (ctx) => hitsFor(ctx, 'discriminator-changed', () => true, (c) => c.detail.what === 'propertyName'
        ? `${describePlace(c)}: discriminator property changed from '${String(c.detail.from)}' to '${String(c.detail.to)}'.`
        : c.detail.what === 'mapping-removed'
            ? `${describePlace(c)}: discriminator value '${String(c.detail.value)}' was removed.`
            : `${describePlace(c)}: discriminator value '${String(c.detail.value)}' now maps to ${String(c.detail.to)}.`),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/security-requirement-added.ts

/** Error by default, unlike tools that treat it as info: a client without the credential breaks. */
const securityRequirementAdded = {
    id: 'security-requirement-added',
    level: 'error',
    doc: 'The operation now requires authentication, or a security scheme it did not require before.',
    fixHint: 'Keep accepting the old way of calling (or anonymous calls) until clients have credentials.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const b = securityOf(ctx.base, op.base);
            const h = securityOf(ctx.head, op.head);
            const anonymous = (alts) => alts.length === 0 || alts.some((a) => Object.keys(a).length === 0);
            const baseSchemes = new Set(b.alternatives.flatMap((a) => Object.keys(a)));
            if (anonymous(b.alternatives) && !anonymous(h.alternatives)) {
                const schemes = [...new Set(h.alternatives.flatMap((a) => Object.keys(a)))];
                hits.push({
                    operation: op.head,
                    subject: ['anonymous'],
                    message: `the operation now requires authentication (${schemes.join(' or ')}); it accepted anonymous calls before.`,
                    base: b.node ?? op.base.node,
                    head: h.node ?? op.head.node,
                });
                continue;
            }
            if (anonymous(b.alternatives) || anonymous(h.alternatives))
                continue;
            // Every head alternative needs a scheme the base never asked for: existing credentials no longer suffice.
            const satisfiable = h.alternatives.some((a) => Object.keys(a).every((s) => baseSchemes.has(s)));
            if (!satisfiable) {
                const schemes = [...new Set(h.alternatives.flatMap((a) => Object.keys(a)))];
                hits.push({
                    operation: op.head,
                    subject: ['schemes', ...schemes.sort()],
                    message: `the operation now requires ${schemes.join(' or ')} instead of ${[...baseSchemes].join(' or ')}.`,
                    base: b.node ?? op.base.node,
                    head: h.node ?? op.head.node,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/security-scopes-narrowed.ts

const securityScopesNarrowed = {
    id: 'security-scopes-narrowed',
    level: 'error',
    doc: 'The operation requires an OAuth/OpenID scope it did not require before: tokens issued today are refused.',
    fixHint: 'Keep accepting tokens with the old scopes, e.g. as another security alternative.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const b = securityOf(ctx.base, op.base);
            const h = securityOf(ctx.head, op.head);
            for (const alt of h.alternatives) {
                for (const [scheme, scopes] of Object.entries(alt)) {
                    const before = b.alternatives.filter((a) => scheme in a);
                    if (before.length === 0 || !Array.isArray(scopes))
                        continue;
                    // A token that satisfied some base alternative for this scheme must still satisfy one now.
                    const newScopes = scopes.filter((s) => !before.some((a) => (a[scheme] ?? []).includes(s)));
                    if (newScopes.length === 0)
                        continue;
                    hits.push({
                        operation: op.head,
                        subject: [scheme, ...newScopes.sort()],
                        message: `security scheme '${scheme}' now also requires scope${newScopes.length > 1 ? 's' : ''} ${newScopes.map((s) => `'${s}'`).join(', ')}.`,
                        base: b.node ?? op.base.node,
                        head: h.node ?? op.head.node,
                    });
                }
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/index.ts





































const DIFF_RULES = [
    operationRemoved,
    operationRemovedBeforeSunset,
    deprecatedOperationRemoved,
    operationAdded,
    operationIdChanged,
    operationDeprecated,
    sunsetDateChanged,
    newRequiredParameter,
    newOptionalParameter,
    parameterBecameRequired,
    parameterRemoved,
    parameterTypeChanged,
    parameterFormatChanged,
    parameterStyleChanged,
    requestBodyBecameRequired,
    newRequiredRequestProperty,
    requestPropertyBecameRequired,
    requestPropertyTypeChanged,
    requestEnumValueRemoved,
    requestConstraintTightened,
    requestAdditionalPropertiesClosed,
    requestPropertyBecameNotNullable,
    requestVariantRemoved,
    defaultValueChanged,
    successResponseRemoved,
    responsePropertyRemoved,
    responseOptionalPropertyRemoved,
    responsePropertyBecameOptional,
    responsePropertyBecameNullable,
    responsePropertyTypeChanged,
    responseEnumValueAdded,
    responseVariantAdded,
    responseHeaderRemoved,
    mediaTypeRemoved,
    discriminatorChanged,
    securityRequirementAdded,
    securityScopesNarrowed,
];


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


/***/ })

};
