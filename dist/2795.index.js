export const id = 2795;
export const ids = [2795];
export const modules = {

/***/ 52795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSpec: () => (/* binding */ renderSpec),
  runRoutes: () => (/* binding */ runRoutes)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../work/main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(7207);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/routes/spec/errors.ts
var spec_errors = __webpack_require__(52586);
// EXTERNAL MODULE: ./src/routes/spec/load.ts
var load = __webpack_require__(67049);
// EXTERNAL MODULE: ./src/routes/spec/same.ts
var spec_same = __webpack_require__(35339);
// EXTERNAL MODULE: ./src/routes/spec/worker-entry.ts
var worker_entry = __webpack_require__(40618);
;// CONCATENATED MODULE: ./src/routes/spec/check-pair.ts
/**
 * The checks of a diff's two specs (references, structure, the OpenAPI schema), run in a worker
 * thread while the main thread reads the base and compares. On GitHub's 13 MB description the
 * schema check of the head alone costs about as much as parsing it; a second core does it for
 * free. Small specs, or a build without the worker file, are checked in this thread, before the
 * comparison.
 */







/** Below this much head text a worker's start-up (≈40 ms) costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 1_000_000;
/**
 * Starts the worker before the head is read when the head is a big file on disk: its start-up,
 * and its own reading and parsing of the head, then overlap this thread's.
 */
function prestartChecks(headFile) {
    if (!headFile)
        return undefined;
    let size = 0;
    try {
        size = (0,external_node_fs_.statSync)(headFile).size;
    }
    catch {
        return undefined; // reading the head reports it
    }
    const worker = size >= WORKER_THRESHOLD_BYTES ? workerFile() : undefined;
    return worker ? spawn(worker, headFile) : undefined;
}
/**
 * Starts checking the head as soon as it is read (in `started`, if given); `addBase` or `headOnly`
 * must follow.
 */
function startChecks(head, options, started) {
    const size = [...head.files.values()].reduce((n, f) => n + f.text.length, 0);
    const worker = !started && size >= WORKER_THRESHOLD_BYTES ? workerFile() : undefined;
    if (started || worker)
        return inWorker(started ?? spawn(worker), head, options);
    return inThisThread(head, options);
}
function spawn(worker, prestart) {
    // The worker also makes the JSON texts' indexes that locating findings needs; this thread takes
    // those that have arrived when it locates them (after comparing), and makes any other itself.
    const channel = new external_node_worker_threads_.MessageChannel();
    channel.port1.unref();
    const workerData = { role: worker_entry/* SPEC_CHECK_ROLE */.e, indexes: channel.port2, prestart };
    const transferList = [channel.port2];
    // The TypeScript source (tests, under tsx) needs tsx's loader registered in the worker too.
    const thread = worker.pathname.endsWith('.ts')
        ? new external_node_worker_threads_.Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`, { eval: true, workerData, transferList })
        : new external_node_worker_threads_.Worker(worker, { workerData, transferList });
    return { thread, indexes: channel.port1, abandon: () => void thread.terminate() };
}
function inThisThread(head, options) {
    let settle;
    const base = new Promise((resolve) => (settle = resolve));
    const run = async () => {
        await (0,load/* checkLoadedSpec */.xE)(head, options);
        const b = await base;
        if (b)
            await (0,load/* checkLoadedSpec */.xE)(b, { ...options, validatedCounterpart: head });
    };
    // Nothing runs until the base is known, so the caller's `await done` orders it before comparing.
    const done = base.then(run);
    return { background: false, addBase: (b) => settle(b), headOnly: () => settle(null), done };
}
function inWorker(started, head, options) {
    const { thread } = started;
    const indexes = new Map();
    const take = (id) => () => {
        for (let m = (0,external_node_worker_threads_.receiveMessageOnPort)(started.indexes); m; m = (0,external_node_worker_threads_.receiveMessageOnPort)(started.indexes)) {
            const { id: of, index } = m.message;
            indexes.set(of, index);
        }
        return indexes.get(id);
    };
    const supply = (spec) => {
        for (const f of spec.files.values())
            f.supplyIndex?.(take(f.id));
    };
    supply(head);
    thread.postMessage({ head: texts(head), ...options });
    const done = new Promise((resolve, reject) => {
        thread.once('message', (outcome) => resolve(outcome));
        thread.once('error', reject);
        thread.once('exit', (code) => reject(new Error(`the spec check worker exited with code ${code}`)));
    }).then((outcome) => {
        // It may still be making an index nobody needs now: it does not keep the process alive.
        thread.unref();
        if (outcome.side === 'bug')
            throw new Error(`the spec check worker failed: ${outcome.bug}`);
        if (outcome.side !== 'none')
            throw spec_errors/* SpecError */.G.of(outcome.problems);
    });
    // Awaited by the caller after its comparison; until then a rejection is not "unhandled".
    done.catch(() => undefined);
    let here = Promise.resolve();
    const both = () => done.then(() => here);
    const checks = {
        background: true,
        addBase(base) {
            if (!mostlyEqual(base, head)) {
                supply(base);
                // Sets and Maps of names: cheap to copy, and they spare the worker its own walk of both specs.
                thread.postMessage({
                    base: texts(base),
                    same: (0,spec_same/* sameParts */.x5)(base.root.data, head.root.data),
                });
                return;
            }
            // A small change: this thread's comparison will be short, and the base's checks are cheap
            // here (it is parsed, and only its parts that differ from the head are schema-checked),
            // while the worker would parse it again after the head. Checked here, concurrently.
            thread.postMessage(null);
            here = (0,load/* checkLoadedSpec */.xE)(base, { ...options, validatedCounterpart: head });
            here.catch(() => undefined);
        },
        headOnly: () => thread.postMessage(null),
        get done() {
            return both();
        },
    };
    return checks;
}
/** Do at least 90 % of the head's path items appear, equal, in the base? */
function mostlyEqual(base, head) {
    const paths = head.root.data.paths;
    if (typeof paths !== 'object' || paths === null)
        return false;
    const total = Object.keys(paths).length;
    return total > 0 && (0,spec_same/* sameParts */.x5)(base.root.data, head.root.data).paths.size >= 0.9 * total;
}
function texts(spec) {
    return {
        rootId: spec.root.id,
        version: spec.version,
        files: [...spec.files.values()].map((f) => ({
            id: f.id,
            display: f.display,
            text: f.onDisk ? undefined : f.text,
            length: f.text.length,
        })),
    };
}
/**
 * Where the worker starts: the Action bundle's own entry (dist/index.js, see worker-entry.ts), or
 * the compiled file beside this module (lib/routes/spec/check-worker.js for the CLI), or under tsx
 * (tests) the TypeScript source.
 */
function workerFile() {
    if (worker_entry/* bundle */.l.entry)
        return worker_entry/* bundle */.l.entry;
    for (const name of ['./check-worker.js', './check-worker.ts']) {
        const url = new URL(name, import.meta.url);
        if ((0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(url)))
            return url;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
// EXTERNAL MODULE: ./src/routes/model.ts
var model = __webpack_require__(32284);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/routes/diff/hash.ts
/**
 * A content hash per operation that includes everything its `$ref`s reach, so an operation whose
 * hash is the same in both specs is skipped without comparing it: a small change to a big spec
 * costs little beyond parsing. Each referenced component is serialised once per spec.
 */


class OperationHasher {
    spec;
    stable;
    targets = new Map();
    /**
     * `stable`: components (`SameParts.stableComponents`) equal in both specs of the diff and reaching only
     * such components; a reference into one stands for itself, its content is not serialised. Both
     * hashers of a diff get the same set, so equal operations still hash equal.
     */
    constructor(spec, stable = new Set()) {
        this.spec = spec;
        this.stable = stable;
    }
    hash(op) {
        const security = op.node.value.security ?? this.spec.root.data.security ?? null;
        const h = (0,external_node_crypto_.createHash)('sha1');
        h.update(this.canonical({ value: op.node.value, file: op.node.file, pointer: op.node.pointer }));
        h.update('\u0000');
        h.update(this.canonical({
            value: op.pathItem.value.parameters ?? null,
            file: op.pathItem.file,
            pointer: op.pathItem.pointer,
        }));
        h.update('\u0000');
        h.update(JSON.stringify(security));
        return h.digest('hex');
    }
    /**
     * JSON text of a value followed by the hashes of what its `$ref`s point to. Native
     * JSON.stringify plus a scan for `"$ref":` is several times faster than a replacer callback.
     */
    canonical(node) {
        const text = JSON.stringify(node.value) ?? 'null';
        if (!text.includes('"$ref":'))
            return text;
        let out = text;
        for (const m of text.matchAll(REF)) {
            const ref = m[1].includes('\\') ? JSON.parse(`"${m[1]}"`) : m[1];
            out += '\u0000' + this.targetHash(node, ref);
        }
        return out;
    }
    targetHash(from, ref) {
        // Resolve relative to the file the value came from; $refs inside another file resolve there.
        const target = this.spec.deref({ value: { $ref: ref }, file: from.file, pointer: from.pointer });
        const id = `${target.file.id}#${target.pointer}`;
        if (target.file === this.spec.root && (0,spec_same/* insideComponent */.qK)(this.stable, target.pointer))
            return `=${target.pointer}`;
        const known = this.targets.get(id);
        if (known !== undefined)
            return known;
        // A cycle names itself by location until its content hash is known.
        this.targets.set(id, id);
        const digest = (0,external_node_crypto_.createHash)('sha1').update(this.canonical(target)).digest('hex');
        this.targets.set(id, digest);
        return digest;
    }
}
const REF = /"\$ref":"((?:[^"\\]|\\.)*)"/g;

