export const id = 183;
export const ids = [183];
export const modules = {

/***/ 38085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S$: () => (/* binding */ filterColumns),
/* harmony export */   ic: () => (/* binding */ statementCandidates),
/* harmony export */   nE: () => (/* binding */ foreignKeyCandidate)
/* harmony export */ });
const LOCKING_SELECT = /\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b/i;
/** Column comparisons on the left of an operator in a plan's Filter: `(orders.user_id = $1)`, `((kind)::text = $1)`. */
function filterColumns(filter) {
    const equality = [];
    const range = [];
    const ident = '"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*';
    const re = new RegExp(`\\(*(?:(?:${ident})\\.)?(${ident})\\)*(?:::[a-z][a-z0-9 _]*(?:\\[\\])?\\)*)?\\s*(=|<=|>=|<|>)(?!=)`, 'gi');
    for (const m of filter.matchAll(re)) {
        const raw = m[1];
        if (/^(and|or|not|any|all)$/i.test(raw))
            continue;
        const col = raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
        const list = m[2] === '=' ? equality : range;
        if (!equality.includes(col) && !range.includes(col))
            list.push(col);
    }
    return { equality, range };
}
function walk(node, visit) {
    visit(node);
    for (const child of node.Plans ?? [])
        walk(child, visit);
}
async function statementCandidates(session, statements) {
    const notes = [];
    if (session.server.major < 16) {
        return {
            candidates: [],
            notes: ['index suggestions from statements need PostgreSQL 16+ (EXPLAIN (GENERIC_PLAN))'],
        };
    }
    const candidates = [];
    for (const statement of statements) {
        // Only plain reads: planning an UPDATE/DELETE or SELECT … FOR UPDATE would take a stronger lock.
        if (!/^\s*select\b/i.test(statement.query) || LOCKING_SELECT.test(statement.query))
            continue;
        const r = await session.attempt(() => session.db.query(`EXPLAIN (GENERIC_PLAN, VERBOSE, FORMAT JSON) ${statement.query}`));
        if (!r.ok) {
            notes.push(`could not plan a statement (${r.error})`);
            continue;
        }
        const root = r.value.rows[0]['QUERY PLAN'][0].Plan;
        const relations = [];
        const scans = [];
        walk(root, (n) => {
            if (n['Relation Name'] && n.Schema) {
                if (!relations.some((x) => x.schema === n.Schema && x.table === n['Relation Name'])) {
                    relations.push({ schema: n.Schema, table: n['Relation Name'] });
                }
                if (n['Node Type'] === 'Seq Scan' && n.Filter)
                    scans.push({ schema: n.Schema, table: n['Relation Name'], filter: n.Filter });
            }
        });
        for (const scan of scans) {
            const { equality, range } = filterColumns(scan.filter);
            const columns = [...equality, ...range.slice(0, 1)].slice(0, 3);
            if (columns.length === 0)
                continue;
            candidates.push({
                schema: scan.schema,
                table: scan.table,
                columns,
                query: statement.query,
                relations,
                source: { kind: 'statement', statement, filter: scan.filter },
            });
        }
    }
    return { candidates, notes };
}
/** The lookup PostgreSQL runs on the child table for every delete or key update on the parent. */
function foreignKeyCandidate(finding) {
    const d = finding.data ?? {};
    if (typeof d.table !== 'string' || !Array.isArray(d.columns) || d.columns.length === 0)
        return undefined;
    const schema = typeof d.schema === 'string' ? d.schema : 'public';
    const columns = d.columns.map(String);
    const q = (s) => `"${s.replace(/"/g, '""')}"`;
    return {
        schema,
        table: d.table,
        columns,
        query: `SELECT 1 FROM ${q(schema)}.${q(d.table)} WHERE ${columns.map((c, i) => `${q(c)} = $${i + 1}`).join(' AND ')}`,
        relations: [{ schema, table: d.table }],
        source: { kind: 'foreign-key', finding },
    };
}


/***/ }),

/***/ 88183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadtestCommand: () => (/* binding */ loadtestCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
// EXTERNAL MODULE: ../../work/main/node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(86752);
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
            const rule = prefix + m.rule;
            const from = named ? `${sides.before.toLowerCase()} ${describe(a, m.unit)}` : describe(a, m.unit);
            const to = named ? `${sides.after.toLowerCase()} ${describe(b, m.unit)}` : describe(b, m.unit);
            findings.push({
                rule,
                // One trial cannot tell a regression from noise: say so instead of failing the gate.
                severity: singleTrial ? 'warning' : m.severity,
                message: `${now.name}: ${label} went from ${from} to ${to} (${changePct >= 0 ? '+' : ''}${fmt(changePct, 1)} %), ` +
                    `beyond the ${fmt(options.thresholdPct)} % threshold and the run-to-run spread (${fmt(noise, 2)} ${m.unit}).` +
                    (singleTrial ? ' Only one trial on a side: run --trials 3 or more to confirm.' : ''),
                location: { file: options.file },
                fingerprint: (0,fingerprint/* fingerprint */.R)(rule, now.name, m.metric),
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
            title: options.title ?? `Against baseline (threshold ${fmt(options.thresholdPct)} %)`,
            columns: ['Scenario', 'Metric', sides.before, sides.after, 'Change', 'Verdict'],
            rows,
        },
    };
}

// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
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

// EXTERNAL MODULE: ../../work/main/node_modules/autocannon/autocannon.js
var autocannon = __webpack_require__(71150);
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
    await o.onMeasureStart?.();
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

// EXTERNAL MODULE: ../../work/main/node_modules/undici/index.js
var undici = __webpack_require__(40576);
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
        await o.onMeasureStart?.();
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
        await o.onMeasureStart?.();
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

