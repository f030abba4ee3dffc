export const id = 387;
export const ids = [387];
export const modules = {

/***/ 88387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrationsCommand: () => (/* binding */ migrationsCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/postgres/index.ts + 7 modules
var postgres = __webpack_require__(80013);
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
// EXTERNAL MODULE: ./src/migrations/apply.ts
var apply = __webpack_require__(72034);
// EXTERNAL MODULE: ./src/migrations/lint/index.ts + 47 modules
var lint = __webpack_require__(45891);
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
        fingerprint: (0,fingerprint/* fingerprint */.R)('down-migration-incomplete', file.name, step, differences.join('\n')),
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
        fingerprint: (0,fingerprint/* fingerprint */.R)('down-migration-failed', file.name, step, f.code, f.message),
        data: { step, sqlstate: f.code },
    };
}

// EXTERNAL MODULE: ./src/migrations/measured.ts
var measured = __webpack_require__(2392);
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
            c.oid IN (SELECT oid FROM named) AS named
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
 * Runs after the base branch's migrations and before the PR's, on the scratch database.
 */
async function seedTables(client, relationNames, rows, log) {
    if (rows <= 0 || relationNames.length === 0)
        return [];
    const tables = await tablesToSeed(client, relationNames);
    const out = [];
    for (const t of tables) {
        const want = t.named ? rows : Math.min(rows, PARENT_ROWS);
        const have = Number((await client.query(`SELECT count(*) AS n FROM (SELECT 1 FROM ${t.name} LIMIT $1) s`, [want]))
            .rows[0].n);
        if (have >= want || (!t.named && have > 0)) {
            out.push({ table: t.name, inserted: 0 });
            continue;
        }
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
            out.push(skip(t.name, e.message, log));
            continue;
        }
        // Unique values continue after the ones already there.
        const offset = `(SELECT count(*) FROM ${t.name})`;
        const withClause = ctes.length ? `WITH ${ctes.join(', ')} ` : '';
        const target = values.length ? `(${values.map((v) => v.column).join(', ')})` : '';
        const select = values.length ? values.map((v) => v.expr).join(', ') : '';
        const sql = values.length
            ? `${withClause}INSERT INTO ${t.name} ${target} SELECT ${select} FROM generate_series(1, $1::int) AS g, ${offset} AS o(off)`
            : `INSERT INTO ${t.name} SELECT FROM generate_series(1, $1::int)`;
        try {
            const r = await client.query(sql, [want - have]);
            out.push({ table: t.name, inserted: r.rowCount ?? 0 });
        }
        catch (e) {
            out.push(skip(t.name, e.message, log));
        }
    }
    const seeded = out.filter((s) => s.inserted > 0);
    if (seeded.length > 0)
        await client.query(`ANALYZE ${seeded.map((s) => s.table).join(', ')}`);
    return out;
}
function skip(table, why, log) {
    log.warning(`could not seed ${table} (${why}); its statements are measured on the rows it has.`);
    return { table, inserted: 0, skipped: why };
}

