export const id = 2034;
export const ids = [2034];
export const modules = {

/***/ 72034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ executionFailure),
/* harmony export */   OZ: () => (/* binding */ runPlain),
/* harmony export */   mo: () => (/* binding */ parseMigration),
/* harmony export */   rj: () => (/* binding */ applyMigration)
/* harmony export */ });
/* unused harmony export positionInStatement */
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44963);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62952);
/* harmony import */ var _trace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49447);



/** Each file is parsed once per run, whoever asks first (lint, seed, apply, down check). */
const parsedFiles = new WeakMap();
function parseMigration(file) {
    const known = parsedFiles.get(file);
    if (known && known.sql === file.sql)
        return known.parsed;
    const parsed = (async () => {
        try {
            return await (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .splitStatements */ .Xd)(file.sql);
        }
        catch (e) {
            if (!(e instanceof _lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SqlSyntaxError */ .MO))
                throw e;
            return { kind: 'syntax', message: e.message, line: e.line, column: e.column };
        }
    })();
    parsedFiles.set(file, { sql: file.sql, parsed });
    return parsed;
}
async function applyMigration(client, file, opts = {}) {
    const t0 = performance.now();
    const parsed = await parseMigration(file);
    const run = { file, statements: [], durationMs: 0 };
    if (!Array.isArray(parsed)) {
        run.failure = parsed;
        return run;
    }
    let inFileTransaction = false;
    const tracer = opts.trace ? (opts.trace.tracer ?? new _trace_js__WEBPACK_IMPORTED_MODULE_2__/* .SessionTracer */ .Qs(client)) : undefined;
    for (const statement of parsed) {
        opts.signal?.throwIfAborted();
        try {
            const done = opts.trace && tracer
                ? await runTraced(client, statement, inFileTransaction, opts.trace, tracer)
                : await runPlain(client, statement);
            run.statements.push(done);
        }
        catch (e) {
            run.failure = executionFailure(e, statement);
            // Leave the session usable for whoever looks at it next (an aborted transaction block).
            await client.query('ROLLBACK').catch(() => { });
            tracer?.forget();
            break;
        }
        inFileTransaction = transactionStateAfter(statement, inFileTransaction);
    }
    run.durationMs = performance.now() - t0;
    return run;
}
async function runPlain(client, statement) {
    const s0 = performance.now();
    await client.query(statement.text);
    return { statement, durationMs: performance.now() - s0 };
}
async function runTraced(client, statement, inFileTransaction, opts, tracer) {
    if (statement.kind === 'TransactionStmt') {
        const done = await runPlain(client, statement);
        tracer.transactionStatement(transactionKind(statement));
        return done;
    }
    const untraced = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .nonTransactionalStatement */ .eF)(statement.ast, opts.postgresVersion);
    // Inside the file's own BEGIN block the locks outlive the statement (until the file's COMMIT):
    // probes would wait for a COMMIT that comes only after them, so they are not run there.
    const targets = opts.probe && !inFileTransaction ? await (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .touchedTables */ .C)(client, statement.ast) : [];
    const ownTransaction = !inFileTransaction && !untraced;
    const exec = async (checkpoint) => {
        // With a probe, COMMIT waits until the checkpoint has seen the probes against the locks.
        const probing = Boolean(checkpoint && ownTransaction);
        try {
            const { durationMs, ...trace } = await tracer.run(statement, {
                ownTransaction,
                traced: !untraced,
                commit: ownTransaction && !probing,
            });
            if (checkpoint && probing) {
                const probed = trace.locks.filter((l) => targets.some((t) => t.relation === l.relation));
                await checkpoint({
                    reads: probed.some((l) => l.mode === 'AccessExclusiveLock'),
                    writes: probed.some((l) => WRITE_BLOCKING.has(l.mode)),
                });
                // The locks are released here, at the end of the transaction: the probe runs until then.
                await tracer.commit();
            }
            return { statement, durationMs, trace: { ...trace, untraced } };
        }
        catch (e) {
            if (ownTransaction)
                await client.query('ROLLBACK').catch(() => { });
            tracer.forget();
            throw e;
        }
    };
    if (!opts.probe || targets.length === 0)
        return exec();
    let started = false;
    const { result, probe } = await opts.probe
        .during(targets, (checkpoint) => ((started = true), exec(checkpoint)))
        .catch((e) => {
        // A probe session failing before the statement ran must not be blamed on the statement.
        if (started)
            throw e;
        return { result: undefined, probe: undefined };
    });
    if (!result)
        return exec();
    if (!probe)
        return result;
    result.trace.probe = probe;
    return result;
}
/** Lock modes that conflict with ROW EXCLUSIVE, the lock every INSERT/UPDATE/DELETE takes. */
const WRITE_BLOCKING = new Set(['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock']);
function transactionKind(statement) {
    return statement.ast.TransactionStmt?.kind;
}
/** BEGIN/START opens the file's own transaction block; COMMIT/ROLLBACK/END closes it. */
function transactionStateAfter(statement, inside) {
    if (statement.kind !== 'TransactionStmt')
        return inside;
    const kind = transactionKind(statement);
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START')
        return true;
    if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE')
        return false;
    return inside;
}
function executionFailure(e, statement) {
    const err = e;
    const position = err.position ? Number(err.position) : undefined;
    const at = position
        ? positionInStatement(statement, position)
        : { line: statement.startLine, column: statement.startColumn };
    return {
        kind: 'execution',
        message: err.message,
        line: at.line,
        column: at.column,
        code: err.code,
        detail: err.detail,
        hint: err.hint,
        statement: statement.text,
    };
}
/** PostgreSQL's 1-based character position inside the statement text → file line and column. */
function positionInStatement(statement, position) {
    const before = Array.from(statement.text)
        .slice(0, Math.max(0, position - 1))
        .join('');
    const lines = before.split('\n');
    const last = lines[lines.length - 1];
    return lines.length === 1
        ? { line: statement.startLine, column: statement.startColumn + last.length }
        : { line: statement.startLine + lines.length - 1, column: last.length + 1 };
}


