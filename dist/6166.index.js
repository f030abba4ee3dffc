export const id = 6166;
export const ids = [6166];
export const modules = {

/***/ 6166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/schema-health/index.ts + 19 modules
var schema_health = __webpack_require__(68206);
// EXTERNAL MODULE: ./src/schema-health/catalog.ts
var catalog = __webpack_require__(96658);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
// EXTERNAL MODULE: ./src/audit/session.ts
var audit_session = __webpack_require__(40734);
;// CONCATENATED MODULE: ./src/audit/statements.ts
/**
 * Slow and frequent statements from pg_stat_statements, when the extension is installed in the
 * audited database and preloaded. Only data statements count: DDL, role and transaction
 * statements are left out (they are not the application's, and CREATE ROLE … PASSWORD keeps
 * its literal password in the text), as are monitoring queries on the catalogs.
 */



const SLOW_STATEMENT_RULE = 'slow-statement';
async function readStatements(db, opts) {
    const ext = await db.query("SELECT extnamespace::regnamespace::text AS schema FROM pg_catalog.pg_extension WHERE extname = 'pg_stat_statements'");
    if (ext.rows.length === 0) {
        return {
            available: false,
            reason: 'pg_stat_statements is not installed in this database (CREATE EXTENSION pg_stat_statements, with shared_preload_libraries = pg_stat_statements).',
        };
    }
    // regnamespace::text is already quoted where needed.
    const view = `${ext.rows[0].schema}.pg_stat_statements`;
    const [total, mean] = opts.major >= 13 ? ['total_exec_time', 'mean_exec_time'] : ['total_time', 'mean_time'];
    const topLevel = opts.major >= 14 ? 'AND s.toplevel' : '';
    const sql = (order) => `SELECT s.queryid::text AS query_id, s.query, s.calls::text AS calls, s.${total}::float8 AS total_ms,
            s.${mean}::float8 AS mean_ms, s.rows::text AS rows
       FROM ${view} s
      WHERE s.dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) ${topLevel}
        AND strpos(s.query, '${audit_session/* AUDIT_MARKER */.Ho}') = 0
        AND s.query ~* '^\\s*(/\\*.*?\\*/\\s*)*(\\(|select|with|insert|update|delete|merge|values|table)\\M'
        AND s.query !~* '\\m(pg_catalog|information_schema)\\.|\\mpg_(stat|statio)_\\w+|\\mpg_(class|namespace|attribute|attrdef|index|constraint|locks|database|settings|roles|authid|extension|depend|proc|type|sequences?|tables|indexes|views|am)\\M'
      ORDER BY ${order} DESC
      LIMIT $1`;
    // Top by total time (what the server spends most on) and by mean time (what a user waits on).
    const byTotal = await db.query(sql(`s.${total}`), [opts.limit]);
    const byMean = await db.query(sql(`s.${mean}`), [opts.limit]);
    const seen = new Map();
    for (const r of [...byTotal.rows, ...byMean.rows]) {
        const s = {
            queryId: String(r.query_id),
            query: maskLiterals(String(r.query)),
            calls: Number(r.calls),
            totalMs: Number(r.total_ms),
            meanMs: Number(r.mean_ms),
            rows: Number(r.rows),
        };
        seen.set(s.queryId + s.query, s);
    }
    return { available: true, statements: [...seen.values()].sort((a, b) => b.totalMs - a.totalMs) };
}
/** One line of SQL, shortened for tables and messages. */
function shortQuery(query, max = 120) {
    const flat = query.replace(/\s+/g, ' ').trim();
    return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
function slowStatementFindings(statements, slowMs) {
    return statements
        .filter((s) => s.meanMs >= slowMs)
        .sort((a, b) => b.meanMs - a.meanMs)
        .map((s) => ({
        rule: SLOW_STATEMENT_RULE,
        severity: 'warning',
        message: `Statement averages ${s.meanMs.toFixed(1)} ms over ${s.calls.toLocaleString('en-US')} calls (${(s.totalMs / 1000).toFixed(1)} s in all, at least ${slowMs} ms is slow): ${shortQuery(s.query)}`,
        // By normalized text, not queryid: queryid changes across major versions.
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(SLOW_STATEMENT_RULE, (0,external_node_crypto_.createHash)('sha256').update(s.query.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16)),
        data: { ...s, meanMs: round(s.meanMs), totalMs: round(s.totalMs) },
    }));
}
function round(n) {
    return Math.round(n * 100) / 100;
}
/** Belt and braces: a PASSWORD '…' literal never leaves, whatever statement slipped through. */
function maskLiterals(query) {
    return query.replace(/(\bpassword\s+)'(?:[^']|'')*'/gi, "$1'***'");
}

;// CONCATENATED MODULE: ./src/audit/details.ts


const FOREIGN_KEY_WITHOUT_INDEX_RULE = 'foreign-key-without-index';
function missingIndexFromFinding(f) {
    const d = f.data ?? {};
    const table = typeof d.table === 'string' ? d.table : undefined;
    const columns = Array.isArray(d.columns) ? d.columns.map(String) : undefined;
    if (!table || !columns)
        return undefined;
    const schema = typeof d.schema === 'string' ? d.schema : 'public';
    const ref = d.referencedTable ?? d.references ?? d.parentTable;
    return {
        schema,
        table,
        columns,
        reason: ref ? `foreign key to ${String(ref)} has no index` : 'foreign key has no index',
    };
}
const n = (v) => v.toLocaleString('en-US');
function renderAuditDetails(input) {
    const { overview } = input;
    const name = (schema, table) => (schema === 'public' ? table : `${schema}.${table}`);
    const lines = [
        '=== Database Analysis Report ===',
        `Database: ${input.server.database} (PostgreSQL ${input.server.version}, read-only session)`,
        `Tables: ${n(overview.tables)}`,
        `Total rows: ${n(overview.totalRows)}`,
        `Size: ${(0,catalog/* formatBytes */.z3)(overview.tableBytes)} in tables, ${(0,catalog/* formatBytes */.z3)(overview.indexBytes)} in indexes`,
        '',
        `MISSING INDEXES (${input.missingIndexes.length} found):`,
        ...input.missingIndexes.map((m) => `  ${name(m.schema, m.table)}.${m.columns.join(', ')} - ${m.reason}, ADD INDEX recommended`),
        '',
        `UNUSED INDEXES (${input.unusedIndexes.length} found${overview.statsReset ? `, since ${overview.statsReset.slice(0, 10)}` : ''}):`,
        ...input.unusedIndexes.map((u) => `  ${name(u.schema, u.table)}.${u.index} - 0 scans, ${(0,catalog/* formatBytes */.z3)(u.bytes)}`),
        '',
        `SEQUENTIAL SCANS (${input.sequentialScans.length} found):`,
        ...input.sequentialScans.map((t) => `  ${name(t.schema, t.table)} - ${n(t.rows)} rows, ${((1 - t.indexScanShare) * 100).toFixed(1)}% of scans sequential (${n(t.seqRowsRead)} rows read)`),
        '',
        `TABLE BLOAT (${input.bloatedTables.length} found):`,
        ...input.bloatedTables.map((t) => `  ${name(t.schema, t.table)} - ${(t.deadShare * 100).toFixed(0)}% dead rows, about ${(0,catalog/* formatBytes */.z3)(t.estimatedWasteBytes)} reclaimable by VACUUM`),
        '',
    ];
    if (input.statements.available) {
        const slow = input.statements.statements
            .filter((s) => s.meanMs >= input.slowStatementMs)
            .sort((a, b) => b.meanMs - a.meanMs);
        lines.push(`SLOW STATEMENTS (${slow.length} at or above ${input.slowStatementMs} ms avg):`, ...slow.map((s) => `  ${s.meanMs.toFixed(1)}ms avg, ${n(s.calls)} calls, ${(s.totalMs / 1000).toFixed(1)}s total - ${shortQuery(s.query, 100)}`));
    }
    else {
        lines.push('SLOW STATEMENTS: not available', `  ${input.statements.reason}`);
    }
    lines.push('', `SCHEMA HEALTH (${input.health.length} found):`, ...input.health.map((f) => `  [${f.severity}] ${f.rule}: ${f.message}`), '');
    const migrations = [
        ...input.missingIndexes.map((m) => `Add index on ${name(m.schema, m.table)}(${m.columns.join(', ')})`),
        ...input.unusedIndexes.map((u) => `Drop unused index ${name(u.schema, u.index)} (${(0,catalog/* formatBytes */.z3)(u.bytes)})`),
        ...input.bloatedTables.map((t) => `Vacuum ${name(t.schema, t.table)} and tune its autovacuum`),
    ];
    lines.push('SUGGESTED MIGRATIONS:', ...(migrations.length ? migrations.map((m, i) => `  ${i + 1}. ${m}`) : ['  none']));
    return lines;
}

;// CONCATENATED MODULE: ./src/audit/bloat.ts


const TABLE_BLOAT_RULE = 'table-bloat';
/**
 * Bloat estimated from the dead-row counters (pg_stat_user_tables), which a role with only
 * pg_read_all_stats can read; column-statistics based estimates need SELECT on every column.
 * A table is reported when dead rows are at least `minDeadShare` of it and at least `minDeadRows`.
 */
async function findBloatedTables(db, schemas, opts) {
    const { rows } = await db.query(`SELECT n.nspname AS schema, s.relname AS table, s.n_live_tup::text AS live, s.n_dead_tup::text AS dead,
            pg_catalog.pg_table_size(s.relid)::text AS bytes,
            GREATEST(s.last_vacuum, s.last_autovacuum)::text AS last_vacuum
       FROM pg_catalog.pg_stat_user_tables s
       JOIN pg_catalog.pg_namespace n ON n.nspname = s.schemaname
      WHERE s.n_dead_tup >= $2 AND ${(0,catalog/* inScope */.SB)()}
        AND s.n_dead_tup::float8 / NULLIF(s.n_live_tup + s.n_dead_tup, 0) >= $3
      ORDER BY s.n_dead_tup DESC, 1, 2`, [schemas, opts.minDeadRows, opts.minDeadShare]);
    const tables = rows.map((r) => {
        const liveRows = Number(r.live);
        const deadRows = Number(r.dead);
        const deadShare = deadRows / (liveRows + deadRows);
        const tableBytes = Number(r.bytes);
        return {
            schema: String(r.schema),
            table: String(r.table),
            liveRows,
            deadRows,
            deadShare,
            tableBytes,
            estimatedWasteBytes: Math.round(tableBytes * deadShare),
            lastVacuum: r.last_vacuum,
        };
    });
    const findings = tables.map((t) => ({
        rule: TABLE_BLOAT_RULE,
        severity: 'warning',
        message: `Table ${(0,catalog/* display */.Vy)(t.schema, t.table)} is ${(t.deadShare * 100).toFixed(0)}% dead rows (${t.deadRows.toLocaleString('en-US')} dead, ${t.liveRows.toLocaleString('en-US')} live; about ${(0,catalog/* formatBytes */.z3)(t.estimatedWasteBytes)} of ${(0,catalog/* formatBytes */.z3)(t.tableBytes)}), last vacuumed ${t.lastVacuum ? t.lastVacuum.slice(0, 16) : 'never'}: scans read the dead rows too.`,
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(TABLE_BLOAT_RULE, (0,catalog/* display */.Vy)(t.schema, t.table)),
        fix: {
            description: 'Vacuum it (no exclusive lock), and tune autovacuum for it if this recurs; to give the space back to the OS, pg_repack or VACUUM FULL (ACCESS EXCLUSIVE lock) in a quiet window.',
            text: `VACUUM (ANALYZE) ${(0,catalog/* qualify */.Ss)(t.schema, t.table)};\nALTER TABLE ${(0,catalog/* qualify */.Ss)(t.schema, t.table)} SET (autovacuum_vacuum_scale_factor = 0.05);`,
        },
        data: { ...t, deadShare: Number(t.deadShare.toFixed(4)) },
    }));
    return { tables, findings };
}

;// CONCATENATED MODULE: ./src/audit/overview.ts

async function readOverview(db, schemas) {
    const { rows } = await db.query(`SELECT count(*)::text AS tables,
            coalesce(sum(CASE WHEN c.reltuples >= 0 THEN c.reltuples ELSE coalesce(s.n_live_tup, 0) END), 0)::bigint::text AS rows,
            coalesce(sum(pg_catalog.pg_table_size(c.oid)), 0)::text AS table_bytes,
            coalesce(sum(pg_catalog.pg_indexes_size(c.oid)), 0)::text AS index_bytes,
            (SELECT stats_reset::text FROM pg_catalog.pg_stat_database WHERE datname = current_database()) AS stats_reset
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${(0,catalog/* inScope */.SB)()}`, [schemas]);
    const r = rows[0];
    return {
        tables: Number(r.tables),
        totalRows: Number(r.rows),
        tableBytes: Number(r.table_bytes),
        indexBytes: Number(r.index_bytes),
        statsReset: r.stats_reset,
    };
}

;// CONCATENATED MODULE: ./src/audit/sequential-scans.ts


const SEQUENTIAL_SCAN_RULE = 'table-read-by-sequential-scans';
/** Large tables mostly read by sequential scans (pghero's rule: ≥ 10,000 rows, < 95% index scans). */
async function findSequentialScanTables(db, schemas, opts) {
    const { rows } = await db.query(`SELECT n.nspname AS schema, s.relname AS table, r.rows::bigint::text AS rows, s.seq_scan::text AS seq_scans,
            coalesce(s.idx_scan, 0)::text AS idx_scans, s.seq_tup_read::text AS seq_rows_read
       FROM pg_catalog.pg_stat_user_tables s
       JOIN pg_catalog.pg_namespace n ON n.nspname = s.schemaname
       JOIN pg_catalog.pg_class c ON c.oid = s.relid
       -- reltuples once analyzed: the live-tuple counter can count rows twice around an ANALYZE.
       CROSS JOIN LATERAL (SELECT CASE WHEN c.reltuples >= 0 THEN c.reltuples ELSE s.n_live_tup END AS rows) r
      WHERE r.rows >= $2 AND s.seq_scan > 0 AND ${(0,catalog/* inScope */.SB)()}
        AND coalesce(s.idx_scan, 0)::float8 / (s.seq_scan + coalesce(s.idx_scan, 0)) < $3
      ORDER BY s.seq_tup_read DESC, 1, 2`, [schemas, opts.minRows, opts.minIndexScanShare]);
    const tables = rows.map((r) => {
        const seqScans = Number(r.seq_scans);
        const idxScans = Number(r.idx_scans);
        return {
            schema: r.schema,
            table: r.table,
            rows: Number(r.rows),
            seqScans,
            idxScans,
            seqRowsRead: Number(r.seq_rows_read),
            indexScanShare: idxScans / (seqScans + idxScans),
        };
    });
    const findings = tables.map((t) => ({
        rule: SEQUENTIAL_SCAN_RULE,
        severity: 'warning',
        message: `Table ${(0,catalog/* display */.Vy)(t.schema, t.table)} (${t.rows.toLocaleString('en-US')} rows) is read by sequential scans ${(100 - t.indexScanShare * 100).toFixed(1)}% of the time (${t.seqScans.toLocaleString('en-US')} sequential scans, ${t.seqRowsRead.toLocaleString('en-US')} rows read): a query filters on columns without an index.`,
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(SEQUENTIAL_SCAN_RULE, (0,catalog/* display */.Vy)(t.schema, t.table)),
        fix: {
            description: 'Find the statements behind it (the slow statements below, or pg_stat_statements) and index the columns they filter on; the index suggestions in this report are proven with EXPLAIN.',
        },
        data: { ...t, indexScanShare: Number(t.indexScanShare.toFixed(4)) },
    }));
    return { tables, findings };
}

;// CONCATENATED MODULE: ./src/audit/unused-indexes.ts


const UNUSED_INDEX_RULE = 'unused-index';
/**
 * Indexes with no scan since the statistics were reset. Left out: unique and constraint indexes
 * (they enforce something), invalid ones (their own check), and indexes whose leading columns
 * are a foreign key's (they serve the checks on parent deletes, which idx_scan may rarely see).
 */
async function findUnusedIndexes(db, schemas, opts) {
    const { rows } = await db.query(`SELECT n.nspname AS schema, s.relname AS table, s.indexrelname AS index,
            pg_catalog.pg_relation_size(s.indexrelid)::text AS bytes, pg_catalog.pg_get_indexdef(s.indexrelid) AS definition
       FROM pg_catalog.pg_stat_user_indexes s
       JOIN pg_catalog.pg_index i ON i.indexrelid = s.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = (SELECT relnamespace FROM pg_catalog.pg_class WHERE oid = s.relid)
      WHERE s.idx_scan = 0 AND NOT i.indisunique AND i.indisvalid AND ${(0,catalog/* inScope */.SB)()}
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint f
                         WHERE f.contype = 'f' AND f.conrelid = i.indrelid
                           AND (SELECT array_agg(u.k::int2) FROM unnest(i.indkey) WITH ORDINALITY AS u(k, ord)
                                 WHERE u.ord <= cardinality(f.conkey)) @> f.conkey)
        AND pg_catalog.pg_relation_size(s.indexrelid) >= $2
      ORDER BY pg_catalog.pg_relation_size(s.indexrelid) DESC, 1, 2, 3`, [schemas, opts.minBytes]);
    const since = opts.statsReset
        ? `since the statistics reset of ${opts.statsReset.slice(0, 10)}`
        : 'since statistics began';
    const indexes = rows.map((r) => ({ ...r, bytes: Number(r.bytes) }));
    const findings = indexes.map((r) => ({
        rule: UNUSED_INDEX_RULE,
        severity: 'notice',
        message: `Index ${(0,catalog/* display */.Vy)(r.schema, r.index)} on ${(0,catalog/* display */.Vy)(r.schema, r.table)} has not been scanned ${since} and takes ${(0,catalog/* formatBytes */.z3)(r.bytes)}; every write still maintains it.`,
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(UNUSED_INDEX_RULE, (0,catalog/* display */.Vy)(r.schema, r.table), r.index),
        fix: {
            description: 'Drop it if no replica or rare job uses it (scans on replicas are not counted here). Run outside a transaction block; the rollback line rebuilds it.',
            text: `DROP INDEX CONCURRENTLY IF EXISTS ${(0,catalog/* qualify */.Ss)(r.schema, r.index)};\n` +
                `-- rollback: ${r.definition.replace(/^CREATE INDEX /, 'CREATE INDEX CONCURRENTLY IF NOT EXISTS ')};`,
        },
        data: { schema: r.schema, table: r.table, index: r.index, bytes: r.bytes, scans: 0, statsReset: opts.statsReset },
    }));
    return { indexes, findings };
}

// EXTERNAL MODULE: ./src/schema-health/index-fix.ts
var index_fix = __webpack_require__(98779);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/audit/suggest/candidates.ts
var suggest_candidates = __webpack_require__(38085);
;// CONCATENATED MODULE: ./src/audit/suggest/copy-schema.ts

async function readTableCopy(db, schema, table) {
    const rel = await db.query(`SELECT c.oid::text AS oid, GREATEST(c.reltuples, 0)::float8 AS rows
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`, [schema, table]);
    if (rel.rows.length === 0)
        return undefined;
    const oid = rel.rows[0].oid;
    const cols = await db.query(`SELECT a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
            EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = a.attrelid AND i.indisunique
                       AND i.indnkeyatts = 1 AND i.indkey[0] = a.attnum AND i.indpred IS NULL) AS unique,
            s.n_distinct::float8 AS n_distinct, s.null_frac::float8 AS null_frac
       FROM pg_catalog.pg_attribute a
       LEFT JOIN pg_catalog.pg_stats s ON s.schemaname = $2 AND s.tablename = $3 AND s.attname = a.attname AND NOT s.inherited
      WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`, [oid, schema, table]);
    const idx = await db.query(`SELECT pg_catalog.pg_get_indexdef(i.indexrelid) AS def FROM pg_catalog.pg_index i
      WHERE i.indrelid = $1::oid AND i.indisvalid ORDER BY i.indexrelid`, [oid]);
    return {
        schema,
        table,
        rows: rel.rows[0].rows,
        columns: cols.rows.map((c) => ({
            name: c.name,
            type: c.type,
            unique: c.unique,
            nDistinct: c.n_distinct,
            nullFrac: c.null_frac,
        })),
        indexes: idx.rows.map((r) => r.def),
        productionStatistics: cols.rows.some((c) => c.n_distinct !== null),
    };
}
/** Value expression over `k` (a function of the row number g) for a column type; null when we cannot make one. */
function valueExpression(type, k) {
    if (/^(smallint|integer|bigint|numeric|real|double precision|money)\b/.test(type))
        return `${k}::${type}`;
    if (/^(text|character varying|character|citext|name)\b/.test(type))
        return `('v' || ${k})::${type}`;
    if (type === 'boolean')
        return `(${k} = 0)`;
    if (/^(timestamp|date)\b/.test(type))
        return `(timestamptz '2026-01-01' - ${k} * interval '1 minute')::${type}`;
    if (type === 'uuid')
        return `md5(${k}::text)::uuid`;
    if (type === 'json' || type === 'jsonb')
        return `jsonb_build_object('k', ${k})::${type}`;
    return null;
}
/** Statements that build the copy on a scratch database, rows included. */
function copyStatements(copy, maxRows) {
    const rows = Math.max(1, Math.min(Math.round(copy.rows), maxRows));
    const target = (0,catalog/* qualify */.Ss)(copy.schema, copy.table);
    const columnDefs = [];
    const values = [];
    for (const c of copy.columns) {
        const distinct = c.unique
            ? `${rows}`
            : c.nDistinct === null
                ? `${Math.max(1, Math.min(rows, 200))}`
                : c.nDistinct > 0
                    ? `${Math.max(1, Math.min(rows, Math.round(c.nDistinct)))}`
                    : `${Math.max(1, Math.round(-c.nDistinct * rows))}`;
        const expr = valueExpression(c.type, c.unique ? 'g' : `(g % ${distinct})`);
        columnDefs.push(`${(0,catalog/* quoteIdent */.v4)(c.name)} ${expr ? c.type : 'text'}`);
        if (!expr) {
            values.push('NULL');
        }
        else if (c.nullFrac && c.nullFrac > 0) {
            values.push(`CASE WHEN (g * 7919) % 1000 < ${Math.round(c.nullFrac * 1000)} THEN NULL ELSE ${expr} END`);
        }
        else {
            values.push(expr);
        }
    }
    return [
        `CREATE SCHEMA IF NOT EXISTS ${(0,catalog/* quoteIdent */.v4)(copy.schema)}`,
        `CREATE TABLE ${target} (${columnDefs.join(', ')})`,
        `INSERT INTO ${target} SELECT ${values.join(', ')} FROM generate_series(1, ${rows}) AS g`,
    ];
}

// EXTERNAL MODULE: ./src/postgres/index.ts + 6 modules
var postgres = __webpack_require__(74880);
;// CONCATENATED MODULE: ./src/audit/suggest/prove.ts




const MAX_SYNTHETIC_ROWS = 100_000;
async function proveIndexCandidates(candidates, copies, opts) {
    const result = { suggestions: [], rejected: [] };
    if (candidates.length === 0)
        return result;
    // Never the audited server: a throwaway one (Docker when an engine answers, else embedded).
    const server = await (0,postgres/* startPostgres */.CO)({
        provider: 'auto',
        log: opts.log,
        redactor: opts.redactor,
        signal: opts.signal,
    });
    try {
        for (const candidate of candidates) {
            opts.signal?.throwIfAborted();
            const label = `${candidate.table}(${candidate.columns.join(', ')})`;
            const scratch = await (0,postgres/* createScratchDatabase */.KI)(server, 'audit_index_proof');
            const db = await (0,postgres/* connect */.Ng)(scratch.url, 'backend-gate-audit-proof');
            try {
                let rowsUsed = 0;
                let productionStatistics = true;
                for (const rel of candidate.relations) {
                    const copy = copies.get(`${rel.schema}.${rel.table}`);
                    if (!copy)
                        throw new Error(`no copy of ${rel.schema}.${rel.table}`);
                    for (const sql of copyStatements(copy, MAX_SYNTHETIC_ROWS))
                        await db.query(sql);
                    // The user's own indexes, so the "before" plan is the one production would choose.
                    for (const def of copy.indexes)
                        await db.query(def).catch(() => { });
                    if (rel.schema === candidate.schema && rel.table === candidate.table) {
                        rowsUsed = Math.max(1, Math.min(Math.round(copy.rows), MAX_SYNTHETIC_ROWS));
                        productionStatistics = copy.productionStatistics;
                    }
                }
                await db.query('ANALYZE');
                const explain = async () => {
                    const r = await db.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${candidate.query}`);
                    const top = r.rows[0]['QUERY PLAN'][0].Plan;
                    const text = await db.query(`EXPLAIN (GENERIC_PLAN, COSTS) ${candidate.query}`);
                    return { cost: top['Total Cost'], plan: text.rows.map((x) => x['QUERY PLAN']).join('\n') };
                };
                const before = await explain();
                const target = { schema: candidate.schema, table: candidate.table, columns: candidate.columns };
                const fix = (0,index_fix/* indexFixFiles */.FQ)(target, { reason: reasonOf(candidate), timestamp: opts.timestamp });
                const proof = await (0,index_fix/* proveIndexFix */.QO)(db, target, fix);
                if (!proof.ok) {
                    result.rejected.push(`${label}: ${(0,index_fix/* proofFailure */.Bc)(proof)}`);
                    continue;
                }
                await db.query('ANALYZE');
                const after = await explain();
                const measured = {
                    costBefore: before.cost,
                    costAfter: after.cost,
                    reduction: (0,index_fix/* costReduction */.JK)(before.cost, after.cost),
                    planBefore: before.plan,
                    planAfter: after.plan,
                    fix,
                    proof,
                };
                const shortOf = (0,index_fix/* belowMinReduction */.jm)(measured, opts.minCostReduction);
                if (shortOf) {
                    result.rejected.push(`${label}: ${shortOf}`);
                    continue;
                }
                result.suggestions.push({ candidate, ...measured, rowsUsed, productionStatistics });
            }
            catch (e) {
                result.rejected.push(`${label}: could not be measured (${opts.redactor.redact((0,errors/* errorMessage */.gJ)(e))})`);
            }
            finally {
                await db.end().catch(() => { });
                await scratch.drop().catch(() => { });
            }
        }
    }
    finally {
        await server.stop();
    }
    return result;
}
function reasonOf(c) {
    if (c.source.kind === 'foreign-key')
        return `index for the foreign key on ${c.table}(${c.columns.join(', ')}), found by backend-gate audit`;
    return `index for a statement averaging ${c.source.statement.meanMs.toFixed(1)} ms over ${c.source.statement.calls} calls, found by backend-gate audit`;
}

;// CONCATENATED MODULE: ./src/audit/suggest/index.ts
/**
 * Proven index suggestions for the audit: candidates from slow statements and from foreign keys
 * without an index, measured on a scratch copy, turned into findings with up + rollback files.
 */








const MISSING_INDEX_RULE = 'missing-index';
/** Everything the proof needs from the live database, read inside the read-only session. */
async function collectIndexCandidates(session, slowStatements, foreignKeyFindings) {
    const fromStatements = await (0,suggest_candidates/* statementCandidates */.ic)(session, slowStatements);
    const all = [
        ...fromStatements.candidates,
        ...foreignKeyFindings.map(suggest_candidates/* foreignKeyCandidate */.nE).filter((c) => c !== undefined),
    ];
    const seen = new Set();
    const candidates = all.filter((c) => {
        const key = `${c.schema}.${c.table}(${c.columns.join(',')})`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const copies = new Map();
    const notes = [...fromStatements.notes];
    for (const rel of candidates.flatMap((c) => c.relations)) {
        const key = `${rel.schema}.${rel.table}`;
        if (copies.has(key))
            continue;
        const r = await session.attempt(() => readTableCopy(session.db, rel.schema, rel.table));
        if (r.ok && r.value)
            copies.set(key, r.value);
        else
            notes.push(`could not read the definition of ${key}${r.ok ? '' : `: ${r.error}`}`);
    }
    return {
        candidates: candidates.filter((c) => c.relations.every((r) => copies.has(`${r.schema}.${r.table}`))),
        copies,
        notes,
    };
}
function measuredText(p) {
    return `estimated cost ${(0,index_fix/* formatCost */.BD)(p.costBefore)} → ${(0,index_fix/* formatCost */.BD)(p.costAfter)} (-${(p.reduction * 100).toFixed(1)}%)`;
}
/** A statement-based suggestion as a finding; foreign-key ones enrich the existing finding instead. */
function suggestionFinding(p) {
    const c = p.candidate;
    const s = c.source.kind === 'statement' ? c.source.statement : undefined;
    return {
        rule: MISSING_INDEX_RULE,
        severity: 'warning',
        message: `${c.table}.${c.columns.join(', ')}: an index cuts the ${measuredText(p)} of a statement averaging ${s?.meanMs.toFixed(1)} ms over ${s?.calls.toLocaleString('en-US')} calls: ${shortQuery(c.query, 100)}`,
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(MISSING_INDEX_RULE, `${c.schema}.${c.table}`, c.columns.join(',')),
        fix: fixOf(p),
        data: dataOf(p),
    };
}
function fixOf(p) {
    return {
        description: `Add the index (proven: up → rollback → up applied to a scratch copy; ${measuredText(p)}). Run the file outside a transaction.`,
        text: p.fix.up.content,
        files: [p.fix.up, p.fix.rollback],
    };
}
function dataOf(p) {
    const c = p.candidate;
    return {
        schema: c.schema,
        table: c.table,
        columns: c.columns,
        index: p.fix.name,
        costBefore: p.costBefore,
        costAfter: p.costAfter,
        costReduction: Number(p.reduction.toFixed(4)),
        rowsInScratchCopy: p.rowsUsed,
        statistics: p.productionStatistics ? 'production (pg_stats)' : 'assumed (pg_stats not readable)',
        planBefore: p.planBefore,
        planAfter: p.planAfter,
        proof: p.proof.steps,
        ...(c.source.kind === 'statement'
            ? { query: c.query, calls: c.source.statement.calls, meanMs: c.source.statement.meanMs, filter: c.source.filter }
            : {}),
    };
}
/** The up + rollback files as report artifacts, written to `output` when set. */
async function indexArtifacts(proven, output) {
    const artifacts = [];
    for (const p of proven) {
        for (const [kind, file] of [
            ['migration', p.fix.up],
            ['rollback', p.fix.rollback],
        ]) {
            const filePath = output ? external_node_path_default().join(output, file.path) : file.path;
            if (output) {
                await (0,promises_.mkdir)(output, { recursive: true });
                await (0,promises_.writeFile)(filePath, file.content);
            }
            artifacts.push({ kind, path: filePath, content: file.content });
        }
    }
    return artifacts;
}

;// CONCATENATED MODULE: ./src/audit/run.ts
/**
 * The audit runner: one read-only session on a live database, every catalog and statistics
 * reading in it, and a Report. It never writes to the audited server; index suggestions are
 * proven elsewhere (a scratch copy of the schema on a throwaway server).
 */












async function runAudit(settings, deps) {
    const { log, redactor } = deps;
    const session = await (0,audit_session/* openReadOnlySession */.Xb)(settings.databaseUrl, redactor);
    const schemas = settings.schemas && settings.schemas.length > 0 ? settings.schemas : null;
    const findings = [];
    let proof;
    let report;
    try {
        const { server, db } = session;
        log.info(`audit of ${server.database} on PostgreSQL ${server.version} as ${server.user} (read-only transaction)`);
        const overview = await readOverview(db, schemas);
        const health = [];
        await log.group('schema-health checks', async () => {
            for (const check of (0,schema_health/* selectChecks */.oL)()) {
                deps.signal?.throwIfAborted();
                const r = await session.attempt(() => check.run({ db, schemas: schemas ?? undefined }));
                if (r.ok)
                    health.push(...r.value);
                else
                    log.warning(`check ${check.id} could not run: ${r.error}`);
            }
        });
        const unused = await findUnusedIndexes(db, schemas, {
            minBytes: settings.unusedIndexMinBytes,
            statsReset: overview.statsReset,
        });
        const seq = await findSequentialScanTables(db, schemas, {
            minRows: settings.seqScanMinRows,
            minIndexScanShare: settings.minIndexScanShare,
        });
        const bloat = await findBloatedTables(db, schemas, {
            minDeadShare: settings.bloatMinDeadShare,
            minDeadRows: settings.bloatMinDeadRows,
        });
        const attempted = await session.attempt(() => readStatements(db, { major: server.major, limit: settings.topStatements }));
        const statements = attempted.ok ? attempted.value : { available: false, reason: attempted.error };
        if (!statements.available)
            log.info(`statements: ${statements.reason}`);
        const slowStatements = statements.available
            ? statements.statements.filter((s) => s.meanMs >= settings.slowStatementMs)
            : [];
        const foreignKeyFindings = health.filter((f) => f.rule === FOREIGN_KEY_WITHOUT_INDEX_RULE);
        const collected = settings.suggestIndexes
            ? await collectIndexCandidates(session, slowStatements, foreignKeyFindings)
            : { candidates: [], copies: new Map(), notes: [] };
        for (const note of collected.notes)
            log.info(`index suggestions: ${note}`);
        deps.signal?.throwIfAborted();
        proof = await session.close();
        if (proof.strongerLocks.length > 0 || proof.transactionIdAssigned) {
            // Cannot happen inside a READ ONLY transaction; if it ever does, say so loudly.
            log.warning(`audit session was not purely read-only: ${JSON.stringify(proof)}`);
        }
        // Proven on a throwaway server, after the live session has ended.
        let proven = [];
        if (collected.candidates.length > 0) {
            try {
                const result = await log.group(`proving ${collected.candidates.length} index candidate(s) on a scratch copy`, () => proveIndexCandidates(collected.candidates, collected.copies, {
                    minCostReduction: settings.minCostReduction,
                    timestamp: (0,index_fix/* migrationTimestamp */.VI)(),
                    log,
                    redactor,
                    signal: deps.signal,
                }));
                proven = result.suggestions;
                for (const line of result.rejected)
                    log.info(`not suggested: ${line}`);
            }
            catch (e) {
                // No throwaway server here (the Action bundle has no embedded PostgreSQL and no Docker
                // answered): the audit's findings stand; only the proof of the suggestions is missing.
                if (!(e instanceof errors/* ConfigurationError */.j1))
                    throw e;
                log.warning(`index suggestions were not proven: ${e.message}`);
            }
        }
        // Candidates were de-duplicated by table and columns, so at most one proof matches a foreign key.
        const provenFor = (f) => proven.find((p) => p.candidate.schema === f.data?.schema &&
            p.candidate.table === f.data?.table &&
            p.candidate.columns.join(',') === f.data?.columns?.join(','));
        const statementText = (p) => p.candidate.source.kind === 'statement'
            ? `${p.candidate.source.statement.meanMs.toFixed(0)}ms avg query time, ${measuredText(p)}`
            : `${measuredText(p)} for the lookup each parent delete runs`;
        // A foreign key's finding carries its proven files and measured costs.
        for (const f of foreignKeyFindings) {
            const p = provenFor(f);
            if (!p)
                continue;
            f.fix = fixOf(p);
            f.data = { ...dataOf(p), ...f.data };
        }
        const coveredByForeignKey = new Set(foreignKeyFindings.map(provenFor).filter(Boolean));
        const statementSuggestions = proven.filter((p) => p.candidate.source.kind === 'statement' && !coveredByForeignKey.has(p));
        const missingIndexes = [
            ...foreignKeyFindings
                .map((f) => {
                const m = missingIndexFromFinding(f);
                const p = provenFor(f);
                return m && p ? { ...m, reason: `${m.reason}; ${statementText(p)}` } : m;
            })
                .filter((m) => m !== undefined),
            ...statementSuggestions.map((p) => ({
                schema: p.candidate.schema,
                table: p.candidate.table,
                columns: p.candidate.columns,
                reason: statementText(p),
            })),
        ];
        const slow = statements.available ? slowStatementFindings(statements.statements, settings.slowStatementMs) : [];
        findings.push(...health, ...unused.findings, ...seq.findings, ...bloat.findings, ...slow, ...statementSuggestions.map(suggestionFinding));
        report = (0,types/* emptyReport */._O)('audit', `Read-only audit of ${server.database} (PostgreSQL ${server.version}): ${overview.tables} tables, ${findings.length} findings.`);
        report.findings = findings;
        report.metrics = {
            tables: overview.tables,
            totalRows: overview.totalRows,
            tableBytes: overview.tableBytes,
            indexBytes: overview.indexBytes,
            schemaHealthFindings: health.length,
            missingIndexes: missingIndexes.length,
            unusedIndexes: unused.indexes.length,
            unusedIndexBytes: unused.indexes.reduce((s, u) => s + u.bytes, 0),
            sequentialScanTables: seq.tables.length,
            bloatedTables: bloat.tables.length,
            estimatedBloatBytes: bloat.tables.reduce((s, t) => s + t.estimatedWasteBytes, 0),
            slowStatements: slow.length,
            indexCandidates: collected.candidates.length,
            provenIndexSuggestions: proven.length,
            statementsAvailable: statements.available ? 1 : 0,
            readOnlyStatements: proof.statements,
            locksAboveAccessShare: proof.strongerLocks.length,
            transactionIdAssigned: proof.transactionIdAssigned ? 1 : 0,
        };
        report.artifacts = await indexArtifacts(proven, settings.output);
        if (proven.length > 0) {
            report.tables.push({
                title: 'Proven index suggestions (EXPLAIN on a scratch copy)',
                columns: ['index', 'for', 'cost before', 'cost after', 'reduction %'],
                rows: proven.map((p) => [
                    `${p.candidate.table}(${p.candidate.columns.join(', ')})`,
                    p.candidate.source.kind === 'foreign-key' ? 'foreign key' : shortQuery(p.candidate.query, 60),
                    run_round(p.costBefore),
                    run_round(p.costAfter),
                    run_round(p.reduction * 100),
                ]),
            });
        }
        if (unused.indexes.length > 0) {
            report.tables.push({
                title: 'Unused indexes',
                columns: ['table', 'index', 'size (bytes)'],
                rows: unused.indexes.map((u) => [`${u.schema}.${u.table}`, u.index, u.bytes]),
            });
        }
        if (seq.tables.length > 0) {
            report.tables.push({
                title: 'Tables read by sequential scans',
                columns: ['table', 'rows', 'seq scans', 'index scans', 'rows read by seq scans'],
                rows: seq.tables.map((t) => [`${t.schema}.${t.table}`, t.rows, t.seqScans, t.idxScans, t.seqRowsRead]),
            });
        }
        if (statements.available && statements.statements.length > 0) {
            report.tables.push({
                title: 'Top statements (pg_stat_statements)',
                columns: ['statement', 'calls', 'mean ms', 'total ms', 'rows'],
                rows: statements.statements.map((s) => [
                    shortQuery(s.query, 80),
                    s.calls,
                    run_round(s.meanMs),
                    run_round(s.totalMs),
                    s.rows,
                ]),
            });
        }
        report.details = renderAuditDetails({
            server,
            overview,
            missingIndexes,
            unusedIndexes: unused.indexes,
            sequentialScans: seq.tables,
            bloatedTables: bloat.tables,
            statements,
            slowStatementMs: settings.slowStatementMs,
            health: health.filter((f) => f.rule !== FOREIGN_KEY_WITHOUT_INDEX_RULE),
        });
    }
    finally {
        if (!proof)
            await session.close().catch(() => { });
    }
    return { report, proof };
}
function run_round(n) {
    return Math.round(n * 100) / 100;
}


/***/ }),

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
