export const id = 8206;
export const ids = [8206];
export const modules = {

/***/ 38195:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 1717:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__webpack_require__(58524), exports);
__exportStar(__webpack_require__(38195), exports);


/***/ }),

/***/ 58524:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 78249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ foreignKeyWithoutIndex)
/* harmony export */ });
/* unused harmony export impliedByNotNull */
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52663);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(libpg_query__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96658);
/* harmony import */ var _index_fix_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98779);
/**
 * foreign-key-without-index: a foreign key whose referencing columns no index can serve.
 * Without one, every DELETE or key UPDATE on the referenced table scans the referencing table
 * (holding its locks meanwhile), and joins along the key scan it too.
 *
 * An index covers a foreign key only if it is valid (an INVALID leftover of a failed
 * CREATE INDEX CONCURRENTLY serves no query), its leading key columns are exactly the FK
 * columns (in any order), it is a btree (or a one-column hash), and its predicate, if partial,
 * is implied by the FK columns being NOT NULL (FK lookups never look for NULLs, so
 * `WHERE fk IS NOT NULL` covers; `WHERE deleted_at IS NULL` does not).
 */



const FOREIGN_KEYS_SQL = `
SELECT c.conname AS constraint, n.nspname AS schema, t.relname AS table, t.oid::int8 AS relid,
       c.conkey::int2[] AS conkey,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
       rn.nspname AS ref_schema, rt.relname AS ref_table,
       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_class rt ON rt.oid = c.confrelid
JOIN pg_namespace rn ON rn.oid = rt.relnamespace
WHERE c.contype = 'f'
  AND c.conparentid = 0
  AND ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .inScope */ .SB)()}
ORDER BY n.nspname, t.relname, c.conname`;
const INDEXES_SQL = `
SELECT i.indrelid::int8 AS relid, ic.relname AS name, i.indisvalid AS valid, i.indkey::int2[] AS indkey,
       i.indnkeyatts AS nkeyatts, am.amname AS am, pg_get_expr(i.indpred, i.indrelid) AS predicate
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
WHERE i.indrelid = ANY($1::oid[])
ORDER BY ic.relname`;
const foreignKeyWithoutIndex = {
    id: 'foreign-key-without-index',
    severity: 'error',
    doc: 'A foreign key has no valid index on its referencing columns: deletes and updates of the referenced rows scan the whole table.',
    async run(ctx) {
        const fks = (await ctx.db.query(FOREIGN_KEYS_SQL, [(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeParam */ .ew)(ctx)])).rows;
        if (fks.length === 0)
            return [];
        const relids = [...new Set(fks.map((f) => Number(f.relid)))];
        const indexes = (await ctx.db.query(INDEXES_SQL, [relids])).rows;
        const findings = [];
        for (const fk of fks) {
            const candidates = indexes.filter((i) => Number(i.relid) === Number(fk.relid));
            const verdicts = await Promise.all(candidates.map((i) => coverage(i, fk)));
            if (verdicts.some((v) => v.covers))
                continue;
            findings.push(toFinding(fk, ctx, candidates, verdicts));
        }
        return findings;
    },
};
async function coverage(index, fk) {
    const n = fk.conkey.length;
    const leading = index.indkey.slice(0, Math.min(n, index.nkeyatts));
    const sameColumns = leading.length === n && fk.conkey.every((k) => leading.includes(k));
    if (!sameColumns) {
        const shared = fk.conkey.filter((k) => index.indkey.slice(0, index.nkeyatts).includes(k));
        return {
            covers: false,
            why: shared.length ? `${index.name} does not start with ${fk.columns.join(', ')}` : undefined,
        };
    }
    if (!index.valid)
        return { covers: false, why: `${index.name} is INVALID (a failed CREATE INDEX CONCURRENTLY)` };
    if (!(index.am === 'btree' || (index.am === 'hash' && n === 1))) {
        return { covers: false, why: `${index.name} is a ${index.am} index` };
    }
    if (index.predicate && !(await impliedByNotNull(index.predicate, fk.columns))) {
        return { covers: false, why: `${index.name} is partial (WHERE ${index.predicate})` };
    }
    return { covers: true };
}
let parserLoaded;
/** True when the predicate is a conjunction of `col IS NOT NULL` tests on FK columns. */
async function impliedByNotNull(predicate, fkColumns) {
    await (parserLoaded ??= (0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.loadModule)());
    let where;
    try {
        const stmt = (0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.parseSync)(`SELECT 1 WHERE ${predicate}`).stmts?.[0]?.stmt;
        where = stmt?.SelectStmt?.whereClause;
    }
    catch {
        return false;
    }
    const ok = (node) => {
        if (!node)
            return false;
        if ('BoolExpr' in node) {
            const b = node.BoolExpr;
            return b.boolop === 'AND_EXPR' && (b.args ?? []).every((a) => ok(a));
        }
        if ('NullTest' in node) {
            const t = node.NullTest;
            const arg = t.arg;
            if (t.nulltesttype !== 'IS_NOT_NULL' || !arg || !('ColumnRef' in arg))
                return false;
            const fields = arg.ColumnRef.fields ?? [];
            const last = fields[fields.length - 1];
            return Boolean(last && 'String' in last && fkColumns.includes(last.String.sval ?? ''));
        }
        return false;
    };
    return ok(where);
}
function toFinding(fk, ctx, candidates, verdicts) {
    const cols = fk.columns.join(', ');
    const near = verdicts.flatMap((v) => (!v.covers && v.why ? [v.why] : []));
    const name = (0,_index_fix_js__WEBPACK_IMPORTED_MODULE_2__/* .indexNameFor */ .x5)({ schema: fk.schema, table: fk.table, columns: fk.columns });
    const on = `${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .qualify */ .Ss)(fk.schema, fk.table)} (${fk.columns.map(_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteIdent */ .v4).join(', ')})`;
    const finding = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .MH)(foreignKeyWithoutIndex, ctx, {
        schema: fk.schema,
        table: fk.table,
        columns: fk.columns,
        message: `Foreign key ${fk.table}(${cols}) → ${fk.ref_table}(${fk.ref_columns.join(', ')}) has no usable index` +
            (near.length ? ` (${near.join('; ')})` : '') +
            `: every DELETE or key UPDATE on ${fk.ref_table} scans all of ${fk.table}, and joins on ${cols} scan it too.`,
        fix: {
            description: `Add an index on ${fk.table}(${cols}); CONCURRENTLY does not block writes (run it outside a transaction block).`,
            text: `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteIdent */ .v4)(name)} ON ${on};`,
        },
        data: {
            constraint: fk.constraint,
            references: (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .display */ .Vy)(fk.ref_schema, fk.ref_table),
            indexName: name,
            indexesConsidered: candidates.map((c) => c.name),
            rollback: `DROP INDEX CONCURRENTLY IF EXISTS ${(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .qualify */ .Ss)(fk.schema, name)};`,
        },
    });
    // Point at the statement that added the foreign key when the caller knows it.
    const table = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .display */ .Vy)(fk.schema, fk.table);
    const source = ctx.sourceOf?.(`${table}(${fk.columns.join(',')})`) ?? ctx.sourceOf?.(`${table}.${fk.constraint}`);
    if (source)
        finding.location = { file: source.file, line: source.line };
    return finding;
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


