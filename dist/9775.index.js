export const id = 9775;
export const ids = [9775];
export const modules = {

/***/ 39775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDryRun: () => (/* binding */ runDryRun)
/* harmony export */ });
/* unused harmony export DRY_RUN_LOCK_TIMEOUT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _postgres_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74880);
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40905);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32029);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(30876);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72034);
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44963);
/* harmony import */ var _measured_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2392);
/* harmony import */ var _sources_layouts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59230);
/* harmony import */ var _trace_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49447);
/**
 * `backend-gate migrations dry-run FILE --database-url URL`: one migration file against the
 * user's own database, inside ONE transaction that is always rolled back and never committed.
 * Statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM…) and those
 * that would end or hand off the transaction (ROLLBACK, PREPARE TRANSACTION) are refused before
 * anything runs; a file's own BEGIN/COMMIT are skipped. Each statement is measured as in the
 * scratch dry-run (duration, locks of its own backend, rewrites, timeouts in force); blocking is
 * given from the lock modes, since no other session may be made to wait on a user's database.
 */












/** Applied when the file sets none, so a dry run never queues for long behind the user's traffic. */
const DRY_RUN_LOCK_TIMEOUT = '5s';
const SKIPPED = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START', 'TRANS_STMT_COMMIT']);
const REFUSED_TX = new Map([
    ['TRANS_STMT_ROLLBACK', 'ROLLBACK (the rest of the file would run outside the transaction)'],
    ['TRANS_STMT_PREPARE', 'PREPARE TRANSACTION (it would outlive the dry run)'],
    ['TRANS_STMT_COMMIT_PREPARED', 'COMMIT PREPARED'],
    ['TRANS_STMT_ROLLBACK_PREPARED', 'ROLLBACK PREPARED'],
]);
async function runDryRun(opts) {
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(opts.workingDirectory, opts.file).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(opts.file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`migration file '${shown}' cannot be read. Give the path of one .sql migration.`);
    }
    (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDatabaseUrl */ .mx)(opts.databaseUrl);
    opts.redactor.addUrl(opts.databaseUrl);
    const file = { name: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(opts.file), path: shown, version: '0', sql: (0,_sources_layouts_js__WEBPACK_IMPORTED_MODULE_8__/* .upSection */ .VX)(text) };
    const findings = await (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_6__/* .lintMigrationFile */ .W3)(file.sql, shown, { exclude: opts.lintExclude, inTransaction: true });
    const parsed = await (0,_apply_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMigration */ .mo)(file);
    const report = (0,_report_types_js__WEBPACK_IMPORTED_MODULE_10__/* .emptyReport */ ._O)('migrations', '');
    if (!Array.isArray(parsed)) {
        report.summary = `${shown} was not run: PostgreSQL cannot parse it`;
        report.findings = findings;
        return report;
    }
    let client;
    try {
        client = await (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_3__/* .connect */ .Ng)(opts.databaseUrl, 'backend-gate dry-run');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`could not connect to database-url ${(0,_report_mask_js__WEBPACK_IMPORTED_MODULE_11__/* .maskUrl */ .yP)(opts.databaseUrl)}: ${opts.redactor.redact((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e))}.`);
    }
    const run = { file, statements: [], durationMs: 0 };
    const skipped = [];
    let version = '';
    try {
        const v = await client.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n");
        version = v.rows[0].v.split(' ')[0];
        const major = Math.floor(Number(v.rows[0].n) / 10000);
        const refused = parsed.flatMap((s) => {
            const why = refusal(s, major);
            return why ? [refusedFinding(shown, s, why)] : [];
        });
        if (refused.length > 0) {
            report.summary = `${shown} was not run on ${(0,_report_mask_js__WEBPACK_IMPORTED_MODULE_11__/* .maskUrl */ .yP)(opts.databaseUrl)}: ${refused.length} statement(s) cannot run inside the dry run's transaction`;
            report.findings = [...refused, ...findings];
            return report;
        }
        const sequencesBefore = await sequenceValues(client);
        const t0 = performance.now();
        await client.query('BEGIN');
        try {
            await client.query(`SET LOCAL lock_timeout = '${DRY_RUN_LOCK_TIMEOUT}'`);
            // As for the scratch dry-run's PR statements: one round trip per statement, inside our block.
            const tracer = new _trace_js__WEBPACK_IMPORTED_MODULE_9__/* .SessionTracer */ .Qs(client);
            for (const s of parsed) {
                if (SKIPPED.has(transactionKind(s))) {
                    skipped.push(s);
                    continue;
                }
                try {
                    const { durationMs, ...trace } = await tracer.run(s, { ownTransaction: false, traced: true, commit: false });
                    run.statements.push({ statement: s, durationMs, trace });
                }
                catch (e) {
                    run.failure = (0,_apply_js__WEBPACK_IMPORTED_MODULE_5__/* .executionFailure */ .J)(e, s);
                    break;
                }
            }
        }
        finally {
            // Whatever happened: nothing of the file stays.
            await client.query('ROLLBACK');
        }
        run.durationMs = performance.now() - t0;
        opts.log.info(`${run.failure ? '✗' : '✓'} ${shown}: ${run.statements.length} statement(s) run and rolled back in ${Math.round(run.durationMs)} ms`);
        findings.push(...advancedSequences(shown, sequencesBefore, await sequenceValues(client)));
    }
    finally {
        await client.end().catch(() => { });
    }
    if (run.failure) {
        const f = run.failure;
        findings.push({
            rule: 'migration-failed',
            severity: 'error',
            message: `${file.name} fails at line ${f.line}: ${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}.${f.hint ? ` Hint: ${f.hint}` : ''} Everything it did was rolled back.`,
            location: { file: shown, line: f.line, column: f.column },
            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprint */ .Rj)('migration-failed', file.name, f.code, f.message),
            data: { sqlstate: f.code, statement: f.statement?.slice(0, 2000) },
        });
    }
    report.findings = (0,_measured_js__WEBPACK_IMPORTED_MODULE_7__/* .mergeMeasured */ .Bv)(findings, [{ run, branch: 'PR' }]);
    report.summary =
        `${shown}: ${run.statements.length} statement(s) run on PostgreSQL ${version} (${(0,_report_mask_js__WEBPACK_IMPORTED_MODULE_11__/* .maskUrl */ .yP)(opts.databaseUrl)}) in a transaction, then rolled back` +
            (run.failure ? `; failed at line ${run.failure.line}` : '');
    report.metrics = {
        statements: run.statements.length,
        applyMs: Math.round(run.durationMs),
        failed: run.failure ? 1 : 0,
    };
    report.tables.push((0,_measured_js__WEBPACK_IMPORTED_MODULE_7__/* .tracedStatementsTable */ .qO)('Statements (dry run, rolled back)', run.statements.map((s) => ({ s })), { columns: ['Would block'], cells: (s) => [wouldBlock(s)] }));
    report.details = [
        `lock_timeout ${DRY_RUN_LOCK_TIMEOUT} was set for the dry run (the file's own SET overrides it).`,
        ...skipped.map((s) => `Line ${s.startLine}: ${s.text} skipped (the dry run is one transaction, always rolled back).`),
    ];
    return report;
}
function refusal(s, major) {
    const why = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_6__/* .nonTransactionalStatement */ .eF)(s.ast, major);
    if (why)
        return `${why} cannot run inside a transaction block`;
    return REFUSED_TX.get(transactionKind(s));
}
/** 'TRANS_STMT_COMMIT' for COMMIT/END…, '' for statements that are not transaction control. */
function transactionKind(s) {
    return s.ast.TransactionStmt?.kind ?? '';
}
function refusedFinding(file, s, why) {
    return {
        rule: 'dry-run-refused',
        severity: 'error',
        message: `The dry run refuses this file: ${why}, and the dry run must stay one transaction that is rolled back. Nothing was run.`,
        location: { file, line: s.startLine, column: s.startColumn },
        fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprint */ .Rj)('dry-run-refused', node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file), s.text.replace(/\s+/g, ' ')),
        fix: {
            description: 'Dry-run the other statements without this one, or run `backend-gate migrations` to apply the file to a scratch database instead.',
        },
    };
}
/** What the locks this statement took would stop other sessions from doing until the transaction ends. */
function wouldBlock(s) {
    const modes = new Set(s.trace.locks.map((l) => l.mode));
    if (modes.has('AccessExclusiveLock'))
        return 'reads and writes';
    if (['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock'].some((m) => modes.has(m)))
        return 'writes';
    return 'nothing';
}
async function sequenceValues(client) {
    const r = await client.query(`SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text AS value FROM pg_sequences`);
    return new Map(r.rows.map((x) => [x.name, x.value ?? '']));
}
/** Sequences are not transactional: nextval() calls of the rolled-back statements stay. */
function advancedSequences(file, before, after) {
    const moved = [...after].filter(([name, v]) => before.has(name) && before.get(name) !== v).map(([name]) => name);
    if (moved.length === 0)
        return [];
    return [
        {
            rule: 'dry-run-sequence-advanced',
            severity: 'notice',
            message: `The dry run advanced ${moved.join(', ')}: PostgreSQL does not roll sequences back, so the next ids there skip a few values. Tables, data and schema are unchanged.`,
            location: { file, line: 1 },
            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprint */ .Rj)('dry-run-sequence-advanced', node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file), moved.join(',')),
            data: { sequences: moved },
        },
    ];
}


