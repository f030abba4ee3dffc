/**
 * The audit runner: one read-only session on a live database, every catalog and statistics
 * reading in it, and a Report. It never writes to the audited server; index suggestions are
 * proven elsewhere (a scratch copy of the schema on a throwaway server).
 */
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Redactor } from '../report/mask.js';
import { emptyReport, type Finding, type Report } from '../report/types.js';
import { selectChecks } from '../schema-health/index.js';
import {
  FOREIGN_KEY_WITHOUT_INDEX_RULE,
  missingIndexFromFinding,
  renderAuditDetails,
  type MissingIndex,
} from './details.js';
import { findBloatedTables } from './bloat.js';
import { readOverview } from './overview.js';
import { openReadOnlySession, type ReadOnlyProof } from './session.js';
import { findSequentialScanTables } from './sequential-scans.js';
import type { AuditSettings } from './settings.js';
import { readStatements, shortQuery, slowStatementFindings, type StatementsResult } from './statements.js';
import { findUnusedIndexes } from './unused-indexes.js';
import { migrationTimestamp } from '../schema-health/index-fix.js';
import {
  collectIndexCandidates,
  dataOf,
  fixOf,
  indexArtifacts,
  measuredText,
  proveIndexCandidates,
  suggestionFinding,
  type ProvenIndex,
} from './suggest/index.js';

export interface AuditDeps {
  log: Logger;
  redactor: Redactor;
  signal?: AbortSignal;
}

export interface AuditResult {
  report: Report;
  proof: ReadOnlyProof;
}

