export const id = 2002;
export const ids = [2002];
export const modules = {

/***/ 23919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony export isConfigurationError */
/**
 * A mistake the user can fix (bad config, bad input file, bad flag). Reported as one clear
 * message with exit code 2, never a stack trace. Anything else that is thrown is a bug (exit 3).
 */
class ConfigurationError extends Error {
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
    return e instanceof ConfigurationError;
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 88640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52586);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67049);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50968);
/* harmony import */ var _json_locator_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74056);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2950);
/* harmony import */ var _same_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35339);
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
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.on('message', (m) => {
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
    const text = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(id).then(_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .decode */ .D4);
    // A file that does not parse is parsed again, and reported, the ordinary way.
    const parsed = text.then((t) => (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSpecFile */ .VM)(t, id, id)).catch(() => undefined);
    text.catch(() => undefined);
    return { id, text, parsed };
}
/** The files' texts: as posted, or read from disk (the same bytes the main thread read). */
async function readTexts(texts, early) {
    const out = new Map();
    for (const f of texts.files) {
        const known = f.text ?? (f.id === early?.id ? await early.text.catch(() => undefined) : undefined);
        // The early read is of no use if the file changed after it (the main thread's read wins).
        const text = known?.length === f.length ? known : (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .decode */ .D4)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(f.id));
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
        if (!(0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .looksLikeJson */ .gw)(f.id, text))
            continue;
        const index = (0,_json_locator_js__WEBPACK_IMPORTED_MODULE_7__/* .indexJsonText */ .UG)(text);
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
            files.set(f.id, await (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSpecFile */ .VM)(read.get(f.id), f.id, f.display));
        }
    }
    return (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .makeSpec */ .gl)(files.get(texts.rootId), files, texts.version, { display: (id) => id });
}
async function check(run, side) {
    try {
        await run();
        return null;
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SpecError */ .G)
            return { side, problems: e.problems };
        throw e;
    }
}
/**
 * The head's checks, then the base's, then the outcome. The head's index is made once the base
 * is parsed, before its checks, the base's after the outcome: the main thread, done comparing,
 * makes the base's itself while it waits for the outcome, then locates findings with both.
 */
async function run(start) {
    // Listening before the head's (synchronous) work, so no message is missed.
    const next = inbox();
    const early = start.prestart ? readEarly(start.prestart) : undefined;
    const { head: headTexts, schemaValidation } = (await next());
    const headRead = await readTexts(headTexts, early);
    const head = await rebuild(headTexts, headRead, early);
    const options = { schemaValidation };
    const headProblems = await check(() => (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .checkLoadedSpec */ .xE)(head, options), 'head');
    if (headProblems)
        return finish(headProblems);
    const message = (await next());
    if (!message) {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage({ side: 'none', problems: [] });
        postIndexes(headTexts, headRead, start.indexes);
        return finish(undefined);
    }
    const baseRead = await readTexts(message.base);
    const base = await rebuild(message.base, baseRead);
    (0,_same_js__WEBPACK_IMPORTED_MODULE_6__/* .knownSameParts */ .yi)(base.root.data, head.root.data, message.same);
    postIndexes(headTexts, headRead, start.indexes);
    const baseProblems = await check(() => (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .checkLoadedSpec */ .xE)(base, { ...options, validatedCounterpart: head }), 'base');
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage(baseProblems ?? { side: 'none', problems: [] });
    // Of use only if the main thread was still comparing: it makes the base's itself while it waits.
    postIndexes(message.base, baseRead, start.indexes);
    finish(undefined);
}
function finish(outcome) {
    if (outcome)
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage(outcome);
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.close();
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData.indexes.close();
}
run(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData).catch((e) => finish({ side: 'bug', problems: [], bug: e instanceof Error ? (e.stack ?? e.message) : String(e) }));


/***/ })

};
