export type Mode = 'routes' | 'migrations' | 'loadtest' | 'audit';
export const MODES: readonly Mode[] = ['routes', 'migrations', 'loadtest', 'audit'];

export type Severity = 'error' | 'warning' | 'notice';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export interface Location {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  /** JSON pointer inside a spec, when the finding is about one. */
  pointer?: string;
}

export interface Fix {
  description: string;
  /** SQL, code or config text to apply. */
  text?: string;
  files?: { path: string; content: string }[];
}

export interface Finding {
  /** kebab-case rule id a user can name in an ignore list: 'foreign-key-without-index'. */
  rule: string;
  severity: Severity;
  /** One sentence a reviewer understands. */
  message: string;
  location?: Location;
  /** Stable across runs and unrelated edits; see fingerprint(). */
  fingerprint: string;
  fix?: Fix;
  /** Measured values: lock mode, blocked ms, p99, before/after cost. */
  data?: Record<string, unknown>;
}

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface Chart {
  title: string;
  /** Label of the x axis ('percentile', 'second'). */
  xLabel?: string;
  yLabel?: string;
  x: (string | number)[];
  series: { name: string; values: number[] }[];
}

export interface Artifact {
  /** What it is, for a person: 'migration', 'rollback', 'histogram'. */
  kind: string;
  path: string;
  content?: string;
}

/** What a mode runner returns. Data only: each reporter draws it its own way. */
export interface Report {
  mode: Mode;
  /** One line saying what was checked ('3 migrations applied to PostgreSQL 18.4'). */
  summary: string;
  findings: Finding[];
  metrics: Record<string, number>;
  tables: Table[];
  charts: Chart[];
  artifacts: Artifact[];
  /** Free-form lines in the seed's layout, for the terminal and the collapsed details. */
  details?: string[];
}

export function emptyReport(mode: Mode, summary = ''): Report {
  return { mode, summary, findings: [], metrics: {}, tables: [], charts: [], artifacts: [] };
}