/***/ }),

/***/ 68206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sO: () => (/* binding */ runSchemaHealthChecks),
  nN: () => (/* reexport */ schemaHealthChecks),
  oL: () => (/* binding */ selectChecks)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/schema-health/catalog.ts
var catalog = __webpack_require__(96658);
;// CONCATENATED MODULE: ./src/schema-health/checks/btree-index-on-array-or-boolean.ts

const btreeIndexOnArrayOrBoolean = {
    id: 'btree-index-on-array-or-boolean',
    severity: 'warning',
    doc: 'A btree index on an array column cannot answer @> / && lookups (GIN can) and fails on long arrays; one led by a boolean splits the table in two halves.',
    async run(ctx) {
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name,
              ${catalog/* INDEX_KEY_COLUMNS */.td} AS columns,
              ARRAY(SELECT a.attname::text FROM unnest(i.indkey[0:i.indnkeyatts - 1]) AS u(attnum)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum
                      JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
                     WHERE ty.typcategory = 'A') AS array_columns,
              (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[0] AND a.atttypid = 'bool'::regtype) AS leading_boolean,
              pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate
         FROM ${catalog/* INDEX_WITH_TABLE */.fA}
         JOIN pg_catalog.pg_am am ON am.oid = ic.relam AND am.amname = 'btree'
        WHERE NOT t.relispartition AND ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)('t')}
        ORDER BY 1, 2, 3`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        return rows.flatMap((r) => {
            if (r.array_columns.length === 0 && !r.leading_boolean)
                return [];
            const onArray = r.array_columns.length > 0;
            const what = onArray
                ? `array column${r.array_columns.length > 1 ? 's' : ''} ${r.array_columns.join(', ')}: it only serves whole-array equality, not @> or && (a GIN index does), and rejects arrays too large for a btree entry`
                : `boolean column ${r.leading_boolean} first: a boolean has two values, so the index rarely beats a scan; a partial index (WHERE ${r.leading_boolean}) on the rare value is smaller and faster`;
            return [
                (0,catalog/* makeFinding */.MH)(this, ctx, {
                    schema: r.schema,
                    table: r.table,
                    columns: r.columns,
                    subject: [r.name],
                    message: `Btree index ${(0,catalog/* display */.Vy)(r.schema, r.name)} on ${(0,catalog/* display */.Vy)(r.schema, r.table)} ${(0,catalog/* columnList */.hP)(r.columns)} has ${what}.`,
                    fix: {
                        description: onArray
                            ? `Replace it: CREATE INDEX CONCURRENTLY … USING gin (${r.array_columns[0]}), then DROP INDEX CONCURRENTLY ${r.name}.`
                            : `Replace it with a partial index on the rarer value, e.g. CREATE INDEX CONCURRENTLY … (${r.columns.slice(1).join(', ') || 'id'}) WHERE ${r.leading_boolean}.`,
                    },
                    data: {
                        index: r.name,
                        arrayColumns: r.array_columns,
                        booleanColumn: r.leading_boolean,
                        predicate: r.predicate,
                    },
                }),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/char-column.ts

const charColumn = {
    id: 'char-column',
    severity: 'notice',
    doc: 'A `char(n)` column pads values with spaces, compares with trailing blanks ignored and is no faster than text or varchar.',
    async run(ctx) {
        const columns = await (0,catalog/* columnsOfType */.Ro)(ctx, ['character']);
        return columns.map((c) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: c.schema,
            table: c.table,
            columns: [c.column],
            message: `Column ${(0,catalog/* display */.Vy)(c.schema, c.table)}.${c.column} is ${c.type}: values are blank-padded and trailing spaces are ignored in comparisons; text (with a CHECK on length) behaves as expected.`,
            fix: {
                description: 'Convert to text or varchar (rewrites the table; trailing spaces of existing values are stripped).',
                text: `ALTER TABLE ${(0,catalog/* qualify */.Ss)(c.schema, c.table)} ALTER COLUMN ${(0,catalog/* quoteIdent */.v4)(c.column)} TYPE text;`,
            },
            data: { column: c.column, type: c.type },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/constraint-not-valid.ts

const constraintNotValid = {
    id: 'constraint-not-valid',
    severity: 'warning',
    doc: 'A CHECK or FOREIGN KEY constraint left NOT VALID: existing rows were never checked, and the planner cannot rely on it.',
    async run(ctx) {
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, k.conname AS name,
              CASE k.contype WHEN 'f' THEN 'foreign key' WHEN 'c' THEN 'check' ELSE 'not null' END AS kind,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
              pg_catalog.pg_get_constraintdef(k.oid, true) AS definition
         FROM pg_catalog.pg_constraint k
         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT k.convalidated AND ${(0,catalog/* inScope */.SB)()}
        ORDER BY 1, 2, 3`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        return rows.map((r) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: r.schema,
            table: r.table,
            columns: r.columns ?? [],
            subject: [r.name],
            message: `The ${r.kind} constraint ${r.name} on ${(0,catalog/* display */.Vy)(r.schema, r.table)} is NOT VALID: rows that existed before it was added were never checked.`,
            fix: {
                description: 'Validate it; VALIDATE CONSTRAINT takes only a SHARE UPDATE EXCLUSIVE lock, so reads and writes go on.',
                text: `ALTER TABLE ${(0,catalog/* qualify */.Ss)(r.schema, r.table)} VALIDATE CONSTRAINT ${(0,catalog/* quoteIdent */.v4)(r.name)};`,
            },
            data: { constraint: r.name, kind: r.kind, definition: r.definition },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/duplicate-foreign-key.ts

const duplicateForeignKey = {
    id: 'duplicate-foreign-key',
    severity: 'warning',
    doc: 'Two foreign keys on the same columns to the same referenced columns: every insert and every delete on the parent is checked twice.',
    async run(ctx) {
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, k.conname AS name, k.convalidated AS validated,
              rn.nspname || '.' || rc.relname AS ref_table,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
              k.conrelid::text || ':' || k.conkey::text || ':' || k.confrelid::text || ':' || k.confkey::text AS signature
         FROM pg_catalog.pg_constraint k
         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
         JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE k.contype = 'f' AND NOT c.relispartition AND k.conparentid = 0 AND ${(0,catalog/* inScope */.SB)()}
        ORDER BY 1, 2, k.convalidated DESC, k.oid`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        // The validated, then the oldest, constraint is the one kept.
        const first = new Map();
        const findings = [];
        for (const r of rows) {
            const kept = first.get(r.signature);
            if (!kept) {
                first.set(r.signature, r);
                continue;
            }
            findings.push((0,catalog/* makeFinding */.MH)(this, ctx, {
                schema: r.schema,
                table: r.table,
                columns: r.columns,
                subject: [r.name],
                message: `Foreign key ${r.name} on ${(0,catalog/* display */.Vy)(r.schema, r.table)} ${(0,catalog/* columnList */.hP)(r.columns)} → ${r.ref_table} repeats ${kept.name}: every write is checked twice.`,
                fix: {
                    description: `Drop the repeat; ${kept.name} enforces the same rule.`,
                    text: `ALTER TABLE ${(0,catalog/* qualify */.Ss)(r.schema, r.table)} DROP CONSTRAINT ${(0,catalog/* quoteIdent */.v4)(r.name)};`,
                },
                data: { constraint: r.name, duplicateOf: kept.name, referencedTable: r.ref_table },
            }));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/duplicate-index.ts

/** Indexes are duplicates when the planner could not tell them apart (uniqueness aside). */
function signature(i) {
    return JSON.stringify([
        i.schema,
        i.table,
        i.method,
        i.keyColumns,
        i.includeColumns,
        i.opclasses,
        i.collations,
        i.options,
        i.predicate,
        i.nullsNotDistinct,
    ]);
}
/** The one to keep: the one enforcing a constraint, then a unique one, then by name. */
function keepRank(i) {
    return i.primary ? 0 : i.constraint ? 1 : i.unique ? 2 : 3;
}
const duplicateIndex = {
    id: 'duplicate-index',
    severity: 'warning',
    doc: 'Two indexes with the same columns, operator classes and predicate: the extra one only slows writes and takes space.',
    async run(ctx) {
        const groups = new Map();
        for (const index of await (0,catalog/* listIndexes */.Jx)(ctx)) {
            if (!index.valid || index.method === 'hash' || index.constraintType === 'x')
                continue;
            const key = signature(index);
            groups.set(key, [...(groups.get(key) ?? []), index]);
        }
        const findings = [];
        for (const group of groups.values()) {
            if (group.length < 2)
                continue;
            const [kept, ...extras] = [...group].sort((a, b) => keepRank(a) - keepRank(b) || a.name.localeCompare(b.name));
            for (const extra of extras) {
                const enforcing = extra.primary || extra.constraint !== null;
                findings.push((0,catalog/* makeFinding */.MH)(this, ctx, {
                    schema: extra.schema,
                    table: extra.table,
                    columns: extra.keyColumns,
                    subject: [extra.name],
                    message: `Index ${(0,catalog/* display */.Vy)(extra.schema, extra.name)} on ${(0,catalog/* display */.Vy)(extra.schema, extra.table)} ${(0,catalog/* columnList */.hP)(extra.keyColumns)} duplicates ${kept.name}; it costs ${(0,catalog/* formatBytes */.z3)(extra.bytes)} and slows every write.`,
                    fix: enforcing
                        ? {
                            description: `${extra.name} backs constraint ${extra.constraint}; drop the constraint or ${kept.name} instead, whichever nothing depends on.`,
                        }
                        : (0,catalog/* dropIndexFix */.F3)(extra, `Drop the duplicate; ${kept.name} serves the same queries.`),
                    data: { index: extra.name, duplicateOf: kept.name, bytes: extra.bytes },
                }));
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/foreign-key-type-mismatch.ts

const foreignKeyTypeMismatch = {
    id: 'foreign-key-type-mismatch',
    severity: 'warning',
    doc: 'A foreign key column whose type differs from the referenced column (int → bigint, varchar(50) → text): joins need casts, and the narrower side overflows first.',
    async run(ctx) {
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, k.conname AS name,
              rn.nspname || '.' || rc.relname AS ref_table,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
              ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS types,
              ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord) AS ref_columns,
              ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord) AS ref_types
         FROM pg_catalog.pg_constraint k
         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
         JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE k.contype = 'f' AND NOT c.relispartition AND ${(0,catalog/* inScope */.SB)()}
        ORDER BY 1, 2, 3`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        return rows.flatMap((r) => {
            const mismatched = r.columns.map((_, k) => k).filter((k) => r.types[k] !== r.ref_types[k]);
            if (mismatched.length === 0)
                return [];
            const pairs = mismatched.map((k) => `${r.columns[k]} ${r.types[k]} → ${r.ref_columns[k]} ${r.ref_types[k]}`);
            return [
                (0,catalog/* makeFinding */.MH)(this, ctx, {
                    schema: r.schema,
                    table: r.table,
                    columns: mismatched.map((k) => r.columns[k]),
                    subject: [r.name],
                    message: `Foreign key ${r.name} on ${(0,catalog/* display */.Vy)(r.schema, r.table)} has a column type that differs from ${r.ref_table}: ${pairs.join(', ')}.`,
                    fix: {
                        description: 'Give the referencing column the referenced column\u2019s type (rewrites the table when the storage changes).',
                        text: mismatched
                            .map((k) => `ALTER TABLE ${(0,catalog/* qualify */.Ss)(r.schema, r.table)} ALTER COLUMN ${(0,catalog/* quoteIdent */.v4)(r.columns[k])} TYPE ${r.ref_types[k]};`)
                            .join('\n'),
                    },
                    data: {
                        constraint: r.name,
                        referencedTable: r.ref_table,
                        types: mismatched.map((k) => r.types[k]),
                        referencedColumns: mismatched.map((k) => r.ref_columns[k]),
                        referencedTypes: mismatched.map((k) => r.ref_types[k]),
                    },
                }),
            ];
        });
    },
};

// EXTERNAL MODULE: ./src/schema-health/checks/foreign-key-without-index.ts
var foreign_key_without_index = __webpack_require__(78249);
;// CONCATENATED MODULE: ./src/schema-health/checks/identifier-at-length-limit.ts

/** NAMEDATALEN - 1: PostgreSQL silently truncates longer identifiers to this many bytes. */
const MAX_IDENTIFIER_BYTES = 63;
const identifierAtLengthLimit = {
    id: 'identifier-at-length-limit',
    severity: 'warning',
    doc: 'A name exactly 63 bytes long was most likely cut by PostgreSQL (it truncates silently): code and migrations that use the full name miss it, and two long names can collide.',
    async run(ctx) {
        const { rows } = await ctx.db.query(`SELECT * FROM (
         SELECT n.nspname AS schema, c.relname AS table,
                CASE c.relkind WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                               WHEN 'm' THEN 'materialized view' ELSE 'table' END AS kind, c.relname AS name
           FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)()}
         UNION ALL
         SELECT n.nspname, t.relname, 'index', c.relname
           FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
           JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
          WHERE ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)('t')}
         UNION ALL
         SELECT n.nspname, c.relname, 'column', a.attname
           FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped AND ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)()}
         UNION ALL
         SELECT n.nspname, c.relname, 'constraint', k.conname
           FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE ${(0,catalog/* inScope */.SB)()}
       ) names
       WHERE octet_length(name) >= ${MAX_IDENTIFIER_BYTES}
       ORDER BY 1, 2, 3, 4`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        return rows.map((r) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: r.schema,
            table: r.table,
            subject: [r.kind, r.name],
            message: `The ${r.kind} name ${r.name} on ${r.schema}.${r.table} is ${MAX_IDENTIFIER_BYTES} bytes, the most PostgreSQL keeps: a longer name was probably cut short silently.`,
            fix: {
                description: `Rename it to a name shorter than ${MAX_IDENTIFIER_BYTES} bytes that every migration and query uses as written.`,
            },
            data: { kind: r.kind, name: r.name, bytes: Buffer.byteLength(r.name) },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/integer-key-overflow-risk.ts

/** Share of the column type's range a sequence may use before the finding becomes an error. */
const DEFAULT_OVERFLOW_SHARE = 0.75;
/**
 * Integer (int2/int4) key columns, each with the sequence that feeds it (serial, identity, or a
 * nextval() default) and its last value. pg_sequences shows NULL for a sequence never used or
 * one the user may not read, so a low-privilege audit degrades to "int key" warnings.
 */
const KEYS_SQL = `
WITH feeds AS (
  SELECT d.objid AS seq, d.refobjid AS rel, d.refobjsubid AS attnum
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
   WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass
     AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
  UNION
  SELECT d.refobjid, ad.adrelid, ad.adnum
    FROM pg_catalog.pg_attrdef ad
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND d.objid = ad.oid
     AND d.refclassid = 'pg_catalog.pg_class'::regclass
    JOIN pg_catalog.pg_class s ON s.oid = d.refobjid AND s.relkind = 'S'
),
keys AS (
  SELECT k.conrelid AS rel, u.attnum, k.contype
    FROM pg_catalog.pg_constraint k, unnest(k.conkey) AS u(attnum)
   WHERE k.contype IN ('p', 'f')
)
SELECT n.nspname AS schema, c.relname AS table, a.attname AS column,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       CASE a.atttypid WHEN 'int2'::regtype THEN 32767 ELSE 2147483647 END::text AS type_max,
       EXISTS (SELECT 1 FROM keys WHERE keys.rel = c.oid AND keys.attnum = a.attnum AND keys.contype = 'p') AS is_pk,
       EXISTS (SELECT 1 FROM keys WHERE keys.rel = c.oid AND keys.attnum = a.attnum AND keys.contype = 'f') AS is_fk,
       sn.nspname AS seq_schema, s.relname AS seq_name,
       -- pg_sequences.last_value calls pg_sequence_last_value(), which takes RowExclusiveLock on
       -- the sequence; the audit promises nothing above AccessShareLock, so the value is read
       -- below with a plain SELECT from the sequence (AccessShareLock) where we may read it.
       ps.seqmax::text AS seq_max,
       CASE WHEN s.oid IS NOT NULL AND pg_catalog.has_sequence_privilege(s.oid, 'SELECT') THEN true ELSE false END AS seq_readable,
       ARRAY(SELECT rn.nspname || '.' || rc.relname || '.' || ra.attname
               FROM pg_catalog.pg_constraint f
               JOIN pg_catalog.pg_class rc ON rc.oid = f.conrelid
               JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
               JOIN pg_catalog.pg_attribute ra ON ra.attrelid = f.conrelid
                AND ra.attnum = f.conkey[array_position(f.confkey, a.attnum)]
              WHERE f.contype = 'f' AND f.confrelid = c.oid AND a.attnum = ANY(f.confkey)
              ORDER BY 1) AS referencing
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN feeds ON feeds.rel = c.oid AND feeds.attnum = a.attnum
  LEFT JOIN pg_catalog.pg_class s ON s.oid = feeds.seq
  LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
  LEFT JOIN pg_catalog.pg_sequence ps ON ps.seqrelid = s.oid
 WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
   AND a.atttypid IN ('int2'::regtype, 'int4'::regtype)
   AND (feeds.seq IS NOT NULL OR EXISTS (SELECT 1 FROM keys WHERE keys.rel = c.oid AND keys.attnum = a.attnum AND keys.contype = 'p'))
   AND ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)()}
 ORDER BY 1, 2, a.attnum`;
function createIntegerKeyOverflowRisk(options = {}) {
    const share = options.share ?? DEFAULT_OVERFLOW_SHARE;
    return {
        id: 'integer-key-overflow-risk',
        severity: 'warning',
        doc: `An int/smallint key runs out of values at 2,147,483,647 (32,767): error when its sequence has used more than ${Math.round(share * 100)}% of the range, warning for any integer primary key.`,
        async run(ctx) {
            const { rows } = await ctx.db.query(KEYS_SQL, [(0,catalog/* scopeParam */.ew)(ctx)]);
            const findings = [];
            for (const r of rows) {
                r.last_value = null;
                if (r.seq_name && r.seq_readable) {
                    const seq = await ctx.db.query(`SELECT last_value::text AS last_value, is_called FROM ${(0,catalog/* qualify */.Ss)(r.seq_schema ?? 'public', r.seq_name)}`);
                    const v = seq.rows[0];
                    if (v?.is_called)
                        r.last_value = v.last_value;
                }
                const typeMax = Number(r.type_max);
                const limit = Math.min(typeMax, r.seq_max === null ? typeMax : Number(r.seq_max));
                const last = r.last_value === null ? null : Number(r.last_value);
                const used = last === null ? null : last / limit;
                const where = `${(0,catalog/* display */.Vy)(r.schema, r.table)}.${r.column}`;
                const referencing = r.referencing ?? [];
                const widen = [
                    `ALTER TABLE ${(0,catalog/* qualify */.Ss)(r.schema, r.table)} ALTER COLUMN ${(0,catalog/* quoteIdent */.v4)(r.column)} TYPE bigint;`,
                    ...referencing.map((ref) => {
                        const [s, t, c] = ref.split('.');
                        return `ALTER TABLE ${(0,catalog/* qualify */.Ss)(s, t)} ALTER COLUMN ${(0,catalog/* quoteIdent */.v4)(c)} TYPE bigint;`;
                    }),
                    ...(r.seq_name ? [`ALTER SEQUENCE ${(0,catalog/* qualify */.Ss)(r.seq_schema ?? 'public', r.seq_name)} AS bigint;`] : []),
                ].join('\n');
                const data = {
                    column: r.column,
                    type: r.type,
                    typeMax,
                    sequence: r.seq_name ? (0,catalog/* display */.Vy)(r.seq_schema ?? '', r.seq_name) : null,
                    lastValue: last,
                    usedShare: used === null ? null : Number(used.toFixed(4)),
                    threshold: share,
                    referencing,
                };
                if (used !== null && used >= share) {
                    findings.push((0,catalog/* makeFinding */.MH)(this, ctx, {
                        schema: r.schema,
                        table: r.table,
                        columns: [r.column],
                        severity: 'error',
                        message: `${r.is_pk ? 'Primary key' : r.is_fk ? 'Foreign key' : 'Column'} ${where} (${r.type}) has used ${(used * 100).toFixed(1)}% of its range: sequence ${r.seq_name} is at ${last.toLocaleString('en-US')} of ${limit.toLocaleString('en-US')}.`,
                        fix: {
                            description: `Widen to bigint before inserts fail${referencing.length ? `, together with the ${referencing.length} referencing column(s)` : ''}. Each ALTER rewrites its table under an ACCESS EXCLUSIVE lock; on a large table add a bigint column, backfill and swap instead.`,
                            text: widen,
                        },
                        data,
                    }));
                }
                else if (r.is_pk) {
                    findings.push((0,catalog/* makeFinding */.MH)(this, ctx, {
                        schema: r.schema,
                        table: r.table,
                        columns: [r.column],
                        message: `Primary key ${where} is ${r.type}: it allows at most ${typeMax.toLocaleString('en-US')} rows over the table's life${used !== null ? ` (${(used * 100).toFixed(2)}% used)` : ''}, and widening it later rewrites the table; use bigint.`,
                        fix: {
                            description: 'Use bigint (bigint GENERATED ALWAYS AS IDENTITY) for keys; while the table is small the change is cheap.',
                            text: widen,
                        },
                        data,
                    }));
                }
            }
            return findings;
        },
    };
}
const integerKeyOverflowRisk = createIntegerKeyOverflowRisk();

;// CONCATENATED MODULE: ./src/schema-health/checks/invalid-index.ts

const invalidIndex = {
    id: 'invalid-index',
    severity: 'error',
    doc: 'An INVALID index (left by a failed CREATE INDEX CONCURRENTLY) is never used for reads but still maintained on every write.',
    async run(ctx) {
        // Indexes being built right now are invalid until the build ends; they are not leftovers.
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name,
              ${catalog/* INDEX_KEY_COLUMNS */.td} AS columns,
              pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
              pg_catalog.pg_relation_size(i.indexrelid) AS bytes
         FROM ${catalog/* INDEX_WITH_TABLE */.fA}
        WHERE NOT i.indisvalid AND ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)('t')}
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid)
        ORDER BY 1, 2, 3`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        return rows.map((r) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: r.schema,
            table: r.table,
            columns: r.columns,
            subject: [r.name],
            message: `Index ${(0,catalog/* display */.Vy)(r.schema, r.name)} on ${(0,catalog/* display */.Vy)(r.schema, r.table)} ${(0,catalog/* columnList */.hP)(r.columns)} is INVALID (a failed concurrent build): queries cannot use it, yet every write still updates it.`,
            fix: {
                description: 'Drop the leftover and build it again concurrently (each statement outside a transaction block).',
                text: `DROP INDEX CONCURRENTLY IF EXISTS ${(0,catalog/* qualify */.Ss)(r.schema, r.name)};\n` +
                    `${r.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY IF NOT EXISTS ')};`,
            },
            data: { index: r.name, bytes: Number(r.bytes), size: (0,catalog/* formatBytes */.z3)(Number(r.bytes)) },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/json-column.ts

const jsonColumn = {
    id: 'json-column',
    severity: 'notice',
    doc: 'A `json` column is re-parsed on every access and cannot be indexed with GIN or compared for equality; `jsonb` can.',
    async run(ctx) {
        const columns = await (0,catalog/* columnsOfType */.Ro)(ctx, ['json']);
        return columns.map((c) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: c.schema,
            table: c.table,
            columns: [c.column],
            message: `Column ${(0,catalog/* display */.Vy)(c.schema, c.table)}.${c.column} is json: it is parsed again on every read and has no equality or GIN index support; jsonb does.`,
            fix: {
                description: 'Convert to jsonb (rewrites the table under an ACCESS EXCLUSIVE lock; on large tables add a new column and backfill instead). jsonb drops duplicate keys and key order.',
                text: `ALTER TABLE ${(0,catalog/* qualify */.Ss)(c.schema, c.table)} ALTER COLUMN ${(0,catalog/* quoteIdent */.v4)(c.column)} TYPE jsonb USING ${(0,catalog/* quoteIdent */.v4)(c.column)}::jsonb;`,
            },
            data: { column: c.column, type: c.type },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/missing-sequence-ownership.ts

const missingSequenceOwnership = {
    id: 'missing-sequence-ownership',
    severity: 'notice',
    doc: 'A column defaults to nextval() of a sequence no column owns: dropping the table leaves the sequence behind, and type changes do not follow it.',
    async run(ctx) {
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, a.attname AS column, sn.nspname AS seq_schema, s.relname AS seq_name,
              (SELECT oc.relname::text FROM pg_catalog.pg_depend o JOIN pg_catalog.pg_class oc ON oc.oid = o.refobjid
                WHERE o.classid = 'pg_catalog.pg_class'::regclass AND o.objid = s.oid AND o.deptype IN ('a', 'i')
                  AND o.refclassid = 'pg_catalog.pg_class'::regclass LIMIT 1) AS owner_table
         FROM pg_catalog.pg_attrdef ad
         JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND d.objid = ad.oid
          AND d.refclassid = 'pg_catalog.pg_class'::regclass
         JOIN pg_catalog.pg_class s ON s.oid = d.refobjid AND s.relkind = 'S'
         JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
         JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)()}
        ORDER BY 1, 2, a.attnum`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        // A sequence shared on purpose by several tables is owned by one of them; only ownerless ones are reported.
        return rows
            .filter((r) => r.owner_table === null)
            .map((r) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: r.schema,
            table: r.table,
            columns: [r.column],
            subject: [r.seq_name],
            message: `Column ${(0,catalog/* display */.Vy)(r.schema, r.table)}.${r.column} takes its values from sequence ${(0,catalog/* display */.Vy)(r.seq_schema, r.seq_name)}, which no column owns: dropping the table leaves it behind, and pg_dump --table skips it.`,
            fix: {
                description: 'Tie the sequence to the column (catalog-only).',
                text: `ALTER SEQUENCE ${(0,catalog/* qualify */.Ss)(r.seq_schema, r.seq_name)} OWNED BY ${(0,catalog/* qualify */.Ss)(r.schema, r.table)}.${(0,catalog/* quoteIdent */.v4)(r.column)};`,
            },
            data: { column: r.column, sequence: (0,catalog/* display */.Vy)(r.seq_schema, r.seq_name) },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/money-column.ts

const moneyColumn = {
    id: 'money-column',
    severity: 'warning',
    doc: 'The `money` type has a fixed fraction that follows the lc_monetary setting and no currency: store amounts as numeric (plus a currency column).',
    async run(ctx) {
        const columns = await (0,catalog/* columnsOfType */.Ro)(ctx, ['money']);
        return columns.map((c) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: c.schema,
            table: c.table,
            columns: [c.column],
            message: `Column ${(0,catalog/* display */.Vy)(c.schema, c.table)}.${c.column} is money: its rounding and output depend on the server's lc_monetary, and it holds no currency; use numeric.`,
            fix: {
                description: 'Convert to numeric (rewrites the table); keep the currency in its own column.',
                text: `ALTER TABLE ${(0,catalog/* qualify */.Ss)(c.schema, c.table)} ALTER COLUMN ${(0,catalog/* quoteIdent */.v4)(c.column)} TYPE numeric(19, 4) USING ${(0,catalog/* quoteIdent */.v4)(c.column)}::numeric;`,
            },
            data: { column: c.column, type: c.type },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/overlapping-index.ts

function isPrefix(short, long) {
    return short.length < long.length && short.every((v, k) => v === long[k]);
}
/** `covered`'s key columns are a strict leading prefix of `wider`'s, with the same classes and predicate. */
function covers(wider, covered) {
    return (wider.schema === covered.schema &&
        wider.table === covered.table &&
        wider.valid &&
        wider.method === 'btree' &&
        wider.predicate === covered.predicate &&
        isPrefix(covered.keyColumns, wider.keyColumns) &&
        covered.opclasses.every((v, k) => v === wider.opclasses[k]) &&
        covered.collations.every((v, k) => v === wider.collations[k]) &&
        covered.options.every((v, k) => v === wider.options[k]));
}
const overlappingIndex = {
    id: 'overlapping-index',
    severity: 'warning',
    doc: 'A btree index whose columns are the leading columns of another btree index with the same predicate: the wider one serves its queries.',
    async run(ctx) {
        const btrees = (await (0,catalog/* listIndexes */.Jx)(ctx)).filter((i) => i.method === 'btree' && i.valid);
        const findings = [];
        for (const narrow of btrees) {
            // A unique or constraint index enforces something the wider index does not; INCLUDE columns may be why it exists.
            if (narrow.unique || narrow.constraint || narrow.includeColumns.length > 0)
                continue;
            const wider = btrees.find((w) => w !== narrow && covers(w, narrow));
            if (!wider)
                continue;
            findings.push((0,catalog/* makeFinding */.MH)(this, ctx, {
                schema: narrow.schema,
                table: narrow.table,
                columns: narrow.keyColumns,
                subject: [narrow.name],
                message: `Index ${(0,catalog/* display */.Vy)(narrow.schema, narrow.name)} on ${(0,catalog/* display */.Vy)(narrow.schema, narrow.table)} ${(0,catalog/* columnList */.hP)(narrow.keyColumns)} is the leading part of ${wider.name} ${(0,catalog/* columnList */.hP)(wider.keyColumns)}; it costs ${(0,catalog/* formatBytes */.z3)(narrow.bytes)} and slows every write.`,
                fix: (0,catalog/* dropIndexFix */.F3)(narrow, `Drop it; ${wider.name} answers the same lookups (slightly larger index to read).`),
                data: { index: narrow.name, coveredBy: wider.name, coveredByColumns: wider.keyColumns, bytes: narrow.bytes },
            }));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/table-with-too-many-indexes.ts

/** Above this many indexes every INSERT and non-HOT UPDATE pays noticeably (pg-index-health and pghero use similar bounds). */
const MAX_INDEXES_PER_TABLE = 10;
const tableWithTooManyIndexes = {
    id: 'table-with-too-many-indexes',
    severity: 'notice',
    doc: `A table with more than ${MAX_INDEXES_PER_TABLE} indexes: every insert updates them all, and updates lose HOT when an indexed column changes.`,
    async run(ctx) {
        const byTable = new Map();
        for (const i of await (0,catalog/* listIndexes */.Jx)(ctx)) {
            const key = `${i.schema}\u0000${i.table}`;
            byTable.set(key, [...(byTable.get(key) ?? []), i]);
        }
        const findings = [];
        for (const indexes of byTable.values()) {
            if (indexes.length <= MAX_INDEXES_PER_TABLE)
                continue;
            const { schema, table } = indexes[0];
            const bytes = indexes.reduce((s, i) => s + i.bytes, 0);
            findings.push((0,catalog/* makeFinding */.MH)(this, ctx, {
                schema,
                table,
                message: `Table ${(0,catalog/* display */.Vy)(schema, table)} has ${indexes.length} indexes (more than ${MAX_INDEXES_PER_TABLE}, ${(0,catalog/* formatBytes */.z3)(bytes)} in all): each write maintains every one of them.`,
                fix: {
                    description: 'Look for unused indexes (`backend-gate audit` on production lists them) and for indexes another one already covers, and drop them concurrently.',
                },
                data: { indexes: indexes.length, limit: MAX_INDEXES_PER_TABLE, bytes, names: indexes.map((i) => i.name) },
            }));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/table-without-primary-key.ts

const tableWithoutPrimaryKey = {
    id: 'table-without-primary-key',
    severity: 'warning',
    doc: 'A table without a primary key: rows cannot be addressed reliably, and logical replication cannot replicate its updates and deletes.',
    async run(ctx) {
        // Partitions inherit their parent's key, so only the parent is judged.
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, GREATEST(c.reltuples, 0)::float8 AS rows,
              EXISTS (SELECT 1 FROM pg_catalog.pg_index u
                       WHERE u.indrelid = c.oid AND u.indisunique AND u.indisvalid AND u.indpred IS NULL AND u.indexprs IS NULL
                         AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                                          WHERE a.attrelid = c.oid AND a.attnum = ANY(u.indkey) AND NOT a.attnotnull)) AS has_unique_not_null
         FROM pg_catalog.pg_class c
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)()}
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p')
        ORDER BY 1, 2`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        return rows.map((r) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: r.schema,
            table: r.table,
            message: `Table ${(0,catalog/* display */.Vy)(r.schema, r.table)} has no primary key${r.has_unique_not_null ? ' (it has a unique NOT NULL index that could become one)' : ''}.`,
            fix: {
                description: r.has_unique_not_null
                    ? 'Promote the unique index: ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX <index>.'
                    : 'Add a key column, e.g. ALTER TABLE … ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY (rewrites the table; plan it for a quiet moment).',
            },
            data: { estimatedRows: Number(r.rows), hasUniqueNotNullIndex: r.has_unique_not_null },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/timestamp-without-time-zone.ts

const timestampWithoutTimeZone = {
    id: 'timestamp-without-time-zone',
    severity: 'notice',
    doc: 'A `timestamp without time zone` column stores wall-clock time with no zone: the same instant reads differently per server setting; use timestamptz.',
    async run(ctx) {
        const columns = await (0,catalog/* columnsOfType */.Ro)(ctx, ['timestamp without time zone']);
        return columns.map((c) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: c.schema,
            table: c.table,
            columns: [c.column],
            message: `Column ${(0,catalog/* display */.Vy)(c.schema, c.table)}.${c.column} is ${c.type}: it records no time zone, so instants are ambiguous; timestamptz stores an absolute moment.`,
            fix: {
                description: 'With the session time zone set to the zone the values were written in (UTC here), PostgreSQL 12+ converts without rewriting the table.',
                text: `SET timezone = 'UTC';\nALTER TABLE ${(0,catalog/* qualify */.Ss)(c.schema, c.table)} ALTER COLUMN ${(0,catalog/* quoteIdent */.v4)(c.column)} TYPE timestamptz;`,
            },
            data: { column: c.column, type: c.type },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/unlogged-table.ts

const unloggedTable = {
    id: 'unlogged-table',
    severity: 'warning',
    doc: 'An UNLOGGED table is emptied after a crash and is not copied to replicas: fine for a cache, data loss for anything else.',
    async run(ctx) {
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, GREATEST(c.reltuples, 0)::float8 AS rows
         FROM pg_catalog.pg_class c
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND c.relpersistence = 'u' AND ${(0,catalog/* inScope */.SB)()} AND ${(0,catalog/* notExtensionMember */.RG)()}
        ORDER BY 1, 2`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        return rows.map((r) => (0,catalog/* makeFinding */.MH)(this, ctx, {
            schema: r.schema,
            table: r.table,
            message: `Table ${(0,catalog/* display */.Vy)(r.schema, r.table)} is UNLOGGED: it is truncated after a crash and never reaches streaming replicas or backups taken from them.`,
            fix: {
                description: 'If the data matters, make it logged (rewrites the table and writes it all to WAL).',
                text: `ALTER TABLE ${(0,catalog/* qualify */.Ss)(r.schema, r.table)} SET LOGGED;`,
            },
            data: { estimatedRows: Number(r.rows) },
        }));
    },
};

;// CONCATENATED MODULE: ./src/schema-health/checks/unnamed-constraint.ts

/**
 * Names nobody chose: `$1` (PostgreSQL before 7.3 and tools that copied it), hash names from ORMs
 * (TypeORM `FK_3f5c…`, Hibernate `FKk8h3…`). PostgreSQL's own defaults (`orders_user_id_fkey`) say
 * what they are and are fine.
 */
const GENERATED_NAME = /^(\$\d+|(PK|FK|UQ|REL|CHK|IDX)_[0-9a-f]{16,}|(FK|UK)[0-9a-z]{20,}|[0-9a-f]{24,}|SYS_C\d+)$/i;
const unnamedConstraint = {
    id: 'unnamed-constraint',
    severity: 'notice',
    doc: 'A constraint with a generated name ($1, FK_3f5c…): error messages, migrations and ignore lists cannot say which rule it is.',
    async run(ctx) {
        const { rows } = await ctx.db.query(`SELECT n.nspname AS schema, c.relname AS table, k.conname AS name,
              CASE k.contype WHEN 'p' THEN 'primary key' WHEN 'f' THEN 'foreign key' WHEN 'u' THEN 'unique'
                             WHEN 'c' THEN 'check' WHEN 'x' THEN 'exclusion' ELSE 'constraint' END AS kind,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
              pg_catalog.pg_get_constraintdef(k.oid, true) AS definition
         FROM pg_catalog.pg_constraint k
         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype IN ('p', 'f', 'u', 'c', 'x') AND NOT c.relispartition AND ${(0,catalog/* inScope */.SB)()}
        ORDER BY 1, 2, 3`, [(0,catalog/* scopeParam */.ew)(ctx)]);
        return rows
            .filter((r) => GENERATED_NAME.test(r.name))
            .map((r) => {
            const suggested = suggestName(r.table, r.columns, r.kind);
            return (0,catalog/* makeFinding */.MH)(this, ctx, {
                schema: r.schema,
                table: r.table,
                columns: r.columns,
                subject: [r.name],
                message: `The ${r.kind} constraint on ${(0,catalog/* display */.Vy)(r.schema, r.table)} (${r.definition}) has a generated name, ${r.name}: errors and migrations cannot say what it guards.`,
                fix: {
                    description: 'Rename it to say what it is (a catalog-only change, brief lock).',
                    text: `ALTER TABLE ${(0,catalog/* qualify */.Ss)(r.schema, r.table)} RENAME CONSTRAINT ${(0,catalog/* quoteIdent */.v4)(r.name)} TO ${(0,catalog/* quoteIdent */.v4)(suggested)};`,
                },
                data: { constraint: r.name, kind: r.kind, suggestedName: suggested },
            });
        });
    },
};
/** PostgreSQL's own naming: <table>_<columns>_<suffix>, cut to 63 bytes. */
function suggestName(table, columns, kind) {
    const suffix = { 'primary key': 'pkey', 'foreign key': 'fkey', unique: 'key', check: 'check', exclusion: 'excl' }[kind] ?? 'con';
    const base = [table, ...columns].join('_');
    const room = 63 - suffix.length - 1;
    return `${Buffer.from(base)
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '')}_${suffix}`;
}

;// CONCATENATED MODULE: ./src/schema-health/checks/index.ts



















const schemaHealthChecks = [
    foreign_key_without_index/* foreignKeyWithoutIndex */.g,
    invalidIndex,
    duplicateIndex,
    overlappingIndex,
    btreeIndexOnArrayOrBoolean,
    tableWithTooManyIndexes,
    tableWithoutPrimaryKey,
    constraintNotValid,
    duplicateForeignKey,
    foreignKeyTypeMismatch,
    integerKeyOverflowRisk,
    missingSequenceOwnership,
    unnamedConstraint,
    identifierAtLengthLimit,
    unloggedTable,
    timestampWithoutTimeZone,
    jsonColumn,
    moneyColumn,
    charColumn,
];

;// CONCATENATED MODULE: ./src/schema-health/index.ts
/**
 * Runs the schema-health checks against one database. Used by the migrations mode (scratch
 * database after the PR's migrations) and the audit mode (a live database, read-only).
 */




function selectChecks(opts = {}) {
    const known = new Set(schemaHealthChecks.map((c) => c.id));
    for (const id of [...(opts.only ?? []), ...(opts.skip ?? [])]) {
        if (!known.has(id)) {
            throw new errors/* ConfigurationError */.j1(`unknown schema-health check '${id}'. Known checks: ${[...known].join(', ')}.`);
        }
    }
    return schemaHealthChecks.filter((c) => (!opts.only || opts.only.length === 0 || opts.only.includes(c.id)) && !opts.skip?.includes(c.id));
}
/**
 * Runs the checks, one after another on each session (ctx.db and opts.sessions), sharing the
 * catalog reads several of them need. Findings come in registry order whatever ran first.
 */
async function runSchemaHealthChecks(ctx, opts = {}) {
    const checks = selectChecks(opts);
    if (checks.length === 0 || !(await (0,catalog/* anyRelationInScope */.I8)(ctx)))
        return [];
    const shared = ctx.shared ?? new Map();
    const found = new Array(checks.length);
    let next = 0;
    const settled = await Promise.allSettled([ctx.db, ...(opts.sessions ?? [])].map(async (db) => {
        while (next < checks.length) {
            const i = next++;
            try {
                found[i] = await checks[i].run({ ...ctx, db, shared });
            }
            catch (e) {
                next = checks.length; // the other sessions stop after their current check
                throw e;
            }
        }
    }));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return found.flat();
}


/***/ }),

/***/ 52663:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * DO NOT MODIFY MANUALLY — this is generated from the templates dir
 *
 * To make changes, edit the files in the templates/ directory and run:
 * npm run copy:templates
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
exports.hasSqlDetails = hasSqlDetails;
exports.formatSqlError = formatSqlError;
exports.loadModule = loadModule;
exports.parseSync = parseSync;
exports.parsePlPgSQLSync = parsePlPgSQLSync;
exports.fingerprintSync = fingerprintSync;
exports.normalizeSync = normalizeSync;
exports.scanSync = scanSync;
__exportStar(__webpack_require__(1717), exports);
class SqlError extends Error {
    sqlDetails;
    constructor(message, details) {
        super(message);
        this.name = 'SqlError';
        this.sqlDetails = details;
    }
}
exports.SqlError = SqlError;
function hasSqlDetails(error) {
    return error instanceof SqlError && error.sqlDetails !== undefined;
}
function formatSqlError(error, query, options = {}) {
    const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
    const lines = [];
    // ANSI color codes
    const red = color ? '\x1b[31m' : '';
    const yellow = color ? '\x1b[33m' : '';
    const reset = color ? '\x1b[0m' : '';
    // Add error message
    lines.push(`${red}Error: ${error.message}${reset}`);
    // Add SQL details if available
    if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== undefined && cursorPosition >= 0) {
            lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
            const details = [];
            if (fileName)
                details.push(`file: ${fileName}`);
            if (functionName)
                details.push(`function: ${functionName}`);
            if (lineNumber)
                details.push(`line: ${lineNumber}`);
            lines.push(`Source: ${details.join(', ')}`);
        }
        // Show query with position marker
        if (showQuery && showPosition && cursorPosition !== undefined && cursorPosition >= 0) {
            let displayQuery = query;
            let adjustedPosition = cursorPosition;
            // Truncate if needed
            if (maxQueryLength && query.length > maxQueryLength) {
                const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
                const end = Math.min(query.length, start + maxQueryLength);
                displayQuery = (start > 0 ? '...' : '') +
                    query.substring(start, end) +
                    (end < query.length ? '...' : '');
                // Adjust cursor position for truncation
                adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
            }
            lines.push(displayQuery);
            lines.push(' '.repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
    }
    else if (showQuery) {
        // No SQL details, just show the query if requested
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
            displayQuery = query.substring(0, maxQueryLength) + '...';
        }
        lines.push(`Query: ${displayQuery}`);
    }
    return lines.join('\n');
}
// @ts-ignore
const libpg_query_js_1 = __importDefault(__webpack_require__(14955));
let wasmModule;
const initPromise = (0, libpg_query_js_1.default)().then((module) => {
    wasmModule = module;
});
function ensureLoaded() {
    if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
}
async function loadModule() {
    if (!wasmModule) {
        await initPromise;
    }
}
function awaitInit(fn) {
    return (async (...args) => {
        await initPromise;
        return fn(...args);
    });
}
function stringToPtr(str) {
    ensureLoaded();
    if (typeof str !== 'string') {
        throw new TypeError(`Expected a string, got ${typeof str}`);
    }
    const len = wasmModule.lengthBytesUTF8(str) + 1;
    const ptr = wasmModule._malloc(len);
    try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
    }
    catch (error) {
        wasmModule._free(ptr);
        throw error;
    }
}
function ptrToString(ptr) {
    ensureLoaded();
    if (typeof ptr !== 'number') {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
    }
    return wasmModule.UTF8ToString(ptr);
}
exports.parse = awaitInit(async (query) => {
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
});
exports.parsePlPgSQL = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.fingerprint = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.normalize = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
// Sync versions
function parseSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
}
function parsePlPgSQLSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function fingerprintSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function normalizeSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
exports.scan = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
function scanSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}


/***/ })

};
