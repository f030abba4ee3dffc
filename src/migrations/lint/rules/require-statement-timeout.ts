import type { Rule } from '../rule.js';
import { describeLock, firstLockWithoutTimeout } from '../timeouts.js';

export const requireStatementTimeout: Rule = {
  id: 'require-statement-timeout',
  aliases: ['require-timeout-settings'],
  severity: 'warning',
  doc: 'Set statement_timeout before the first statement that locks an existing table.',
  why:
    'A statement that holds a lock for longer than expected (a bigger table than in staging, a slow scan) keeps ' +
    'the table blocked for all of that time. statement_timeout bounds the outage.',
  fixHint: "SET statement_timeout = '15s'; at the top of the migration.",
  check(file) {
    const hit = firstLockWithoutTimeout(file, 'statement_timeout');
    if (!hit) return [];
    return [
      {
        statement: hit.statement,
        message:
          `No statement_timeout is set before this statement takes ${describeLock(hit.lock)}: nothing bounds how ` +
          `long \`${hit.lock.table}\` stays blocked.`,
        fix: {
          description: 'Set a statement timeout at the top of the file.',
          text: "SET statement_timeout = '15s';",
        },
        data: { lock: hit.lock.mode, table: hit.lock.table },
      },
    ];
  },
};