/***/ }),

/***/ 62952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ touchedTables),
/* harmony export */   G: () => (/* binding */ BlockingProbe)
/* harmony export */ });
/* harmony import */ var _postgres_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74880);

/** Tables (that exist now) named anywhere in the statement's AST. */
async function touchedTables(client, ast) {
    const names = new Set();
    const walk = (n) => {
        if (Array.isArray(n))
            n.forEach(walk);
        else if (n && typeof n === 'object') {
            const o = n;
            if (typeof o.relname === 'string')
                names.add(o.schemaname ? `${(0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(String(o.schemaname))}.${(0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(o.relname)}` : (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(o.relname));
            Object.values(o).forEach(walk);
        }
    };
    walk(ast);
    if (names.size === 0)
        return [];
    const r = await client.query(`SELECT n.nspname || '.' || c.relname AS relation,
            (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
               AND a.attgenerated = '' AND a.attidentity <> 'a' ORDER BY a.attnum LIMIT 1) AS col,
            quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qualified
       FROM unnest($1::text[]) AS x(name)
       JOIN pg_class c ON c.oid = to_regclass(x.name)
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p')`, [[...names]]);
    return r.rows.flatMap((row) => {
        const q = row.qualified;
        if (!row.col)
            return [];
        const col = (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(row.col);
        return [
            {
                relation: row.relation,
                read: `SELECT 1 FROM ${q} LIMIT 1`,
                // WHERE false changes nothing, yet takes ROW EXCLUSIVE on the table as any write does.
                write: `UPDATE ${q} SET ${col} = ${col} WHERE false`,
            },
        ];
    });
}
/** Which of the probe sessions ($1) wait on a lock now: pg_stat_activity's rows of just those pids. */
const WAITING_SQL = "SELECT s.pid FROM unnest($1::int[]) AS p(pid), pg_stat_get_activity(p.pid) AS s WHERE s.wait_event_type = 'Lock'";
class BlockingProbe {
    reader;
    writer;
    monitor;
    pids;
    constructor(reader, writer, monitor, 
    /** Backend pids of the reader and the writer. */
    pids) {
        this.reader = reader;
        this.writer = writer;
        this.monitor = monitor;
        this.pids = pids;
    }
    static async open(url) {
        const opened = await Promise.allSettled([
            (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_0__/* .connect */ .Ng)(url, 'backend-gate probe'),
            (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_0__/* .connect */ .Ng)(url, 'backend-gate probe'),
            (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_0__/* .connect */ .Ng)(url, 'backend-gate monitor'),
        ]);
        const clients = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
        try {
            const failed = opened.find((o) => o.status === 'rejected');
            if (failed)
                throw failed.reason;
            const pids = await Promise.all(clients
                .slice(0, 2)
                .map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid));
            return new BlockingProbe(clients[0], clients[1], clients[2], pids);
        }
        catch (e) {
            await Promise.all(clients.map((c) => c.end().catch(() => { })));
            throw e;
        }
    }
    /** The probe's sessions, for read-only catalog work while no statement is probed (schema-health checks). */
    sessions() {
        return [this.reader, this.writer, this.monitor];
    }
    async close() {
        await Promise.all([this.reader, this.writer, this.monitor].map((c) => c.end().catch(() => { })));
    }
    /** Runs `statement` while probing `targets`; resolves with the statement's result and what the probes saw. */
    /**
     * `statement` gets a checkpoint to call while it still holds its locks: it samples the probes
     * once more and, for the probes its locks conflict with (reads, writes), gives them a few
     * milliseconds to reach those locks, so a statement that ends quickly is still seen blocking.
     */
    async during(targets, statement) {
        const pids = this.pids;
        let finish = () => { };
        const finished = new Promise((r) => (finish = r));
        // At the checkpoint the probes stop pausing between rounds: the next one reaches the lock now.
        let hurry = () => { };
        const hurried = new Promise((r) => (hurry = r));
        const state = { done: false, waiting: new Set() };
        const end = () => {
            state.done = true;
            finish();
        };
        // A pause between samples or probes that ends at once when the statement is over.
        const pause = (ms) => Promise.race([sleep(ms), finished]);
        const monitorLoop = (async () => {
            while (!state.done) {
                const r = await this.monitor.query(WAITING_SQL, [pids]);
                for (const row of r.rows)
                    state.waiting.add(row.pid);
                await pause(5);
            }
        })();
        // Observed below; this keeps a failure that happens while the statement fails from being unhandled.
        monitorLoop.catch(() => { });
        const loop = async (client, pid, sqls, firstRound) => {
            let blocked = 0;
            let count = 0;
            try {
                while (!state.done) {
                    for (const sql of sqls) {
                        state.waiting.delete(pid);
                        const t0 = performance.now();
                        const ok = await client.query(sql).then(() => true, () => false);
                        const ms = performance.now() - t0;
                        if (!ok)
                            return { blocked, count }; // cancelled: the statement is over
                        count++;
                        if (state.waiting.has(pid))
                            blocked = Math.max(blocked, ms);
                    }
                    firstRound();
                    await Promise.race([pause(2), hurried]);
                }
                return { blocked, count };
            }
            finally {
                firstRound();
            }
        };
        const rounds = [];
        const [reads, writes] = [
            { client: this.reader, pid: pids[0], sqls: targets.map((t) => t.read) },
            { client: this.writer, pid: pids[1], sqls: targets.map((t) => t.write) },
        ].map((p) => {
            let firstRound = () => { };
            rounds.push(new Promise((r) => (firstRound = r)));
            return loop(p.client, p.pid, p.sqls, firstRound);
        });
        // Both probes are running (one round done) before the statement starts, so a statement that
        // locks at once finds them queued behind it. Bounded: a probe waiting on someone else's lock
        // must not hold the statement back.
        await Promise.race([Promise.all(rounds), sleep(50)]);
        const checkpoint = async (expect) => {
            const expected = [expect.reads && pids[0], expect.writes && pids[1]].filter((p) => p !== false);
            if (expected.length > 0)
                hurry();
            const deadline = performance.now() + (expected.length > 0 ? 25 : 0);
            for (;;) {
                const r = await this.monitor.query(WAITING_SQL, [pids]);
                for (const row of r.rows)
                    state.waiting.add(row.pid);
                const seen = expected.every((p) => state.waiting.has(p));
                if ((expected.length > 0 ? seen : r.rows.length > 0) || performance.now() >= deadline)
                    return;
                await sleep(1);
            }
        };
        let result;
        try {
            result = await statement(checkpoint);
        }
        catch (e) {
            // Wait for the probes to stop before the caller closes their sessions or drops the database.
            end();
            this.monitor.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids]).catch(() => { });
            await Promise.allSettled([reads, writes, monitorLoop]);
            throw e;
        }
        finally {
            end();
        }
        // A probe still waiting after the statement's transaction ended waits on someone else: cancel it.
        const cancel = setTimeout(() => {
            this.monitor.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids]).catch(() => { });
        }, 2000);
        const [r, w] = await Promise.all([reads, writes, monitorLoop]).finally(() => clearTimeout(cancel));
        return {
            result,
            probe: {
                tables: targets.map((t) => t.relation),
                readBlockedMs: Math.round(r.blocked),
                writeBlockedMs: Math.round(w.blocked),
                reads: r.count,
                writes: w.count,
            },
        };
    }
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}


