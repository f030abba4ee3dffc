/**
 * Table-size awareness: with a stats file (row counts and sizes from production), lock findings
 * are judged by the table they lock. Each gets an estimate of how long it would block traffic at
 * that size, the findings are ranked by it, and those on tiny tables are downgraded to notice.
 *
 * The estimate is rows × a per-row cost of the work done under the lock. The costs are measured
 * on PostgreSQL 15 and 18, 2 cores, a 1,000,000-row table of 89 MB (shared reference notes
 * "anchors-migrations" §6): a rewrite (ADD COLUMN … DEFAULT random(), ALTER COLUMN TYPE) took
 * 1.56–1.75 s, CREATE INDEX 0.66–0.74 s, a validating scan (FK VALIDATE, SET NOT NULL, CHECK)
 * 0.07–0.18 s. Rewrites also scale with bytes (wide and TOASTed rows): the larger of the two wins.
 * Production hardware is usually faster and busier; the number is an order of magnitude.
 */
import type { Finding, Report, Severity } from '../../report/types.js';
import { formatBytes } from '../../schema-health/catalog.js';
import type { TableSize, TableStats } from './stats.js';

/** What a statement does while it holds its lock. Only the first three grow with the table. */
export type LockWork = 'rewrite' | 'index-build' | 'scan';

export const MICROSECONDS_PER_ROW: Record<LockWork, number> = { rewrite: 1.75, 'index-build': 0.75, scan: 0.18 };
/** 1.75 s for 89 MB: about 51 MB/s. */
export const NANOSECONDS_PER_BYTE_REWRITTEN = 1.75e9 / (89 * 1024 * 1024);
export const DEFAULT_SMALL_TABLE_ROWS = 10_000;

/** Rules whose statement does work proportional to the table while holding its lock. */
const WORK_BY_RULE: Record<string, LockWork> = {
  'table-rewrite': 'rewrite',
  'changing-column-type': 'rewrite',
  'adding-field-with-default': 'rewrite',
  'adding-serial-primary-key-field': 'index-build',
  'require-concurrent-index-creation': 'index-build',
  'disallowed-unique-constraint': 'index-build',
  'adding-foreign-key-constraint': 'scan',
  'constraint-missing-not-valid': 'scan',
  'adding-not-nullable-field': 'scan',
};

export interface TableSizeOptions {
  /** Tables with fewer rows than this are small: their lock findings become notices. */
  smallTableRows?: number;
  /** How the stats file is named in messages. */
  source?: string;
}

interface Sized {
  finding: Finding;
  table: TableSize;
  work: LockWork;
  estimatedMs: number;
}

/**
 * Returns a copy of the report where lock findings on tables the stats know carry
 * `data.tableRows`, `data.tableBytes` and `data.estimatedBlockMs`, sit in the order of that
 * estimate (largest first, in the slots lock findings already had), and are notices when their
 * table is small. Other findings are untouched. Pure: no I/O.
 */
export function applyTableSizes(report: Report, stats: TableStats, opts: TableSizeOptions = {}): Report {
  const small = opts.smallTableRows ?? DEFAULT_SMALL_TABLE_ROWS;
  const source = opts.source ?? 'the stats file';
  const lookup = tableLookup(stats.tables);
  const byLocation = workByLocation(report.findings);
  const sized = new Map<Finding, Sized>();
  const findings = report.findings.map((f) => {
    const work = workOf(f) ?? siblingWork(f, byLocation);
    if (!work) return f;
    const table = largest(tablesOf(f).map(lookup));
    if (!table) return f;
    const estimatedMs = estimateBlockMs(work, table);
    const blocks = blockedTraffic(f);
    const size = `${table.schema}.${table.table}: ${table.rows.toLocaleString('en-US')} rows, ${formatBytes(table.tableBytes)}`;
    const isSmall = table.rows < small;
    const severity: Severity = isSmall ? 'notice' : f.severity;
    const note = isSmall
      ? ` Downgraded to notice: at the size in ${source} (${size}), fewer than ${small.toLocaleString('en-US')} rows, the lock lasts about ${formatDuration(estimatedMs)}.`
      : ` At the size in ${source} (${size}) it would block ${blocks} for about ${formatDuration(estimatedMs)} (estimate).`;
    const out: Finding = {
      ...f,
      severity,
      message: f.message + note,
      data: {
        ...f.data,
        tableRows: table.rows,
        tableBytes: table.tableBytes,
        estimatedBlockMs: Math.round(estimatedMs),
        lockWork: work,
        ...(severity !== f.severity ? { severityBeforeTableSize: f.severity } : {}),
      },
    };
    sized.set(out, { finding: out, table, work, estimatedMs });
    return out;
  });
  // Ranked in place: lock findings trade slots among themselves, the rest keep theirs.
  const slots = findings.flatMap((f, i) => (sized.has(f) ? [i] : []));
  const ranked = slots.map((i) => sized.get(findings[i])!).sort((a, b) => b.estimatedMs - a.estimatedMs);
  slots.forEach((slot, k) => (findings[slot] = ranked[k].finding));

  const result: Report = { ...report, findings, metrics: { ...report.metrics }, tables: [...report.tables] };
  result.metrics['lock-findings-sized'] = ranked.length;
  result.metrics['lock-findings-downgraded'] = ranked.filter((s) => s.table.rows < small).length;
  result.metrics['max-estimated-block-ms'] = Math.round(ranked[0]?.estimatedMs ?? 0);
  if (ranked.length > 0) {
    result.tables.push({
      title: `Lock findings at production size (${source})`,
      columns: [
        '#',
        'Rule',
        'Table',
        'Rows',
        'Size',
        'Work under the lock',
        'Blocks',
        'Estimated',
        'Severity',
        'Where',
      ],
      rows: ranked.map((s, k) => [
        k + 1,
        s.finding.rule,
        `${s.table.schema}.${s.table.table}`,
        s.table.rows,
        formatBytes(s.table.tableBytes),
        s.work,
        blockedTraffic(s.finding),
        formatDuration(s.estimatedMs),
        s.finding.severity,
        s.finding.location ? `${s.finding.location.file}:${s.finding.location.line ?? ''}` : '',
      ]),
    });
  }
  return result;
}

