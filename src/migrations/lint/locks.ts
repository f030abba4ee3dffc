/**
 * The table lock a statement takes, statically: the mode PostgreSQL's documentation gives for
 * each command. Used by the timeout rules ("does this file queue behind traffic?") and exported
 * for the runner, which measures the real locks and can compare.
 */
import type { Node, RangeVar } from 'libpg-query';
import { constraintsOf, hasOption, nodeAs, relationName } from './ast.js';
import type { LintFile, LintStatement } from './context.js';

export type LockMode =
  | 'ACCESS SHARE'
  | 'ROW SHARE'
  | 'ROW EXCLUSIVE'
  | 'SHARE UPDATE EXCLUSIVE'
  | 'SHARE'
  | 'SHARE ROW EXCLUSIVE'
  | 'EXCLUSIVE'
  | 'ACCESS EXCLUSIVE';

const STRENGTH: Record<LockMode, number> = {
  'ACCESS SHARE': 1,
  'ROW SHARE': 2,
  'ROW EXCLUSIVE': 3,
  'SHARE UPDATE EXCLUSIVE': 4,
  SHARE: 5,
  'SHARE ROW EXCLUSIVE': 6,
  EXCLUSIVE: 7,
  'ACCESS EXCLUSIVE': 8,
};

/** What each mode stops other sessions from doing, in a reviewer's words. */
export function lockEffect(mode: LockMode): string {
  switch (mode) {
    case 'ACCESS EXCLUSIVE':
      return 'blocks all reads and writes';
    case 'EXCLUSIVE':
    case 'SHARE ROW EXCLUSIVE':
    case 'SHARE':
      return 'blocks INSERT/UPDATE/DELETE; reads continue';
    default:
      return 'does not block reads or writes';
  }
}

/** Whether a mode conflicts with ordinary reads or writes, so waiting for it makes traffic queue. */
export function blocksTraffic(mode: LockMode): boolean {
  return STRENGTH[mode] >= STRENGTH.SHARE;
}

export interface TableLock {
  table: string;
  mode: LockMode;
}

const LOCK_STMT_MODES: LockMode[] = [
  'ACCESS SHARE', // 0 is unused; LockStmt modes are 1-based
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
];

function alterTableLock(cmds: Node[] | undefined): LockMode {
  let mode: LockMode = 'SHARE UPDATE EXCLUSIVE';
  for (const c of cmds ?? []) {
    const cmd = nodeAs(c, 'AlterTableCmd');
    let m: LockMode = 'ACCESS EXCLUSIVE';
    switch (cmd?.subtype) {
      case 'AT_ValidateConstraint':
      case 'AT_SetStatistics':
      case 'AT_ClusterOn':
      case 'AT_DropCluster':
      case 'AT_SetRelOptions':
      case 'AT_ResetRelOptions':
        m = 'SHARE UPDATE EXCLUSIVE';
        break;
      case 'AT_DetachPartition':
        m = nodeAs(cmd.def, 'PartitionCmd')?.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
        break;
      case 'AT_AddConstraint':
        if (nodeAs(cmd.def, 'Constraint')?.contype === 'CONSTR_FOREIGN') m = 'SHARE ROW EXCLUSIVE';
        break;
      case 'AT_EnableTrig':
      case 'AT_DisableTrig':
      case 'AT_EnableAlwaysTrig':
      case 'AT_EnableReplicaTrig':
        m = 'SHARE ROW EXCLUSIVE';
        break;
    }
    if (STRENGTH[m] > STRENGTH[mode]) mode = m;
  }
  return mode;
}

/**
 * Locks a statement takes on tables that existed before this file (tables it created itself
 * do not count: nothing else uses them yet).
 */
const cache = new WeakMap<LintStatement, TableLock[]>();

export function locksOnExistingTables(file: LintFile, s: LintStatement): TableLock[] {
  let locks = cache.get(s);
  if (!locks) {
    locks = findLocks(file, s);
    cache.set(s, locks);
  }
  return locks;
}