// EXTERNAL MODULE: ./src/migrations/sources/command.ts
var command = __webpack_require__(22834);
// EXTERNAL MODULE: ./src/migrations/sources/layouts.ts
var layouts = __webpack_require__(40060);
// EXTERNAL MODULE: ./src/migrations/origins.ts
var migrations_origins = __webpack_require__(27141);
// EXTERNAL MODULE: ./src/migrations/probe.ts
var migrations_probe = __webpack_require__(62952);
// EXTERNAL MODULE: ./src/migrations/settings.ts
var migrations_settings = __webpack_require__(42089);
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
        return (await __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 62270))).runCommandLayout(settings, deps);
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
    // Static lint of the PR's files (base files are already in production: not the PR's to fix).
    for (const f of added)
        findings.push(...(await lintPrFile(f, settings)));
    const server = await (0,migrations_settings/* startMigrationsPostgres */.Fw)(settings, deps);
    const applied = [];
    let tables = 0;
    let seeded = [];
    try {
        const db = await (0,postgres/* createScratchDatabase */.KI)(server, 'migrations');
        let client;
        try {
            client = await (0,postgres/* connect */.Ng)(db.url);
            const origins = new migrations_origins/* ObjectOrigins */.T();
            const applyDeps = { ...deps, major: server.major, checkDown: false, findings };
            const ok = await applyAll(client, base, 'base', applied, origins, applyDeps);
            if (ok && added.length > 0) {
                const seed = await seedBeforePr(client, db.url, settings, added, deps);
                seeded = seed.tables;
                findings.push(...seed.findings);
            }
            const baseHealth = ok && !settings.all ? await schemaHealth(client, origins) : [];
            let headOk = false;
            if (ok) {
                const probe = added.length > 0 && settings.probe ? await migrations_probe/* BlockingProbe */.G.open(db.url) : undefined;
                try {
                    headOk = await applyAll(client, added, 'PR', applied, origins, {
                        ...applyDeps,
                        probe,
                        checkDown: settings.checkDown,
                    });
                }
                finally {
                    await probe?.close();
                }
            }
            if (headOk) {
                // Only what the PR introduced, unless every finding is asked for.
                const known = new Set(baseHealth.map((f) => f.fingerprint));
                findings.push(...(await schemaHealth(client, origins)).filter((f) => !known.has(f.fingerprint)));
                tables = await countTables(client);
            }
        }
        finally {
            await client?.end().catch(() => { });
            await db.drop();
        }
    }
    finally {
        await server.stop();
    }
    for (const a of applied)
        if (a.run.failure)
            findings.push(failureFinding(a));
    const merged = (0,measured/* mergeMeasured */.Bv)(findings, applied);
    attachIndexFixFiles(merged, settings, [...base, ...added]);
    return buildReport({ settings, server, base, added, applied, findings: dedupe(merged), tables, layout, seeded });
}
/** The lint, told whether this file's tool runs it inside a transaction (and how the file opts out). */
async function lintPrFile(f, settings) {
    const inTransaction = await runnerWraps(f);
    const found = await (0,lint/* lintMigrationFile */.W3)(f.sql, f.path, { exclude: settings.lintExclude, inTransaction });
    if (inTransaction && f.transaction) {
        for (const x of found) {
            if (x.fix && /wraps this file in a transaction/.test(x.message))
                x.fix.description = f.transaction.note;
        }
    }
    return found;
}
/** Whether the file's migration tool runs its statements inside one transaction block. */
async function runnerWraps(f) {
    const kind = f.transaction?.kind ?? 'autocommit';
    if (kind === 'autocommit')
        return false;
    if (kind === 'wrapped')
        return true;
    const parsed = await (0,apply/* parseMigration */.mo)(f);
    if (!Array.isArray(parsed))
        return false; // a syntax error is reported on its own
    if (kind === 'single-query')
        return parsed.length > 1;
    return !parsed.every((s) => (0,lint/* nonTransactionalStatement */.eF)(s.ast) !== undefined); // auto-detect (Flyway)
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
    const tables = await seedTables(client, namedRelations(asts), settings.seedRows, deps.log);
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
        fingerprint: (0,fingerprint/* fingerprint */.R)('seed-failed', what),
    };
}
async function applyAll(client, files, branch, applied, origins, deps) {
    for (const file of files) {
        const down = deps.checkDown && file.down ? file.down : undefined;
        const beforeUp = down ? await schemaDump(client) : undefined;
        const run = await (0,apply/* applyMigration */.rj)(client, file, {
            signal: deps.signal,
            trace: branch === 'PR' ? { postgresVersion: deps.major, probe: deps.probe } : undefined,
        });
        applied.push({ run, branch });
        origins.record(file.path, run.statements.map((s) => s.statement));
        const n = run.statements.length;
        if (run.failure) {
            deps.log.info(`✗ ${file.path} (${branch}): failed at line ${run.failure.line}: ${run.failure.message}`);
            return false;
        }
        deps.log.info(`✓ ${file.path} (${branch}): ${n} statement${n === 1 ? '' : 's'} in ${Math.round(run.durationMs)} ms`);
        if (down && beforeUp) {
            const check = await checkDownMigration(client, { ...file, down }, beforeUp, await schemaDump(client));
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
async function schemaHealth(client, origins) {
    const ctx = { db: client, sourceOf: origins.lookup };
    const findings = await (0,schema_health/* runSchemaHealthChecks */.sO)(ctx);
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
        fingerprint: (0,fingerprint/* fingerprint */.R)('migration-modified', f.name),
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
            fingerprint: (0,fingerprint/* fingerprint */.R)('syntax-error', external_node_path_default().basename(run.file.path), f.message),
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
        fingerprint: (0,fingerprint/* fingerprint */.R)('migration-failed', run.file.name, f.code, f.message),
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

// EXTERNAL MODULE: ./src/migrations/subcommands/index.ts + 1 modules
var subcommands = __webpack_require__(50643);
;// CONCATENATED MODULE: ./src/migrations/command.ts
/**
 * `backend-gate migrations`: settings from the `migrations:` config section, overridden by
 * flags (CLI) or inputs (Action) of the same names.
 */






const HELP = `Usage: backend-gate migrations [options]
       backend-gate migrations diff --compare schema/v2.sql [--output DIR] [--slug NAME]
       backend-gate migrations suggest-indexes [--output DIR]
       backend-gate migrations stats --database-url URL [--output stats.json]
       backend-gate migrations dry-run FILE --database-url URL

Applies the base branch's migrations, then the PR's new ones, statement by statement, to a
throwaway PostgreSQL database; reports failing statements at file:line, static lock-risk lint
of the new files, and schema problems the PR introduces (foreign keys without an index…) with
CREATE INDEX CONCURRENTLY fixes.

Migrations:
  --dir DIR               folder of plain SQL migrations, ordered by version prefix
                          (001_users.sql, 20240101120000_orders.sql; *.up.sql pairs too)
                          (default: migrations.dir, else ./migrations)
  --base REF|DIR          the base branch's migrations: a git ref (origin/main) or a folder.
                          Default in a GitHub pull request: origin/$GITHUB_BASE_REF; else none
                          (every migration counts as new)
  --base-version V        migrations with a version up to V are the base branch's
  --layout L              auto | sql | golang-migrate | dbmate | flyway | prisma |
                          node-pg-migrate | command (default auto: detected from the folder);
                          each tool's transaction model decides which statements are flagged
                          as unable to run where the tool wraps them in a transaction
  --command CMD           layout command: the project's own tool applies the migrations
                          ('npx knex migrate:latest'), DATABASE_URL set to the scratch database
  --seed-rows N           rows generated in each table the PR touches before its statements
                          run, so measured durations mean something (default 10000; 0: none)
  --seed FILE|CMD         your own seed instead: an .sql file or a shell command
  --all                   report every schema finding, not only those the PR introduced
PostgreSQL:
  --database-url URL      use this server (a CI service container); work happens only in a
                          scratch database backend-gate creates and drops
  --postgres P            auto | url | docker | embedded (default auto: URL, else Docker,
                          else embedded PostgreSQL 18)
  --postgres-version V    major version for Docker (default 18)
Table sizes:
  --stats FILE            a stats file (migrations.stats): lock findings get the time they
                          would block at production size, ranked by it; under 10,000 rows
                          they become notices
Subcommands:
  dry-run FILE            run one migration file against --database-url (your own database)
                          in a transaction that is always rolled back; refuses statements
                          that cannot run in a transaction; reports locks, rewrites, timeouts
  diff                    build the migrations and --compare FILE (the whole target schema)
                          in two scratch databases; write <timestamp>_<slug>.sql and its
                          _rollback.sql to --output (default the migrations folder), verified:
                          up reaches the target, rollback restores the current schema.
                          --slug NAME names the files (default schema_<file name>)
  suggest-indexes         apply the migrations, run the index checks, and write a migration +
                          rollback per missing index (CREATE/DROP INDEX CONCURRENTLY, in the
                          folder's layout) to --output, each proven up → rollback → up;
                          never overwrites, a fix already there is not written again
  stats                   read row estimates and sizes per table of --database-url (read-only:
                          catalog and statistics queries in a READ ONLY transaction) and write
                          them to --output (default migrations.stats, else stats.json)
`;
const migrationsCommand = {
    mode: 'migrations',
    summary: 'apply base + PR migrations on a throwaway PostgreSQL; lint, failures, missing FK indexes',
    help: HELP,
    options: {
        dir: { type: 'string' },
        base: { type: 'string' },
        'base-version': { type: 'string' },
        'database-url': { type: 'string' },
        postgres: { type: 'string' },
        'postgres-version': { type: 'string' },
        compare: { type: 'string' },
        output: { type: 'string' },
        slug: { type: 'string' },
        stats: { type: 'string' },
        layout: { type: 'string' },
        command: { type: 'string' },
        'seed-rows': { type: 'string' },
        seed: { type: 'string' },
        all: { type: 'boolean' },
    },
    async run(ctx, input) {
        if (input.positionals[0] === 'dry-run')
            return runDryRunCommand(ctx, input);
        if ((0,subcommands/* isMigrationsSubcommand */.z0)(input.positionals[0]))
            return (0,subcommands/* runMigrationsSubcommand */.e)(ctx, input);
        if (input.positionals.length > 0) {
            throw new errors/* ConfigurationError */.j1(`unexpected argument '${input.positionals[0]}' for migrations. Run 'backend-gate migrations --help'.`);
        }
        const raw = (ctx.settings.config.raw.migrations ?? {});
        const settings = (0,migrations_settings/* buildMigrationsSettings */.jc)(raw, input.flags, ctx.settings.workingDirectory, ctx.env);
        ctx.redactor.addUrl(settings.databaseUrl);
        const stats = await (0,subcommands/* loadConfiguredStats */.CY)(ctx, input.flags);
        return (0,subcommands/* withTableSizes */.ph)(await runMigrations(settings, { log: ctx.log, redactor: ctx.redactor, signal: ctx.signal }), stats);
    },
};
/** `migrations dry-run FILE --database-url URL`: the user's own database, one transaction, always rolled back. */
async function runDryRunCommand(ctx, input) {
    const [, file, ...extra] = input.positionals;
    const url = (0,modes/* flagString */.w)(input.flags, 'database-url');
    if (!file || extra.length > 0 || !url) {
        throw new errors/* ConfigurationError */.j1('usage: backend-gate migrations dry-run FILE --database-url URL (one migration file, your own database; it runs in a transaction that is always rolled back).');
    }
    const raw = (ctx.settings.config.raw.migrations ?? {});
    const { runDryRun } = await __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 39775));
    return runDryRun({
        file: external_node_path_default().resolve(ctx.settings.workingDirectory, file),
        workingDirectory: ctx.settings.workingDirectory,
        databaseUrl: url,
        lintExclude: raw.lint?.exclude,
        log: ctx.log,
        redactor: ctx.redactor,
    });
}


/***/ }),

