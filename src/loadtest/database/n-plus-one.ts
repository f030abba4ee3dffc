/**
 * N+1 suspects: a statement the app ran many times per request, once for each row another
 * statement returned (`SELECT … FROM order_items WHERE order_id = $1` after a page of orders).
 * A statement repeated a fixed number of times, with no statement whose rows it follows, is not one.
 */
import { fingerprint } from '../../report/fingerprint.js';
import type { Finding, Location } from '../../report/types.js';
import { isDataStatement, oneLine, type ScenarioStatements, type StatementStats } from './statements.js';

export const N_PLUS_ONE_RULE = 'n-plus-one-query';

/** How far the repeated statement's calls may be from the parent's rows and still follow them. */
const FOLLOWS_ROWS_TOLERANCE = 0.25;

export interface NPlusOneSuspect {
  statement: StatementStats;
  callsPerRequest: number;
  /** The statement whose rows it follows: run once per row that one returned. */
  parent: StatementStats;
  parentRowsPerCall: number;
}

export function findNPlusOne(profile: ScenarioStatements, minCallsPerRequest: number): NPlusOneSuspect[] {
  const requests = Math.max(profile.requests, 1);
  const data = profile.statements.filter((s) => isDataStatement(s.query) && s.calls > 0);
  const suspects: NPlusOneSuspect[] = [];
  for (const s of data) {
    const callsPerRequest = s.calls / requests;
    if (callsPerRequest < minCallsPerRequest) continue;
    // The parent returns (about) as many rows as this statement has calls, in fewer calls.
    let best: { parent: StatementStats; off: number } | undefined;
    for (const p of data) {
      if (p === s || p.calls >= s.calls || p.rows <= p.calls) continue;
      const off = Math.abs(s.calls - p.rows) / p.rows;
      if (off <= FOLLOWS_ROWS_TOLERANCE && (!best || off < best.off)) best = { parent: p, off };
    }
    if (best) {
      suspects.push({
        statement: s,
        callsPerRequest,
        parent: best.parent,
        parentRowsPerCall: best.parent.rows / best.parent.calls,
      });
    }
  }
  return suspects.sort((a, b) => b.callsPerRequest - a.callsPerRequest);
}

/** `… WHERE order_id = $1` → `… WHERE order_id = ANY($1)`: the batched form, when there is exactly one such key. */
export function batchedForm(query: string): string | undefined {
  const keys = [...query.matchAll(/([a-z_][a-z0-9_.]*|"[^"]+")\s*=\s*(\$\d+)/gi)];
  if (keys.length !== 1) return undefined;
  const [whole, column, param] = keys[0];
  return query.replace(whole, `${column} = ANY(${param})`);
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

export function nPlusOneFinding(scenario: string, s: NPlusOneSuspect, location?: Location): Finding {
  const batched = batchedForm(s.statement.query);
  return {
    rule: N_PLUS_ONE_RULE,
    severity: 'warning',
    message: `N+1 query in '${scenario}': \`${oneLine(s.statement.query, 120)}\` ran ${fmt(s.callsPerRequest)} times per request, once per row of \`${oneLine(s.parent.query, 100)}\` (${fmt(s.parentRowsPerCall)} rows per call).`,
    location,
    fingerprint: fingerprint(N_PLUS_ONE_RULE, scenario, s.statement.query),
    fix: {
      description: batched
        ? 'Load the rows for all parents in one query (a join, or the batched statement below with the parent ids as an array), instead of one query per row.'
        : 'Load the rows for all parents in one query (a join or WHERE … IN / = ANY), instead of one query per row.',
      text: batched,
    },
    data: {
      scenario,
      statement: s.statement.query,
      queryid: s.statement.queryid,
      calls: s.statement.calls,
      callsPerRequest: Number(s.callsPerRequest.toFixed(2)),
      parentStatement: s.parent.query,
      parentRowsPerCall: Number(s.parentRowsPerCall.toFixed(2)),
    },
  };
}
