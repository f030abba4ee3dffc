/**
 * A schema-health check reads the PostgreSQL catalog (read-only queries only) and returns
 * findings. The migrations mode runs them on the scratch database after the PR's migrations
 * (and reports only what the PR introduced, by comparing fingerprints with the base schema);
 * the audit mode runs them on a live database inside a read-only transaction.
 * One check per file in ./checks/, listed in ./checks/index.ts. A check judges relations (tables,
 * indexes, sequences…) and what hangs on them: runSchemaHealthChecks skips all of them on a scope
 * that holds no relation.
 */
import type { Finding, Severity } from '../report/types.js';

/** The subset of pg's client this needs: read-only queries. */
export interface Queryable {
  query<R extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: R[] }>;
}

export interface CheckContext {
  db: Queryable;
  /** Schemas to inspect; default: every non-system schema. */
  schemas?: string[];
  /** Where findings point when a schema object came from a file (migrations mode sets it). */
  sourceOf?: (objectName: string) => { file: string; line?: number } | undefined;
  /**
   * Catalog reads several checks share (the index list, the column list), made once per run of
   * the checks: runSchemaHealthChecks sets it. Without it each check reads for itself.
   */
  shared?: Map<string, Promise<unknown>>;
}

export interface SchemaHealthCheck {
  /** kebab-case, e.g. 'foreign-key-without-index'. */
  id: string;
  severity: Severity;
  /** One line for docs and `--help`. */
  doc: string;
  run(ctx: CheckContext): Promise<Finding[]>;
}
