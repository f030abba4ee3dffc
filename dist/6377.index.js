export const id = 6377;
export const ids = [6377];
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

/***/ 76188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DATABASE_DEFAULTS),
/* harmony export */   y: () => (/* binding */ buildDatabaseSettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74634);
/* harmony import */ var _postgres_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50922);
/**
 * `loadtest.database`: backend-gate provisions a scratch PostgreSQL database for the app under
 * test (migrations applied, seed run, pg_stat_statements on), exports its URL to the app, and
 * profiles the statements each scenario sends.
 */





const DATABASE_DEFAULTS = {
    envVar: 'DATABASE_URL',
    nPlusOneCallsPerRequest: 3,
    minCostReduction: 0.5,
    topStatements: 10,
    seedTimeoutS: 120,
};
function buildDatabaseSettings(raw, flags, ctx) {
    const urlFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'database-url');
    const providerFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(flags, 'postgres');
    if (!raw)
        return undefined;
    const at = (...p) => ({ file: ctx.configFile, line: ctx.lineOf?.(['loadtest', 'database', ...p]) });
    const provider = (0,_postgres_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProvider */ .t)(providerFlag ?? raw.postgres, providerFlag ? '--postgres' : 'loadtest.database.postgres');
    const databaseUrl = urlFlag ?? raw['database-url'];
    if (provider === 'url' && !databaseUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('loadtest.database.postgres is url, but no database-url is given: pass --database-url (action input database-url).', at('postgres'));
    }
    let migrations;
    if (raw.migrations !== undefined) {
        migrations = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, raw.migrations);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(migrations) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(migrations).isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`loadtest.database.migrations '${raw.migrations}' is not a folder (looked in ${migrations}).`, at('migrations'));
        }
    }
    let seed;
    if (raw.seed !== undefined) {
        if (/\.sql$/i.test(raw.seed.trim())) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workingDirectory, raw.seed.trim());
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`loadtest.database.seed '${raw.seed}' not found (looked in ${file}).`, at('seed'));
            }
            seed = { kind: 'sql', file };
        }
        else {
            seed = { kind: 'command', command: raw.seed };
        }
    }
    return {
        provider,
        databaseUrl,
        migrations,
        migrationsDisplay: raw.migrations?.replace(/\/+$/, ''),
        seed,
        envVar: raw['env-var'] ?? DATABASE_DEFAULTS.envVar,
        nPlusOneCallsPerRequest: raw['n-plus-one-calls-per-request'] ?? DATABASE_DEFAULTS.nPlusOneCallsPerRequest,
        suggestIndexes: raw['suggest-indexes'] ?? true,
        minCostReduction: raw['min-cost-reduction'] ?? DATABASE_DEFAULTS.minCostReduction,
        topStatements: raw['top-statements'] ?? DATABASE_DEFAULTS.topStatements,
        workingDirectory: ctx.workingDirectory,
        location: at(),
    };
}


/***/ }),

