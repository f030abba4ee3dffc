/**
 * Every lint rule, in one table (as oasdiff's checker table): the docs and the names accepted
 * in ignore comments come from here. Adding a rule = one file + one line below.
 */
import type { Rule } from '../rule.js';
import { addingFieldWithDefault } from './adding-field-with-default.js';
import { addingForeignKeyConstraint } from './adding-foreign-key-constraint.js';
import { addingNotNullableField } from './adding-not-nullable-field.js';
import { addingRequiredField } from './adding-required-field.js';
import { addingSerialPrimaryKeyField } from './adding-serial-primary-key-field.js';
import { banAlterEnumAddValueInTransaction } from './ban-alter-enum-add-value-in-transaction.js';
import { banCharField } from './ban-char-field.js';
import { banConcurrentIndexCreationInTransaction } from './ban-concurrent-index-creation-in-transaction.js';
import { banDropColumn } from './ban-drop-column.js';
import { banDropDatabase } from './ban-drop-database.js';
import { banDropNotNull } from './ban-drop-not-null.js';
import { banDropTable } from './ban-drop-table.js';
import { banNonTransactionalStatementInTransaction } from './ban-non-transactional-statement-in-transaction.js';
import { banTruncateCascade } from './ban-truncate-cascade.js';
import { banUncommittedTransaction } from './ban-uncommitted-transaction.js';
import { changingColumnType } from './changing-column-type.js';
import { constraintMissingNotValid } from './constraint-missing-not-valid.js';
import { disallowedUniqueConstraint } from './disallowed-unique-constraint.js';
import { identifierTooLong } from './identifier-too-long.js';
import { preferBigintOverInt } from './prefer-bigint-over-int.js';
import { preferBigintOverSmallint } from './prefer-bigint-over-smallint.js';
import { preferIdentity } from './prefer-identity.js';
import { preferRobustStmts } from './prefer-robust-stmts.js';
import { preferTextField } from './prefer-text-field.js';
import { preferTimestamptz } from './prefer-timestamptz.js';
import { renamingColumn } from './renaming-column.js';
import { renamingTable } from './renaming-table.js';
import { requireConcurrentIndexCreation } from './require-concurrent-index-creation.js';
import { requireConcurrentIndexDeletion } from './require-concurrent-index-deletion.js';
import { requireConcurrentPartitionDetach } from './require-concurrent-partition-detach.js';
import { requireConcurrentReindex } from './require-concurrent-reindex.js';
import { requireEnumValueOrdering } from './require-enum-value-ordering.js';
import { requireLockTimeout } from './require-lock-timeout.js';
import { requireStatementTimeout } from './require-statement-timeout.js';
import { transactionNesting } from './transaction-nesting.js';

export const RULES: readonly Rule[] = [
  addingFieldWithDefault,
  addingForeignKeyConstraint,
  addingNotNullableField,
  addingRequiredField,
  addingSerialPrimaryKeyField,
  banAlterEnumAddValueInTransaction,
  banCharField,
  banConcurrentIndexCreationInTransaction,
  banDropColumn,
  banDropDatabase,
  banDropNotNull,
  banDropTable,
  banNonTransactionalStatementInTransaction,
  banTruncateCascade,
  banUncommittedTransaction,
  changingColumnType,
  constraintMissingNotValid,
  disallowedUniqueConstraint,
  identifierTooLong,
  preferBigintOverInt,
  preferBigintOverSmallint,
  preferIdentity,
  preferRobustStmts,
  preferTextField,
  preferTimestamptz,
  renamingColumn,
  renamingTable,
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  requireConcurrentPartitionDetach,
  requireConcurrentReindex,
  requireEnumValueOrdering,
  requireLockTimeout,
  requireStatementTimeout,
  transactionNesting,
];

/** Rule ids and their aliases (squawk's spellings) → rule id. */
export const RULE_NAMES: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const r of RULES) {
    for (const name of [r.id, ...(r.aliases ?? [])]) m.set(name, [...(m.get(name) ?? []), r.id]);
  }
  return m;
})();
