export const id = 7366;
export const ids = [7366,8994];
export const modules = {

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


/***/ }),

/***/ 27141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ ObjectOrigins)
/* harmony export */ });
class ObjectOrigins {
    map = new Map();
    record(file, statements) {
        for (const s of statements) {
            const at = { file, line: s.startLine };
            const node = s.ast;
            if (node.CreateStmt) {
                const table = qualified(node.CreateStmt.relation);
                this.set(table, at);
                for (const elt of node.CreateStmt.tableElts ?? []) {
                    if ('ColumnDef' in elt) {
                        const col = elt.ColumnDef.colname ?? '';
                        for (const c of elt.ColumnDef.constraints ?? []) {
                            if ('Constraint' in c && c.Constraint.contype === 'CONSTR_FOREIGN')
                                this.set(`${table}(${col})`, at);
                        }
                    }
                    else if ('Constraint' in elt) {
                        this.foreignKey(table, elt.Constraint, at);
                    }
                }
            }
            else if (node.AlterTableStmt) {
                const table = qualified(node.AlterTableStmt.relation);
                for (const cmd of node.AlterTableStmt.cmds ?? []) {
                    if (!('AlterTableCmd' in cmd))
                        continue;
                    const def = cmd.AlterTableCmd.def;
                    if (cmd.AlterTableCmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
                        this.foreignKey(table, def.Constraint, at);
                    }
                    else if (cmd.AlterTableCmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def) {
                        for (const c of def.ColumnDef.constraints ?? []) {
                            if ('Constraint' in c && c.Constraint.contype === 'CONSTR_FOREIGN') {
                                this.set(`${table}(${def.ColumnDef.colname ?? ''})`, at);
                            }
                        }
                    }
                }
            }
        }
    }
    /** The CheckContext.sourceOf function. */
    lookup = (name) => this.map.get(name) ?? this.map.get(`public.${name}`);
    foreignKey(table, c, at) {
        if (c.contype !== 'CONSTR_FOREIGN')
            return;
        const cols = (c.fk_attrs ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
        this.set(`${table}(${cols.join(',')})`, at);
        if (typeof c.conname === 'string')
            this.set(`${table}.${c.conname}`, at);
    }
    set(key, at) {
        // The latest statement wins: a table re-created later is reported where it now comes from.
        this.map.set(key, at);
    }
}
function qualified(r) {
    return `${r?.schemaname ?? 'public'}.${r?.relname ?? ''}`;
}


/***/ }),

/***/ 35093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMigrations: () => (/* binding */ runMigrations)
});

// UNUSED EXPORTS: runnerWraps

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/postgres/index.ts + 6 modules
var postgres = __webpack_require__(74880);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/schema-health/index.ts + 19 modules
var schema_health = __webpack_require__(68206);
// EXTERNAL MODULE: ./src/schema-health/checks/foreign-key-without-index.ts
var foreign_key_without_index = __webpack_require__(78249);
// EXTERNAL MODULE: ./src/schema-health/index-fix.ts
var index_fix = __webpack_require__(98779);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/migrations/apply.ts
var apply = __webpack_require__(72034);
// EXTERNAL MODULE: ./src/migrations/lint/index.ts + 45 modules
var lint = __webpack_require__(44963);
;// CONCATENATED MODULE: ./src/migrations/batch.ts


/** Statements per query string: bounds the locks one implicit transaction holds (max_locks_per_transaction). */
const MAX_BATCH = 200;
const MARK = 'backend_gate_mark';
/** The server's clock in milliseconds (float8: microsecond precision). */
const MARKER = `SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ${MARK}`;
/** Applies `files` in order, stopping at the first failure; one FileRun per file attempted. */
async function applyMigrationsBatched(client, files, opts) {
    const runs = [];
    let batch = [];
    // Files with statements in `batch`, in order: done when the batch is.
    let waiting = [];
    const report = (done) => {
        for (const run of done) {
            runs.push(run);
            opts.onFile?.(run);
        }
    };
    /** Runs what is batched and reports the files it completed (all but `open`); false on a failure. */
    const flush = async (open) => {
        opts.signal?.throwIfAborted();
        const ok = batch.length === 0 || (await runBatch(client, batch));
        batch = [];
        if (!ok) {
            // Files after the failing one never ran: the apply stops there.
            report(waiting.slice(0, waiting.findIndex((r) => r.failure) + 1));
            waiting = [];
            return false;
        }
        report(waiting.filter((r) => r !== open));
        waiting = open && waiting.includes(open) ? [open] : [];
        return true;
    };
    for (const file of files) {
        const parsed = await (0,apply/* parseMigration */.mo)(file);
        const run = { file, statements: [], durationMs: 0 };
        if (!Array.isArray(parsed) || parsed.some((s) => s.kind === 'TransactionStmt')) {
            // A parse error, or a file with its own BEGIN … COMMIT: that runs as written, one by one.
            if (!(await flush()))
                return runs;
            if (Array.isArray(parsed)) {
                const t0 = performance.now();
                for (const statement of parsed)
                    if (!(await runOne(client, run, statement)))
                        break;
                run.durationMs = performance.now() - t0;
            }
            else {
                run.failure = parsed;
            }
            report([run]);
            if (run.failure)
                return runs;
            continue;
        }
        waiting.push(run);
        for (const statement of parsed) {
            if ((0,lint/* nonTransactionalStatement */.eF)(statement.ast, opts.postgresVersion) === undefined) {
                batch.push({ run, statement });
                if (batch.length >= MAX_BATCH && !(await flush(run)))
                    return runs;
                continue;
            }
            if (!(await flush(run)))
                return runs;
            const t0 = performance.now();
            const ok = await runOne(client, run, statement);
            run.durationMs += performance.now() - t0;
            if (!ok) {
                report(waiting);
                return runs;
            }
        }
    }
    await flush();
    return runs;
}
/** One statement on its own; false (and the failure on `run`) when it failed. */
async function runOne(client, run, statement) {
    try {
        run.statements.push(await (0,apply/* runPlain */.OZ)(client, statement));
        return true;
    }
    catch (e) {
        run.failure = (0,apply/* executionFailure */.J)(e, statement);
        // Leave the session usable for whoever looks at it next (an aborted transaction block).
        await client.query('ROLLBACK').catch(() => { });
        return false;
    }
}
/**
 * One query string: marker, statement, marker, statement, … marker. Each statement's duration is
 * the difference of the server clock around it. On failure the statements run again one by one.
 */
async function runBatch(client, batch) {
    // A newline before each `;`: a statement may end in a line comment.
    const sql = [MARKER, ...batch.flatMap((p) => [p.statement.text, MARKER])].join('\n;\n');
    let results;
    try {
        const r = (await client.query(sql));
        results = Array.isArray(r) ? r : [r];
    }
    catch {
        // The implicit transaction is rolled back whole: nothing of the batch stays.
        await client.query('ROLLBACK').catch(() => { });
        for (const p of batch) {
            const t0 = performance.now();
            const ok = await runOne(client, p.run, p.statement);
            p.run.durationMs += performance.now() - t0;
            if (!ok)
                return false;
        }
        return true;
    }
    const marks = results.filter((r) => r.fields.length === 1 && r.fields[0].name === MARK).map((r) => r.rows[0][MARK]);
    batch.forEach((p, i) => {
        const durationMs = marks.length === batch.length + 1 ? marks[i + 1] - marks[i] : Number.NaN;
        const done = { statement: p.statement, durationMs };
        p.run.statements.push(done);
        p.run.durationMs += durationMs;
    });
    return true;
}

// EXTERNAL MODULE: ./src/migrations/schemadiff/dump.ts
var dump = __webpack_require__(23949);
;// CONCATENATED MODULE: ./src/migrations/down.ts




