/**
 * Static evaluation of the values a route registration needs: paths and prefixes (literals,
 * templates, `+`, constants, imported constants, members of constant objects) and schemas
 * (JSON Schema literals, zod and TypeBox builders via schemas.ts). Anything computed at run
 * time comes back as a failure with the reason, for an `unresolved` report.
 */
import type * as t from '@babel/types';
import { unwrap, type Scope } from './module.js';
import { keyName, type Project } from './project.js';
import { schemaCall, SchemaValue } from './schemas.js';

export type Evaluated = { ok: true; value: unknown } | { ok: false; node: t.Node; reason: string };

const MAX_DEPTH = 60;
const RUNTIME_GLOBALS = new Set(['process', 'globalThis', 'window', 'Deno', 'Bun', 'Date', 'Math']);

export class Evaluator {
  constructor(readonly project: Project) {}

  evaluate(node: t.Node, scope: Scope, depth = 0): Evaluated {
    if (depth > MAX_DEPTH) return fail(node, 'it is defined too many steps away');
    const n = unwrap(node);
    switch (n.type) {
      case 'StringLiteral':
      case 'NumericLiteral':
      case 'BooleanLiteral':
        return ok(n.value);
      case 'NullLiteral':
        return ok(null);
      case 'RegExpLiteral':
        return ok(new RegExp(n.pattern, n.flags));
      case 'TemplateLiteral': {
        let out = n.quasis[0].value.cooked ?? n.quasis[0].value.raw;
        for (let i = 0; i < n.expressions.length; i++) {
          const v = this.evaluate(n.expressions[i], scope, depth + 1);
          if (!v.ok) return v;
          if (typeof v.value !== 'string' && typeof v.value !== 'number')
            return fail(n.expressions[i], 'it is not a string');
          out += String(v.value) + (n.quasis[i + 1].value.cooked ?? n.quasis[i + 1].value.raw);
        }
        return ok(out);
      }
      case 'BinaryExpression': {
        if (n.operator !== '+' || n.left.type === 'PrivateName')
          return fail(n, `the '${n.operator}' operator is computed at run time`);
        const l = this.evaluate(n.left, scope, depth + 1);
        if (!l.ok) return l;
        const r = this.evaluate(n.right, scope, depth + 1);
        if (!r.ok) return r;
        return ok((l.value as string) + (r.value as string));
      }
      case 'UnaryExpression': {
        const v = this.evaluate(n.argument, scope, depth + 1);
        if (!v.ok) return v;
        if (n.operator === '-' && typeof v.value === 'number') return ok(-v.value);
        if (n.operator === '!') return ok(!v.value);
        return fail(n, `the '${n.operator}' operator is computed at run time`);
      }
      case 'ArrayExpression': {
        const out: unknown[] = [];
        for (const el of n.elements) {
          if (!el) continue;
          if (el.type === 'SpreadElement') {
            const v = this.evaluate(el.argument, scope, depth + 1);
            if (!v.ok) return v;
            if (!Array.isArray(v.value)) return fail(el, 'the spread value is not an array');
            out.push(...v.value);
            continue;
          }
          const v = this.evaluate(el, scope, depth + 1);
          if (!v.ok) return v;
          out.push(v.value);
        }
        return ok(out);
      }
      case 'ObjectExpression':
        return this.object(n, scope, depth);
      case 'Identifier': {
        if (n.name === 'undefined') return ok(undefined);
        const d = this.project.defineName(n.name, scope);
        if (!d) {
          return fail(
            n,
            RUNTIME_GLOBALS.has(n.name)
              ? `'${n.name}' is known only at run time`
              : `'${n.name}' is not defined in the scanned files`,
          );
        }
        if (d.kind === 'param') return fail(n, `'${n.name}' is a function parameter, known only at run time`);
        if (d.kind !== 'node') return fail(n, `'${n.name}' comes from a package`);
        if (unwrap(d.node) === n) return fail(n, `'${n.name}' has no static value`);
        return this.evaluate(d.node, d.scope, depth + 1);
      }
      case 'MemberExpression': {
        const d = this.project.define(n, scope);
        if (d?.kind === 'node' && unwrap(d.node) !== n) return this.evaluate(d.node, d.scope, depth + 1);
        const owner = this.evaluate(n.object, scope, depth + 1);
        if (!owner.ok) return owner;
        const key = n.computed ? this.evaluate(n.property, scope, depth + 1) : undefined;
        if (key && !key.ok) return key;
        const prop = key ? String(key.value) : n.property.type === 'Identifier' ? n.property.name : undefined;
        if (prop === undefined || typeof owner.value !== 'object' || owner.value === null) {
          return fail(n, 'it is not a member of a constant object');
        }
        return ok((owner.value as Record<string, unknown>)[prop]);
      }
      case 'CallExpression': {
        const schema = schemaCall(n, scope, this, depth);
        if (schema) return schema;
        return fail(n, 'it is the result of a function call, computed at run time');
      }
      default:
        return fail(n, 'it is computed at run time');
    }
  }

  private object(n: t.ObjectExpression, scope: Scope, depth: number): Evaluated {
    const out: Record<string, unknown> = {};
    for (const p of n.properties) {
      if (p.type === 'SpreadElement') {
        const v = this.evaluate(p.argument, scope, depth + 1);
        if (!v.ok) return v;
        if (typeof v.value === 'object' && v.value !== null) Object.assign(out, v.value);
        continue;
      }
      if (p.type === 'ObjectMethod') continue;
      let key = keyName(p.key, p.computed);
      if (key === undefined) {
        const k = this.evaluate(p.key, scope, depth + 1);
        if (!k.ok) return k;
        key = String(k.value);
      }
      const v = this.evaluate(p.value, scope, depth + 1);
      // Handlers and hooks inside route options are functions: not values, not needed.
      if (!v.ok) {
        const inner = unwrap(p.value);
        if (inner.type === 'ArrowFunctionExpression' || inner.type === 'FunctionExpression') continue;
        out[key] = new Unknown(v);
        continue;
      }
      out[key] = v.value;
    }
    return ok(out);
  }
}

/** A member of an evaluated object whose value could not be resolved (kept so the caller can say why). */
export class Unknown {
  constructor(readonly failure: Extract<Evaluated, { ok: false }>) {}
}

export function ok(value: unknown): Evaluated {
  return { ok: true, value };
}

export function fail(node: t.Node, reason: string): Evaluated {
  return { ok: false, node, reason };
}

/** Plain JSON Schema from an evaluated value: zod/TypeBox wrappers unwrapped, unknown members dropped. */
export function toJsonSchema(value: unknown): unknown {
  if (value instanceof SchemaValue) return toJsonSchema(value.schema);
  if (value instanceof Unknown || value instanceof RegExp || typeof value === 'function') return undefined;
  if (Array.isArray(value)) return value.map(toJsonSchema).filter((v) => v !== undefined);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const j = toJsonSchema(v);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  return value;
}