// EXTERNAL MODULE: ./src/routes/diff/rules/index.ts + 38 modules
var rules = __webpack_require__(24243);
;// CONCATENATED MODULE: ./src/routes/diff/schema-compare.ts

const MIN_LIKE = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const MAX_LIKE = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
const MAX_DEPTH = 40;
class SchemaComparer {
    base;
    head;
    /** Pairs of named components, recorded once per diff (see walk). */
    memo = new Map();
    /** Pointers (in the root files) known to lie inside a component that is the same in base and head. */
    unchanged = new Map();
    stable;
    constructor(base, head) {
        this.base = base;
        this.head = head;
        this.stable = (0,spec_same/* sameParts */.x5)(base.root.data, head.root.data).stableComponents;
    }
    /**
     * Is this pair the same schema in both specs, everything it reaches included? Then comparing it
     * finds nothing: a changed operation mostly reaches components no one touched.
     */
    sameInBoth(b, h) {
        if (b.pointer !== h.pointer || b.file !== this.base.root || h.file !== this.head.root)
            return false;
        let known = this.unchanged.get(b.pointer);
        if (known === undefined) {
            known = (0,spec_same/* insideComponent */.qK)(this.stable, b.pointer);
            this.unchanged.set(b.pointer, known);
        }
        return known;
    }
    compare(b, h, direction, path = '') {
        const out = [];
        if (!b || !h)
            return out;
        const root = { key: '', events: [] };
        this.walk(b, h, direction, path, root, 0, new Set());
        replay(root, '', out, new Set());
        return out;
    }
    /**
     * Records the comparison of a pair of schemas under `parent`. What is recorded is replayed by
     * `replay`, which reports each pair once per comparison, where it is first reached. A pair of
     * named components is recorded once for the whole diff and replayed wherever it is reached:
     * GitHub's `repository` is reached from hundreds of operations.
     */
    walk(b, h, dir, path, parent, depth, onStack) {
        if (depth > MAX_DEPTH)
            return;
        const bv = view(this.base, b);
        const hv = view(this.head, h);
        if (this.sameInBoth(bv.loc, hv.loc))
            return;
        const key = `${dir}|${bv.loc.file.id}#${bv.loc.pointer}|${hv.loc.file.id}#${hv.loc.pointer}`;
        if (isComponent(bv.loc, this.base) && isComponent(hv.loc, this.head)) {
            let memo = this.memo.get(key);
            if (!memo) {
                // Recorded relative to the component, in a fresh context, so it holds wherever it is reached;
                // a reference back to a component being recorded stays a reference (replay ends the cycle).
                memo = { key, events: [] };
                this.memo.set(key, memo);
                const inner = new Set([key]);
                this.body(bv, hv, dir, '', memo, 0, inner);
            }
            parent.events.push({ component: memo, at: path });
            return;
        }
        // Recursive schemas end where a pair repeats on the way down.
        if (onStack.has(key))
            return;
        const visit = { key, events: [] };
        parent.events.push({ visit });
        onStack.add(key);
        this.body(bv, hv, dir, path, visit, depth, onStack);
        onStack.delete(key);
    }
    body(bv, hv, dir, path, node, depth, onStack) {
        const out = { push: (c) => node.events.push({ change: c }) };
        const change = (kind, detail = {}, at = path, bl = bv.loc, hl = hv.loc) => out.push({ kind, path: at, base: bl, head: hl, detail });
        if (bv.variants || hv.variants) {
            this.compareVariants(bv, hv, dir, path, node, depth, onStack);
            if (bv.variants && hv.variants)
                this.compareDiscriminator(bv, hv, change);
            if (bv.nullable !== hv.nullable)
                change(hv.nullable ? 'became-nullable' : 'became-not-nullable');
            return;
        }
        if (bv.types && hv.types && !sameSet(bv.types, hv.types)) {
            change('type-changed', {
                from: [...bv.types].join('|'),
                to: [...hv.types].join('|'),
                widened: covers(hv.types, bv.types),
                narrowed: covers(bv.types, hv.types),
            });
        }
        else if (!bv.types && hv.types) {
            change('constraint-tightened', { keyword: 'type', from: 'any', to: [...hv.types].join('|') });
        }
        if (bv.nullable !== hv.nullable)
            change(hv.nullable ? 'became-nullable' : 'became-not-nullable');
        if (bv.format !== hv.format && (bv.format || hv.format)) {
            change('format-changed', { from: bv.format ?? null, to: hv.format ?? null });
        }
        this.compareEnum(bv, hv, change);
        if (bv.hasDefault && hv.hasDefault && JSON.stringify(bv.default) !== JSON.stringify(hv.default)) {
            change('default-changed', { from: bv.default, to: hv.default });
        }
        this.compareConstraints(bv, hv, change);
        // Object members.
        if (bv.additional !== false && hv.additional === false)
            change('additional-properties-closed');
        const skip = (v) => (dir === 'request' ? v.readOnly : v.writeOnly);
        for (const [name, bp] of bv.properties) {
            const at = join(path, name);
            const hp = hv.properties.get(name);
            const bpv = view(this.base, bp);
            if (skip(bpv))
                continue;
            if (!hp) {
                // Removed from the listed properties but still allowed by an additionalProperties schema: not gone.
                if (hv.additional && typeof hv.additional === 'object')
                    continue;
                change('property-removed', { name, required: bv.required.has(name) }, at, bp, hv.loc);
                continue;
            }
            const hpv = view(this.head, hp);
            if (skip(hpv)) {
                change('property-removed', { name, required: bv.required.has(name), now: dir === 'request' ? 'readOnly' : 'writeOnly' }, at, bp, hp);
                continue;
            }
            const br = bv.required.has(name);
            const hr = hv.required.has(name);
            if (!br && hr)
                change('property-became-required', { name }, at, bp, hp);
            if (br && !hr)
                change('property-became-optional', { name }, at, bp, hp);
            this.walk(bp, hp, dir, at, node, depth + 1, onStack);
        }
        for (const [name, hp] of hv.properties) {
            if (bv.properties.has(name))
                continue;
            if (skip(view(this.head, hp)))
                continue;
            change('property-added', { name, required: hv.required.has(name) }, join(path, name), bv.loc, hp);
        }
        if (bv.additional && hv.additional && typeof bv.additional === 'object' && typeof hv.additional === 'object') {
            this.walk(bv.additional, hv.additional, dir, `${path}{}`, node, depth + 1, onStack);
        }
        if (bv.items && hv.items)
            this.walk(bv.items, hv.items, dir, `${path}[]`, node, depth + 1, onStack);
    }
    compareEnum(bv, hv, change) {
        if (bv.enum && hv.enum) {
            const bs = new Set(bv.enum.map((v) => JSON.stringify(v)));
            const hs = new Set(hv.enum.map((v) => JSON.stringify(v)));
            for (const v of bs)
                if (!hs.has(v))
                    change('enum-value-removed', { value: JSON.parse(v) });
            for (const v of hs)
                if (!bs.has(v))
                    change('enum-value-added', { value: JSON.parse(v) });
        }
        else if (!bv.enum && hv.enum) {
            change('constraint-tightened', { keyword: 'enum', from: null, to: hv.enum });
        }
        else if (bv.enum && !hv.enum) {
            change('constraint-loosened', { keyword: 'enum', from: bv.enum, to: null });
        }
    }
    compareConstraints(bv, hv, change) {
        for (const k of MIN_LIKE) {
            const from = bv.numbers[k];
            const to = hv.numbers[k];
            if (from === to)
                continue;
            if (to !== undefined && (from === undefined || to > from))
                change('constraint-tightened', { keyword: k, from: from ?? null, to });
            else
                change('constraint-loosened', { keyword: k, from, to: to ?? null });
        }
        for (const k of MAX_LIKE) {
            const from = bv.numbers[k];
            const to = hv.numbers[k];
            if (from === to)
                continue;
            if (to !== undefined && (from === undefined || to < from))
                change('constraint-tightened', { keyword: k, from: from ?? null, to });
            else
                change('constraint-loosened', { keyword: k, from, to: to ?? null });
        }
        const fromM = bv.numbers.multipleOf;
        const toM = hv.numbers.multipleOf;
        if (toM !== undefined && toM !== fromM && (fromM === undefined || toM % fromM !== 0 || toM > fromM)) {
            change('constraint-tightened', { keyword: 'multipleOf', from: fromM ?? null, to: toM });
        }
        if (hv.pattern !== undefined && hv.pattern !== bv.pattern) {
            change('constraint-tightened', { keyword: 'pattern', from: bv.pattern ?? null, to: hv.pattern });
        }
        else if (bv.pattern !== undefined && hv.pattern === undefined) {
            change('constraint-loosened', { keyword: 'pattern', from: bv.pattern, to: null });
        }
        if (!bv.uniqueItems && hv.uniqueItems)
            change('constraint-tightened', { keyword: 'uniqueItems', from: false, to: true });
    }
    compareVariants(bv, hv, dir, path, node, depth, onStack) {
        const out = { push: (c) => node.events.push({ change: c }) };
        const bl = bv.variants ?? [bv.loc];
        const hl = hv.variants ?? [hv.loc];
        const bIds = bl.map((l) => identity(this.base, l));
        const hIds = hl.map((l) => identity(this.head, l));
        const unmatchedB = [];
        const usedH = new Set();
        bIds.forEach((id, i) => {
            const j = hIds.findIndex((x, k) => x === id && !usedH.has(k));
            if (j === -1)
                unmatchedB.push(i);
            else {
                usedH.add(j);
                this.walk(bl[i], hl[j], dir, path, node, depth + 1, onStack);
            }
        });
        const unmatchedH = hl.map((_, k) => k).filter((k) => !usedH.has(k));
        // One variant changed in place: compare it rather than calling it removed and added.
        if (unmatchedB.length === 1 && unmatchedH.length === 1) {
            this.walk(bl[unmatchedB[0]], hl[unmatchedH[0]], dir, path, node, depth + 1, onStack);
            return;
        }
        for (const i of unmatchedB) {
            out.push({
                kind: 'variant-removed',
                path,
                base: bl[i],
                head: hv.loc,
                detail: { variant: describeVariant(bl[i]) },
            });
        }
        for (const k of unmatchedH) {
            out.push({ kind: 'variant-added', path, base: bv.loc, head: hl[k], detail: { variant: describeVariant(hl[k]) } });
        }
    }
    compareDiscriminator(bv, hv, change) {
        const bd = bv.discriminator;
        const hd = hv.discriminator;
        if (!bd || !hd)
            return;
        if (bd.propertyName !== hd.propertyName) {
            change('discriminator-changed', { what: 'propertyName', from: bd.propertyName, to: hd.propertyName });
        }
        for (const [value, target] of Object.entries(bd.mapping)) {
            const now = hd.mapping[value];
            if (now === undefined)
                change('discriminator-changed', { what: 'mapping-removed', value, from: target });
            else if (now !== target)
                change('discriminator-changed', { what: 'mapping-changed', value, from: target, to: now });
        }
    }
}
/**
 * Flattens recorded visits into changes: each pair once, where it is first reached (later
 * meetings of it, and recursion, add nothing), paths of a component's changes prefixed by where
 * it was reached.
 */
