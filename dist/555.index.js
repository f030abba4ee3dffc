export const id = 555;
export const ids = [555];
export const modules = {

/***/ 555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiffSubcommand: () => (/* binding */ runDiffSubcommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/postgres/index.ts + 6 modules
var postgres = __webpack_require__(74880);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/migrations/lint/index.ts + 45 modules
var migrations_lint = __webpack_require__(44963);
// EXTERNAL MODULE: ./src/migrations/sources/files.ts
var files = __webpack_require__(7636);
;// CONCATENATED MODULE: ./src/migrations/schemadiff/apply.ts
/**
 * Runs a SQL file statement by statement in autocommit, the way a no-transaction migration
 * runs: one simple-query string with several statements would be an implicit transaction, in
 * which CREATE INDEX CONCURRENTLY fails.
 */


/** A statement of a file failed: where, and PostgreSQL's message. */
class StatementError extends Error {
    file;
    line;
    statement;
    reason;
    constructor(file, line, statement, reason) {
        super(`${file}:${line}: ${reason}`);
        this.file = file;
        this.line = line;
        this.statement = statement;
        this.reason = reason;
        this.name = 'StatementError';
    }
}
async function applySql(url, sql, file) {
    const statements = await (0,migrations_lint/* splitStatements */.Xd)(sql);
    await (0,postgres/* withClient */.SV)(url, async (client) => {
        for (const s of statements) {
            try {
                await client.query(s.text);
            }
            catch (e) {
                throw new StatementError(file, s.startLine, s.text, e instanceof Error ? e.message : String(e));
            }
        }
    });
}

// EXTERNAL MODULE: ./src/migrations/schemadiff/catalog.ts
var catalog = __webpack_require__(76044);
;// CONCATENATED MODULE: ./src/migrations/schemadiff/plan.ts
/**
 * Turns two catalogs into ordered DDL that changes the first into the second. The same function
 * writes the rollback (planChanges(target, current)), so both directions get the same safe forms
 * and the same ordering, and verification exercises both.
 *
 * Order, in phases: drop what depends on things that change (views, triggers, foreign keys,
 * constraints, indexes) → create schemas, extensions, types, sequences, routines, tables →
 * alter columns → add constraints (NOT VALID, then VALIDATE) and indexes (CONCURRENTLY) →
 * create views and triggers → drop what the target no longer has → comments.
 */

const PHASES = [
    'drop-views',
    'drop-triggers',
    'drop-foreign-keys',
    'drop-constraints',
    'drop-indexes',
    'create-schemas',
    'extensions',
    'types',
    'sequences',
    'drop-changed-routines',
    'routines',
    'create-tables',
    'release-columns',
    'drop-columns',
    'add-columns',
    'column-types',
    'column-defaults',
    'column-nullability',
    'column-identity',
    'sequence-ownership',
    'add-constraints',
    'add-foreign-keys',
    'validate-constraints',
    'create-indexes',
    'create-views',
    'create-view-indexes',
    'create-triggers',
    'drop-tables',
    'drop-routines',
    'drop-sequences',
    'drop-types',
    'drop-extensions',
    'drop-schemas',
    'comments',
];
function planChanges(from, to) {
    const p = { from, to, steps: [], created: new Set() };
    const changedTables = planTablesAndColumns(p);
    planEnums(p, changedTables);
    const rebuiltRoutines = planRoutines(p);
    const rebuiltViews = planViews(p, changedTables, rebuiltRoutines);
    planConstraints(p);
    planIndexes(p, rebuiltViews);
    planTriggers(p, rebuiltViews, rebuiltRoutines);
    planSequences(p);
    planSchemasAndExtensions(p);
    planComments(p);
    const order = new Map(PHASES.map((ph, i) => [ph, i]));
    // Stable: within a phase the insertion order (dependency order where it matters) is kept.
    return p.steps
        .map((s, i) => ({ s, i }))
        .sort((a, b) => order.get(a.s.phase) - order.get(b.s.phase) || a.i - b.i)
        .map((x) => x.s);
}
function add(p, step) {
    p.steps.push(step);
}
/** Unquoted name of a quoted identifier ('"Order"' → 'Order'). */
function unquote(q) {
    return q.startsWith('"') ? q.slice(1, -1).replace(/""/g, '"') : q;
}
/** The last part of a qualified quoted name, unquoted (public.t → t). */
function baseName(q) {
    const m = /(?:^|\.)("(?:[^"]|"")*"|[^."]+)$/.exec(q);
    return unquote(m ? m[1] : q);
}
function quoteIdent(name) {
    return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function literal(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
/** An identifier of at most 63 bytes (PostgreSQL truncates longer ones silently). */
function shortName(name) {
    let out = name;
    while (Buffer.byteLength(out) > 63)
        out = out.slice(0, -1);
    return out;
}
function display(q) {
    return q.replace(/"/g, '');
}
// ── tables and columns ──────────────────────────────────────────────────────────────────
function columnDefinition(c) {
    let s = `${c.q} ${c.type}`;
    if (c.collation)
        s += ` COLLATE ${c.collation}`;
    if (c.generated)
        s += ` GENERATED ALWAYS AS (${c.default}) ${c.generated === 'v' ? 'VIRTUAL' : 'STORED'}`;
    else if (c.identity)
        s += ` GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`;
    else if (c.default !== undefined)
        s += ` DEFAULT ${c.default}`;
    if (c.notNull)
        s += ' NOT NULL';
    return s;
}
/** Tables whose columns change in a way views reading them cannot survive (type, drop, re-add). */
function planTablesAndColumns(p) {
    const { from, to } = p;
    const changed = new Set();
    for (const t of to.tables.values()) {
        const old = from.tables.get(t.q);
        if (!old) {
            const cols = [...t.columns.values()].map((c) => `    ${columnDefinition(c)}`);
            add(p, {
                phase: 'create-tables',
                kind: 'table',
                subject: display(t.q),
                sql: `CREATE ${t.persistence === 'u' ? 'UNLOGGED ' : ''}TABLE ${t.q} (${cols.length ? `\n${cols.join(',\n')}\n` : ''})`,
            });
            p.created.add(t.q);
            continue;
        }
        if (old.persistence !== t.persistence) {
            add(p, {
                phase: 'column-types',
                kind: 'table',
                subject: display(t.q),
                sql: `ALTER TABLE ${t.q} SET ${t.persistence === 'u' ? 'UNLOGGED' : 'LOGGED'}`,
                blocks: `rewrites ${display(t.q)} under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole copy`,
            });
        }
        for (const c of t.columns.values()) {
            const oc = old.columns.get(c.q);
            if (!oc) {
                addColumn(p, t, c);
                continue;
            }
            if (planColumnChange(p, t, oc, c))
                changed.add(t.q);
        }
        for (const oc of old.columns.values()) {
            if (t.columns.has(oc.q))
                continue;
            changed.add(t.q);
            add(p, {
                phase: 'drop-columns',
                kind: 'column',
                subject: `${display(t.q)}.${unquote(oc.q)}`,
                sql: `ALTER TABLE ${t.q} DROP COLUMN ${oc.q}`,
                destructive: `drops column ${display(t.q)}.${unquote(oc.q)} and its data`,
            });
        }
    }
    for (const t of from.tables.values()) {
        if (to.tables.has(t.q))
            continue;
        changed.add(t.q);
        add(p, {
            phase: 'drop-tables',
            kind: 'table',
            subject: display(t.q),
            sql: `DROP TABLE ${t.q}`,
            destructive: `drops table ${display(t.q)} and its data`,
        });
    }
    return changed;
}
function addColumn(p, t, c) {
    add(p, {
        phase: 'add-columns',
        kind: 'column',
        subject: `${display(t.q)}.${unquote(c.q)}`,
        sql: `ALTER TABLE ${t.q} ADD COLUMN ${columnDefinition(c)}`,
    });
    p.created.add(`COLUMN ${t.q}.${c.q}`);
}
/** Plans the ALTER COLUMN steps; returns true when the column is retyped or re-created. */
function planColumnChange(p, t, oc, c) {
    const subject = `${display(t.q)}.${unquote(c.q)}`;
    const alter = (phase, action, extra = {}) => add(p, { phase, kind: 'column', subject, sql: `ALTER TABLE ${t.q} ALTER COLUMN ${c.q} ${action}`, ...extra });
    const generationChanged = oc.generated !== c.generated || (c.generated && oc.default !== c.default);
    if (generationChanged) {
        if (oc.generated === 's' && !c.generated && oc.type === c.type) {
            // A stored generated column keeps its values as a plain column.
            alter('release-columns', 'DROP EXPRESSION');
            planPlainColumnChange(p, t, { ...oc, generated: '', default: undefined }, c, alter);
            return false;
        }
        // Any other change of generation is a new column: the values are recomputed (or lost).
        add(p, {
            phase: 'drop-columns',
            kind: 'column',
            subject,
            sql: `ALTER TABLE ${t.q} DROP COLUMN ${oc.q}`,
            destructive: c.generated
                ? undefined
                : `re-creates column ${subject} as a plain column: its generated values are dropped`,
            note: 'The column is re-created: PostgreSQL cannot turn a plain column into a generated one in place.',
        });
        addColumn(p, t, c);
        return true;
    }
    return planPlainColumnChange(p, t, oc, c, alter);
}
function planPlainColumnChange(p, t, oc, c, alter) {
    const typeChanged = oc.type !== c.type || oc.collation !== c.collation;
    const defaultChanged = !c.generated && oc.default !== c.default;
    if (oc.default !== undefined && !oc.generated && (defaultChanged || typeChanged)) {
        alter('release-columns', 'DROP DEFAULT');
    }
    if (oc.identity && oc.identity !== c.identity && !c.identity)
        alter('release-columns', 'DROP IDENTITY');
    if (typeChanged) {
        const collate = c.collation ? ` COLLATE ${c.collation}` : '';
        alter('column-types', `TYPE ${c.type}${collate} USING ${c.q}::${c.type}`);
    }
    if (c.default !== undefined && !c.generated && (defaultChanged || typeChanged)) {
        alter('column-defaults', `SET DEFAULT ${c.default}`);
    }
    if (oc.notNull && !c.notNull)
        alter('column-nullability', 'DROP NOT NULL');
    if (!oc.notNull && c.notNull && !(c.identity && !oc.identity))
        setNotNullSafely(p, t, c);
    if (c.identity && !oc.identity) {
        alter('column-identity', `ADD GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
    }
    else if (c.identity && oc.identity !== c.identity) {
        alter('column-identity', `SET GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'}`);
    }
    return typeChanged;
}
/** NOT NULL without a long ACCESS EXCLUSIVE scan: CHECK NOT VALID → VALIDATE → SET NOT NULL → drop the CHECK. */
function setNotNullSafely(p, t, c) {
    const subject = `${display(t.q)}.${unquote(c.q)}`;
    const check = quoteIdent(shortName(`${baseName(t.q)}_${unquote(c.q)}_not_null_check`));
    const base = { phase: 'column-nullability', kind: 'column', subject };
    add(p, {
        ...base,
        sql: `ALTER TABLE ${t.q} ADD CONSTRAINT ${check} CHECK (${c.q} IS NOT NULL) NOT VALID`,
        note: `NOT NULL in four steps: only VALIDATE scans the table, under a lock that lets reads and writes through.`,
    });
    add(p, { ...base, sql: `ALTER TABLE ${t.q} VALIDATE CONSTRAINT ${check}` });
    add(p, { ...base, sql: `ALTER TABLE ${t.q} ALTER COLUMN ${c.q} SET NOT NULL` });
    add(p, { ...base, sql: `ALTER TABLE ${t.q} DROP CONSTRAINT ${check}` });
}
// ── enums ───────────────────────────────────────────────────────────────────────────────
/** True when every label of `from` is in `to`, in the same order: ADD VALUE can get there. */
function onlyAdded(from, to) {
    let i = 0;
    for (const label of to)
        if (label === from[i])
            i++;
    return i === from.length;
}
function planEnums(p, changedTables) {
    const { from, to } = p;
    for (const e of to.enums.values()) {
        const old = from.enums.get(e.q);
        if (!old) {
            add(p, {
                phase: 'types',
                kind: 'type',
                subject: display(e.q),
                sql: `CREATE TYPE ${e.q} AS ENUM (${e.labels.map(literal).join(', ')})`,
            });
            p.created.add(`TYPE ${e.q}`);
            continue;
        }
        if (old.labels.join('\u0000') === e.labels.join('\u0000'))
            continue;
        if (onlyAdded(old.labels, e.labels)) {
            const present = new Set(old.labels);
            e.labels.forEach((label, i) => {
                if (present.has(label))
                    return;
                const next = e.labels.slice(i + 1).find((l) => present.has(l));
                // Always placed explicitly: the position is part of the type (ORDER BY, comparisons).
                const where = next !== undefined ? ` BEFORE ${literal(next)}` : i > 0 ? ` AFTER ${literal(e.labels[i - 1])}` : '';
                add(p, {
                    phase: 'types',
                    kind: 'enum-value',
                    subject: `${display(e.q)}.${label}`,
                    sql: `ALTER TYPE ${e.q} ADD VALUE ${literal(label)}${where}`,
                    irreversible: `enum value '${label}' of ${display(e.q)} cannot be removed again: the rollback has to re-create the type, which fails while any row uses the value`,
                    note: `ADD VALUE cannot be undone: the rollback re-creates ${display(e.q)}. A new value cannot be used in the transaction that adds it.`,
                });
                present.add(label);
            });
            continue;
        }
        recreateEnum(p, old, e, changedTables);
    }
    for (const e of from.enums.values()) {
        if (to.enums.has(e.q))
            continue;
        add(p, {
            phase: 'drop-types',
            kind: 'type',
            subject: display(e.q),
            sql: `DROP TYPE ${e.q}`,
            destructive: `drops type ${display(e.q)}`,
        });
    }
}
/** Removing or reordering enum labels: rename the old type, create the new one, move every column over. */
function recreateEnum(p, old, e, changedTables) {
    const { from, to } = p;
    const removed = old.labels.filter((l) => !e.labels.includes(l));
    const oldName = quoteIdent(shortName(`${baseName(e.q)}__old`));
    const schema = e.q.slice(0, e.q.length - quoteIdent(baseName(e.q)).length - 1);
    const base = { phase: 'types', kind: 'type', subject: display(e.q) };
    add(p, {
        ...base,
        sql: `ALTER TYPE ${e.q} RENAME TO ${oldName}`,
        note: `Enum values cannot be removed or reordered in place: ${display(e.q)} is re-created and its columns converted. ` +
            `This fails if a row still uses ${removed.length ? removed.map((l) => `'${l}'`).join(', ') : 'a moved value'}.`,
        destructive: removed.length
            ? `removes value(s) ${removed.map((l) => `'${l}'`).join(', ')} from ${display(e.q)}`
            : undefined,
    });
    add(p, { ...base, sql: `CREATE TYPE ${e.q} AS ENUM (${e.labels.map(literal).join(', ')})` });
    for (const t of from.tables.values()) {
        const target = to.tables.get(t.q);
        if (!target)
            continue;
        for (const c of t.columns.values()) {
            const array = c.type === `${e.q}[]`;
            if (c.type !== e.q && !array)
                continue;
            const tc = target.columns.get(c.q);
            if (!tc || tc.type !== c.type)
                continue;
            changedTables.add(t.q);
            const col = { ...base, kind: 'column', subject: `${display(t.q)}.${unquote(c.q)}` };
            if (c.default !== undefined)
                add(p, { ...col, sql: `ALTER TABLE ${t.q} ALTER COLUMN ${c.q} DROP DEFAULT` });
            add(p, {
                ...col,
                sql: `ALTER TABLE ${t.q} ALTER COLUMN ${c.q} TYPE ${c.type} USING ${c.q}::text${array ? '[]' : ''}::${c.type}`,
            });
            if (tc.default !== undefined && c.default === tc.default) {
                add(p, { ...col, sql: `ALTER TABLE ${t.q} ALTER COLUMN ${c.q} SET DEFAULT ${tc.default}` });
            }
        }
    }
    add(p, { ...base, sql: `DROP TYPE ${schema}.${oldName}` });
}
// ── routines ────────────────────────────────────────────────────────────────────────────
function routineSql(r) {
    return r.def.trimEnd();
}
/** Returns the routines that are dropped and created again (their dependents must follow). */
function planRoutines(p) {
    const { from, to } = p;
    const rebuilt = new Set();
    for (const r of to.routines.values()) {
        const old = from.routines.get(r.key);
        const keyword = (0,catalog/* routineKeyword */.Kj)(r.kind);
        if (old && old.def === r.def)
            continue;
        if (old && (old.args !== r.args || old.result !== r.result || old.kind !== r.kind)) {
            rebuilt.add(r.key);
            add(p, {
                phase: 'drop-changed-routines',
                kind: 'routine',
                subject: r.key,
                sql: `DROP ${(0,catalog/* routineKeyword */.Kj)(old.kind)} ${r.key}`,
                note: 'Its arguments or result type change, which CREATE OR REPLACE cannot do.',
            });
        }
        add(p, { phase: 'routines', kind: 'routine', subject: r.key, sql: routineSql(r) });
        if (!old || rebuilt.has(r.key))
            p.created.add(`${keyword} ${r.key}`);
    }
    for (const r of from.routines.values()) {
        if (to.routines.has(r.key))
            continue;
        add(p, {
            phase: 'drop-routines',
            kind: 'routine',
            subject: r.key,
            sql: `DROP ${(0,catalog/* routineKeyword */.Kj)(r.kind)} ${r.key}`,
            destructive: `drops ${(0,catalog/* routineKeyword */.Kj)(r.kind).toLowerCase()} ${r.key}`,
        });
    }
    return rebuilt;
}
// ── views ───────────────────────────────────────────────────────────────────────────────
function viewChanged(a, b) {
    return a.kind !== b.kind || a.def !== b.def || a.options.join(',') !== b.options.join(',');
}
/** Views in dependency order (what a view reads comes first). */
function viewOrder(views, subset) {
    const out = [];
    const seen = new Set();
    const visit = (q) => {
        if (seen.has(q) || !subset.has(q))
            return;
        seen.add(q);
        const v = views.get(q);
        for (const d of [...v.dependsOn].sort())
            visit(d);
        out.push(v);
    };
    for (const q of [...subset].sort())
        visit(q);
    return out;
}
function planViews(p, changedTables, rebuiltRoutines) {
    const { from, to } = p;
    // A view is dropped when it goes, changes, or reads something that is re-created or retyped.
    const drop = new Set();
    for (const v of from.views.values()) {
        const target = to.views.get(v.q);
        if (!target || viewChanged(v, target))
            drop.add(v.q);
    }
    const removedRoutines = new Set([...from.routines.keys()].filter((k) => !to.routines.has(k)));
    const recreatedTypes = new Set([...p.steps].filter((s) => s.kind === 'type' && s.sql.includes(' RENAME TO ')).map((s) => s.subject));
    let grew = true;
    while (grew) {
        grew = false;
        for (const v of from.views.values()) {
            if (drop.has(v.q))
                continue;
            for (const d of v.dependsOn) {
                if (drop.has(d) ||
                    changedTables.has(d) ||
                    rebuiltRoutines.has(d) ||
                    removedRoutines.has(d) ||
                    recreatedTypes.has(display(d))) {
                    drop.add(v.q);
                    grew = true;
                    break;
                }
            }
        }
    }
    for (const v of viewOrder(from.views, drop).reverse()) {
        add(p, {
            phase: 'drop-views',
            kind: v.kind === 'm' ? 'materialized view' : 'view',
            subject: display(v.q),
            sql: `DROP ${(0,catalog/* viewKeyword */.vY)(v.kind)} ${v.q}`,
            destructive: to.views.has(v.q) ? undefined : `drops ${(0,catalog/* viewKeyword */.vY)(v.kind).toLowerCase()} ${display(v.q)}`,
            note: to.views.has(v.q) ? 'Re-created below: it reads something this migration changes.' : undefined,
        });
    }
    const create = new Set([...to.views.keys()].filter((q) => !from.views.has(q) || drop.has(q)));
    for (const v of viewOrder(to.views, create)) {
        const options = v.options.length ? ` WITH (${v.options.join(', ')})` : '';
        const body = v.def.trim().replace(/;$/, '');
        add(p, {
            phase: 'create-views',
            kind: v.kind === 'm' ? 'materialized view' : 'view',
            subject: display(v.q),
            sql: `CREATE ${(0,catalog/* viewKeyword */.vY)(v.kind)} ${v.q}${options} AS\n${body}${v.kind === 'm' ? '\nWITH DATA' : ''}`,
        });
        p.created.add(v.q);
        p.created.add(`${(0,catalog/* viewKeyword */.vY)(v.kind)} ${v.q}`);
    }
    return create;
}
// ── constraints ─────────────────────────────────────────────────────────────────────────
function constraintChanged(a, b) {
    return a.type !== b.type || a.def !== b.def || a.indexDef !== b.indexDef || (a.validated && !b.validated);
}
function planConstraints(p) {
    const { from, to } = p;
    const dropped = new Set(); // `name ON table` of constraints dropped
    // Unique and primary keys that go or change: foreign keys pointing at their table are rebuilt.
    const keyChangedTables = new Set();
    for (const t of from.tables.values()) {
        const target = to.tables.get(t.q);
        for (const c of t.constraints.values()) {
            const tc = target?.constraints.get(c.q);
            if ((c.type === 'p' || c.type === 'u') && (!tc || constraintChanged(c, tc)))
                keyChangedTables.add(t.q);
        }
    }
    for (const t of from.tables.values()) {
        const target = to.tables.get(t.q);
        for (const c of t.constraints.values()) {
            const tc = target?.constraints.get(c.q);
            const rebuildFk = c.type === 'f' && c.references !== undefined && keyChangedTables.has(c.references);
            if (tc && !constraintChanged(c, tc) && !rebuildFk)
                continue;
            // A dropped table takes its constraints along, except foreign keys other dropped tables point at.
            if (!target && c.type !== 'f')
                continue;
            dropped.add((0,catalog/* onTable */.kJ)(c.q, t.q));
            add(p, {
                phase: c.type === 'f' ? 'drop-foreign-keys' : 'drop-constraints',
                kind: 'constraint',
                subject: `${display(t.q)}.${unquote(c.q)}`,
                sql: `ALTER TABLE ${t.q} DROP CONSTRAINT ${c.q}`,
                destructive: tc || !target
                    ? undefined
                    : `drops constraint ${unquote(c.q)} on ${display(t.q)}: the rule it enforced is gone`,
            });
        }
    }
    for (const t of to.tables.values()) {
        const old = from.tables.get(t.q);
        for (const c of t.constraints.values()) {
            const oc = old?.constraints.get(c.q);
            if (oc && !dropped.has((0,catalog/* onTable */.kJ)(c.q, t.q))) {
                if (!oc.validated && c.validated)
                    validate(p, t.q, c);
                continue;
            }
            addConstraint(p, t.q, c, old !== undefined);
        }
    }
}
function validate(p, table, c) {
    add(p, {
        phase: 'validate-constraints',
        kind: 'constraint',
        subject: `${display(table)}.${unquote(c.q)}`,
        sql: `ALTER TABLE ${table} VALIDATE CONSTRAINT ${c.q}`,
    });
}
function deferrability(c) {
    return c.deferrable ? ` DEFERRABLE INITIALLY ${c.deferred ? 'DEFERRED' : 'IMMEDIATE'}` : '';
}
function addConstraint(p, table, c, tableExisted) {
    const subject = `${display(table)}.${unquote(c.q)}`;
    const base = { kind: 'constraint', subject };
    p.created.add(`CONSTRAINT ${(0,catalog/* onTable */.kJ)(c.q, table)}`);
    const phase = c.type === 'f' ? 'add-foreign-keys' : 'add-constraints';
    if (!tableExisted) {
        add(p, {
            ...base,
            phase,
            sql: `ALTER TABLE ${table} ADD CONSTRAINT ${c.q} ${c.def}${c.validated ? '' : ' NOT VALID'}`,
        });
        return;
    }
    if ((c.type === 'p' || c.type === 'u') && c.indexDef && usableAsConstraintIndex(c.indexDef)) {
        // Build the unique index without blocking writes, then attach it: the ALTER is a catalog change.
        add(p, {
            ...base,
            phase,
            sql: concurrently(c.indexDef),
            concurrent: true,
            note: 'The unique index is built first, without blocking writes; the constraint then takes it over.',
        });
        add(p, {
            ...base,
            phase,
            sql: `ALTER TABLE ${table} ADD CONSTRAINT ${c.q} ${c.type === 'p' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${c.q}${deferrability(c)}`,
        });
        return;
    }
    if (c.type === 'c' || c.type === 'f') {
        add(p, { ...base, phase, sql: `ALTER TABLE ${table} ADD CONSTRAINT ${c.q} ${c.def} NOT VALID` });
        if (c.validated)
            validate(p, table, c);
        return;
    }
    add(p, {
        ...base,
        phase,
        sql: `ALTER TABLE ${table} ADD CONSTRAINT ${c.q} ${c.def}`,
        blocks: c.type === 'x'
            ? `the exclusion constraint builds its index on ${display(table)} under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build`
            : `this key cannot be attached to a concurrently built index: ${display(table)} is locked while its index builds`,
    });
}
/** ADD CONSTRAINT … USING INDEX takes only plain btree indexes on columns. */
function usableAsConstraintIndex(indexDef) {
    return (/ USING btree \(/.test(indexDef) && !/ WHERE /.test(indexDef) && !/\(\(|\bDESC\b|NULLS (FIRST|LAST)/.test(indexDef));
}
function concurrently(indexDef) {
    return indexDef.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY ');
}
// ── indexes ─────────────────────────────────────────────────────────────────────────────
function planIndexes(p, createdViews) {
    const { from, to } = p;
    const goneRelations = new Set([...from.tables.keys()]
        .filter((q) => !to.tables.has(q))
        .concat([...from.views.keys()].filter((q) => !to.views.has(q) || createdViews.has(q))));
    const dropped = new Set();
    for (const i of from.indexes.values()) {
        const target = to.indexes.get(i.q);
        if (target && target.def === i.def && !goneRelations.has(i.table))
            continue;
        if (goneRelations.has(i.table))
            continue; // goes with its table or view
        dropped.add(i.q);
        add(p, {
            phase: 'drop-indexes',
            kind: 'index',
            subject: display(i.q),
            sql: `DROP INDEX CONCURRENTLY ${i.q}`,
            concurrent: true,
            destructive: target ? undefined : `drops index ${display(i.q)}: queries that used it may slow down`,
        });
    }
    for (const i of to.indexes.values()) {
        const old = from.indexes.get(i.q);
        const onNew = !from.tables.has(i.table) && !from.views.has(i.table);
        const onRebuiltView = createdViews.has(i.table);
        if (old && !dropped.has(i.q) && !onRebuiltView)
            continue;
        p.created.add(`INDEX ${i.q}`);
        if (onNew || onRebuiltView) {
            add(p, {
                phase: to.views.has(i.table) ? 'create-view-indexes' : 'create-indexes',
                kind: 'index',
                subject: display(i.q),
                sql: i.def,
            });
        }
        else {
            add(p, {
                phase: 'create-indexes',
                kind: 'index',
                subject: display(i.q),
                sql: concurrently(i.def),
                concurrent: true,
            });
        }
    }
}
// ── triggers ────────────────────────────────────────────────────────────────────────────
function planTriggers(p, createdViews, rebuiltRoutines) {
    const { from, to } = p;
    const dropped = new Set();
    for (const [key, t] of from.triggers) {
        const target = to.triggers.get(key);
        const relationGone = (!to.tables.has(t.table) && !to.views.has(t.table)) || createdViews.has(t.table);
        const same = target && target.def === t.def && target.enabled === t.enabled && !rebuiltRoutines.has(t.routine);
        if (same && !relationGone)
            continue;
        dropped.add(key);
        if (relationGone)
            continue;
        add(p, {
            phase: 'drop-triggers',
            kind: 'trigger',
            subject: `${display(t.table)}.${unquote(t.q)}`,
            sql: `DROP TRIGGER ${t.q} ON ${t.table}`,
            destructive: target ? undefined : `drops trigger ${unquote(t.q)} on ${display(t.table)}`,
        });
    }
    for (const [key, t] of to.triggers) {
        if (from.triggers.has(key) && !dropped.has(key))
            continue;
        const subject = `${display(t.table)}.${unquote(t.q)}`;
        add(p, { phase: 'create-triggers', kind: 'trigger', subject, sql: t.def });
        if (t.enabled !== 'O') {
            const mode = t.enabled === 'D' ? 'DISABLE' : t.enabled === 'A' ? 'ENABLE ALWAYS' : 'ENABLE REPLICA';
            add(p, {
                phase: 'create-triggers',
                kind: 'trigger',
                subject,
                sql: `ALTER TABLE ${t.table} ${mode} TRIGGER ${t.q}`,
            });
        }
        p.created.add(`TRIGGER ${key}`);
    }
}
// ── sequences ───────────────────────────────────────────────────────────────────────────
function sequenceOptions(s) {
    return (`AS ${s.type} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} ` +
        `START WITH ${s.start} CACHE ${s.cache} ${s.cycle ? 'CYCLE' : 'NO CYCLE'}`);
}
function ownedBy(s) {
    return s.ownedBy ? `${s.ownedBy.table}.${s.ownedBy.column}` : 'NONE';
}
function planSequences(p) {
    const { from, to } = p;
    for (const s of to.sequences.values()) {
        const old = from.sequences.get(s.q);
        const subject = display(s.q);
        if (!old) {
            add(p, { phase: 'sequences', kind: 'sequence', subject, sql: `CREATE SEQUENCE ${s.q} ${sequenceOptions(s)}` });
            p.created.add(`SEQUENCE ${s.q}`);
        }
        else if (sequenceOptions(old) !== sequenceOptions(s)) {
            add(p, { phase: 'sequences', kind: 'sequence', subject, sql: `ALTER SEQUENCE ${s.q} ${sequenceOptions(s)}` });
        }
        if (ownedBy(s) !== ownedBy(old ?? { ...s, ownedBy: undefined })) {
            // Released before columns are dropped (a drop would take the sequence along), claimed after they exist.
            add(p, {
                phase: s.ownedBy ? 'sequence-ownership' : 'release-columns',
                kind: 'sequence',
                subject,
                sql: `ALTER SEQUENCE ${s.q} OWNED BY ${ownedBy(s)}`,
            });
        }
    }
    for (const s of from.sequences.values()) {
        if (to.sequences.has(s.q))
            continue;
        // An owned sequence goes with its column or table.
        if (s.ownedBy) {
            const t = to.tables.get(s.ownedBy.table);
            if (!t || !t.columns.has(s.ownedBy.column))
                continue;
            const col = t.columns.get(s.ownedBy.column);
            const old = from.tables.get(s.ownedBy.table)?.columns.get(s.ownedBy.column);
            if (old && col.generated !== old.generated)
                continue;
        }
        add(p, {
            phase: 'drop-sequences',
            kind: 'sequence',
            subject: display(s.q),
            sql: `DROP SEQUENCE ${s.q}`,
            destructive: `drops sequence ${display(s.q)} and its current value`,
        });
    }
}
// ── schemas, extensions ─────────────────────────────────────────────────────────────────
function planSchemasAndExtensions(p) {
    const { from, to } = p;
    for (const s of to.schemas) {
        if (from.schemas.has(s))
            continue;
        add(p, { phase: 'create-schemas', kind: 'schema', subject: unquote(s), sql: `CREATE SCHEMA ${s}` });
        p.created.add(`SCHEMA ${s}`);
    }
    for (const s of from.schemas) {
        if (to.schemas.has(s))
            continue;
        add(p, {
            phase: 'drop-schemas',
            kind: 'schema',
            subject: unquote(s),
            sql: `DROP SCHEMA ${s}`,
            destructive: `drops schema ${unquote(s)}`,
        });
    }
    for (const e of to.extensions.values()) {
        const old = from.extensions.get(e.name);
        const subject = unquote(e.name);
        if (!old) {
            add(p, {
                phase: 'extensions',
                kind: 'extension',
                subject,
                sql: `CREATE EXTENSION IF NOT EXISTS ${e.name} WITH SCHEMA ${e.schema} VERSION ${literal(e.version)}`,
            });
            continue;
        }
        if (old.schema !== e.schema) {
            add(p, {
                phase: 'extensions',
                kind: 'extension',
                subject,
                sql: `ALTER EXTENSION ${e.name} SET SCHEMA ${e.schema}`,
            });
        }
        if (old.version !== e.version) {
            add(p, {
                phase: 'extensions',
                kind: 'extension',
                subject,
                sql: `ALTER EXTENSION ${e.name} UPDATE TO ${literal(e.version)}`,
            });
        }
    }
    for (const e of from.extensions.values()) {
        if (to.extensions.has(e.name))
            continue;
        add(p, {
            phase: 'drop-extensions',
            kind: 'extension',
            subject: unquote(e.name),
            sql: `DROP EXTENSION ${e.name}`,
            destructive: `drops extension ${unquote(e.name)} and every object it created`,
        });
    }
}
// ── comments ────────────────────────────────────────────────────────────────────────────
function planComments(p) {
    const { from, to } = p;
    const recreated = (target, owner) => p.created.has(target) || (owner !== undefined && p.created.has(owner));
    for (const [target, c] of to.comments) {
        const old = from.comments.get(target);
        if (old?.text === c.text && !recreated(target, c.owner))
            continue;
        add(p, { phase: 'comments', kind: 'comment', subject: target, sql: `COMMENT ON ${target} IS ${literal(c.text)}` });
    }
    for (const [target, c] of from.comments) {
        if (to.comments.has(target) || !to.commentable.has(target) || recreated(target, c.owner))
            continue;
        add(p, { phase: 'comments', kind: 'comment', subject: target, sql: `COMMENT ON ${target} IS NULL` });
    }
}

// EXTERNAL MODULE: ./src/migrations/schemadiff/dump.ts
var dump = __webpack_require__(23949);
;// CONCATENATED MODULE: ./src/migrations/schemadiff/index.ts
/**
 * Schema diff: read two databases' catalogs and write the migration that turns the first into
 * the second, plus its rollback (the same planner run the other way round).
 */









/** How a migration runner is told to run a file outside a transaction (the plain-SQL wording). */
const NO_TRANSACTION_NOTE = '-- Run outside a transaction block: CREATE/DROP INDEX CONCURRENTLY cannot run inside one.';
async function diffSchemas(opts) {
    const [current, target] = await Promise.all([
        (0,postgres/* withClient */.SV)(opts.currentUrl, catalog/* readCatalog */.uM),
        (0,postgres/* withClient */.SV)(opts.targetUrl, catalog/* readCatalog */.uM),
    ]);
    const up = planChanges(current, target);
    const down = planChanges(target, current);
    opts.log.info(`Schema diff: ${up.length} statement(s) up, ${down.length} in the rollback`);
    const upFile = renderMigration(up, 'up');
    const downFile = renderMigration(down, 'rollback');
    return {
        up,
        down,
        upSql: upFile.text,
        downSql: downFile.text,
        upLines: upFile.lines,
        downLines: downFile.lines,
        empty: up.length === 0 && down.length === 0,
    };
}
/** The text of a migration file (header, session settings, one statement per paragraph) and each step's line. */
function renderMigration(steps, direction) {
    const lines = [
        `-- Generated by backend-gate migrations diff (${direction === 'up' ? 'current schema → target' : 'rollback: target → current schema'}).`,
    ];
    if (steps.some((s) => s.concurrent))
        lines.push(NO_TRANSACTION_NOTE);
    if (steps.length === 0) {
        lines.push('-- The schemas are equal: nothing to do.', '');
        return { text: lines.join('\n'), lines: [] };
    }
    const destructive = steps.filter((s) => s.destructive).length;
    if (destructive)
        lines.push(`-- WARNING: ${destructive} statement(s) drop objects or data; they are marked below.`);
    // Routine bodies may name tables created later in the file; a lock wait gives up instead of queueing traffic.
    lines.push('SET check_function_bodies = off;', "SET lock_timeout = '5s';", '');
    const at = [];
    for (const s of steps) {
        if (s.note)
            lines.push(`-- ${s.note}`);
        if (s.destructive)
            lines.push(`-- DESTRUCTIVE: ${s.destructive}.`);
        if (s.irreversible)
            lines.push(`-- IRREVERSIBLE: ${s.irreversible}.`);
        if (s.blocks)
            lines.push(`-- BLOCKS: ${s.blocks}.`);
        at.push(lines.length + 1);
        lines.push(`${s.sql};`, '');
    }
    return { text: lines.join('\n'), lines: at };
}
/** `20240501120000` from a date, in UTC. */
function migrationTimestamp(now) {
    return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
/** A file-name word from free text: lower case, `_` between words, at most 60 characters. */
function slugify(text) {
    return (text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 60) || 'schema_diff');
}
/** Writes `<timestamp>_<slug>.sql` and `<timestamp>_<slug>_rollback.sql`; returns their paths. */
async function writeMigrationFiles(diff, opts) {
    const base = `${migrationTimestamp(opts.now)}_${slugify(opts.slug)}`;
    await (0,promises_.mkdir)(opts.outputDir, { recursive: true });
    const up = external_node_path_default().join(opts.outputDir, `${base}.sql`);
    const rollback = external_node_path_default().join(opts.outputDir, `${base}_rollback.sql`);
    await (0,promises_.writeFile)(up, diff.upSql, { flag: 'wx' });
    await (0,promises_.writeFile)(rollback, diff.downSql, { flag: 'wx' });
    return { up, rollback };
}

;// CONCATENATED MODULE: ./src/migrations/schemadiff/verify.ts
/**
 * Verified, not hoped: apply the generated migration to a copy of the current schema and
 * compare its normalized catalog with the target's; then apply the rollback and compare with
 * the original.
 */



/**
 * `copyUrl` is a database holding the current schema; it is changed (migrated, then rolled
 * back). `originalDump` saves a catalog read when the caller has one.
 */
async function verifySchemaDiff(opts) {
    const files = opts.files ?? { up: 'migration.sql', rollback: 'rollback.sql' };
    const original = opts.originalDump ?? (await (0,postgres/* withClient */.SV)(opts.copyUrl, dump/* dumpCatalog */.C));
    const target = await (0,postgres/* withClient */.SV)(opts.targetUrl, dump/* dumpCatalog */.C);
    const result = { ok: false, up: [], rollback: [] };
    try {
        await applySql(opts.copyUrl, opts.upSql, files.up);
        result.up = (0,dump/* compareDumps */.L)(await (0,postgres/* withClient */.SV)(opts.copyUrl, dump/* dumpCatalog */.C), target);
        await applySql(opts.copyUrl, opts.downSql, files.rollback);
        result.rollback = (0,dump/* compareDumps */.L)(await (0,postgres/* withClient */.SV)(opts.copyUrl, dump/* dumpCatalog */.C), original);
    }
    catch (e) {
        if (!(e instanceof StatementError))
            throw e;
        result.error = e.message;
        return result;
    }
    result.ok = result.up.length === 0 && result.rollback.length === 0;
    return result;
}

;// CONCATENATED MODULE: ./src/migrations/schemadiff/run.ts
/**
 * `backend-gate migrations diff --compare schema/v2.sql --output migrations/`: build the current
 * schema (the migrations applied) and the target (the schema file) in two scratch databases,
 * write the migration and its rollback, prove both on the current database, and report what
 * in them drops, rewrites or locks.
 */











/**
 * Lint rules that judge the schema's design (already the target's choice) or that the generated
 * file answers on purpose, not what running it does. statement_timeout is left unset on purpose:
 * it would abort CREATE INDEX CONCURRENTLY and VALIDATE on a big table halfway. Drops are
 * reported as schema-diff-destructive.
 */
const DESIGN_RULES = [
    'prefer-bigint-over-int',
    'prefer-bigint-over-smallint',
    'prefer-identity',
    'prefer-robust-stmts',
    'prefer-text-field',
    'prefer-timestamptz',
    'ban-char-field',
    'require-statement-timeout',
    'ban-drop-table',
    'ban-drop-column',
];
async function runSchemaDiffCommand(opts) {
    const cwd = opts.workingDirectory ?? process.cwd();
    const shown = (p) => (external_node_path_default().relative(cwd, p) || '.').split((external_node_path_default()).sep).join('/');
    const compareFile = external_node_path_default().resolve(cwd, opts.compareFile);
    let targetSql;
    try {
        targetSql = await (0,promises_.readFile)(compareFile, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`schema file '${shown(compareFile)}' cannot be read. Pass the schema to reach with --compare (e.g. --compare schema/v2.sql).`);
    }
    const outputDir = external_node_path_default().resolve(cwd, opts.outputDir ?? opts.migrationsDir);
    const slug = slugify(opts.slug ?? `schema_${external_node_path_default().basename(compareFile).replace(/\.[^.]*$/, '')}`);
    const apply = opts.apply ?? ((url) => applyPlainMigrations(url, external_node_path_default().resolve(cwd, opts.migrationsDir), cwd));
    const databases = [];
    try {
        const current = await (0,postgres/* createScratchDatabase */.KI)(opts.server, 'diff_current');
        databases.push(current);
        const target = await (0,postgres/* createScratchDatabase */.KI)(opts.server, 'diff_target');
        databases.push(target);
        await opts.log.group('Build the current schema (migrations applied)', () => apply(current.url));
        await opts.log.group(`Build the target schema (${shown(compareFile)})`, () => applySchemaFile(target.url, targetSql, shown(compareFile)));
        const diff = await diffSchemas({ currentUrl: current.url, targetUrl: target.url, log: opts.log });
        const report = (0,types/* emptyReport */._O)('migrations');
        if (diff.empty) {
            report.summary = `The migrations already produce ${shown(compareFile)}: no migration written`;
            report.details = [
                `No changes: the migrations in ${shown(external_node_path_default().resolve(cwd, opts.migrationsDir))} match ${shown(compareFile)}.`,
            ];
            report.metrics = { 'schema-diff-statements': 0, 'schema-diff-rollback-statements': 0 };
            return report;
        }
        // The current database is a scratch copy already: it is migrated, then rolled back, in place.
        const verification = await opts.log.group('Verify: up reaches the target, rollback restores the current schema', () => verifySchemaDiff({ copyUrl: current.url, targetUrl: target.url, upSql: diff.upSql, downSql: diff.downSql }));
        const files = await writeMigrationFiles(diff, { outputDir, slug, now: opts.now ?? new Date() }).catch((e) => {
            if (e.code === 'EEXIST') {
                throw new errors/* ConfigurationError */.j1(`a migration named like '${slug}' with this timestamp already exists in ${shown(outputDir)}; nothing was overwritten. Pass another --slug.`);
            }
            throw e;
        });
        const upPath = shown(files.up);
        const rollbackPath = shown(files.rollback);
        report.summary = `Schema diff to ${shown(compareFile)}: ${diff.up.length} statement(s), rollback ${diff.down.length}; ${verification.ok ? 'verified on PostgreSQL ' + opts.server.version : 'NOT verified'}`;
        report.artifacts.push({ kind: 'migration', path: upPath, content: diff.upSql }, { kind: 'rollback', path: rollbackPath, content: diff.downSql });
        report.findings.push(...stepFindings(diff, upPath));
        const lint = await (0,migrations_lint/* lintMigrationFile */.W3)(diff.upSql, `${slug}.sql`, {
            exclude: [...DESIGN_RULES, ...(opts.lintExclude ?? [])],
            postgresVersion: opts.server.major,
        });
        for (const f of lint)
            if (f.location)
                f.location.file = upPath;
        report.findings.push(...lint);
        if (!verification.ok)
            report.findings.push(unverifiedFinding(verification, upPath));
        report.metrics = {
            'schema-diff-statements': diff.up.length,
            'schema-diff-rollback-statements': diff.down.length,
            'schema-diff-destructive': diff.up.filter((s) => s.destructive).length,
            'schema-diff-verified': verification.ok ? 1 : 0,
        };
        report.tables.push({
            title: 'Generated migration',
            columns: ['#', 'line', 'object', 'statement', 'flags'],
            rows: diff.up.map((s, i) => [i + 1, diff.upLines[i], `${s.kind} ${s.subject}`, firstLine(s.sql), flags(s)]),
        });
        report.details = [
            `Generated migration: ${upPath}`,
            `Generated rollback: ${rollbackPath}`,
            verification.ok
                ? `Verified: applying it yields the schema of ${shown(compareFile)}; the rollback restores the current schema.`
                : `NOT verified: ${verification.error ?? [...verification.up, ...verification.rollback].slice(0, 3).join('; ')}`,
        ];
        return report;
    }
    finally {
        for (const db of databases.reverse())
            await db.drop().catch(() => { });
    }
}
function firstLine(sql) {
    const line = sql.split('\n')[0];
    return line.length > 100 ? `${line.slice(0, 97)}…` : line;
}
function flags(s) {
    return [
        s.destructive ? 'destructive' : '',
        s.irreversible ? 'irreversible' : '',
        s.blocks ? 'blocks' : '',
        s.concurrent ? 'concurrently' : '',
    ]
        .filter(Boolean)
        .join(', ');
}
function stepFindings(diff, file) {
    const out = [];
    diff.up.forEach((s, i) => {
        const location = { file, line: diff.upLines[i] };
        if (s.destructive) {
            out.push({
                rule: 'schema-diff-destructive',
                severity: 'warning',
                message: `The generated migration ${s.destructive}.`,
                location,
                fingerprint: (0,fingerprint/* fingerprint */.Rj)('schema-diff-destructive', s.kind, s.subject),
                fix: {
                    description: 'Check that no running code uses it and that the data is not needed (or is backed up); otherwise keep it in the schema file.',
                },
                data: { statement: s.sql, kind: s.kind },
            });
        }
        if (s.blocks) {
            out.push({
                rule: 'schema-diff-blocking-step',
                severity: 'warning',
                message: `This step has no non-blocking form: ${s.blocks}.`,
                location,
                fingerprint: (0,fingerprint/* fingerprint */.Rj)('schema-diff-blocking-step', s.kind, s.subject),
                fix: {
                    description: 'Run it in a low-traffic window, or split the change (e.g. a new table filled in batches).',
                },
                data: { statement: s.sql, kind: s.kind },
            });
        }
        if (s.irreversible) {
            out.push({
                rule: 'schema-diff-irreversible',
                severity: 'warning',
                message: `The rollback cannot simply undo this: ${s.irreversible}.`,
                location,
                fingerprint: (0,fingerprint/* fingerprint */.Rj)('schema-diff-irreversible', s.kind, s.subject),
                fix: { description: 'Treat this step as one-way: test the rollback before relying on it.' },
                data: { statement: s.sql, kind: s.kind },
            });
        }
    });
    return out;
}
function unverifiedFinding(v, file) {
    const what = v.error
        ? `a statement failed: ${v.error}`
        : v.up.length
            ? `after it, the schema still differs from the target (${v.up.slice(0, 3).join('; ')})`
            : `after the rollback, the schema differs from the original (${v.rollback.slice(0, 3).join('; ')})`;
    return {
        rule: 'schema-diff-unverified',
        severity: 'error',
        message: `The generated migration was applied to a copy of the current schema and did not check out: ${what}.`,
        location: { file },
        fingerprint: (0,fingerprint/* fingerprint */.Rj)('schema-diff-unverified', external_node_path_default().basename(file).replace(/^\d+_/, '')),
        fix: { description: 'Edit the generated files by hand where they differ, or report the case to backend-gate.' },
        data: { up: v.up, rollback: v.rollback, error: v.error },
    };
}
/** The schema file is the user's: a statement PostgreSQL refuses is their mistake, named by file and line. */
async function applySchemaFile(url, sql, file) {
    try {
        await applySql(url, sql, file);
    }
    catch (e) {
        if (e instanceof StatementError) {
            throw new errors/* ConfigurationError */.j1(`PostgreSQL refused this statement of the schema file: ${e.reason}. Fix the schema file.`, {
                file,
                line: e.line,
            });
        }
        if (e instanceof migrations_lint/* SqlSyntaxError */.MO) {
            throw new errors/* ConfigurationError */.j1(`the schema file is not valid SQL: ${e.message}.`, {
                file,
                line: e.line,
                column: e.column,
            });
        }
        throw e;
    }
}
/** Fallback when no runner is given: plain `.sql` migrations in version order, rollback files left out. */
async function applyPlainMigrations(url, dir, workingDirectory) {
    for (const m of (0,files/* readMigrationDir */.Oz)(dir, workingDirectory)) {
        if (/_rollback\.sql$/.test(m.name))
            continue;
        try {
            await applySql(url, m.sql, m.path);
        }
        catch (e) {
            if (e instanceof StatementError) {
                throw new errors/* ConfigurationError */.j1(`migration fails on PostgreSQL: ${e.reason}.`, { file: m.path, line: e.line });
            }
            if (e instanceof migrations_lint/* SqlSyntaxError */.MO) {
                throw new errors/* ConfigurationError */.j1(`migration is not valid SQL: ${e.message}.`, {
                    file: m.path,
                    line: e.line,
                    column: e.column,
                });
            }
            throw e;
        }
    }
}

// EXTERNAL MODULE: ./src/migrations/settings.ts + 1 modules
var migrations_settings = __webpack_require__(8994);
;// CONCATENATED MODULE: ./src/migrations/subcommands/diff.ts
/**
 * `backend-gate migrations diff --compare schema/v2.sql [--output migrations/] [--slug name]`:
 * a PostgreSQL from the mode's provider settings, the schema diff of the migrations folder
 * against the schema file (migration + rollback, verified), and the server stopped whatever happens.
 */




async function runDiffSubcommand({ ctx, flags, settings }) {
    const compareFile = (0,modes/* flagString */.w)(flags, 'compare');
    if (!compareFile) {
        throw new errors/* ConfigurationError */.j1('migrations diff needs the schema to reach: --compare schema/v2.sql (a SQL file of the whole target schema).');
    }
    const server = await (0,migrations_settings.startMigrationsPostgres)(settings, ctx);
    try {
        return await runSchemaDiffCommand({
            server,
            migrationsDir: settings.dir,
            compareFile,
            outputDir: (0,modes/* flagString */.w)(flags, 'output'),
            slug: (0,modes/* flagString */.w)(flags, 'slug'),
            log: ctx.log,
            workingDirectory: settings.workingDirectory,
            lintExclude: settings.lintExclude,
        });
    }
    finally {
        await server.stop();
    }
}


/***/ })

};
