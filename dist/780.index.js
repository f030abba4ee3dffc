export const id = 780;
export const ids = [780,6348];
export const modules = {

/***/ 70780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   At: () => (/* binding */ writeResultsFile),
/* harmony export */   B9: () => (/* binding */ readResultsFile),
/* harmony export */   pF: () => (/* binding */ resultsFile)
/* harmony export */ });
/* unused harmony export RESULTS_FORMAT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40905);
/* harmony import */ var _combine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52486);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46348);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97847);
/**
 * Results files (`--save-baseline`, shard outputs) and the noise-aware comparison with a
 * baseline: a regression is called only when the median moved by more than the threshold AND
 * by more than the run-to-run spread of either side (on a shared 2-core runner p99 varies up to 2×).
 */







const RESULTS_FORMAT = 'backend-gate-loadtest-results';
function resultsFile(results, shard) {
    return {
        format: RESULTS_FORMAT,
        version: 1,
        created: new Date().toISOString(),
        ...(shard ? { shard } : {}),
        results,
    };
}
function writeResultsFile(file, content) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, JSON.stringify(content, null, 2) + '\n');
}
/** Reads a results file, or a loadtest report written with --format json (its results artifact). */
function readResultsFile(file, what = 'results file') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} not found.`, { file });
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is not valid JSON: ${e.message}.`, { file });
    }
    const asReport = data;
    if (asReport?.mode === 'loadtest' && Array.isArray(asReport.artifacts)) {
        const artifact = asReport.artifacts.find((a) => a.kind === _render_js__WEBPACK_IMPORTED_MODULE_6__/* .RESULTS_ARTIFACT */ .q_);
        if (!artifact?.content)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`this loadtest report has no '${_render_js__WEBPACK_IMPORTED_MODULE_6__/* .RESULTS_ARTIFACT */ .q_}' artifact.`, { file });
        data = JSON.parse(artifact.content);
    }
    const f = data;
    if (f?.format !== RESULTS_FORMAT || !Array.isArray(f.results)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`not a backend-gate loadtest results file (expected "format": "${RESULTS_FORMAT}"). Write one with --save-baseline FILE.`, { file });
    }
    return f;
}
const METRICS = [
    { metric: 'p50', rule: 'latency-regression', higherIsWorse: true, severity: 'error', unit: 'ms' },
    { metric: 'p99', rule: 'latency-regression', higherIsWorse: true, severity: 'error', unit: 'ms' },
    // Throughput is the noisiest number on shared runners: a regression there is a warning.
    { metric: 'rps', rule: 'throughput-regression', higherIsWorse: false, severity: 'warning', unit: 'req/s' },
];
/** Below this many ms a latency change on loopback is noise, whatever the percentage. */
const LATENCY_FLOOR_MS = 1;
function spread(values) {
    return Math.max(...values) - Math.min(...values);
}
function describe(values, unit) {
    const m = (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__.fmt)((0,_combine_js__WEBPACK_IMPORTED_MODULE_4__/* .median */ .JZ)(values), 2);
    return values.length > 1
        ? `${m} ${unit} (${(0,_gate_js__WEBPACK_IMPORTED_MODULE_5__.fmt)(Math.min(...values), 2)}–${(0,_gate_js__WEBPACK_IMPORTED_MODULE_5__.fmt)(Math.max(...values), 2)}, n=${values.length})`
        : `${m} ${unit}`;
}
function compareWithBaseline(current, baseline, options) {
    const prefix = options.rulePrefix ?? '';
    const sides = options.sides ?? { before: 'Baseline', after: 'Now' };
    const named = options.sides !== undefined;
    const findings = [];
    const rows = [];
    for (const now of current) {
        const before = baseline.results.find((b) => b.name === now.name);
        if (!before) {
            rows.push([now.name, '—', `not in ${sides.before.toLowerCase()}`, '', '', 'new']);
            continue;
        }
        const nowTrials = (0,_combine_js__WEBPACK_IMPORTED_MODULE_4__/* .trialsOf */ .xY)(now);
        const beforeTrials = (0,_combine_js__WEBPACK_IMPORTED_MODULE_4__/* .trialsOf */ .xY)(before);
        for (const m of METRICS) {
            const pick = (t) => t[m.metric];
            const a = beforeTrials.map(pick);
            const b = nowTrials.map(pick);
            const medA = (0,_combine_js__WEBPACK_IMPORTED_MODULE_4__/* .median */ .JZ)(a);
            const medB = (0,_combine_js__WEBPACK_IMPORTED_MODULE_4__/* .median */ .JZ)(b);
            const worse = m.higherIsWorse ? medB - medA : medA - medB;
            const changePct = medA === 0 ? 0 : ((medB - medA) / medA) * 100;
            const noise = Math.max(spread(a), spread(b));
            const floor = m.unit === 'ms' ? LATENCY_FLOOR_MS : 0;
            const overThreshold = medA > 0 && (worse / medA) * 100 > options.thresholdPct;
            const regression = overThreshold && worse > noise && worse > floor;
            const singleTrial = a.length < 2 || b.length < 2;
            let verdict = 'within noise';
            if (regression)
                verdict = singleTrial ? 'regression? (1 trial)' : 'regression';
            else if (overThreshold)
                verdict = worse <= floor ? 'below floor' : 'within spread';
            else if (-worse / Math.max(medA, 1e-9) > options.thresholdPct / 100 && -worse > noise)
                verdict = 'improved';
            rows.push([
                now.name,
                m.metric,
                describe(a, m.unit),
                describe(b, m.unit),
                `${changePct >= 0 ? '+' : ''}${(0,_gate_js__WEBPACK_IMPORTED_MODULE_5__.fmt)(changePct, 1)} %`,
                verdict,
            ]);
            if (!regression)
                continue;
            const label = m.metric === 'rps' ? 'throughput' : `${m.metric.toUpperCase()} latency`;
            const rule = prefix + m.rule;
            const from = named ? `${sides.before.toLowerCase()} ${describe(a, m.unit)}` : describe(a, m.unit);
            const to = named ? `${sides.after.toLowerCase()} ${describe(b, m.unit)}` : describe(b, m.unit);
            findings.push({
                rule,
                // One trial cannot tell a regression from noise: say so instead of failing the gate.
                severity: singleTrial ? 'warning' : m.severity,
                message: `${now.name}: ${label} went from ${from} to ${to} (${changePct >= 0 ? '+' : ''}${(0,_gate_js__WEBPACK_IMPORTED_MODULE_5__.fmt)(changePct, 1)} %), ` +
                    `beyond the ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_5__.fmt)(options.thresholdPct)} % threshold and the run-to-run spread (${(0,_gate_js__WEBPACK_IMPORTED_MODULE_5__.fmt)(noise, 2)} ${m.unit}).` +
                    (singleTrial ? ' Only one trial on a side: run --trials 3 or more to confirm.' : ''),
                location: { file: options.file },
                fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)(rule, now.name, m.metric),
                fix: {
                    description: m.metric === 'rps'
                        ? 'Compare the change against the base branch: a new query, a lost index, or synchronous work in the request path usually explains lost throughput.'
                        : 'Profile the endpoint against the base branch: look for new queries (N+1), missing indexes, lost connection pooling or caching. If the slowdown is intended, ' +
                            (prefix ? 'accept it in review or ignore this fingerprint.' : 'save a new baseline.'),
                },
                data: {
                    scenario: now.name,
                    metric: m.metric,
                    baseline: medA,
                    value: medB,
                    changePct,
                    spread: noise,
                    trials: { baseline: a, current: b },
                },
            });
        }
    }
    return {
        findings,
        table: {
            title: options.title ?? `Against baseline (threshold ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_5__.fmt)(options.thresholdPct)} %)`,
            columns: ['Scenario', 'Metric', sides.before, sides.after, 'Change', 'Verdict'],
            rows,
        },
    };
}


