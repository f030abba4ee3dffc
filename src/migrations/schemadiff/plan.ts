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
import {
  onTable,
  routineKeyword,
  viewKeyword,
  type Catalog,
  type Column,
  type Constraint,
  type EnumType,
  type Routine,
  type Sequence,
  type Table,
  type View,
} from './catalog.js';

export const PHASES = [
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
] as const;
export type Phase = (typeof PHASES)[number];

export type ObjectKind =
  | 'schema'
  | 'extension'
  | 'type'
  | 'enum-value'
  | 'sequence'
  | 'table'
  | 'column'
  | 'constraint'
  | 'index'
  | 'view'
  | 'materialized view'
  | 'routine'
  | 'trigger'
  | 'comment';

export interface Step {
  phase: Phase;
  sql: string;
  kind: ObjectKind;
  /** The object, as a person names it: public.orders, public.orders.status. */
  subject: string;
  /** Must run outside a transaction block (CREATE/DROP INDEX CONCURRENTLY). */
  concurrent?: boolean;
  /** Why this step loses data or removes something the application may use. */
  destructive?: string;
  /** Why the step cannot be undone by replaying the opposite plan exactly. */
  irreversible?: string;
  /** What the step blocks, when no safe form exists for it (the lint rules catch the rest). */
  blocks?: string;
  /** A `--` comment written above the statement. */
  note?: string;
}

interface Planner {
  from: Catalog;
  to: Catalog;
  steps: Step[];
  /** COMMENT ON targets (and relations) created by this plan: their comments must be (re)applied. */
  created: Set<string>;
}

export function planChanges(from: Catalog, to: Catalog): Step[] {
  const p: Planner = { from, to, steps: [], created: new Set() };
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
    .sort((a, b) => order.get(a.s.phase)! - order.get(b.s.phase)! || a.i - b.i)
    .map((x) => x.s);
}

function add(p: Planner, step: Step): void {
  p.steps.push(step);
}

/** Unquoted name of a quoted identifier ('"Order"' → 'Order'). */
export function unquote(q: string): string {
  return q.startsWith('"') ? q.slice(1, -1).replace(/""/g, '"') : q;
}

/** The last part of a qualified quoted name, unquoted (public.t → t). */
function baseName(q: string): string {
  const m = /(?:^|\.)("(?:[^"]|"")*"|[^."]+)$/.exec(q);
  return unquote(m ? m[1] : q);
}

function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** An identifier of at most 63 bytes (PostgreSQL truncates longer ones silently). */
function shortName(name: string): string {
  let out = name;
  while (Buffer.byteLength(out) > 63) out = out.slice(0, -1);
  return out;
}

