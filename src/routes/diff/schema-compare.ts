/**
 * Compares two JSON Schemas by meaning, not tree shape: `allOf` is merged before comparing (a
 * property moved into an allOf member is not "removed"), a one-variant `oneOf`/`anyOf` is the
 * variant itself, `nullable: true`, `type: [x, 'null']` and `oneOf: [x, {type: 'null'}]` are the
 * same thing, and oneOf/anyOf variants are matched by their $ref target or content before
 * being compared. The result is a flat list of changes that the rules judge in context
 * (a narrowed type breaks a request, a widened one breaks a response).
 */
import type { Located, LoadedSpec } from '../spec/load.js';
import { insideComponent, sameParts } from '../spec/same.js';
import type { Json } from '../model.js';

export type Direction = 'request' | 'response';

export type SchemaChangeKind =
  | 'type-changed'
  | 'format-changed'
  | 'became-nullable'
  | 'became-not-nullable'
  | 'property-removed'
  | 'property-added'
  | 'property-became-required'
  | 'property-became-optional'
  | 'enum-value-removed'
  | 'enum-value-added'
  | 'constraint-tightened'
  | 'constraint-loosened'
  | 'additional-properties-closed'
  | 'default-changed'
  | 'variant-added'
  | 'variant-removed'
  | 'discriminator-changed';

export interface SchemaChange {
  kind: SchemaChangeKind;
  /** Where in the payload: `items[].status`; '' is the schema itself. */
  path: string;
  base?: Located;
  head?: Located;
  detail: Record<string, unknown>;
}

interface View {
  loc: Located;
  /** undefined: any type. Never contains 'null' (see nullable). */
  types?: Set<string>;
  nullable: boolean;
  format?: string;
  enum?: unknown[];
  hasDefault: boolean;
  default?: unknown;
  pattern?: string;
  numbers: Record<string, number | undefined>;
  uniqueItems: boolean;
  properties: Map<string, Located>;
  required: Set<string>;
  /** false: closed; a Located schema; undefined: open. */
  additional?: false | Located;
  items?: Located;
  variants?: Located[];
  discriminator?: { propertyName?: string; mapping: Record<string, string> };
  readOnly: boolean;
  writeOnly: boolean;
}

const MIN_LIKE = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const MAX_LIKE = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
const MAX_DEPTH = 40;

export class SchemaComparer {
  /** Pairs of named components, recorded once per diff (see walk). */
  private readonly memo = new Map<string, Visit>();
  /** Pointers (in the root files) known to lie inside a component that is the same in base and head. */
  private readonly unchanged = new Map<string, boolean>();
  private readonly stable: Set<string>;

  constructor(
    private readonly base: LoadedSpec,
    private readonly head: LoadedSpec,
  ) {
    this.stable = sameParts(base.root.data, head.root.data).stableComponents;
  }

  /**
   * Is this pair the same schema in both specs, everything it reaches included? Then comparing it
   * finds nothing: a changed operation mostly reaches components no one touched.
   */
  private sameInBoth(b: Located, h: Located): boolean {
    if (b.pointer !== h.pointer || b.file !== this.base.root || h.file !== this.head.root) return false;
    let known = this.unchanged.get(b.pointer);
    if (known === undefined) {
      known = insideComponent(this.stable, b.pointer);
      this.unchanged.set(b.pointer, known);
    }
    return known;
  }

  compare(b: Located | undefined, h: Located | undefined, direction: Direction, path = ''): SchemaChange[] {
    const out: SchemaChange[] = [];
    if (!b || !h) return out;
    const root: Visit = { key: '', events: [] };
    this.walk(b, h, direction, path, root, 0, new Set());
    replay(root, '', out, new Set());
    return out;
  }