/***/ 2392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ mergeMeasured),
/* harmony export */   qO: () => (/* binding */ tracedStatementsTable)
/* harmony export */ });
/* unused harmony exports measuredOf, describeMeasured */
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40905);
/* harmony import */ var _trace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49447);
/**
 * One finding per risky statement: what the lint predicted (rule, lock, fix) and what the
 * scratch database measured (locks taken, table rewritten, reads and writes blocked) merged.
 * A statement the lint said nothing about but that measured badly gets a finding of its own:
 * `table-rewrite` (new relfilenode) or `blocks-traffic` (a second session waited on it).
 */


function strongest(locks) {
    let best;
    for (const l of locks)
        if (!best || (0,_trace_js__WEBPACK_IMPORTED_MODULE_1__/* .isStrongerLock */ .Kp)(l.mode, best))
            best = l.mode;
    return best && (0,_trace_js__WEBPACK_IMPORTED_MODULE_1__/* .lockModeName */ .US)(best);
}
function measuredOf(s) {
    const t = s.trace;
    if (!t)
        return undefined;
    return {
        durationMs: Math.round(s.durationMs),
        locks: t.untraced ? `not traced (${t.untraced} runs outside a transaction)` : (0,_trace_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLocks */ .sF)(t.locks) || 'none',
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
/** "Measured: ACCESS EXCLUSIVE on public.t, rewrote public.t, blocked writes for 35 ms and reads for 34 ms (120 ms)." */
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
    return `Measured on the scratch database: ${parts.filter(Boolean).join(', ')} (${m.durationMs} ms).`;
}
const hasBlocking = (m) => Boolean(m.readBlockedMs || m.writeBlockedMs);
/**
 * Folds each PR statement's measurements into the lint finding about its lock (the one whose
 * data names a lock), or into a measured-only finding when the lint had none.
 */
function mergeMeasured(findings, applied) {
    const out = [...findings];
    for (const { run, branch } of applied) {
        if (branch !== 'PR')
            continue;
        for (const s of run.statements) {
            const m = measuredOf(s);
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
            const own = measuredFinding(run, s, m);
            if (own)
                out.push(own);
        }
    }
    return out;
}
function measuredFinding(run, s, m) {
    const at = { file: run.file.path, line: s.statement.startLine, column: s.statement.startColumn };
    const text = s.statement.text.replace(/\s+/g, ' ');
    if (m.rewrites.length > 0) {
        const kind = s.statement.kind === 'TruncateStmt' ? 'truncated' : 'rewrote';
        return {
            rule: 'table-rewrite',
            severity: 'warning',
            message: `This statement ${kind} ${m.rewrites.join(', ')} (new relfilenode): the table is locked for the whole copy, proportionally longer on production data. ${describeMeasured(m)}`,
            location: at,
            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .R)('table-rewrite', run.file.name, m.rewrites.join(','), text),
            fix: {
                description: 'Avoid the rewrite: add the column without a volatile default and backfill in batches, or create a new column and switch over, instead of changing the type in place.',
            },
            data: { table: m.rewrites[0], measured: m },
        };
    }
    if (hasBlocking(m)) {
        const tables = s.trace?.probe?.tables ?? [];
        return {
            rule: 'blocks-traffic',
            severity: 'warning',
            message: `While this statement ran, a second session's queries on ${tables.join(', ')} waited for its locks (production tables with more rows wait longer). ${describeMeasured(m)}`,
            location: at,
            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .R)('blocks-traffic', run.file.name, text),
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

/***/ 76044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ routineKeyword),
/* harmony export */   kJ: () => (/* binding */ onTable),
/* harmony export */   uM: () => (/* binding */ readCatalog),
/* harmony export */   vJ: () => (/* binding */ userSchema),
/* harmony export */   vY: () => (/* binding */ viewKeyword)
/* harmony export */ });
/** Schemas that are PostgreSQL's own; `n` is a pg_namespace alias. */
function userSchema(n) {
    return `${n}.nspname NOT IN ('pg_catalog', 'information_schema') AND ${n}.nspname !~ '^pg_(toast|temp_|toast_temp_)'`;
}
/** The object is not a member of an extension. */
function notInExtension(catalog, oid) {
    return `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = '${catalog}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`;
}
/** `ALTER TABLE … DROP CONSTRAINT` keys, and the COMMENT target of a constraint or trigger. */
function onTable(name, table) {
    return `${name} ON ${table}`;
}
async function readCatalog(client) {
    await client.query("SET search_path = ''");
    const q = async (sql) => (await client.query(sql)).rows;
    const schemas = new Set((await q(`SELECT quote_ident(n.nspname) AS q FROM pg_catalog.pg_namespace n
         WHERE ${userSchema('n')} AND ${notInExtension('pg_namespace', 'n.oid')}`)).map((r) => r.q));
    const extensions = new Map();
    for (const r of await q(`SELECT quote_ident(e.extname) AS name, quote_ident(n.nspname) AS schema, e.extversion AS version
     FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname <> 'plpgsql'`)) {
        extensions.set(r.name, r);
    }
    const enums = new Map();
    for (const r of await q(`SELECT format('%I.%I', n.nspname, t.typname) AS q,
       array(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
     FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     WHERE t.typtype = 'e' AND ${userSchema('n')} AND ${notInExtension('pg_type', 't.oid')}`)) {
        enums.set(r.q, r);
    }
    const sequences = new Map();
    for (const r of await q(`SELECT format('%I.%I', n.nspname, c.relname) AS q, pg_catalog.format_type(s.seqtypid, NULL) AS type,
       s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max,
       s.seqcache::text AS cache, s.seqcycle AS cycle,
       CASE WHEN t.oid IS NOT NULL THEN format('%I.%I', tn.nspname, t.relname) END AS owned_table,
       quote_ident(a.attname) AS owned_column
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
     LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
       AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype = 'a'
     LEFT JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
     LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
     LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
     WHERE c.relkind = 'S' AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_class'::regclass
                       AND i.objid = c.oid AND i.deptype = 'i')`)) {
        const { owned_table, owned_column, ...seq } = r;
        sequences.set(r.q, {
            ...seq,
            ownedBy: owned_table && owned_column ? { table: owned_table, column: owned_column } : undefined,
        });
    }
    const tables = new Map();
    for (const r of await q(`SELECT format('%I.%I', n.nspname, c.relname) AS q, c.relpersistence AS persistence
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}`)) {
        tables.set(r.q, { q: r.q, persistence: r.persistence, columns: new Map(), constraints: new Map() });
    }
    const views = new Map();
    for (const r of await q(`SELECT format('%I.%I', n.nspname, c.relname) AS q, c.relkind AS kind, pg_catalog.pg_get_viewdef(c.oid) AS def,
       c.reloptions AS options
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('v', 'm') AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}`)) {
        views.set(r.q, { q: r.q, kind: r.kind, def: r.def, options: r.options ?? [], dependsOn: new Set(), columns: [] });
    }
    for (const r of await q(`SELECT format('%I.%I', n.nspname, c.relname) AS rel, c.relkind AS kind, quote_ident(a.attname) AS q,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity, a.attgenerated AS generated,
       CASE WHEN a.attcollation <> ty.typcollation THEN format('%I.%I', cn.nspname, co.collname) END AS collation
     FROM pg_catalog.pg_attribute a
     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
     LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
     LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm')
       AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}
     ORDER BY 1, a.attnum`)) {
        const { rel, kind, ...col } = r;
        if (kind === 'r') {
            const table = tables.get(rel);
            table?.columns.set(col.q, { ...col, default: col.default ?? undefined, collation: col.collation ?? undefined });
        }
        else {
            views.get(rel)?.columns.push(col.q);
        }
    }
    for (const r of await q(`SELECT format('%I.%I', n.nspname, c.relname) AS table, quote_ident(co.conname) AS q, co.contype AS type,
       pg_catalog.pg_get_constraintdef(co.oid) AS def, co.convalidated AS validated,
       co.condeferrable AS deferrable, co.condeferred AS deferred,
       CASE WHEN co.contype = 'f' THEN format('%I.%I', fn.nspname, fc.relname) END AS references,
       CASE WHEN co.contype IN ('p', 'u') THEN pg_catalog.pg_get_indexdef(co.conindid) END AS "indexDef"
     FROM pg_catalog.pg_constraint co
     JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_catalog.pg_class fc ON fc.oid = co.confrelid
     LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
     WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND c.relkind = 'r' AND co.conparentid = 0
       AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}`)) {
        const con = {
            ...r,
            def: r.def.replace(/ NOT VALID$/, ''),
            references: r.references ?? undefined,
            indexDef: r.indexDef ?? undefined,
        };
        tables.get(r.table)?.constraints.set(con.q, con);
    }
    const indexes = new Map();
    for (const r of await q(`SELECT format('%I.%I', n.nspname, i.relname) AS q, quote_ident(i.relname) AS name,
       format('%I.%I', tn.nspname, t.relname) AS table, pg_catalog.pg_get_indexdef(i.oid) AS def
     FROM pg_catalog.pg_index x
     JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
     JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
     JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
     WHERE t.relkind IN ('r', 'm') AND ${userSchema('tn')} AND ${notInExtension('pg_class', 't.oid')}
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co
                       WHERE co.conindid = x.indexrelid AND co.conrelid = x.indrelid AND co.contype IN ('p', 'u', 'x'))`)) {
        indexes.set(r.q, r);
    }
    const routines = new Map();
    for (const r of await q(`SELECT format('%I.%I(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) AS key,
       p.prokind AS kind, pg_catalog.pg_get_functiondef(p.oid) AS def,
       pg_catalog.pg_get_function_arguments(p.oid) AS args, pg_catalog.pg_get_function_result(p.oid) AS result
     FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE p.prokind IN ('f', 'p', 'w') AND ${userSchema('n')} AND ${notInExtension('pg_proc', 'p.oid')}`)) {
        routines.set(r.key, { ...r, result: r.result ?? '' });
    }
    // What each view reads: relations, routines and types, for drop/create order and rebuilds.
    for (const r of await q(`SELECT DISTINCT format('%I.%I', vn.nspname, v.relname) AS view,
       CASE d.refclassid
         WHEN 'pg_class'::regclass THEN (SELECT format('%I.%I', rn.nspname, rc.relname) FROM pg_catalog.pg_class rc
                                           JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace WHERE rc.oid = d.refobjid)
         WHEN 'pg_proc'::regclass THEN (SELECT format('%I.%I(%s)', pn.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid))
                                          FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = d.refobjid)
         WHEN 'pg_type'::regclass THEN (SELECT format('%I.%I', tn.nspname, t.typname) FROM pg_catalog.pg_type t
                                          JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace WHERE t.oid = d.refobjid)
       END AS dep
     FROM pg_catalog.pg_depend d
     JOIN pg_catalog.pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
     JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class
     JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
     WHERE d.deptype = 'n' AND d.refobjid <> v.oid AND v.relkind IN ('v', 'm') AND ${userSchema('vn')}`)) {
        if (r.dep)
            views.get(r.view)?.dependsOn.add(r.dep);
    }
    const triggers = new Map();
    for (const r of await q(`SELECT quote_ident(t.tgname) AS q, format('%I.%I', n.nspname, c.relname) AS table,
       pg_catalog.pg_get_triggerdef(t.oid) AS def, t.tgenabled AS enabled,
       format('%I.%I(%s)', pn.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) AS routine
     FROM pg_catalog.pg_trigger t
     JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
     JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
     WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}`)) {
        triggers.set(onTable(r.q, r.table), r);
    }
    const comments = new Map();
    for (const r of await q(COMMENTS_SQL)) {
        comments.set(r.target, { text: r.text, owner: r.owner ?? undefined });
    }
    const commentable = new Set();
    for (const s of schemas)
        commentable.add(`SCHEMA ${s}`);
    for (const e of enums.keys())
        commentable.add(`TYPE ${e}`);
    for (const s of sequences.keys())
        commentable.add(`SEQUENCE ${s}`);
    for (const t of tables.values()) {
        commentable.add(`TABLE ${t.q}`);
        for (const c of t.columns.keys())
            commentable.add(`COLUMN ${t.q}.${c}`);
        for (const c of t.constraints.keys())
            commentable.add(`CONSTRAINT ${onTable(c, t.q)}`);
    }
    for (const v of views.values()) {
        commentable.add(`${viewKeyword(v.kind)} ${v.q}`);
        for (const c of v.columns)
            commentable.add(`COLUMN ${v.q}.${c}`);
    }
    for (const i of indexes.keys())
        commentable.add(`INDEX ${i}`);
    for (const r of routines.values())
        commentable.add(`${routineKeyword(r.kind)} ${r.key}`);
    for (const t of triggers.keys())
        commentable.add(`TRIGGER ${t}`);
    return { schemas, extensions, enums, sequences, tables, indexes, views, routines, triggers, comments, commentable };
}
function viewKeyword(kind) {
    return kind === 'm' ? 'MATERIALIZED VIEW' : 'VIEW';
}
function routineKeyword(kind) {
    return kind === 'p' ? 'PROCEDURE' : 'FUNCTION';
}
const COMMENTS_SQL = `
SELECT CASE c.relkind WHEN 'r' THEN 'TABLE ' WHEN 'v' THEN 'VIEW ' WHEN 'm' THEN 'MATERIALIZED VIEW '
         WHEN 'S' THEN 'SEQUENCE ' WHEN 'i' THEN 'INDEX ' END || format('%I.%I', n.nspname, c.relname) AS target,
       NULL AS owner, d.description AS text
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'v', 'm', 'S', 'i') AND ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}
UNION ALL
SELECT 'COLUMN ' || format('%I.%I.%I', n.nspname, c.relname, a.attname), format('%I.%I', n.nspname, c.relname), d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid > 0
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${userSchema('n')} AND ${notInExtension('pg_class', 'c.oid')}
UNION ALL
SELECT 'CONSTRAINT ' || quote_ident(co.conname) || ' ON ' || format('%I.%I', n.nspname, c.relname),
       format('%I.%I', n.nspname, c.relname), d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_constraint co ON d.classoid = 'pg_constraint'::regclass AND d.objoid = co.oid
JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${userSchema('n')}
UNION ALL
SELECT 'TRIGGER ' || quote_ident(t.tgname) || ' ON ' || format('%I.%I', n.nspname, c.relname),
       format('%I.%I', n.nspname, c.relname), d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_trigger t ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${userSchema('n')}
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END
         || format('%I.%I(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)),
       NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_proc p ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE ${userSchema('n')} AND ${notInExtension('pg_proc', 'p.oid')}
UNION ALL
SELECT 'TYPE ' || format('%I.%I', n.nspname, t.typname), NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_type t ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE ${userSchema('n')} AND ${notInExtension('pg_type', 't.oid')}
UNION ALL
SELECT 'SCHEMA ' || quote_ident(n.nspname), NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_namespace n ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid
WHERE ${userSchema('n')}`;


