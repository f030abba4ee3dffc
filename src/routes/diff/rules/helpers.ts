/** Small shared pieces of the diff rules: naming the place a change sits, picking changes by kind. */
import type { Json, Operation } from '../../model.js';
import type { Located, LoadedSpec } from '../../spec/load.js';
import type { SchemaChangeKind } from '../schema-compare.js';
import type { Area, AreaChange, ChangedOperation, DiffContext, RuleHit } from '../types.js';

export function describeArea(area: Area): string {
  switch (area.kind) {
    case 'parameter':
      return `${area.in} parameter '${area.name}'`;
    case 'request-body':
      return `request body (${area.mediaType})`;
    case 'response-body':
      return `response ${area.status} (${area.mediaType})`;
    case 'response-header':
      return `response ${area.status} header '${area.name}'`;
  }
}

/** `request body (application/json) property 'items[].quantity'`, or the area alone at its root. */
export function describePlace(c: AreaChange): string {
  const area = describeArea(c.area);
  return c.path ? `${area} property '${c.path}'` : area;
}

export function areaKey(area: Area): string {
  switch (area.kind) {
    case 'parameter':
      return `${area.in}:${area.name}`;
    case 'request-body':
      return `request:${area.mediaType}`;
    case 'response-body':
      return `response:${area.status}:${area.mediaType}`;
    case 'response-header':
      return `header:${area.status}:${area.name.toLowerCase()}`;
  }
}

export function isRequestArea(area: Area): boolean {
  return area.kind === 'parameter' || area.kind === 'request-body';
}

export function isResponseArea(area: Area): boolean {
  return area.kind === 'response-body' || area.kind === 'response-header';
}

/** A hit for every schema change of the given kind that passes the filter. */
export function hitsFor(
  ctx: DiffContext,
  kind: SchemaChangeKind,
  filter: (c: AreaChange) => boolean,
  message: (c: AreaChange) => string,
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const op of ctx.changed) {
    for (const c of ctx.schemaChanges(op)) {
      if (c.kind !== kind || !filter(c)) continue;
      hits.push({
        operation: op.head,
        subject: [areaKey(c.area), c.path, ...Object.values(c.detail).map((v) => JSON.stringify(v))],
        message: message(c),
        base: c.base,
        head: c.head,
        data: { ...c.detail },
      });
    }
  }
  return hits;
}

/** One parameter of a changed operation, keyed `in:name`, as the base and the head spec have it. */
export interface ParameterPair {
  op: ChangedOperation;
  key: string;
  base?: Located<Json>;
  head?: Located<Json>;
}

/**
 * A hit for every parameter `hit` reports, about the parameter's key: each parameter of the `side`
 * spec (base for removed or changed ones, head for new ones) with its version on the other side.
 */
export function parameterHits(
  ctx: DiffContext,
  side: 'base' | 'head',
  hit: (p: ParameterPair) => Omit<RuleHit, 'operation' | 'subject'> | undefined,
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const op of ctx.changed) {
    const base = ctx.parameters(ctx.base, op.base);
    const head = ctx.parameters(ctx.head, op.head);
    const [own, other] = side === 'base' ? [base, head] : [head, base];
    for (const [key, p] of own) {
      const pair =
        side === 'base' ? { op, key, base: p, head: other.get(key) } : { op, key, base: other.get(key), head: p };
      const h = hit(pair);
      if (h) hits.push({ operation: op.head, subject: [key], ...h });
    }
  }
  return hits;
}

export function show(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
}

/** The operation's security requirement alternatives (its own, else the document's). */
export function securityOf(
  spec: LoadedSpec,
  op: Operation,
): { alternatives: Record<string, string[]>[]; node?: Located } {
  const own = spec.child<unknown>(op.node, 'security');
  const root: Located = { value: spec.root.data, file: spec.root, pointer: '' };
  const node = own ?? spec.child<unknown>(root, 'security');
  const value = node?.value;
  const alternatives = Array.isArray(value) ? (value as Json[]).map((a) => a as Record<string, string[]>) : [];
  return { alternatives, node };
}

export function statusIsSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}
