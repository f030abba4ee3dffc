export const id = 1544;
export const ids = [1544];
export const modules = {

/***/ 31544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   routesCommand: () => (/* binding */ routesCommand)
/* harmony export */ });
/** The help lists every rule, so it is built on demand: `backend-gate --help` does not load the rules. */
async function routesHelp() {
    const [{ DIFF_RULES: diffRules }, { DRIFT_RULE_LIST: driftRules }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(9075), __webpack_require__.e(4243)]).then(__webpack_require__.bind(__webpack_require__, 24243)),
        __webpack_require__.e(/* import() */ 6722).then(__webpack_require__.bind(__webpack_require__, 86722)),
    ]);
    return helpText(diffRules, driftRules);
}
const helpText = (diffRules, driftRules) => `Usage: backend-gate routes [check [SPEC] | diff | spec] [options]

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

  backend-gate routes generate [SPEC | --from-db URL] --framework express|fastify|koa --output DIR [--check]
                                           route registration, typed handler contracts, ahead-of-time
                                           compiled request validators and TypeScript types; user
                                           handlers in DIR/handlers are created once, never overwritten;
                                           --check fails when committed generated files are stale;
                                           --response-validators also compiles response validators
                                           for createApp({ validateResponses: true }) in tests

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
${driftRules.map((r) => `  ${r.id.padEnd(38)} ${r.level.padEnd(7)} ${r.doc}`).join('\n')}

Diff rules (override levels with 'rules:' in .backend-gate.yml, ignore findings with 'ignore:'):
${diffRules.map((r) => `  ${r.id.padEnd(38)} ${r.level.padEnd(7)} ${r.doc}`).join('\n')}
`;
const routesCommand = {
    mode: 'routes',
    summary: 'check the OpenAPI spec and classify its changes against the base branch (breaking / warning / safe)',
    help: routesHelp,
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
        // The runners load on demand, so `--help` and the other modes do not load the routes runtime.
        if (input.positionals[0] === 'generate')
            return (await Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(7207), __webpack_require__.e(8514), __webpack_require__.e(4880), __webpack_require__.e(9075), __webpack_require__.e(3973), __webpack_require__.e(6644), __webpack_require__.e(647)]).then(__webpack_require__.bind(__webpack_require__, 59880))).runGenerate(ctx, input);
        const [{ buildRoutesSettings }, { runRoutes }] = await Promise.all([
            __webpack_require__.e(/* import() */ 9148).then(__webpack_require__.bind(__webpack_require__, 49148)),
            Promise.all(/* import() */[__webpack_require__.e(7207), __webpack_require__.e(9075), __webpack_require__.e(4243), __webpack_require__.e(2795)]).then(__webpack_require__.bind(__webpack_require__, 52795)),
        ]);
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