function replay(node, prefix, out, seen) {
    if (node.key) {
        if (seen.has(node.key))
            return;
        seen.add(node.key);
    }
    for (const e of node.events) {
        if ('change' in e)
            out.push(prefix ? { ...e.change, path: rebase(prefix, e.change.path) } : e.change);
        else if ('visit' in e)
            replay(e.visit, prefix, out, seen);
        else
            replay(e.component, rebase(prefix, e.at), out, seen);
    }
}
/** Is this `#/components/schemas/<name>` itself (not a schema inside it)? */
function isComponent(loc, spec) {
    return (loc.file === spec.root && loc.pointer.startsWith('/components/schemas/') && loc.pointer.indexOf('/', 20) === -1);
}
/** A path found relative to a component, as seen from where the component was reached. */
function rebase(at, relative) {
    if (!relative)
        return at;
    if (!at)
        return relative;
    if (relative.startsWith('[]') || relative.startsWith('{}'))
        return at + relative;
    return join(at, relative);
}
function join(path, name) {
    return path ? `${path}.${name}` : name;
}
function sameSet(a, b) {
    return a.size === b.size && [...a].every((x) => b.has(x));
}
/** Does `wide` accept everything `narrow` does? (integer ⊂ number) */
function covers(wide, narrow) {
    return [...narrow].every((t) => wide.has(t) || (t === 'integer' && wide.has('number')));
}
function identity(spec, loc) {
    const v = loc.value;
    if (v && typeof v === 'object' && typeof v.$ref === 'string') {
        const target = spec.deref(loc);
        return `ref:${target.pointer.split('/').pop()}`;
    }
    return `inline:${JSON.stringify(v)}`;
}
function describeVariant(loc) {
    const v = loc.value;
    if (v && typeof v === 'object' && typeof v.$ref === 'string')
        return v.$ref;
    if (v && typeof v === 'object' && typeof v.title === 'string')
        return v.title;
    if (v && typeof v === 'object' && v.type !== undefined)
        return `type ${JSON.stringify(v.type)}`;
    return 'an inline schema';
}
function emptyView(loc) {
    return {
        loc,
        nullable: false,
        hasDefault: false,
        numbers: {},
        uniqueItems: false,
        properties: new Map(),
        required: new Set(),
        readOnly: false,
        writeOnly: false,
    };
}
const viewCache = new WeakMap();
/** The effective schema at a location: references followed, allOf merged, nullability normalised. */
function view(spec, start, depth = 0) {
    const loc = spec.deref(start);
    const s = loc.value;
    if (typeof s === 'object' && s !== null) {
        const cached = viewCache.get(s);
        if (cached && cached.loc.file === loc.file)
            return cached;
    }
    const v = emptyView(loc);
    if (typeof s !== 'object' || s === null || depth > MAX_DEPTH)
        return v;
    const type = s.type;
    if (typeof type === 'string')
        v.types = new Set([type]);
    else if (Array.isArray(type))
        v.types = new Set(type.map(String));
    if (v.types?.has('null')) {
        v.nullable = true;
        v.types.delete('null');
        if (v.types.size === 0)
            v.types = undefined;
    }
    if (s.nullable === true)
        v.nullable = true;
    if (typeof s.format === 'string')
        v.format = s.format;
    if (Array.isArray(s.enum))
        v.enum = s.enum.filter((x) => x !== null);
    if ('const' in s)
        v.enum = [s.const];
    if (Array.isArray(s.enum) && s.enum.includes(null))
        v.nullable = true;
    if ('default' in s) {
        v.hasDefault = true;
        v.default = s.default;
    }
    if (typeof s.pattern === 'string')
        v.pattern = s.pattern;
    for (const k of [...MIN_LIKE, ...MAX_LIKE, 'multipleOf'])
        if (typeof s[k] === 'number')
            v.numbers[k] = s[k];
    v.uniqueItems = s.uniqueItems === true;
    v.readOnly = s.readOnly === true;
    v.writeOnly = s.writeOnly === true;
    const props = spec.child(loc, 'properties');
    if (props && typeof props.value === 'object' && props.value !== null) {
        for (const name of Object.keys(props.value))
            v.properties.set(name, spec.child(props, name));
    }
    if (Array.isArray(s.required))
        for (const r of s.required)
            v.required.add(String(r));
    if (s.additionalProperties === false)
        v.additional = false;
    else if (typeof s.additionalProperties === 'object' && s.additionalProperties !== null) {
        v.additional = spec.child(loc, 'additionalProperties');
    }
    if (s.items !== undefined && typeof s.items === 'object')
        v.items = spec.child(loc, 'items');
    if (s.discriminator && typeof s.discriminator === 'object') {
        const d = s.discriminator;
        v.discriminator = {
            propertyName: typeof d.propertyName === 'string' ? d.propertyName : undefined,
            mapping: (typeof d.mapping === 'object' && d.mapping !== null ? d.mapping : {}),
        };
    }
    // allOf: every member applies, so their constraints add up to one effective schema.
    const allOf = spec.child(loc, 'allOf');
    if (allOf && Array.isArray(allOf.value)) {
        for (let i = 0; i < allOf.value.length; i++)
            mergeInto(v, view(spec, spec.child(allOf, i), depth + 1));
    }
    for (const kw of ['oneOf', 'anyOf']) {
        const list = spec.child(loc, kw);
        if (!list || !Array.isArray(list.value))
            continue;
        const variants = [];
        for (let i = 0; i < list.value.length; i++) {
            const member = spec.child(list, i);
            const mv = spec.deref(member).value;
            if (mv &&
                typeof mv === 'object' &&
                (mv.type === 'null' || (mv.enum && Array.isArray(mv.enum) && mv.enum.length === 1 && mv.enum[0] === null))) {
                v.nullable = true;
                continue;
            }
            variants.push(member);
        }
        if (variants.length === 1 && v.properties.size === 0 && !v.types) {
            // A wrapper around one schema is that schema.
            const inner = view(spec, variants[0], depth + 1);
            const merged = { ...inner, loc: inner.loc, nullable: inner.nullable || v.nullable };
            if (typeof s === 'object')
                viewCache.set(s, merged);
            return merged;
        }
        if (variants.length > 1)
            v.variants = [...(v.variants ?? []), ...variants];
    }
    viewCache.set(s, v);
    return v;
}
function mergeInto(v, m) {
    if (m.types)
        v.types = v.types
            ? new Set([...v.types].filter((t) => m.types.has(t) || (t === 'number' && m.types.has('integer'))))
            : new Set(m.types);
    if (m.types?.has('integer') && v.types?.has('number'))
        v.types = new Set([...v.types].map((t) => (t === 'number' ? 'integer' : t)));
    v.nullable = v.nullable || (m.nullable && !v.types);
    v.format ??= m.format;
    v.enum ??= m.enum;
    if (!v.hasDefault && m.hasDefault) {
        v.hasDefault = true;
        v.default = m.default;
    }
    v.pattern ??= m.pattern;
    for (const [k, n] of Object.entries(m.numbers)) {
        if (n === undefined)
            continue;
        const cur = v.numbers[k];
        v.numbers[k] = cur === undefined ? n : MIN_LIKE.includes(k) ? Math.max(cur, n) : Math.min(cur, n);
    }
    v.uniqueItems ||= m.uniqueItems;
    v.readOnly ||= m.readOnly;
    v.writeOnly ||= m.writeOnly;
    for (const [name, p] of m.properties)
        if (!v.properties.has(name))
            v.properties.set(name, p);
    for (const r of m.required)
        v.required.add(r);
    if (m.additional === false)
        v.additional = false;
    else if (m.additional && v.additional === undefined)
        v.additional = m.additional;
    v.items ??= m.items;
    if (m.variants)
        v.variants = [...(v.variants ?? []), ...m.variants];
    v.discriminator ??= m.discriminator;
}