/** The normalized schema of the client's database, leaving the session's search_path as it was. */
async function schemaDump(client) {
    const saved = (await client.query("SELECT current_setting('search_path') AS p")).rows[0].p;
    try {
        return await (0,dump/* dumpCatalog */.C)(client);
    }
    finally {
        await client.query("SELECT set_config('search_path', $1, false)", [saved]);
    }
}
async function checkDownMigration(client, file, beforeUp, afterUp) {
    const down = { ...file, path: file.down.path, sql: file.down.sql };
    const inTransaction = (await canRunInTransaction(down)) && (await canRunInTransaction(file));
    const findings = [];
    if (inTransaction)
        await client.query('BEGIN');
    let stateKept = inTransaction;
    try {
        const d = await (0,apply/* applyMigration */.rj)(client, down);
        if (d.failure) {
            findings.push(failed(file, 'down', d.failure));
            return { findings, stateKept };
        }
        const afterDown = await schemaDump(client);
        const notRestored = (0,dump/* compareDumps */.L)(afterDown, beforeUp);
        if (notRestored.length > 0)
            findings.push(incomplete(file, notRestored));
        const again = await (0,apply/* applyMigration */.rj)(client, file);
        if (again.failure) {
            findings.push(failed(file, 'up again', again.failure));
            return { findings, stateKept };
        }
        const afterAgain = await schemaDump(client);
        const differs = (0,dump/* compareDumps */.L)(afterAgain, afterUp);
        if (differs.length > 0 && notRestored.length === 0)
            findings.push(incomplete(file, differs, 'up again'));
        // Outside a transaction, down + up again leave the schema as the first up did when the dumps match.
        stateKept = stateKept || differs.length === 0;
        return { findings, stateKept };
    }
    finally {
        if (inTransaction)
            await client.query('ROLLBACK').catch(() => { });
    }
}
/** No statement refuses a transaction block, and the file does not manage transactions itself. */
async function canRunInTransaction(file) {
    const parsed = await (0,apply/* parseMigration */.mo)(file);
    if (!Array.isArray(parsed))
        return true; // the failure is reported when it is applied
    return parsed.every((s) => s.kind !== 'TransactionStmt' && !(0,lint/* nonTransactionalStatement */.eF)(s.ast));
}
function incomplete(file, differences, step = 'down') {
    const where = file.down.path;
    const shown = differences.slice(0, 5).join('; ');
    const more = differences.length > 5 ? ` (and ${differences.length - 5} more)` : '';
    return {
        rule: 'down-migration-incomplete',
        severity: 'warning',
        message: step === 'down'
            ? `The down migration of ${file.name} does not restore the schema it started from: ${shown}${more}. A rollback in production would leave the database in a state no migration describes.`
            : `After its down migration, ${file.name} applied again gives a different schema: ${shown}${more}.`,
        location: { file: where, line: 1 },
        fingerprint: (0,fingerprint/* fingerprint */.Rj)('down-migration-incomplete', file.name, step, differences.join('\n')),
        fix: {
            description: 'Make the down migration undo exactly what the up migration does (drop what it creates, re-create what it drops).',
        },
        data: { differences, step },
    };
}
function failed(file, step, f) {
    const where = step === 'down' ? file.down.path : file.path;
    return {
        rule: 'down-migration-failed',
        severity: 'warning',
        message: step === 'down'
            ? `The down migration of ${file.name} fails at line ${f.line}: ${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}.`
            : `${file.name} cannot be applied again after its down migration: line ${f.line}: ${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}.`,
        location: { file: where, line: f.line, column: f.column },
        fingerprint: (0,fingerprint/* fingerprint */.Rj)('down-migration-failed', file.name, step, f.code, f.message),
        data: { step, sqlstate: f.code },
    };
}

// EXTERNAL MODULE: ./src/migrations/tool-transaction.ts
var tool_transaction = __webpack_require__(96307);
// EXTERNAL MODULE: ./src/migrations/measured.ts
var measured = __webpack_require__(2392);
// EXTERNAL MODULE: ./src/migrations/lint/locks.ts
var locks = __webpack_require__(11390);
// EXTERNAL MODULE: ./src/migrations/trace.ts
var trace = __webpack_require__(49447);
;// CONCATENATED MODULE: ./src/migrations/lock-held-across-migrations.ts
/**
 * Rule `lock-held-across-migrations`: node-pg-migrate's CLI runs all pending migrations in ONE
 * transaction by default (`--single-transaction`), so a lock the PR's first migration takes is
 * held in production until the last pending one commits, not just until its own file ends. A
 * migration with `pgm.noTransaction()` breaks that transaction (COMMIT before it, BEGIN after).
 * The scratch database applies each file on its own; this rule adds up what it measured.
 */




const LOCK_HELD_ACROSS_MIGRATIONS = 'lock-held-across-migrations';
/** Later files named in a message before "and N more". */
const FILES_NAMED = 5;
/**
 * One finding per table (at its strongest mode) that a PR statement of a wrapped migration locks
 * against reads or writes while node-pg-migrate's single transaction continues into a later PR
 * file. Tables the PR creates are nobody's traffic yet: not reported.
 */
function findLocksHeldAcrossMigrations(applied, opts) {
    if (opts.layout !== 'node-pg-migrate' || !opts.singleTransaction)
        return [];
    const pr = applied.filter((a) => a.branch === 'PR').map((a) => a.run);
    if (pr.length < 2)
        return [];
    const created = tablesCreatedBy(pr);
    const strongest = new Map();
    for (const span of sharedTransactions(pr)) {
        for (const held of locksHeldAcrossFiles(span)) {
            if (created.has(held.table) || !(0,locks/* blocksTraffic */.QX)(modeName(held.mode)))
                continue;
            const had = strongest.get(held.table);
            const stronger = !had || (0,trace/* isStrongerLock */.Kp)(held.mode, had.mode);
            if (stronger || (held.mode === had.mode && held.heldAfterMs > had.heldAfterMs)) {
                strongest.set(held.table, held);
            }
        }
    }
    return [...strongest.values()].map(finding);
}
/**
 * The runs of consecutive wrapped migrations: what one `--single-transaction` run commits at once.
 * A `pgm.noTransaction()` migration commits what came before it and runs outside of both.
 */
function sharedTransactions(runs) {
    const spans = [];
    let current = [];
    for (const run of runs) {
        if (run.file.transaction?.kind === 'wrapped') {
            current.push(run);
            continue;
        }
        if (current.length > 0)
            spans.push(current);
        current = [];
    }
    if (current.length > 0)
        spans.push(current);
    return spans;
}
/** Every lock a statement of `span` took whose transaction continues into a later file of the span. */
function locksHeldAcrossFiles(span) {
    const out = [];
    const total = (statements) => statements.reduce((ms, s) => ms + s.durationMs, 0);
    let laterFilesMs = total(span.flatMap((r) => r.statements));
    for (const [i, run] of span.entries()) {
        laterFilesMs -= total(run.statements);
        if (i === span.length - 1)
            break; // its transaction ends with this file
        let rest = total(run.statements);
        for (const statement of run.statements) {
            rest -= statement.durationMs;
            for (const lock of statement.trace?.locks ?? []) {
                out.push({
                    table: lock.relation,
                    mode: lock.mode,
                    run,
                    statement,
                    heldAcross: span.slice(i + 1),
                    heldAfterMs: rest + laterFilesMs,
                });
            }
        }
    }
    return out;
}
/** Tables the PR's statements create (`public.orders`), as pg_locks names them. */
function tablesCreatedBy(runs) {
    const out = new Set();
    for (const run of runs) {
        for (const s of run.statements) {
            const table = (0,measured/* createdTable */.Jo)(s);
            if (table)
                out.add(table);
        }
    }
    return out;
}
function modeName(mode) {
    return (0,trace/* lockModeName */.US)(mode);
}
function finding(held) {
    const mode = modeName(held.mode);
    const reads = mode === 'ACCESS EXCLUSIVE';
    const names = held.heldAcross.map((r) => r.file.name);
    const shown = names.length > FILES_NAMED
        ? `${names.slice(0, FILES_NAMED).join(', ')} and ${names.length - FILES_NAMED} more`
        : names.join(', ');
    const ms = Math.round(held.heldAfterMs);
    const s = held.statement.statement;
    return {
        rule: LOCK_HELD_ACROSS_MIGRATIONS,
        severity: 'warning',
        message: `node-pg-migrate runs all pending migrations in one transaction by default, so the ${mode} lock this statement takes on ${held.table} (${(0,locks/* lockEffect */.bI)(mode)}) stays held across ${names.length === 1 ? 'the later migration' : `the ${names.length} later migrations`} ${shown} until the last one commits. ` +
            `Measured on the scratch database: ${ms} ms from this statement to the end of that transaction (longer on production data).`,
        location: { file: held.run.file.path, line: s.startLine, column: s.startColumn },
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(LOCK_HELD_ACROSS_MIGRATIONS, held.run.file.name, held.table, mode),
        fix: {
            description: 'Put this statement in a migration of its own and deploy it separately, so its lock ends with that migration; or run node-pg-migrate with --no-single-transaction (one transaction per migration), and if the project already does, set migrations.single-transaction: false.',
        },
        data: {
            table: held.table,
            lock: mode,
            blocks: reads ? 'reads and writes' : 'writes',
            heldAcross: held.heldAcross.map((r) => r.file.path),
            heldAfterMs: ms,
        },
    };
}

