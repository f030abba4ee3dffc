/**
 * `backend-gate audit`: a scheduled, strictly read-only audit of a live PostgreSQL database.
 */
import type { ModeCommand } from '../modes.js';
import { AUDIT_DEFAULTS, buildAuditSettings } from './settings.js';

export const auditCommand: ModeCommand = {
  mode: 'audit',
  summary: 'Read-only audit of a live database: index health, unused indexes, sequential scans, slow statements.',
  help: `Usage: backend-gate audit [--database-url URL] [--schemas a,b] [options]

Audits a live PostgreSQL database without changing it: one session with
default_transaction_read_only, a READ ONLY transaction, short statement and lock
timeouts, and only catalog and statistics queries. A role with CONNECT and
pg_read_all_stats is enough.

Reports:
  - every schema-health check (foreign keys without an index, duplicate, overlapping
    and invalid indexes, keys near integer overflow, NOT VALID constraints, …)
  - unused indexes (no scans since the statistics reset) with their size
  - large tables read mostly by sequential scans
  - table bloat (dead rows autovacuum has not reclaimed), with the space it wastes
  - slow and frequent statements from pg_stat_statements, when installed

Options:
  --database-url URL        the database to audit; or set audit.database-url-env in the
                            config to the name of an environment variable holding it
  --schemas a,b             schemas to audit (default: every non-system schema)
  --slow-statement-ms N     mean time from which a statement is slow (default ${AUDIT_DEFAULTS.slowStatementMs})
  --suggest-indexes false   skip proving index suggestions (default true: candidates from
                            slow statements and unindexed foreign keys are measured with
                            EXPLAIN on a scratch copy of their tables on a throwaway
                            embedded PostgreSQL, never on the audited server)
  --output DIR              write the proven index migrations (up + rollback) here

Config (.backend-gate.yml, section audit:): database-url-env, schemas, slow-statement-ms,
top-statements, seq-scan-min-rows, min-index-scan-share, unused-index-min-bytes,
bloat-min-dead-share, bloat-min-dead-rows, suggest-indexes, min-cost-reduction, output.`,
  options: {
    'database-url': { type: 'string' },
    schemas: { type: 'string' },
    'slow-statement-ms': { type: 'string' },
    output: { type: 'string' },
    'suggest-indexes': { type: 'string' },
  },
  async run(ctx, input) {
    const settings = buildAuditSettings(ctx, input.flags);
    ctx.redactor.addUrl(settings.databaseUrl);
    // Loaded on demand: `--help` and the other modes need neither pg nor the checks.
    const { runAudit } = await import('./run.js');
    const { report } = await runAudit(settings, { log: ctx.log, redactor: ctx.redactor, signal: ctx.signal });
    return report;
  },
};