/***/ }),

/***/ 52486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   xY: () => (/* binding */ trialsOf),
/* harmony export */   yu: () => (/* binding */ combineResults)
/* harmony export */ });
/* unused harmony export trialSummary */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47568);
/* harmony import */ var _tally_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6895);


function trialSummary(r) {
    return { rps: r.rps, p50: r.latency.p50, p95: r.latency.p95, p99: r.latency.p99, errorRate: r.errorRate };
}
/** Per-trial summaries of a result: its own, or those kept when it was combined. */
function trialsOf(r) {
    return r.trials && r.trials.length > 0 ? r.trials : [trialSummary(r)];
}
function addCounts(a, b) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b))
        out[k] = (out[k] ?? 0) + v;
    return out;
}
function addErrors(a, b) {
    return {
        timeout: a.timeout + b.timeout,
        refused: a.refused + b.refused,
        reset: a.reset + b.reset,
        other: addCounts(a.other, b.other),
        status: addCounts(a.status, b.status),
    };
}
function combineResults(parts, how) {
    if (parts.length === 1 && how === 'trials')
        return { ...parts[0], trials: [trialSummary(parts[0])] };
    const first = parts[0];
    const merged = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeHistograms */ .Q7)(parts.map((p) => p.histogram));
    const sum = (f) => parts.reduce((a, r) => a + f(r), 0);
    // Trials run one after another: time adds up. Shards run at once: the longest one is the run.
    const elapsed = how === 'trials' ? sum((r) => r.elapsed) : Math.max(...parts.map((r) => r.elapsed));
    const responses = sum((r) => r.responses);
    const requests = sum((r) => r.requests);
    const failed = sum((r) => r.failed);
    const perSecond = how === 'shards'
        ? first.perSecond.map((s, i) => ({
            second: s.second,
            requests: sum((r) => r.perSecond[i]?.requests ?? 0),
            // p99 of the worst shard in that second: a histogram per second is not kept per shard.
            p99: Math.max(...parts.map((r) => r.perSecond[i]?.p99 ?? 0)),
        }))
        : parts.flatMap((r) => r.perSecond).map((s, i) => ({ ...s, second: i + 1 }));
    const result = {
        ...first,
        connections: how === 'shards' ? sum((r) => r.connections) : first.connections,
        rate: first.rate === undefined ? undefined : how === 'shards' ? sum((r) => r.rate ?? 0) : first.rate,
        elapsed: (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .L)(elapsed, 3),
        requests,
        responses,
        rps: (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .L)(how === 'shards' ? sum((r) => r.rps) : responses / Math.max(elapsed, 0.001), 1),
        latency: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(merged),
        histogram: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeHistogram */ .ll)(merged),
        statusCodes: parts.reduce((a, r) => addCounts(a, r.statusCodes), {}),
        errors: parts.reduce((a, r) => addErrors(a, r.errors), {
            timeout: 0,
            refused: 0,
            reset: 0,
            other: {},
            status: {},
        }),
        failed,
        errorRate: requests === 0 ? 0 : (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .L)((failed / requests) * 100, 3),
        bytes: sum((r) => r.bytes),
        perSecond,
        trials: how === 'trials' ? parts.flatMap(trialsOf) : undefined,
        shards: how === 'shards' ? parts.length : undefined,
    };
    if (first.skipped !== undefined)
        result.skipped = sum((r) => r.skipped ?? 0);
    if (first.achievedRate !== undefined) {
        result.achievedRate = (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .L)(how === 'shards' ? sum((r) => r.achievedRate ?? 0) : sum((r) => r.achievedRate ?? 0) / parts.length, 1);
    }
    if (first.rateLimitHeaders !== undefined)
        result.rateLimitHeaders = sum((r) => r.rateLimitHeaders ?? 0);
    const interrupted = parts.find((p) => p.interrupted)?.interrupted;
    if (interrupted)
        result.interrupted = interrupted;
    if (result.trials === undefined)
        delete result.trials;
    if (result.shards === undefined)
        delete result.shards;
    merged.destroy();
    return result;
}
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}


