/**
 * One finding per risky statement: what the lint predicted (rule, lock, fix) and what the
 * scratch database measured (locks taken, table rewritten, reads and writes blocked) merged.
 * A statement the lint said nothing about but that measured badly gets a finding of its own:
 * `table-rewrite` (new relfilenode) or `blocks-traffic` (a second session waited on it).
 */
import { fingerprint } from '../report/fingerprint.js';
import type { Finding, Table } from '../report/types.js';
import type { FileRun, StatementRun } from './apply.js';
import { createdRelation } from './lint/ast.js';
import { describeLocks, isStrongerLock, lockModeName, type TakenLock } from './trace.js';

export interface AppliedRun {
  run: FileRun;
  branch: 'base' | 'PR';
}

/** What the scratch database measured for one statement, as it goes into `data.measured`. */
export interface Measured {
  durationMs: number;
  /** Strongest lock per relation, in PostgreSQL's words ('ACCESS EXCLUSIVE on public.t'). */
  locks: string;
  /** The strongest lock mode taken on any table ('ACCESS EXCLUSIVE'), when locks were traced. */
  lock?: string;
  rewrites: string[];
  readBlockedMs?: number;
  writeBlockedMs?: number;
  lockTimeout: string;
  statementTimeout: string;
}

function strongest(locks: TakenLock[]): string | undefined {
  let best: string | undefined;
  for (const l of locks) if (!best || isStrongerLock(l.mode, best)) best = l.mode;
  return best && lockModeName(best);
}

export function measuredOf(s: StatementRun): Measured | undefined {
  const t = s.trace;
  if (!t) return undefined;
  return {
    durationMs: Math.round(s.durationMs),
    locks: t.untraced ? `not traced (${t.untraced} runs outside a transaction)` : describeLocks(t.locks) || 'none',
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
export function tracedStatementsTable(
  title: string,
  statements: { label?: string; s: StatementRun }[],
  blocking: { columns: string[]; cells(s: StatementRun): (string | number)[] },
): Table {
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
      const m = measuredOf(s)!;
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
export function describeMeasured(m: Measured): string {
  const parts = [m.locks.startsWith('not traced') ? undefined : m.locks !== 'none' ? m.locks : 'no table locks'];
  if (m.rewrites.length > 0) parts.push(`rewrote ${m.rewrites.join(', ')}`);
  const blocked = [
    m.writeBlockedMs ? `writes for ${m.writeBlockedMs} ms` : undefined,
    m.readBlockedMs ? `reads for ${m.readBlockedMs} ms` : undefined,
  ].filter(Boolean);
  if (blocked.length > 0) parts.push(`blocked ${blocked.join(' and ')}`);
  else if (m.writeBlockedMs === 0 && m.readBlockedMs === 0) parts.push('blocked no reads or writes');
  return `Measured on the scratch database: ${parts.filter(Boolean).join(', ')}; the statement ran ${m.durationMs} ms.`;
}

const hasBlocking = (m: Measured): boolean => Boolean(m.readBlockedMs || m.writeBlockedMs);

/**
 * Folds each PR statement's measurements into the lint finding about its lock (the one whose
 * data names a lock), or into a measured-only finding when the lint had none.
 */
export function mergeMeasured(findings: Finding[], applied: AppliedRun[]): Finding[] {
  const out = [...findings];
  // Tables the PR created before a statement: nobody's traffic yet, nothing of production to rewrite.
  const created = new Set<string>();
  for (const { run, branch } of applied) {
    if (branch !== 'PR') continue;
    for (const s of run.statements) {
      const m = measuredOf(s);
      const made = createdTable(s);
      if (made) created.add(made);
      if (!m) continue;
      // The lint locates a finding at its statement's first token.
      const about = out.filter(
        (f) =>
          f.location?.file === run.file.path &&
          f.location.line === s.statement.startLine &&
          f.location.column === s.statement.startColumn,
      );
      const primary = about.find((f) => f.data?.lock);
      if (primary) {
        primary.data = { ...primary.data, measured: m };
        primary.message += ` ${describeMeasured(m)}`;
        continue;
      }
      const own = measuredFinding(run, s, m, created);
      if (own) out.push(own);
    }
  }
  return out;
}

/** `public.orders` for CREATE TABLE [AS] orders, as pg_locks names it. */
export function createdTable(s: StatementRun): string | undefined {
  const rv = createdRelation(s.statement.ast);
  return rv?.relname ? `${rv.schemaname ?? 'public'}.${rv.relname}` : undefined;
}

function measuredFinding(run: FileRun, s: StatementRun, m: Measured, created: Set<string>): Finding | undefined {
  const at = { file: run.file.path, line: s.statement.startLine, column: s.statement.startColumn };
  const text = s.statement.text.replace(/\s+/g, ' ');
  const existing = (tables: string[]) => tables.filter((t) => !created.has(t));
  if (existing(m.rewrites).length > 0) {
    const kind = s.statement.kind === 'TruncateStmt' ? 'truncated' : 'rewrote';
    return {
      rule: 'table-rewrite',
      severity: 'warning',
      message: `This statement ${kind} ${m.rewrites.join(', ')} (new relfilenode): the table is locked for the whole copy, proportionally longer on production data. ${describeMeasured(m)}`,
      location: at,
      fingerprint: fingerprint('table-rewrite', run.file.name, m.rewrites.join(','), text),
      fix: {
        description:
          'Avoid the rewrite: add the column without a volatile default and backfill in batches, or create a new column and switch over, instead of changing the type in place.',
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
      fingerprint: fingerprint('blocks-traffic', run.file.name, text),
      data: { tables, measured: m },
    };
  }
  return undefined;
}
