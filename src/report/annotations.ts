/**
 * Annotations at file:line. GitHub displays only about 10 per level per step, so the ones shown
 * are chosen: errors first, then by file and line, at most perLevel of each; the rest are
 * counted so the Action can say how many more are in the job summary.
 */
import { sortFindings } from './gate.js';
import type { Report, Severity } from './types.js';

export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export interface RankedAnnotations {
  annotations: Annotation[];
  omitted: Record<Severity, number>;
}

export interface AnnotationOptions {
  /** Folder of the working directory inside the repository, so paths are relative to its root. */
  pathPrefix?: string;
}

export function rankAnnotations(reports: Report[], perLevel = 10, opts: AnnotationOptions = {}): RankedAnnotations {
  const withFile = reports.flatMap((r) =>
    r.findings.filter((f) => f.location?.file).map((f) => ({ ...f, mode: r.mode })),
  );
  const ranked = sortFindings(withFile) as typeof withFile;
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const f of ranked) {
    if (shown[f.severity] >= perLevel) {
      omitted[f.severity]++;
      continue;
    }
    shown[f.severity]++;
    const loc = f.location!;
    const line = loc.line && loc.line > 0 ? loc.line : undefined;
    annotations.push({
      level: f.severity,
      title: `backend-gate ${f.mode}: ${f.rule}`,
      message: f.fix ? `${f.message}\nFix: ${f.fix.description}` : f.message,
      file: joinPath(opts.pathPrefix, loc.file),
      startLine: line,
      endLine: line && loc.endLine && loc.endLine >= line ? loc.endLine : line,
      // A column is only meaningful on a single line; GitHub ignores it across lines.
      startColumn:
        line && loc.column && loc.column > 0 && !(loc.endLine && loc.endLine > line) ? loc.column : undefined,
    });
  }
  return { annotations, omitted };
}

function joinPath(prefix: string | undefined, file: string): string {
  const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!prefix || normalized.startsWith('/')) return normalized;
  return `${prefix.replace(/\\/g, '/').replace(/\/+$/, '')}/${normalized}`;
}
