/**
 * Verified, not hoped: apply the generated migration to a copy of the current schema and
 * compare its normalized catalog with the target's; then apply the rollback and compare with
 * the original.
 */
import { withClient } from '../../postgres/index.js';
import { applySql, StatementError } from './apply.js';
import { compareDumps, dumpCatalog, type CatalogDump } from './dump.js';

export interface Verification {
  ok: boolean;
  /** What differs from the target after the migration (empty when equal). */
  up: string[];
  /** What differs from the original after the rollback. */
  rollback: string[];
  /** A statement that failed, with its line in the generated file. */
  error?: string;
}

/**
 * `copyUrl` is a database holding the current schema; it is changed (migrated, then rolled
 * back). `originalDump` saves a catalog read when the caller has one.
 */
export async function verifySchemaDiff(opts: {
  copyUrl: string;
  targetUrl: string;
  upSql: string;
  downSql: string;
  originalDump?: CatalogDump;
  files?: { up: string; rollback: string };
}): Promise<Verification> {
  const files = opts.files ?? { up: 'migration.sql', rollback: 'rollback.sql' };
  const original = opts.originalDump ?? (await withClient(opts.copyUrl, dumpCatalog));
  const target = await withClient(opts.targetUrl, dumpCatalog);
  const result: Verification = { ok: false, up: [], rollback: [] };
  try {
    await applySql(opts.copyUrl, opts.upSql, files.up);
    result.up = compareDumps(await withClient(opts.copyUrl, dumpCatalog), target);
    await applySql(opts.copyUrl, opts.downSql, files.rollback);
    result.rollback = compareDumps(await withClient(opts.copyUrl, dumpCatalog), original);
  } catch (e) {
    if (!(e instanceof StatementError)) throw e;
    result.error = e.message;
    return result;
  }
  result.ok = result.up.length === 0 && result.rollback.length === 0;
  return result;
}
