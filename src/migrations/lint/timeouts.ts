/** Shared by require-lock-timeout and require-statement-timeout: the first lock taken with no timeout set. */
import { nodeAs } from './ast.js';
import type { LintFile, LintStatement } from './context.js';
import { lockEffect, trafficBlockingLock, type TableLock } from './locks.js';

function setsTimeout(s: LintStatement, setting: string): boolean | undefined {
  const v = nodeAs(s.ast, 'VariableSetStmt');
  if (!v || v.name?.toLowerCase() !== setting) return undefined;
  if (v.kind !== 'VAR_SET_VALUE') return false; // RESET, SET … TO DEFAULT
  const arg = nodeAs(v.args?.[0], 'A_Const');
  const value = arg?.ival?.ival ?? arg?.sval?.sval ?? arg?.fval?.fval;
  // ival is omitted for 0 in the JSON AST.
  return !(value === undefined || value === 0 || value === '0' || /^0+\s*[a-z]*$/i.test(String(value)));
}

/** The first statement that takes a traffic-blocking lock on an existing table while `setting` is unset. */
export function firstLockWithoutTimeout(
  file: LintFile,
  setting: 'lock_timeout' | 'statement_timeout',
): { statement: LintStatement; lock: TableLock } | undefined {
  let set = false;
  for (const s of file.statements) {
    const change = setsTimeout(s, setting);
    if (change !== undefined) {
      set = change;
      continue;
    }
    if (set) continue;
    const lock = trafficBlockingLock(file, s);
    if (lock) return { statement: s, lock };
  }
  return undefined;
}

export function describeLock(lock: TableLock): string {
  return `${lock.mode} on \`${lock.table}\` (${lockEffect(lock.mode)})`;
}
