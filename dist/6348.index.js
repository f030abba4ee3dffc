export const id = 6348;
export const ids = [6348];
export const modules = {

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


/***/ })

};