;// CONCATENATED MODULE: ./src/routes/diff/engine.ts
/**
 * Compares two loaded specs operation by operation and runs the rule table over the result.
 * Operations with the same content hash (references included) are skipped.
 */






/**
 * Path items equal in both single-file specs that reach only equal components, with the same
 * top-level `security`: nothing they reach can differ, so their operations need no hash.
 */
function equalPathItems(base, head) {
    if (base.files.size !== 1 || head.files.size !== 1)
        return new Set();
    const parts = (0,spec_same/* sameParts */.x5)(base.root.data, head.root.data);
    if (parts.restEqual)
        return parts.paths;
    const security = (spec) => JSON.stringify(spec.root.data.security ?? null);
    return security(base) === security(head) ? parts.stablePaths : new Set();
}
function diffSpecs(base, head, options = {}) {
    const { result, locate } = compareSpecs(base, head, options);
    locate();
    return result;
}
/**
 * The comparison, with the findings' file:line left for `locate()`: on a big spec locating needs
 * an index of each JSON text, which the check worker makes once it is done (see diffSpecFiles).
 */
function compareSpecs(base, head, options = {}) {
    const baseOps = (0,model/* listOperations */.RT)(base);
    const headOps = (0,model/* listOperations */.RT)(head);
    const single = base.files.size === 1 && head.files.size === 1;
    const stable = single ? (0,spec_same/* sameParts */.x5)(base.root.data, head.root.data).stableComponents : new Set();
    const baseHasher = new OperationHasher(base, stable);
    const headHasher = new OperationHasher(head, stable);
    const added = [];
    const removed = [];
    const changed = [];
    let unchanged = 0;
    const same = equalPathItems(base, head);
    for (const [key, b] of baseOps) {
        const h = headOps.get(key);
        if (!h)
            removed.push(b);
        else if (b.path === h.path && (same.has(b.path) || baseHasher.hash(b) === headHasher.hash(h)))
            unchanged++;
        else
            changed.push({ key, base: b, head: h });
    }
    for (const [key, h] of headOps)
        if (!baseOps.has(key))
            added.push(h);
    const comparer = new SchemaComparer(base, head);
    const cache = new Map();
    const ctx = {
        base,
        head,
        today: options.today ?? new Date().toISOString().slice(0, 10),
        added,
        removed,
        changed,
        parameters: (spec, op) => (0,model/* operationParameters */.cO)(spec, op),
        schemaChanges(op) {
            let found = cache.get(op.key);
            if (!found) {
                found = operationSchemaChanges(base, head, comparer, op);
                cache.set(op.key, found);
            }
            return found;
        },
    };
    const findings = [];
    const unlocated = [];
    for (const rule of options.rules ?? rules.DIFF_RULES) {
        for (const hit of rule.check(ctx)) {
            const where = hit.head ?? hit.base;
            const endpoint = hit.operation.label;
            const finding = {
                rule: rule.id,
                severity: rule.level,
                message: `${endpoint}: ${hit.message}`,
                location: where && { file: where.file.display, pointer: where.pointer },
                fingerprint: (0,fingerprint/* fingerprint */.Rj)(rule.id, hit.operation.key, ...hit.subject),
                fix: { description: rule.fixHint },
                data: { endpoint, ...hit.data },
            };
            findings.push(finding);
            unlocated.push({ finding, base: hit.base, head: hit.head });
        }
    }
    const locate = () => {
        for (const { finding, base: b, head: h } of unlocated.splice(0)) {
            const where = h ?? b;
            const pos = where?.file.locate(where.pointer);
            if (where)
                finding.location = { file: where.file.display, line: pos?.line, column: pos?.column, pointer: where.pointer };
            // The endpoint first, then where in each spec, then what the rule adds (as before locating moved here).
            const { endpoint, ...rest } = finding.data;
            finding.data = { endpoint, ...(b && { base: base.where(b) }), ...(h && { head: head.where(h) }), ...rest };
        }
    };
    const rows = new Map();
    for (const op of removed)
        rows.set(op.key, { endpoint: op.label, change: 'removed', findings: [] });
    for (const op of added)
        rows.set(op.key, { endpoint: op.label, change: 'added', findings: [] });
    for (const op of changed)
        rows.set(op.key, { endpoint: op.head.label, change: 'changed', findings: [] });
    for (const f of findings) {
        const key = (f.data?.endpoint).replace(/\{[^}]*\}/g, '{}');
        rows.get(key)?.findings.push(f);
    }
    const result = {
        findings,
        // An operation whose content changed without any rule noticing is still listed: a reviewer sees it.
        operations: [...rows.values()],
        stats: {
            baseOperations: baseOps.size,
            headOperations: headOps.size,
            added: added.length,
            removed: removed.length,
            changed: changed.length,
            unchanged,
        },
    };
    return { result, locate };
}
function operationSchemaChanges(base, head, comparer, op) {
    const out = [];
    const bp = (0,model/* operationParameters */.cO)(base, op.base);
    const hp = (0,model/* operationParameters */.cO)(head, op.head);
    for (const [key, b] of bp) {
        const h = hp.get(key);
        if (!h)
            continue;
        const area = { kind: 'parameter', in: String(b.value.in), name: String(h.value.name) };
        for (const c of comparer.compare(base.child(b, 'schema'), head.child(h, 'schema'), 'request'))
            out.push({ ...c, area });
    }
    const bBody = (0,model/* derefChild */.ht)(base, op.base.node, 'requestBody');
    const hBody = (0,model/* derefChild */.ht)(head, op.head.node, 'requestBody');
    if (bBody && hBody) {
        for (const [mediaType, bm, hm] of sharedMedia(base, head, bBody, hBody)) {
            const area = { kind: 'request-body', mediaType };
            for (const c of comparer.compare(base.child(bm, 'schema'), head.child(hm, 'schema'), 'request'))
                out.push({ ...c, area });
        }
    }
    const bResponses = (0,model/* derefChild */.ht)(base, op.base.node, 'responses');
    const hResponses = (0,model/* derefChild */.ht)(head, op.head.node, 'responses');
    if (bResponses && hResponses) {
        for (const status of Object.keys(bResponses.value)) {
            if (!(status in hResponses.value))
                continue;
            const br = (0,model/* derefChild */.ht)(base, bResponses, status);
            const hr = (0,model/* derefChild */.ht)(head, hResponses, status);
            if (!br || !hr)
                continue;
            for (const [mediaType, bm, hm] of sharedMedia(base, head, br, hr)) {
                const area = { kind: 'response-body', status, mediaType };
                for (const c of comparer.compare(base.child(bm, 'schema'), head.child(hm, 'schema'), 'response'))
                    out.push({ ...c, area });
            }
            const bh = (0,model/* derefChild */.ht)(base, br, 'headers');
            const hh = (0,model/* derefChild */.ht)(head, hr, 'headers');
            if (!bh || !hh)
                continue;
            for (const name of Object.keys(bh.value)) {
                const match = Object.keys(hh.value).find((n) => n.toLowerCase() === name.toLowerCase());
                if (!match)
                    continue;
                const bHeader = (0,model/* derefChild */.ht)(base, bh, name);
                const hHeader = (0,model/* derefChild */.ht)(head, hh, match);
                if (!bHeader || !hHeader)
                    continue;
                const area = { kind: 'response-header', status, name: match };
                for (const c of comparer.compare(base.child(bHeader, 'schema'), head.child(hHeader, 'schema'), 'response'))
                    out.push({ ...c, area });
            }
        }
    }
    return out;
}
function* sharedMedia(base, head, b, h) {
    const bc = (0,model/* derefChild */.ht)(base, b, 'content');
    const hc = (0,model/* derefChild */.ht)(head, h, 'content');
    if (!bc || !hc)
        return;
    for (const mediaType of Object.keys(bc.value)) {
        if (!(mediaType in hc.value))
            continue;
        yield [mediaType, base.child(bc, mediaType), head.child(hc, mediaType)];
    }
}