  /**
   * Records the comparison of a pair of schemas under `parent`. What is recorded is replayed by
   * `replay`, which reports each pair once per comparison, where it is first reached. A pair of
   * named components is recorded once for the whole diff and replayed wherever it is reached:
   * GitHub's `repository` is reached from hundreds of operations.
   */
  private walk(
    b: Located,
    h: Located,
    dir: Direction,
    path: string,
    parent: Visit,
    depth: number,
    onStack: Set<string>,
  ): void {
    if (depth > MAX_DEPTH) return;
    const bv = view(this.base, b);
    const hv = view(this.head, h);
    if (this.sameInBoth(bv.loc, hv.loc)) return;
    const key = `${dir}|${bv.loc.file.id}#${bv.loc.pointer}|${hv.loc.file.id}#${hv.loc.pointer}`;
    if (isComponent(bv.loc, this.base) && isComponent(hv.loc, this.head)) {
      let memo = this.memo.get(key);
      if (!memo) {
        // Recorded relative to the component, in a fresh context, so it holds wherever it is reached;
        // a reference back to a component being recorded stays a reference (replay ends the cycle).
        memo = { key, events: [] };
        this.memo.set(key, memo);
        const inner = new Set([key]);
        this.body(bv, hv, dir, '', memo, 0, inner);
      }
      parent.events.push({ component: memo, at: path });
      return;
    }
    // Recursive schemas end where a pair repeats on the way down.
    if (onStack.has(key)) return;
    const visit: Visit = { key, events: [] };
    parent.events.push({ visit });
    onStack.add(key);
    this.body(bv, hv, dir, path, visit, depth, onStack);
    onStack.delete(key);
  }

  private body(
    bv: View,
    hv: View,
    dir: Direction,
    path: string,
    node: Visit,
    depth: number,
    onStack: Set<string>,
  ): void {
    const out = { push: (c: SchemaChange) => node.events.push({ change: c }) };
    const change = (
      kind: SchemaChangeKind,
      detail: Record<string, unknown> = {},
      at = path,
      bl = bv.loc,
      hl = hv.loc,
    ) => out.push({ kind, path: at, base: bl, head: hl, detail });

    if (bv.variants || hv.variants) {
      this.compareVariants(bv, hv, dir, path, node, depth, onStack);
      if (bv.variants && hv.variants) this.compareDiscriminator(bv, hv, change);
      if (bv.nullable !== hv.nullable) change(hv.nullable ? 'became-nullable' : 'became-not-nullable');
      return;
    }

    if (bv.types && hv.types && !sameSet(bv.types, hv.types)) {
      change('type-changed', {
        from: [...bv.types].join('|'),
        to: [...hv.types].join('|'),
        widened: covers(hv.types, bv.types),
        narrowed: covers(bv.types, hv.types),
      });
    } else if (!bv.types && hv.types) {
      change('constraint-tightened', { keyword: 'type', from: 'any', to: [...hv.types].join('|') });
    }
    if (bv.nullable !== hv.nullable) change(hv.nullable ? 'became-nullable' : 'became-not-nullable');
    if (bv.format !== hv.format && (bv.format || hv.format)) {
      change('format-changed', { from: bv.format ?? null, to: hv.format ?? null });
    }
    this.compareEnum(bv, hv, change);
    if (bv.hasDefault && hv.hasDefault && JSON.stringify(bv.default) !== JSON.stringify(hv.default)) {
      change('default-changed', { from: bv.default, to: hv.default });
    }
    this.compareConstraints(bv, hv, change);

    // Object members.
    if (bv.additional !== false && hv.additional === false) change('additional-properties-closed');
    const skip = (v: View) => (dir === 'request' ? v.readOnly : v.writeOnly);
    for (const [name, bp] of bv.properties) {
      const at = join(path, name);
      const hp = hv.properties.get(name);
      const bpv = view(this.base, bp);
      if (skip(bpv)) continue;
      if (!hp) {
        // Removed from the listed properties but still allowed by an additionalProperties schema: not gone.
        if (hv.additional && typeof hv.additional === 'object') continue;
        change('property-removed', { name, required: bv.required.has(name) }, at, bp, hv.loc);
        continue;
      }
      const hpv = view(this.head, hp);
      if (skip(hpv)) {
        change(
          'property-removed',
          { name, required: bv.required.has(name), now: dir === 'request' ? 'readOnly' : 'writeOnly' },
          at,
          bp,
          hp,
        );
        continue;
      }
      const br = bv.required.has(name);
      const hr = hv.required.has(name);
      if (!br && hr) change('property-became-required', { name }, at, bp, hp);
      if (br && !hr) change('property-became-optional', { name }, at, bp, hp);
      this.walk(bp, hp, dir, at, node, depth + 1, onStack);
    }
    for (const [name, hp] of hv.properties) {
      if (bv.properties.has(name)) continue;
      if (skip(view(this.head, hp))) continue;
      change('property-added', { name, required: hv.required.has(name) }, join(path, name), bv.loc, hp);
    }
    if (bv.additional && hv.additional && typeof bv.additional === 'object' && typeof hv.additional === 'object') {
      this.walk(bv.additional, hv.additional, dir, `${path}{}`, node, depth + 1, onStack);
    }
    if (bv.items && hv.items) this.walk(bv.items, hv.items, dir, `${path}[]`, node, depth + 1, onStack);
  }