;// CONCATENATED MODULE: ./src/migrations/seed.ts

/** Qualified names (`"public"."orders"`) of every relation named in the statements' ASTs. */
function namedRelations(asts) {
    const names = new Set();
    const walk = (n) => {
        if (Array.isArray(n))
            n.forEach(walk);
        else if (n && typeof n === 'object') {
            const o = n;
            if (typeof o.relname === 'string') {
                names.add(o.schemaname ? `${(0,postgres/* quoteIdent */.v4)(String(o.schemaname))}.${(0,postgres/* quoteIdent */.v4)(o.relname)}` : (0,postgres/* quoteIdent */.v4)(o.relname));
            }
            Object.values(o).forEach(walk);
        }
    };
    walk(asts);
    return [...names];
}
/** A table only referenced by a foreign key needs rows to point at, not a measurable size. */
const PARENT_ROWS = 100;
/** The tables among `names` that exist now, with the tables their foreign keys reference, parents first. */
async function tablesToSeed(client, names) {
    const r = await client.query(`WITH RECURSIVE named AS (
       SELECT c.oid FROM unnest($1::text[]) AS x(name) JOIN pg_class c ON c.oid = to_regclass(x.name)
        WHERE c.relkind IN ('r', 'p')
     ), closure(oid) AS (
       SELECT oid FROM named
       UNION
       SELECT co.confrelid FROM closure JOIN pg_constraint co ON co.conrelid = closure.oid AND co.contype = 'f'
     )
     SELECT c.oid::int AS oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name,
            coalesce((SELECT array_agg(DISTINCT co.confrelid::int) FROM pg_constraint co
                       WHERE co.conrelid = c.oid AND co.contype = 'f' AND co.confrelid <> c.oid), '{}') AS parents,
            c.oid IN (SELECT oid FROM named) AS named,
            -- a partition may have triggers of its own; a generated key column is not the seed's value
            c.relkind = 'r'
              AND NOT EXISTS (SELECT 1 FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint co
                               JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = ANY (co.conkey)
                               WHERE co.conrelid = c.oid AND co.contype = 'f'
                                 AND (cardinality(co.conkey) > 1 OR a.attgenerated <> '' OR a.attidentity = 'a'))
              AS "checksOnlyKeys"
       FROM closure JOIN pg_class c ON c.oid = closure.oid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT c.relispartition`, [names]);
    // Parents before children; a cycle is broken anywhere (its nullable keys get NULL).
    const byOid = new Map(r.rows.map((t) => [t.oid, t]));
    const out = [];
    const state = new Map();
    const visit = (t) => {
        if (state.has(t.oid))
            return;
        state.set(t.oid, 'visiting');
        for (const p of t.parents) {
            const parent = byOid.get(p);
            if (parent)
                visit(parent);
        }
        state.set(t.oid, 'done');
        out.push(t);
    };
    for (const t of r.rows)
        visit(t);
    return out;
}
const COLUMNS_SQL = `
SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typcategory AS category, t.typtype,
       CASE WHEN a.atttypmod > 4 AND t.typcategory = 'S' THEN a.atttypmod - 4 END AS length,
       a.attnotnull AS notnull, a.atthasdef AS "hasDefault", a.attidentity AS identity, a.attgenerated AS generated,
       EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisunique
                AND (a.attnum = ANY (i.indkey)
                     -- an expression index (UNIQUE ON lower(email)) names its columns only in its expression
                     OR (i.indexprs IS NOT NULL
                         AND pg_catalog.pg_get_expr(i.indexprs, i.indrelid) ~ ('\\m' || a.attname || '\\M')))) AS unique,
       fk.tbl AS "fkTable", fk.col AS "fkColumn",
       EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conrelid = a.attrelid AND co.contype = 'f'
                  AND cardinality(co.conkey) > 1 AND a.attnum = ANY (co.conkey)) AS "multiFk"
  FROM pg_attribute a
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN LATERAL (
    SELECT quote_ident(pn.nspname) || '.' || quote_ident(pc.relname) AS tbl, quote_ident(pa.attname) AS col
      FROM pg_constraint co
      JOIN pg_class pc ON pc.oid = co.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
      JOIN pg_attribute pa ON pa.attrelid = co.confrelid AND pa.attnum = co.confkey[1]
     WHERE co.conrelid = a.attrelid AND co.contype = 'f' AND co.conkey = ARRAY[a.attnum]
     LIMIT 1) fk ON true
 WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum`;
/**
 * A value expression for row `g` of the generated series, or undefined to leave the column to
 * its default (or NULL). Throws when a NOT NULL column has no value we can make.
 */
function valueFor(c, fkIndex) {
    if (c.generated !== '' || c.identity === 'a')
        return undefined;
    if (c.fkTable && c.fkColumn) {
        const arr = fkIndex.get(`${c.fkTable}.${c.fkColumn}`);
        // An empty parent: NULL (nullable) or a failing insert (NOT NULL), reported as skipped.
        return `(${arr})[1 + (g % greatest(cardinality(${arr}), 1))]`;
    }
    if (c.multiFk)
        return undefined;
    if (c.hasDefault && !c.unique)
        return undefined;
    const cast = (expr) => `(${expr})::${c.type}`;
    if (c.typtype === 'e')
        return `(enum_range(NULL::${c.type}))[1 + (g % cardinality(enum_range(NULL::${c.type})))]`;
    if (c.typtype === 'd' && !c.notnull)
        return undefined;
    switch (c.category) {
        case 'N':
            return c.unique ? cast('g + off') : cast('g % 1000');
        case 'S': {
            const text = c.unique ? `'seed-' || (g + off)` : `'seed ' || (g % 1000)`;
            return cast(c.length ? `right(${text}, ${c.length})` : text);
        }
        case 'B':
            return 'g % 2 = 0';
        case 'D':
            return cast(`now() - (g + off) * interval '1 minute'`);
        case 'T':
            return cast(`(g % 1000) * interval '1 second'`);
        case 'A':
            return cast(`'{}'`);
        case 'I':
            return cast(`'10.0.0.0'::inet + (g % 65536)`);
    }
    if (c.type === 'uuid')
        return `md5((g + off)::text || 'backend-gate')::uuid`;
    if (c.type === 'json' || c.type === 'jsonb')
        return cast(`'{}'`);
    if (c.type === 'bytea')
        return `decode(md5(g::text), 'hex')`;
    if (!c.notnull)
        return undefined;
    if (c.hasDefault)
        return undefined;
    throw new Error(`no value for column ${(0,postgres/* quoteIdent */.v4)(c.name)} of type ${c.type}`);
}
/**
 * Gives each table the PR's statements name `rows` rows (fewer when it already has some).
 * Runs after the base branch's migrations and before the PR's, on the scratch database. With
 * more sessions, tables are filled at the same time, each once the tables it references are.
 */
