export const id = 9288;
export const ids = [9288];
export const modules = {

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

/***/ 39288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INDEX_CHECKS: () => (/* binding */ INDEX_CHECKS),
  runSuggestIndexesSubcommand: () => (/* binding */ runSuggestIndexesSubcommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: ./src/postgres/index.ts + 6 modules
var postgres = __webpack_require__(74880);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/schema-health/index.ts + 19 modules
var schema_health = __webpack_require__(68206);
// EXTERNAL MODULE: ./src/schema-health/index-fix.ts
var index_fix = __webpack_require__(98779);
// EXTERNAL MODULE: ./src/migrations/apply.ts
var apply = __webpack_require__(72034);
// EXTERNAL MODULE: ./src/migrations/origins.ts
var migrations_origins = __webpack_require__(27141);
// EXTERNAL MODULE: ./src/migrations/sources/files.ts
var sources_files = __webpack_require__(7636);
// EXTERNAL MODULE: ./src/migrations/settings.ts + 1 modules
var migrations_settings = __webpack_require__(8994);
// EXTERNAL MODULE: ./src/migrations/sources/layouts.ts + 1 modules
var layouts = __webpack_require__(59230);
;// CONCATENATED MODULE: ./src/migrations/subcommands/fix-layouts.ts
/**
 * How an index fix is written in the migrations folder's own layout, so the project's tool runs
 * it outside a transaction (CREATE/DROP INDEX CONCURRENTLY cannot run inside one) and finds its
 * down direction where it looks for one.
 */



/** `005` after `004` (same width); for 14-digit timestamps, now when that is later. */
function nextNumber(last, now) {
    const stamp = (0,index_fix/* migrationTimestamp */.VI)(now);
    if (last === undefined)
        return stamp;
    const next = (BigInt(last) + 1n).toString().padStart(last.length, '0');
    return last.length === 14 && BigInt(stamp) > BigInt(next) ? stamp : next;
}
const PREFIXED = /^(\d+)_(.+?)(_rollback)?\.sql$/;
const sql = {
    name: 'sql',
    marker: index_fix/* NO_TRANSACTION_MARKERS */.p6.plain,
    files: (v, slug, fix) => [
        { name: `${v}_${slug}.sql`, content: fix.up.content },
        { name: `${v}_${slug}_rollback.sql`, content: fix.rollback.content },
    ],
    parse: (name) => {
        const m = PREFIXED.exec(name);
        return m && !m[3] ? { version: m[1], slug: m[2] } : undefined;
    },
    next: nextNumber,
};
const golangMigrate = {
    name: 'golang-migrate',
    // golang-migrate sends the file as one query: one statement alone is not in a transaction block.
    marker: index_fix/* NO_TRANSACTION_MARKERS */.p6.plain,
    files: (v, slug, fix) => [
        { name: `${v}_${slug}.up.sql`, content: fix.up.content },
        { name: `${v}_${slug}.down.sql`, content: fix.rollback.content },
    ],
    parse: (name) => {
        const m = /^(\d+)_(.+)\.up\.sql$/.exec(name);
        return m ? { version: m[1], slug: m[2] } : undefined;
    },
    next: nextNumber,
};
const dbmate = {
    name: 'dbmate',
    marker: index_fix/* NO_TRANSACTION_MARKERS */.p6.dbmate,
    files: (v, slug, fix) => {
        const body = (content) => (0,index_fix/* fileStatements */.Hl)(content).map((s) => `${s};`);
        const why = fix.up.content.split('\n').find((l) => l.startsWith('-- backend-gate:'));
        return [
            {
                name: `${v}_${slug}.sql`,
                content: [
                    '-- migrate:up transaction:false',
                    ...(why ? [why] : []),
                    ...body(fix.up.content),
                    '',
                    '-- migrate:down transaction:false',
                    ...body(fix.rollback.content),
                    '',
                ].join('\n'),
            },
        ];
    },
    parse: (name) => {
        const m = PREFIXED.exec(name);
        return m && !m[3] ? { version: m[1], slug: m[2] } : undefined;
    },
    next: nextNumber,
};
const flyway = {
    name: 'flyway',
    // Flyway runs a migration outside a transaction when every statement of it must: CONCURRENTLY is.
    marker: '-- Flyway runs this file outside a transaction (CREATE/DROP INDEX CONCURRENTLY cannot run inside one).',
    files: (v, slug, fix) => [
        { name: `V${v}__${slug}.sql`, content: fix.up.content },
        { name: `U${v}__${slug}.sql`, content: fix.rollback.content },
    ],
    parse: (name) => {
        const m = /^V(\d+(?:[._]\d+)*)__(.+)\.sql$/.exec(name);
        return m ? { version: m[1].replace(/_/g, '.'), slug: m[2] } : undefined;
    },
    // The next major version: V4 after V3.2.
    next: (last) => (last === undefined ? '1' : String(BigInt(last.split('.')[0]) + 1n)),
};
const LAYOUTS = { sql, 'golang-migrate': golangMigrate, dbmate, flyway };
/**
 * The fix layout for the migrations' layout. Layouts without a file pair to write (Prisma has no
 * down migrations; node-pg-migrate SQL files cannot leave their transaction; a command layout
 * has no files) get plain SQL files, but only in a folder of their own.
 */
function fixLayoutFor(layout, writesIntoMigrations) {
    const known = LAYOUTS[layout];
    if (known)
        return known;
    if (writesIntoMigrations) {
        throw new errors/* ConfigurationError */.j1(`suggest-indexes writes migrations for plain SQL, golang-migrate, dbmate and Flyway folders, not for the ${layout} layout. Pass --output DIR (outside the migrations folder) to get plain SQL files to port.`);
    }
    return sql;
}
/** Numbering: each call gives the version after the newest of `names` (migrations and files already written). */
function versionCounter(layout, names, now = new Date()) {
    let last = names
        .map((n) => layout.parse(n)?.version)
        .filter((v) => v !== undefined)
        .reduce((a, b) => (a === undefined || (0,sources_files/* compareVersions */.Zy)(b, a) > 0 ? b : a), undefined);
    return () => (last = layout.next(last, now));
}

// EXTERNAL MODULE: ./src/migrations/subcommands/index.ts + 1 modules
var subcommands = __webpack_require__(50643);
// EXTERNAL MODULE: ./src/migrations/subcommands/stats.ts
var stats = __webpack_require__(48198);
;// CONCATENATED MODULE: ./src/migrations/subcommands/suggest-indexes.ts
/**
 * `backend-gate migrations suggest-indexes [--output migrations/]`: apply the migrations to a
 * scratch database, run the index checks of schema-health, and for each missing index write an
 * up file (CREATE INDEX CONCURRENTLY IF NOT EXISTS) and its rollback (DROP INDEX CONCURRENTLY IF
 * EXISTS), each pair proven by up → rollback → up in the scratch database first. Existing files
 * are never overwritten: a fix whose files are already there is reported, not written again.
 */

















/** The schema-health checks about indexes. Only a missing index has a CREATE INDEX fix to write. */
const INDEX_CHECKS = [
    'foreign-key-without-index',
    'invalid-index',
    'duplicate-index',
    'overlapping-index',
    'btree-index-on-array-or-boolean',
    'table-with-too-many-indexes',
];
const MISSING_INDEX = 'foreign-key-without-index';
async function runSuggestIndexesSubcommand({ ctx, flags, settings, shown }) {
    if (settings.layout === 'command') {
        throw new errors/* ConfigurationError */.j1("suggest-indexes reads the migration files; the 'command' layout has none. Set migrations.layout to the folder's layout (sql, golang-migrate, dbmate, flyway…).");
    }
    const loadedStats = await (0,subcommands.loadConfiguredStats)(ctx, flags);
    const cwd = settings.workingDirectory;
    const layoutName = settings.layout === 'auto' ? (0,layouts/* detectLayout */.ey)((0,sources_files/* localFolder */.M1)(settings.dir, cwd)) : settings.layout;
    const files = (0,sources_files/* readMigrationDir */.Oz)(settings.dir, cwd, layoutName).filter((f) => !(0,sources_files/* isRollbackFile */.Ft)(f.name));
    const outputDir = external_node_path_default().resolve(cwd, (0,modes/* flagString */.w)(flags, 'output') ?? settings.dir);
    const layout = fixLayoutFor(layoutName, outputDir === settings.dir);
    const existing = listFiles(outputDir);
    const version = versionCounter(layout, [...existing, ...listFiles(settings.dir)]);
    const server = await (0,migrations_settings.startMigrationsPostgres)(settings, ctx);
    try {
        const db = await (0,postgres/* createScratchDatabase */.KI)(server, 'suggest_indexes');
        let client;
        try {
            const c = (client = await (0,postgres/* connect */.Ng)(db.url));
            const origins = await ctx.log.group('Apply the migrations to a scratch database', () => applyAll(c, files, ctx.signal, (m) => ctx.log.info(m)));
            const findings = await (0,schema_health/* runSchemaHealthChecks */.sO)({ db: c, sourceOf: origins.lookup }, { only: INDEX_CHECKS });
            const sizes = await scratchSizes(c);
            const suggestions = await ctx.log.group('Prove each index migration: up → rollback → up', () => proveSuggestions(c, findings, { shownDir: shown(outputDir), layout, existing, version }));
            await writeProven(suggestions, outputDir);
            for (const s of suggestions)
                ctx.log.info(`${s.files[0].path}: ${statusWord(s)}`);
            return buildReport({ findings, suggestions, sizes, loadedStats, serverVersion: server.version, layout });
        }
        finally {
            await client?.end().catch(() => { });
            await db.drop();
        }
    }
    finally {
        await server.stop();
    }
}
async function applyAll(client, files, signal, info) {
    const origins = new migrations_origins/* ObjectOrigins */.T();
    for (const file of files) {
        const run = await (0,apply/* applyMigration */.rj)(client, file, { signal });
        origins.record(file.path, run.statements.map((s) => s.statement));
        if (run.failure) {
            throw new errors/* ConfigurationError */.j1(`this migration fails on PostgreSQL (${run.failure.message}), so the schema to suggest indexes for cannot be built. Fix it first ('backend-gate migrations' reports the details).`, { file: file.path, line: run.failure.line, column: run.failure.column });
        }
        info(`✓ ${file.path}: ${run.statements.length} statement(s)`);
    }
    return origins;
}
async function proveSuggestions(client, findings, opts) {
    const out = [];
    const seen = new Set();
    const dir = opts.shownDir === '.' ? '' : `${opts.shownDir}/`;
    for (const finding of findings) {
        if (finding.rule !== MISSING_INDEX)
            continue;
        const target = {
            schema: String(finding.data?.schema),
            table: String(finding.data?.table),
            columns: finding.data?.columns,
        };
        const reason = `index for the foreign key ${String(finding.data?.constraint)} (backend-gate migrations suggest-indexes)`;
        const fix = (0,index_fix/* indexFixFiles */.FQ)(target, { reason, marker: opts.layout.marker, timestamp: '0' });
        // Two foreign keys on the same columns need one index.
        if (seen.has(fix.name))
            continue;
        seen.add(fix.name);
        const slug = external_node_path_default().basename(fix.up.path)
            .replace(/^0_/, '')
            .replace(/\.sql$/, '');
        // A fix already written under any version is never written twice.
        const already = opts.existing.find((n) => opts.layout.parse(n)?.slug === slug);
        const version = already ? opts.layout.parse(already).version : opts.version();
        const files = opts.layout.files(version, slug, fix).map((f) => ({ path: `${dir}${f.name}`, content: f.content }));
        const proof = await (0,index_fix/* proveIndexFix */.QO)(client, target, fix);
        const status = already ? 'exists' : proof.ok ? 'written' : 'not proven';
        out.push({ finding, target, fix, files, proof, status });
    }
    return out;
}
function listFiles(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).filter((n) => n.endsWith('.sql'));
    }
    catch {
        return [];
    }
}
async function writeProven(suggestions, outputDir) {
    const toWrite = suggestions.filter((s) => s.status === 'written');
    if (toWrite.length === 0)
        return;
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    for (const s of toWrite) {
        for (const file of s.files) {
            const target = external_node_path_default().join(outputDir, external_node_path_default().basename(file.path));
            // 'wx': a file that appeared meanwhile is the user's; it is never replaced.
            await (0,promises_.writeFile)(target, file.content, { flag: 'wx' }).catch((e) => {
                if (e.code === 'EEXIST') {
                    throw new errors/* ConfigurationError */.j1(`'${file.path}' already exists; nothing was overwritten. Pass another --output.`);
                }
                throw e;
            });
        }
    }
}
/** Tables and exact row counts of the scratch database (migrations may seed rows). */
async function scratchSizes(client) {
    const { rows } = await client.query(`SELECT c.oid::text AS oid, format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`);
    let total = 0;
    for (const r of rows) {
        total += Number((await client.query(`SELECT count(*)::text AS n FROM ${r.name}`)).rows[0].n);
    }
    return { tables: rows.length, rows: total };
}
function statusWord(s) {
    if (s.status === 'exists')
        return 'already there, not rewritten';
    if (s.status === 'written')
        return 'written (proven up → rollback → up)';
    const failed = s.proof?.steps.find((step) => !step.ok);
    return `NOT written: the ${failed?.step ?? 'up'} step failed (${failed?.detail ?? 'unknown'})`;
}
/** `orders.user_id` the way the seed names it; `orders(a, b)` for several columns; the schema unless public. */
function subjectOf(t) {
    const table = t.schema === 'public' ? t.table : `${t.schema}.${t.table}`;
    return t.columns.length === 1 ? `${table}.${t.columns[0]}` : `${table}(${t.columns.join(', ')})`;
}
function buildReport(r) {
    const bySuggestion = new Map(r.suggestions.map((s) => [s.finding, s]));
    const missing = r.findings.filter((f) => f.rule === MISSING_INDEX);
    const others = r.findings.filter((f) => f.rule !== MISSING_INDEX);
    const prodRows = (t) => r.loadedStats?.stats.tables.find((x) => x.schema === t.schema && x.table === t.table)?.rows;
    const findings = r.findings.map((f) => {
        const s = bySuggestion.get(f);
        if (!s)
            return f;
        const out = {
            ...f,
            fix: { ...f.fix, files: s.files },
            data: { ...f.data, fixStatus: s.status, proof: s.proof?.steps },
        };
        // A written (or already present) proven fix answers the finding; one that failed its proof stays an error.
        if (s.status !== 'not proven') {
            out.severity = 'notice';
            out.message = `${f.message} Fix ${s.status === 'written' ? 'written' : 'already present'}: ${s.files.map((x) => x.path).join(' and ')}.`;
        }
        else {
            out.message = `${f.message} The suggested index did not pass up → rollback → up (${statusWord(s)}); no file was written.`;
        }
        return out;
    });
    const written = r.suggestions.filter((s) => s.status === 'written');
    const report = (0,types/* emptyReport */._O)('migrations', `suggest-indexes: ${missing.length} missing index${missing.length === 1 ? '' : 'es'}; ${written.length} index migration(s) written, proven up → rollback → up on PostgreSQL ${r.serverVersion}`);
    report.findings = findings;
    const totalRows = r.loadedStats
        ? (0,stats/* topLevelTables */.p1)(r.loadedStats.stats.tables).reduce((n, t) => n + t.rows, 0)
        : r.sizes.rows;
    report.metrics = {
        tables: r.sizes.tables,
        totalRows,
        missingIndexes: missing.length,
        indexFindings: r.findings.length,
        indexFilesWritten: written.reduce((n, s) => n + s.files.length, 0),
        indexFixesProven: r.suggestions.filter((s) => s.proof?.ok).length,
    };
    report.tables.push({
        title: 'Suggested migrations',
        columns: ['#', 'Index', 'Migration', 'Rollback', 'Proof (up → rollback → up)', 'File'],
        rows: r.suggestions.map((s, i) => [
            i + 1,
            `${s.fix.name} on ${subjectOf(s.target)}`,
            s.files[0].path,
            s.files[1]?.path ?? `${s.files[0].path} (-- migrate:down)`,
            s.proof?.ok ? 'ok' : (s.proof?.steps.map((x) => `${x.step}: ${x.detail}`).join('; ') ?? ''),
            s.status,
        ]),
    });
    for (const s of written) {
        s.files.forEach((f, i) => report.artifacts.push({ kind: i === 0 ? 'migration' : 'rollback', ...f }));
    }
    const details = [
        `Tables: ${r.sizes.tables}`,
        r.loadedStats
            ? `Total rows: ${totalRows.toLocaleString('en-US')} (production, from ${r.loadedStats.source})`
            : `Total rows: ${totalRows.toLocaleString('en-US')} (scratch database after the migrations; migrations.stats gives production sizes)`,
        '',
        `MISSING INDEXES (${missing.length} found)`,
        ...r.suggestions.map((s) => {
            const rows = prodRows(s.target);
            const where = s.finding.location
                ? `  [${s.finding.location.file}${s.finding.location.line ? `:${s.finding.location.line}` : ''}]`
                : '';
            return (`  ${subjectOf(s.target)} - foreign key ${String(s.finding.data?.constraint)} → ${String(s.finding.data?.references)}` +
                `${rows === undefined ? '' : ` (${rows.toLocaleString('en-US')} rows)`}, ADD INDEX recommended${where}`);
        }),
    ];
    if (others.length > 0) {
        details.push('', `OTHER INDEX FINDINGS (${others.length} found)`, ...others.map((f) => `  ${f.rule}: ${f.message}`));
    }
    if (r.suggestions.length > 0) {
        details.push('', 'SUGGESTED MIGRATIONS');
        r.suggestions.forEach((s, i) => details.push(`  ${i + 1}. Add index on ${s.target.table}(${s.target.columns.join(', ')}): ${s.files.map((f) => f.path).join(' + ')} — ${statusWord(s)}`));
        if (r.layout.name !== 'sql')
            details.push(`  (written for the ${r.layout.name} layout: ${r.layout.marker})`);
    }
    report.details = details;
    return report;
}


/***/ })

};