// EXTERNAL MODULE: ./src/audit/suggest/candidates.ts
var candidates = __webpack_require__(38085);
// EXTERNAL MODULE: ./src/schema-health/index-fix.ts
var index_fix = __webpack_require__(98779);
;// CONCATENATED MODULE: ./src/loadtest/database/statements.ts
const OWN_QUERY = /pg_stat_statements|^\s*EXPLAIN\b|^\s*ANALYZE\b/i;
/** Resets the statistics of the current database only (other databases on a shared server keep theirs). */
async function resetStatements(client) {
    await client.query(`SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)`);
}
async function readStatements(client) {
    const { rows } = await client.query(`SELECT queryid::text AS queryid, query, calls::text AS calls, rows::text AS rows, total_exec_time AS total
       FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`);
    return rows
        .filter((r) => !OWN_QUERY.test(r.query))
        .map((r) => ({
        queryid: r.queryid,
        query: r.query,
        calls: Number(r.calls),
        rows: Number(r.rows),
        totalMs: r.total,
    }));
}
/** Adds a trial's statements to the scenario's running totals (same queryid → counts add up). */
function addStatements(into, requests, statements) {
    into.requests += requests;
    for (const s of statements) {
        const known = into.statements.find((x) => x.queryid === s.queryid);
        if (known) {
            known.calls += s.calls;
            known.rows += s.rows;
            known.totalMs += s.totalMs;
        }
        else {
            into.statements.push({ ...s });
        }
    }
}
/** Statements that read or write data (not BEGIN, COMMIT, SET…): the ones N+1 and index checks look at. */
function isDataStatement(query) {
    return /^\s*(\(\s*)*(select|with|insert|update|delete|merge|values|table)\b/i.test(query);
}
/** One line of a statement for messages: whitespace collapsed, cut at `max` characters. */
function oneLine(query, max = 160) {
    const q = query.replace(/\s+/g, ' ').trim();
    return q.length > max ? `${q.slice(0, max - 1)}…` : q;
}

;// CONCATENATED MODULE: ./src/loadtest/database/missing-index.ts





/** The audit's rule id, so one ignore entry covers an index both modes suggest. */
const MISSING_INDEX_RULE = 'missing-index';
/** Scans that read a whole table and filter it, from a JSON plan (VERBOSE, so each relation has its schema). */
function tableScans(root) {
    const out = [];
    const visit = (n) => {
        const fullScan = n['Node Type'] === 'Seq Scan' || (/^Index (Only )?Scan$/.test(n['Node Type']) && !n['Index Cond']);
        if (fullScan && n['Relation Name'] && n.Filter) {
            const { equality, range } = (0,candidates/* filterColumns */.S$)(n.Filter);
            const columns = [...equality, ...range.slice(0, 1)].slice(0, 3);
            if (columns.length > 0) {
                const using = n['Index Name'] ? ` using ${n['Index Name']}` : '';
                out.push({
                    schema: n.Schema ?? 'public',
                    table: n['Relation Name'],
                    how: `${n['Node Type']}${using} on ${n['Relation Name']}`,
                    filter: n.Filter,
                    columns,
                });
            }
        }
        for (const c of n.Plans ?? [])
            visit(c);
    };
    visit(root);
    return out;
}
/**
 * A generic plan does not know LIMIT $n, and assumes a small share of the rows: the index that
 * avoids reading the whole table then looks useless. The run measured the rows per call, so the
 * statement is planned with that limit (and OFFSET 0).
 */
function withMeasuredLimit(query, rowsPerCall) {
    const limit = Math.max(1, Math.round(rowsPerCall));
    return query.replace(/\bLIMIT\s+\$\d+/gi, `LIMIT ${limit}`).replace(/\bOFFSET\s+\$\d+/gi, 'OFFSET 0');
}
async function adviseIndexes(client, profiles, opts) {
    const advice = { suggestions: [], rejected: [] };
    const seen = new Set();
    const timestamp = (0,index_fix/* migrationTimestamp */.VI)();
    for (const profile of profiles) {
        const statements = profile.statements
            .filter((s) => isDataStatement(s.query) && s.calls > 0)
            .sort((a, b) => b.totalMs - a.totalMs)
            .slice(0, opts.topStatements);
        for (const statement of statements) {
            opts.signal.throwIfAborted();
            const planned = withMeasuredLimit(statement.query, statement.rows / statement.calls);
            let scans;
            try {
                scans = tableScans((await explain(client, planned, true)).root);
            }
            catch (e) {
                advice.rejected.push(`could not plan \`${oneLine(statement.query, 80)}\`: ${opts.redactor.redact((0,errors/* errorMessage */.gJ)(e))}`);
                continue;
            }
            for (const scan of scans) {
                const key = `${scan.schema}.${scan.table}(${scan.columns.join(',')})`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const label = `${scan.table}(${scan.columns.join(', ')})`;
                try {
                    const result = await proveOne(client, scan, planned, { timestamp, directory: opts.directory, statement });
                    if (typeof result === 'string') {
                        advice.rejected.push(`${label}: ${result}`);
                        continue;
                    }
                    const shortOf = (0,index_fix/* belowMinReduction */.jm)(result, opts.minCostReduction);
                    if (shortOf) {
                        advice.rejected.push(`${label}: ${shortOf}`);
                        continue;
                    }
                    advice.suggestions.push({
                        ...result,
                        scenario: profile.scenario,
                        statement,
                        callsPerRequest: statement.calls / Math.max(profile.requests, 1),
                        scan,
                        planned,
                    });
                }
                catch (e) {
                    advice.rejected.push(`${label}: could not be measured (${opts.redactor.redact((0,errors/* errorMessage */.gJ)(e))})`);
                }
            }
        }
    }
    return advice;
}
async function explain(client, query, verbose = false) {
    const r = await client.query(`EXPLAIN (GENERIC_PLAN${verbose ? ', VERBOSE' : ''}, FORMAT JSON) ${query}`);
    const root = r.rows[0]['QUERY PLAN'][0].Plan;
    return { root, cost: root['Total Cost'] };
}
async function planText(client, query) {
    const r = await client.query(`EXPLAIN (GENERIC_PLAN) ${query}`);
    return r.rows.map((x) => x['QUERY PLAN']).join('\n');
}
async function proveOne(client, scan, planned, opts) {
    const target = { schema: scan.schema, table: scan.table, columns: scan.columns };
    const fix = (0,index_fix/* indexFixFiles */.FQ)(target, {
        reason: `index for \`${oneLine(opts.statement.query, 80)}\` (read ${scan.table} by a full scan under load), found by backend-gate loadtest`,
        timestamp: opts.timestamp,
        directory: opts.directory,
    });
    const existing = await client.query(`SELECT c.relname AS name,
            ARRAY(SELECT a.attname::text
                    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                   ORDER BY k.n) AS columns
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND t.relname = $2`, [scan.schema, scan.table]);
    const leads = (cols) => scan.columns.every((c, i) => cols[i] === c);
    if (existing.rows.some((r) => leads(r.columns)))
        return 'an index on these columns exists; the planner prefers the full scan';
    if (existing.rows.some((r) => r.name === fix.name))
        return `an index named ${fix.name} exists already`;
    const before = await explain(client, planned);
    const planBefore = await planText(client, planned);
    const proof = await (0,index_fix/* proveIndexFix */.QO)(client, target, fix);
    try {
        if (!proof.ok)
            return (0,index_fix/* proofFailure */.Bc)(proof);
        await client.query(`ANALYZE ${quoteName(scan.schema)}.${quoteName(scan.table)}`);
        const after = await explain(client, planned);
        const planAfter = await planText(client, planned);
        const reduction = (0,index_fix/* costReduction */.JK)(before.cost, after.cost);
        return { costBefore: before.cost, costAfter: after.cost, reduction, planBefore, planAfter, fix, proof };
    }
    finally {
        // Back to the user's schema, so the next candidate is measured without this index.
        for (const sql of (0,index_fix/* fileStatements */.Hl)(fix.rollback.content))
            await client.query(sql).catch(() => { });
    }
}
function quoteName(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
function indexFinding(s) {
    const pct = (s.reduction * 100).toFixed(1);
    const perRequest = s.callsPerRequest.toLocaleString('en-US', { maximumFractionDigits: 1 });
    return {
        rule: MISSING_INDEX_RULE,
        severity: 'warning',
        message: `${s.scan.table}.${s.scan.columns.join(', ')}: \`${oneLine(s.statement.query, 110)}\` (${perRequest}× per request in '${s.scenario}') read the whole table (${s.scan.how}, filter ${s.scan.filter}); an index cuts its estimated cost ${(0,index_fix/* formatCost */.BD)(s.costBefore)} → ${(0,index_fix/* formatCost */.BD)(s.costAfter)} (-${pct}%).`,
        fingerprint: (0,fingerprint/* fingerprint */.R)(MISSING_INDEX_RULE, `${s.scan.schema}.${s.scan.table}`, s.scan.columns.join(',')),
        fix: {
            description: `Add the index (proven in the load test's scratch database: up → rollback → up applied; estimated cost -${pct}%). Run the file outside a transaction.`,
            text: s.fix.up.content,
            files: [s.fix.up, s.fix.rollback],
        },
        data: {
            scenario: s.scenario,
            schema: s.scan.schema,
            table: s.scan.table,
            columns: s.scan.columns,
            index: s.fix.name,
            statement: s.statement.query,
            plannedAs: s.planned,
            callsPerRequest: Number(s.callsPerRequest.toFixed(2)),
            scan: s.scan.how,
            filter: s.scan.filter,
            costBefore: s.costBefore,
            costAfter: s.costAfter,
            costReduction: Number(s.reduction.toFixed(4)),
            planBefore: s.planBefore,
            planAfter: s.planAfter,
            proof: s.proof.steps,
        },
    };
}

;// CONCATENATED MODULE: ./src/loadtest/database/n-plus-one.ts
/**
 * N+1 suspects: a statement the app ran many times per request, once for each row another
 * statement returned (`SELECT … FROM order_items WHERE order_id = $1` after a page of orders).
 * A statement repeated a fixed number of times, with no statement whose rows it follows, is not one.
 */


const N_PLUS_ONE_RULE = 'n-plus-one-query';
/** How far the repeated statement's calls may be from the parent's rows and still follow them. */
const FOLLOWS_ROWS_TOLERANCE = 0.25;
function findNPlusOne(profile, minCallsPerRequest) {
    const requests = Math.max(profile.requests, 1);
    const data = profile.statements.filter((s) => isDataStatement(s.query) && s.calls > 0);
    const suspects = [];
    for (const s of data) {
        const callsPerRequest = s.calls / requests;
        if (callsPerRequest < minCallsPerRequest)
            continue;
        // The parent returns (about) as many rows as this statement has calls, in fewer calls.
        let best;
        for (const p of data) {
            if (p === s || p.calls >= s.calls || p.rows <= p.calls)
                continue;
            const off = Math.abs(s.calls - p.rows) / p.rows;
            if (off <= FOLLOWS_ROWS_TOLERANCE && (!best || off < best.off))
                best = { parent: p, off };
        }
        if (best) {
            suspects.push({
                statement: s,
                callsPerRequest,
                parent: best.parent,
                parentRowsPerCall: best.parent.rows / best.parent.calls,
            });
        }
    }
    return suspects.sort((a, b) => b.callsPerRequest - a.callsPerRequest);
}
/** `… WHERE order_id = $1` → `… WHERE order_id = ANY($1)`: the batched form, when there is exactly one such key. */
function batchedForm(query) {
    const keys = [...query.matchAll(/([a-z_][a-z0-9_.]*|"[^"]+")\s*=\s*(\$\d+)/gi)];
    if (keys.length !== 1)
        return undefined;
    const [whole, column, param] = keys[0];
    return query.replace(whole, `${column} = ANY(${param})`);
}
const n_plus_one_fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
function nPlusOneFinding(scenario, s, location) {
    const batched = batchedForm(s.statement.query);
    return {
        rule: N_PLUS_ONE_RULE,
        severity: 'warning',
        message: `N+1 query in '${scenario}': \`${oneLine(s.statement.query, 120)}\` ran ${n_plus_one_fmt(s.callsPerRequest)} times per request, once per row of \`${oneLine(s.parent.query, 100)}\` (${n_plus_one_fmt(s.parentRowsPerCall)} rows per call).`,
        location,
        fingerprint: (0,fingerprint/* fingerprint */.R)(N_PLUS_ONE_RULE, scenario, s.statement.query),
        fix: {
            description: batched
                ? 'Load the rows for all parents in one query (a join, or the batched statement below with the parent ids as an array), instead of one query per row.'
                : 'Load the rows for all parents in one query (a join or WHERE … IN / = ANY), instead of one query per row.',
            text: batched,
        },
        data: {
            scenario,
            statement: s.statement.query,
            queryid: s.statement.queryid,
            calls: s.statement.calls,
            callsPerRequest: Number(s.callsPerRequest.toFixed(2)),
            parentStatement: s.parent.query,
            parentRowsPerCall: Number(s.parentRowsPerCall.toFixed(2)),
        },
    };
}

// EXTERNAL MODULE: ./src/migrations/apply.ts
var apply = __webpack_require__(72034);
// EXTERNAL MODULE: ./src/migrations/sources/files.ts
var sources_files = __webpack_require__(7636);
// EXTERNAL MODULE: ./src/postgres/index.ts + 7 modules
var postgres = __webpack_require__(80013);
// EXTERNAL MODULE: ./src/loadtest/database/settings.ts
var database_settings = __webpack_require__(76188);
;// CONCATENATED MODULE: ./src/loadtest/database/provision.ts
/**
 * The app's scratch database: a PostgreSQL server from the shared provider (the user's URL,
 * Docker, or embedded), a scratch database on it with pg_stat_statements, the migrations
 * applied statement by statement, and the seed run. A failing migration or seed is reported as a
 * finding with its file and line (the load would test a broken schema), never as a crash.
 */








async function provisionAppDatabase(settings, deps) {
    const { log } = deps;
    const server = await (0,postgres/* startPostgres */.CO)({
        provider: settings.provider,
        databaseUrl: settings.databaseUrl,
        log,
        redactor: deps.redactor,
        signal: deps.signal,
    });
    let scratch;
    let client;
    const close = async () => {
        await client?.end().catch(() => { });
        await scratch?.drop().catch(() => { });
        await server.stop();
    };
    try {
        scratch = await (0,postgres/* createScratchDatabase */.KI)(server, 'loadtest');
        deps.redactor.addUrl(scratch.url);
        client = await (0,postgres/* connect */.Ng)(scratch.url, 'backend-gate-loadtest');
        const db = { url: scratch.url, server, client, statements: true, notes: [], close };
        try {
            await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
            await client.query('SELECT 1 FROM pg_stat_statements LIMIT 1');
        }
        catch (e) {
            db.statements = false;
            const why = deps.redactor.redact(e instanceof Error ? e.message : String(e));
            db.notes.push(`pg_stat_statements is not available (${why}); statements are not profiled. The server needs shared_preload_libraries = 'pg_stat_statements' (the embedded and Docker servers have it).`);
            log.warning(db.notes[db.notes.length - 1]);
        }
        if (settings.migrations) {
            const files = (0,sources_files/* readMigrationDir */.Oz)(settings.migrations, settings.workingDirectory);
            const failure = await applyAll(client, files, deps.signal);
            if (failure)
                return { db, failure };
            log.info(`applied ${files.length} migration${files.length === 1 ? '' : 's'} from ${settings.migrationsDisplay}`);
        }
        if (settings.seed) {
            const failure = await runSeed(client, settings, scratch.url, deps);
            if (failure)
                return { db, failure };
        }
        await client.query('ANALYZE');
        return { db };
    }
    catch (e) {
        await close();
        throw e;
    }
}
async function applyAll(client, files, signal) {
    for (const file of files) {
        const run = await (0,apply/* applyMigration */.rj)(client, file, { signal });
        if (run.failure)
            return setupFailed(`migration ${file.path} failed: ${run.failure.message}`, file.path, run.failure.line);
    }
    return undefined;
}
async function runSeed(client, settings, url, deps) {
    const seed = settings.seed;
    if (!seed)
        return undefined;
    const t0 = performance.now();
    if (seed.kind === 'sql') {
        const shown = external_node_path_default().relative(settings.workingDirectory, seed.file).split((external_node_path_default()).sep).join('/');
        const file = {
            name: external_node_path_default().basename(seed.file),
            path: shown,
            version: '0',
            sql: (0,external_node_fs_.readFileSync)(seed.file, 'utf8'),
        };
        const run = await (0,apply/* applyMigration */.rj)(client, file, { signal: deps.signal });
        if (run.failure)
            return setupFailed(`seed ${shown} failed: ${run.failure.message}`, shown, run.failure.line);
        deps.log.info(`seeded from ${shown} in ${Math.round(performance.now() - t0)} ms`);
        return undefined;
    }
    const result = await runCommand(seed.command, {
        cwd: settings.workingDirectory,
        env: { ...deps.env, [settings.envVar]: url },
        timeoutMs: database_settings/* DATABASE_DEFAULTS */.fG.seedTimeoutS * 1000,
        signal: deps.signal,
    });
    if (!result.ok) {
        const tail = result.output
            .slice(-10)
            .map((l) => `  ${l}`)
            .join('\n');
        return setupFailed(`seed command \`${seed.command}\` ${result.reason}.${tail ? ` Last lines:\n${tail}` : ''}`);
    }
    deps.log.info(`seeded by \`${seed.command}\` in ${Math.round(performance.now() - t0)} ms`);
    return undefined;
}
function setupFailed(message, file, line) {
    return {
        rule: 'database-setup-failed',
        severity: 'error',
        message: `The app's scratch database could not be prepared: ${message}`,
        location: file ? { file, line } : undefined,
        fingerprint: (0,fingerprint/* fingerprint */.R)('database-setup-failed', file ?? message.split(':')[0]),
        fix: {
            description: 'Fix the migration or seed so it applies to an empty database (run it against a fresh local database to reproduce).',
        },
    };
}
/** Runs a shell command to completion with a deadline; output lines kept for the report. */
function runCommand(command, opts) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], {
            cwd: opts.cwd,
            env: opts.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const output = [];
        const collect = (d) => {
            output.push(...d.toString('utf8').split(/\r?\n/).filter(Boolean));
            if (output.length > 40)
                output.splice(0, output.length - 40);
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        let reason;
        const kill = (why) => {
            reason = why;
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                /* already gone */
            }
        };
        const timer = setTimeout(() => kill(`did not finish within ${opts.timeoutMs / 1000} s`), opts.timeoutMs);
        const onAbort = () => kill('was cancelled');
        opts.signal.addEventListener('abort', onAbort, { once: true });
        child.once('error', (e) => {
            reason = `could not start: ${e.message}`;
        });
        child.once('close', (code, signal) => {
            clearTimeout(timer);
            opts.signal.removeEventListener('abort', onAbort);
            if (code === 0 && !reason)
                resolve({ ok: true, reason: '', output });
            else
                resolve({
                    ok: false,
                    reason: reason ?? (signal ? `was killed by ${signal}` : `exited with code ${code}`),
                    output,
                });
        });
    });
}

;// CONCATENATED MODULE: ./src/loadtest/database/index.ts




class DatabaseProfiler {
    db;
    settings;
    byScenario = new Map();
    constructor(db, settings) {
        this.db = db;
        this.settings = settings;
    }
    /** Provisions the scratch database; a failing migration or seed comes back as a finding. */
    static async start(settings, deps) {
        const p = await deps.log.group('loadtest: preparing the app database', () => provisionAppDatabase(settings, deps));
        if (p.failure) {
            await p.db?.close();
            return { failure: p.failure };
        }
        return { profiler: new DatabaseProfiler(p.db, settings) };
    }
    /** What the app's environment gets: the scratch database's URL under the configured name. */
    appEnv() {
        return { [this.settings.envVar]: this.db.url };
    }
    beforeMeasure = async () => {
        if (this.db.statements)
            await resetStatements(this.db.client);
    };
    async afterTrial(scenario, requests) {
        if (!this.db.statements)
            return;
        let profile = this.byScenario.get(scenario);
        if (!profile)
            this.byScenario.set(scenario, (profile = { scenario, requests: 0, statements: [] }));
        addStatements(profile, requests, await readStatements(this.db.client));
    }
    /** N+1 suspects and proven index suggestions, once the load is over (the app stopped). */
    async finish(locations, deps) {
        const profiles = [...this.byScenario.values()].map((p) => ({
            ...p,
            suspects: findNPlusOne(p, this.settings.nPlusOneCallsPerRequest),
        }));
        const findings = profiles.flatMap((p) => p.suspects.map((s) => nPlusOneFinding(p.scenario, s, locations.get(p.scenario))));
        const run = { profiles, notes: [...this.db.notes], topStatements: this.settings.topStatements };
        if (this.settings.suggestIndexes && profiles.length > 0) {
            run.advice = await deps.log.group('loadtest: proving index suggestions in the scratch database', () => adviseIndexes(this.db.client, profiles, {
                minCostReduction: this.settings.minCostReduction,
                topStatements: this.settings.topStatements,
                directory: this.settings.migrationsDisplay,
                redactor: deps.redactor,
                signal: deps.signal,
            }));
            for (const r of run.advice.rejected)
                deps.log.info(`index not suggested: ${r}`);
            findings.push(...run.advice.suggestions.map(indexFinding));
        }
        return { findings, run };
    }
    close() {
        return this.db.close();
    }
}

;// CONCATENATED MODULE: ./src/loadtest/database/report.ts



const n1 = (n) => Math.round(n * 100) / 100;
function queriesPerRequest(p) {
    return p.statements.reduce((a, s) => a + s.calls, 0) / Math.max(p.requests, 1);
}
function topByCalls(p, top) {
    return [...p.statements].sort((a, b) => b.calls - a.calls || b.totalMs - a.totalMs).slice(0, top);
}
function databaseTables(run) {
    const tables = [
        {
            title: 'Database queries per request',
            columns: ['Scenario', 'Requests', 'Queries', 'Queries/request', 'Distinct statements', 'N+1 suspects'],
            rows: run.profiles.map((p) => [
                p.scenario,
                p.requests,
                p.statements.reduce((a, s) => a + s.calls, 0),
                n1(queriesPerRequest(p)),
                p.statements.length,
                p.suspects.length,
            ]),
        },
    ];
    for (const p of run.profiles) {
        if (p.statements.length === 0)
            continue;
        const suspect = new Set(p.suspects.map((s) => s.statement.queryid));
        tables.push({
            title: `Statements: ${p.scenario}`,
            columns: ['Statement', 'Calls', 'Calls/request', 'Rows/call', 'Mean ms', 'Total ms'],
            rows: topByCalls(p, run.topStatements).map((s) => [
                (suspect.has(s.queryid) ? 'N+1: ' : '') + oneLine(s.query, 140),
                s.calls,
                n1(s.calls / Math.max(p.requests, 1)),
                n1(s.rows / Math.max(s.calls, 1)),
                n1(s.totalMs / Math.max(s.calls, 1)),
                n1(s.totalMs),
            ]),
        });
    }
    if (run.advice && run.advice.suggestions.length > 0) {
        tables.push({
            title: 'Index suggestions (proven by EXPLAIN in the scratch database)',
            columns: ['Index', 'Statement', 'Cost before', 'Cost after', 'Reduction'],
            rows: run.advice.suggestions.map((s) => [
                `${s.scan.table}(${s.scan.columns.join(', ')})`,
                oneLine(s.statement.query, 100),
                (0,index_fix/* formatCost */.BD)(s.costBefore),
                (0,index_fix/* formatCost */.BD)(s.costAfter),
                `${(s.reduction * 100).toFixed(1)} %`,
            ]),
        });
    }
    return tables;
}
function databaseMetrics(run) {
    const m = {};
    for (const p of run.profiles) {
        const k = slug(p.scenario);
        m[`${k}.queries_per_request`] = n1(queriesPerRequest(p));
        m[`${k}.n_plus_one_suspects`] = p.suspects.length;
    }
    if (run.advice)
        m.index_suggestions = run.advice.suggestions.length;
    return m;
}
/** The seed's layout: a DATABASE block per scenario, then the index suggestions. */
function databaseDetails(run) {
    const lines = [];
    for (const p of run.profiles) {
        lines.push(`=== Database: ${p.scenario} ===`);
        lines.push(`  Queries per request: ${n1(queriesPerRequest(p))} (${p.requests.toLocaleString('en-US')} requests)`);
        for (const s of topByCalls(p, run.topStatements)) {
            lines.push(`  ${n1(s.calls / Math.max(p.requests, 1))}×/request  ${oneLine(s.query, 120)}`);
        }
        if (p.suspects.length) {
            lines.push(`  N+1 QUERY RISKS (${p.suspects.length}):`);
            for (const s of p.suspects) {
                lines.push(`    ${oneLine(s.statement.query, 100)}: ${n1(s.callsPerRequest)}×/request, once per row of ${oneLine(s.parent.query, 60)}`);
            }
        }
        lines.push('');
    }
    if (run.advice && run.advice.suggestions.length) {
        lines.push(`MISSING INDEXES (${run.advice.suggestions.length} found):`);
        for (const s of run.advice.suggestions) {
            lines.push(`  ${s.scan.table}(${s.scan.columns.join(', ')}): cost ${(0,index_fix/* formatCost */.BD)(s.costBefore)} → ${(0,index_fix/* formatCost */.BD)(s.costAfter)} (-${(s.reduction * 100).toFixed(1)}%)`);
            lines.push(`    ${s.fix.up.content
                .split('\n')
                .filter((l) => !l.startsWith('--'))
                .join(' ')
                .trim()}`);
        }
        lines.push('');
    }
    for (const r of run.advice?.rejected ?? [])
        lines.push(`  index not suggested: ${r}`);
    for (const n of run.notes)
        lines.push(`  note: ${n}`);
    return lines;
}
function databaseArtifacts(run) {
    return (run.advice?.suggestions ?? []).flatMap((s) => [
        { kind: 'migration', path: s.fix.up.path, content: s.fix.up.content },
        { kind: 'rollback', path: s.fix.rollback.path, content: s.fix.rollback.content },
    ]);
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
async function runScenarios(settings, deps, profiler) {
    const findings = [];
    const results = [];
    let app;
    let port;
    try {
        if (settings.app) {
            port = settings.app.port || (await pickFreePort());
            const appSettings = profiler
                ? { ...settings.app, env: { ...settings.app.env, ...profiler.appEnv() } }
                : settings.app;
            const started = await startApp(appSettings, port, deps);
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
                const result = await runOne(s, settings, deps, app, settings.trials > 1 ? ` (trial ${trial}/${settings.trials})` : '', profiler);
                runs[i].push(result);
                await profiler?.afterTrial(s.name, result.responses);
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
async function runOne(s, settings, deps, app, trialLabel, profiler) {
    const controller = new AbortController();
    const onCancel = () => controller.abort('cancelled');
    deps.signal.addEventListener('abort', onCancel, { once: true });
    void app?.exited.then(() => controller.abort(`the app ${app?.describeExit()} during the run`));
    const engine = {
        log: deps.log,
        signal: controller.signal,
        maxDuration: settings.maxDuration,
        onMeasureStart: profiler?.beforeMeasure,
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
    const db = extra.database;
    report.metrics = { ...resultMetrics(results), ...(db ? databaseMetrics(db) : {}) };
    report.tables = [...resultTables(results, findings), ...(db ? databaseTables(db) : []), ...(extra.tables ?? [])];
    report.charts = resultCharts(results);
    report.artifacts = [...resultArtifacts(results), ...(db ? databaseArtifacts(db) : [])];
    const appLines = findings
        .filter((f) => f.rule === 'app-crashed' || f.rule === 'app-start-failed')
        .flatMap((f) => ['=== App log (last lines) ===', ...(f.data?.log ?? []), '']);
    report.details = [
        ...resultDetails(results, findings),
        ...(db ? databaseDetails(db) : []),
        ...appLines,
        ...(extra.details ?? []),
    ];
    return report;
}
async function runLoadtest(settings, deps) {
    // Read the baseline first: a missing file is the user's mistake, reported before any load.
    const baseline = settings.baseline ? readResultsFile(settings.baseline, 'baseline file') : undefined;
    let run;
    let database;
    if (settings.database) {
        const dbDeps = { ...deps, redactor: deps.redactor ?? new mask/* Redactor */.pO() };
        const started = await DatabaseProfiler.start(settings.database, dbDeps);
        if (!started.profiler)
            return buildReport({ results: [], findings: [started.failure] });
        const { profiler } = started;
        try {
            run = await runScenarios(settings, deps, profiler);
            const locations = new Map(settings.scenarios.map((s) => [s.name, locationOf(s)]));
            const profiled = await profiler.finish(locations, dbDeps);
            run.findings.push(...profiled.findings);
            database = profiled.run;
        }
        finally {
            await profiler.close();
        }
    }
    else {
        run = await runScenarios(settings, deps);
    }
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
    return buildReport(run, { tables, details, summary: shard, database });
}
function locationOf(s) {
    return s.location?.file ? { file: s.location.file, line: s.location.line } : undefined;
}

;// CONCATENATED MODULE: ./src/loadtest/ab.ts
/**
 * The pull-request A/B mode (loadtest.ab, --ab-base): the base build and the head build start
 * on this runner, each in its own directory on its own port, and each scenario's trials run
 * interleaved (base, head, base, head…), so a noisy neighbour hurts both alike and the verdict
 * never rests on another machine's numbers. A git ref is checked out into a temporary worktree,
 * never into the user's working tree, and the worktree is removed afterwards, also on failure.
 */













const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** A base build command (npm ci && npm run build) may take minutes, never forever. */
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;
const BUILD_LOG_LINES = 20;
async function runAbLoadtest(settings, deps) {
    const ab = settings.ab;
    const app = settings.app;
    if (!ab || !app)
        throw new Error('runAbLoadtest needs loadtest.ab and an app (checked in settings)');
    if (settings.baseline || settings.saveBaseline) {
        deps.log.warning('the A/B mode compares with the base build it starts: --baseline and --save-baseline are ignored.');
    }
    const base = await prepareBase(ab, app, deps);
    try {
        if (base.failure)
            return buildReport({ results: [], findings: [base.failure] });
        const sides = await runInterleaved(settings, { base: { ...app, cwd: base.cwd }, head: app }, base.label, deps);
        const findings = [...sides.findings];
        const tables = [];
        const details = [];
        const metrics = {};
        if (sides.head.length > 0 && sides.base.length > 0) {
            const cmp = compareWithBaseline(sides.head, resultsFile(sides.base), {
                thresholdPct: settings.regressionThreshold,
                file: ab.location.file,
                rulePrefix: 'ab-',
                sides: { before: 'Base', after: 'Head' },
                title: `Base (${base.label}) vs head, ${settings.trials} interleaved trials (threshold ${settings.regressionThreshold} %)`,
            });
            findings.push(...cmp.findings);
            tables.push(cmp.table);
            details.push(`=== ${cmp.table.title} ===`, ...cmp.table.rows.map((r) => `  ${r.join(' | ')}`), '');
            for (const [name, side] of [
                ['base', sides.base],
                ['head', sides.head],
            ]) {
                for (const r of side) {
                    const trials = trialsOf(r);
                    const k = `ab.${slug(r.name)}.${name}`;
                    metrics[`${k}.rps`] = median(trials.map((t) => t.rps));
                    metrics[`${k}.p50_ms`] = median(trials.map((t) => t.p50));
                    metrics[`${k}.p99_ms`] = median(trials.map((t) => t.p99));
                }
            }
        }
        const report = buildReport({ results: sides.head, findings }, { tables, details, summary: ` (head) against the base build ${base.label}` });
        report.metrics = { ...report.metrics, ...metrics };
        return report;
    }
    finally {
        await base.cleanup();
    }
}
/** Starts both apps, runs every scenario's trials base, head, base, head…, stops both. */
async function runInterleaved(settings, apps, baseLabel, deps) {
    const findings = [];
    const started = {};
    const runs = {
        base: settings.scenarios.map(() => []),
        head: settings.scenarios.map(() => []),
    };
    const describeSide = (side) => (side === 'base' ? `base build (${baseLabel})` : 'head build');
    try {
        for (const side of ['base', 'head']) {
            const port = await pickFreePort();
            deps.log.info(`A/B: starting the ${describeSide(side)} in ${apps[side].cwd}`);
            const s = await startApp(apps[side], port, deps);
            started[side] = { app: s.app, port };
            if (s.failure) {
                findings.push({
                    ...s.failure,
                    message: `The ${describeSide(side)}: ${s.failure.message}`,
                    fingerprint: (0,fingerprint/* fingerprint */.R)(s.failure.rule, side, apps[side].command),
                    data: { ...s.failure.data, side },
                });
                return { base: [], head: [], findings };
            }
        }
        let crashed;
        trials: for (let trial = 1; trial <= settings.trials; trial++) {
            for (const [i, template] of settings.scenarios.entries()) {
                for (const side of ['base', 'head']) {
                    if (deps.signal.aborted)
                        break trials;
                    const { app, port } = started[side];
                    const s = { ...template, url: withPort(template.url, port) };
                    const label = ` [${side}] (trial ${trial}/${settings.trials})`;
                    runs[side][i].push(await runOne(s, settings, deps, app, label));
                    if (!app.running) {
                        const f = appCrashed(app, template);
                        findings.push({
                            ...f,
                            message: `The ${describeSide(side)}: ${f.message}`,
                            fingerprint: (0,fingerprint/* fingerprint */.R)(f.rule, side, template.name),
                            data: { ...f.data, side },
                        });
                        crashed = side;
                        break trials;
                    }
                }
            }
        }
        const combine = (side) => settings.scenarios.flatMap((_, i) => (runs[side][i].length ? [combineResults(runs[side][i], 'trials')] : []));
        const base = combine('base');
        const head = combine('head');
        // Thresholds gate the head: it is what the pull request would ship.
        if (!crashed) {
            for (const r of head) {
                const s = settings.scenarios.find((x) => x.name === r.name);
                if (s)
                    findings.push(...evaluateScenario(s, r));
            }
        }
        // A side cut short by a crash has fewer trials: comparing it would be comparing noise.
        return crashed ? { base: [], head, findings } : { base, head, findings };
    }
    finally {
        await Promise.all(Object.values(started).map((s) => s?.app.stop()));
    }
}
async function prepareBase(ab, app, deps) {
    const relativeApp = (root) => external_node_path_default().relative((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(app.cwd));
    let prepared;
    if (ab.baseDir) {
        prepared = {
            cwd: external_node_path_default().join(ab.baseDir, relativeApp(ab.headRoot)),
            label: external_node_path_default().relative(ab.headRoot, ab.baseDir) || ab.baseDir,
            cleanup: async () => { },
        };
    }
    else {
        prepared = await addWorktree(ab.baseRef, ab, app, relativeApp, deps);
    }
    if (!(0,external_node_fs_.existsSync)(prepared.cwd)) {
        await prepared.cleanup();
        throw new errors/* ConfigurationError */.j1(`the base (${prepared.label}) has no ${prepared.cwd}: the app's directory must exist in both builds.`, ab.location);
    }
    if (ab.buildCommand) {
        try {
            prepared.failure = await build(ab.buildCommand, prepared.cwd, prepared.label, deps);
        }
        catch (e) {
            await prepared.cleanup();
            throw e;
        }
    }
    return prepared;
}
/** `git worktree add --detach <tmp> <ref>`: the user's checkout is never touched. */
async function addWorktree(ref, ab, app, relativeApp, deps) {
    let toplevel;
    try {
        toplevel = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: app.cwd })).stdout.trim();
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`loadtest.ab.base-ref needs a git checkout, but ${app.cwd} is not in one (${gitError(e)}). Use base-dir for a base that is already checked out.`, ab.location);
    }
    const tmp = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'backend-gate-ab-'));
    const tree = external_node_path_default().join(tmp, 'base');
    const cleanup = async () => {
        try {
            await run('git', ['worktree', 'remove', '--force', tree], { cwd: toplevel });
        }
        catch {
            /* not added, or already gone: the prune below forgets it */
        }
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        await run('git', ['worktree', 'prune'], { cwd: toplevel }).catch(() => undefined);
    };
    try {
        deps.log.info(`A/B: checking out ${ref} into ${tree}`);
        await run('git', ['worktree', 'add', '--detach', tree, ref], { cwd: toplevel });
    }
    catch (e) {
        await cleanup();
        throw new errors/* ConfigurationError */.j1(`git could not check out the base ref '${ref}': ${gitError(e)}. Fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main).`, ab.location);
    }
    return { cwd: external_node_path_default().join(tree, relativeApp(toplevel)), label: ref, cleanup };
}
function gitError(e) {
    const err = e;
    const text = (err.stderr || err.message || String(e)).trim().split('\n').pop() ?? '';
    return text.replace(/^fatal:\s*/, '');
}
/** Runs the build command in its own process group, bounded in time; a failure is a finding with its last lines. */
function build(command, cwd, label, deps) {
    deps.log.info(`A/B: building the base (${label}): ${command}`);
    return new Promise((resolve) => {
        const lines = [];
        const keep = (d) => {
            lines.push(...d.toString('utf8').split(/\r?\n/).filter(Boolean));
            lines.splice(0, Math.max(0, lines.length - BUILD_LOG_LINES));
        };
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], {
            cwd,
            env: deps.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let why;
        const killGroup = (reason) => {
            why = reason;
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                /* already gone */
            }
        };
        const timer = setTimeout(() => killGroup(`took longer than ${BUILD_TIMEOUT_MS / 60000} minutes`), BUILD_TIMEOUT_MS);
        const onAbort = () => killGroup('was cancelled');
        deps.signal.addEventListener('abort', onAbort, { once: true });
        const finish = (code, error) => {
            clearTimeout(timer);
            deps.signal.removeEventListener('abort', onAbort);
            if (code === 0 && !error) {
                resolve(undefined);
                return;
            }
            const reason = why ?? (error ? `could not start: ${error.message}` : `exited with code ${code ?? 'none'}`);
            const tail = lines.length ? ` Last lines:\n${lines.map((l) => `  ${l}`).join('\n')}` : ' It printed nothing.';
            resolve({
                rule: 'ab-base-build-failed',
                severity: 'error',
                message: `The build of the base (${label}) ${reason}.${tail}`,
                fingerprint: (0,fingerprint/* fingerprint */.R)('ab-base-build-failed', command),
                fix: {
                    description: `Run \`${command}\` in a checkout of ${label}; fix loadtest.ab.build-command if it does not build the base branch.`,
                },
                data: { command, reason, log: lines },
            });
        };
        child.once('error', (e) => finish(null, e));
        child.once('close', (code) => finish(code));
    });
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

// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
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
    const database = (0,database_settings/* buildDatabaseSettings */.f2)(cfg.database, flags, ctx);
    if (database && !app) {
        throw new errors/* ConfigurationError */.j1('loadtest.database needs loadtest.start-command: backend-gate starts the app with the scratch database URL in its environment.', database.location);
    }
    const shard = parseShard((0,modes/* flagString */.w)(flags, 'shard'));
    const ab = buildAbSettings(cfg.ab, (0,modes/* flagString */.w)(flags, 'ab-base'), ctx, at('ab'));
    if (ab && !app) {
        throw new errors/* ConfigurationError */.j1('the A/B mode (loadtest.ab / --ab-base) needs loadtest.start-command: it starts the base build and the head build with it.', ab.location);
    }
    if (ab && compare)
        throw new errors/* ConfigurationError */.j1('use either --compare URL1 URL2 or the A/B mode (--ab-base), not both.');
    if (ab && database) {
        throw new errors/* ConfigurationError */.j1('the A/B mode does not run with loadtest.database yet: run it without the database section.', ab.location);
    }
    if (ab && scenarios.some((s) => !s.url.includes('${PORT}'))) {
        throw new errors/* ConfigurationError */.j1('the A/B mode sends each trial to the base app and to the head app on their own ports: every scenario URL must use ${PORT} (use path with the default base-url).', ab.location);
    }
    const trials = positiveInteger(flags, 'trials') ?? cfg.trials ?? (compare || ab ? 3 : 1);
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
        database,
        ab,
    };
}
/** `--ab-base REF|DIR`: an existing directory is a base checkout, anything else a git ref. */
function buildAbSettings(raw, flag, ctx, location) {
    if (!raw && flag === undefined)
        return undefined;
    let baseRef = raw?.['base-ref'];
    let baseDir = raw?.['base-dir'];
    if (flag !== undefined) {
        const asDir = external_node_path_default().resolve(ctx.workingDirectory, flag);
        const isDir = (0,external_node_fs_.existsSync)(asDir) && (0,external_node_fs_.statSync)(asDir).isDirectory();
        baseRef = isDir ? undefined : flag;
        baseDir = isDir ? flag : undefined;
    }
    if (baseRef && baseDir) {
        throw new errors/* ConfigurationError */.j1('loadtest.ab: set either base-ref or base-dir, not both.', location);
    }
    if (!baseRef && !baseDir) {
        throw new errors/* ConfigurationError */.j1('loadtest.ab needs base-ref (a git ref such as origin/main) or base-dir (a checkout of the base), or pass --ab-base REF|DIR.', location);
    }
    const dir = baseDir ? external_node_path_default().resolve(ctx.workingDirectory, baseDir) : undefined;
    if (dir && !(0,external_node_fs_.existsSync)(dir)) {
        throw new errors/* ConfigurationError */.j1(`loadtest.ab.base-dir '${baseDir}' does not exist (looked in ${dir}).`, location);
    }
    return {
        baseRef,
        baseDir: dir,
        buildCommand: raw?.['build-command'],
        headRoot: ctx.workingDirectory,
        location,
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
            return runAbLoadtest(settings, deps);
        return runLoadtest(settings, deps);
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
