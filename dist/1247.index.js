export const id = 1247;
export const ids = [1247];
export const modules = {

/***/ 41247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
;// CONCATENATED MODULE: ./src/audit/settings.ts
/**
 * Audit settings: the `audit:` section of the config overridden by flags / action inputs.
 * The database URL comes from --database-url or from the environment variable the config names;
 * a literal URL in the config is refused by the schema (only a variable name fits there).
 */



const AUDIT_DEFAULTS = {
    slowStatementMs: 100,
    topStatements: 10,
    seqScanMinRows: 10_000,
    minIndexScanShare: 0.95,
    unusedIndexMinBytes: 0,
    bloatMinDeadShare: 0.2,
    bloatMinDeadRows: 10_000,
    suggestIndexes: true,
    minCostReduction: 0.5,
};
function buildAuditSettings(ctx, flags) {
    const { config, workingDirectory } = ctx.settings;
    const raw = (config.raw.audit ?? {});
    const databaseUrl = resolveDatabaseUrl(ctx, flags, raw);
    const schemas = (0,modes/* flagList */.zg)(flags, 'schemas').flatMap((s) => s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean));
    const output = (0,modes/* flagString */.w)(flags, 'output') ?? raw.output;
    return {
        databaseUrl,
        schemas: schemas.length > 0 ? schemas : raw.schemas,
        slowStatementMs: numberFlag(flags, 'slow-statement-ms') ?? raw['slow-statement-ms'] ?? AUDIT_DEFAULTS.slowStatementMs,
        topStatements: raw['top-statements'] ?? AUDIT_DEFAULTS.topStatements,
        seqScanMinRows: raw['seq-scan-min-rows'] ?? AUDIT_DEFAULTS.seqScanMinRows,
        minIndexScanShare: raw['min-index-scan-share'] ?? AUDIT_DEFAULTS.minIndexScanShare,
        unusedIndexMinBytes: raw['unused-index-min-bytes'] ?? AUDIT_DEFAULTS.unusedIndexMinBytes,
        bloatMinDeadShare: raw['bloat-min-dead-share'] ?? AUDIT_DEFAULTS.bloatMinDeadShare,
        bloatMinDeadRows: raw['bloat-min-dead-rows'] ?? AUDIT_DEFAULTS.bloatMinDeadRows,
        suggestIndexes: (0,modes/* flagBoolean */.$h)(flags, 'suggest-indexes') ?? raw['suggest-indexes'] ?? AUDIT_DEFAULTS.suggestIndexes,
        minCostReduction: raw['min-cost-reduction'] ?? AUDIT_DEFAULTS.minCostReduction,
        output: output ? external_node_path_default().resolve(workingDirectory, output) : undefined,
    };
}
function resolveDatabaseUrl(ctx, flags, raw) {
    const fromFlag = (0,modes/* flagString */.w)(flags, 'database-url');
    if (fromFlag)
        return fromFlag;
    const { config } = ctx.settings;
    const envName = raw['database-url-env'];
    if (envName) {
        const value = ctx.env[envName];
        if (!value) {
            throw new errors/* ConfigurationError */.j1(`audit.database-url-env names the environment variable ${envName}, but it is not set. Set it (in a workflow: env: ${envName}: \${{ secrets.${envName} }}), or pass --database-url.`, { file: config.file, line: config.lineOf(['audit', 'database-url-env']) });
        }
        return value;
    }
    throw new errors/* ConfigurationError */.j1('audit needs a database to read: pass --database-url (action input database-url), or set audit.database-url-env in the config to the name of an environment variable that holds the URL.', config.found ? { file: config.file } : undefined);
}
function numberFlag(flags, name) {
    const v = (0,modes/* flagString */.w)(flags, name);
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0)
        throw new errors/* ConfigurationError */.j1(`Invalid --${name} '${v}'. Expected a number of milliseconds (0 or more).`);
    return n;
}

;// CONCATENATED MODULE: ./src/audit/command.ts

const auditCommand = {
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
        const { runAudit } = await Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(4955), __webpack_require__.e(4880), __webpack_require__.e(8206), __webpack_require__.e(6166)]).then(__webpack_require__.bind(__webpack_require__, 6166));
        const { report } = await runAudit(settings, { log: ctx.log, redactor: ctx.redactor, signal: ctx.signal });
        return report;
    },
};


/***/ })

};