/***/ }),

/***/ 2392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ mergeMeasured),
/* harmony export */   Jo: () => (/* binding */ createdTable),
/* harmony export */   qO: () => (/* binding */ tracedStatementsTable)
/* harmony export */ });
/* unused harmony exports measuredOf, describeMeasured */
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40905);
/* harmony import */ var _lint_ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91294);
/* harmony import */ var _trace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49447);
/**
 * One finding per risky statement: what the lint predicted (rule, lock, fix) and what the
 * scratch database measured (locks taken, table rewritten, reads and writes blocked) merged.
 * A statement the lint said nothing about but that measured badly gets a finding of its own:
 * `table-rewrite` (new relfilenode) or `blocks-traffic` (a second session waited on it).
 */



function strongest(locks) {
    let best;
    for (const l of locks)
        if (!best || (0,_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .isStrongerLock */ .Kp)(l.mode, best))
            best = l.mode;
    return best && (0,_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .lockModeName */ .US)(best);
}
function measuredOf(s) {
    const t = s.trace;
    if (!t)
        return undefined;
    return {
        durationMs: Math.round(s.durationMs),
        locks: t.untraced ? `not traced (${t.untraced} runs outside a transaction)` : (0,_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .describeLocks */ .sF)(t.locks) || 'none',
        lock: t.untraced ? undefined : strongest(t.locks),
        rewrites: t.rewrites,
        readBlockedMs: t.probe?.readBlockedMs,
        writeBlockedMs: t.probe?.writeBlockedMs,
        lockTimeout: t.lockTimeout,
        statementTimeout: t.statementTimeout,
    };
}
/**
 * One row per traced statement: its text (after `label: ` when given), line, duration, locks,
 * rewrite, the `blocking` columns the caller measured, then the timeouts.
 */
