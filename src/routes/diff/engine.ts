/**
 * Compares two loaded specs operation by operation and runs the rule table over the result.
 * Operations with the same content hash (references included) are skipped.
 */
import { fingerprint } from '../../report/fingerprint.js';
import type { Finding } from '../../report/types.js';
import { derefChild, listOperations, operationParameters, type Json, type Operation } from '../model.js';
import type { Located, LoadedSpec } from '../spec/load.js';
import { sameParts } from '../spec/same.js';
import { OperationHasher } from './hash.js';
import { DIFF_RULES } from './rules/index.js';
import { SchemaComparer } from './schema-compare.js';
import type { AreaChange, ChangedOperation, DiffContext, DiffRule } from './types.js';

export interface DiffOptions {
  today?: string;
  rules?: DiffRule[];
}

export interface OperationRow {
  endpoint: string;
  change: 'added' | 'removed' | 'changed';
  findings: Finding[];
}

export interface DiffResult {
  findings: Finding[];
  operations: OperationRow[];
  stats: {
    baseOperations: number;
    headOperations: number;
    added: number;
    removed: number;
    changed: number;
    unchanged: number;
  };
}

/**
 * Path items equal in both single-file specs that reach only equal components, with the same
 * top-level `security`: nothing they reach can differ, so their operations need no hash.
 */
function equalPathItems(base: LoadedSpec, head: LoadedSpec): Set<string> {
  if (base.files.size !== 1 || head.files.size !== 1) return new Set();
  const parts = sameParts(base.root.data, head.root.data);
  if (parts.restEqual) return parts.paths;
  const security = (spec: LoadedSpec) => JSON.stringify((spec.root.data as Json).security ?? null);
  return security(base) === security(head) ? parts.stablePaths : new Set();
}

export function diffSpecs(base: LoadedSpec, head: LoadedSpec, options: DiffOptions = {}): DiffResult {
  const { result, locate } = compareSpecs(base, head, options);
  locate();
  return result;
}

/**
 * The comparison, with the findings' file:line left for `locate()`: on a big spec locating needs
 * an index of each JSON text, which the check worker makes once it is done (see diffSpecFiles).
 */
export function compareSpecs(
  base: LoadedSpec,
  head: LoadedSpec,
  options: DiffOptions = {},
): { result: DiffResult; locate(): void } {
  const baseOps = listOperations(base);
  const headOps = listOperations(head);
  const single = base.files.size === 1 && head.files.size === 1;
  const stable = single ? sameParts(base.root.data, head.root.data).stableComponents : new Set<string>();
  const baseHasher = new OperationHasher(base, stable);
  const headHasher = new OperationHasher(head, stable);
  const added: Operation[] = [];
  const removed: Operation[] = [];
  const changed: ChangedOperation[] = [];
  let unchanged = 0;
  const same = equalPathItems(base, head);
  for (const [key, b] of baseOps) {
    const h = headOps.get(key);
    if (!h) removed.push(b);
    else if (b.path === h.path && (same.has(b.path) || baseHasher.hash(b) === headHasher.hash(h))) unchanged++;
    else changed.push({ key, base: b, head: h });
  }
  for (const [key, h] of headOps) if (!baseOps.has(key)) added.push(h);

  const comparer = new SchemaComparer(base, head);
  const cache = new Map<string, AreaChange[]>();
  const ctx: DiffContext = {
    base,
    head,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    added,
    removed,
    changed,
    parameters: (spec, op) => operationParameters(spec, op),
    schemaChanges(op) {
      let found = cache.get(op.key);
      if (!found) {
        found = operationSchemaChanges(base, head, comparer, op);
        cache.set(op.key, found);
      }
      return found;
    },
  };

  const findings: Finding[] = [];
  const unlocated: { finding: Finding; base?: Located; head?: Located }[] = [];
  for (const rule of options.rules ?? DIFF_RULES) {
    for (const hit of rule.check(ctx)) {
      const where = hit.head ?? hit.base;
      const endpoint = hit.operation.label;
      const finding: Finding = {
        rule: rule.id,
        severity: rule.level,
        message: `${endpoint}: ${hit.message}`,
        location: where && { file: where.file.display, pointer: where.pointer },
        fingerprint: fingerprint(rule.id, hit.operation.key, ...hit.subject),
        fix: { description: rule.fixHint },
        data: { endpoint, ...hit.data },
      };
      findings.push(finding);
      unlocated.push({ finding, base: hit.base, head: hit.head });
    }
  }
  const locate = () => {
    for (const { finding, base: b, head: h } of unlocated.splice(0)) {
      const where = h ?? b;
      const pos = where?.file.locate(where.pointer);
      if (where)
        finding.location = { file: where.file.display, line: pos?.line, column: pos?.column, pointer: where.pointer };
      // The endpoint first, then where in each spec, then what the rule adds (as before locating moved here).
      const { endpoint, ...rest } = finding.data!;
      finding.data = { endpoint, ...(b && { base: base.where(b) }), ...(h && { head: head.where(h) }), ...rest };
    }
  };

  const rows = new Map<string, OperationRow>();
  for (const op of removed) rows.set(op.key, { endpoint: op.label, change: 'removed', findings: [] });
  for (const op of added) rows.set(op.key, { endpoint: op.label, change: 'added', findings: [] });
  for (const op of changed) rows.set(op.key, { endpoint: op.head.label, change: 'changed', findings: [] });
  for (const f of findings) {
    const key = (f.data?.endpoint as string).replace(/\{[^}]*\}/g, '{}');
    rows.get(key)?.findings.push(f);
  }
  const result: DiffResult = {
    findings,
    // An operation whose content changed without any rule noticing is still listed: a reviewer sees it.
    operations: [...rows.values()],
    stats: {
      baseOperations: baseOps.size,
      headOperations: headOps.size,
      added: added.length,
      removed: removed.length,
      changed: changed.length,
      unchanged,
    },
  };
  return { result, locate };
}