  private compareEnum(bv: View, hv: View, change: (k: SchemaChangeKind, d?: Record<string, unknown>) => void): void {
    if (bv.enum && hv.enum) {
      const bs = new Set(bv.enum.map((v) => JSON.stringify(v)));
      const hs = new Set(hv.enum.map((v) => JSON.stringify(v)));
      for (const v of bs) if (!hs.has(v)) change('enum-value-removed', { value: JSON.parse(v) });
      for (const v of hs) if (!bs.has(v)) change('enum-value-added', { value: JSON.parse(v) });
    } else if (!bv.enum && hv.enum) {
      change('constraint-tightened', { keyword: 'enum', from: null, to: hv.enum });
    } else if (bv.enum && !hv.enum) {
      change('constraint-loosened', { keyword: 'enum', from: bv.enum, to: null });
    }
  }

  private compareConstraints(
    bv: View,
    hv: View,
    change: (k: SchemaChangeKind, d?: Record<string, unknown>) => void,
  ): void {
    for (const k of MIN_LIKE) {
      const from = bv.numbers[k];
      const to = hv.numbers[k];
      if (from === to) continue;
      if (to !== undefined && (from === undefined || to > from))
        change('constraint-tightened', { keyword: k, from: from ?? null, to });
      else change('constraint-loosened', { keyword: k, from, to: to ?? null });
    }
    for (const k of MAX_LIKE) {
      const from = bv.numbers[k];
      const to = hv.numbers[k];
      if (from === to) continue;
      if (to !== undefined && (from === undefined || to < from))
        change('constraint-tightened', { keyword: k, from: from ?? null, to });
      else change('constraint-loosened', { keyword: k, from, to: to ?? null });
    }
    const fromM = bv.numbers.multipleOf;
    const toM = hv.numbers.multipleOf;
    if (toM !== undefined && toM !== fromM && (fromM === undefined || toM % fromM !== 0 || toM > fromM)) {
      change('constraint-tightened', { keyword: 'multipleOf', from: fromM ?? null, to: toM });
    }
    if (hv.pattern !== undefined && hv.pattern !== bv.pattern) {
      change('constraint-tightened', { keyword: 'pattern', from: bv.pattern ?? null, to: hv.pattern });
    } else if (bv.pattern !== undefined && hv.pattern === undefined) {
      change('constraint-loosened', { keyword: 'pattern', from: bv.pattern, to: null });
    }
    if (!bv.uniqueItems && hv.uniqueItems)
      change('constraint-tightened', { keyword: 'uniqueItems', from: false, to: true });
  }

  private compareVariants(
    bv: View,
    hv: View,
    dir: Direction,
    path: string,
    node: Visit,
    depth: number,
    onStack: Set<string>,
  ): void {
    const out = { push: (c: SchemaChange) => node.events.push({ change: c }) };
    const bl = bv.variants ?? [bv.loc];
    const hl = hv.variants ?? [hv.loc];
    const bIds = bl.map((l) => identity(this.base, l));
    const hIds = hl.map((l) => identity(this.head, l));
    const unmatchedB: number[] = [];
    const usedH = new Set<number>();
    bIds.forEach((id, i) => {
      const j = hIds.findIndex((x, k) => x === id && !usedH.has(k));
      if (j === -1) unmatchedB.push(i);
      else {
        usedH.add(j);
        this.walk(bl[i], hl[j], dir, path, node, depth + 1, onStack);
      }
    });
    const unmatchedH = hl.map((_, k) => k).filter((k) => !usedH.has(k));
    // One variant changed in place: compare it rather than calling it removed and added.
    if (unmatchedB.length === 1 && unmatchedH.length === 1) {
      this.walk(bl[unmatchedB[0]], hl[unmatchedH[0]], dir, path, node, depth + 1, onStack);
      return;
    }
    for (const i of unmatchedB) {
      out.push({
        kind: 'variant-removed',
        path,
        base: bl[i],
        head: hv.loc,
        detail: { variant: describeVariant(bl[i]) },
      });
    }
    for (const k of unmatchedH) {
      out.push({ kind: 'variant-added', path, base: bv.loc, head: hl[k], detail: { variant: describeVariant(hl[k]) } });
    }
  }

