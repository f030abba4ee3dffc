export const id = 599;
export const ids = [599];
export const modules = {

/***/ 82599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadtestCommand: () => (/* binding */ loadtestCommand)
});

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(91938);
;// CONCATENATED MODULE: ./src/loadtest/gate.ts
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
        fingerprint: (0,fingerprint/* fingerprint */.R)(rule, s.name),
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(32960);
;// CONCATENATED MODULE: ./src/loadtest/stats.ts
/**
 * Latency statistics in microseconds. autocannon's own latencies are whole milliseconds, floored
 * (a 0.9 ms answer reads as 0), so every engine feeds this recorder with float milliseconds and
 * it keeps a µs HDR histogram: mergeable across shards and serialisable into reports and baselines.
 */

/** Three significant digits: 0.1 % resolution at any latency, ~2 KB compressed for a run. */
function newHistogram() {
    return dist.build({
        lowestDiscernibleValue: 1,
        highestTrackableValue: 3_600_000_000,
        numberOfSignificantValueDigits: 3,
    });
}
function toMicros(ms) {
    return Math.min(3_600_000_000, Math.max(1, Math.round(ms * 1000)));
}
function encodeHistogram(h) {
    return dist.encodeIntoCompressedBase64(h);
}
function decodeHistogram(base64) {
    return dist.decodeFromCompressedBase64(base64);
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
            h = dist.build({
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
        this.recorder = new LatencyRecorder(this.startedAt);
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
            latency: summarize(this.recorder.histogram),
            histogram: encodeHistogram(this.recorder.histogram),
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

;// CONCATENATED MODULE: ./src/loadtest/combine.ts


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
    const merged = mergeHistograms(parts.map((p) => p.histogram));
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
        elapsed: round(elapsed, 3),
        requests,
        responses,
        rps: round(how === 'shards' ? sum((r) => r.rps) : responses / Math.max(elapsed, 0.001), 1),
        latency: summarize(merged),
        histogram: encodeHistogram(merged),
        statusCodes: parts.reduce((a, r) => addCounts(a, r.statusCodes), {}),
        errors: parts.reduce((a, r) => addErrors(a, r.errors), {
            timeout: 0,
            refused: 0,
            reset: 0,
            other: {},
            status: {},
        }),
        failed,
        errorRate: requests === 0 ? 0 : round((failed / requests) * 100, 3),
        bytes: sum((r) => r.bytes),
        perSecond,
        trials: how === 'trials' ? parts.flatMap(trialsOf) : undefined,
        shards: how === 'shards' ? parts.length : undefined,
    };
    if (first.skipped !== undefined)
        result.skipped = sum((r) => r.skipped ?? 0);
    if (first.achievedRate !== undefined) {
        result.achievedRate = round(how === 'shards' ? sum((r) => r.achievedRate ?? 0) : sum((r) => r.achievedRate ?? 0) / parts.length, 1);
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

;// CONCATENATED MODULE: ./src/loadtest/render.ts


function slug(name) {
    return (name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'scenario');
}
const render_ms = (n) => Math.round(n * 100) / 100;
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
                    loadLabel(r),
                    r.requests,
                    r.rps,
                    render_ms(r.latency.p50),
                    render_ms(r.latency.p95),
                    render_ms(r.latency.p99),
                    render_ms(r.latency.max),
                    `${fmt(r.errorRate, 2)} %`,
                    failed.length ? `fail (${failed.join(', ')})` : 'pass',
                ];
            }),
        },
        {
            title: 'Latency (ms)',
            columns: ['Scenario', 'Min', 'Mean', 'p50', 'p90', 'p95', 'p99', 'p99.9', 'Max'],
            rows: results.map((r) => [
                r.name,
                render_ms(r.latency.min),
                render_ms(r.latency.mean),
                render_ms(r.latency.p50),
                render_ms(r.latency.p90),
                render_ms(r.latency.p95),
                render_ms(r.latency.p99),
                render_ms(r.latency.p999),
                render_ms(r.latency.max),
            ]),
        },
        {
            title: 'Status codes and errors',
            columns: ['Scenario', 'Kind', 'Count'],
            rows: results.flatMap((r) => [
                ...Object.entries(r.statusCodes)
                    .sort()
                    .map(([code, n]) => [r.name, `HTTP ${code}`, n]),
                ...describeErrors(r)
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
            x: PERCENTILE_POINTS.map((p) => p.label),
            series: results.map((r) => ({
                name: `${r.name} (${loadLabel(r)})`,
                values: PERCENTILE_POINTS.map((p) => render_ms(r.latency[p.key])),
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
            series: [{ name: 'p99', values: r.perSecond.map((s) => render_ms(s.p99)) }],
        });
    }
    return charts;
}
/** The seed's terminal layout, one block per scenario. */
function resultDetails(results, findings) {
    const lines = [];
    for (const r of results) {
        const ok = r.requests - r.failed;
        const pct = (n) => (r.requests ? `${fmt((n / r.requests) * 100, 1)}%` : '0%');
        lines.push('=== Load Test Results ===');
        lines.push(`Scenario: ${r.name}`);
        lines.push(`Target: ${r.method} ${r.url}`);
        const model = r.model === 'open'
            ? `open model, fixed rate ${fmt(r.rate ?? 0)} req/s (latency from intended send time), ${r.connections} connections`
            : `closed model, ${r.connections} connections (latency at ${r.connections} connections)`;
        lines.push(`Duration: ${fmt(r.elapsed, 1)}s | Load: ${model}`);
        if (r.interrupted)
            lines.push(`Interrupted: ${r.interrupted}`);
        lines.push('');
        lines.push('THROUGHPUT:');
        lines.push(`  Total requests: ${fmt(r.requests, 0)}`);
        lines.push(`  Requests/sec: ${fmt(r.rps, 1)}`);
        if (r.achievedRate !== undefined)
            lines.push(`  Achieved rate: ${fmt(r.achievedRate, 1)} of ${fmt(r.rate ?? 0)} req/s requested`);
        lines.push(`  Successful: ${fmt(ok, 0)} (${pct(ok)})`);
        lines.push(`  Failed: ${fmt(r.failed, 0)} (${pct(r.failed)})`);
        lines.push(`  Received: ${formatBytes(r.bytes)}`);
        lines.push('');
        lines.push(`LATENCY (ms, ${loadLabel(r)}):`);
        lines.push(`  Min: ${fmt(r.latency.min, 2)}`);
        lines.push(`  Avg: ${fmt(r.latency.mean, 2)}`);
        lines.push(`  P50: ${fmt(r.latency.p50, 2)}`);
        lines.push(`  P90: ${fmt(r.latency.p90, 2)}`);
        lines.push(`  P95: ${fmt(r.latency.p95, 2)}`);
        lines.push(`  P99: ${fmt(r.latency.p99, 2)}`);
        lines.push(`  P99.9: ${fmt(r.latency.p999, 2)}`);
        lines.push(`  Max: ${fmt(r.latency.max, 2)}`);
        lines.push('');
        lines.push('ERRORS:');
        const errors = describeErrors(r);
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
        for (const p of PERCENTILE_POINTS)
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
        return `${fmt(n / 1024, 1)} KiB`;
    return `${fmt(n / 1024 / 1024, 1)} MiB`;
}

;// CONCATENATED MODULE: ./src/loadtest/baseline.ts
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
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(content, null, 2) + '\n');
}
/** Reads a results file, or a loadtest report written with --format json (its results artifact). */
function readResultsFile(file, what = 'results file') {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ConfigurationError */.j1(`${what} not found.`, { file });
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${what} is not valid JSON: ${e.message}.`, { file });
    }
    const asReport = data;
    if (asReport?.mode === 'loadtest' && Array.isArray(asReport.artifacts)) {
        const artifact = asReport.artifacts.find((a) => a.kind === RESULTS_ARTIFACT);
        if (!artifact?.content)
            throw new errors/* ConfigurationError */.j1(`this loadtest report has no '${RESULTS_ARTIFACT}' artifact.`, { file });
        data = JSON.parse(artifact.content);
    }
    const f = data;
    if (f?.format !== RESULTS_FORMAT || !Array.isArray(f.results)) {
        throw new errors/* ConfigurationError */.j1(`not a backend-gate loadtest results file (expected "format": "${RESULTS_FORMAT}"). Write one with --save-baseline FILE.`, { file });
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
    const m = fmt(median(values), 2);
    return values.length > 1
        ? `${m} ${unit} (${fmt(Math.min(...values), 2)}–${fmt(Math.max(...values), 2)}, n=${values.length})`
        : `${m} ${unit}`;
}
function compareWithBaseline(current, baseline, options) {
    const findings = [];
    const rows = [];
    for (const now of current) {
        const before = baseline.results.find((b) => b.name === now.name);
        if (!before) {
            rows.push([now.name, '—', 'not in baseline', '', '', 'new']);
            continue;
        }
        const nowTrials = trialsOf(now);
        const beforeTrials = trialsOf(before);
        for (const m of METRICS) {
            const pick = (t) => t[m.metric];
            const a = beforeTrials.map(pick);
            const b = nowTrials.map(pick);
            const medA = median(a);
            const medB = median(b);
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
                `${changePct >= 0 ? '+' : ''}${fmt(changePct, 1)} %`,
                verdict,
            ]);
            if (!regression)
                continue;
            const label = m.metric === 'rps' ? 'throughput' : `${m.metric.toUpperCase()} latency`;
            findings.push({
                rule: m.rule,
                // One trial cannot tell a regression from noise: say so instead of failing the gate.
                severity: singleTrial ? 'warning' : m.severity,
                message: `${now.name}: ${label} went from ${describe(a, m.unit)} to ${describe(b, m.unit)} (${changePct >= 0 ? '+' : ''}${fmt(changePct, 1)} %), ` +
                    `beyond the ${fmt(options.thresholdPct)} % threshold and the run-to-run spread (${fmt(noise, 2)} ${m.unit}).` +
                    (singleTrial ? ' Only one trial on a side: run --trials 3 or more to confirm.' : ''),
                location: { file: options.file },
                fingerprint: (0,fingerprint/* fingerprint */.R)(m.rule, now.name, m.metric),
                fix: {
                    description: m.metric === 'rps'
                        ? 'Compare the change against the base branch: a new query, a lost index, or synchronous work in the request path usually explains lost throughput.'
                        : 'Profile the endpoint against the base branch: look for new queries (N+1), missing indexes, lost connection pooling or caching. If the slowdown is intended, save a new baseline.',
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
            title: `Against baseline (threshold ${fmt(options.thresholdPct)} %)`,
            columns: ['Scenario', 'Metric', 'Baseline', 'Now', 'Change', 'Verdict'],
            rows,
        },
    };
}

;// CONCATENATED MODULE: ./src/loadtest/merge.ts
/**
 * `backend-gate loadtest merge FILE…`: the shards of a job matrix, each a results file or a
 * loadtest JSON report, combined per scenario into one report (histograms merged exactly,
 * counts and throughputs added), then gated on the config's thresholds as a single run would be.
 */




function mergeShardFiles(files, workingDirectory) {
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1('loadtest merge needs the shard files: backend-gate loadtest merge shard-1.json shard-2.json …');
    }
    const byName = new Map();
    const shards = new Set();
    for (const f of files) {
        const file = readResultsFile(external_node_path_default().resolve(workingDirectory, f), 'shard file');
        if (file.shard) {
            const key = `${file.shard.index}/${file.shard.count}`;
            if (shards.has(key))
                throw new errors/* ConfigurationError */.j1(`shard ${key} appears twice; each shard file must be given once.`, { file: f });
            shards.add(key);
        }
        for (const r of file.results)
            byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    }
    return { results: [...byName.values()].map((parts) => combineResults(parts, 'shards')), sources: files };
}

// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
;// CONCATENATED MODULE: ./src/loadtest/compare.ts


const ROWS = [
    { label: 'Req/s', value: (r) => r.rps, trial: 'rps' },
    { label: 'p50 ms', value: (r) => r.latency.p50, trial: 'p50' },
    { label: 'p90 ms', value: (r) => r.latency.p90 },
    { label: 'p95 ms', value: (r) => r.latency.p95, trial: 'p95' },
    { label: 'p99 ms', value: (r) => r.latency.p99, trial: 'p99' },
    { label: 'Max ms', value: (r) => r.latency.max },
    { label: 'Errors %', value: (r) => r.errorRate },
];
function comparisonTable(a, b) {
    const multi = trialsOf(a).length > 1;
    return {
        title: `Comparison: ${a.url} vs ${b.url}${multi ? ` (median of ${trialsOf(a).length} interleaved trials)` : ''}`,
        columns: ['Metric', 'A', 'B', 'B vs A'],
        rows: ROWS.map((row) => {
            const va = multi && row.trial ? median(trialsOf(a).map((t) => t[row.trial])) : row.value(a);
            const vb = multi && row.trial ? median(trialsOf(b).map((t) => t[row.trial])) : row.value(b);
            const delta = va === 0 ? (vb === 0 ? '0 %' : 'n/a') : `${vb >= va ? '+' : ''}${fmt(((vb - va) / va) * 100, 1)} %`;
            return [row.label, Math.round(va * 100) / 100, Math.round(vb * 100) / 100, delta];
        }),
    };
}
function comparisonDetails(table) {
    return [
        '=== Comparison ===',
        table.title,
        ...table.rows.map(([label, a, b, d]) => `  ${String(label).padEnd(9)} A: ${fmt(a, 2).padStart(10)}   B: ${fmt(b, 2).padStart(10)}   ${d}`),
        '',
    ];
}

// EXTERNAL MODULE: ./node_modules/autocannon/autocannon.js
var autocannon = __webpack_require__(88174);
var autocannon_default = /*#__PURE__*/__webpack_require__.n(autocannon);
;// CONCATENATED MODULE: ./src/loadtest/closed.ts
/**
 * The closed model with autocannon, in-process and without workers (its `response` event,
 * which feeds our µs histogram, is not forwarded from worker threads). Latency here is
 * "at N connections": each connection waits for its answer, so a stalled server is sampled
 * only once per connection (coordinated omission); the open model in openloop.ts does not.
 */


function baseOptions(s) {
    return {
        url: s.url,
        method: s.method,
        headers: s.headers,
        body: s.body,
        connections: s.connections,
        // autocannon counts timeouts in whole seconds, at least 1.
        timeout: Math.max(1, Math.round(s.timeout)),
        // No overallRate here: autocannon's rate mode sends in bursts and its CO correction assumes a
        // 1 ms interval (and ignoreCoordinatedOmission is refused without a rate). Fixed rates go to openloop.ts.
    };
}
/** Runs autocannon and resolves with its raw result; stops early on abort or after capSeconds. */
function runAutocannon(opts, signal, capSeconds, attach) {
    return new Promise((resolve, reject) => {
        // Mutable holder: autocannon may call back synchronously (bad options), before it returns.
        const run = { finished: false };
        const onAbort = () => run.instance?.stop();
        const done = (err) => {
            run.finished = true;
            clearTimeout(run.cap);
            signal.removeEventListener('abort', onAbort);
            if (err)
                reject(err);
            else
                resolve();
        };
        run.instance = autocannon_default()(opts, done);
        if (run.finished)
            return;
        run.cap = setTimeout(onAbort, capSeconds * 1000);
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
        attach?.(run.instance);
    });
}
async function runClosed(s, o) {
    if (s.warmup > 0 && !o.signal.aborted) {
        o.log.info(`${s.name}: warming up for ${s.warmup} s`);
        await runAutocannon({ ...baseOptions(s), duration: s.warmup }, o.signal, s.warmup + s.timeout);
    }
    const tally = new Tally(s);
    const started = performance.now();
    tally.startProgress(o.log, s.name, s.duration);
    const opts = {
        ...baseOptions(s),
        ...(s.amount ? { amount: s.amount } : { duration: s.duration }),
    };
    await runAutocannon(opts, o.signal, Math.min(o.maxDuration, (s.duration ?? o.maxDuration) + s.timeout), (instance) => {
        instance.on('response', (_client, status, bytes, ms) => tally.response(status, bytes, ms));
        instance.on('reqError', (e) => tally.error(e));
    });
    const elapsed = (performance.now() - started) / 1000;
    return tally.finish({
        model: 'closed',
        elapsed,
        interrupted: o.signal.aborted ? String(o.signal.reason ?? 'cancelled') : undefined,
    });
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
;// CONCATENATED MODULE: ./src/loadtest/http.ts
/**
 * One request through undici, timed by the caller: used by the open-loop scheduler and by
 * closed runs that must see response headers (rate-limit checks), which autocannon does not expose.
 */

function newPool(s) {
    const u = new URL(s.url);
    const pool = new undici.Pool(u.origin, {
        connections: s.connections,
        pipelining: 1,
        headersTimeout: s.timeout * 1000,
        bodyTimeout: s.timeout * 1000,
        connectTimeout: Math.min(s.timeout * 1000, 10_000),
    });
    return { pool, path: u.pathname + u.search };
}
/** A 429 that tells the client when to retry: what a well-behaved rate limiter sends. */
function hasRateLimitHeaders(headers) {
    return Object.keys(headers).some((h) => /^(retry-after|ratelimit(-|$)|x-ratelimit-)/i.test(h));
}
/**
 * Sends one request; `startedAt` is when the latency clock starts (the intended send time in the
 * open model). Resolves after the body is read and the response or error is tallied.
 */
async function sendOne(pool, path, s, startedAt, tally, isLive) {
    try {
        const res = await pool.request({ path, method: s.method, headers: s.headers, body: s.body });
        let bytes = 0;
        for await (const chunk of res.body)
            bytes += chunk.length;
        const now = performance.now();
        if (!tally || !isLive())
            return;
        tally.response(res.statusCode, bytes, now - startedAt, now);
        if (res.statusCode === 429 && hasRateLimitHeaders(res.headers))
            tally.rateLimitHeaders++;
    }
    catch (e) {
        if (tally && isLive())
            tally.error(e);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/loadtest/target.ts
/**
 * The app under test: started in its own process group (so a shell wrapper and its children
 * die together), its output kept (last lines), readiness awaited with a deadline, and stopped
 * with SIGTERM then SIGKILL. A crash before or during the run is reported, never waited on.
 */


const LOG_LINES = 40;
const STOP_GRACE_MS = 5000;
/** Groups still alive when this process exits are killed, so no app outlives a run. */
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pid of liveGroups)
            killGroup(pid, 'SIGKILL');
    });
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        /* already gone */
    }
}
class AppProcess {
    child;
    port;
    lines = [];
    partial = { stdout: '', stderr: '' };
    exited;
    exit;
    constructor(child, port) {
        this.child = child;
        this.port = port;
        const pid = child.pid;
        if (pid !== undefined)
            liveGroups.add(pid);
        this.exited = new Promise((resolve) => {
            child.once('exit', (code, signal) => {
                if (pid !== undefined)
                    liveGroups.delete(pid);
                this.flush();
                this.exit = { code, signal };
                resolve(this.exit);
            });
            child.once('error', (e) => {
                this.push(`failed to start: ${e.message}`);
                if (pid !== undefined)
                    liveGroups.delete(pid);
                this.exit = { code: null, signal: null };
                resolve(this.exit);
            });
        });
        child.stdout?.on('data', (d) => this.collect('stdout', d));
        child.stderr?.on('data', (d) => this.collect('stderr', d));
    }
    /** Spawns `sh -c command` detached with PORT exported. */
    static start(app, port, baseEnv) {
        installExitHook();
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', app.command], {
            cwd: app.cwd,
            env: { ...baseEnv, ...app.env, PORT: String(port) },
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        return new AppProcess(child, port);
    }
    get running() {
        return this.exit === undefined;
    }
    /** The last lines the app printed (stdout and stderr interleaved). */
    lastLines() {
        this.flush();
        return [...this.lines];
    }
    describeExit() {
        if (!this.exit)
            return 'still running';
        if (this.exit.signal)
            return `killed by ${this.exit.signal}`;
        return this.exit.code === null ? 'could not be started' : `exited with code ${this.exit.code}`;
    }
    async stop(graceMs = STOP_GRACE_MS) {
        const pid = this.child.pid;
        if (pid === undefined || !this.running)
            return;
        killGroup(pid, 'SIGTERM');
        let timer;
        const timedOut = await Promise.race([
            this.exited.then(() => false),
            new Promise((r) => (timer = setTimeout(() => r(true), graceMs))),
        ]);
        clearTimeout(timer);
        // The shell may have exited while its children linger: the group gets SIGKILL either way.
        killGroup(pid, 'SIGKILL');
        if (timedOut)
            await this.exited;
        liveGroups.delete(pid);
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
    }
    collect(stream, d) {
        const text = this.partial[stream] + d.toString('utf8');
        const parts = text.split(/\r?\n/);
        this.partial[stream] = parts.pop() ?? '';
        for (const p of parts)
            this.push(p);
    }
    flush() {
        for (const s of ['stdout', 'stderr']) {
            if (this.partial[s])
                this.push(this.partial[s]);
            this.partial[s] = '';
        }
    }
    push(line) {
        this.lines.push(line);
        if (this.lines.length > LOG_LINES)
            this.lines.shift();
    }
}
/**
 * Waits until readyUrl answers 2xx (or, without one, until the port accepts connections),
 * the app exits, the deadline passes, or the signal aborts.
 */
async function waitUntilReady(app, probe, timeoutS, signal) {
    const started = performance.now();
    const deadline = started + timeoutS * 1000;
    let lastProblem = 'no answer yet';
    while (performance.now() < deadline) {
        if (!app.running)
            return { ready: false, reason: `the app ${app.describeExit()} before it was ready` };
        if (signal.aborted)
            return { ready: false, reason: 'cancelled' };
        const attempt = probe.readyUrl ? await probeUrl(probe.readyUrl) : await probePort(probe.host, probe.port);
        if (attempt === true)
            return { ready: true, ms: performance.now() - started };
        lastProblem = attempt;
        await Promise.race([sleep(100), app.exited]);
    }
    return { ready: false, reason: `not ready after ${timeoutS} s (last check: ${lastProblem})` };
}
async function probeUrl(url) {
    try {
        const res = await fetch(url, { signal: AbortSignal.timeout(1000), redirect: 'manual' });
        await res.body?.cancel();
        return res.status >= 200 && res.status < 300 ? true : `${url} answered ${res.status}`;
    }
    catch (e) {
        const cause = e.cause?.code;
        return `${url}: ${cause ?? e.message}`;
    }
}
function probePort(host, port) {
    return new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host, port });
        const done = (r) => {
            socket.destroy();
            resolve(r);
        };
        socket.setTimeout(1000, () => done(`${host}:${port} timed out`));
        socket.once('connect', () => done(true));
        socket.once('error', (e) => done(`${host}:${port}: ${e.code ?? e.message}`));
    });
}
/** A port that was free a moment ago (the app binds it right after). */
function pickFreePort(host = '127.0.0.1') {
    return new Promise((resolve, reject) => {
        const srv = external_node_net_default().createServer();
        srv.unref();
        srv.once('error', reject);
        srv.listen(0, host, () => {
            const port = srv.address().port;
            srv.close(() => resolve(port));
        });
    });
}
/** unref: for a timer that only bounds a wait (a race), so it never keeps the process alive. */
function sleep(ms, options = {}) {
    return new Promise((r) => {
        const t = setTimeout(r, ms);
        if (options.unref)
            t.unref();
    });
}

;// CONCATENATED MODULE: ./src/loadtest/openloop.ts



/** Runs a fixed schedule for `seconds`; returns how many were sent before the window closed. */
async function schedule(rate, seconds, signal, fire, maxCount = Infinity) {
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    const total = Math.min(maxCount, Math.floor(seconds * rate));
    let sent = 0;
    while (sent < total && !signal.aborted) {
        const now = performance.now();
        if (now >= end)
            break;
        const due = Math.min(total, Math.floor(((now - t0) * rate) / 1000) + 1);
        for (; sent < due; sent++)
            fire(t0 + (sent * 1000) / rate);
        const next = t0 + (sent * 1000) / rate;
        await sleep(Math.max(0, next - performance.now()));
    }
    return sent;
}
async function runOpen(s, o) {
    const rate = s.rate;
    if (!rate)
        throw new Error(`runOpen needs a rate (scenario '${s.name}')`);
    const { pool, path } = newPool(s);
    // Beyond this many unanswered requests the scheduler stops sending and counts them as skipped.
    const maxOutstanding = Math.max(1000, Math.ceil(rate * s.timeout));
    let outstanding = 0;
    let live = true;
    const inflight = new Set();
    const launch = (intendedAt, tally) => {
        if (outstanding >= maxOutstanding) {
            if (tally)
                tally.skipped++;
            return;
        }
        outstanding++;
        const p = sendOne(pool, path, s, intendedAt, tally, () => live).finally(() => {
            outstanding--;
            inflight.delete(p);
        });
        inflight.add(p);
    };
    try {
        if (s.warmup > 0) {
            o.log.info(`${s.name}: warming up at ${rate} req/s for ${s.warmup} s`);
            await schedule(rate, s.warmup, o.signal, (t) => launch(t));
            await Promise.race([Promise.all(inflight), sleep(s.timeout * 1000, { unref: true })]);
        }
        const tally = new Tally(s);
        const seconds = s.duration ?? Math.min(o.maxDuration, (s.amount ?? 0) / rate);
        tally.startProgress(o.log, s.name, seconds);
        const started = performance.now();
        await schedule(rate, Math.min(seconds, o.maxDuration), o.signal, (t) => launch(t, tally), s.amount);
        const windowEnd = performance.now();
        const answeredInWindow = tally.responses;
        // Answers still owed count, up to the request timeout; what is left after it timed out.
        await Promise.race([Promise.all(inflight), sleep(s.timeout * 1000, { unref: true }), abortPromise(o.signal)]);
        tally.errors.timeout += o.signal.aborted ? 0 : inflight.size;
        live = false;
        const window = (windowEnd - started) / 1000;
        return tally.finish({
            model: 'open',
            elapsed: (performance.now() - started) / 1000,
            achievedRate: answeredInWindow / Math.max(window, 0.001),
            interrupted: o.signal.aborted ? String(o.signal.reason ?? 'cancelled') : undefined,
            checkedRateLimit: s.expectRateLimit,
        });
    }
    finally {
        live = false;
        await pool.destroy().catch(() => { });
    }
}
function abortPromise(signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            resolve();
        else
            signal.addEventListener('abort', () => resolve(), { once: true });
    });
}

;// CONCATENATED MODULE: ./src/loadtest/closedloop.ts




async function runClosedLoop(s, o) {
    const { pool, path } = newPool(s);
    let live = true;
    try {
        const tally = new Tally(s);
        const seconds = Math.min(o.maxDuration, s.duration ?? o.maxDuration);
        const deadline = performance.now() + seconds * 1000;
        let remaining = s.amount ?? Infinity;
        tally.startProgress(o.log, s.name, s.duration);
        const started = performance.now();
        const loop = async () => {
            while (live && !o.signal.aborted && performance.now() < deadline && remaining-- > 0) {
                await sendOne(pool, path, s, performance.now(), tally, () => live);
            }
        };
        const loops = Promise.all(Array.from({ length: s.connections }, loop));
        await Promise.race([loops, abortPromise(o.signal), sleep((seconds + s.timeout) * 1000, { unref: true })]);
        live = false;
        const elapsed = (performance.now() - started) / 1000;
        return tally.finish({
            model: 'closed',
            elapsed,
            interrupted: o.signal.aborted ? String(o.signal.reason ?? 'cancelled') : undefined,
            checkedRateLimit: s.expectRateLimit,
        });
    }
    finally {
        live = false;
        await pool.destroy().catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/loadtest/runner.ts
/**
 * One loadtest run: start the app (if configured) on a free port, wait until it is ready, run
 * each scenario with the engine its model needs, watch the app the whole time, stop it, and
 * turn the results into findings and a Report. Never hangs: every wait has a deadline, and an
 * app that dies aborts the scenario that was running.
 */












const withPort = (s, port) => port === undefined ? s : s.replace(/\$\{PORT\}/g, String(port));
/** Runs the scenarios (starting and stopping the app) and returns raw results plus findings. */
async function runScenarios(settings, deps) {
    const findings = [];
    const results = [];
    let app;
    let port;
    try {
        if (settings.app) {
            port = settings.app.port || (await pickFreePort());
            const started = await startApp(settings.app, port, deps);
            app = started.app;
            if (started.failure) {
                findings.push(started.failure);
                return { results, findings };
            }
        }
        const runs = settings.scenarios.map(() => []);
        let crashedIn;
        // Trials interleave scenarios (A, B, A, B…) so slow drift on the runner hurts all alike.
        trials: for (let trial = 1; trial <= settings.trials; trial++) {
            for (const [i, template] of settings.scenarios.entries()) {
                const s = { ...template, url: withPort(template.url, port) };
                if (/\$\{PORT\}/.test(s.url)) {
                    throw new errors/* ConfigurationError */.j1(`scenario '${s.name}': url '${s.url}' uses \${PORT} but no start-command is configured to give it one.`, s.location);
                }
                if (deps.signal.aborted)
                    break trials;
                runs[i].push(await runOne(s, settings, deps, app, settings.trials > 1 ? ` (trial ${trial}/${settings.trials})` : ''));
                if (app && !app.running) {
                    findings.push(appCrashed(app, s));
                    crashedIn = i;
                    break trials;
                }
            }
        }
        settings.scenarios.forEach((s, i) => {
            if (runs[i].length === 0)
                return;
            const combined = combineResults(runs[i], 'trials');
            results.push(combined);
            if (i !== crashedIn)
                findings.push(...evaluateScenario(s, combined));
        });
        return { results, findings };
    }
    finally {
        if (app)
            await app.stop();
    }
}
async function runOne(s, settings, deps, app, trialLabel) {
    const controller = new AbortController();
    const onCancel = () => controller.abort('cancelled');
    deps.signal.addEventListener('abort', onCancel, { once: true });
    void app?.exited.then(() => controller.abort(`the app ${app?.describeExit()} during the run`));
    const engine = {
        log: deps.log,
        signal: controller.signal,
        maxDuration: settings.maxDuration,
    };
    const how = s.rate ? `${fmt(s.rate)} req/s (open model)` : `${s.connections} connections`;
    const span = s.amount ? `${fmt(s.amount, 0)} requests` : `${s.duration} s`;
    try {
        return await deps.log.group(`loadtest: ${s.name}${trialLabel} — ${s.method} ${s.url}, ${how}, ${span}`, () => s.rate ? runOpen(s, engine) : s.expectRateLimit ? runClosedLoop(s, engine) : runClosed(s, engine));
    }
    finally {
        deps.signal.removeEventListener('abort', onCancel);
    }
}
async function startApp(app, port, deps) {
    const readyUrl = app.readyUrl ? withPort(app.readyUrl, port) : undefined;
    deps.log.info(`starting the app: ${app.command} (PORT=${port}, in ${app.cwd})`);
    const proc = AppProcess.start(app, port, deps.env);
    const ready = await waitUntilReady(proc, { readyUrl, host: '127.0.0.1', port }, app.startupTimeout, deps.signal);
    if (ready.ready) {
        deps.log.info(`the app is ready after ${fmt(ready.ms / 1000, 2)} s (${readyUrl ?? `port ${port}`})`);
        return { app: proc };
    }
    await proc.stop();
    const lines = proc.lastLines();
    return {
        app: proc,
        failure: {
            rule: 'app-start-failed',
            severity: 'error',
            message: `The app did not become ready: ${ready.reason}.${lastLinesSuffix(lines)}`,
            fingerprint: (0,fingerprint/* fingerprint */.R)('app-start-failed', app.command),
            fix: {
                description: `Run \`${app.command}\` with PORT=${port} locally and check ${readyUrl ?? `that it listens on port ${port}`}; raise loadtest.startup-timeout if it is just slow.`,
            },
            data: { command: app.command, reason: ready.reason, exit: proc.exit, log: lines },
        },
    };
}
function appCrashed(app, s) {
    const lines = app.lastLines();
    return {
        rule: 'app-crashed',
        severity: 'error',
        message: `The app ${app.describeExit()} during scenario '${s.name}'.${lastLinesSuffix(lines)}`,
        location: s.location?.file ? { file: s.location.file, line: s.location.line } : undefined,
        fingerprint: (0,fingerprint/* fingerprint */.R)('app-crashed', s.name),
        fix: {
            description: 'A crash under load is a bug: look for an unhandled error, memory exhaustion or a resource limit in the log above.',
        },
        data: { scenario: s.name, exit: app.exit, log: lines },
    };
}
function lastLinesSuffix(lines) {
    const tail = lines.slice(-10);
    return tail.length ? ` Last log lines:\n${tail.map((l) => `  ${l}`).join('\n')}` : ' It printed nothing.';
}
function buildReport(run, extra = {}) {
    const { results, findings } = run;
    const failed = findings.filter((f) => f.severity === 'error').length;
    const trials = results[0]?.trials?.length ?? 1;
    const summary = results.length === 0
        ? 'No load was run.'
        : `${results.length} scenario${results.length === 1 ? '' : 's'}${trials > 1 ? ` × ${trials} trials` : ''}, ${fmt(results.reduce((a, r) => a + r.requests, 0), 0)} requests` +
            (extra.summary ?? '') +
            (failed ? `, ${failed} check${failed === 1 ? '' : 's'} failed` : ', all thresholds met');
    const report = (0,types/* emptyReport */._O)('loadtest', summary);
    report.findings = findings;
    report.metrics = resultMetrics(results);
    report.tables = [...resultTables(results, findings), ...(extra.tables ?? [])];
    report.charts = resultCharts(results);
    report.artifacts = resultArtifacts(results);
    const appLines = findings
        .filter((f) => f.rule === 'app-crashed' || f.rule === 'app-start-failed')
        .flatMap((f) => ['=== App log (last lines) ===', ...(f.data?.log ?? []), '']);
    report.details = [...resultDetails(results, findings), ...appLines, ...(extra.details ?? [])];
    return report;
}
async function runLoadtest(settings, deps) {
    // Read the baseline first: a missing file is the user's mistake, reported before any load.
    const baseline = settings.baseline ? readResultsFile(settings.baseline, 'baseline file') : undefined;
    const run = await runScenarios(settings, deps);
    const tables = [];
    const details = [];
    if (settings.compare && run.results.length === 2) {
        const table = comparisonTable(run.results[0], run.results[1]);
        tables.push(table);
        details.push(...comparisonDetails(table));
    }
    if (baseline && settings.baseline) {
        const cmp = compareWithBaseline(run.results, baseline, {
            thresholdPct: settings.regressionThreshold,
            file: settings.baseline,
        });
        run.findings.push(...cmp.findings);
        tables.push(cmp.table);
        details.push('=== Against baseline ===', ...cmp.table.rows.map((r) => `  ${r.join(' | ')}`), '');
    }
    if (settings.saveBaseline) {
        if (run.findings.some((f) => f.rule === 'app-crashed' || f.rule === 'app-start-failed') ||
            run.results.length === 0) {
            deps.log.warning(`not saving ${settings.saveBaseline}: the run did not complete.`);
        }
        else {
            writeResultsFile(settings.saveBaseline, resultsFile(run.results, settings.shard));
            deps.log.info(`saved results to ${settings.saveBaseline}`);
        }
    }
    const shard = settings.shard ? ` (shard ${settings.shard.index}/${settings.shard.count})` : '';
    return buildReport(run, { tables, details, summary: shard });
}

// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(17463);
;// CONCATENATED MODULE: ./src/loadtest/settings.ts
/**
 * Typed loadtest settings, built once from the `loadtest:` config section overridden by flags
 * (CLI) or inputs (Action). Everything the runner needs is resolved here: bodies read, thresholds
 * merged, targets checked against the loopback rule, so a mistake fails before any load is sent.
 */




const DEFAULTS = {
    connections: 10,
    duration: 10,
    timeout: 10,
    startupTimeout: 30,
    maxDuration: 300,
    regressionThreshold: 20,
    /** Percent: a run where more than 1 % of requests fail does not pass unless the user says so. */
    errorRate: 1,
};
function buildLoadtestSettings(raw, input, ctx) {
    const cfg = raw ?? {};
    const { flags } = input;
    const at = (...p) => ({ file: ctx.configFile, line: ctx.lineOf?.(['loadtest', ...p]) });
    const compare = (0,modes/* flagBoolean */.$h)(flags, 'compare') ?? false;
    const targets = input.positionals;
    if (compare && targets.length !== 2) {
        throw new errors/* ConfigurationError */.j1(`--compare needs two URLs: backend-gate loadtest --compare URL1 URL2 (got ${targets.length}).`);
    }
    if (!compare && targets.length > 1) {
        throw new errors/* ConfigurationError */.j1(`loadtest takes one URL, got ${targets.length}: ${targets.join(' ')}. To compare two endpoints use --compare URL1 URL2.`);
    }
    const target = targets[0];
    const startCommand = (0,modes/* flagString */.w)(flags, 'start-command') ?? (target && isAbsoluteUrl(target) ? undefined : cfg['start-command']);
    const appCwd = external_node_path_default().resolve(ctx.workingDirectory, cfg['working-directory'] ?? '.');
    const app = startCommand
        ? {
            command: startCommand,
            cwd: appCwd,
            env: stringRecord(cfg.env),
            readyUrl: (0,modes/* flagString */.w)(flags, 'ready-url') ?? cfg['ready-url'],
            port: cfg.port,
            startupTimeout: positiveNumber(flags, 'startup-timeout') ?? cfg['startup-timeout'] ?? DEFAULTS.startupTimeout,
        }
        : undefined;
    if (app && !(0,external_node_fs_.existsSync)(app.cwd)) {
        throw new errors/* ConfigurationError */.j1(`loadtest.working-directory '${app.cwd}' does not exist.`, at('working-directory'));
    }
    const baseUrl = (0,modes/* flagString */.w)(flags, 'base-url') ?? cfg['base-url'] ?? (app ? 'http://127.0.0.1:${PORT}' : undefined);
    const allowRemote = (0,modes/* flagBoolean */.$h)(flags, 'allow-remote') ?? cfg['allow-remote'] ?? false;
    const maxDuration = cfg['max-duration'] ?? DEFAULTS.maxDuration;
    const globalThresholds = { errorRate: DEFAULTS.errorRate, ...fromRawThresholds(cfg.thresholds) };
    const oneOff = (t, prefix = '') => ({
        name: prefix + oneOffName((0,modes/* flagString */.w)(flags, 'method'), t),
        ...(isAbsoluteUrl(t) ? { url: t } : { path: t }),
    });
    const rawScenarios = compare
        ? [{ raw: oneOff(targets[0], 'A: ') }, { raw: oneOff(targets[1], 'B: ') }]
        : target
            ? [{ raw: oneOff(target) }]
            : (cfg.scenarios ?? []).map((s, index) => ({ raw: s, index }));
    if (rawScenarios.length === 0) {
        throw new errors/* ConfigurationError */.j1(`nothing to load-test: pass a URL (backend-gate loadtest http://127.0.0.1:3000/health) or add loadtest.scenarios to the config.`, { file: ctx.configFile });
    }
    const scenarios = rawScenarios.map(({ raw: s, index }) => {
        const where = index === undefined ? { file: ctx.configFile } : at('scenarios', index);
        const fail = (message) => {
            throw new errors/* ConfigurationError */.j1(`scenario '${s.name}': ${message}`, where);
        };
        const url = resolveUrl(s, baseUrl, fail);
        checkTarget(url, allowRemote, fail);
        const headers = { ...stringRecord(s.headers), ...parseHeaderFlags((0,modes/* flagList */.zg)(flags, 'header')) };
        let body = (0,modes/* flagString */.w)(flags, 'body') ??
            (typeof s.body === 'string' ? s.body : s.body !== undefined ? JSON.stringify(s.body) : undefined);
        if (s['body-file']) {
            if (s.body !== undefined)
                fail(`set either body or body-file, not both.`);
            const file = external_node_path_default().resolve(ctx.workingDirectory, s['body-file']);
            if (!(0,external_node_fs_.existsSync)(file))
                fail(`body-file '${s['body-file']}' not found (looked in ${file}).`);
            body = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
            headers['content-type'] = looksLikeJson(body) ? 'application/json' : 'text/plain';
        }
        const method = ((0,modes/* flagString */.w)(flags, 'method') ?? s.method ?? 'GET').toUpperCase();
        const amount = positiveInteger(flags, 'amount') ?? s.amount;
        let duration = positiveNumber(flags, 'duration') ?? s.duration;
        if (amount !== undefined && duration !== undefined)
            fail('set either duration or amount, not both.');
        if (amount === undefined)
            duration ??= DEFAULTS.duration;
        if (duration !== undefined && duration > maxDuration) {
            fail(`duration ${duration} s is above max-duration (${maxDuration} s). Shorten it or raise loadtest.max-duration.`);
        }
        const connections = positiveInteger(flags, 'concurrency') ?? s.connections ?? DEFAULTS.connections;
        if (amount !== undefined && amount < connections)
            fail(`amount (${amount}) must be at least the number of connections (${connections}).`);
        const expectStatusFlag = (0,modes/* flagString */.w)(flags, 'expect-status');
        const expectStatus = expectStatusFlag
            ? parseStatusList(expectStatusFlag)
            : s['expect-status'] === undefined
                ? undefined
                : [s['expect-status']].flat();
        return {
            name: s.name,
            method,
            url,
            headers,
            body,
            expectStatus,
            expectRateLimit: (0,modes/* flagBoolean */.$h)(flags, 'expect-rate-limit') ?? s['expect-rate-limit'] ?? false,
            connections,
            duration,
            amount,
            warmup: nonNegativeNumber(flags, 'warmup') ?? s.warmup ?? 0,
            rate: positiveNumber(flags, 'rate') ?? s.rate,
            timeout: positiveNumber(flags, 'timeout') ?? s.timeout ?? DEFAULTS.timeout,
            thresholds: { ...globalThresholds, ...fromRawThresholds(s.thresholds), ...thresholdFlags(flags) },
            location: where,
        };
    });
    const names = new Set();
    for (const s of scenarios) {
        if (names.has(s.name))
            throw new errors/* ConfigurationError */.j1(`two scenarios are named '${s.name}'; names must be unique.`, s.location);
        names.add(s.name);
    }
    const shard = parseShard((0,modes/* flagString */.w)(flags, 'shard'));
    const trials = positiveInteger(flags, 'trials') ?? cfg.trials ?? (compare ? 3 : 1);
    const baseline = (0,modes/* flagString */.w)(flags, 'baseline') ?? cfg.baseline;
    const saveBaseline = (0,modes/* flagString */.w)(flags, 'save-baseline');
    return {
        app,
        allowRemote,
        maxDuration,
        scenarios: shard ? scenarios.map((s) => shareOf(s, shard)) : scenarios,
        trials,
        regressionThreshold: nonNegativeNumber(flags, 'regression-threshold') ?? cfg['regression-threshold'] ?? DEFAULTS.regressionThreshold,
        baseline: baseline ? external_node_path_default().resolve(ctx.workingDirectory, baseline) : undefined,
        saveBaseline: saveBaseline ? external_node_path_default().resolve(ctx.workingDirectory, saveBaseline) : undefined,
        shard,
        compare,
    };
}
function parseShard(value) {
    if (value === undefined)
        return undefined;
    const m = /^(\d+)\/(\d+)$/.exec(value.trim());
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) {
        throw new errors/* ConfigurationError */.j1(`--shard '${value}' must be i/n with 1 ≤ i ≤ n, e.g. --shard 2/4 in a job matrix of 4.`);
    }
    return { index, count };
}
/** This shard's part of the load: connections, rate and amount split n ways (the remainder to the first shards). */
function shareOf(s, shard) {
    const split = (x) => Math.max(1, Math.floor(x / shard.count) + (shard.index <= x % shard.count ? 1 : 0));
    return {
        ...s,
        connections: split(s.connections),
        rate: s.rate === undefined ? undefined : s.rate / shard.count,
        amount: s.amount === undefined ? undefined : split(s.amount),
    };
}
/** 'GET /users': without host and port, so the fingerprint survives a new port on every run. */
function oneOffName(method, target) {
    let where = target;
    if (isAbsoluteUrl(target)) {
        try {
            const u = new URL(target.replace(/\$\{PORT\}/g, '1'));
            where = u.pathname + u.search;
        }
        catch {
            /* checkTarget reports it */
        }
    }
    return `${method?.toUpperCase() ?? 'GET'} ${where}`;
}
/** The thresholds and expectations a merged scenario is gated on: its config entry by name, else the globals. */
function gateSettingsFor(raw, name, flags, ctx) {
    const index = (raw.scenarios ?? []).findIndex((s) => s.name === name);
    const s = index >= 0 ? raw.scenarios?.[index] : undefined;
    const expectStatusFlag = (0,modes/* flagString */.w)(flags, 'expect-status');
    return {
        name,
        thresholds: {
            errorRate: DEFAULTS.errorRate,
            ...fromRawThresholds(raw.thresholds),
            ...fromRawThresholds(s?.thresholds),
            ...thresholdFlags(flags),
        },
        location: { file: ctx.configFile, line: index >= 0 ? ctx.lineOf?.(['loadtest', 'scenarios', index]) : undefined },
        expectStatus: expectStatusFlag
            ? parseStatusList(expectStatusFlag)
            : s?.['expect-status'] === undefined
                ? undefined
                : [s['expect-status']].flat(),
        expectRateLimit: (0,modes/* flagBoolean */.$h)(flags, 'expect-rate-limit') ?? s?.['expect-rate-limit'] ?? false,
    };
}
function isAbsoluteUrl(s) {
    return /^https?:\/\//i.test(s);
}
function resolveUrl(s, baseUrl, fail) {
    if (s.url && s.path)
        fail('set either url or path, not both.');
    if (s.url) {
        if (!isAbsoluteUrl(s.url))
            fail(`url '${s.url}' must start with http:// or https:// (use path for a path).`);
        return s.url;
    }
    if (!s.path) {
        if (baseUrl)
            return baseUrl;
        return fail('set url, or path together with base-url or start-command.');
    }
    if (!baseUrl)
        return fail(`path '${s.path}' needs base-url (or start-command, which implies http://127.0.0.1:\${PORT}).`);
    return baseUrl.replace(/\/+$/, '') + s.path;
}
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
function isLoopbackHost(hostname) {
    return LOOPBACK.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** Load is only ever sent where the user said: loopback, or anywhere with allow-remote. */
function checkTarget(url, allowRemote, fail) {
    let parsed;
    try {
        parsed = new URL(url.replace(/\$\{PORT\}/g, '1'));
    }
    catch {
        return fail(`'${url}' is not a valid URL.`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        fail(`'${url}' must be http or https.`);
    if (!allowRemote && !isLoopbackHost(parsed.hostname)) {
        fail(`target host '${parsed.hostname}' is not loopback. Load is sent only to 127.0.0.1/localhost unless you set loadtest.allow-remote: true (or --allow-remote) for a host you own.`);
    }
}
function stringRecord(r) {
    return Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, String(v)]));
}
function looksLikeJson(body) {
    const t = body.trim();
    if (!/^[[{]/.test(t))
        return false;
    try {
        JSON.parse(t);
        return true;
    }
    catch {
        return false;
    }
}
function parseHeaderFlags(values) {
    const out = {};
    for (const v of values) {
        const i = v.indexOf(':');
        if (i <= 0)
            throw new errors/* ConfigurationError */.j1(`--header '${v}' must look like 'Name: value'.`);
        out[v.slice(0, i).trim()] = v.slice(i + 1).trim();
    }
    return out;
}
function parseStatusList(value) {
    return value.split(',').map((part) => {
        const n = Number(part.trim());
        if (!Number.isInteger(n) || n < 100 || n > 599) {
            throw new errors/* ConfigurationError */.j1(`--expect-status '${value}' must be HTTP status codes (100–599), comma-separated.`);
        }
        return n;
    });
}
function fromRawThresholds(t) {
    const out = {};
    if (!t)
        return out;
    if (t.p50 !== undefined)
        out.p50 = t.p50;
    if (t.p95 !== undefined)
        out.p95 = t.p95;
    if (t.p99 !== undefined)
        out.p99 = t.p99;
    if (t.max !== undefined)
        out.max = t.max;
    if (t['error-rate'] !== undefined)
        out.errorRate = t['error-rate'];
    if (t['min-rps'] !== undefined)
        out.minRps = t['min-rps'];
    return out;
}
function thresholdFlags(flags) {
    const out = {};
    const set = (key, flag, allowZero = false) => {
        const v = allowZero ? nonNegativeNumber(flags, flag) : positiveNumber(flags, flag);
        if (v !== undefined)
            out[key] = v;
    };
    set('p50', 'p50');
    set('p95', 'p95');
    set('p99', 'p99');
    set('max', 'max-latency');
    set('errorRate', 'error-rate', true);
    set('minRps', 'min-rps', true);
    return out;
}
function numberFlag(flags, name, ok, what) {
    const v = (0,modes/* flagString */.w)(flags, name);
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || !ok(n))
        throw new errors/* ConfigurationError */.j1(`--${name} '${v}' must be ${what}.`);
    return n;
}
function positiveNumber(flags, name) {
    return numberFlag(flags, name, (n) => n > 0, 'a number above 0');
}
function nonNegativeNumber(flags, name) {
    return numberFlag(flags, name, (n) => n >= 0, 'a number ≥ 0');
}
function positiveInteger(flags, name) {
    return numberFlag(flags, name, (n) => Number.isInteger(n) && n > 0, 'a whole number above 0');
}

;// CONCATENATED MODULE: ./src/loadtest/command.ts




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
        shard: { type: 'string' },
    },
    async run(ctx, input) {
        const { config, workingDirectory } = ctx.settings;
        if (input.positionals[0] === 'merge')
            return runMerge(ctx, input.positionals.slice(1), input);
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
        return runLoadtest(settings, { log: ctx.log, signal: ctx.signal, env: ctx.env });
    },
};
/** `loadtest merge FILE…`: shards combined, then gated on the config's thresholds. */
function runMerge(ctx, files, input) {
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