;// CONCATENATED MODULE: ./src/routes/diff/specs.ts
/**
 * A diff of two specs as the runner does it, timed: both read and parsed first, their checks
 * (references, structure, the OpenAPI schema) running beside the comparison when they are big
 * (see startChecks), and a problem in either spec winning over the diff. The bench runs this too.
 */


async function diffSpecFiles(readHead, readBase, options) {
    const t0 = performance.now();
    const started = prestartChecks(options.headFile);
    let head;
    try {
        head = await readHead();
    }
    catch (e) {
        started?.abandon();
        throw e;
    }
    const checks = startChecks(head, { schemaValidation: options.schemaValidation }, started);
    let base;
    try {
        base = await readBase();
    }
    catch (e) {
        checks.headOnly();
        await checks.done; // a broken head is reported first
        throw e;
    }
    checks.addBase(base);
    if (!checks.background)
        await checks.done;
    const t1 = performance.now();
    let compared;
    try {
        compared = compareSpecs(base, head, options);
    }
    catch (e) {
        await checks.done; // an invalid spec explains a failed comparison better than the failure does
        throw e;
    }
    const t2 = performance.now();
    // The worker makes the head's index before the base's checks; this thread, until they end, the base's.
    if (checks.background)
        for (const f of base.files.values())
            f.prepareLocate?.();
    await checks.done;
    compared.locate();
    return {
        head,
        base,
        result: compared.result,
        checksInWorker: checks.background,
        ms: { load: t1 - t0, compare: t2 - t1, checksWait: performance.now() - t2 },
    };
}

// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(3954);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/routes/spec/validate.ts
var validate = __webpack_require__(74939);
;// CONCATENATED MODULE: ./src/routes/report.ts
/** Turns a checked spec or a spec diff into the mode's Report: summary, findings, tables, details. */




function checkReport(spec, ops, timing) {
    const paths = new Set([...ops.values()].map((o) => o.path)).size;
    const report = (0,types/* emptyReport */._O)('routes', `${spec.root.display}: OpenAPI ${spec.version}, ${ops.size} operations in ${paths} paths${spec.files.size > 1 ? ` across ${spec.files.size} files` : ''}; the spec is valid.`);
    report.metrics = { operations: ops.size, paths, files: spec.files.size, loadMs: Math.round(timing.loadMs) };
    report.tables.push({
        title: 'Operations',
        columns: ['Operation', 'operationId', 'Defined at'],
        rows: [...ops.values()].map((o) => [o.label, String(o.node.value.operationId ?? ''), spec.where(o.node)]),
    });
    report.details = [`OpenAPI ${spec.version} spec ${spec.root.display}: ${ops.size} operations`];
    for (const o of ops.values())
        report.details.push(`  ${o.label}${o.node.value.operationId ? ` (${String(o.node.value.operationId)})` : ''}`);
    return report;
}
const CHANGE_ORDER = { removed: 0, changed: 1, added: 2 };
function diffReport(base, head, result, timing) {
    const { stats } = result;
    const findings = (0,gate/* sortFindings */.Tc)(result.findings);
    const counts = (0,gate/* countBySeverity */.Ot)(findings);
    const report = (0,types/* emptyReport */._O)('routes', `Compared ${head.root.display} (${stats.headOperations} operations) with base ${base.root.display} (${stats.baseOperations}): ` +
        `${stats.removed} removed, ${stats.added} added, ${stats.changed} changed; ${counts.error} breaking, ${counts.warning} that may break.`);
    report.findings = findings;
    report.metrics = {
        baseOperations: stats.baseOperations,
        operations: stats.headOperations,
        added: stats.added,
        removed: stats.removed,
        changed: stats.changed,
        unchanged: stats.unchanged,
        breaking: counts.error,
        loadMs: Math.round(timing.loadMs),
        diffMs: Math.round(timing.diffMs),
    };
    // Breaking first: a reviewer reads the top of the table.
    const rows = [...result.operations].sort((a, b) => {
        const ca = (0,gate/* countBySeverity */.Ot)(a.findings);
        const cb = (0,gate/* countBySeverity */.Ot)(b.findings);
        return (cb.error - ca.error ||
            cb.warning - ca.warning ||
            CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
            a.endpoint.localeCompare(b.endpoint));
    });
    report.tables.push({
        title: 'Operations changed',
        columns: ['Operation', 'Change', 'Errors', 'Warnings', 'Notices', 'Rules'],
        rows: rows.map((r) => {
            const c = (0,gate/* countBySeverity */.Ot)(r.findings);
            return [
                r.endpoint,
                r.change,
                c.error,
                c.warning,
                c.notice,
                [...new Set(r.findings.map((f) => f.rule))].join(', '),
            ];
        }),
    });
    report.details = [
        `Base ${base.root.display} (OpenAPI ${base.version}): ${stats.baseOperations} operations`,
        `Head ${head.root.display} (OpenAPI ${head.version}): ${stats.headOperations} operations`,
        `${stats.removed} removed, ${stats.added} added, ${stats.changed} changed, ${stats.unchanged} unchanged`,
    ];
    for (const r of rows) {
        report.details.push(`${r.change.toUpperCase().padEnd(8)} ${r.endpoint}`);
        for (const f of (0,gate/* sortFindings */.Tc)(r.findings))
            report.details.push(`  ${f.severity.padEnd(7)} ${f.rule}: ${stripEndpoint(f)}${where(f)}`);
    }
    return report;
}
function stripEndpoint(f) {
    const endpoint = String(f.data?.endpoint ?? '');
    return endpoint && f.message.startsWith(`${endpoint}: `) ? f.message.slice(endpoint.length + 2) : f.message;
}
function where(f) {
    const parts = [f.data?.base && `base ${String(f.data.base)}`, f.data?.head && `head ${String(f.data.head)}`].filter(Boolean);
    return parts.length ? ` (${parts.join('; ')})` : '';
}
/** Adds the spec↔code comparison to a check or diff report: findings, a table and counts. */
function addDrift(report, code, drift, timing) {
    report.findings = (0,gate/* sortFindings */.Tc)([...report.findings, ...drift.findings]);
    const count = (rule) => drift.findings.filter((f) => f.rule === rule).length;
    const undocumented = count('route-undocumented');
    const notImplemented = count('route-not-implemented');
    Object.assign(report.metrics, {
        codeRoutes: drift.codeRoutes,
        implemented: drift.implemented,
        undocumented,
        notImplemented,
        paramMismatches: count('route-param-mismatch'),
        unresolvedRoutes: code.unresolved.length,
        driftMs: Math.round(timing.driftMs),
    });
    report.summary += ` Code in ${code.dir}: ${drift.codeRoutes} routes, ${drift.implemented} of ${drift.specOperations} documented operations implemented, ${undocumented} undocumented, ${notImplemented} not implemented.`;
    report.tables.push({
        title: 'Spec and code',
        columns: ['Operation', 'Status', 'Spec', 'Code'],
        rows: [...drift.rows].sort((a, b) => STATUS_ORDER[String(a[1])] - STATUS_ORDER[String(b[1])] || String(a[0]).localeCompare(String(b[0]))),
    });
}
const STATUS_ORDER = { 'not implemented': 0, undocumented: 1, implemented: 2 };
/** `routes spec`: what was read and what the spec holds; unresolved routes are findings at file:line. */
function specReport(source) {
    const paths = Object.entries((source.doc.paths ?? {}));
    const operations = paths.flatMap(([p, item]) => Object.entries(item)
        .filter(([m]) => validate/* HTTP_METHODS */.y.includes(m))
        .map(([m, op]) => [`${m.toUpperCase()} ${p}`, op.operationId ?? '']));
    const report = (0,types/* emptyReport */._O)('routes');
    report.metrics = { operations: operations.length, paths: paths.length, ms: Math.round(source.ms) };
    if (source.kind === 'code') {
        const { code } = source;
        report.summary = `OpenAPI 3.1 spec from ${code.routes.length} routes registered in ${code.dir} (${code.files} files): ${operations.length} operations in ${paths.length} paths${code.unresolved.length > 0 ? `; ${code.unresolved.length} routes could not be resolved statically` : ''}.`;
        report.metrics.files = code.files;
        report.metrics.unresolvedRoutes = code.unresolved.length;
        report.findings = code.unresolved.map((u) => ({
            rule: 'route-unresolved',
            severity: 'warning',
            message: `${u.method ? `A ${u.method} route` : 'A route'} is left out of the spec: ${u.reason}${u.code ? ` (\`${u.code}\`)` : ''}.`,
            location: { file: u.location.file, line: u.location.line, column: u.location.column },
            fingerprint: (0,fingerprint/* fingerprint */.Rj)('route-unresolved', u.location.file, u.code, u.reason),
            fix: {
                description: 'Use a constant path (or prefix) so it can be read statically, or add the operation to the spec by hand.',
            },
        }));
        report.tables.push({
            title: 'Routes',
            columns: ['Operation', 'Framework', 'Source', 'Schemas'],
            rows: code.routes.map((r) => [
                `${r.method} ${r.template}`,
                r.framework,
                `${r.location.file}:${r.location.line}`,
                Object.keys(r.schemas ?? {}).join(', '),
            ]),
        });
    }
    else {
        const { fromDb } = source;
        report.summary = `OpenAPI 3.1 CRUD spec from ${fromDb.tables.length} tables of ${fromDb.database}: ${operations.length} operations in ${paths.length} paths.`;
        report.metrics.tables = fromDb.tables.length;
        report.findings = fromDb.notes.map((n) => ({
            rule: 'table-without-primary-key',
            severity: 'notice',
            message: n.message,
            fingerprint: (0,fingerprint/* fingerprint */.Rj)('table-without-primary-key', n.table),
            fix: { description: 'Add a primary key to get get/update/delete operations for it.' },
        }));
        report.tables.push({
            title: 'Tables',
            columns: ['Table', 'Primary key', 'Operations'],
            rows: fromDb.tables.map((t) => [t.name, t.primaryKey.join(', ') || '-', t.operations.join(', ')]),
        });
    }
    report.details = operations.map(([label, id]) => `  ${label}${id ? ` (${id})` : ''}`);
    return report;
}

// EXTERNAL MODULE: ./src/routes/spec/reader.ts
var spec_reader = __webpack_require__(2950);
;// CONCATENATED MODULE: ./src/routes/runner.ts










async function runRoutes(settings, deps) {
    const { task } = settings;
    if (task.kind === 'spec')
        return runSpec(settings, task, deps);
    if (task.kind === 'check') {
        const started = performance.now();
        const spec = await runner_load(task.spec, 'spec', settings, deps.log, undefined, true);
        const ms = performance.now() - started;
        const report = checkReport(spec, (0,model/* listOperations */.RT)(spec), { loadMs: ms });
        return settings.code ? withDrift(report, spec, settings, deps.log) : report;
    }
    const remote = task.baseFromPullRequest ? deps.baseFiles : undefined;
    const readBase = async () => {
        try {
            return await runner_load(task.base, 'base spec', settings, deps.log, remote);
        }
        catch (e) {
            if (e instanceof spec_errors/* SpecError */.G && task.baseFromPullRequest && /not found/.test(e.message)) {
                const tried = deps.baseFiles ? `git and the API at ${deps.baseFiles.ref}` : 'git';
                throw new spec_errors/* SpecError */.G(`${e.message} The base branch is read from ${tried}: check out with \`fetch-depth: 0\` (actions/checkout), or set routes.base.`, { file: e.file });
            }
            throw e;
        }
    };
    const { head, base, result, ms, checksInWorker } = await diffSpecFiles(() => runner_load(task.head, 'head spec', settings, deps.log), readBase, { schemaValidation: settings.schemaValidation, today: settings.today, headFile: fileOnDisk(task.head, settings) });
    deps.log.info(`Compared ${result.stats.baseOperations} → ${result.stats.headOperations} operations: ${result.stats.changed} changed, ${result.stats.unchanged} unchanged (skipped by hash).`);
    if (checksInWorker)
        deps.log.debug('The specs were checked in a worker thread beside the comparison.');
    const report = diffReport(base, head, result, { loadMs: ms.load, diffMs: ms.compare + ms.checksWait });
    if (deps.framework)
        await addGeneratedRoutesDiff(report, base, head, deps.framework);
    return settings.code ? withDrift(report, head, settings, deps.log) : report;
}
/** Adds the spec↔code comparison (routes.code) to a check or diff report. */
async function withDrift(report, spec, settings, log) {
    const started = performance.now();
    // The code reader (Babel) and the drift rules load only with routes.code: most runs are spec-only.
    const [{ extractRoutes }, { compareSpecWithCode }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(4845), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 30812)),
        Promise.all(/* import() */[__webpack_require__.e(4845), __webpack_require__.e(812), __webpack_require__.e(3258)]).then(__webpack_require__.bind(__webpack_require__, 33258)),
    ]);
    const code = await extractRoutes(settings.code, { workingDirectory: settings.workingDirectory });
    const drift = compareSpecWithCode(spec, code);
    const ms = performance.now() - started;
    log.info(`Compared ${drift.specOperations} documented operations with ${drift.codeRoutes} routes registered in ${code.dir} (${code.files} files): ${drift.implemented} implemented.`);
    addDrift(report, code, drift, { driftMs: ms });
    return report;
}
async function runSpec(settings, task, deps) {
    const started = performance.now();
    let doc;
    let report;
    let command;
    if (task.from.kind === 'code') {
        deps.log.info(`Reading the routes registered in ${task.from.dir}`);
        const [{ extractRoutes }, { specFromRoutes }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(4845), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 30812)),
            __webpack_require__.e(/* import() */ 3719).then(__webpack_require__.bind(__webpack_require__, 23719)),
        ]);
        const code = await extractRoutes(task.from.dir, { workingDirectory: settings.workingDirectory });
        const title = (await packageTitle(external_node_path_default().resolve(settings.workingDirectory, task.from.dir))) ??
            (await packageTitle(settings.workingDirectory));
        doc = specFromRoutes(code, { title });
        report = specReport({ kind: 'code', code, doc, ms: performance.now() - started });
        command = `routes spec --from-code ${task.from.dir}`;
    }
    else {
        deps.redactor?.addUrl(task.from.url);
        const { specFromDatabase } = await Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(4880), __webpack_require__.e(6644)]).then(__webpack_require__.bind(__webpack_require__, 76644));
        const fromDb = await specFromDatabase(task.from.url, { log: deps.log, redactor: deps.redactor });
        doc = fromDb.doc;
        report = specReport({ kind: 'db', fromDb, doc, ms: performance.now() - started });
        command = 'routes spec --from-db <url>';
    }
    const text = renderSpec(doc, task.output, command);
    if (task.output) {
        const file = external_node_path_default().resolve(settings.workingDirectory, task.output);
        await guardOverwrite(file, task.output, task.force);
        await (0,promises_.writeFile)(file, text);
        report.artifacts.push({ kind: 'openapi', path: task.output });
    }
    else {
        report.artifacts.push({ kind: 'openapi', path: '-', content: text });
        report.details = [...(report.details ?? []), '', ...text.trimEnd().split('\n')];
    }
    return report;
}
const GENERATED_HEADER = '# Generated by backend-gate';
function renderSpec(doc, output, command) {
    if (output && /\.json$/i.test(output))
        return `${JSON.stringify(doc, null, 2)}\n`;
    return `${GENERATED_HEADER} (${command}). Review it before adopting it as the spec.\n${(0,dist.stringify)(doc, { lineWidth: 0 })}`;
}
/** A spec someone wrote by hand is never replaced silently. */
async function guardOverwrite(file, given, force) {
    if (force)
        return;
    const existing = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (existing === undefined)
        return;
    const ours = existing.startsWith(GENERATED_HEADER) || /"description": "Generated by backend-gate/.test(existing);
    if (!ours) {
        throw new errors/* ConfigurationError */.j1(`${given} exists and was not written by backend-gate. Choose another --output, or pass --force to replace it.`);
    }
}
async function packageTitle(dir) {
    try {
        const pkg = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'package.json'), 'utf8'));
        return typeof pkg.name === 'string' ? pkg.name : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Reads one spec for a run. A spec for `routes check` is checked here; the two of a diff are
 * only read and parsed (`checks: false`), their checks run by startChecks.
 */