/***/ }),

/***/ 23949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ dumpCatalog),
/* harmony export */   L: () => (/* binding */ compareDumps)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76044);

const member = (cls, oid) => `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = '${cls}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`;
/** Each query returns (key, value) rows; value is any JSON. */
const SECTIONS = {
    schemas: `SELECT n.nspname AS key, to_jsonb(pg_catalog.pg_get_userbyid(n.nspowner) IS NOT NULL) AS value
    FROM pg_catalog.pg_namespace n WHERE ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_namespace', 'n.oid')}`,
    extensions: `SELECT e.extname AS key, jsonb_build_object('schema', n.nspname, 'version', e.extversion) AS value
    FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace`,
    types: `SELECT format('%s.%s', n.nspname, t.typname) AS key, jsonb_build_object(
      'type', t.typtype,
      'labels', (SELECT jsonb_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid),
      'base', CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END,
      'notNull', t.typnotnull,
      'default', t.typdefault,
      'checks', (SELECT jsonb_agg(pg_catalog.pg_get_constraintdef(c.oid) ORDER BY c.conname) FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid),
      'attributes', CASE WHEN t.typtype = 'c' THEN (SELECT jsonb_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)
                      FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END) AS value
    FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
    LEFT JOIN pg_catalog.pg_class r ON r.oid = t.typrelid
    WHERE t.typtype IN ('e', 'd', 'c', 'r', 'm') AND (r.oid IS NULL OR r.relkind = 'c') AND ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_type', 't.oid')}`,
    relations: `SELECT format('%s.%s', n.nspname, c.relname) AS key, jsonb_build_object(
      'kind', c.relkind, 'persistence', c.relpersistence, 'options', c.reloptions,
      'definition', CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,
      'partitioned', CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
      'inherits', (SELECT jsonb_agg(format('%s.%s', pn.nspname, pc.relname) ORDER BY 1) FROM pg_catalog.pg_inherits i
                   JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                   WHERE i.inhrelid = c.oid),
      'rowSecurity', c.relrowsecurity) AS value
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_class', 'c.oid')}`,
    columns: `SELECT format('%s.%s.%s', n.nspname, c.relname, a.attname) AS key, jsonb_build_object(
      'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull,
      'default', pg_catalog.pg_get_expr(d.adbin, d.adrelid), 'identity', a.attidentity, 'generated', a.attgenerated,
      'collation', CASE WHEN a.attcollation <> t.typcollation THEN co.collname END) AS value
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      AND ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_class', 'c.oid')}`,
    constraints: `SELECT format('%s.%s.%s', n.nspname, c.relname, co.conname) AS key, jsonb_build_object(
      'type', co.contype, 'definition', pg_catalog.pg_get_constraintdef(co.oid), 'validated', co.convalidated,
      'deferrable', co.condeferrable, 'deferred', co.condeferred) AS value
    FROM pg_catalog.pg_constraint co JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE co.contype <> 'n' AND ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_class', 'c.oid')}`,
    indexes: `SELECT format('%s.%s', n.nspname, i.relname) AS key, jsonb_build_object(
      'definition', pg_catalog.pg_get_indexdef(i.oid), 'valid', x.indisvalid, 'primary', x.indisprimary,
      'clustered', x.indisclustered, 'replicaIdentity', x.indisreplident) AS value
    FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
    JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
    WHERE ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_class', 't.oid')}`,
    sequences: `SELECT format('%s.%s', n.nspname, c.relname) AS key, jsonb_build_object(
      'type', pg_catalog.format_type(s.seqtypid, NULL), 'start', s.seqstart, 'increment', s.seqincrement,
      'min', s.seqmin, 'max', s.seqmax, 'cache', s.seqcache, 'cycle', s.seqcycle,
      'ownedBy', (SELECT format('%s.%s.%s', tn.nspname, t.relname, a.attname) FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_class t ON t.oid = d.refobjid JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i'))) AS value
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
    WHERE ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_class', 'c.oid')}`,
    routines: `SELECT format('%s.%s(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) AS key,
      jsonb_build_object('kind', p.prokind,
        'definition', CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END,
        'result', pg_catalog.pg_get_function_result(p.oid)) AS value
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    WHERE ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_proc', 'p.oid')}`,
    triggers: `SELECT format('%s.%s.%s', n.nspname, c.relname, t.tgname) AS key,
      jsonb_build_object('definition', pg_catalog.pg_get_triggerdef(t.oid), 'enabled', t.tgenabled) AS value
    FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT t.tgisinternal AND ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')} AND ${member('pg_class', 'c.oid')}`,
    policies: `SELECT format('%s.%s.%s', n.nspname, c.relname, p.polname) AS key, jsonb_build_object(
      'command', p.polcmd, 'permissive', p.polpermissive,
      'using', pg_catalog.pg_get_expr(p.polqual, p.polrelid), 'check', pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)) AS value
    FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .userSchema */ .vJ)('n')}`,
    comments: `SELECT pg_catalog.pg_describe_object(d.classoid, d.objoid, d.objsubid) AS key, to_jsonb(d.description) AS value
    FROM pg_catalog.pg_description d,
    LATERAL pg_catalog.pg_identify_object(d.classoid, d.objoid, d.objsubid) o
    WHERE ((o.schema IS NOT NULL AND o.schema NOT IN ('pg_catalog', 'information_schema') AND o.schema !~ '^pg_(toast|temp_)')
       OR (o.type = 'schema' AND o.identity NOT IN ('pg_catalog', 'information_schema')))
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = d.classoid AND e.objid = d.objoid AND e.deptype = 'e')`,
};
/** Reads the normalized dump of the database the client is connected to. */
async function dumpCatalog(client) {
    await client.query("SET search_path = ''");
    const dump = {};
    for (const [section, sql] of Object.entries(SECTIONS)) {
        const rows = (await client.query(sql)).rows;
        rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const out = {};
        for (const r of rows)
            out[r.key] = r.value;
        dump[section] = out;
    }
    return dump;
}
/** Differences between two dumps, one line each ('columns public.t.c: only in target'), at most `limit`. */
function compareDumps(actual, expected, limit = 20) {
    const out = [];
    for (const section of Object.keys(expected)) {
        const a = actual[section] ?? {};
        const e = expected[section] ?? {};
        for (const key of [...new Set([...Object.keys(a), ...Object.keys(e)])].sort()) {
            if (out.length >= limit)
                return out;
            if (!(key in a))
                out.push(`${section} ${key}: missing`);
            else if (!(key in e))
                out.push(`${section} ${key}: unexpected`);
            else if (JSON.stringify(a[key]) !== JSON.stringify(e[key])) {
                out.push(`${section} ${key}: ${JSON.stringify(a[key])} ≠ expected ${JSON.stringify(e[key])}`);
            }
        }
    }
    return out;
}


