import type { Rule } from '../rule.js';
import { describeLock, firstLockWithoutTimeout } from '../timeouts.js';

export const requireLockTimeout: Rule = {
  id: 'require-lock-timeout',
  aliases: ['require-timeout-settings'],
  severity: 'warning',
  doc: 'Set lock_timeout before the first statement that locks an existing table.',
  why:
    'A DDL statement waiting for its lock (behind one long transaction) makes every later query on the table queue ' +
    'behind it: the table is down for as long as it waits. lock_timeout makes it give up instead, so it can be retried.',
  fixHint: "SET lock_timeout = '5s'; at the top of the migration.",
  check(file) {
    const hit = firstLockWithoutTimeout(file, 'lock_timeout');
    if (!hit) return [];
    return [
      {
        statement: hit.statement,
        message:
          `No lock_timeout is set before this statement takes ${describeLock(hit.lock)}: while it waits for the ` +
          `lock, every other query on \`${hit.lock.table}\` queues behind it.`,
        fix: {
          description: 'Set a lock timeout at the top of the file and retry the migration if it times out.',
          text: "SET lock_timeout = '5s';",
        },
        data: { lock: hit.lock.mode, table: hit.lock.table },
      },
    ];
  },
};
