/**
 * Runs the schema-health checks against one database. Used by the migrations mode (scratch
 * database after the PR's migrations) and the audit mode (a live database, read-only).
 */
import { ConfigurationError } from '../errors.js';
import type { Finding } from '../report/types.js';
import type { CheckContext, Queryable, SchemaHealthCheck } from './check.js';
import { anyRelationInScope } from './catalog.js';
import { schemaHealthChecks } from './checks/index.js';

export type { CheckContext, Queryable, SchemaHealthCheck } from './check.js';
export { schemaHealthChecks } from './checks/index.js';

export interface RunChecksOptions {
  /** Check ids to run; default all. An unknown id is a ConfigurationError naming the known ones. */
  only?: string[];
  /** Check ids to leave out (for instance rules set to `off`). */
  skip?: string[];
  /**
   * More sessions on the same database: the checks are spread over ctx.db and these, so their
   * catalog reads run at the same time. Not for a read-only transaction (it lives on one session).
   */
  sessions?: Queryable[];
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

/**
 * Runs the checks, one after another on each session (ctx.db and opts.sessions), sharing the
 * catalog reads several of them need. Findings come in registry order whatever ran first.
 */
export async function runSchemaHealthChecks(ctx: CheckContext, opts: RunChecksOptions = {}): Promise<Finding[]> {
  const checks = selectChecks(opts);
  if (checks.length === 0 || !(await anyRelationInScope(ctx))) return [];
  const shared = ctx.shared ?? new Map<string, Promise<unknown>>();
  const found: Finding[][] = new Array(checks.length);
  let next = 0;
  const settled = await Promise.allSettled(
    [ctx.db, ...(opts.sessions ?? [])].map(async (db) => {
      while (next < checks.length) {
        const i = next++;
        try {
          found[i] = await checks[i].run({ ...ctx, db, shared });
        } catch (e) {
          next = checks.length; // the other sessions stop after their current check
          throw e;
        }
      }
    }),
  );
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return found.flat();
}