/***/ }),

/***/ 42089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ startMigrationsPostgres),
/* harmony export */   jc: () => (/* binding */ buildMigrationsSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_SEED_ROWS, DEFAULT_COMMAND_TIMEOUT_S */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74634);
/* harmony import */ var _postgres_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80013);
/* harmony import */ var _sources_base_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47742);
/* harmony import */ var _sources_layouts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40060);
/**
 * Settings of the migrations mode: the `migrations:` config section overridden by flags
 * (CLI) or inputs (Action) of the same names. Paths are resolved against the working directory.
 */







/** Rows given to each table the PR touches before its statements run, unless configured. */
const DEFAULT_SEED_ROWS = 10_000;
const DEFAULT_COMMAND_TIMEOUT_S = 600;
function buildMigrationsSettings(raw, flags, workingDirectory, env = {}) {
    const dir = (0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'dir') ?? raw.dir ?? defaultDir(workingDirectory);
    const baseFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'base');
    const baseVersionFlag = (0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'base-version');
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
    const pgVersion = (0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'postgres-version') ?? raw['postgres-version'];
    const command = (0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'command') ?? raw.command;
    const settings = {
        workingDirectory,
        dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workingDirectory, dir),
        base: (0,_sources_base_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBase */ .H)(baseValue ?? defaultBase, baseVersion, workingDirectory),
        databaseUrl: (0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'database-url'),
        provider: (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProvider */ .te)((0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'postgres') ?? raw.postgres),
        postgresVersion: pgVersion === undefined ? undefined : String(pgVersion),
        lintExclude: raw.lint?.exclude ?? [],
        layout: (0,_sources_layouts_js__WEBPACK_IMPORTED_MODULE_5__/* .parseLayout */ .U8)((0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'layout') ?? raw.layout),
        command,
        commandTimeoutMs: (raw['command-timeout'] ?? DEFAULT_COMMAND_TIMEOUT_S) * 1000,
        seedRows: parseSeedRows((0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'seed-rows') ?? raw['seed-rows']),
        seed: parseSeed((0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(flags, 'seed') ?? raw.seed, workingDirectory),
        probe: raw.probe ?? true,
        checkDown: raw['check-down'] ?? true,
        all: (0,_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBoolean */ .$h)(flags, 'all') ?? raw.all ?? false,
    };
    // A command alone says how migrations are applied.
    if (settings.layout === 'auto' && command)
        settings.layout = 'command';
    if (settings.layout === 'command' && !settings.command) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("migrations layout 'command' needs migrations.command (or --command): the shell command that applies the migrations, e.g. 'npx knex migrate:latest'. It runs with DATABASE_URL set to a scratch database.");
    }
    return settings;
}
/** Where the usual tools keep migrations: ./migrations, Rails/dbmate's db/migrations, Flyway's db/migration, Prisma's. */
function defaultDir(workingDirectory) {
    const candidates = ['migrations', 'db/migrations', 'db/migration', 'prisma/migrations'];
    return candidates.find((d) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workingDirectory, d))) ?? 'migrations';
}
function parseSeedRows(value) {
    if (value === undefined)
        return DEFAULT_SEED_ROWS;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 10_000_000) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`migrations seed-rows '${value}' must be a whole number from 0 (no generated rows) to 10000000.`);
    }
    return n;
}
function parseSeed(value, workingDirectory) {
    if (!value)
        return undefined;
    if (/\.sql$/i.test(value.trim()))
        return { kind: 'sql', file: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workingDirectory, value.trim()) };
    return { kind: 'command', command: value };
}
/** The PostgreSQL these settings name (a URL, Docker or embedded): the mode's and its subcommands'. */
function startMigrationsPostgres(settings, deps) {
    return (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_3__/* .startPostgres */ .CO)({
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
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40060);
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

/***/ 50643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z0: () => (/* binding */ isMigrationsSubcommand),
  CY: () => (/* binding */ loadConfiguredStats),
  e: () => (/* binding */ runMigrationsSubcommand),
  ph: () => (/* binding */ withTableSizes)
});

