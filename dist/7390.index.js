export const id = 7390;
export const ids = [7390];
export const modules = {

/***/ 40734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ AUDIT_MARKER),
/* harmony export */   Xb: () => (/* binding */ openReadOnlySession)
/* harmony export */ });
/* unused harmony exports AUDIT_STATEMENT_TIMEOUT_MS, AUDIT_LOCK_TIMEOUT_MS */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54225);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23919);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32029);
/**
 * The audit's only way into a live database: one session, read-only three times over
 * (default_transaction_read_only, BEGIN READ ONLY, and a guard that lets only SELECT / WITH /
 * SHOW / SAVEPOINT through), with short statement and lock timeouts so it can never queue behind
 * or in front of production traffic for long. Before it ends, the session checks itself: the
 * relation locks it holds (only AccessShareLock allowed) and whether a transaction id was
 * ever assigned (it is, on any write).
 */



const AUDIT_STATEMENT_TIMEOUT_MS = 15_000;
const AUDIT_LOCK_TIMEOUT_MS = 1_000;
const ALLOWED = /^\s*(?:(?:SELECT|WITH|SHOW|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b|EXPLAIN\s+\((?![^)]*\bANALYZE\b)[^)]*\)\s*SELECT\b)/i;
/** Marks our statements so pg_stat_statements readers (this audit included) can leave them out. */
const AUDIT_MARKER = '/* backend-gate audit */';
async function openReadOnlySession(url, redactor) {
    redactor.addUrl(url);
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
        connectionString: url,
        application_name: 'backend-gate-audit',
        connectionTimeoutMillis: 10_000,
        // Set at connection start, so even the first statement runs read-only and time-boxed.
        options: `-c default_transaction_read_only=on -c statement_timeout=${AUDIT_STATEMENT_TIMEOUT_MS} -c lock_timeout=${AUDIT_LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout=60000`,
    });
    client.on('error', () => { });
    try {
        await client.connect();
    }
    catch (e) {
        await client.end().catch(() => { });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`could not connect to the audit database ${(0,_report_mask_js__WEBPACK_IMPORTED_MODULE_2__/* .maskUrl */ .yP)(url)}: ${redactor.redact((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e))}. Check the URL, the network path and the credentials.`);
    }
    let statements = 0;
    const raw = async (text, values) => {
        statements++;
        // At the end: PostgreSQL records a statement from its first token, so a leading comment is lost.
        return client.query(`${text}\n${AUDIT_MARKER}`, values);
    };
    try {
        await raw('SET default_transaction_read_only = on');
        await raw(`SET statement_timeout = ${AUDIT_STATEMENT_TIMEOUT_MS}`);
        await raw(`SET lock_timeout = ${AUDIT_LOCK_TIMEOUT_MS}`);
        // One snapshot for the whole audit: every number in the report describes the same moment.
        await raw('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const info = await raw("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n, current_database() AS db, current_user AS usr");
        const server = {
            version: info.rows[0].v.split(' ')[0],
            major: Math.floor(Number(info.rows[0].n) / 10000),
            database: info.rows[0].db,
            user: info.rows[0].usr,
        };
        const db = {
            query: async (text, values) => {
                if (!ALLOWED.test(text))
                    throw new Error(`audit session refused a statement that is not a plain read: ${text.slice(0, 60)}`);
                return raw(text, values);
            },
        };
        let savepoints = 0;
        return {
            db,
            server,
            async attempt(fn) {
                const name = `audit_attempt_${++savepoints}`;
                await raw(`SAVEPOINT ${name}`);
                try {
                    const value = await fn();
                    await raw(`RELEASE SAVEPOINT ${name}`);
                    return { ok: true, value };
                }
                catch (e) {
                    await raw(`ROLLBACK TO SAVEPOINT ${name}`);
                    return { ok: false, error: redactor.redact((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)) };
                }
            },
            async close() {
                try {
                    const locks = await raw(`SELECT coalesce(c.relname, l.relation::text) AS relation, l.mode
               FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_class c ON c.oid = l.relation
              WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.mode <> 'AccessShareLock'`);
                    const xid = await raw('SELECT txid_current_if_assigned() IS NOT NULL AS assigned');
                    return { strongerLocks: locks.rows, transactionIdAssigned: xid.rows[0].assigned, statements };
                }
                finally {
                    await raw('ROLLBACK').catch(() => { });
                    await client.end().catch(() => { });
                }
            },
        };
    }
    catch (e) {
        await client.end().catch(() => { });
        throw e;
    }
}