/** The spec's root file when it is read from disk as it is (not from git). */
function fileOnDisk(given, settings) {
    const where = (0,spec_reader/* locateSpec */.Qn)(given, settings.workingDirectory);
    return where.reader.fromDisk ? where.file : undefined;
}
async function runner_load(given, role, settings, log, remote, checks = false) {
    const where = (0,spec_reader/* locateSpec */.Qn)(given, settings.workingDirectory);
    let reader = where.reader;
    if (remote)
        reader = (0,spec_reader/* firstFound */.XO)(reader, (0,spec_reader/* apiReader */.iG)(remote.root ?? settings.workingDirectory, remote.ref, remote.fetchFile));
    log.info(`Loading ${role} ${given}`);
    try {
        return checks
            ? await (0,load/* loadSpec */.II)(where.file, { reader, schemaValidation: settings.schemaValidation })
            : await (0,load/* readSpec */.Ot)(where.file, reader);
    }
    catch (e) {
        if (e instanceof spec_errors/* SpecError */.G && /^spec file not found/.test(e.message)) {
            throw new spec_errors/* SpecError */.G(`${role} not found. Check the path (or git revision) you gave for it.`, { file: e.file });
        }
        throw e;
    }
}
/** Regenerates base and head in memory and adds, per operation, what the generated code gained, lost or changed. */
async function addGeneratedRoutesDiff(report, base, head, framework) {
    // The generators (and Ajv, which they compile validators with) load only with routes.framework.
    const { generatedRoutesDiff, generatedRoutesSection } = await Promise.all(/* import() */[__webpack_require__.e(8514), __webpack_require__.e(3973), __webpack_require__.e(5334)]).then(__webpack_require__.bind(__webpack_require__, 65334));
    const rows = generatedRoutesDiff(base, head, framework);
    report.metrics.generatedRoutesChanged = rows.length;
    if (rows.length === 0)
        return;
    const section = generatedRoutesSection(rows, framework);
    report.tables.push(section.table);
    report.details = [...(report.details ?? []), ...section.details];
}


/***/ })

};