  private compareDiscriminator(
    bv: View,
    hv: View,
    change: (k: SchemaChangeKind, d?: Record<string, unknown>) => void,
  ): void {
    const bd = bv.discriminator;
    const hd = hv.discriminator;
    if (!bd || !hd) return;
    if (bd.propertyName !== hd.propertyName) {
      change('discriminator-changed', { what: 'propertyName', from: bd.propertyName, to: hd.propertyName });
    }
    for (const [value, target] of Object.entries(bd.mapping)) {
      const now = hd.mapping[value];
      if (now === undefined) change('discriminator-changed', { what: 'mapping-removed', value, from: target });
      else if (now !== target)
        change('discriminator-changed', { what: 'mapping-changed', value, from: target, to: now });
    }
  }
}

/** A pair of schemas compared: what it found and the pairs under it, in the order met. */
interface Visit {
  key: string;
  events: ({ change: SchemaChange } | { visit: Visit } | { component: Visit; at: string })[];
}

/**
 * Flattens recorded visits into changes: each pair once, where it is first reached (later
 * meetings of it, and recursion, add nothing), paths of a component's changes prefixed by where
 * it was reached.
 */
function replay(node: Visit, prefix: string, out: SchemaChange[], seen: Set<string>): void {
  if (node.key) {
    if (seen.has(node.key)) return;
    seen.add(node.key);
  }
  for (const e of node.events) {
    if ('change' in e) out.push(prefix ? { ...e.change, path: rebase(prefix, e.change.path) } : e.change);
    else if ('visit' in e) replay(e.visit, prefix, out, seen);
    else replay(e.component, rebase(prefix, e.at), out, seen);
  }
}

/** Is this `#/components/schemas/<name>` itself (not a schema inside it)? */
function isComponent(loc: Located, spec: LoadedSpec): boolean {
  return (
    loc.file === spec.root && loc.pointer.startsWith('/components/schemas/') && loc.pointer.indexOf('/', 20) === -1
  );
}