function display(q: string): string {
  return q.replace(/"/g, '');
}

// ── tables and columns ──────────────────────────────────────────────────────────────────

function columnDefinition(c: Column): string {
  let s = `${c.q} ${c.type}`;
  if (c.collation) s += ` COLLATE ${c.collation}`;
  if (c.generated) s += ` GENERATED ALWAYS AS (${c.default}) ${c.generated === 'v' ? 'VIRTUAL' : 'STORED'}`;
  else if (c.identity) s += ` GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`;
  else if (c.default !== undefined) s += ` DEFAULT ${c.default}`;
  if (c.notNull) s += ' NOT NULL';
  return s;
}

/** Tables whose columns change in a way views reading them cannot survive (type, drop, re-add). */
function planTablesAndColumns(p: Planner): Set<string> {
  const { from, to } = p;
  const changed = new Set<string>();
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
      if (planColumnChange(p, t, oc, c)) changed.add(t.q);
    }
    for (const oc of old.columns.values()) {
      if (t.columns.has(oc.q)) continue;
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
    if (to.tables.has(t.q)) continue;
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

function addColumn(p: Planner, t: Table, c: Column): void {
  add(p, {
    phase: 'add-columns',
    kind: 'column',
    subject: `${display(t.q)}.${unquote(c.q)}`,
    sql: `ALTER TABLE ${t.q} ADD COLUMN ${columnDefinition(c)}`,
  });
  p.created.add(`COLUMN ${t.q}.${c.q}`);
}

/** Plans the ALTER COLUMN steps; returns true when the column is retyped or re-created. */
function planColumnChange(p: Planner, t: Table, oc: Column, c: Column): boolean {
  const subject = `${display(t.q)}.${unquote(c.q)}`;
  const alter = (phase: Phase, action: string, extra: Partial<Step> = {}): void =>
    add(p, { phase, kind: 'column', subject, sql: `ALTER TABLE ${t.q} ALTER COLUMN ${c.q} ${action}`, ...extra });

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

function planPlainColumnChange(
  p: Planner,
  t: Table,
  oc: Column,
  c: Column,
  alter: (phase: Phase, action: string, extra?: Partial<Step>) => void,
): boolean {
  const typeChanged = oc.type !== c.type || oc.collation !== c.collation;
  const defaultChanged = !c.generated && oc.default !== c.default;
  if (oc.default !== undefined && !oc.generated && (defaultChanged || typeChanged)) {
    alter('release-columns', 'DROP DEFAULT');
  }
  if (oc.identity && oc.identity !== c.identity && !c.identity) alter('release-columns', 'DROP IDENTITY');
  if (typeChanged) {
    const collate = c.collation ? ` COLLATE ${c.collation}` : '';
    alter('column-types', `TYPE ${c.type}${collate} USING ${c.q}::${c.type}`);
  }
  if (c.default !== undefined && !c.generated && (defaultChanged || typeChanged)) {
    alter('column-defaults', `SET DEFAULT ${c.default}`);
  }
  if (oc.notNull && !c.notNull) alter('column-nullability', 'DROP NOT NULL');
  if (!oc.notNull && c.notNull && !(c.identity && !oc.identity)) setNotNullSafely(p, t, c);
  if (c.identity && !oc.identity) {
    alter('column-identity', `ADD GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
  } else if (c.identity && oc.identity !== c.identity) {
    alter('column-identity', `SET GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'}`);
  }
  return typeChanged;
}

/** NOT NULL without a long ACCESS EXCLUSIVE scan: CHECK NOT VALID → VALIDATE → SET NOT NULL → drop the CHECK. */
function setNotNullSafely(p: Planner, t: Table, c: Column): void {
  const subject = `${display(t.q)}.${unquote(c.q)}`;
  const check = quoteIdent(shortName(`${baseName(t.q)}_${unquote(c.q)}_not_null_check`));
  const base = { phase: 'column-nullability' as Phase, kind: 'column' as ObjectKind, subject };
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
function onlyAdded(from: string[], to: string[]): boolean {
  let i = 0;
  for (const label of to) if (label === from[i]) i++;
  return i === from.length;
}

function planEnums(p: Planner, changedTables: Set<string>): void {
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
    if (old.labels.join('\u0000') === e.labels.join('\u0000')) continue;
    if (onlyAdded(old.labels, e.labels)) {
      const present = new Set(old.labels);
      e.labels.forEach((label, i) => {
        if (present.has(label)) return;
        const next = e.labels.slice(i + 1).find((l) => present.has(l));
        // Always placed explicitly: the position is part of the type (ORDER BY, comparisons).
        const where =
          next !== undefined ? ` BEFORE ${literal(next)}` : i > 0 ? ` AFTER ${literal(e.labels[i - 1])}` : '';
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
    if (to.enums.has(e.q)) continue;
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
function recreateEnum(p: Planner, old: EnumType, e: EnumType, changedTables: Set<string>): void {
  const { from, to } = p;
  const removed = old.labels.filter((l) => !e.labels.includes(l));
  const oldName = quoteIdent(shortName(`${baseName(e.q)}__old`));
  const schema = e.q.slice(0, e.q.length - quoteIdent(baseName(e.q)).length - 1);
  const base = { phase: 'types' as Phase, kind: 'type' as ObjectKind, subject: display(e.q) };
  add(p, {
    ...base,
    sql: `ALTER TYPE ${e.q} RENAME TO ${oldName}`,
    note:
      `Enum values cannot be removed or reordered in place: ${display(e.q)} is re-created and its columns converted. ` +
      `This fails if a row still uses ${removed.length ? removed.map((l) => `'${l}'`).join(', ') : 'a moved value'}.`,
    destructive: removed.length
      ? `removes value(s) ${removed.map((l) => `'${l}'`).join(', ')} from ${display(e.q)}`
      : undefined,
  });
  add(p, { ...base, sql: `CREATE TYPE ${e.q} AS ENUM (${e.labels.map(literal).join(', ')})` });
  for (const t of from.tables.values()) {
    const target = to.tables.get(t.q);
    if (!target) continue;
    for (const c of t.columns.values()) {
      const array = c.type === `${e.q}[]`;
      if (c.type !== e.q && !array) continue;
      const tc = target.columns.get(c.q);
      if (!tc || tc.type !== c.type) continue;
      changedTables.add(t.q);
      const col = { ...base, kind: 'column' as ObjectKind, subject: `${display(t.q)}.${unquote(c.q)}` };
      if (c.default !== undefined) add(p, { ...col, sql: `ALTER TABLE ${t.q} ALTER COLUMN ${c.q} DROP DEFAULT` });
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

function routineSql(r: Routine): string {
  return r.def.trimEnd();
}

/** Returns the routines that are dropped and created again (their dependents must follow). */
function planRoutines(p: Planner): Set<string> {
  const { from, to } = p;
  const rebuilt = new Set<string>();
  for (const r of to.routines.values()) {
    const old = from.routines.get(r.key);
    const keyword = routineKeyword(r.kind);
    if (old && old.def === r.def) continue;
    if (old && (old.args !== r.args || old.result !== r.result || old.kind !== r.kind)) {
      rebuilt.add(r.key);
      add(p, {
        phase: 'drop-changed-routines',
        kind: 'routine',
        subject: r.key,
        sql: `DROP ${routineKeyword(old.kind)} ${r.key}`,
        note: 'Its arguments or result type change, which CREATE OR REPLACE cannot do.',
      });
    }
    add(p, { phase: 'routines', kind: 'routine', subject: r.key, sql: routineSql(r) });
    if (!old || rebuilt.has(r.key)) p.created.add(`${keyword} ${r.key}`);
  }
  for (const r of from.routines.values()) {
    if (to.routines.has(r.key)) continue;
    add(p, {
      phase: 'drop-routines',
      kind: 'routine',
      subject: r.key,
      sql: `DROP ${routineKeyword(r.kind)} ${r.key}`,
      destructive: `drops ${routineKeyword(r.kind).toLowerCase()} ${r.key}`,
    });
  }
  return rebuilt;
}

// ── views ───────────────────────────────────────────────────────────────────────────────

function viewChanged(a: View, b: View): boolean {
  return a.kind !== b.kind || a.def !== b.def || a.options.join(',') !== b.options.join(',');
}

/** Views in dependency order (what a view reads comes first). */
function viewOrder(views: Map<string, View>, subset: Set<string>): View[] {
  const out: View[] = [];
  const seen = new Set<string>();
  const visit = (q: string): void => {
    if (seen.has(q) || !subset.has(q)) return;
    seen.add(q);
    const v = views.get(q)!;
    for (const d of [...v.dependsOn].sort()) visit(d);
    out.push(v);
  };
  for (const q of [...subset].sort()) visit(q);
  return out;
}

function planViews(p: Planner, changedTables: Set<string>, rebuiltRoutines: Set<string>): Set<string> {
  const { from, to } = p;
  // A view is dropped when it goes, changes, or reads something that is re-created or retyped.
  const drop = new Set<string>();
  for (const v of from.views.values()) {
    const target = to.views.get(v.q);
    if (!target || viewChanged(v, target)) drop.add(v.q);
  }
  const removedRoutines = new Set([...from.routines.keys()].filter((k) => !to.routines.has(k)));
  const recreatedTypes = new Set(
    [...p.steps].filter((s) => s.kind === 'type' && s.sql.includes(' RENAME TO ')).map((s) => s.subject),
  );
  let grew = true;
  while (grew) {
    grew = false;
    for (const v of from.views.values()) {
      if (drop.has(v.q)) continue;
      for (const d of v.dependsOn) {
        if (
          drop.has(d) ||
          changedTables.has(d) ||
          rebuiltRoutines.has(d) ||
          removedRoutines.has(d) ||
          recreatedTypes.has(display(d))
        ) {
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
      sql: `DROP ${viewKeyword(v.kind)} ${v.q}`,
      destructive: to.views.has(v.q) ? undefined : `drops ${viewKeyword(v.kind).toLowerCase()} ${display(v.q)}`,
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
      sql: `CREATE ${viewKeyword(v.kind)} ${v.q}${options} AS\n${body}${v.kind === 'm' ? '\nWITH DATA' : ''}`,
    });
    p.created.add(v.q);
    p.created.add(`${viewKeyword(v.kind)} ${v.q}`);
  }
  return create;
}

// ── constraints ─────────────────────────────────────────────────────────────────────────

function constraintChanged(a: Constraint, b: Constraint): boolean {
  return a.type !== b.type || a.def !== b.def || a.indexDef !== b.indexDef || (a.validated && !b.validated);
}

function planConstraints(p: Planner): void {
  const { from, to } = p;
  const dropped = new Set<string>(); // `name ON table` of constraints dropped
  // Unique and primary keys that go or change: foreign keys pointing at their table are rebuilt.
  const keyChangedTables = new Set<string>();
  for (const t of from.tables.values()) {
    const target = to.tables.get(t.q);
    for (const c of t.constraints.values()) {
      const tc = target?.constraints.get(c.q);
      if ((c.type === 'p' || c.type === 'u') && (!tc || constraintChanged(c, tc))) keyChangedTables.add(t.q);
    }
  }
  for (const t of from.tables.values()) {
    const target = to.tables.get(t.q);
    for (const c of t.constraints.values()) {
      const tc = target?.constraints.get(c.q);
      const rebuildFk = c.type === 'f' && c.references !== undefined && keyChangedTables.has(c.references);
      if (tc && !constraintChanged(c, tc) && !rebuildFk) continue;
      // A dropped table takes its constraints along, except foreign keys other dropped tables point at.
      if (!target && c.type !== 'f') continue;
      dropped.add(onTable(c.q, t.q));
      add(p, {
        phase: c.type === 'f' ? 'drop-foreign-keys' : 'drop-constraints',
        kind: 'constraint',
        subject: `${display(t.q)}.${unquote(c.q)}`,
        sql: `ALTER TABLE ${t.q} DROP CONSTRAINT ${c.q}`,
        destructive:
          tc || !target
            ? undefined
            : `drops constraint ${unquote(c.q)} on ${display(t.q)}: the rule it enforced is gone`,
      });
    }
  }
  for (const t of to.tables.values()) {
    const old = from.tables.get(t.q);
    for (const c of t.constraints.values()) {
      const oc = old?.constraints.get(c.q);
      if (oc && !dropped.has(onTable(c.q, t.q))) {
        if (!oc.validated && c.validated) validate(p, t.q, c);
        continue;
      }
      addConstraint(p, t.q, c, old !== undefined);
    }
  }
}

function validate(p: Planner, table: string, c: Constraint): void {
  add(p, {
    phase: 'validate-constraints',
    kind: 'constraint',
    subject: `${display(table)}.${unquote(c.q)}`,
    sql: `ALTER TABLE ${table} VALIDATE CONSTRAINT ${c.q}`,
  });
}

function deferrability(c: Constraint): string {
  return c.deferrable ? ` DEFERRABLE INITIALLY ${c.deferred ? 'DEFERRED' : 'IMMEDIATE'}` : '';
}

function addConstraint(p: Planner, table: string, c: Constraint, tableExisted: boolean): void {
  const subject = `${display(table)}.${unquote(c.q)}`;
  const base = { kind: 'constraint' as ObjectKind, subject };
  p.created.add(`CONSTRAINT ${onTable(c.q, table)}`);
  const phase: Phase = c.type === 'f' ? 'add-foreign-keys' : 'add-constraints';
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
    if (c.validated) validate(p, table, c);
    return;
  }
  add(p, {
    ...base,
    phase,
    sql: `ALTER TABLE ${table} ADD CONSTRAINT ${c.q} ${c.def}`,
    blocks:
      c.type === 'x'
        ? `the exclusion constraint builds its index on ${display(table)} under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build`
        : `this key cannot be attached to a concurrently built index: ${display(table)} is locked while its index builds`,
  });
}

/** ADD CONSTRAINT … USING INDEX takes only plain btree indexes on columns. */
function usableAsConstraintIndex(indexDef: string): boolean {
  return (
    / USING btree \(/.test(indexDef) && !/ WHERE /.test(indexDef) && !/\(\(|\bDESC\b|NULLS (FIRST|LAST)/.test(indexDef)
  );
}

function concurrently(indexDef: string): string {
  return indexDef.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY ');
}

// ── indexes ─────────────────────────────────────────────────────────────────────────────

function planIndexes(p: Planner, createdViews: Set<string>): void {
  const { from, to } = p;
  const goneRelations = new Set(
    [...from.tables.keys()]
      .filter((q) => !to.tables.has(q))
      .concat([...from.views.keys()].filter((q) => !to.views.has(q) || createdViews.has(q))),
  );
  const dropped = new Set<string>();
  for (const i of from.indexes.values()) {
    const target = to.indexes.get(i.q);
    if (target && target.def === i.def && !goneRelations.has(i.table)) continue;
    if (goneRelations.has(i.table)) continue; // goes with its table or view
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
    if (old && !dropped.has(i.q) && !onRebuiltView) continue;
    p.created.add(`INDEX ${i.q}`);
    if (onNew || onRebuiltView) {
      add(p, {
        phase: to.views.has(i.table) ? 'create-view-indexes' : 'create-indexes',
        kind: 'index',
        subject: display(i.q),
        sql: i.def,
      });
    } else {
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

function planTriggers(p: Planner, createdViews: Set<string>, rebuiltRoutines: Set<string>): void {
  const { from, to } = p;
  const dropped = new Set<string>();
  for (const [key, t] of from.triggers) {
    const target = to.triggers.get(key);
    const relationGone = (!to.tables.has(t.table) && !to.views.has(t.table)) || createdViews.has(t.table);
    const same = target && target.def === t.def && target.enabled === t.enabled && !rebuiltRoutines.has(t.routine);
    if (same && !relationGone) continue;
    dropped.add(key);
    if (relationGone) continue;
    add(p, {
      phase: 'drop-triggers',
      kind: 'trigger',
      subject: `${display(t.table)}.${unquote(t.q)}`,
      sql: `DROP TRIGGER ${t.q} ON ${t.table}`,
      destructive: target ? undefined : `drops trigger ${unquote(t.q)} on ${display(t.table)}`,
    });
  }
  for (const [key, t] of to.triggers) {
    if (from.triggers.has(key) && !dropped.has(key)) continue;
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

function sequenceOptions(s: Sequence): string {
  return (
    `AS ${s.type} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} ` +
    `START WITH ${s.start} CACHE ${s.cache} ${s.cycle ? 'CYCLE' : 'NO CYCLE'}`
  );
}

function ownedBy(s: Sequence): string {
  return s.ownedBy ? `${s.ownedBy.table}.${s.ownedBy.column}` : 'NONE';
}

function planSequences(p: Planner): void {
  const { from, to } = p;
  for (const s of to.sequences.values()) {
    const old = from.sequences.get(s.q);
    const subject = display(s.q);
    if (!old) {
      add(p, { phase: 'sequences', kind: 'sequence', subject, sql: `CREATE SEQUENCE ${s.q} ${sequenceOptions(s)}` });
      p.created.add(`SEQUENCE ${s.q}`);
    } else if (sequenceOptions(old) !== sequenceOptions(s)) {
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
    if (to.sequences.has(s.q)) continue;
    // An owned sequence goes with its column or table.
    if (s.ownedBy) {
      const t = to.tables.get(s.ownedBy.table);
      if (!t || !t.columns.has(s.ownedBy.column)) continue;
      const col = t.columns.get(s.ownedBy.column)!;
      const old = from.tables.get(s.ownedBy.table)?.columns.get(s.ownedBy.column);
      if (old && col.generated !== old.generated) continue;
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

function planSchemasAndExtensions(p: Planner): void {
  const { from, to } = p;
  for (const s of to.schemas) {
    if (from.schemas.has(s)) continue;
    add(p, { phase: 'create-schemas', kind: 'schema', subject: unquote(s), sql: `CREATE SCHEMA ${s}` });
    p.created.add(`SCHEMA ${s}`);
  }
  for (const s of from.schemas) {
    if (to.schemas.has(s)) continue;
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
    if (to.extensions.has(e.name)) continue;
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

function planComments(p: Planner): void {
  const { from, to } = p;
  const recreated = (target: string, owner?: string): boolean =>
    p.created.has(target) || (owner !== undefined && p.created.has(owner));
  for (const [target, c] of to.comments) {
    const old = from.comments.get(target);
    if (old?.text === c.text && !recreated(target, c.owner)) continue;
    add(p, { phase: 'comments', kind: 'comment', subject: target, sql: `COMMENT ON ${target} IS ${literal(c.text)}` });
  }
  for (const [target, c] of from.comments) {
    if (to.comments.has(target) || !to.commentable.has(target) || recreated(target, c.owner)) continue;
    add(p, { phase: 'comments', kind: 'comment', subject: target, sql: `COMMENT ON ${target} IS NULL` });
  }
}