/***/ 26377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appCrashed: () => (/* binding */ appCrashed),
  buildReport: () => (/* binding */ buildReport),
  runLoadtest: () => (/* binding */ runLoadtest),
  runOne: () => (/* binding */ runOne),
  runScenarios: () => (/* binding */ runScenarios),
  startApp: () => (/* binding */ startApp),
  withPort: () => (/* binding */ withPort)
});

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/loadtest/baseline.ts
var loadtest_baseline = __webpack_require__(70780);
// EXTERNAL MODULE: ./src/loadtest/combine.ts
var combine = __webpack_require__(52486);
// EXTERNAL MODULE: ./src/loadtest/gate.ts
var gate = __webpack_require__(46348);
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
    const multi = (0,combine/* trialsOf */.xY)(a).length > 1;
    return {
        title: `Comparison: ${a.url} vs ${b.url}${multi ? ` (median of ${(0,combine/* trialsOf */.xY)(a).length} interleaved trials)` : ''}`,
        columns: ['Metric', 'A', 'B', 'B vs A'],
        rows: ROWS.map((row) => {
            const va = multi && row.trial ? (0,combine/* median */.JZ)((0,combine/* trialsOf */.xY)(a).map((t) => t[row.trial])) : row.value(a);
            const vb = multi && row.trial ? (0,combine/* median */.JZ)((0,combine/* trialsOf */.xY)(b).map((t) => t[row.trial])) : row.value(b);
            const delta = va === 0 ? (vb === 0 ? '0 %' : 'n/a') : `${vb >= va ? '+' : ''}${(0,gate.fmt)(((vb - va) / va) * 100, 1)} %`;
            return [row.label, Math.round(va * 100) / 100, Math.round(vb * 100) / 100, delta];
        }),
    };
}
function comparisonDetails(table) {
    return [
        '=== Comparison ===',
        table.title,
        ...table.rows.map(([label, a, b, d]) => `  ${String(label).padEnd(9)} A: ${(0,gate.fmt)(a, 2).padStart(10)}   B: ${(0,gate.fmt)(b, 2).padStart(10)}   ${d}`),
        '',
    ];
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ../../work/main/node_modules/autocannon/autocannon.js
var autocannon = __webpack_require__(71150);
var autocannon_default = /*#__PURE__*/__webpack_require__.n(autocannon);
// EXTERNAL MODULE: ./src/loadtest/tally.ts + 1 modules
var loadtest_tally = __webpack_require__(6895);
// EXTERNAL MODULE: ../../work/main/node_modules/autocannon/lib/httpClient.js
var httpClient = __webpack_require__(98623);
var httpClient_default = /*#__PURE__*/__webpack_require__.n(httpClient);
;// CONCATENATED MODULE: ./src/loadtest/write-after-reads.ts
/**
 * Makes autocannon time a poll round's answers before it sends the next requests, as wrk does.
 *
 * autocannon 9 writes a connection's next request from inside the handler of its answer. When
 * one poll of the event loop brings answers on many connections (the usual case at saturation),
 * the k-th answer is then timestamped only after k-1 request writes, each a loopback send of
 * several µs, so the answers late in a round read slower than they were: on an immediate-reply
 * server at 50 connections that added about 0.1 ms to p50 and more to p99 compared with wrk.
 * wrk reads every ready socket first and writes in the next round. Here each connection's
 * `_doRequest` (which stamps the request's start and writes it) is queued and run once the
 * poll phase is over (setImmediate), so the start stamps stay honest and the answers are
 * timed as they arrive.
 */

/** `send` deferred to after the current poll phase, in order, skipping connections closed meanwhile. */
function afterReads(send) {
    const queue = [];
    let scheduled = false;
    const flush = () => {
        scheduled = false;
        for (const client of queue.splice(0))
            if (!client.destroyed)
                send.call(client);
    };
    return function () {
        queue.push(this);
        if (!scheduled) {
            scheduled = true;
            setImmediate(flush);
        }
    };
}
const marker = Symbol.for('backend-gate.afterReads');
/**
 * Installs `afterReads` on autocannon's HTTP client, once. False when this autocannon has no
 * such method (another major version): it then runs as shipped.
 */
function sendAfterReads() {
    const proto = (httpClient_default())?.prototype;
    const send = proto?._doRequest;
    if (!proto || typeof send !== 'function')
        return false;
    if (!proto[marker]) {
        proto._doRequest = afterReads(send);
        proto[marker] = true;
    }
    return true;
}

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
    sendAfterReads();
    if (s.warmup > 0 && !o.signal.aborted) {
        o.log.info(`${s.name}: warming up for ${s.warmup} s`);
        await runAutocannon({ ...baseOptions(s), duration: s.warmup }, o.signal, s.warmup + s.timeout);
    }
    await o.onMeasureStart?.();
    const tally = new loadtest_tally/* Tally */.F(s);
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

// EXTERNAL MODULE: ./src/loadtest/target.ts
var target = __webpack_require__(69106);
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
        await (0,target/* sleep */.yy)(Math.max(0, next - performance.now()));
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
            await Promise.race([Promise.all(inflight), (0,target/* sleep */.yy)(s.timeout * 1000, { unref: true })]);
        }
        await o.onMeasureStart?.();
        const tally = new loadtest_tally/* Tally */.F(s);
        const seconds = s.duration ?? Math.min(o.maxDuration, (s.amount ?? 0) / rate);
        tally.startProgress(o.log, s.name, seconds);
        const started = performance.now();
        await schedule(rate, Math.min(seconds, o.maxDuration), o.signal, (t) => launch(t, tally), s.amount);
        const windowEnd = performance.now();
        const answeredInWindow = tally.responses;
        // Answers still owed count, up to the request timeout; what is left after it timed out.
        await Promise.race([Promise.all(inflight), (0,target/* sleep */.yy)(s.timeout * 1000, { unref: true }), abortPromise(o.signal)]);
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
        const tally = new loadtest_tally/* Tally */.F(s);
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
        await Promise.race([loops, abortPromise(o.signal), (0,target/* sleep */.yy)((seconds + s.timeout) * 1000, { unref: true })]);
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
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(MISSING_INDEX_RULE, `${s.scan.schema}.${s.scan.table}`, s.scan.columns.join(',')),
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
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
function nPlusOneFinding(scenario, s, location) {
    const batched = batchedForm(s.statement.query);
    return {
        rule: N_PLUS_ONE_RULE,
        severity: 'warning',
        message: `N+1 query in '${scenario}': \`${oneLine(s.statement.query, 120)}\` ran ${fmt(s.callsPerRequest)} times per request, once per row of \`${oneLine(s.parent.query, 100)}\` (${fmt(s.parentRowsPerCall)} rows per call).`,
        location,
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(N_PLUS_ONE_RULE, scenario, s.statement.query),
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/migrations/apply.ts
var apply = __webpack_require__(72034);
// EXTERNAL MODULE: ./src/migrations/sources/files.ts
var sources_files = __webpack_require__(7636);
// EXTERNAL MODULE: ./src/postgres/index.ts + 6 modules
var postgres = __webpack_require__(74880);
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
        timeoutMs: database_settings/* DATABASE_DEFAULTS */.f.seedTimeoutS * 1000,
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
        fingerprint: (0,fingerprint/* fingerprint */.Rj)('database-setup-failed', file ?? message.split(':')[0]),
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

// EXTERNAL MODULE: ./src/loadtest/render.ts
var render = __webpack_require__(97847);
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
        const k = (0,render/* slug */.yR)(p.scenario);
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
            port = settings.app.port || (await (0,target/* pickFreePort */.lC)());
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
            const combined = (0,combine/* combineResults */.yu)(runs[i], 'trials');
            results.push(combined);
            if (i !== crashedIn)
                findings.push(...(0,gate.evaluateScenario)(s, combined));
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
    const how = s.rate ? `${(0,gate.fmt)(s.rate)} req/s (open model)` : `${s.connections} connections`;
    const span = s.amount ? `${(0,gate.fmt)(s.amount, 0)} requests` : `${s.duration} s`;
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
    const proc = target/* AppProcess */.d.start(app, port, deps.env);
    const ready = await (0,target/* waitUntilReady */.bs)(proc, { readyUrl, host: '127.0.0.1', port }, app.startupTimeout, deps.signal);
    if (ready.ready) {
        deps.log.info(`the app is ready after ${(0,gate.fmt)(ready.ms / 1000, 2)} s (${readyUrl ?? `port ${port}`})`);
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
            fingerprint: (0,fingerprint/* fingerprint */.Rj)('app-start-failed', app.command),
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
        fingerprint: (0,fingerprint/* fingerprint */.Rj)('app-crashed', s.name),
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
        : `${results.length} scenario${results.length === 1 ? '' : 's'}${trials > 1 ? ` × ${trials} trials` : ''}, ${(0,gate.fmt)(results.reduce((a, r) => a + r.requests, 0), 0)} requests` +
            (extra.summary ?? '') +
            (failed ? `, ${failed} check${failed === 1 ? '' : 's'} failed` : ', all thresholds met');
    const report = (0,types/* emptyReport */._O)('loadtest', summary);
    report.findings = findings;
    const db = extra.database;
    report.metrics = { ...(0,render/* resultMetrics */.tC)(results), ...(db ? databaseMetrics(db) : {}) };
    report.tables = [...(0,render/* resultTables */.Nc)(results, findings), ...(db ? databaseTables(db) : []), ...(extra.tables ?? [])];
    report.charts = (0,render/* resultCharts */.fJ)(results);
    report.artifacts = [...(0,render/* resultArtifacts */.V5)(results), ...(db ? databaseArtifacts(db) : [])];
    const appLines = findings
        .filter((f) => f.rule === 'app-crashed' || f.rule === 'app-start-failed')
        .flatMap((f) => ['=== App log (last lines) ===', ...(f.data?.log ?? []), '']);
    report.details = [
        ...(0,render/* resultDetails */.gG)(results, findings),
        ...(db ? databaseDetails(db) : []),
        ...appLines,
        ...(extra.details ?? []),
    ];
    return report;
}
async function runLoadtest(settings, deps) {
    // Read the baseline first: a missing file is the user's mistake, reported before any load.
    const baseline = settings.baseline ? (0,loadtest_baseline/* readResultsFile */.B9)(settings.baseline, 'baseline file') : undefined;
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
        const cmp = (0,loadtest_baseline/* compareWithBaseline */.$_)(run.results, baseline, {
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
            (0,loadtest_baseline/* writeResultsFile */.At)(settings.saveBaseline, (0,loadtest_baseline/* resultsFile */.pF)(run.results, settings.shard));
            deps.log.info(`saved results to ${settings.saveBaseline}`);
        }
    }
    const shard = settings.shard ? ` (shard ${settings.shard.index}/${settings.shard.count})` : '';
    return buildReport(run, { tables, details, summary: shard, database });
}
function locationOf(s) {
    return s.location?.file ? { file: s.location.file, line: s.location.line } : undefined;
}


/***/ }),