/** A path found relative to a component, as seen from where the component was reached. */
function rebase(at: string, relative: string): string {
  if (!relative) return at;
  if (!at) return relative;
  if (relative.startsWith('[]') || relative.startsWith('{}')) return at + relative;
  return join(at, relative);
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Does `wide` accept everything `narrow` does? (integer ⊂ number) */
function covers(wide: Set<string>, narrow: Set<string>): boolean {
  return [...narrow].every((t) => wide.has(t) || (t === 'integer' && wide.has('number')));
}

function identity(spec: LoadedSpec, loc: Located): string {
  const v = loc.value as Json | null;
  if (v && typeof v === 'object' && typeof v.$ref === 'string') {
    const target = spec.deref(loc);
    return `ref:${target.pointer.split('/').pop()}`;
  }
  return `inline:${JSON.stringify(v)}`;
}

function describeVariant(loc: Located): string {
  const v = loc.value as Json | null;
  if (v && typeof v === 'object' && typeof v.$ref === 'string') return v.$ref;
  if (v && typeof v === 'object' && typeof v.title === 'string') return v.title;
  if (v && typeof v === 'object' && v.type !== undefined) return `type ${JSON.stringify(v.type)}`;
  return 'an inline schema';
}

function emptyView(loc: Located): View {
  return {
    loc,
    nullable: false,
    hasDefault: false,
    numbers: {},
    uniqueItems: false,
    properties: new Map(),
    required: new Set(),
    readOnly: false,
    writeOnly: false,
  };
}

const viewCache = new WeakMap<object, View>();

/** The effective schema at a location: references followed, allOf merged, nullability normalised. */
function view(spec: LoadedSpec, start: Located, depth = 0): View {
  const loc = spec.deref(start);
  const s = loc.value as Json | boolean | null;
  if (typeof s === 'object' && s !== null) {
    const cached = viewCache.get(s);
    if (cached && cached.loc.file === loc.file) return cached;
  }
  const v = emptyView(loc);
  if (typeof s !== 'object' || s === null || depth > MAX_DEPTH) return v;

  const type = s.type;
  if (typeof type === 'string') v.types = new Set([type]);
  else if (Array.isArray(type)) v.types = new Set(type.map(String));
  if (v.types?.has('null')) {
    v.nullable = true;
    v.types.delete('null');
    if (v.types.size === 0) v.types = undefined;
  }
  if (s.nullable === true) v.nullable = true;
  if (typeof s.format === 'string') v.format = s.format;
  if (Array.isArray(s.enum)) v.enum = s.enum.filter((x) => x !== null);
  if ('const' in s) v.enum = [s.const];
  if (Array.isArray(s.enum) && s.enum.includes(null)) v.nullable = true;
  if ('default' in s) {
    v.hasDefault = true;
    v.default = s.default;
  }
  if (typeof s.pattern === 'string') v.pattern = s.pattern;
  for (const k of [...MIN_LIKE, ...MAX_LIKE, 'multipleOf']) if (typeof s[k] === 'number') v.numbers[k] = s[k] as number;
  v.uniqueItems = s.uniqueItems === true;
  v.readOnly = s.readOnly === true;
  v.writeOnly = s.writeOnly === true;
  const props = spec.child<Json>(loc, 'properties');
  if (props && typeof props.value === 'object' && props.value !== null) {
    for (const name of Object.keys(props.value)) v.properties.set(name, spec.child(props, name)!);
  }
  if (Array.isArray(s.required)) for (const r of s.required) v.required.add(String(r));
  if (s.additionalProperties === false) v.additional = false;
  else if (typeof s.additionalProperties === 'object' && s.additionalProperties !== null) {
    v.additional = spec.child(loc, 'additionalProperties');
  }
  if (s.items !== undefined && typeof s.items === 'object') v.items = spec.child(loc, 'items');
  if (s.discriminator && typeof s.discriminator === 'object') {
    const d = s.discriminator as Json;
    v.discriminator = {
      propertyName: typeof d.propertyName === 'string' ? d.propertyName : undefined,
      mapping: (typeof d.mapping === 'object' && d.mapping !== null ? d.mapping : {}) as Record<string, string>,
    };
  }

  // allOf: every member applies, so their constraints add up to one effective schema.
  const allOf = spec.child<unknown[]>(loc, 'allOf');
  if (allOf && Array.isArray(allOf.value)) {
    for (let i = 0; i < allOf.value.length; i++) mergeInto(v, view(spec, spec.child(allOf, i)!, depth + 1));
  }

  for (const kw of ['oneOf', 'anyOf']) {
    const list = spec.child<unknown[]>(loc, kw);
    if (!list || !Array.isArray(list.value)) continue;
    const variants: Located[] = [];
    for (let i = 0; i < list.value.length; i++) {
      const member = spec.child(list, i)!;
      const mv = spec.deref(member).value as Json | null;
      if (
        mv &&
        typeof mv === 'object' &&
        (mv.type === 'null' || (mv.enum && Array.isArray(mv.enum) && mv.enum.length === 1 && mv.enum[0] === null))
      ) {
        v.nullable = true;
        continue;
      }
      variants.push(member);
    }
    if (variants.length === 1 && v.properties.size === 0 && !v.types) {
      // A wrapper around one schema is that schema.
      const inner = view(spec, variants[0], depth + 1);
      const merged = { ...inner, loc: inner.loc, nullable: inner.nullable || v.nullable };
      if (typeof s === 'object') viewCache.set(s, merged);
      return merged;
    }
    if (variants.length > 1) v.variants = [...(v.variants ?? []), ...variants];
  }
  viewCache.set(s, v);
  return v;
}

function mergeInto(v: View, m: View): void {
  if (m.types)
    v.types = v.types
      ? new Set([...v.types].filter((t) => m.types!.has(t) || (t === 'number' && m.types!.has('integer'))))
      : new Set(m.types);
  if (m.types?.has('integer') && v.types?.has('number'))
    v.types = new Set([...v.types].map((t) => (t === 'number' ? 'integer' : t)));
  v.nullable = v.nullable || (m.nullable && !v.types);
  v.format ??= m.format;
  v.enum ??= m.enum;
  if (!v.hasDefault && m.hasDefault) {
    v.hasDefault = true;
    v.default = m.default;
  }
  v.pattern ??= m.pattern;
  for (const [k, n] of Object.entries(m.numbers)) {
    if (n === undefined) continue;
    const cur = v.numbers[k];
    v.numbers[k] = cur === undefined ? n : MIN_LIKE.includes(k) ? Math.max(cur, n) : Math.min(cur, n);
  }
  v.uniqueItems ||= m.uniqueItems;
  v.readOnly ||= m.readOnly;
  v.writeOnly ||= m.writeOnly;
  for (const [name, p] of m.properties) if (!v.properties.has(name)) v.properties.set(name, p);
  for (const r of m.required) v.required.add(r);
  if (m.additional === false) v.additional = false;
  else if (m.additional && v.additional === undefined) v.additional = m.additional;
  v.items ??= m.items;
  if (m.variants) v.variants = [...(v.variants ?? []), ...m.variants];
  v.discriminator ??= m.discriminator;
}
