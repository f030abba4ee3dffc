/**
 * The source files of an app and how a name in one leads to its definition: through local
 * bindings, ESM imports and re-exports, CommonJS `require` / `module.exports`, object members
 * and namespaces. Values from packages (express, zod…) are kept as `package` + member path.
 */
import path from 'node:path';
import type * as t from '@babel/types';
import {
  memberPath,
  propertyName,
  requiredSource,
  unwrap,
  type FunctionNode,
  type ModuleInfo,
  type Scope,
} from './module.js';

export type Definition =
  | { kind: 'node'; node: t.Node; scope: Scope }
  | { kind: 'param'; fn: FunctionNode; index: number; scope: Scope }
  | { kind: 'package'; pkg: string; path: string[] }
  | { kind: 'namespace'; module: ModuleInfo };

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const MAX_DEPTH = 40;

export class Project {
  readonly modules = new Map<string, ModuleInfo>();

  add(module: ModuleInfo): void {
    this.modules.set(module.id, module);
  }

  /** A module specifier → a file of the project, or a package name; undefined for a missing relative file. */
  resolveSource(from: ModuleInfo, source: string): { module: ModuleInfo } | { pkg: string } | undefined {
    if (!source.startsWith('.') && !path.isAbsolute(source)) {
      // `node:fs`, `express`, `@koa/router`, `zod/v4` → the package (subpath kept for zod/v4 & co).
      return { pkg: source.replace(/^node:/, '') };
    }
    const base = path.resolve(path.dirname(from.id), source);
    const stem = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
    const candidates = [
      base,
      ...EXTENSIONS.map((e) => stem + e),
      ...EXTENSIONS.map((e) => base + e),
      ...EXTENSIONS.map((e) => path.join(base, 'index' + e)),
    ];
    for (const c of candidates) {
      const m = this.modules.get(c);
      if (m) return { module: m };
    }
    return undefined;
  }

  /** Follows an expression to what defines its value. */
  define(node: t.Node, scope: Scope, depth = 0): Definition | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const n = unwrap(node);
    switch (n.type) {
      case 'Identifier':
        return this.defineName(n.name, scope, depth + 1);
      case 'MemberExpression': {
        const prop = propertyName(n);
        if (prop === undefined) return undefined;
        const owner = this.define(n.object, scope, depth + 1);
        return owner && this.member(owner, prop, depth + 1);
      }
      case 'CallExpression': {
        const required = requiredSource(n);
        if (required !== undefined) return this.requireDefinition(scope.module, required);
        if (n.callee.type === 'Import' && n.arguments[0]?.type === 'StringLiteral') {
          return this.importDefinition(scope.module, n.arguments[0].value, '*', depth + 1);
        }
        return { kind: 'node', node: n, scope };
      }
      default:
        return { kind: 'node', node: n, scope };
    }
  }

  defineName(name: string, scope: Scope, depth = 0): Definition | undefined {
    const b = scope.lookup(name);
    if (!b) return undefined;
    switch (b.kind) {
      case 'var':
        return b.init ? this.define(b.init, b.scope, depth + 1) : undefined;
      case 'param':
        return { kind: 'param', fn: b.fn, index: b.index, scope: b.scope };
      case 'function':
        return { kind: 'node', node: b.fn, scope: b.scope };
      case 'import':
        return this.importDefinition(b.scope.module, b.source, b.imported, depth + 1);
    }
  }

  member(owner: Definition, prop: string, depth: number): Definition | undefined {
    if (depth > MAX_DEPTH) return undefined;
    switch (owner.kind) {
      case 'package':
        return { kind: 'package', pkg: owner.pkg, path: [...owner.path, prop] };
      case 'namespace':
        return this.exportDefinition(owner.module, prop, depth + 1);
      case 'node': {
        const obj = unwrap(owner.node);
        if (obj.type !== 'ObjectExpression') return undefined;
        for (let i = obj.properties.length - 1; i >= 0; i--) {
          const p = obj.properties[i];
          if (p.type === 'ObjectProperty' && keyName(p.key, p.computed) === prop) {
            return this.define(p.value, owner.scope, depth + 1);
          }
          if (p.type === 'ObjectMethod' && keyName(p.key, p.computed) === prop) {
            return { kind: 'node', node: p, scope: owner.scope };
          }
          if (p.type === 'SpreadElement') {
            const spread = this.define(p.argument, owner.scope, depth + 1);
            const found = spread && this.member(spread, prop, depth + 1);
            if (found) return found;
          }
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  importDefinition(from: ModuleInfo, source: string, imported: string, depth = 0): Definition | undefined {
    const target = this.resolveSource(from, source);
    if (!target) return undefined;
    if ('pkg' in target) {
      return { kind: 'package', pkg: target.pkg, path: imported === 'default' || imported === '*' ? [] : [imported] };
    }
    if (imported === '*') return { kind: 'namespace', module: target.module };
    return this.exportDefinition(target.module, imported, depth + 1);
  }

  private requireDefinition(from: ModuleInfo, source: string): Definition | undefined {
    const target = this.resolveSource(from, source);
    if (!target) return undefined;
    if ('pkg' in target) return { kind: 'package', pkg: target.pkg, path: [] };
    const cjs = target.module.commonJsExports;
    if (cjs) return this.define(cjs.expr, cjs.scope);
    return { kind: 'namespace', module: target.module };
  }

  exportDefinition(module: ModuleInfo, name: string, depth = 0, seen = new Set<string>()): Definition | undefined {
    if (depth > MAX_DEPTH || seen.has(module.id)) return undefined;
    seen.add(module.id);
    const entry = module.exports.get(name);
    if (entry?.kind === 'local') return this.defineName(entry.name, module.top, depth + 1);
    if (entry?.kind === 'expr') return this.define(entry.expr, entry.scope, depth + 1);
    if (entry?.kind === 'reexport') return this.importDefinition(module, entry.source, entry.imported, depth + 1);
    const cjs = module.commonJsExports;
    if (cjs) {
      if (name === 'default') return this.define(cjs.expr, cjs.scope, depth + 1);
      const owner = this.define(cjs.expr, cjs.scope, depth + 1);
      const found = owner && this.member(owner, name, depth + 1);
      if (found) return found;
    }
    for (const source of module.starExports) {
      const target = this.resolveSource(module, source);
      if (target && 'module' in target) {
        const found = this.exportDefinition(target.module, name, depth + 1, seen);
        if (found) return found;
      }
    }
    return undefined;
  }
}

export function keyName(key: t.Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  return undefined;
}

/** `express.Router` → 'express.Router', for messages. */
export function describeCallee(node: t.Node): string {
  return memberPath(unwrap(node))?.join('.') ?? '(expression)';
}