// UNUSED EXPORTS: MIGRATIONS_SUBCOMMANDS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: ./src/migrations/settings.ts
var migrations_settings = __webpack_require__(42089);
// EXTERNAL MODULE: ./src/migrations/subcommands/stats.ts
var stats = __webpack_require__(48198);
// EXTERNAL MODULE: ./src/schema-health/catalog.ts
var catalog = __webpack_require__(96658);
;// CONCATENATED MODULE: ./src/migrations/subcommands/table-sizes.ts

const MICROSECONDS_PER_ROW = { rewrite: 1.75, 'index-build': 0.75, scan: 0.18 };
/** 1.75 s for 89 MB: about 51 MB/s. */
const NANOSECONDS_PER_BYTE_REWRITTEN = 1.75e9 / (89 * 1024 * 1024);
const DEFAULT_SMALL_TABLE_ROWS = 10_000;
/** Rules whose statement does work proportional to the table while holding its lock. */
const WORK_BY_RULE = {
    'table-rewrite': 'rewrite',
    'changing-column-type': 'rewrite',
    'adding-field-with-default': 'rewrite',
    'adding-serial-primary-key-field': 'index-build',
    'require-concurrent-index-creation': 'index-build',
    'disallowed-unique-constraint': 'index-build',
    'adding-foreign-key-constraint': 'scan',
    'constraint-missing-not-valid': 'scan',
    'adding-not-nullable-field': 'scan',
};
/**
 * Returns a copy of the report where lock findings on tables the stats know carry
 * `data.tableRows`, `data.tableBytes` and `data.estimatedBlockMs`, sit in the order of that
 * estimate (largest first, in the slots lock findings already had), and are notices when their
 * table is small. Other findings are untouched. Pure: no I/O.
 */