async function seedTables(client, relationNames, rows, log, opts = {}) {
    if (rows <= 0 || relationNames.length === 0)
        return [];
    const tables = await tablesToSeed(client, relationNames);
    if (tables.length === 0)
        return [];
    const wanted = tables.map((t) => (t.named ? rows : Math.min(rows, PARENT_ROWS)));
    // How many rows each table has, up to what it wants: one query for all of them.
    const counted = await client.query(`SELECT ${tables.map((t, i) => `(SELECT count(*) FROM (SELECT 1 FROM ${t.name} LIMIT ${wanted[i]}) s) AS c${i}`).join(', ')}`);
    const skipKeyChecks = tables.some((t) => t.checksOnlyKeys) && (await mayDisableTriggers(client));
    const pool = sessionPool([client, ...(opts.sessions ?? [])]);
    const position = new Map(tables.map((t, i) => [t.oid, i]));
    const filled = [];
    for (const [i, t] of tables.entries()) {
        const want = wanted[i];
        const have = Number(counted.rows[0][`c${i}`]);
        if (have >= want || (!t.named && have > 0)) {
            filled.push(Promise.resolve({ table: t.name, inserted: 0 }));
            continue;
        }
        // Its rows take their keys from the tables it references: those are filled first (a cycle
        // was broken where tablesToSeed broke it: a later table is not waited for).
        const before = t.parents.flatMap((p) => {
            const j = position.get(p);
            return j !== undefined && j < i ? [filled[j]] : [];
        });
        filled.push(Promise.allSettled(before).then(() => pool.use((session) => seedTable(session, t, want - have, rows, skipKeyChecks && t.checksOnlyKeys, log))));
    }
    const settled = await Promise.allSettled(filled);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((r) => r.value);
}
/** Inserts `count` generated rows into one table (then ANALYZE), or says why it refused them. */
async function seedTable(client, t, count, rows, skipKeyChecks, log) {
    const columns = (await client.query(COLUMNS_SQL, [t.oid])).rows;
    const fkIndex = new Map();
    const ctes = [];
    for (const c of columns) {
        if (!c.fkTable || !c.fkColumn)
            continue;
        const key = `${c.fkTable}.${c.fkColumn}`;
        if (fkIndex.has(key))
            continue;
        const cte = `p${fkIndex.size}`;
        ctes.push(`${cte} AS (SELECT array_agg(${c.fkColumn}) AS a FROM (SELECT ${c.fkColumn} FROM ${c.fkTable} LIMIT ${rows}) x)`);
        fkIndex.set(key, `(SELECT a FROM ${cte})`);
    }
    let values;
    try {
        values = columns.flatMap((c) => {
            const expr = valueFor(c, fkIndex);
            return expr === undefined ? [] : [{ column: (0,postgres/* quoteIdent */.v4)(c.name), expr }];
        });
    }
    catch (e) {
        return skip(t.name, e.message, log);
    }
    // Unique values continue after the ones already there.
    const offset = `(SELECT count(*) FROM ${t.name})`;
    const withClause = ctes.length ? `WITH ${ctes.join(', ')} ` : '';
    const target = values.length ? `(${values.map((v) => v.column).join(', ')})` : '';
    const select = values.length ? values.map((v) => v.expr).join(', ') : '';
    const insert = values.length
        ? `${withClause}INSERT INTO ${t.name} ${target} SELECT ${select} FROM generate_series(1, ${count}) AS g, ${offset} AS o(off)`
        : `INSERT INTO ${t.name} SELECT FROM generate_series(1, ${count})`;
    let inserted;
    try {
        if (skipKeyChecks) {
            // Replica mode fires no foreign-key check (the keys come from the referenced tables): about
            // half the insert's time. One query string is one transaction: the mode ends with it, or
            // is rolled back with it when the insert fails.
            const r = (await client.query(`SET LOCAL session_replication_role = replica;\n${insert}`));
            inserted = r[1].rowCount ?? 0;
        }
        else {
            inserted = (await client.query(insert)).rowCount ?? 0;
        }
    }
    catch (e) {
        return skip(t.name, e.message, log);
    }
    if (inserted > 0)
        await client.query(`ANALYZE ${t.name}`);
    return { table: t.name, inserted };
}
/** Lends each task one of the sessions, the next task waiting for one to be free. */
function sessionPool(sessions) {
    const free = [...sessions].reverse();
    const waiting = [];
    return {
        async use(task) {
            const session = free.pop() ?? (await new Promise((resolve) => waiting.push(resolve)));
            try {
                return await task(session);
            }
            finally {
                const next = waiting.shift();
                if (next)
                    next(session);
                else
                    free.push(session);
            }
        },
    };
}
/** Whether this session may set session_replication_role (a superuser, or granted SET on it). */
async function mayDisableTriggers(client) {
    return client.query('SET LOCAL session_replication_role = replica;\nSELECT 1').then(() => true, () => false);
}
function skip(table, why, log) {
    log.warning(`could not seed ${table} (${why}); its statements are measured on the rows it has.`);
    return { table, inserted: 0, skipped: why };
}

// EXTERNAL MODULE: ./src/migrations/sources/command.ts
var command = __webpack_require__(22834);
// EXTERNAL MODULE: ./src/migrations/sources/layouts.ts + 1 modules
var layouts = __webpack_require__(59230);
// EXTERNAL MODULE: ./src/migrations/origins.ts
var migrations_origins = __webpack_require__(27141);
// EXTERNAL MODULE: ./src/migrations/probe.ts
var probe = __webpack_require__(62952);
// EXTERNAL MODULE: ./src/migrations/settings.ts + 1 modules
var migrations_settings = __webpack_require__(8994);
// EXTERNAL MODULE: ./src/migrations/sources/base.ts
var sources_base = __webpack_require__(47742);
// EXTERNAL MODULE: ./src/migrations/sources/files.ts
var files = __webpack_require__(7636);
;// CONCATENATED MODULE: ./src/migrations/run.ts
/**
 * The migrations mode: lint the PR's new migration files, then on a throwaway PostgreSQL apply
 * the base branch's migrations and the PR's, statement by statement, and report what the PR
 * introduced to the schema (schema-health checks on head minus those already true on base).
 */

























async function runMigrations(settings, deps) {
    if (settings.layout === 'command') {
        return (await __webpack_require__.e(/* import() */ 2270).then(__webpack_require__.bind(__webpack_require__, 62270))).runCommandLayout(settings, deps);
    }
    const folder = (0,files/* localFolder */.M1)(settings.dir, settings.workingDirectory);
    const layout = settings.layout === 'auto' ? (0,layouts/* detectLayout */.ey)(folder) : settings.layout;
    const head = (0,layouts/* readFolder */.j1)(folder, layout);
    const base = await (0,sources_base/* readBaseMigrations */.h)(settings.base, head, settings.dir, settings.workingDirectory, layout);
    const baseNames = new Map(base.map((f) => [f.name, f]));
    // Flyway re-applies a repeatable migration whenever its text changes.
    const added = head.filter((f) => {
        const b = baseNames.get(f.name);
        return !b || (f.repeatable && normalize(b.sql) !== normalize(f.sql));
    });
    const findings = [];
    findings.push(...modifiedMigrations(head, baseNames));
    const elapsed = stopwatch();
    // The server and the scratch database get ready while the PR's files are linted and every file
    // is parsed: CREATE DATABASE is the server's work, the lint and the parser are ours.
    const serverReady = (0,migrations_settings.startMigrationsPostgres)(settings, deps);
    const dbReady = serverReady.then((s) => (0,postgres/* createScratchDatabase */.KI)(s, 'migrations', { keepSession: true }));
    dbReady.catch(() => { }); // awaited below
    let server;
    try {
        // Static lint of the PR's files (base files are already in production: not the PR's to fix).
        for (const f of added)
            findings.push(...(await lintPrFile(f, settings)));
        for (const f of [...base, ...added])
            await (0,apply/* parseMigration */.mo)(f);
        deps.log.debug(`migrations: ${added.length} file(s) linted, ${base.length + added.length} parsed at ${elapsed()} ms`);
        server = await serverReady;
    }
    catch (e) {
        await dbReady.then((db) => db.drop()).catch(() => { });
        await serverReady.then((s) => s.stop()).catch(() => { });
        throw e;
    }
    let outcome = { applied: [], seeded: [], tables: 0 };
    try {
        const db = await dbReady;
        deps.log.debug(`migrations: scratch database ${db.name} ready at ${elapsed()} ms`);
        try {
            outcome = await applyOnScratch(db.url, server.major, { settings, base, added, findings }, { ...deps, elapsed });
        }
        finally {
            await db.drop();
        }
    }
    finally {
        await server.stop();
    }
    deps.log.debug(`migrations: scratch database dropped at ${elapsed()} ms`);
    const { applied, seeded, tables } = outcome;
    for (const a of applied)
        if (a.run.failure)
            findings.push(failureFinding(a));
    const merged = (0,measured/* mergeMeasured */.Bv)(findings, applied);
    merged.push(...findLocksHeldAcrossMigrations(applied, { layout, singleTransaction: settings.singleTransaction }));
    attachIndexFixFiles(merged, settings, [...base, ...added]);
    return buildReport({ settings, server, base, added, applied, findings: dedupe(merged), tables, layout, seeded });
}
/**
 * On the scratch database: the base branch's migrations, seed rows, the PR's migrations traced
 * and probed, and the schema-health checks of base and head (findings go into `run.findings`).
 * The work of one session at a time is spread where it is independent: more sessions open while
 * the base applies; the base checks run beside the seeding; the checks share the sessions.
 */
