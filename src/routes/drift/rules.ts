/** The spec↔code drift rules: id, level, what each finds. */
import type { Severity } from '../../report/types.js';

export interface DriftRule {
  id: string;
  level: Severity;
  doc: string;
}

export const DRIFT_RULES = {
  undocumented: {
    id: 'route-undocumented',
    level: 'warning',
    doc: 'the code registers a route the spec does not document',
  },
  notImplemented: {
    id: 'route-not-implemented',
    level: 'error',
    doc: 'the spec documents an operation no route in the code registers',
  },
  paramMismatch: {
    id: 'route-param-mismatch',
    level: 'warning',
    doc: 'spec and code disagree on a parameter of the same route (name, type, required query parameter)',
  },
  unresolved: {
    id: 'route-unresolved',
    level: 'notice',
    doc: 'a route whose path is computed at run time, so it cannot be checked against the spec',
  },
} as const satisfies Record<string, DriftRule>;

export const DRIFT_RULE_LIST: DriftRule[] = Object.values(DRIFT_RULES);