function applyTableSizes(report, stats, opts = {}) {
    const small = opts.smallTableRows ?? DEFAULT_SMALL_TABLE_ROWS;
    const source = opts.source ?? 'the stats file';
    const lookup = tableLookup(stats.tables);
    const byLocation = workByLocation(report.findings);
    const sized = new Map();
    const findings = report.findings.map((f) => {
        const work = workOf(f) ?? siblingWork(f, byLocation);
        if (!work)
            return f;
        const table = largest(tablesOf(f).map(lookup));
        if (!table)
            return f;
        const estimatedMs = estimateBlockMs(work, table);
        const blocks = blockedTraffic(f);
        const size = `${table.schema}.${table.table}: ${table.rows.toLocaleString('en-US')} rows, ${(0,catalog/* formatBytes */.z3)(table.tableBytes)}`;
        const isSmall = table.rows < small;
        const severity = isSmall ? 'notice' : f.severity;
        const note = isSmall
            ? ` Downgraded to notice: at the size in ${source} (${size}), fewer than ${small.toLocaleString('en-US')} rows, the lock lasts about ${formatDuration(estimatedMs)}.`
            : ` At the size in ${source} (${size}) it would block ${blocks} for about ${formatDuration(estimatedMs)} (estimate).`;
        const out = {
            ...f,
            severity,
            message: f.message + note,
            data: {
                ...f.data,
                tableRows: table.rows,
                tableBytes: table.tableBytes,
                estimatedBlockMs: Math.round(estimatedMs),
                lockWork: work,
                ...(severity !== f.severity ? { severityBeforeTableSize: f.severity } : {}),
            },
        };
        sized.set(out, { finding: out, table, work, estimatedMs });
        return out;
    });
    // Ranked in place: lock findings trade slots among themselves, the rest keep theirs.
    const slots = findings.flatMap((f, i) => (sized.has(f) ? [i] : []));
    const ranked = slots.map((i) => sized.get(findings[i])).sort((a, b) => b.estimatedMs - a.estimatedMs);
    slots.forEach((slot, k) => (findings[slot] = ranked[k].finding));
    const result = { ...report, findings, metrics: { ...report.metrics }, tables: [...report.tables] };
    result.metrics['lock-findings-sized'] = ranked.length;
    result.metrics['lock-findings-downgraded'] = ranked.filter((s) => s.table.rows < small).length;
    result.metrics['max-estimated-block-ms'] = Math.round(ranked[0]?.estimatedMs ?? 0);
    if (ranked.length > 0) {
        result.tables.push({
            title: `Lock findings at production size (${source})`,
            columns: [
                '#',
                'Rule',
                'Table',
                'Rows',
                'Size',
                'Work under the lock',
                'Blocks',
                'Estimated',
                'Severity',
                'Where',
            ],
            rows: ranked.map((s, k) => [
                k + 1,
                s.finding.rule,
                `${s.table.schema}.${s.table.table}`,
                s.table.rows,
                (0,catalog/* formatBytes */.z3)(s.table.tableBytes),
                s.work,
                blockedTraffic(s.finding),
                formatDuration(s.estimatedMs),
                s.finding.severity,
                s.finding.location ? `${s.finding.location.file}:${s.finding.location.line ?? ''}` : '',
            ]),
        });
    }
    return result;
}
function estimateBlockMs(work, table) {
    const byRows = (table.rows * MICROSECONDS_PER_ROW[work]) / 1000;
    if (work !== 'rewrite')
        return byRows;
    return Math.max(byRows, (table.tableBytes * NANOSECONDS_PER_BYTE_REWRITTEN) / 1e6);
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(1, Math.round(ms))} ms`;
    if (ms < 120_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
    if (ms < 7_200_000)
        return `${Math.round(ms / 60_000)} min`;
    return `${(ms / 3_600_000).toFixed(1)} h`;
}
/** Table names a finding is about: lint's `table`/`tables` (as written), the runner's `public.orders`. */
function tablesOf(f) {
    const d = f.data ?? {};
    const names = [d.table, ...(Array.isArray(d.tables) ? d.tables : [])];
    return names.filter((n) => typeof n === 'string' && n !== '' && n !== '?');
}
/** `orders` matches public.orders first, then the only table of that name in any schema; `s.t` matches exactly. */
function tableLookup(tables) {
    const exact = new Map(tables.map((t) => [`${t.schema}.${t.table}`, t]));
    const byName = new Map();
    for (const t of tables)
        byName.set(t.table, [...(byName.get(t.table) ?? []), t]);
    return (name) => {
        const clean = name.replace(/"/g, '');
        if (exact.has(clean))
            return exact.get(clean);
        if (clean.includes('.'))
            return undefined;
        const candidates = byName.get(clean) ?? [];
        return exact.get(`public.${clean}`) ?? (candidates.length === 1 ? candidates[0] : undefined);
    };
}
function largest(tables) {
    return tables.reduce((a, b) => (b && (!a || b.rows > a.rows) ? b : a), undefined);
}
function locationKey(f) {
    return f.location?.line === undefined ? undefined : `${f.location.file}:${f.location.line}`;
}
/** The measured blocks-traffic finding has no statement kind: it borrows the work of a lint finding on the same line. */
function workByLocation(findings) {
    const out = new Map();
    for (const f of findings) {
        const key = locationKey(f);
        const work = workOf(f);
        if (key && work && f.rule !== 'blocks-traffic')
            out.set(key, work);
    }
    return out;
}
function siblingWork(f, byLocation) {
    if (f.rule !== 'blocks-traffic')
        return undefined;
    const key = locationKey(f);
    return key ? byLocation.get(key) : undefined;
}
/** The runner's measurements of the statement (`data.measured`), or the older flat fields. */
function measuredOf(f) {
    const m = f.data?.measured;
    return m && typeof m === 'object' ? m : (f.data ?? {});
}
/** The rule says what work its statement does; a rewrite measured on the scratch database says it too. */
function workOf(f) {
    const measuredRewrite = Array.isArray(measuredOf(f).rewrites) && measuredOf(f).rewrites.length > 0;
    if (f.data?.rewrite === true || (measuredRewrite && f.rule !== 'blocks-traffic'))
        return 'rewrite';
    return WORK_BY_RULE[f.rule];
}
/** What waits: ACCESS EXCLUSIVE stops reads too; SHARE-type locks stop writes. */
function blockedTraffic(f) {
    const d = f.data ?? {};
    const read = measuredOf(f).readBlockedMs;
    if (typeof read === 'number')
        return read > 0 ? 'reads and writes' : 'writes';
    if (f.rule === 'table-rewrite')
        return 'reads and writes';
    const lock = typeof d.lock === 'string' ? d.lock.toUpperCase() : '';
    return lock === 'ACCESS EXCLUSIVE' || lock === '' ? 'reads and writes' : 'writes';
}

;// CONCATENATED MODULE: ./src/migrations/subcommands/index.ts
/**
 * `backend-gate migrations <subcommand>`: diff (schema file → migration + rollback),
 * suggest-indexes (proven index migrations for the migrated schema) and stats (table sizes of a
 * live database). Each builds its settings from the `migrations:` section and the flags, like
 * the mode itself, and returns a Report.
 */






const MIGRATIONS_SUBCOMMANDS = ['diff', 'suggest-indexes', 'stats'];
function isMigrationsSubcommand(word) {
    return MIGRATIONS_SUBCOMMANDS.includes(word ?? '');
}
async function runMigrationsSubcommand(ctx, input) {
    const [sub, ...extra] = input.positionals;
    if (!isMigrationsSubcommand(sub)) {
        throw new errors/* ConfigurationError */.j1(`unknown migrations subcommand '${sub}'. Expected one of: ${MIGRATIONS_SUBCOMMANDS.join(', ')}. Run 'backend-gate migrations --help'.`);
    }
    if (extra.length > 0) {
        throw new errors/* ConfigurationError */.j1(`unexpected argument '${extra[0]}' for migrations ${sub}. Run 'backend-gate migrations --help'.`);
    }
    const raw = (ctx.settings.config.raw.migrations ?? {});
    const cwd = ctx.settings.workingDirectory;
    const settings = (0,migrations_settings/* buildMigrationsSettings */.jc)(raw, input.flags, cwd, ctx.env);
    ctx.redactor.addUrl(settings.databaseUrl);
    const sc = {
        ctx,
        flags: input.flags,
        raw,
        settings,
        shown: (p) => (external_node_path_default().relative(cwd, p) || '.').split((external_node_path_default()).sep).join('/'),
    };
    switch (sub) {
        case 'diff':
            return (await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 555))).runDiffSubcommand(sc);
        case 'suggest-indexes':
            return (await __webpack_require__.e(/* import() */ 288).then(__webpack_require__.bind(__webpack_require__, 39288))).runSuggestIndexesSubcommand(sc);
        case 'stats':
            return (await __webpack_require__.e(/* import() */ 390).then(__webpack_require__.bind(__webpack_require__, 97390))).runStatsSubcommand(sc);
    }
}
/** The stats file of `--stats` or `migrations.stats`, read and checked; undefined when none is set. */
async function loadConfiguredStats(ctx, flags) {
    const raw = (ctx.settings.config.raw.migrations ?? {});
    const value = (0,modes/* flagString */.w)(flags, 'stats') ?? raw.stats;
    const file = (0,stats/* statsPath */.Zf)(value, ctx.settings.workingDirectory);
    if (!file)
        return undefined;
    const source = (external_node_path_default().relative(ctx.settings.workingDirectory, file) || file).split((external_node_path_default()).sep).join('/');
    return { stats: await (0,stats/* readStatsFile */.wS)(file, source), source };
}
/** The runner's report judged by production table sizes when a stats file is configured. */
function withTableSizes(report, loaded) {
    return loaded ? applyTableSizes(report, loaded.stats, { source: loaded.source }) : report;
}


/***/ }),

/***/ 48198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ readTableSizes),
/* harmony export */   Zf: () => (/* binding */ statsPath),
/* harmony export */   h_: () => (/* binding */ writeStatsFile),
/* harmony export */   oo: () => (/* binding */ STATS_FORMAT),
/* harmony export */   p1: () => (/* binding */ topLevelTables),
/* harmony export */   wS: () => (/* binding */ readStatsFile)
/* harmony export */ });
/* unused harmony export parseStats */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);
/* harmony import */ var _schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96658);
/**
 * Table sizes of a live database, as a stats file (`backend-gate migrations stats --database-url
 * URL --output stats.json`): planner row estimates and on-disk sizes per table, read through the
 * audit's read-only session (catalog and statistics reads only, no table scan). The file lets
 * the migrations mode judge lock findings by the size the tables have in production.
 */




/** Written in every stats file: a file without it is not ours and is never overwritten. */
const STATS_FORMAT = 'backend-gate-table-stats/1';
/**
 * Partitioned tables are sized as the sum of their leaf partitions (a lock on the parent
 * reaches all of them); partitions themselves are listed too, so either name matches.
 */
const TABLE_SIZES_SQL = `
WITH sized AS (
  SELECT c.oid, n.nspname AS schema, c.relname AS table, c.relkind,
         (SELECT pn.nspname || '.' || pc.relname FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
           WHERE c.relispartition AND i.inhrelid = c.oid) AS partition_of,
         CASE WHEN c.reltuples >= 0 THEN c.reltuples ELSE coalesce(s.n_live_tup, 0) END AS rows,
         pg_catalog.pg_table_size(c.oid) AS table_bytes,
         pg_catalog.pg_indexes_size(c.oid) AS index_bytes
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
   WHERE c.relkind IN ('r', 'p', 'm') AND ${(0,_schema_health_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .inScope */ .SB)()}
)
SELECT p.schema, p.table, p.partition_of,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.rows, 0) ELSE p.rows END)::bigint::text AS rows,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.table_bytes, 0) ELSE p.table_bytes END)::text AS table_bytes,
       (CASE WHEN p.relkind = 'p' THEN coalesce(leaf.index_bytes, 0) ELSE p.index_bytes END)::text AS index_bytes
  FROM sized p
  LEFT JOIN LATERAL (
    SELECT sum(l.rows) AS rows, sum(l.table_bytes) AS table_bytes, sum(l.index_bytes) AS index_bytes
      FROM pg_catalog.pg_partition_tree(p.oid) t JOIN sized l ON l.oid = t.relid
     WHERE t.isleaf AND p.relkind = 'p'
  ) leaf ON true
 ORDER BY 1, 2`;
async function readTableSizes(db) {
    const { rows } = await db.query(TABLE_SIZES_SQL, [null]);
    return rows.map((r) => ({
        schema: r.schema,
        table: r.table,
        rows: Number(r.rows),
        tableBytes: Number(r.table_bytes),
        indexBytes: Number(r.index_bytes),
        ...(r.partition_of ? { partitionOf: r.partition_of } : {}),
    }));
}
/** Tables that are not partitions: what totals add up (a partitioned table already sums its partitions). */
function topLevelTables(tables) {
    return tables.filter((t) => !t.partitionOf);
}
/** Reads and checks a stats file; every problem is a ConfigurationError naming the file. */
async function readStatsFile(file, shown = file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`stats file '${shown}' cannot be read. Write one with 'backend-gate migrations stats --database-url URL --output ${shown}', or remove migrations.stats from the config.`);
    }
    return parseStats(text, shown);
}
function parseStats(text, shown) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`stats file is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}.`, { file: shown });
    }
    const d = data;
    if (!d || typeof d !== 'object' || d.format !== STATS_FORMAT || !Array.isArray(d.tables)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`not a backend-gate stats file (expected "format": "${STATS_FORMAT}" and a "tables" list). Write it with 'backend-gate migrations stats'.`, { file: shown });
    }
    d.tables.forEach((t, i) => {
        const ok = t &&
            typeof t.schema === 'string' &&
            typeof t.table === 'string' &&
            Number.isFinite(t.rows) &&
            Number.isFinite(t.tableBytes ?? 0) &&
            Number.isFinite(t.indexBytes ?? 0);
        if (!ok) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`tables[${i}] needs "schema" and "table" (strings) and "rows" (a number); "tableBytes" and "indexBytes" are numbers when present.`, { file: shown });
        }
    });
    return {
        ...d,
        tables: d.tables.map((t) => ({ ...t, tableBytes: t.tableBytes ?? 0, indexBytes: t.indexBytes ?? 0 })),
    };
}
/**
 * Writes the stats file. It is a snapshot meant to be refreshed, so an older stats file is
 * replaced; any other file at that path is left alone.
 */
async function writeStatsFile(file, stats, shown = file) {
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
    if (existing !== undefined) {
        let ours = false;
        try {
            ours = JSON.parse(existing).format === STATS_FORMAT;
        }
        catch {
            ours = false;
        }
        if (!ours) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`'${shown}' exists and is not a backend-gate stats file; nothing was overwritten. Pass another --output.`);
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(stats, null, 2)}\n`);
}
/** The stats file named by --stats or migrations.stats, resolved against the working directory. */
function statsPath(value, workingDirectory) {
    return value ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workingDirectory, value) : undefined;
}


/***/ })

};