async function applyOnScratch(url, major, run, deps) {
    const { settings, base, added, findings } = run;
    const out = { applied: [], seeded: [], tables: 0 };
    // Only what the PR introduced is reported (head minus base), unless every finding is asked for.
    const health = settings.all || added.length > 0;
    // The probe's sessions (needed anyway), else one of its own, for the checks to run beside the
    // seeding and beside each other.
    const probeReady = added.length > 0 && settings.probe ? probe/* BlockingProbe */.G.open(url) : undefined;
    const sideReady = probeReady || !health ? undefined : (0,postgres/* connect */.Ng)(url, 'backend-gate checks');
    for (const p of [probeReady, sideReady])
        p?.catch(() => { }); // awaited below
    let client;
    try {
        client = await (0,postgres/* connect */.Ng)(url);
        const main = client;
        const origins = new migrations_origins/* ObjectOrigins */.T();
        const applyDeps = { ...deps, major, checkDown: false, findings };
        if (!(await applyBase(main, base, out.applied, origins, applyDeps)))
            return out;
        deps.log.debug(`migrations: base applied at ${deps.elapsed()} ms`);
        const extra = probeReady ? (await probeReady).sessions() : sideReady ? [await sideReady] : [];
        // Generated rows change no schema: the base checks run meanwhile, the seeding on the main
        // session and one more, the checks on the others. A user's seed may change the schema.
        const parallel = !settings.seed;
        const [seedOn, checkOn] = parallel && extra.length > 1 ? [extra.slice(0, 1), extra.slice(1)] : [[], extra];
        const checkBase = async () => health && !settings.all ? schemaHealth(checkOn[0] ?? main, checkOn.slice(1), origins) : [];
        const seeding = added.length > 0 ? seedBeforePr(main, url, settings, added, { ...deps, sessions: seedOn }) : undefined;
        const [seed, baseHealth] = await settleBoth(seeding, parallel ? checkBase() : seeding?.then(checkBase));
        out.seeded = seed?.tables ?? [];
        findings.push(...(seed?.findings ?? []));
        deps.log.debug(`migrations: seeded and base schema checked at ${deps.elapsed()} ms`);
        const probe = await probeReady;
        const headOk = await applyAll(main, added, 'PR', out.applied, origins, {
            ...applyDeps,
            probe,
            checkDown: settings.checkDown,
        });
        deps.log.debug(`migrations: PR applied at ${deps.elapsed()} ms`);
        if (!headOk)
            return out;
        const known = new Set((baseHealth ?? []).map((f) => f.fingerprint));
        const [headHealth, tables] = await Promise.all([
            health ? schemaHealth(main, extra, origins) : [],
            countTables(main),
        ]);
        findings.push(...headHealth.filter((f) => !known.has(f.fingerprint)));
        out.tables = tables;
        deps.log.debug(`migrations: head schema checked at ${deps.elapsed()} ms`);
        return out;
    }
    finally {
        await Promise.all([
            client?.end().catch(() => { }),
            probeReady?.then((p) => p.close()).catch(() => { }),
            sideReady?.then((c) => c.end()).catch(() => { }),
        ]);
    }
}
/** The lint, told whether this file's tool runs it inside a transaction (and how the file opts out). */
async function lintPrFile(f, settings) {
    const inTransaction = await runnerWraps(f);
    return (0,tool_transaction/* withToolNote */.f)(await (0,lint/* lintMigrationFile */.W3)(f.sql, f.path, { exclude: settings.lintExclude, inTransaction }), f);
}
/** Whether the file's migration tool runs its statements inside one transaction block. */
async function runnerWraps(f) {
    const wraps = (0,tool_transaction/* toolWraps */.m)(f);
    if (typeof wraps === 'boolean')
        return wraps;
    const parsed = await (0,apply/* parseMigration */.mo)(f);
    return Array.isArray(parsed) && wraps(parsed); // a syntax error is reported on its own
}
/** The user's seed, else generated rows in the tables the PR's statements name. */
async function seedBeforePr(client, url, settings, added, deps) {
    const t0 = performance.now();
    const seed = settings.seed;
    if (seed?.kind === 'sql') {
        const shown = external_node_path_default().relative(settings.workingDirectory, seed.file).split((external_node_path_default()).sep).join('/');
        let sql;
        try {
            sql = (0,external_node_fs_.readFileSync)(seed.file, 'utf8');
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`migrations seed file '${shown}' cannot be read. Check migrations.seed.`);
        }
        const run = await (0,apply/* applyMigration */.rj)(client, { name: external_node_path_default().basename(seed.file), path: shown, version: '0', sql });
        if (run.failure)
            return { tables: [], findings: [seedFailed(shown, run.failure.message, run.failure.line)] };
        deps.log.info(`seeded from ${shown} in ${Math.round(performance.now() - t0)} ms`);
        return { tables: [], findings: [] };
    }
    if (seed?.kind === 'command') {
        const r = await (0,command/* runShellCommand */.f)(seed.command, {
            cwd: settings.workingDirectory,
            env: { ...process.env, ...(0,command/* databaseEnv */.D)(url) },
            timeoutMs: settings.commandTimeoutMs,
            signal: deps.signal,
        });
        if (!r.ok) {
            const why = r.stopped ?? `exit code ${r.exitCode}`;
            return {
                tables: [],
                findings: [seedFailed(seed.command, `${why}: ${deps.redactor.redact(r.output).slice(-500)}`)],
            };
        }
        deps.log.info(`seeded with \`${seed.command}\` in ${Math.round(r.durationMs)} ms`);
        return { tables: [], findings: [] };
    }
    if (settings.seedRows === 0)
        return { tables: [], findings: [] };
    const asts = [];
    for (const f of added) {
        const parsed = await (0,apply/* parseMigration */.mo)(f);
        if (Array.isArray(parsed))
            asts.push(...parsed.map((s) => s.ast));
    }
    const tables = await seedTables(client, namedRelations(asts), settings.seedRows, deps.log, {
        sessions: deps.sessions,
    });
    const inserted = tables.reduce((n, t) => n + t.inserted, 0);
    if (inserted > 0) {
        deps.log.info(`seeded ${tables.filter((t) => t.inserted > 0).length} table(s) touched by the PR with ${inserted} rows in ${Math.round(performance.now() - t0)} ms`);
    }
    return { tables, findings: [] };
}
function seedFailed(what, why, line) {
    return {
        rule: 'seed-failed',
        severity: 'warning',
        message: `The seed (${what}) failed: ${why}. The PR's statements were measured on tables without those rows.`,
        location: line ? { file: what, line } : undefined,
        fingerprint: (0,fingerprint/* fingerprint */.Rj)('seed-failed', what),
    };
}
/**
 * The base branch's migrations: already in production, so not traced, and sent in as few round
 * trips as their statements allow (batch.ts). A progress line per file all the same.
 */