/***/ }),

/***/ 46348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RATE_SHORTFALL: () => (/* binding */ RATE_SHORTFALL),
/* harmony export */   describeErrors: () => (/* binding */ describeErrors),
/* harmony export */   evaluateScenario: () => (/* binding */ evaluateScenario),
/* harmony export */   fmt: () => (/* binding */ fmt),
/* harmony export */   loadLabel: () => (/* binding */ loadLabel)
/* harmony export */ });
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40905);
/**
 * Thresholds as data (k6 style): each limit a scenario crosses becomes an error finding with the
 * measured value, the limit and a recommendation in the seed's words.
 */

/** Below this share of the requested rate, the open model's percentiles understate the truth. */
const RATE_SHORTFALL = 0.95;
const LATENCY_ADVICE = 'Consider: connection pooling (database and upstream clients), query optimisation (indexes, N+1 queries, smaller result pages), caching hot reads, or horizontal scaling.';
const LATENCY_RULES = [
    { key: 'p50', rule: 'p50-threshold', label: 'P50 latency', measured: (r) => r.latency.p50 },
    { key: 'p95', rule: 'p95-threshold', label: 'P95 latency', measured: (r) => r.latency.p95 },
    { key: 'p99', rule: 'p99-threshold', label: 'P99 latency', measured: (r) => r.latency.p99 },
    { key: 'max', rule: 'max-latency-threshold', label: 'Maximum latency', measured: (r) => r.latency.max },
];
/** "at 50 connections" or "at 2,000 req/s": closed-model percentiles depend on concurrency. */
function loadLabel(r) {
    return r.model === 'open'
        ? `at ${fmt(r.rate ?? 0)} req/s`
        : `at ${r.connections} connection${r.connections === 1 ? '' : 's'}`;
}
function fmt(n, digits = 1) {
    return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}