function findLocks(file: LintFile, s: LintStatement): TableLock[] {
  const existing = (rv: RangeVar | undefined, mode: LockMode): TableLock[] =>
    rv && !file.isNewTable(rv, s.index) ? [{ table: relationName(rv), mode }] : [];
  const ast = s.ast;
  switch (s.kind) {
    case 'AlterTableStmt': {
      const a = nodeAs(ast, 'AlterTableStmt');
      const own = existing(a?.relation, alterTableLock(a?.cmds));
      const referenced: TableLock[] = [];
      for (const c of a?.cmds ?? []) {
        const cmd = nodeAs(c, 'AlterTableCmd');
        const fk = [nodeAs(cmd?.def, 'Constraint'), ...constraintsOf(nodeAs(cmd?.def, 'ColumnDef')?.constraints)];
        for (const con of fk) {
          if (con?.contype === 'CONSTR_FOREIGN') referenced.push(...existing(con.pktable, 'SHARE ROW EXCLUSIVE'));
        }
      }
      return [...own, ...referenced];
    }
    case 'IndexStmt': {
      const i = nodeAs(ast, 'IndexStmt');
      return existing(i?.relation, i?.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE');
    }
    case 'CreateStmt': {
      // A new table with a foreign key locks the table it references.
      const c = nodeAs(ast, 'CreateStmt');
      const out: TableLock[] = [];
      const cons = [
        ...constraintsOf(c?.tableElts),
        ...(c?.tableElts ?? []).flatMap((e) => constraintsOf(nodeAs(e, 'ColumnDef')?.constraints)),
      ];
      for (const con of cons) {
        if (con.contype === 'CONSTR_FOREIGN') out.push(...existing(con.pktable, 'SHARE ROW EXCLUSIVE'));
      }
      return out;
    }
    case 'DropStmt': {
      const d = nodeAs(ast, 'DropStmt');
      if (d?.concurrent) return [];
      if (d?.removeType !== 'OBJECT_TABLE' && d?.removeType !== 'OBJECT_INDEX') return [];
      return (d.objects ?? []).flatMap((o) => {
        const parts = (nodeAs(o, 'List')?.items ?? []).map((n) => nodeAs(n, 'String')?.sval ?? '');
        const rv: RangeVar = { relname: parts[parts.length - 1], schemaname: parts.length > 1 ? parts[0] : undefined };
        return existing(rv, 'ACCESS EXCLUSIVE');
      });
    }
    case 'RenameStmt':
      return existing(nodeAs(ast, 'RenameStmt')?.relation, 'ACCESS EXCLUSIVE');
    case 'TruncateStmt':
      return (nodeAs(ast, 'TruncateStmt')?.relations ?? []).flatMap((r) =>
        existing(nodeAs(r, 'RangeVar'), 'ACCESS EXCLUSIVE'),
      );
    case 'ReindexStmt': {
      const r = nodeAs(ast, 'ReindexStmt');
      return hasOption(r?.params, 'concurrently') ? [] : existing(r?.relation, 'SHARE');
    }
    case 'CreateTrigStmt':
      return existing(nodeAs(ast, 'CreateTrigStmt')?.relation, 'SHARE ROW EXCLUSIVE');
    case 'LockStmt': {
      const l = nodeAs(ast, 'LockStmt');
      const mode = LOCK_STMT_MODES[l?.mode ?? 8] ?? 'ACCESS EXCLUSIVE';
      return (l?.relations ?? []).flatMap((r) => existing(nodeAs(r, 'RangeVar'), mode));
    }
    case 'ClusterStmt':
      return existing(nodeAs(ast, 'ClusterStmt')?.relation, 'ACCESS EXCLUSIVE');
    case 'VacuumStmt': {
      const v = nodeAs(ast, 'VacuumStmt');
      if (!hasOption(v?.options, 'full')) return [];
      return (v?.rels ?? []).flatMap((r) => existing(nodeAs(r, 'VacuumRelation')?.relation, 'ACCESS EXCLUSIVE'));
    }
    default:
      return [];
  }
}

/** The first lock of a statement that makes ordinary traffic wait, if any. */
export function trafficBlockingLock(file: LintFile, s: LintStatement): TableLock | undefined {
  return locksOnExistingTables(file, s).find((l) => blocksTraffic(l.mode));
}
