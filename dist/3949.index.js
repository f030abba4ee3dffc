export const id = 3949;
export const ids = [3949];
export const modules = {

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


/***/ })

};