function describeErrors(r) {
    const out = [];
    if (r.errors.timeout)
        out.push(`Timeout: ${fmt(r.errors.timeout)}`);
    if (r.errors.refused)
        out.push(`Connection refused: ${fmt(r.errors.refused)}`);
    if (r.errors.reset)
        out.push(`Connection reset: ${fmt(r.errors.reset)}`);
    for (const [code, n] of Object.entries(r.errors.other))
        out.push(`${code}: ${fmt(n)}`);
    for (const [code, n] of Object.entries(r.errors.status).sort())
        out.push(`HTTP ${code}: ${fmt(n)}`);
    if (r.skipped)
        out.push(`Not sent (too many outstanding): ${fmt(r.skipped)}`);
    return out;
}
function evaluateScenario(s, r) {
    const findings = [];
    const location = s.location?.file
        ? { file: s.location.file, line: s.location.line }
        : undefined;
    const add = (rule, severity, message, fix, data) => findings.push({
        rule,
        severity,
        message,
        location,
        fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(rule, s.name),
        fix: { description: fix },
        data: { scenario: s.name, model: r.model, connections: r.connections, rate: r.rate, ...data },
    });
    const at = loadLabel(r);
    const t = s.thresholds;
    for (const lr of LATENCY_RULES) {
        const limit = t[lr.key];
        const value = lr.measured(r);
        if (limit !== undefined && r.latency.count > 0 && value > limit) {
            add(lr.rule, 'error', `${s.name}: ${lr.label} (${fmt(value, 2)} ms ${at}) exceeds the ${fmt(limit, 2)} ms limit.`, `${lr.label} (${fmt(value, 0)}ms) exceeds ${fmt(limit, 0)}ms target. ${LATENCY_ADVICE}`, { metric: lr.key, value, limit, unit: 'ms' });
        }
    }
    if (t.errorRate !== undefined && r.errorRate > t.errorRate) {
        const kinds = describeErrors(r).slice(0, 4).join(', ');
        add('error-rate-threshold', 'error', `${s.name}: ${fmt(r.errorRate, 2)} % of ${fmt(r.requests, 0)} requests failed ${at} (limit ${fmt(t.errorRate, 2)} %): ${kinds}.`, `Find the failing requests in the app's log. Under load, failures usually mean exhausted database connections (size the pool), timeouts to slow dependencies (add timeouts and circuit breakers), or missing backpressure (queue or shed load with 503 + Retry-After).`, {
            metric: 'error-rate',
            value: r.errorRate,
            limit: t.errorRate,
            unit: '%',
            failed: r.failed,
            requests: r.requests,
        });
    }
    if (t.minRps !== undefined && r.rps < t.minRps) {
        add('min-rps-threshold', 'error', `${s.name}: throughput ${fmt(r.rps)} req/s ${at} is below the minimum of ${fmt(t.minRps)} req/s.`, `Profile the hot path of this endpoint. ${LATENCY_ADVICE} Note that req/s on a shared CI runner varies ±25–50 % between runs: keep a margin.`, { metric: 'min-rps', value: r.rps, limit: t.minRps, unit: 'req/s' });
    }
    if (s.expectStatus?.length) {
        const unexpected = Object.entries(r.errors.status);
        if (unexpected.length > 0) {
            const got = unexpected.map(([code, n]) => `${code} × ${fmt(n, 0)}`).join(', ');
            add('expect-status-mismatch', 'error', `${s.name}: expected status ${s.expectStatus.join(' or ')} for every response, got ${got}.`, s.expectStatus.every((c) => c >= 400)
                ? `The endpoint accepted input it should reject: validate the request body (schema validation) and answer ${s.expectStatus[0]}.`
                : `Check why the endpoint answers ${unexpected[0][0]} under load.`, { expected: s.expectStatus, unexpected: r.errors.status });
        }
    }
    if (s.expectRateLimit) {
        const limited = r.statusCodes['429'] ?? 0;
        if (limited === 0) {
            add('rate-limit-missing', 'error', `${s.name}: no 429 (Too Many Requests) in ${fmt(r.requests, 0)} requests ${at}; the endpoint is not rate limited.`, 'Add a rate limiter in front of this route (e.g. express-rate-limit, @fastify/rate-limit, or the gateway) that answers 429 with Retry-After or RateLimit-* headers.', { requests: r.requests, limited });
        }
        else if (!r.rateLimitHeaders) {
            add('rate-limit-headers-missing', 'warning', `${s.name}: ${fmt(limited, 0)} responses were 429 but none carried Retry-After or RateLimit-* headers.`, 'Send Retry-After (RFC 9110) or the RateLimit-Policy/RateLimit headers so clients know when to retry.', { limited });
        }
    }
    if (r.model === 'open' && r.rate && r.achievedRate !== undefined && r.achievedRate < r.rate * RATE_SHORTFALL) {
        add('rate-not-achieved', 'warning', `${s.name}: asked for ${fmt(r.rate)} req/s, the app answered ${fmt(r.achievedRate)} req/s; beyond its capacity, requests queued and latencies include that wait.`, 'Lower the rate to what the app can sustain, or treat this as a capacity failure (add min-rps).', { requested: r.rate, achieved: r.achievedRate });
    }
    return findings;
}