function tracedStatementsTable(title, statements, blocking) {
    return {
        title,
        columns: [
            'Statement',
            'Line',
            'Duration (ms)',
            'Locks taken',
            'Rewrite',
            ...blocking.columns,
            'lock_timeout',
            'statement_timeout',
        ],
        rows: statements.map(({ label, s }) => {
            const m = measuredOf(s);
            const text = s.statement.text.replace(/\s+/g, ' ').slice(0, 60);
            return [
                label ? `${label}: ${text}` : text,
                s.statement.startLine,
                m.durationMs,
                m.locks,
                m.rewrites.join(', ') || 'no',
                ...blocking.cells(s),
                m.lockTimeout,
                m.statementTimeout,
            ];
        }),
    };
}
/**
 * "Measured on the scratch database: ACCESS EXCLUSIVE on public.t, rewrote public.t, blocked writes
 * for 35 ms and reads for 34 ms; the statement ran 30 ms." Blocking can outlast the statement: its
 * locks are held until the migration's transaction commits.
 */
function describeMeasured(m) {
    const parts = [m.locks.startsWith('not traced') ? undefined : m.locks !== 'none' ? m.locks : 'no table locks'];
    if (m.rewrites.length > 0)
        parts.push(`rewrote ${m.rewrites.join(', ')}`);
    const blocked = [
        m.writeBlockedMs ? `writes for ${m.writeBlockedMs} ms` : undefined,
        m.readBlockedMs ? `reads for ${m.readBlockedMs} ms` : undefined,
    ].filter(Boolean);
    if (blocked.length > 0)
        parts.push(`blocked ${blocked.join(' and ')}`);
    else if (m.writeBlockedMs === 0 && m.readBlockedMs === 0)
        parts.push('blocked no reads or writes');
    return `Measured on the scratch database: ${parts.filter(Boolean).join(', ')}; the statement ran ${m.durationMs} ms.`;
}
const hasBlocking = (m) => Boolean(m.readBlockedMs || m.writeBlockedMs);
/**
 * Folds each PR statement's measurements into the lint finding about its lock (the one whose
 * data names a lock), or into a measured-only finding when the lint had none.
 */
