/**
 * Runs the schema-health checks against one database. Used by the migrations mode (scratch
 * database after the PR's migrations) and the audit mode (a live database, read-only).
 */
import { ConfigurationError } from '../errors.js';
import type { Finding } from '../report/types.js';
import type { CheckContext, SchemaHealthCheck } from './check.js';
import { schemaHealthChecks } from './checks/index.js';

export type { CheckContext, Queryable, SchemaHealthCheck } from './check.js';
export { schemaHealthChecks } from './checks/index.js';

export interface RunChecksOptions {
  /** Check ids to run; default all. An unknown id is a ConfigurationError naming the known ones. */
  only?: string[];
  /** Check ids to leave out (for instance rules set to `off`). */
  skip?: string[];
}

export function selectChecks(opts: RunChecksOptions = {}): SchemaHealthCheck[] {
  const known = new Set(schemaHealthChecks.map((c) => c.id));
  for (const id of [...(opts.only ?? []), ...(opts.skip ?? [])]) {
    if (!known.has(id)) {
      throw new ConfigurationError(`unknown schema-health check '${id}'. Known checks: ${[...known].join(', ')}.`);
    }
  }
  return schemaHealthChecks.filter(
    (c) => (!opts.only || opts.only.length === 0 || opts.only.includes(c.id)) && !opts.skip?.includes(c.id),
  );
}

/** Runs the checks one after another (they share one connection, possibly one read-only transaction). */
export async function runSchemaHealthChecks(ctx: CheckContext, opts: RunChecksOptions = {}): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const check of selectChecks(opts)) findings.push(...(await check.run(ctx)));
  return findings;
}