/***/ }),

/***/ 97390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatsSubcommand: () => (/* binding */ runStatsSubcommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _audit_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40734);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74634);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30876);
/* harmony import */ var _schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96658);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48198);
/**
 * `backend-gate migrations stats --database-url URL [--output stats.json]`: row estimates and
 * sizes per table of a live database, read in the audit's read-only session, written as the
 * stats file `migrations.stats` names. The session checks itself before it closes: a lock other
 * than ACCESS SHARE or an assigned transaction id would mean something wrote.
 */







/** Tables listed in the report's details (all of them are in the file). */
const LARGEST_SHOWN = 10;
async function runStatsSubcommand({ ctx, flags, raw, settings, shown }) {
    const url = settings.databaseUrl;
    if (!url) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('migrations stats needs the database to measure: --database-url URL (production or a replica; only catalog and statistics reads are run).');
    }
    const output = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(settings.workingDirectory, (0,_modes_js__WEBPACK_IMPORTED_MODULE_5__/* .flagString */ .w)(flags, 'output') ?? raw.stats ?? 'stats.json');
    const session = await (0,_audit_session_js__WEBPACK_IMPORTED_MODULE_1__/* .openReadOnlySession */ .Xb)(url, ctx.redactor);
    let stats;
    let proof;
    try {
        const tables = await ctx.log.group('Read table sizes (read-only)', () => (0,_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .readTableSizes */ .BJ)(session.db));
        stats = {
            format: _stats_js__WEBPACK_IMPORTED_MODULE_4__/* .STATS_FORMAT */ .oo,
            generatedAt: new Date().toISOString(),
            database: session.server.database,
            serverVersion: session.server.version,
            tables,
        };
    }
    finally {
        proof = await session.close();
    }
    if (proof.strongerLocks.length > 0 || proof.transactionIdAssigned) {
        // Our own guarantee failed: a bug, not the user's mistake.
        throw new Error(`the stats session was not read-only (locks: ${proof.strongerLocks.map((l) => `${l.mode} on ${l.relation}`).join(', ') || 'none'}; transaction id assigned: ${proof.transactionIdAssigned})`);
    }
    await (0,_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .writeStatsFile */ .h_)(output, stats, shown(output));
    return statsReport(stats, shown(output), proof.statements);
}
function statsReport(stats, file, statements) {
    const top = (0,_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .topLevelTables */ .p1)(stats.tables);
    const totalRows = top.reduce((n, t) => n + t.rows, 0);
    const totalBytes = top.reduce((n, t) => n + t.tableBytes, 0);
    const report = (0,_report_types_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyReport */ ._O)('migrations', `Table sizes of ${stats.database} (PostgreSQL ${stats.serverVersion}): ${top.length} tables, ${totalRows.toLocaleString('en-US')} rows → ${file}`);
    const largest = [...top].sort((a, b) => b.rows - a.rows || b.tableBytes - a.tableBytes);
    report.metrics = { tables: top.length, totalRows, tableBytes: totalBytes, readOnlyStatements: statements };
    report.tables.push({
        title: 'Table sizes',
        columns: ['Table', 'Rows (estimate)', 'Table size', 'Index size'],
        rows: [...stats.tables]
            .sort((a, b) => b.rows - a.rows)
            .map((t) => [
            `${t.schema}.${t.table}${t.partitionOf ? ` (partition of ${t.partitionOf})` : ''}`,
            t.rows,
            (0,_schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(t.tableBytes),
            (0,_schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(t.indexBytes),
        ]),
    });
    report.artifacts.push({ kind: 'stats', path: file });
    report.details = [
        `Tables: ${top.length}${top.length < stats.tables.length ? ` (and ${stats.tables.length - top.length} partitions)` : ''}`,
        `Total rows: ${totalRows.toLocaleString('en-US')}`,
        `Total size: ${(0,_schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(totalBytes)}`,
        `LARGEST TABLES (${Math.min(LARGEST_SHOWN, largest.length)} of ${largest.length})`,
        ...largest
            .slice(0, LARGEST_SHOWN)
            .map((t) => `  ${t.schema}.${t.table}: ${t.rows.toLocaleString('en-US')} rows, ${(0,_schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(t.tableBytes)}`),
        `Written: ${file} (read-only session: ${statements} statements, no lock beyond ACCESS SHARE, no transaction id)`,
        'Use it: migrations.stats in .backend-gate.yml (or --stats) ranks lock findings by the time they block at these sizes.',
    ];
    return report;
}


/***/ })

};