/***/ 69106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bs: () => (/* binding */ waitUntilReady),
/* harmony export */   d: () => (/* binding */ AppProcess),
/* harmony export */   lC: () => (/* binding */ pickFreePort),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', app.command], {
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
        const socket = node_net__WEBPACK_IMPORTED_MODULE_1___default().connect({ host, port });
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
        const srv = node_net__WEBPACK_IMPORTED_MODULE_1___default().createServer();
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


/***/ }),

/***/ 96658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ dropIndexFix),
/* harmony export */   I8: () => (/* binding */ anyRelationInScope),
/* harmony export */   Jx: () => (/* binding */ listIndexes),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   RG: () => (/* binding */ notExtensionMember),
/* harmony export */   Ro: () => (/* binding */ columnsOfType),
/* harmony export */   SB: () => (/* binding */ inScope),
/* harmony export */   Ss: () => (/* binding */ qualify),
/* harmony export */   Vy: () => (/* binding */ display),
/* harmony export */   ew: () => (/* binding */ scopeParam),
/* harmony export */   fA: () => (/* binding */ INDEX_WITH_TABLE),
/* harmony export */   hP: () => (/* binding */ columnList),
/* harmony export */   td: () => (/* binding */ INDEX_KEY_COLUMNS),
/* harmony export */   v4: () => (/* binding */ quoteIdent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports quoteLiteral, locate */
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40905);
/**
 * Shared pieces of the schema-health checks: which schemas are in scope, identifier quoting,
 * the index list several checks read, and the one way a check turns a catalog row into a Finding.
 * Everything here issues catalog reads only, so it is safe inside a READ ONLY transaction.
 */

