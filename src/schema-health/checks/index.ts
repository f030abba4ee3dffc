/**
 * Every schema-health check, in report order. One file per check; its tests live in
 * test/schema-health/. The id is what users put in `rules:` and `ignore:`.
 */
import type { SchemaHealthCheck } from '../check.js';
import { btreeIndexOnArrayOrBoolean } from './btree-index-on-array-or-boolean.js';
import { charColumn } from './char-column.js';
import { constraintNotValid } from './constraint-not-valid.js';
import { duplicateForeignKey } from './duplicate-foreign-key.js';
import { duplicateIndex } from './duplicate-index.js';
import { foreignKeyTypeMismatch } from './foreign-key-type-mismatch.js';
import { foreignKeyWithoutIndex } from './foreign-key-without-index.js';
import { identifierAtLengthLimit } from './identifier-at-length-limit.js';
import { integerKeyOverflowRisk } from './integer-key-overflow-risk.js';
import { invalidIndex } from './invalid-index.js';
import { jsonColumn } from './json-column.js';
import { missingSequenceOwnership } from './missing-sequence-ownership.js';
import { moneyColumn } from './money-column.js';
import { overlappingIndex } from './overlapping-index.js';
import { tableWithTooManyIndexes } from './table-with-too-many-indexes.js';
import { tableWithoutPrimaryKey } from './table-without-primary-key.js';
import { timestampWithoutTimeZone } from './timestamp-without-time-zone.js';
import { unloggedTable } from './unlogged-table.js';
import { unnamedConstraint } from './unnamed-constraint.js';

export const schemaHealthChecks: readonly SchemaHealthCheck[] = [
  foreignKeyWithoutIndex,
  invalidIndex,
  duplicateIndex,
  overlappingIndex,
  btreeIndexOnArrayOrBoolean,
  tableWithTooManyIndexes,
  tableWithoutPrimaryKey,
  constraintNotValid,
  duplicateForeignKey,
  foreignKeyTypeMismatch,
  integerKeyOverflowRisk,
  missingSequenceOwnership,
  unnamedConstraint,
  identifierAtLengthLimit,
  unloggedTable,
  timestampWithoutTimeZone,
  jsonColumn,
  moneyColumn,
  charColumn,
];