async function applyBase(client, files, applied, origins, deps) {
    const runs = await applyMigrationsBatched(client, files, {
        signal: deps.signal,
        postgresVersion: deps.major,
        onFile: (run) => {
            applied.push({ run, branch: 'base' });
            origins.record(run.file.path, run.statements.map((s) => s.statement));
            logFile(deps.log, run, 'base');
        },
    });
    return runs.length === files.length && !runs.some((r) => r.failure);
}
function logFile(log, run, branch) {
    if (run.failure) {
        log.info(`✗ ${run.file.path} (${branch}): failed at line ${run.failure.line}: ${run.failure.message}`);
        return;
    }
    const n = run.statements.length;
    log.info(`✓ ${run.file.path} (${branch}): ${n} statement${n === 1 ? '' : 's'} in ${Math.round(run.durationMs)} ms`);
}
/** Milliseconds since it was made, rounded: for the debug lines that time each phase. */
function stopwatch() {
    const t0 = performance.now();
    return () => Math.round(performance.now() - t0);
}
/** Both results once both are settled (so nothing still runs when the caller cleans up); the first error thrown. */
async function settleBoth(a, b) {
    const [x, y] = await Promise.allSettled([a, b]);
    if (x.status === 'rejected')
        throw x.reason;
    if (y.status === 'rejected')
        throw y.reason;
    return [x.value, y.value];
}
async function applyAll(client, files, branch, applied, origins, deps) {
    // One tracer for the files applied one after another: it keeps what it read last.
    const tracer = branch === 'PR' ? new trace/* SessionTracer */.Qs(client) : undefined;
    for (const file of files) {
        const down = deps.checkDown && file.down ? file.down : undefined;
        const beforeUp = down ? await schemaDump(client) : undefined;
        const run = await (0,apply/* applyMigration */.rj)(client, file, {
            signal: deps.signal,
            trace: tracer ? { postgresVersion: deps.major, probe: deps.probe, tracer } : undefined,
        });
        applied.push({ run, branch });
        origins.record(file.path, run.statements.map((s) => s.statement));
        logFile(deps.log, run, branch);
        if (run.failure)
            return false;
        if (down && beforeUp) {
            const check = await checkDownMigration(client, { ...file, down }, beforeUp, await schemaDump(client));
            tracer?.forget(); // the down and the up again ran without it
            deps.findings.push(...check.findings);
            deps.log.info(`  ${check.findings.length === 0 ? '✓' : '✗'} down → up of ${file.name}${check.findings.length === 0 ? ' restores the schema' : ': ' + check.findings[0].rule}`);
            if (!check.stateKept) {
                deps.log.warning(`stopping: the down migration of ${file.name} ran outside a transaction and left the schema changed.`);
                return false;
            }
        }
    }
    return true;
}
/** The schema-health checks, spread over `client` and the other sessions given. */
async function schemaHealth(client, sessions, origins) {
    const ctx = { db: client, sourceOf: origins.lookup };
    const findings = await (0,schema_health/* runSchemaHealthChecks */.sO)(ctx, { sessions });
    // Until the registry lists it, the FK check runs on its own.
    if (!schema_health/* schemaHealthChecks */.nN.some((c) => c.id === foreign_key_without_index/* foreignKeyWithoutIndex */.g.id)) {
        findings.push(...(await foreign_key_without_index/* foreignKeyWithoutIndex */.g.run(ctx)));
    }
    return findings;
}
async function countTables(client) {
    const r = await client.query(`SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`);
    return Number(r.rows[0].n);
}
/** A migration already on the base branch whose content the PR changed: production will never run the new text. */
function modifiedMigrations(head, base) {
    return head
        .filter((f) => !f.repeatable && base.has(f.name) && normalize(base.get(f.name).sql) !== normalize(f.sql))
        .map((f) => ({
        rule: 'migration-modified',
        severity: 'warning',
        message: `${f.name} is already on the base branch and this PR changes it: databases that applied it will not run the change. Add a new migration instead.`,
        location: { file: f.path, line: 1 },
        fingerprint: (0,fingerprint/* fingerprint */.Rj)('migration-modified', f.name),
    }));
}
function normalize(sql) {
    return sql.replace(/\r\n/g, '\n').trim();
}
function failureFinding({ run, branch }) {
    const f = run.failure;
    const extra = [f.detail && `Detail: ${f.detail}`, f.hint && `Hint: ${f.hint}`].filter(Boolean).join(' ');
    if (f.kind === 'syntax') {
        // Same identity as the lint's syntax-error finding, so the two merge.
        return {
            rule: 'syntax-error',
            severity: 'error',
            message: `PostgreSQL cannot parse this file: ${f.message}.`,
            location: { file: run.file.path, line: f.line, column: f.column },
            fingerprint: (0,fingerprint/* fingerprint */.Rj)('syntax-error', external_node_path_default().basename(run.file.path), f.message),
            fix: { description: 'Fix the SQL syntax; nothing else in the file was checked.' },
        };
    }
    return {
        rule: 'migration-failed',
        severity: 'error',
        message: `${branch === 'base' ? 'Base-branch migration' : 'Migration'} ${run.file.name} fails at line ${f.line}: ${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}.` +
            (extra ? ` ${extra}` : '') +
            ' Later migrations were not applied.',
        location: { file: run.file.path, line: f.line, column: f.column },
        fingerprint: (0,fingerprint/* fingerprint */.Rj)('migration-failed', run.file.name, f.code, f.message),
        data: { sqlstate: f.code, statement: f.statement?.slice(0, 2000), branch },
    };
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => (seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true)));
}
function buildReport(r) {
    const failed = r.applied.find((a) => a.run.failure);
    const appliedOk = r.applied.filter((a) => !a.run.failure).length;
    const report = (0,types/* emptyReport */._O)('migrations', `${appliedOk} of ${r.base.length + r.added.length} ${r.layout} migrations applied (${r.base.length} base, ${r.added.length} new) to PostgreSQL ${r.server.version} (${r.server.kind})` +
        (failed ? `; stopped at ${failed.run.file.name}` : ''));
    report.findings = r.findings;
    const statements = r.applied.reduce((n, a) => n + a.run.statements.length, 0);
    const applyMs = r.applied.reduce((n, a) => n + a.run.durationMs, 0);
    const missing = r.findings.filter((f) => f.rule === 'foreign-key-without-index');
    report.metrics = {
        migrations: r.base.length + r.added.length,
        baseMigrations: r.base.length,
        newMigrations: r.added.length,
        applied: appliedOk,
        statements,
        applyMs: Math.round(applyMs),
        tables: r.tables,
        missingIndexes: missing.length,
        seededRows: r.seeded.reduce((n, t) => n + t.inserted, 0),
    };
    report.tables.push({
        title: 'Applied migrations',
        columns: ['File', 'Branch', 'Statements', 'Duration (ms)', 'Result'],
        rows: r.applied.map((a) => [
            a.run.file.path,
            a.branch,
            a.run.statements.length,
            Math.round(a.run.durationMs),
            a.run.failure ? `failed at line ${a.run.failure.line}` : 'ok',
        ]),
    });
    const traced = r.applied.flatMap((a) => a.run.statements.filter((s) => s.trace).map((s) => ({ file: a.run.file, s })));
    if (traced.length > 0) {
        report.tables.push((0,measured/* tracedStatementsTable */.qO)('Statements of the PR (measured)', traced.map(({ file, s }) => ({ label: file.name, s })), {
            columns: ['Blocked reads (ms)', 'Blocked writes (ms)'],
            cells: (s) => (s.trace.probe ? [s.trace.probe.readBlockedMs, s.trace.probe.writeBlockedMs] : ['–', '–']),
        }));
    }
    const details = [
        `Migrations: ${r.base.length + r.added.length} (${r.base.length} on the base branch, ${r.added.length} new in this PR), layout ${r.layout}`,
        ...r.seeded
            .filter((t) => t.inserted > 0 || t.skipped)
            .map((t) => t.skipped ? `Seed: ${t.table} not seeded (${t.skipped})` : `Seed: ${t.inserted} rows in ${t.table}`),
        `Tables: ${r.tables}`,
        `MISSING INDEXES (${missing.length} found)`,
        ...missing.map((f) => `  ${f.data?.table}(${(f.data?.columns).join(', ')}) → ${f.data?.references}` +
            (f.location ? `  [${f.location.file}${f.location.line ? `:${f.location.line}` : ''}]` : '')),
    ];
    if (missing.length > 0) {
        details.push('SUGGESTED MIGRATIONS');
        for (const f of missing)
            details.push(`  ${f.fix?.text ?? ''}`);
    }
    report.details = details;
    return report;
}
/** Each missing-index finding gets its migration and rollback files, named after the newest migration. */
function attachIndexFixFiles(findings, settings, files) {
    const dir = external_node_path_default().relative(settings.workingDirectory, settings.dir).split((external_node_path_default()).sep).join('/') || '.';
    const version = nextVersion(files);
    for (const f of findings) {
        if (f.rule !== 'foreign-key-without-index' || !f.fix)
            continue;
        const fix = (0,index_fix/* indexFixFiles */.FQ)({ schema: String(f.data?.schema), table: String(f.data?.table), columns: f.data?.columns }, { reason: `index for the foreign key ${String(f.data?.constraint)}`, timestamp: version, directory: dir });
        f.fix.files = [fix.up, fix.rollback];
    }
}
/** The version after the newest one, in the same width (`004` after `003`). */
function nextVersion(files) {
    const numbered = files.filter((f) => /^\d+$/.test(f.version));
    if (numbered.length === 0)
        return undefined;
    const last = numbered.reduce((a, b) => (BigInt(b.version) > BigInt(a.version) ? b : a)).version;
    return (BigInt(last) + 1n).toString().padStart(last.length, '0');
}


/***/ }),