export function estimateBlockMs(work: LockWork, table: Pick<TableSize, 'rows' | 'tableBytes'>): number {
  const byRows = (table.rows * MICROSECONDS_PER_ROW[work]) / 1000;
  if (work !== 'rewrite') return byRows;
  return Math.max(byRows, (table.tableBytes * NANOSECONDS_PER_BYTE_REWRITTEN) / 1e6);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(1, Math.round(ms))} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** Table names a finding is about: lint's `table`/`tables` (as written), the runner's `public.orders`. */
function tablesOf(f: Finding): string[] {
  const d = f.data ?? {};
  const names: unknown[] = [d.table, ...(Array.isArray(d.tables) ? d.tables : [])];
  return names.filter((n): n is string => typeof n === 'string' && n !== '' && n !== '?');
}

/** `orders` matches public.orders first, then the only table of that name in any schema; `s.t` matches exactly. */
function tableLookup(tables: TableSize[]): (name: string) => TableSize | undefined {
  const exact = new Map(tables.map((t) => [`${t.schema}.${t.table}`, t]));
  const byName = new Map<string, TableSize[]>();
  for (const t of tables) byName.set(t.table, [...(byName.get(t.table) ?? []), t]);
  return (name) => {
    const clean = name.replace(/"/g, '');
    if (exact.has(clean)) return exact.get(clean);
    if (clean.includes('.')) return undefined;
    const candidates = byName.get(clean) ?? [];
    return exact.get(`public.${clean}`) ?? (candidates.length === 1 ? candidates[0] : undefined);
  };
}

function largest(tables: (TableSize | undefined)[]): TableSize | undefined {
  return tables.reduce<TableSize | undefined>((a, b) => (b && (!a || b.rows > a.rows) ? b : a), undefined);
}

function locationKey(f: Finding): string | undefined {
  return f.location?.line === undefined ? undefined : `${f.location.file}:${f.location.line}`;
}

/** The measured blocks-traffic finding has no statement kind: it borrows the work of a lint finding on the same line. */
function workByLocation(findings: Finding[]): Map<string, LockWork> {
  const out = new Map<string, LockWork>();
  for (const f of findings) {
    const key = locationKey(f);
    const work = workOf(f);
    if (key && work && f.rule !== 'blocks-traffic') out.set(key, work);
  }
  return out;
}

function siblingWork(f: Finding, byLocation: Map<string, LockWork>): LockWork | undefined {
  if (f.rule !== 'blocks-traffic') return undefined;
  const key = locationKey(f);
  return key ? byLocation.get(key) : undefined;
}

/** The runner's measurements of the statement (`data.measured`), or the older flat fields. */
function measuredOf(f: Finding): { rewrites?: unknown; readBlockedMs?: unknown } {
  const m = f.data?.measured;
  return m && typeof m === 'object' ? (m as Record<string, unknown>) : (f.data ?? {});
}

/** The rule says what work its statement does; a rewrite measured on the scratch database says it too. */
function workOf(f: Finding): LockWork | undefined {
  const measuredRewrite = Array.isArray(measuredOf(f).rewrites) && (measuredOf(f).rewrites as unknown[]).length > 0;
  if (f.data?.rewrite === true || (measuredRewrite && f.rule !== 'blocks-traffic')) return 'rewrite';
  return WORK_BY_RULE[f.rule];
}

/** What waits: ACCESS EXCLUSIVE stops reads too; SHARE-type locks stop writes. */
function blockedTraffic(f: Finding): string {
  const d = f.data ?? {};
  const read = measuredOf(f).readBlockedMs;
  if (typeof read === 'number') return read > 0 ? 'reads and writes' : 'writes';
  if (f.rule === 'table-rewrite') return 'reads and writes';
  const lock = typeof d.lock === 'string' ? d.lock.toUpperCase() : '';
  return lock === 'ACCESS EXCLUSIVE' || lock === '' ? 'reads and writes' : 'writes';
}