function operationSchemaChanges(
  base: LoadedSpec,
  head: LoadedSpec,
  comparer: SchemaComparer,
  op: ChangedOperation,
): AreaChange[] {
  const out: AreaChange[] = [];
  const bp = operationParameters(base, op.base);
  const hp = operationParameters(head, op.head);
  for (const [key, b] of bp) {
    const h = hp.get(key);
    if (!h) continue;
    const area = { kind: 'parameter' as const, in: String(b.value.in), name: String(h.value.name) };
    for (const c of comparer.compare(base.child(b, 'schema'), head.child(h, 'schema'), 'request'))
      out.push({ ...c, area });
  }

  const bBody = derefChild(base, op.base.node, 'requestBody');
  const hBody = derefChild(head, op.head.node, 'requestBody');
  if (bBody && hBody) {
    for (const [mediaType, bm, hm] of sharedMedia(base, head, bBody, hBody)) {
      const area = { kind: 'request-body' as const, mediaType };
      for (const c of comparer.compare(base.child(bm, 'schema'), head.child(hm, 'schema'), 'request'))
        out.push({ ...c, area });
    }
  }

  const bResponses = derefChild(base, op.base.node, 'responses');
  const hResponses = derefChild(head, op.head.node, 'responses');
  if (bResponses && hResponses) {
    for (const status of Object.keys(bResponses.value)) {
      if (!(status in hResponses.value)) continue;
      const br = derefChild(base, bResponses, status);
      const hr = derefChild(head, hResponses, status);
      if (!br || !hr) continue;
      for (const [mediaType, bm, hm] of sharedMedia(base, head, br, hr)) {
        const area = { kind: 'response-body' as const, status, mediaType };
        for (const c of comparer.compare(base.child(bm, 'schema'), head.child(hm, 'schema'), 'response'))
          out.push({ ...c, area });
      }
      const bh = derefChild(base, br, 'headers');
      const hh = derefChild(head, hr, 'headers');
      if (!bh || !hh) continue;
      for (const name of Object.keys(bh.value)) {
        const match = Object.keys(hh.value).find((n) => n.toLowerCase() === name.toLowerCase());
        if (!match) continue;
        const bHeader = derefChild(base, bh, name);
        const hHeader = derefChild(head, hh, match);
        if (!bHeader || !hHeader) continue;
        const area = { kind: 'response-header' as const, status, name: match };
        for (const c of comparer.compare(base.child(bHeader, 'schema'), head.child(hHeader, 'schema'), 'response'))
          out.push({ ...c, area });
      }
    }
  }
  return out;
}

function* sharedMedia(
  base: LoadedSpec,
  head: LoadedSpec,
  b: Located<Json>,
  h: Located<Json>,
): Generator<[string, Located, Located]> {
  const bc = derefChild(base, b, 'content');
  const hc = derefChild(head, h, 'content');
  if (!bc || !hc) return;
  for (const mediaType of Object.keys(bc.value)) {
    if (!(mediaType in hc.value)) continue;
    yield [mediaType, base.child(bc, mediaType)!, head.child(hc, mediaType)!];
  }
}
