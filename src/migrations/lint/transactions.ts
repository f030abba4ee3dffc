/** Statements PostgreSQL refuses inside a transaction block, for the rules and for the runner. */
import type { Node } from 'libpg-query';
import { hasOption, nodeAs } from './ast.js';

/**
 * Why a statement cannot run inside a transaction block (its name, e.g. 'CREATE INDEX CONCURRENTLY'),
 * or undefined when it can. A runner that wraps files in a transaction must run these apart.
 */
export function nonTransactionalStatement(ast: Node, postgresVersion = 18): string | undefined {
  const index = nodeAs(ast, 'IndexStmt');
  if (index) return index.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
  const drop = nodeAs(ast, 'DropStmt');
  if (drop) return drop.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
  const reindex = nodeAs(ast, 'ReindexStmt');
  if (reindex) {
    if (hasOption(reindex.params, 'concurrently')) return 'REINDEX CONCURRENTLY';
    return reindex.kind === 'REINDEX_OBJECT_SYSTEM' || reindex.kind === 'REINDEX_OBJECT_DATABASE'
      ? 'REINDEX SYSTEM/DATABASE'
      : undefined;
  }
  const alter = nodeAs(ast, 'AlterTableStmt');
  if (alter) {
    const detach = (alter.cmds ?? []).some((c) => {
      const cmd = nodeAs(c, 'AlterTableCmd');
      return cmd?.subtype === 'AT_DetachPartition' && nodeAs(cmd.def, 'PartitionCmd')?.concurrent;
    });
    return detach ? 'DETACH PARTITION CONCURRENTLY' : undefined;
  }
  if (nodeAs(ast, 'VacuumStmt')?.is_vacuumcmd) return 'VACUUM'; // false (omitted) is ANALYZE, which can
  if (nodeAs(ast, 'CreatedbStmt')) return 'CREATE DATABASE';
  if (nodeAs(ast, 'DropdbStmt')) return 'DROP DATABASE';
  if (nodeAs(ast, 'AlterSystemStmt')) return 'ALTER SYSTEM';
  if (nodeAs(ast, 'CreateTableSpaceStmt')) return 'CREATE TABLESPACE';
  if (nodeAs(ast, 'DropTableSpaceStmt')) return 'DROP TABLESPACE';
  const enumAdd = nodeAs(ast, 'AlterEnumStmt');
  if (enumAdd?.newVal && !enumAdd.oldVal && postgresVersion < 12)
    return 'ALTER TYPE … ADD VALUE (before PostgreSQL 12)';
  return undefined;
}
