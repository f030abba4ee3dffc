/**
 * Workflow-command annotations (no token scope needed, so they work on fork PRs too), ranked by
 * rankAnnotations; what GitHub would not display is counted in one closing notice.
 */
import * as core from '@actions/core';
import { rankAnnotations } from '../report/annotations.js';
import type { Report, Severity } from '../report/types.js';

export type AnnotationSink = Pick<typeof core, 'error' | 'warning' | 'notice'>;

export interface AnnotateOptions {
  perLevel?: number;
  /** Folder of the working directory inside the repository. */
  pathPrefix?: string;
  /** Default: @actions/core (writes `::error file=…::` lines to stdout). */
  sink?: AnnotationSink;
}

export interface AnnotateResult {
  emitted: number;
  omitted: Record<Severity, number>;
}

export function emitAnnotations(reports: Report[], opts: AnnotateOptions = {}): AnnotateResult {
  const sink = opts.sink ?? core;
  const { annotations, omitted } = rankAnnotations(reports, opts.perLevel ?? 10, { pathPrefix: opts.pathPrefix });
  for (const a of annotations) {
    sink[a.level](a.message, {
      title: a.title,
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      startColumn: a.startColumn,
    });
  }
  const more = (['error', 'warning', 'notice'] as const)
    .filter((s) => omitted[s] > 0)
    .map((s) => `${omitted[s]} ${s}${omitted[s] === 1 ? '' : 's'}`);
  if (more.length > 0) {
    sink.notice(`${more.join(', ')} more in the job summary.`, { title: 'backend-gate: more findings' });
  }
  return { emitted: annotations.length, omitted };
}