/***/ 8994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_COMMAND_TIMEOUT_S: () => (/* binding */ DEFAULT_COMMAND_TIMEOUT_S),
  DEFAULT_SEED_ROWS: () => (/* binding */ DEFAULT_SEED_ROWS),
  buildMigrationsSettings: () => (/* binding */ buildMigrationsSettings),
  startMigrationsPostgres: () => (/* binding */ startMigrationsPostgres)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: ./src/postgres/index.ts + 6 modules
var postgres = __webpack_require__(74880);
// EXTERNAL MODULE: ./src/migrations/sources/base.ts
var base = __webpack_require__(47742);
// EXTERNAL MODULE: ./src/migrations/sources/layouts.ts + 1 modules
var layouts = __webpack_require__(59230);
;// CONCATENATED MODULE: ./src/migrations/sources/node-pg-migrate-cli.ts
/**
 * How the project runs node-pg-migrate's CLI, read from its package.json `scripts`: whether the
 * pending migrations share one transaction (`--single-transaction`, the CLI's default) or each
 * gets its own (`--no-single-transaction`).
 */


/**
 * Whether node-pg-migrate runs all pending migrations in one transaction for this project: false
 * when a script of the nearest package.json that runs node-pg-migrate (from the migrations folder
 * up to the working directory) applies migrations with `--no-single-transaction`
 * (`--single-transaction false` / `=false`), else true, the tool's default.
 */
function projectKeepsSingleTransaction(dir, workingDirectory) {
    for (const manifest of manifestsAbove(dir, workingDirectory)) {
        const scripts = nodePgMigrateScripts(readScripts(manifest));
        if (scripts.length > 0)
            return !scripts.some((s) => !s.singleTransaction);
    }
    return true;
}
/** package.json files from `dir` up to `workingDirectory` (only the nearest one when `dir` is outside it), nearest first. */
function manifestsAbove(dir, workingDirectory) {
    const top = external_node_path_default().resolve(workingDirectory);
    const inside = !external_node_path_default().relative(top, dir).startsWith('..');
    const out = [];
    for (let at = external_node_path_default().resolve(dir);; at = external_node_path_default().dirname(at)) {
        const manifest = external_node_path_default().join(at, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest)) {
            out.push(manifest);
            if (!inside)
                break;
        }
        if ((inside && at === top) || external_node_path_default().dirname(at) === at)
            break;
    }
    const own = external_node_path_default().join(top, 'package.json');
    if (!out.includes(own) && (0,external_node_fs_.existsSync)(own))
        out.push(own);
    return out;
}
function readScripts(manifest) {
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
        return pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {};
    }
    catch {
        return {}; // a broken package.json is npm's to report
    }
}
/** Subcommands that do not apply pending migrations upwards. */
const NOT_UP = new Set(['create', 'down']);
/** The scripts that apply migrations with node-pg-migrate (`up`, `redo`, or migrations named in arguments). */
function nodePgMigrateScripts(scripts) {
    const out = [];
    for (const [name, command] of Object.entries(scripts)) {
        if (typeof command !== 'string')
            continue;
        // Each command of the script line (`a && b; c | d`) on its own.
        for (const part of command.split(/&&|\|\||[;|&]/)) {
            const words = part.trim().split(/\s+/).map(unquote);
            const at = words.findIndex((w) => /(^|\/)node-pg-migrate(\.[cm]?[jt]s)?$/.test(w));
            if (at === -1)
                continue;
            const args = words.slice(at + 1);
            if (args.some((a) => NOT_UP.has(a)))
                continue;
            out.push({ name, command: part.trim(), singleTransaction: !turnsSingleTransactionOff(args) });
        }
    }
    return out;
}
function unquote(word) {
    return word.replace(/^(['"])(.*)\1$/, '$2');
}
/** yargs' spellings: `--no-single-transaction`, `--single-transaction false`, `--single-transaction=false` (or camelCase). */
function turnsSingleTransactionOff(args) {
    return args.some((a, i) => {
        if (/^--no-(single-transaction|singleTransaction)$/.test(a))
            return true;
        if (/^--(single-transaction|singleTransaction)=(false|0)$/.test(a))
            return true;
        return /^--(single-transaction|singleTransaction)$/.test(a) && /^(false|0)$/.test(args[i + 1] ?? '');
    });
}

;// CONCATENATED MODULE: ./src/migrations/settings.ts
/**
 * Settings of the migrations mode: the `migrations:` config section overridden by flags
 * (CLI) or inputs (Action) of the same names. Paths are resolved against the working directory.
 */








/** Rows given to each table the PR touches before its statements run, unless configured. */
const DEFAULT_SEED_ROWS = 10_000;
const DEFAULT_COMMAND_TIMEOUT_S = 600;
function buildMigrationsSettings(raw, flags, workingDirectory, env = {}) {
    const dir = (0,modes/* flagString */.w)(flags, 'dir') ?? raw.dir ?? defaultDir(workingDirectory);
    const baseFlag = (0,modes/* flagString */.w)(flags, 'base');
    const baseVersionFlag = (0,modes/* flagString */.w)(flags, 'base-version');
    // A flag replaces the config's base whichever form it takes.
    const fromFlags = baseFlag !== undefined || baseVersionFlag !== undefined;
    const baseValue = fromFlags ? baseFlag : raw.base;
    const baseVersion = fromFlags
        ? baseVersionFlag
        : raw['base-version'] === undefined
            ? undefined
            : String(raw['base-version']);
    // In a pull request run by GitHub Actions, the base branch is known.
    const defaultBase = !baseValue && baseVersion === undefined && env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
    const pgVersion = (0,modes/* flagString */.w)(flags, 'postgres-version') ?? raw['postgres-version'];
    const command = (0,modes/* flagString */.w)(flags, 'command') ?? raw.command;
    const settings = {
        workingDirectory,
        dir: external_node_path_default().resolve(workingDirectory, dir),
        base: (0,base/* parseBase */.H)(baseValue ?? defaultBase, baseVersion, workingDirectory),
        databaseUrl: (0,modes/* flagString */.w)(flags, 'database-url'),
        provider: (0,postgres/* parseProvider */.te)((0,modes/* flagString */.w)(flags, 'postgres') ?? raw.postgres),
        postgresVersion: pgVersion === undefined ? undefined : String(pgVersion),
        lintExclude: raw.lint?.exclude ?? [],
        layout: (0,layouts/* parseLayout */.U8)((0,modes/* flagString */.w)(flags, 'layout') ?? raw.layout),
        singleTransaction: raw['single-transaction'] ?? projectKeepsSingleTransaction(external_node_path_default().resolve(workingDirectory, dir), workingDirectory),
        command,
        commandTimeoutMs: (raw['command-timeout'] ?? DEFAULT_COMMAND_TIMEOUT_S) * 1000,
        seedRows: parseSeedRows((0,modes/* flagString */.w)(flags, 'seed-rows') ?? raw['seed-rows']),
        seed: parseSeed((0,modes/* flagString */.w)(flags, 'seed') ?? raw.seed, workingDirectory),
        probe: parseProbe(flags, raw.probe),
        checkDown: raw['check-down'] ?? true,
        all: (0,modes/* flagBoolean */.$h)(flags, 'all') ?? raw.all ?? false,
    };
    // A command alone says how migrations are applied.
    if (settings.layout === 'auto' && command)
        settings.layout = 'command';
    if (settings.layout === 'command' && !settings.command) {
        throw new errors/* ConfigurationError */.j1("migrations layout 'command' needs migrations.command (or --command): the shell command that applies the migrations, e.g. 'npx knex migrate:latest'. It runs with DATABASE_URL set to a scratch database.");
    }
    return settings;
}
/** `--no-probe` turns the probe off, `--probe` on; else the config's migrations.probe; on by default. */
function parseProbe(flags, configured) {
    const on = (0,modes/* flagBoolean */.$h)(flags, 'probe');
    const off = (0,modes/* flagBoolean */.$h)(flags, 'no-probe');
    if (on === true && off === true) {
        throw new errors/* ConfigurationError */.j1('give either --probe or --no-probe (inputs probe / no-probe), not both.');
    }
    if (off === true)
        return false;
    return on ?? configured ?? true;
}
/** Where the usual tools keep migrations: ./migrations, Rails/dbmate's db/migrations, Flyway's db/migration, Prisma's. */
function defaultDir(workingDirectory) {
    const candidates = ['migrations', 'db/migrations', 'db/migration', 'prisma/migrations'];
    return candidates.find((d) => (0,external_node_fs_.existsSync)(external_node_path_default().join(workingDirectory, d))) ?? 'migrations';
}
function parseSeedRows(value) {
    if (value === undefined)
        return DEFAULT_SEED_ROWS;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 10_000_000) {
        throw new errors/* ConfigurationError */.j1(`migrations seed-rows '${value}' must be a whole number from 0 (no generated rows) to 10000000.`);
    }
    return n;
}
function parseSeed(value, workingDirectory) {
    if (!value)
        return undefined;
    if (/\.sql$/i.test(value.trim()))
        return { kind: 'sql', file: external_node_path_default().resolve(workingDirectory, value.trim()) };
    return { kind: 'command', command: value };
}
/** The PostgreSQL these settings name (a URL, Docker or embedded): the mode's and its subcommands'. */
function startMigrationsPostgres(settings, deps) {
    return (0,postgres/* startPostgres */.CO)({
        databaseUrl: settings.databaseUrl,
        provider: settings.provider,
        postgresVersion: settings.postgresVersion,
        log: deps.log,
        redactor: deps.redactor,
        signal: deps.signal,
    });
}


/***/ }),

