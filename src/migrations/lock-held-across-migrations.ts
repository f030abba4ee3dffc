/**
 * Rule `lock-held-across-migrations`: node-pg-migrate's CLI runs all pending migrations in ONE
 * transaction by default (`--single-transaction`), so a lock the PR's first migration takes is
 * held in production until the last pending one commits, not just until its own file ends. A
 * migration with `pgm.noTransaction()` breaks that transaction (COMMIT before it, BEGIN after).
 * The scratch database applies each file on its own; this rule adds up what it measured.
 */
import { fingerprint } from '../report/fingerprint.js';
import type { Finding } from '../report/types.js';
import { blocksTraffic, lockEffect, type LockMode } from './lint/locks.js';
import { createdTable, type AppliedRun } from './measured.js';
import type { FileRun, StatementRun } from './apply.js';
import type { FolderLayout } from './sources/layouts.js';
import { isStrongerLock, lockModeName } from './trace.js';

export const LOCK_HELD_ACROSS_MIGRATIONS = 'lock-held-across-migrations';

/** Later files named in a message before "and N more". */
const FILES_NAMED = 5;

interface HeldLock {
  table: string;
  /** pg_locks' name of the mode ('AccessExclusiveLock'). */
  mode: string;
  run: FileRun;
  statement: StatementRun;
  /** The PR files after the statement's own that run before the transaction commits. */
  heldAcross: FileRun[];
  /** Measured duration of the statements after this one, up to the end of the transaction. */
  heldAfterMs: number;
}

/**
 * One finding per table (at its strongest mode) that a PR statement of a wrapped migration locks
 * against reads or writes while node-pg-migrate's single transaction continues into a later PR
 * file. Tables the PR creates are nobody's traffic yet: not reported.
 */
export function findLocksHeldAcrossMigrations(
  applied: readonly AppliedRun[],
  opts: { layout: FolderLayout; singleTransaction: boolean },
): Finding[] {
  if (opts.layout !== 'node-pg-migrate' || !opts.singleTransaction) return [];
  const pr = applied.filter((a) => a.branch === 'PR').map((a) => a.run);
  if (pr.length < 2) return [];
  const created = tablesCreatedBy(pr);
  const strongest = new Map<string, HeldLock>();
  for (const span of sharedTransactions(pr)) {
    for (const held of locksHeldAcrossFiles(span)) {
      if (created.has(held.table) || !blocksTraffic(modeName(held.mode))) continue;
      const had = strongest.get(held.table);
      const stronger = !had || isStrongerLock(held.mode, had.mode);
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
export function sharedTransactions(runs: readonly FileRun[]): FileRun[][] {
  const spans: FileRun[][] = [];
  let current: FileRun[] = [];
  for (const run of runs) {
    if (run.file.transaction?.kind === 'wrapped') {
      current.push(run);
      continue;
    }
    if (current.length > 0) spans.push(current);
    current = [];
  }
  if (current.length > 0) spans.push(current);
  return spans;
}

/** Every lock a statement of `span` took whose transaction continues into a later file of the span. */
function locksHeldAcrossFiles(span: FileRun[]): HeldLock[] {
  const out: HeldLock[] = [];
  const total = (statements: readonly StatementRun[]) => statements.reduce((ms, s) => ms + s.durationMs, 0);
  let laterFilesMs = total(span.flatMap((r) => r.statements));
  for (const [i, run] of span.entries()) {
    laterFilesMs -= total(run.statements);
    if (i === span.length - 1) break; // its transaction ends with this file
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
function tablesCreatedBy(runs: readonly FileRun[]): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    for (const s of run.statements) {
      const table = createdTable(s);
      if (table) out.add(table);
    }
  }
  return out;
}

function modeName(mode: string): LockMode {
  return lockModeName(mode) as LockMode;
}

function finding(held: HeldLock): Finding {
  const mode = modeName(held.mode);
  const reads = mode === 'ACCESS EXCLUSIVE';
  const names = held.heldAcross.map((r) => r.file.name);
  const shown =
    names.length > FILES_NAMED
      ? `${names.slice(0, FILES_NAMED).join(', ')} and ${names.length - FILES_NAMED} more`
      : names.join(', ');
  const ms = Math.round(held.heldAfterMs);
  const s = held.statement.statement;
  return {
    rule: LOCK_HELD_ACROSS_MIGRATIONS,
    severity: 'warning',
    message:
      `node-pg-migrate runs all pending migrations in one transaction by default, so the ${mode} lock this statement takes on ${held.table} (${lockEffect(mode)}) stays held across ${names.length === 1 ? 'the later migration' : `the ${names.length} later migrations`} ${shown} until the last one commits. ` +
      `Measured on the scratch database: ${ms} ms from this statement to the end of that transaction (longer on production data).`,
    location: { file: held.run.file.path, line: s.startLine, column: s.startColumn },
    fingerprint: fingerprint(LOCK_HELD_ACROSS_MIGRATIONS, held.run.file.name, held.table, mode),
    fix: {
      description:
        'Put this statement in a migration of its own and deploy it separately, so its lock ends with that migration; or run node-pg-migrate with --no-single-transaction (one transaction per migration), and if the project already does, set migrations.single-transaction: false.',
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