export async function runAudit(settings: AuditSettings, deps: AuditDeps): Promise<AuditResult> {
  const { log, redactor } = deps;
  const session = await openReadOnlySession(settings.databaseUrl, redactor);
  const schemas = settings.schemas && settings.schemas.length > 0 ? settings.schemas : null;
  const findings: Finding[] = [];
  let proof: ReadOnlyProof | undefined;
  let report: Report;
  try {
    const { server, db } = session;
    log.info(`audit of ${server.database} on PostgreSQL ${server.version} as ${server.user} (read-only transaction)`);
    const overview = await readOverview(db, schemas);

    const health: Finding[] = [];
    await log.group('schema-health checks', async () => {
      for (const check of selectChecks()) {
        deps.signal?.throwIfAborted();
        const r = await session.attempt(() => check.run({ db, schemas: schemas ?? undefined }));
        if (r.ok) health.push(...r.value);
        else log.warning(`check ${check.id} could not run: ${r.error}`);
      }
    });
    const unused = await findUnusedIndexes(db, schemas, {
      minBytes: settings.unusedIndexMinBytes,
      statsReset: overview.statsReset,
    });
    const seq = await findSequentialScanTables(db, schemas, {
      minRows: settings.seqScanMinRows,
      minIndexScanShare: settings.minIndexScanShare,
    });
    const bloat = await findBloatedTables(db, schemas, {
      minDeadShare: settings.bloatMinDeadShare,
      minDeadRows: settings.bloatMinDeadRows,
    });
    const attempted = await session.attempt(() =>
      readStatements(db, { major: server.major, limit: settings.topStatements }),
    );
    const statements: StatementsResult = attempted.ok ? attempted.value : { available: false, reason: attempted.error };
    if (!statements.available) log.info(`statements: ${statements.reason}`);

    const slowStatements = statements.available
      ? statements.statements.filter((s) => s.meanMs >= settings.slowStatementMs)
      : [];
    const foreignKeyFindings = health.filter((f) => f.rule === FOREIGN_KEY_WITHOUT_INDEX_RULE);
    const collected = settings.suggestIndexes
      ? await collectIndexCandidates(session, slowStatements, foreignKeyFindings)
      : { candidates: [], copies: new Map(), notes: [] };
    for (const note of collected.notes) log.info(`index suggestions: ${note}`);

    deps.signal?.throwIfAborted();
    proof = await session.close();
    if (proof.strongerLocks.length > 0 || proof.transactionIdAssigned) {
      // Cannot happen inside a READ ONLY transaction; if it ever does, say so loudly.
      log.warning(`audit session was not purely read-only: ${JSON.stringify(proof)}`);
    }

    // Proven on a throwaway server, after the live session has ended.
    let proven: ProvenIndex[] = [];
    if (collected.candidates.length > 0) {
      try {
        const result = await log.group(
          `proving ${collected.candidates.length} index candidate(s) on a scratch copy`,
          () =>
            proveIndexCandidates(collected.candidates, collected.copies, {
              minCostReduction: settings.minCostReduction,
              timestamp: migrationTimestamp(),
              log,
              redactor,
              signal: deps.signal,
            }),
        );
        proven = result.suggestions;
        for (const line of result.rejected) log.info(`not suggested: ${line}`);
      } catch (e) {
        // No throwaway server here (the Action bundle has no embedded PostgreSQL and no Docker
        // answered): the audit's findings stand; only the proof of the suggestions is missing.
        if (!(e instanceof ConfigurationError)) throw e;
        log.warning(`index suggestions were not proven: ${e.message}`);
      }
    }
    // Candidates were de-duplicated by table and columns, so at most one proof matches a foreign key.
    const provenFor = (f: Finding) =>
      proven.find(
        (p) =>
          p.candidate.schema === f.data?.schema &&
          p.candidate.table === f.data?.table &&
          p.candidate.columns.join(',') === (f.data?.columns as string[] | undefined)?.join(','),
      );
    const statementText = (p: ProvenIndex) =>
      p.candidate.source.kind === 'statement'
        ? `${p.candidate.source.statement.meanMs.toFixed(0)}ms avg query time, ${measuredText(p)}`
        : `${measuredText(p)} for the lookup each parent delete runs`;
    // A foreign key's finding carries its proven files and measured costs.
    for (const f of foreignKeyFindings) {
      const p = provenFor(f);
      if (!p) continue;
      f.fix = fixOf(p);
      f.data = { ...dataOf(p), ...f.data };
    }
    const coveredByForeignKey = new Set(foreignKeyFindings.map(provenFor).filter(Boolean));
    const statementSuggestions = proven.filter(
      (p) => p.candidate.source.kind === 'statement' && !coveredByForeignKey.has(p),
    );
    const missingIndexes: MissingIndex[] = [
      ...foreignKeyFindings
        .map((f) => {
          const m = missingIndexFromFinding(f);
          const p = provenFor(f);
          return m && p ? { ...m, reason: `${m.reason}; ${statementText(p)}` } : m;
        })
        .filter((m): m is MissingIndex => m !== undefined),
      ...statementSuggestions.map((p) => ({
        schema: p.candidate.schema,
        table: p.candidate.table,
        columns: p.candidate.columns,
        reason: statementText(p),
      })),
    ];
    const slow = statements.available ? slowStatementFindings(statements.statements, settings.slowStatementMs) : [];
    findings.push(
      ...health,
      ...unused.findings,
      ...seq.findings,
      ...bloat.findings,
      ...slow,
      ...statementSuggestions.map(suggestionFinding),
    );

    report = emptyReport(
      'audit',
      `Read-only audit of ${server.database} (PostgreSQL ${server.version}): ${overview.tables} tables, ${findings.length} findings.`,
    );
    report.findings = findings;
    report.metrics = {
      tables: overview.tables,
      totalRows: overview.totalRows,
      tableBytes: overview.tableBytes,
      indexBytes: overview.indexBytes,
      schemaHealthFindings: health.length,
      missingIndexes: missingIndexes.length,
      unusedIndexes: unused.indexes.length,
      unusedIndexBytes: unused.indexes.reduce((s, u) => s + u.bytes, 0),
      sequentialScanTables: seq.tables.length,
      bloatedTables: bloat.tables.length,
      estimatedBloatBytes: bloat.tables.reduce((s, t) => s + t.estimatedWasteBytes, 0),
      slowStatements: slow.length,
      indexCandidates: collected.candidates.length,
      provenIndexSuggestions: proven.length,
      statementsAvailable: statements.available ? 1 : 0,
      readOnlyStatements: proof.statements,
      locksAboveAccessShare: proof.strongerLocks.length,
      transactionIdAssigned: proof.transactionIdAssigned ? 1 : 0,
    };
    report.artifacts = await indexArtifacts(proven, settings.output);
    if (proven.length > 0) {
      report.tables.push({
        title: 'Proven index suggestions (EXPLAIN on a scratch copy)',
        columns: ['index', 'for', 'cost before', 'cost after', 'reduction %'],
        rows: proven.map((p) => [
          `${p.candidate.table}(${p.candidate.columns.join(', ')})`,
          p.candidate.source.kind === 'foreign-key' ? 'foreign key' : shortQuery(p.candidate.query, 60),
          round(p.costBefore),
          round(p.costAfter),
          round(p.reduction * 100),
        ]),
      });
    }
    if (unused.indexes.length > 0) {
      report.tables.push({
        title: 'Unused indexes',
        columns: ['table', 'index', 'size (bytes)'],
        rows: unused.indexes.map((u) => [`${u.schema}.${u.table}`, u.index, u.bytes]),
      });
    }
    if (seq.tables.length > 0) {
      report.tables.push({
        title: 'Tables read by sequential scans',
        columns: ['table', 'rows', 'seq scans', 'index scans', 'rows read by seq scans'],
        rows: seq.tables.map((t) => [`${t.schema}.${t.table}`, t.rows, t.seqScans, t.idxScans, t.seqRowsRead]),
      });
    }
    if (statements.available && statements.statements.length > 0) {
      report.tables.push({
        title: 'Top statements (pg_stat_statements)',
        columns: ['statement', 'calls', 'mean ms', 'total ms', 'rows'],
        rows: statements.statements.map((s) => [
          shortQuery(s.query, 80),
          s.calls,
          round(s.meanMs),
          round(s.totalMs),
          s.rows,
        ]),
      });
    }
    report.details = renderAuditDetails({
      server,
      overview,
      missingIndexes,
      unusedIndexes: unused.indexes,
      sequentialScans: seq.tables,
      bloatedTables: bloat.tables,
      statements,
      slowStatementMs: settings.slowStatementMs,
      health: health.filter((f) => f.rule !== FOREIGN_KEY_WITHOUT_INDEX_RULE),
    });
  } finally {
    if (!proof) await session.close().catch(() => {});
  }
  return { report, proof };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