/***/ 47742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseBase),
/* harmony export */   h: () => (/* binding */ readBaseMigrations)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23919);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7636);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59230);
/**
 * The migrations the base branch already has: from a git ref (read with `git show`, the
 * working tree is not touched), a folder, or "every version up to N". The PR's migrations are
 * the head files the base does not have.
 */







const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** `base` is a folder when one exists at that path, else a git ref. */
function parseBase(value, baseVersion, workingDirectory) {
    if (baseVersion !== undefined) {
        if (!/^\d+(?:[._]\d+)*$/.test(baseVersion)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`migrations base-version '${baseVersion}' must be a version number such as 003 or 20240101120000.`);
        }
        if (value !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('give either migrations base (a git ref or folder) or base-version, not both.');
        }
        return { kind: 'version', upTo: baseVersion };
    }
    if (value === undefined)
        return { kind: 'none' };
    const asDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workingDirectory, value);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(asDir) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(asDir).isDirectory())
        return { kind: 'dir', path: asDir };
    return { kind: 'git', ref: value };
}
async function readBaseMigrations(base, head, dir, workingDirectory, layout) {
    switch (base.kind) {
        case 'none':
            return [];
        case 'version':
            return head.filter((f) => !f.repeatable && (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(f.version, base.upTo) <= 0);
        case 'dir':
            return (0,_layouts_js__WEBPACK_IMPORTED_MODULE_6__/* .readFolder */ .j1)((0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .localFolder */ .M1)(base.path, workingDirectory), layout).map((f) => withHeadPaths(head, f));
        case 'git':
            return readFromGit(base.ref, dir, workingDirectory, head, layout);
    }
}
/** A base file is shown under the head path it has in the PR, so findings point at real files. */
function withHeadPaths(head, f) {
    const h = head.find((x) => x.name === f.name);
    if (!h)
        return f;
    return { ...f, path: h.path, down: f.down && h.down ? { ...f.down, path: h.down.path } : f.down };
}
async function readFromGit(ref, dir, workingDirectory, head, layout) {
    const git = (args) => run('git', args, { cwd: workingDirectory, maxBuffer: 256 * 1024 * 1024 }).then((r) => r.stdout);
    let top;
    try {
        top = (await git(['rev-parse', '--show-toplevel'])).trim();
        await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`migrations base '${ref}' is neither a folder nor a git commit in ${workingDirectory} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e).split('\n')[0]}). In CI, fetch the base branch (actions/checkout with fetch-depth: 0) or pass a folder.`);
    }
    const repoDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(top, dir).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
    const listing = await git(['ls-tree', '-r', '--name-only', `${ref}:${repoDir}`]).catch(() => '');
    // Files two levels deep at most, as on disk (Prisma: <migration>/migration.sql).
    const files = listing.split('\n').filter((f) => f && f.split('/').length <= 2);
    const prefix = repoDir ? `${repoDir}/` : '';
    // Read in one batch (a `git show` per file costs a process each).
    const texts = await readBlobs(workingDirectory, files.map((f) => `${ref}:${prefix}${f}`));
    const byPath = new Map(files.map((f, i) => [f, texts[i]]));
    const folder = {
        shown: node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workingDirectory, dir).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') || '.',
        files: () => files,
        read: (rel) => byPath.get(rel),
        root: dir,
        atRef: true,
    };
    return (0,_layouts_js__WEBPACK_IMPORTED_MODULE_6__/* .readFolder */ .j1)(folder, layout).map((f) => withHeadPaths(head, f));
}
/** Contents of several git objects (`ref:path`) through one `git cat-file --batch`. */
function readBlobs(cwd, specs) {
    if (specs.length === 0)
        return Promise.resolve([]);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
        const chunks = [];
        child.stdout.on('data', (c) => chunks.push(c));
        child.on('error', reject);
        child.on('close', () => {
            const out = Buffer.concat(chunks);
            const texts = [];
            let at = 0;
            for (let i = 0; i < specs.length; i++) {
                const nl = out.indexOf(10, at);
                const header = out.toString('utf8', at, nl);
                const m = / blob (\d+)$/.exec(header);
                if (!m) {
                    texts.push(undefined);
                    at = nl + 1;
                    continue;
                }
                const size = Number(m[1]);
                texts.push(out.toString('utf8', nl + 1, nl + 1 + size));
                at = nl + 1 + size + 1;
            }
            resolve(texts);
        });
        child.stdin.end(specs.join('\n') + '\n');
    });
}


/***/ }),

/***/ 22834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ databaseEnv),
/* harmony export */   f: () => (/* binding */ runShellCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Runs a project's own command (its migration tool, its seed script) against the scratch
 * database: a shell command in the working directory, DATABASE_URL (and the PG* variables most
 * tools also read) pointing at the scratch database, bounded in time, output kept for the report.
 */

/** DATABASE_URL plus PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE for the given URL. */
function databaseEnv(url) {
    const u = new URL(url);
    return {
        DATABASE_URL: url,
        PGHOST: u.hostname,
        PGPORT: u.port || '5432',
        PGUSER: decodeURIComponent(u.username),
        PGPASSWORD: decodeURIComponent(u.password),
        PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
    };
}
function runShellCommand(command, opts) {
    const t0 = performance.now();
    return new Promise((resolve) => {
        // Its own process group, so a timeout stops the tool and whatever it started.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, {
            cwd: opts.cwd,
            env: opts.env,
            shell: true,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        const keep = (chunk) => {
            output = (output + chunk.toString('utf8')).slice(-16_000);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let stopped;
        const kill = (why) => {
            stopped = why;
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                /* already gone */
            }
        };
        const timer = setTimeout(() => kill(`timed out after ${Math.round(opts.timeoutMs / 1000)} s`), opts.timeoutMs);
        const onAbort = () => kill('cancelled');
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const done = (exitCode, extra = '') => {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            resolve({
                ok: exitCode === 0 && !stopped,
                exitCode,
                stopped,
                output: (output + extra).split('\n').slice(-40).join('\n').trim(),
                durationMs: performance.now() - t0,
            });
        };
        child.on('error', (e) => done(null, `\n${e.message}`));
        child.on('close', (code) => done(code));
    });
}


/***/ }),

/***/ 96307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ withToolNote),
/* harmony export */   m: () => (/* binding */ toolWraps)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44963);

/** A fixed answer, or one decided from the file's parsed statements. */
function toolWraps(f) {
    switch (f.transaction?.kind ?? 'autocommit') {
        case 'autocommit':
            return false;
        case 'wrapped':
            return true;
        case 'single-query':
            return (statements) => statements.length > 1;
        case 'auto-detect': // Flyway: a file of only non-transactional statements runs outside one
            return (statements) => !statements.every((s) => (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .nonTransactionalStatement */ .eF)(s.ast) !== undefined);
    }
}
/** Fixes that say "the runner wraps this file in a transaction" say how this file's tool does it and how to opt out. */
function withToolNote(findings, f) {
    if (!f.transaction)
        return findings;
    for (const x of findings) {
        if (x.fix && /wraps this file in a transaction/.test(x.message))
            x.fix.description = f.transaction.note;
    }
    return findings;
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


/***/ })

};
