/**
 * Index candidates from the live database, read-only: the slow statements' generic plans
 * (EXPLAIN (GENERIC_PLAN), PostgreSQL 16+, never executed) show which tables they scan
 * sequentially and on which columns they filter; foreign keys without an index give the
 * lookup every parent delete runs. Nothing is suggested here, only collected for the proof.
 * (VERBOSE is what puts each scanned relation's schema into the plan.)
 */
import type { Finding } from '../../report/types.js';
import type { ReadOnlySession } from '../session.js';
import type { StatementStats } from '../statements.js';

export interface IndexCandidate {
  schema: string;
  table: string;
  columns: string[];
  /** The statement whose plan must get cheaper (parameters as $n). */
  query: string;
  /** Tables the statement reads, all copied into the scratch schema. */
  relations: { schema: string; table: string }[];
  source: { kind: 'statement'; statement: StatementStats; filter: string } | { kind: 'foreign-key'; finding: Finding };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Schema?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

const LOCKING_SELECT = /\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b/i;

/** Column comparisons on the left of an operator in a plan's Filter: `(orders.user_id = $1)`, `((kind)::text = $1)`. */
export function filterColumns(filter: string): { equality: string[]; range: string[] } {
  const equality: string[] = [];
  const range: string[] = [];
  const ident = '"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*';
  const re = new RegExp(
    `\\(*(?:(?:${ident})\\.)?(${ident})\\)*(?:::[a-z][a-z0-9 _]*(?:\\[\\])?\\)*)?\\s*(=|<=|>=|<|>)(?!=)`,
    'gi',
  );
  for (const m of filter.matchAll(re)) {
    const raw = m[1];
    if (/^(and|or|not|any|all)$/i.test(raw)) continue;
    const col = raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
    const list = m[2] === '=' ? equality : range;
    if (!equality.includes(col) && !range.includes(col)) list.push(col);
  }
  return { equality, range };
}

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

export async function statementCandidates(
  session: ReadOnlySession,
  statements: StatementStats[],
): Promise<{ candidates: IndexCandidate[]; notes: string[] }> {
  const notes: string[] = [];
  if (session.server.major < 16) {
    return {
      candidates: [],
      notes: ['index suggestions from statements need PostgreSQL 16+ (EXPLAIN (GENERIC_PLAN))'],
    };
  }
  const candidates: IndexCandidate[] = [];
  for (const statement of statements) {
    // Only plain reads: planning an UPDATE/DELETE or SELECT … FOR UPDATE would take a stronger lock.
    if (!/^\s*select\b/i.test(statement.query) || LOCKING_SELECT.test(statement.query)) continue;
    const r = await session.attempt(() =>
      session.db.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
        `EXPLAIN (GENERIC_PLAN, VERBOSE, FORMAT JSON) ${statement.query}`,
      ),
    );
    if (!r.ok) {
      notes.push(`could not plan a statement (${r.error})`);
      continue;
    }
    const root = r.value.rows[0]['QUERY PLAN'][0].Plan;
    const relations: IndexCandidate['relations'] = [];
    const scans: { schema: string; table: string; filter: string }[] = [];
    walk(root, (n) => {
      if (n['Relation Name'] && n.Schema) {
        if (!relations.some((x) => x.schema === n.Schema && x.table === n['Relation Name'])) {
          relations.push({ schema: n.Schema, table: n['Relation Name'] });
        }
        if (n['Node Type'] === 'Seq Scan' && n.Filter)
          scans.push({ schema: n.Schema, table: n['Relation Name'], filter: n.Filter });
      }
    });
    for (const scan of scans) {
      const { equality, range } = filterColumns(scan.filter);
      const columns = [...equality, ...range.slice(0, 1)].slice(0, 3);
      if (columns.length === 0) continue;
      candidates.push({
        schema: scan.schema,
        table: scan.table,
        columns,
        query: statement.query,
        relations,
        source: { kind: 'statement', statement, filter: scan.filter },
      });
    }
  }
  return { candidates, notes };
}

/** The lookup PostgreSQL runs on the child table for every delete or key update on the parent. */
export function foreignKeyCandidate(finding: Finding): IndexCandidate | undefined {
  const d = finding.data ?? {};
  if (typeof d.table !== 'string' || !Array.isArray(d.columns) || d.columns.length === 0) return undefined;
  const schema = typeof d.schema === 'string' ? d.schema : 'public';
  const columns = d.columns.map(String);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return {
    schema,
    table: d.table,
    columns,
    query: `SELECT 1 FROM ${q(schema)}.${q(d.table)} WHERE ${columns.map((c, i) => `${q(c)} = $${i + 1}`).join(' AND ')}`,
    relations: [{ schema, table: d.table }],
    source: { kind: 'foreign-key', finding },
  };
}
