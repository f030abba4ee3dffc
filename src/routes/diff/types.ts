import type { Severity } from '../../report/types.js';
import type { Json, Operation } from '../model.js';
import type { Located, LoadedSpec } from '../spec/load.js';
import type { SchemaChange } from './schema-compare.js';

/** Which part of an operation a schema belongs to. */
export type Area =
  | { kind: 'parameter'; in: string; name: string }
  | { kind: 'request-body'; mediaType: string }
  | { kind: 'response-body'; status: string; mediaType: string }
  | { kind: 'response-header'; status: string; name: string };

export interface AreaChange extends SchemaChange {
  area: Area;
}

/** An operation present in both specs whose content (references included) changed. */
export interface ChangedOperation {
  key: string;
  base: Operation;
  head: Operation;
}

export interface DiffContext {
  base: LoadedSpec;
  head: LoadedSpec;
  /** YYYY-MM-DD, for sunset dates. */
  today: string;
  added: Operation[];
  removed: Operation[];
  changed: ChangedOperation[];
  /** Parameters of an operation, keyed `in:name`. */
  parameters(spec: LoadedSpec, op: Operation): Map<string, Located<Json>>;
  /** Every schema change inside a changed operation (parameters, bodies, response headers), computed once. */
  schemaChanges(op: ChangedOperation): AreaChange[];
}

export interface RuleHit {
  /** The endpoint the hit is about. */
  operation: Operation;
  /** What identifies the hit within the endpoint (a parameter, a property path…): part of the fingerprint. */
  subject: (string | number)[];
  message: string;
  base?: Located;
  head?: Located;
  data?: Record<string, unknown>;
}

export interface DiffRule {
  /** kebab-case, usable in `rules:` and `ignore:` of .backend-gate.yml. */
  id: string;
  /** error = breaks clients, warning = may break, notice = safe change worth knowing. */
  level: Severity;
  /** One line: what the rule finds. */
  doc: string;
  /** What to do about it. */
  fixHint: string;
  check(ctx: DiffContext): RuleHit[];
}
