export const id = 9148;
export const ids = [9148];
export const modules = {

/***/ 50922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ parseDatabaseUrl),
  t: () => (/* binding */ parseProvider)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
;// CONCATENATED MODULE: ./src/postgres/types.ts
const POSTGRES_PROVIDERS = ['auto', 'url', 'docker', 'embedded'];

;// CONCATENATED MODULE: ./src/postgres/parse.ts
/**
 * Reading the PostgreSQL options users give (database URL, provider), without loading the pg
 * driver: settings are built by every run, most of which never connect.
 */



function parseDatabaseUrl(url, source = 'database-url') {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${source} is not a URL ('${(0,mask/* maskUrl */.yP)(url)}'). Expected postgres://user:password@host:5432/database.`);
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
        throw new errors/* ConfigurationError */.j1(`${source} must start with postgres:// or postgresql:// (got '${u.protocol}//…'). Expected postgres://user:password@host:5432/database.`);
    }
    return u;
}
function parseProvider(value, source = 'postgres') {
    if (value === undefined || value === '')
        return 'auto';
    if (POSTGRES_PROVIDERS.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${value}'. Expected one of: ${POSTGRES_PROVIDERS.join(', ')}.`);
}


/***/ }),

/***/ 49148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_SPEC: () => (/* binding */ DEFAULT_SPEC),
/* harmony export */   ROUTES_SUBCOMMANDS: () => (/* binding */ ROUTES_SUBCOMMANDS),
/* harmony export */   buildRoutesSettings: () => (/* binding */ buildRoutesSettings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23919);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74634);
/* harmony import */ var _postgres_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50922);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown routes command '${sub}'. Expected ${[...ROUTES_SUBCOMMANDS, 'generate'].map((s) => `'${s}'`).join(', ')} (or nothing). See 'backend-gate routes --help'.`);
    }
    if (sub === 'spec')
        return specSettings(raw, input, context);
    if (rest.length > (sub === 'check' ? 1 : 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unexpected argument '${rest[rest.length - 1]}'. See 'backend-gate routes --help'.`);
    }
    const flags = input.flags;
    const validation = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'schema-validation');
    if (validation !== undefined && validation !== 'true' && validation !== 'false') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Invalid schema-validation '${validation}'. Expected true or false.`);
    }
    const schemaValidation = validation === undefined ? (raw?.['schema-validation'] ?? true) : validation === 'true';
    const spec = rest[0] ?? (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'head') ?? (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'spec') ?? raw?.spec ?? DEFAULT_SPEC;
    const base = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'base') ?? raw?.base;
    const workingDirectory = context.workingDirectory;
    const code = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'code') ?? raw?.code;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('routes diff needs a base spec: pass --base <file|git-revision:path> or set routes.base.');
    }
    return { ...common, task: { kind: 'check', spec } };
}
/** `routes spec --from-code DIR | --from-db URL [--output FILE] [--force]`. */
function specSettings(raw, input, context) {
    const flags = input.flags;
    if (input.positionals.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unexpected argument '${input.positionals[1]}'. Use 'routes spec --from-code DIR' or 'routes spec --from-db URL'.`);
    }
    const fromCode = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'from-code');
    const fromDb = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'from-db');
    if (fromCode && fromDb)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('routes spec takes one of --from-code and --from-db, not both.');
    if (!fromCode && !fromDb) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('routes spec needs a source: --from-code DIR (the app source, e.g. src/) or --from-db postgres://user:pass@host/db.');
    }
    if (fromDb)
        (0,_postgres_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatabaseUrl */ .m)(fromDb, '--from-db');
    const output = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(flags, 'output');
    if (output && !/\.(ya?ml|json)$/i.test(output)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--output '${output}' must end in .yaml, .yml or .json (the format to write).`);
    }
    return {
        workingDirectory: context.workingDirectory,
        schemaValidation: raw?.['schema-validation'] ?? true,
        task: {
            kind: 'spec',
            from: fromCode ? { kind: 'code', dir: fromCode } : { kind: 'db', url: fromDb },
            ...(output ? { output } : {}),
            force: (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagBoolean */ .$h)(flags, 'force') ?? false,
        },
    };
}


/***/ })

};
