import { nodeAs, relationName } from '../ast.js';
import { eachAlterOfExistingTable, isSingleCommand, sqlOf, type Rule } from '../rule.js';

export const requireConcurrentPartitionDetach: Rule = {
  id: 'require-concurrent-partition-detach',
  aliases: ['require-concurrent-detach-partition'],
  severity: 'warning',
  doc: 'Detach partitions with DETACH PARTITION … CONCURRENTLY (PostgreSQL 14+).',
  why:
    'A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table: all reads and writes of every ' +
    'partition wait. CONCURRENTLY only takes SHARE UPDATE EXCLUSIVE on the parent.',
  fixHint: 'ALTER TABLE … DETACH PARTITION … CONCURRENTLY, outside a transaction.',
  check(file) {
    if (file.postgresVersion < 14) return [];
    return eachAlterOfExistingTable(file, (cmd, alter, s) => {
      if (cmd.subtype !== 'AT_DetachPartition') return undefined;
      const part = nodeAs(cmd.def, 'PartitionCmd');
      if (part?.concurrent) return undefined;
      const table = relationName(alter.relation);
      return {
        statement: s,
        message:
          `Detaching partition \`${relationName(part?.name)}\` from \`${table}\` takes an ACCESS EXCLUSIVE lock on ` +
          `\`${table}\`: all reads and writes of the partitioned table wait.`,
        subject: relationName(part?.name),
        fix: {
          description:
            'Detach concurrently, in a migration that does not run inside a transaction (not possible when the ' +
            'table has a default partition). If it is interrupted, finish with DETACH PARTITION … FINALIZE.',
          text: isSingleCommand(alter) && !/\bFINALIZE$/i.test(s.text) ? sqlOf(`${s.text} CONCURRENTLY`) : undefined,
        },
        data: { lock: 'ACCESS EXCLUSIVE', table },
      };
    });
  },
};