/***/ }),

/***/ 97847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nc: () => (/* binding */ resultTables),
/* harmony export */   V5: () => (/* binding */ resultArtifacts),
/* harmony export */   fJ: () => (/* binding */ resultCharts),
/* harmony export */   gG: () => (/* binding */ resultDetails),
/* harmony export */   q_: () => (/* binding */ RESULTS_ARTIFACT),
/* harmony export */   tC: () => (/* binding */ resultMetrics),
/* harmony export */   yR: () => (/* binding */ slug)
/* harmony export */ });
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46348);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47568);


function slug(name) {
    return (name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'scenario');
}
const ms = (n) => Math.round(n * 100) / 100;
function resultTables(results, findings) {
    const failedRules = (name) => findings
        .filter((f) => f.severity === 'error' && f.data?.scenario === name)
        .map((f) => f.rule);
    return [
        {
            title: 'Load test results',
            columns: ['Scenario', 'Load', 'Requests', 'Req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'Max ms', 'Errors', 'Result'],
            rows: results.map((r) => {
                const failed = failedRules(r.name);
                return [
                    r.name,
                    (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.loadLabel)(r),
                    r.requests,
                    r.rps,
                    ms(r.latency.p50),
                    ms(r.latency.p95),
                    ms(r.latency.p99),
                    ms(r.latency.max),
                    `${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.errorRate, 2)} %`,
                    failed.length ? `fail (${failed.join(', ')})` : 'pass',
                ];
            }),
        },
        {
            title: 'Latency (ms)',
            columns: ['Scenario', 'Min', 'Mean', 'p50', 'p90', 'p95', 'p99', 'p99.9', 'Max'],
            rows: results.map((r) => [
                r.name,
                ms(r.latency.min),
                ms(r.latency.mean),
                ms(r.latency.p50),
                ms(r.latency.p90),
                ms(r.latency.p95),
                ms(r.latency.p99),
                ms(r.latency.p999),
                ms(r.latency.max),
            ]),
        },
        {
            title: 'Status codes and errors',
            columns: ['Scenario', 'Kind', 'Count'],
            rows: results.flatMap((r) => [
                ...Object.entries(r.statusCodes)
                    .sort()
                    .map(([code, n]) => [r.name, `HTTP ${code}`, n]),
                ...(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.describeErrors)(r)
                    .filter((e) => !e.startsWith('HTTP '))
                    .map((e) => {
                    const i = e.lastIndexOf(':');
                    return [r.name, e.slice(0, i), Number(e.slice(i + 1).replace(/,/g, ''))];
                }),
            ]),
        },
    ];
}
function resultCharts(results) {
    const charts = [];
    if (results.length > 0) {
        charts.push({
            title: 'Latency distribution (ms)',
            xLabel: 'percentile',
            yLabel: 'latency (ms)',
            x: _stats_js__WEBPACK_IMPORTED_MODULE_1__/* .PERCENTILE_POINTS */ .Iz.map((p) => p.label),
            series: results.map((r) => ({
                name: `${r.name} (${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.loadLabel)(r)})`,
                values: _stats_js__WEBPACK_IMPORTED_MODULE_1__/* .PERCENTILE_POINTS */ .Iz.map((p) => ms(r.latency[p.key])),
            })),
        });
    }
    for (const r of results) {
        if (r.perSecond.length < 2)
            continue;
        charts.push({
            title: `p99 latency per second (ms): ${r.name}`,
            xLabel: 'second',
            yLabel: 'p99 (ms)',
            x: r.perSecond.map((s) => s.second),
            series: [{ name: 'p99', values: r.perSecond.map((s) => ms(s.p99)) }],
        });
    }
    return charts;
}
/** The seed's terminal layout, one block per scenario. */
function resultDetails(results, findings) {
    const lines = [];
    for (const r of results) {
        const ok = r.requests - r.failed;
        const pct = (n) => (r.requests ? `${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)((n / r.requests) * 100, 1)}%` : '0%');
        lines.push('=== Load Test Results ===');
        lines.push(`Scenario: ${r.name}`);
        lines.push(`Target: ${r.method} ${r.url}`);
        const model = r.model === 'open'
            ? `open model, fixed rate ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.rate ?? 0)} req/s (latency from intended send time), ${r.connections} connections`
            : `closed model, ${r.connections} connections (latency at ${r.connections} connections)`;
        lines.push(`Duration: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.elapsed, 1)}s | Load: ${model}`);
        if (r.interrupted)
            lines.push(`Interrupted: ${r.interrupted}`);
        lines.push('');
        lines.push('THROUGHPUT:');
        lines.push(`  Total requests: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.requests, 0)}`);
        lines.push(`  Requests/sec: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.rps, 1)}`);
        if (r.achievedRate !== undefined)
            lines.push(`  Achieved rate: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.achievedRate, 1)} of ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.rate ?? 0)} req/s requested`);
        lines.push(`  Successful: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(ok, 0)} (${pct(ok)})`);
        lines.push(`  Failed: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.failed, 0)} (${pct(r.failed)})`);
        lines.push(`  Received: ${formatBytes(r.bytes)}`);
        lines.push('');
        lines.push(`LATENCY (ms, ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.loadLabel)(r)}):`);
        lines.push(`  Min: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.latency.min, 2)}`);
        lines.push(`  Avg: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.latency.mean, 2)}`);
        lines.push(`  P50: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.latency.p50, 2)}`);
        lines.push(`  P90: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.latency.p90, 2)}`);
        lines.push(`  P95: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.latency.p95, 2)}`);
        lines.push(`  P99: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.latency.p99, 2)}`);
        lines.push(`  P99.9: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.latency.p999, 2)}`);
        lines.push(`  Max: ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(r.latency.max, 2)}`);
        lines.push('');
        lines.push('ERRORS:');
        const errors = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.describeErrors)(r);
        lines.push(...(errors.length ? errors.map((e) => `  ${e}`) : ['  none']));
        lines.push('');
        lines.push('RECOMMENDATION:');
        const mine = findings.filter((f) => f.data?.scenario === r.name);
        if (mine.length === 0)
            lines.push('  All thresholds met.');
        for (const f of mine)
            lines.push(`  ${f.fix?.description ?? f.message}`);
        lines.push('');
    }
    return lines;
}
function resultMetrics(results) {
    const m = {
        scenarios: results.length,
        requests: results.reduce((a, r) => a + r.requests, 0),
        failed: results.reduce((a, r) => a + r.failed, 0),
    };
    if (results.length > 0)
        m.worst_p99_ms = Math.max(...results.map((r) => r.latency.p99));
    for (const r of results) {
        const k = slug(r.name);
        m[`${k}.rps`] = r.rps;
        m[`${k}.requests`] = r.requests;
        m[`${k}.error_rate_pct`] = r.errorRate;
        for (const p of _stats_js__WEBPACK_IMPORTED_MODULE_1__/* .PERCENTILE_POINTS */ .Iz)
            m[`${k}.${p.label.replace('.', '')}_ms`] = r.latency[p.key];
        m[`${k}.mean_ms`] = r.latency.mean;
        if (r.achievedRate !== undefined)
            m[`${k}.achieved_rate`] = r.achievedRate;
    }
    return m;
}
const RESULTS_ARTIFACT = 'loadtest-results';
/** Full results (histograms included) for baselines and `loadtest merge`, plus one .hdr per scenario. */
function resultArtifacts(results) {
    return [
        {
            kind: RESULTS_ARTIFACT,
            path: 'loadtest/results.json',
            content: JSON.stringify({ version: 1, results }, null, 2),
        },
        ...results.map((r) => ({ kind: 'histogram', path: `loadtest/${slug(r.name)}.hdr`, content: r.histogram })),
    ];
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(n / 1024, 1)} KiB`;
    return `${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__.fmt)(n / 1024 / 1024, 1)} MiB`;
}


/***/ }),

/***/ 47568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ LatencyRecorder),
/* harmony export */   Iz: () => (/* binding */ PERCENTILE_POINTS),
/* harmony export */   Q7: () => (/* binding */ mergeHistograms),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   ll: () => (/* binding */ encodeHistogram)
/* harmony export */ });
/* unused harmony exports newHistogram, toMicros, decodeHistogram */
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86752);
/**
 * Latency statistics in microseconds. autocannon's own latencies are whole milliseconds, floored
 * (a 0.9 ms answer reads as 0), so every engine feeds this recorder with float milliseconds and
 * it keeps a µs HDR histogram: mergeable across shards and serialisable into reports and baselines.
 */

/** Three significant digits: 0.1 % resolution at any latency, ~2 KB compressed for a run. */
function newHistogram() {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__.build({
        lowestDiscernibleValue: 1,
        highestTrackableValue: 3_600_000_000,
        numberOfSignificantValueDigits: 3,
    });
}
function toMicros(ms) {
    return Math.min(3_600_000_000, Math.max(1, Math.round(ms * 1000)));
}
function encodeHistogram(h) {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__.encodeIntoCompressedBase64(h);
}
function decodeHistogram(base64) {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__.decodeFromCompressedBase64(base64);
}
/** Merges encoded histograms (shards, trials) into one. */
function mergeHistograms(encoded) {
    const merged = newHistogram();
    for (const e of encoded) {
        const h = decodeHistogram(e);
        merged.add(h);
        h.destroy();
    }
    return merged;
}
/** The percentiles the report charts, in order, with their keys in LatencySummary. */
const PERCENTILE_POINTS = [
    { label: 'p50', key: 'p50', percentile: 50 },
    { label: 'p75', key: 'p75', percentile: 75 },
    { label: 'p90', key: 'p90', percentile: 90 },
    { label: 'p95', key: 'p95', percentile: 95 },
    { label: 'p99', key: 'p99', percentile: 99 },
    { label: 'p99.9', key: 'p999', percentile: 99.9 },
    { label: 'max', key: 'max', percentile: 100 },
];
const ms = (us) => Math.round(us) / 1000;
function summarize(h) {
    // A percentile reads the top of its bucket; it never exceeds the largest value seen.
    const at = (p) => ms(Math.min(h.getValueAtPercentile(p), h.maxValue));
    if (h.totalCount === 0)
        return { min: 0, mean: 0, stddev: 0, p50: 0, p75: 0, p90: 0, p95: 0, p99: 0, p999: 0, max: 0, count: 0 };
    return {
        min: ms(h.minNonZeroValue),
        mean: ms(h.mean),
        stddev: ms(h.stdDeviation),
        p50: at(50),
        p75: at(75),
        p90: at(90),
        p95: at(95),
        p99: at(99),
        p999: at(99.9),
        max: ms(h.maxValue),
        count: h.totalCount,
    };
}
/**
 * Records every response: the whole-run histogram plus one small histogram per second, so the
 * report can chart p99 over time (a stall or a slow leak shows as a step, not as a shifted mean).
 */
class LatencyRecorder {
    histogram = newHistogram();
    perSecond = [];
    startedAt;
    constructor(startedAt = performance.now()) {
        this.startedAt = startedAt;
    }
    /** latencyMs: float ms; at: performance.now() when the response completed. */
    record(latencyMs, at = performance.now()) {
        const us = toMicros(latencyMs);
        this.histogram.recordValue(us);
        const second = Math.max(0, Math.floor((at - this.startedAt) / 1000));
        let h = this.perSecond[second];
        if (!h) {
            h = hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__.build({
                lowestDiscernibleValue: 1,
                highestTrackableValue: 3_600_000_000,
                numberOfSignificantValueDigits: 2,
            });
            this.perSecond[second] = h;
        }
        h.recordValue(us);
    }
    get count() {
        return this.histogram.totalCount;
    }
    seconds() {
        const out = [];
        for (let i = 0; i < this.perSecond.length; i++) {
            const h = this.perSecond[i];
            out.push({ second: i + 1, requests: h?.totalCount ?? 0, p99: h ? ms(h.getValueAtPercentile(99)) : 0 });
        }
        return out;
    }
    destroy() {
        this.histogram.destroy();
        for (const h of this.perSecond)
            h?.destroy();
    }
}


/***/ }),

/***/ 6895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ Tally),
  L: () => (/* binding */ round)
});

;// CONCATENATED MODULE: ./src/loadtest/result.ts
function emptyErrors() {
    return { timeout: 0, refused: 0, reset: 0, other: {}, status: {} };
}
/** Sorts a socket error into the kinds the report names. */
function countError(errors, e) {
    const code = e?.code;
    const message = e instanceof Error ? e.message : String(e);
    if (code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT' ||
        code === 'ETIMEDOUT' ||
        /timed out/i.test(message)) {
        errors.timeout++;
    }
    else if (code === 'ECONNREFUSED') {
        errors.refused++;
    }
    else if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
        errors.reset++;
    }
    else {
        const key = code ?? 'error';
        errors.other[key] = (errors.other[key] ?? 0) + 1;
    }
}
function socketErrorCount(errors) {
    return errors.timeout + errors.refused + errors.reset + Object.values(errors.other).reduce((a, b) => a + b, 0);
}
/** Default success: any 2xx. With expect-status, exactly the listed codes. */
function isExpectedStatus(status, expect) {
    return expect && expect.length > 0 ? expect.includes(status) : status >= 200 && status < 300;
}

// EXTERNAL MODULE: ./src/loadtest/stats.ts
var stats = __webpack_require__(47568);
;// CONCATENATED MODULE: ./src/loadtest/tally.ts


class Tally {
    scenario;
    recorder;
    statusCodes = {};
    errors = emptyErrors();
    bytes = 0;
    responses = 0;
    rateLimitHeaders = 0;
    skipped = 0;
    startedAt = performance.now();
    progressTimer;
    constructor(scenario) {
        this.scenario = scenario;
        this.recorder = new stats/* LatencyRecorder */.BJ(this.startedAt);
    }
    response(status, bytes, latencyMs, at = performance.now()) {
        this.responses++;
        this.bytes += bytes;
        this.recorder.record(latencyMs, at);
        const key = String(status);
        this.statusCodes[key] = (this.statusCodes[key] ?? 0) + 1;
        // Under expect-rate-limit a 429 is the answer we hope for, not a failure.
        const expected = isExpectedStatus(status, this.scenario.expectStatus) || (status === 429 && this.scenario.expectRateLimit);
        if (!expected)
            this.errors.status[key] = (this.errors.status[key] ?? 0) + 1;
    }
    error(e) {
        countError(this.errors, e);
    }
    get requests() {
        return this.responses + socketErrorCount(this.errors) + this.skipped;
    }
    /** Logs requests so far and the last second's rate, once a second. */
    startProgress(log, label, plannedSeconds) {
        let last = 0;
        let tick = 0;
        this.progressTimer = setInterval(() => {
            tick++;
            const now = this.requests;
            const of = plannedSeconds ? `/${Math.ceil(plannedSeconds)}` : '';
            log.info(`${label}: ${tick}${of} s, ${now.toLocaleString('en-US')} requests, ${(now - last).toLocaleString('en-US')} req/s`);
            last = now;
        }, 1000);
        this.progressTimer.unref();
    }
    stopProgress() {
        clearInterval(this.progressTimer);
    }
    finish(meta) {
        this.stopProgress();
        const s = this.scenario;
        const requests = this.requests;
        const unexpected = Object.values(this.errors.status).reduce((a, b) => a + b, 0);
        const failed = socketErrorCount(this.errors) + unexpected + this.skipped;
        const elapsed = Math.max(meta.elapsed, 0.001);
        const result = {
            name: s.name,
            method: s.method,
            url: s.url,
            model: meta.model,
            connections: s.connections,
            rate: s.rate,
            elapsed: round(elapsed, 3),
            requests,
            responses: this.responses,
            rps: round(this.responses / elapsed, 1),
            latency: (0,stats/* summarize */.eh)(this.recorder.histogram),
            histogram: (0,stats/* encodeHistogram */.ll)(this.recorder.histogram),
            statusCodes: this.statusCodes,
            errors: this.errors,
            failed,
            errorRate: requests === 0 ? 0 : round((failed / requests) * 100, 3),
            bytes: this.bytes,
            perSecond: this.recorder.seconds(),
        };
        if (meta.model === 'open')
            result.skipped = this.skipped;
        if (meta.achievedRate !== undefined)
            result.achievedRate = round(meta.achievedRate, 1);
        if (meta.checkedRateLimit)
            result.rateLimitHeaders = this.rateLimitHeaders;
        if (meta.interrupted)
            result.interrupted = meta.interrupted;
        this.recorder.destroy();
        return result;
    }
}
function round(n, digits) {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}


/***/ })

};