function mergeMeasured(findings, applied) {
    const out = [...findings];
    // Tables the PR created before a statement: nobody's traffic yet, nothing of production to rewrite.
    const created = new Set();
    for (const { run, branch } of applied) {
        if (branch !== 'PR')
            continue;
        for (const s of run.statements) {
            const m = measuredOf(s);
            const made = createdTable(s);
            if (made)
                created.add(made);
            if (!m)
                continue;
            // The lint locates a finding at its statement's first token.
            const about = out.filter((f) => f.location?.file === run.file.path &&
                f.location.line === s.statement.startLine &&
                f.location.column === s.statement.startColumn);
            const primary = about.find((f) => f.data?.lock);
            if (primary) {
                primary.data = { ...primary.data, measured: m };
                primary.message += ` ${describeMeasured(m)}`;
                continue;
            }
            const own = measuredFinding(run, s, m, created);
            if (own)
                out.push(own);
        }
    }
    return out;
}
/** `public.orders` for CREATE TABLE [AS] orders, as pg_locks names it. */
function createdTable(s) {
    const rv = (0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .createdRelation */ .dz)(s.statement.ast);
    return rv?.relname ? `${rv.schemaname ?? 'public'}.${rv.relname}` : undefined;
}
function measuredFinding(run, s, m, created) {
    const at = { file: run.file.path, line: s.statement.startLine, column: s.statement.startColumn };
    const text = s.statement.text.replace(/\s+/g, ' ');
    const existing = (tables) => tables.filter((t) => !created.has(t));
    if (existing(m.rewrites).length > 0) {
        const kind = s.statement.kind === 'TruncateStmt' ? 'truncated' : 'rewrote';
        return {
            rule: 'table-rewrite',
            severity: 'warning',
            message: `This statement ${kind} ${m.rewrites.join(', ')} (new relfilenode): the table is locked for the whole copy, proportionally longer on production data. ${describeMeasured(m)}`,
            location: at,
            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)('table-rewrite', run.file.name, m.rewrites.join(','), text),
            fix: {
                description: 'Avoid the rewrite: add the column without a volatile default and backfill in batches, or create a new column and switch over, instead of changing the type in place.',
            },
            data: { table: m.rewrites[0], measured: m },
        };
    }
    const tables = existing(s.trace?.probe?.tables ?? []);
    if (hasBlocking(m) && tables.length > 0) {
        return {
            rule: 'blocks-traffic',
            severity: 'warning',
            message: `While this statement ran, a second session's queries on ${tables.join(', ')} waited for its locks (production tables with more rows wait longer). ${describeMeasured(m)}`,
            location: at,
            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)('blocks-traffic', run.file.name, text),
            data: { tables, measured: m },
        };
    }
    return undefined;
}


/***/ })

};
