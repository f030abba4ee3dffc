export const id = 6258;
export const ids = [6258];
export const modules = {

/***/ 16258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadtestCommand: () => (/* binding */ loadtestCommand)
/* harmony export */ });
const HELP = `Usage: backend-gate loadtest [URL] [options]
       backend-gate loadtest merge FILE…

Starts the app under test (loadtest.start-command), drives HTTP load with autocannon, and fails
on latency / error-rate / throughput thresholds. Without URL, runs the config's scenarios.
URL may be absolute (http://127.0.0.1:3000/users) or a path (/users) resolved against base-url.

Load:
  --method M              HTTP method (default GET)
  --header "Name: value"  request header (repeatable)
  --body TEXT             request body (JSON gets content-type application/json)
  --concurrency N         connections (default 10)
  --duration S            seconds of measured load (default 10)
  --amount N              number of requests instead of a duration
  --warmup S              seconds of unmeasured load first
  --rate R                fixed rate in req/s: open model, latency from intended send time
  --timeout S             request timeout (default 10)
Gate:
  --p50 MS --p95 MS --p99 MS --max-latency MS   latency limits
  --error-rate PCT        maximum failed requests in % (default 1)
  --min-rps R             minimum throughput
  --expect-status CODES   every response must have one of these codes (e.g. 400)
  --expect-rate-limit     pass only if 429s with Retry-After / RateLimit-* headers appear
Compare and regressions:
  --compare URL1 URL2     same load against two endpoints, trials interleaved, deltas
  --trials N              runs per scenario (default 1; 3 with --compare): median and spread
  --save-baseline FILE    write the results (HDR histograms included) to FILE
  --baseline FILE         fail when a median p50/p99 worsens beyond --regression-threshold
                          and beyond the run-to-run spread
  --regression-threshold PCT   default 20
  --ab-base REF|DIR       pull-request A/B mode: start the base build (a git ref checked out
                          into a temporary worktree, or a directory holding the base) and the
                          head build side by side with start-command, interleave their trials
                          (default 3) and flag regressions beyond the trials' spread
                          (loadtest.ab: base-ref | base-dir, build-command)
Sharding (a job matrix sending more load than one runner can):
  --shard i/n             run this runner's 1/n of the connections / rate / amount;
                          save each with --save-baseline shard-i.json, then
  backend-gate loadtest merge shard-1.json shard-2.json …   one report, histograms merged
App:
  --start-command CMD     shell command starting the app; PORT is exported to it
  --ready-url URL         answers 2xx when ready; \${PORT} is replaced
  --base-url URL          where paths are resolved
  --allow-remote          allow non-loopback targets
  --startup-timeout S     seconds to wait for readiness (default 30)
Database (with loadtest.database in the config: a scratch database for the app, profiled):
  --database-url URL      server to create the scratch database on (a CI service container);
                          work happens only in a scratch database that is dropped afterwards
  --postgres P            auto | url | docker | embedded (default auto: URL, else Docker,
                          else embedded PostgreSQL)
`;
const loadtestCommand = {
    mode: 'loadtest',
    summary: 'start the app, drive HTTP load, gate on p99 / error rate / throughput',
    help: HELP,
    options: {
        method: { type: 'string' },
        header: { type: 'string', multiple: true },
        body: { type: 'string' },
        concurrency: { type: 'string' },
        duration: { type: 'string' },
        amount: { type: 'string' },
        warmup: { type: 'string' },
        rate: { type: 'string' },
        timeout: { type: 'string' },
        p50: { type: 'string' },
        p95: { type: 'string' },
        p99: { type: 'string' },
        'max-latency': { type: 'string' },
        'error-rate': { type: 'string' },
        'min-rps': { type: 'string' },
        'expect-status': { type: 'string' },
        'expect-rate-limit': { type: 'boolean' },
        'start-command': { type: 'string' },
        'ready-url': { type: 'string' },
        'base-url': { type: 'string' },
        'allow-remote': { type: 'boolean' },
        'startup-timeout': { type: 'string' },
        compare: { type: 'boolean' },
        trials: { type: 'string' },
        baseline: { type: 'string' },
        'save-baseline': { type: 'string' },
        'regression-threshold': { type: 'string' },
        'ab-base': { type: 'string' },
        shard: { type: 'string' },
        'database-url': { type: 'string' },
        postgres: { type: 'string' },
    },
    async run(ctx, input) {
        const { config, workingDirectory } = ctx.settings;
        if (input.positionals[0] === 'merge')
            return runMerge(ctx, input.positionals.slice(1), input);
        // Loaded on demand: `--help` and the other modes load neither autocannon nor pg.
        const { buildLoadtestSettings } = await __webpack_require__.e(/* import() */ 8214).then(__webpack_require__.bind(__webpack_require__, 78214));
        const settings = buildLoadtestSettings(config.raw['loadtest'], input, {
            workingDirectory,
            configFile: config.file,
            lineOf: config.lineOf,
        });
        for (const s of settings.scenarios)
            ctx.redactor.addHeaders(s.headers);
        for (const v of Object.values(settings.app?.env ?? {}))
            if (/:\/\/[^@\s]+:[^@\s]+@/.test(v))
                ctx.redactor.addUrl(v);
        const deps = { log: ctx.log, signal: ctx.signal, env: ctx.env, redactor: ctx.redactor };
        if (settings.ab)
            return (await Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(6752), __webpack_require__.e(1150), __webpack_require__.e(4880), __webpack_require__.e(4963), __webpack_require__.e(1559), __webpack_require__.e(2034), __webpack_require__.e(780), __webpack_require__.e(6377), __webpack_require__.e(6448)]).then(__webpack_require__.bind(__webpack_require__, 26448))).runAbLoadtest(settings, deps);
        return (await Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(6752), __webpack_require__.e(1150), __webpack_require__.e(4880), __webpack_require__.e(4963), __webpack_require__.e(1559), __webpack_require__.e(2034), __webpack_require__.e(780), __webpack_require__.e(6377)]).then(__webpack_require__.bind(__webpack_require__, 26377))).runLoadtest(settings, deps);
    },
};
/** `loadtest merge FILE…`: shards combined, then gated on the config's thresholds. */
async function runMerge(ctx, files, input) {
    const [{ mergeShardFiles }, { evaluateScenario }, { buildReport }, { gateSettingsFor }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(780), __webpack_require__.e(7051)]).then(__webpack_require__.bind(__webpack_require__, 87051)),
        __webpack_require__.e(/* import() */ 6348).then(__webpack_require__.bind(__webpack_require__, 46348)),
        Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(6752), __webpack_require__.e(1150), __webpack_require__.e(4880), __webpack_require__.e(4963), __webpack_require__.e(1559), __webpack_require__.e(2034), __webpack_require__.e(780), __webpack_require__.e(6377)]).then(__webpack_require__.bind(__webpack_require__, 26377)),
        __webpack_require__.e(/* import() */ 8214).then(__webpack_require__.bind(__webpack_require__, 78214)),
    ]);
    const { config, workingDirectory } = ctx.settings;
    const { results } = mergeShardFiles(files, workingDirectory);
    const raw = config.raw['loadtest'] ?? {};
    const findings = results.flatMap((r) => evaluateScenario(gateSettingsFor(raw, r.name, input.flags, { configFile: config.file, lineOf: config.lineOf }), r));
    const report = buildReport({ results, findings }, { summary: ` merged from ${files.length} shard files` });
    ctx.log.info(`merged ${files.length} shard files into ${results.length} scenario${results.length === 1 ? '' : 's'}`);
    return report;
}


/***/ })

};