/**
 * SQL predicate on a pg_namespace alias: the schemas in ctx.schemas ($1), or when $1 is NULL
 * every schema except the system ones. Every check query passes scopeParam(ctx) as $1.
 */
function inScope(nsp = 'n') {
    return `(CASE WHEN $1::text[] IS NULL
     THEN ${nsp}.nspname NOT IN ('pg_catalog', 'information_schema') AND ${nsp}.nspname !~ '^pg_(toast|temp_)'
     ELSE ${nsp}.nspname = ANY($1::text[]) END)`;
}
/** SQL predicate: the pg_class row `rel` is not part of an extension (PostGIS tables are not ours to judge). */
function notExtensionMember(rel = 'c') {
    return `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend ext
     WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.objid = ${rel}.oid AND ext.deptype = 'e')`;
}
/** SQL FROM items: each index (pg_index `i`, its pg_class `ic`) with its table `t` and the table's schema `n`. */
const INDEX_WITH_TABLE = `pg_catalog.pg_index i
       JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace`;
/** SQL text[] of the key columns (not INCLUDE ones) of the pg_index `i`, as written: expressions too. */
const INDEX_KEY_COLUMNS = `ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                      FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k)`;
function scopeParam(ctx) {
    return ctx.schemas && ctx.schemas.length > 0 ? ctx.schemas : null;
}
/** Quote an identifier the way PostgreSQL's quote_ident does. */
function quoteIdent(name) {
    return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
/** schema.name, quoted where needed; the schema is omitted for `public` to keep fixes readable. */
function qualify(schema, name) {
    return schema === 'public' ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
/** schema.name as a person reads it (unquoted): used in messages and fingerprints. */
function display(schema, name) {
    return `${schema}.${name}`;
}
/** SQL string literal. */
function quoteLiteral(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
// Reserved key words that cannot be used unquoted as column or table names (PostgreSQL 18).
const RESERVED = new Set(('all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
    'leading limit localtime localtimestamp not null offset on only or order placing primary references returning ' +
    'select session_user some symmetric system_user table then to trailing true union unique user using variadic when where window with').split(' '));
function locate(ctx, schema, table) {
    const source = ctx.sourceOf?.(display(schema, table)) ?? ctx.sourceOf?.(table);
    return source ? { file: source.file, line: source.line } : undefined;
}
/** The one place a check builds a Finding, so rule, fingerprint and location stay uniform. */
function makeFinding(check, ctx, p) {
    const finding = {
        rule: check.id,
        severity: p.severity ?? check.severity,
        message: p.message,
        fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(check.id, display(p.schema, p.table), (p.columns ?? []).join(','), ...(p.subject ?? [])),
        data: { schema: p.schema, table: p.table, ...(p.columns ? { columns: p.columns } : {}), ...p.data },
    };
    const location = locate(ctx, p.schema, p.table);
    if (location)
        finding.location = location;
    if (p.fix)
        finding.fix = p.fix;
    return finding;
}
function columnList(columns) {
    return columns.length === 1 ? columns[0] : `(${columns.join(', ')})`;
}
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let v = bytes;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
/**
 * Whether the scope holds any relation at all (table, index, sequence, view, type…). Every check
 * judges relations in scope and what hangs on them, so without one there is nothing to find.
 */
async function anyRelationInScope(ctx) {
    const { rows } = await ctx.db.query(`SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     WHERE ${inScope()}) AS found`, [scopeParam(ctx)]);
    return rows[0].found;
}
/** `read()` once per run of the checks (ctx.shared), else each time. Callers must not change what it returns. */
function sharedRead(ctx, key, read) {
    if (!ctx.shared)
        return read();
    let p = ctx.shared.get(key);
    if (!p)
        ctx.shared.set(key, (p = read()));
    return p;
}
/** Every index on a table or materialized view in scope (partitions' own indexes included). */
function listIndexes(ctx) {
    return sharedRead(ctx, 'indexes', () => readIndexes(ctx));
}
async function readIndexes(ctx) {
    const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name, am.amname AS method,
            i.indisunique AS unique, i.indisprimary AS primary, i.indisvalid AS valid,
            con.conname AS constraint, con.contype::text AS constraint_type,
            ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                    FROM generate_series(1, i.indnatts) AS k ORDER BY k) AS columns,
            i.indnkeyatts AS nkey,
            i.indclass::text AS opclasses, i.indcollation::text AS collations, i.indoption::text AS options,
            pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
            (pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct')::boolean AS nulls_not_distinct,
            pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
            pg_catalog.pg_relation_size(i.indexrelid) AS bytes
       FROM ${INDEX_WITH_TABLE}
       JOIN pg_catalog.pg_am am ON am.oid = ic.relam
       LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')
      WHERE t.relkind IN ('r', 'p', 'm') AND ${inScope()} AND ${notExtensionMember('t')}
      ORDER BY n.nspname, t.relname, ic.relname`, [scopeParam(ctx)]);
    return rows.map((r) => {
        const nkey = Number(r.nkey);
        const split = (s) => (s.trim() === '' ? [] : s.trim().split(/\s+/)).slice(0, nkey);
        return {
            schema: r.schema,
            table: r.table,
            name: r.name,
            method: r.method,
            unique: r.unique,
            primary: r.primary,
            valid: r.valid,
            constraint: r.constraint,
            constraintType: r.constraint_type,
            keyColumns: r.columns.slice(0, nkey),
            includeColumns: r.columns.slice(nkey),
            opclasses: split(r.opclasses),
            collations: split(r.collations),
            options: split(r.options),
            predicate: r.predicate,
            nullsNotDistinct: r.nulls_not_distinct === true,
            definition: r.definition,
            bytes: Number(r.bytes),
        };
    });
}
/** The index fix pair: drop concurrently (outside a transaction), and how to get it back. */
function dropIndexFix(index, why) {
    return {
        description: `${why} Run outside a transaction block; the rollback is the original definition.`,
        text: `DROP INDEX CONCURRENTLY IF EXISTS ${qualify(index.schema, index.name)};\n` +
            `-- rollback: ${index.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY IF NOT EXISTS ')};`,
    };
}
/**
 * Columns of ordinary and partitioned tables (not partitions: their parent is reported once)
 * whose type is one of `types` (regtype names such as 'json', 'money', 'timestamp without time zone').
 */
async function columnsOfType(ctx, types) {
    if (ctx.shared) {
        // Several checks ask for a type each: one read of every column serves them all.
        const all = await sharedRead(ctx, 'columns', () => readColumns(ctx, null));
        return all.filter((c) => types.includes(c.regtype)).map(({ regtype: _, ...c }) => c);
    }
    return (await readColumns(ctx, types)).map(({ regtype: _, ...c }) => c);
}
/** Columns of the tables in scope whose type is one of `types` (all columns when null). */
async function readColumns(ctx, types) {
    const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, a.attname AS column,
            pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
            a.atttypid::regtype::text AS regtype
       FROM pg_catalog.pg_attribute a
       JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
        AND ($2::text[] IS NULL OR a.atttypid::regtype::text = ANY($2::text[]))
        AND ${inScope()} AND ${notExtensionMember()}
      ORDER BY 1, 2, a.attnum`, [scopeParam(ctx), types]);
    return rows;
}


/***/ }),

/***/ 98779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ formatCost),
/* harmony export */   Bc: () => (/* binding */ proofFailure),
/* harmony export */   FQ: () => (/* binding */ indexFixFiles),
/* harmony export */   Hl: () => (/* binding */ fileStatements),
/* harmony export */   JK: () => (/* binding */ costReduction),
/* harmony export */   QO: () => (/* binding */ proveIndexFix),
/* harmony export */   VI: () => (/* binding */ migrationTimestamp),
/* harmony export */   jm: () => (/* binding */ belowMinReduction),
/* harmony export */   p6: () => (/* binding */ NO_TRANSACTION_MARKERS),
/* harmony export */   x5: () => (/* binding */ indexNameFor)
/* harmony export */ });
/* unused harmony export MAX_NAME_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96658);
/**
 * Index fixes as migration files: an up file (`CREATE INDEX CONCURRENTLY IF NOT EXISTS`, a name of
 * at most 63 bytes, the layout's no-transaction marker) and a rollback file (`DROP INDEX
 * CONCURRENTLY IF EXISTS`), and the proof that they work: up → rollback → up applied to a scratch
 * database, checking the catalog after each step. Shared by the migrations mode (suggest-indexes)
 * and the audit (proven suggestions).
 */


/** PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1); our names never rely on that. */
const MAX_NAME_BYTES = 63;
/** How migration runners are told to run a file outside a transaction (CIC cannot run inside one). */
const NO_TRANSACTION_MARKERS = {
    atlas: '-- atlas:txmode none',
    dbmate: '-- migrate:up transaction:false',
    'graphile-migrate': '--! no-transaction',
    plain: '-- Run outside a transaction block (CREATE/DROP INDEX CONCURRENTLY cannot run inside one).',
};
/** `<table>_<columns>_idx` in lower-case words, cut with a short hash when longer than 63 bytes so it stays unique. */
function indexNameFor(target) {
    const word = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, '_');
    const full = word(`${target.table}_${target.columns.join('_')}_idx`);
    if (Buffer.byteLength(full) <= MAX_NAME_BYTES)
        return full;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${target.schema}.${full}`).digest('hex').slice(0, 8);
    const room = MAX_NAME_BYTES - `_${hash}_idx`.length;
    let base = word(`${target.table}_${target.columns.join('_')}`);
    while (Buffer.byteLength(base) > room)
        base = base.slice(0, -1);
    return `${base}_${hash}_idx`;
}
/** A 14-digit UTC timestamp, the `<timestamp>_<slug>.sql` prefix. */
function migrationTimestamp(date = new Date()) {
    return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
function indexFixFiles(target, opts = { reason: '' }) {
    const name = indexNameFor(target);
    const timestamp = opts.timestamp ?? migrationTimestamp();
    const slug = `add_index_${name.replace(/_idx$/, '')}`.replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
    const dir = opts.directory ? `${opts.directory.replace(/\/+$/, '')}/` : '';
    const marker = opts.marker ?? NO_TRANSACTION_MARKERS.plain;
    const on = `${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .qualify */ .Ss)(target.schema, target.table)} (${target.columns.map(_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteIdent */ .v4).join(', ')})`;
    const header = [
        marker,
        `-- backend-gate: ${opts.reason || `index on ${target.table}(${target.columns.join(', ')})`}`,
    ];
    return {
        name,
        up: {
            path: `${dir}${timestamp}_${slug}.sql`,
            content: [
                ...header,
                `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteIdent */ .v4)(name)} ON ${on}${target.where ? ` WHERE ${target.where}` : ''};`,
                '',
            ].join('\n'),
        },
        rollback: {
            path: `${dir}${timestamp}_${slug}_rollback.sql`,
            content: [...header, `DROP INDEX CONCURRENTLY IF EXISTS ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .qualify */ .Ss)(target.schema, name)};`, ''].join('\n'),
        },
    };
}
/** The statements of a file we wrote: comment lines dropped, one statement per `;` at a line end. */
function fileStatements(content) {
    return content
        .split('\n')
        .filter((l) => !/^\s*--/.test(l))
        .join('\n')
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** 1 - after / before; 0 when the cost before was 0. */
function costReduction(before, after) {
    return before > 0 ? 1 - after / before : 0;
}
/** An estimated plan cost as messages show it: '1,234' or '12.5'. */
function formatCost(n) {
    return n.toLocaleString('en-US', { maximumFractionDigits: n < 100 ? 2 : 0 });
}
/** Why a measured fix is not suggested ('cost 120 → 110 (8.3% less), below the 50% needed'), or undefined. */
function belowMinReduction(m, minReduction) {
    if (m.reduction >= minReduction)
        return undefined;
    const measured = `cost ${formatCost(m.costBefore)} → ${formatCost(m.costAfter)} (${(m.reduction * 100).toFixed(1)}% less)`;
    return `${measured}, below the ${Math.round(minReduction * 100)}% needed`;
}
/** Why a proof failed, step by step: 'the index files did not apply cleanly (up: …)'. */
function proofFailure(proof) {
    return `the index files did not apply cleanly (${proof.steps.map((s) => `${s.step}: ${s.detail}`).join('; ')})`;
}
/**
 * Applies up → rollback → up on `db` (a scratch database, autocommit: one statement per query,
 * as CONCURRENTLY needs) and checks the catalog after each step. The index is left in place.
 */
async function proveIndexFix(db, target, fix) {
    const state = async () => {
        const { rows } = await db.query(`SELECT i.indisvalid AS valid FROM pg_catalog.pg_index i
         JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2`, [target.schema, fix.name]);
        return rows.length === 0 ? 'absent' : rows[0].valid ? 'valid' : 'invalid';
    };
    const steps = [];
    const apply = async (step, content, want) => {
        try {
            for (const sql of fileStatements(content))
                await db.query(sql);
            const got = await state();
            steps.push({ step, ok: got === want, detail: `index ${fix.name} is ${got}` });
        }
        catch (e) {
            steps.push({ step, ok: false, detail: e instanceof Error ? e.message : String(e) });
        }
        return steps[steps.length - 1].ok;
    };
    // Each step only runs when the previous one left the catalog as expected.
    if (await apply('up', fix.up.content, 'valid')) {
        if (await apply('rollback', fix.rollback.content, 'absent'))
            await apply('up again', fix.up.content, 'valid');
    }
    return { ok: steps.length === 3 && steps.every((s) => s.ok), steps };
}


/***/ })

};