/***/ }),

/***/ 49447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ isStrongerLock),
/* harmony export */   Qs: () => (/* binding */ SessionTracer),
/* harmony export */   US: () => (/* binding */ lockModeName),
/* harmony export */   sF: () => (/* binding */ describeLocks)
/* harmony export */ });
/* unused harmony export newLocks */
const SETTINGS_SELECT = "SELECT current_setting('lock_timeout') AS l, current_setting('statement_timeout') AS s";
const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`;
const NODES_SELECT = `
SELECT coalesce(json_agg(json_build_array(c.oid::int8, c.relfilenode::text)), '[]') AS nodes
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'm') AND ${USER_SCHEMA}`;
const HELD_SELECT = `
SELECT l.relation::int8::text AS oid, n.nspname || '.' || c.relname AS relation, l.mode, c.relkind::text AS kind,
       c.relfilenode::text AS filenode
  FROM pg_locks l
  JOIN pg_class c ON c.oid = l.relation
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
   AND c.relkind IN ('r', 'p', 'm') AND ${USER_SCHEMA}
 ORDER BY 2, 3`;
/** The server's clock, then the locks held (HELD_SELECT's rows as a JSON array): one row. */
const HELD_AND_CLOCK = `
SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ms,
       (SELECT coalesce(json_agg(h ORDER BY h.relation, h.mode), '[]') FROM (${HELD_SELECT}) h) AS held`;
/**
 * Statement kinds that leave lock_timeout and statement_timeout as they were: plain DDL. SET,
 * DO blocks, function calls, DML and TRUNCATE (triggers), CREATE TABLE AS (a query) may change
 * them, and are followed by a read.
 */
const KEEPS_SETTINGS = new Set([
    'CreateStmt',
    'AlterTableStmt',
    'IndexStmt',
    'DropStmt',
    'RenameStmt',
    'CommentStmt',
    'CreateSeqStmt',
    'AlterSeqStmt',
    'ViewStmt',
    'CreateEnumStmt',
    'AlterEnumStmt',
    'CompositeTypeStmt',
    'CreateDomainStmt',
    'AlterDomainStmt',
    'CreateSchemaStmt',
    'CreateExtensionStmt',
    'GrantStmt',
    'ClusterStmt',
    'ReindexStmt',
]);
/**
 * Traces the statements one session runs, one after another, with as few catalog reads as the
 * measures allow: it keeps the timeouts and every table's relfilenode it read last, and after a
 * statement reads only the locks the session holds, with the relfilenode of each relation held
 * in ACCESS EXCLUSIVE mode. PostgreSQL gives a table a new relfilenode (rewrite, TRUNCATE) only
 * under that lock, so those are the only relfilenodes a traced statement can have changed.
 * A statement run outside a transaction (CREATE INDEX CONCURRENTLY, VACUUM FULL…) shows no locks
 * to read: after it, every table's relfilenode is read again. Whatever ran on the session
 * without the tracer (a down migration, a ROLLBACK) must be followed by forget().
 */
class SessionTracer {
    client;
    /** relfilenode per table oid, as last read. */
    nodes;
    settings;
    /** Locks held now by the transaction that is still open (the file's own BEGIN block). */
    held = [];
    /** Name of this session's prepared lock query (its plan is made once, not per statement). */
    prepared;
    constructor(client) {
        this.client = client;
    }
    forget() {
        this.nodes = undefined;
        this.settings = undefined;
        this.held = [];
        // Prepared again under a new name: whether a failed transaction kept it does not matter.
        this.prepared = undefined;
    }
    /**
     * Runs one statement and traces it. In a transaction (ours: `ownTransaction`, or the file's own
     * BEGIN block) everything is one query string, one round trip: [what is not known yet] [BEGIN]
     * clock · the statement · clock · the locks held (a prepared query) [COMMIT] · the timeouts now.
     * The statement's duration is the server's clock around it. `commit: false` leaves our
     * transaction open (the probe's checkpoint comes before commit()). A statement that cannot run
     * in a transaction block (`traced: false`) is sent alone and timed from here; its locks are gone
     * when it returns, so every relfilenode is read again after it.
     */
    async run(statement, opts) {
        if (!opts.traced)
            return this.runAlone(statement.text);
        if (statement.kind === 'DeallocateStmt' || statement.kind === 'DiscardStmt')
            this.prepared = undefined;
        const parts = [];
        const add = (sql) => (sql === undefined ? -1 : parts.push(sql) - 1);
        const readSettings = add(this.settings ? undefined : SETTINGS_SELECT);
        const readNodes = add(this.nodes ? undefined : NODES_SELECT);
        add(opts.ownTransaction ? 'BEGIN' : undefined);
        const start = add(CLOCK);
        const at = add(statement.text);
        // The clock again and the locks held, as one prepared statement (its plan is made once).
        if (!this.prepared)
            add(`PREPARE ${(this.prepared = `backend_gate_held_${++preparedNames}`)} AS ${HELD_AND_CLOCK}`);
        const end = add(`EXECUTE ${this.prepared}`);
        // The settings are read after the COMMIT: a SET LOCAL ends with the transaction. Statements
        // that cannot change them (DDL, which runs no user code that would) skip the read.
        add(opts.commit ? 'COMMIT' : undefined);
        const settingsAfter = add(KEEPS_SETTINGS.has(statement.kind) ? undefined : SETTINGS_SELECT);
        let results;
        try {
            results = await queryAll(this.client, parts);
        }
        catch (e) {
            // PostgreSQL's error position counts from the start of the string: moved to the statement's.
            const err = e;
            const shift = parts.slice(0, at).join(SEPARATOR).length + SEPARATOR.length;
            if (err.position)
                err.position = String(Math.max(1, Number(err.position) - shift));
            throw e;
        }
        if (readSettings >= 0)
            this.read(results[readSettings][0]);
        if (readNodes >= 0)
            this.read(results[readNodes][0]);
        const timeouts = this.settings;
        const durationMs = Number(results[end][0].ms) - Number(results[start][0].ms);
        const held = results[end][0].held;
        if (settingsAfter >= 0)
            this.read(results[settingsAfter][0]);
        if (opts.ownTransaction)
            this.held = [];
        const rewrites = new Set();
        for (const h of held) {
            if (h.mode !== 'AccessExclusiveLock' || (h.kind !== 'r' && h.kind !== 'm'))
                continue;
            const was = this.nodes?.get(h.oid);
            if (was !== undefined && was !== h.filenode)
                rewrites.add(h.relation);
            this.nodes?.set(h.oid, h.filenode);
        }
        const all = held.map((h) => ({ relation: h.relation, mode: h.mode }));
        const locks = newLocks(this.held, all);
        this.held = opts.commit ? [] : all;
        return { durationMs, locks, rewrites: [...rewrites], ...timeouts };
    }
    /** A statement sent on its own (outside any transaction block), then every relfilenode read again. */
    async runAlone(text) {
        for (const rows of await queryAll(this.client, [
            this.settings ? undefined : SETTINGS_SELECT,
            this.nodes ? undefined : NODES_SELECT,
        ]))
            this.read(rows[0]);
        const timeouts = this.settings;
        const t0 = performance.now();
        await this.client.query(text);
        const durationMs = performance.now() - t0;
        const before = this.nodes;
        for (const rows of await queryAll(this.client, [NODES_SELECT, SETTINGS_SELECT]))
            this.read(rows[0]);
        this.held = [];
        const changed = [...this.nodes].filter(([oid, node]) => before.has(oid) && before.get(oid) !== node);
        const rewrites = changed.length ? await this.names(changed.map(([oid]) => oid)) : [];
        return { durationMs, locks: [], rewrites, ...timeouts };
    }
    /** Ends our transaction (after `after` with commit: false). */
    async commit() {
        const results = await queryAll(this.client, ['COMMIT', SETTINGS_SELECT]);
        this.read(results[1][0]);
        this.held = [];
    }
    /** The file's own transaction control ran: what a ROLLBACK or COMMIT may have undone is read again. */
    transactionStatement(kind) {
        if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START')
            this.held = [];
        else
            this.forget();
    }
    read(row) {
        if (!row)
            return;
        if ('l' in row)
            this.settings = { lockTimeout: String(row.l), statementTimeout: String(row.s) };
        if ('nodes' in row)
            this.nodes = new Map(row.nodes.map(([oid, n]) => [String(oid), n]));
    }
    async names(oids) {
        const r = await this.client.query(`SELECT n.nspname || '.' || c.relname AS relation FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.oid = ANY($1::oid[]) ORDER BY 1`, [oids]);
        return r.rows.map((x) => x.relation);
    }
}
let preparedNames = 0;
/** The server's clock in milliseconds (float8: microsecond precision). */
const CLOCK = 'SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ms';
/** Between the statements of one string; the newline ends a line comment the statement may end with. */
const SEPARATOR = '\n;\n';
/** Runs the given statements as one query string (one round trip); the rows of each, in order. */
async function queryAll(client, parts) {
    const sql = parts.filter((p) => p !== undefined);
    if (sql.length === 0)
        return [];
    const r = (await client.query(sql.join(SEPARATOR)));
    return (Array.isArray(r) ? r : [r]).map((x) => x.rows);
}
/** Locks in `after` that were not already held in `before` (the file's own transaction keeps earlier ones). */
function newLocks(before, after) {
    const had = new Set(before.map((l) => `${l.relation}\u0000${l.mode}`));
    return after.filter((l) => !had.has(`${l.relation}\u0000${l.mode}`));
}
/** 'AccessExclusiveLock' → 'ACCESS EXCLUSIVE', the way PostgreSQL's docs name lock modes. */
function lockModeName(mode) {
    return mode
        .replace(/Lock$/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toUpperCase();
}
/** PostgreSQL's lock modes, weakest first. */
const STRENGTH = [
    'AccessShareLock',
    'RowShareLock',
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
];
/** Whether lock mode `a` ('ShareLock') is stronger than `b` in PostgreSQL's order of lock modes. */
function isStrongerLock(a, b) {
    return STRENGTH.indexOf(a) > STRENGTH.indexOf(b);
}
/** The strongest lock per relation, in words: 'SHARE ROW EXCLUSIVE on public.orders'. */
function describeLocks(locks) {
    const strongest = new Map();
    for (const l of locks) {
        const had = strongest.get(l.relation);
        if (!had || isStrongerLock(l.mode, had))
            strongest.set(l.relation, l.mode);
    }
    return [...strongest].map(([rel, mode]) => `${lockModeName(mode)} on ${rel}`).join(', ');
}


/***/ })

};
