/**
 * One source file, parsed with @babel/parser (TypeScript and JSX plugins, so .ts/.tsx/.js/.mjs/.cjs
 * all parse), reduced to what route extraction needs: scopes with their bindings, imports,
 * exports (ESM and CommonJS), and every call expression with the scope it sits in.
 */
import { parse } from '@babel/parser';
import type * as t from '@babel/types';

export type FunctionNode =
  t.FunctionDeclaration | t.FunctionExpression | t.ArrowFunctionExpression | t.ObjectMethod | t.ClassMethod;

export type Binding =
  | { kind: 'var'; init: t.Expression | undefined; scope: Scope }
  | { kind: 'param'; fn: FunctionNode; index: number; scope: Scope }
  | { kind: 'function'; fn: FunctionNode; scope: Scope }
  /** `imported` is 'default', '*' (namespace) or an export name. */
  | { kind: 'import'; source: string; imported: string; scope: Scope };

export class Scope {
  readonly bindings = new Map<string, Binding>();
  constructor(
    readonly module: ModuleInfo,
    readonly parent?: Scope,
    readonly fn?: FunctionNode,
  ) {}

  lookup(name: string): Binding | undefined {
    return this.bindings.get(name) ?? this.parent?.lookup(name);
  }
}

export type ExportEntry =
  | { kind: 'local'; name: string }
  | { kind: 'expr'; expr: t.Node; scope: Scope }
  | { kind: 'reexport'; source: string; imported: string };

export interface CallSite {
  node: t.CallExpression;
  scope: Scope;
}

export interface ModuleInfo {
  /** Absolute path. */
  id: string;
  /** Relative to the working directory. */
  display: string;
  text: string;
  top: Scope;
  exports: Map<string, ExportEntry>;
  /** `export * from '…'` sources. */
  starExports: string[];
  /** `module.exports = …` (also the ESM default of a CommonJS module). */
  commonJsExports?: { expr: t.Expression; scope: Scope };
  calls: CallSite[];
  /** Functions by node, so a parameter binding can name its scope. */
  functionScopes: Map<FunctionNode, Scope>;
}

export class ParseFailure extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const SKIP_KEYS = new Set([
  'type',
  'loc',
  'start',
  'end',
  'range',
  'extra',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'typeAnnotation',
  'returnType',
  'typeParameters',
  'superTypeParameters',
]);

export function parseModule(id: string, display: string, text: string): ModuleInfo {
  let ast: t.File;
  try {
    ast = parse(text, {
      sourceType: 'unambiguous',
      allowReturnOutsideFunction: true,
      allowImportExportEverywhere: true,
      errorRecovery: true,
      plugins: /\.[cm]?tsx?$/.test(id)
        ? ['typescript', ...(id.endsWith('x') ? (['jsx'] as const) : []), 'decorators-legacy']
        : ['jsx', 'decorators-legacy'],
    }) as t.File;
  } catch (e) {
    const err = e as { message?: string; loc?: { line: number; column: number } };
    throw new ParseFailure(String(err.message ?? e), err.loc?.line ?? 1, (err.loc?.column ?? 0) + 1);
  }
  const info = {
    id,
    display,
    text,
    exports: new Map(),
    starExports: [],
    calls: [],
    functionScopes: new Map(),
  } as unknown as ModuleInfo;
  info.top = new Scope(info);
  new Collector(info).walk(ast.program, info.top);
  return info;
}

function isFunction(node: t.Node): node is FunctionNode {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'ObjectMethod' ||
    node.type === 'ClassMethod'
  );
}

class Collector {
  constructor(private readonly info: ModuleInfo) {}

  walk(node: t.Node, scope: Scope): void {
    switch (node.type) {
      case 'ImportDeclaration':
        this.importDeclaration(node, scope);
        return;
      case 'ExportNamedDeclaration':
        this.exportNamed(node);
        break;
      case 'ExportDefaultDeclaration':
        this.exportDefault(node, scope);
        break;
      case 'ExportAllDeclaration':
        if (node.exportKind !== 'type') this.info.starExports.push(node.source.value);
        return;
      case 'VariableDeclarator':
        this.declarator(node, scope);
        break;
      case 'FunctionDeclaration':
        if (node.id) scope.bindings.set(node.id.name, { kind: 'function', fn: node, scope });
        break;
      case 'AssignmentExpression':
        this.commonJsExport(node, scope);
        break;
      case 'CallExpression':
        this.info.calls.push({ node, scope });
        break;
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
      case 'TSDeclareFunction':
        return;
    }
    if (isFunction(node)) {
      const inner = new Scope(this.info, scope, node);
      this.info.functionScopes.set(node, inner);
      if (node.type === 'FunctionExpression' && node.id)
        inner.bindings.set(node.id.name, { kind: 'function', fn: node, scope });
      node.params.forEach((p, index) => {
        const target = p.type === 'AssignmentPattern' ? p.left : p.type === 'TSParameterProperty' ? p.parameter : p;
        if (target.type === 'Identifier')
          inner.bindings.set(target.name, { kind: 'param', fn: node, index, scope: inner });
      });
      if (node.body.type === 'BlockStatement') this.children(node.body, inner);
      else this.walk(node.body, inner);
      for (const p of node.params) if (p.type === 'AssignmentPattern') this.walk(p.right, inner);
      return;
    }
    this.children(node, scope);
  }

  private children(node: t.Node, scope: Scope): void {
    for (const key of Object.keys(node)) {
      if (SKIP_KEYS.has(key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const v of value) if (isNode(v)) this.walk(v, scope);
      } else if (isNode(value)) {
        this.walk(value, scope);
      }
    }
  }

  private importDeclaration(node: t.ImportDeclaration, scope: Scope): void {
    if (node.importKind === 'type') return;
    const source = node.source.value;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && s.importKind === 'type') continue;
      const imported =
        s.type === 'ImportDefaultSpecifier'
          ? 'default'
          : s.type === 'ImportNamespaceSpecifier'
            ? '*'
            : s.imported.type === 'Identifier'
              ? s.imported.name
              : s.imported.value;
      scope.bindings.set(s.local.name, { kind: 'import', source, imported, scope });
    }
  }

  private declarator(node: t.VariableDeclarator, scope: Scope): void {
    const init = node.init ?? undefined;
    if (node.id.type === 'Identifier') {
      scope.bindings.set(node.id.name, { kind: 'var', init, scope });
      return;
    }
    // `const { Router } = require('express')`, `const { users } = routes`.
    if (node.id.type === 'ObjectPattern' && init) {
      const required = requiredSource(init);
      for (const prop of node.id.properties) {
        if (prop.type !== 'ObjectProperty' || prop.key.type !== 'Identifier') continue;
        const local = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
        if (local.type !== 'Identifier') continue;
        if (required) {
          scope.bindings.set(local.name, { kind: 'import', source: required, imported: prop.key.name, scope });
        } else {
          const member: t.MemberExpression = {
            type: 'MemberExpression',
            object: init,
            property: prop.key,
            computed: false,
            start: prop.start,
            end: prop.end,
            loc: prop.loc,
          } as t.MemberExpression;
          scope.bindings.set(local.name, { kind: 'var', init: member, scope });
        }
      }
    }
  }

  private exportNamed(node: t.ExportNamedDeclaration): void {
    if (node.exportKind === 'type') return;
    const decl = node.declaration;
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations)
        if (d.id.type === 'Identifier') this.info.exports.set(d.id.name, { kind: 'local', name: d.id.name });
    } else if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') && decl.id) {
      this.info.exports.set(decl.id.name, { kind: 'local', name: decl.id.name });
    }
    for (const s of node.specifiers) {
      if (s.type !== 'ExportSpecifier' || s.exportKind === 'type') continue;
      const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
      this.info.exports.set(
        exported,
        node.source
          ? { kind: 'reexport', source: node.source.value, imported: s.local.name }
          : { kind: 'local', name: s.local.name },
      );
    }
  }

  private exportDefault(node: t.ExportDefaultDeclaration, scope: Scope): void {
    const decl = node.declaration;
    if (decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') {
      if (decl.id) this.info.exports.set('default', { kind: 'local', name: decl.id.name });
      else this.info.exports.set('default', { kind: 'expr', expr: decl, scope });
    } else if (decl.type !== 'TSDeclareFunction') {
      this.info.exports.set('default', { kind: 'expr', expr: decl, scope });
    }
  }

  private commonJsExport(node: t.AssignmentExpression, scope: Scope): void {
    const left = node.left;
    if (left.type !== 'MemberExpression') return;
    const path = memberPath(left);
    if (!path) return;
    if (path.length === 2 && path[0] === 'module' && path[1] === 'exports') {
      this.info.commonJsExports = { expr: node.right, scope };
    } else if (path.length === 3 && path[0] === 'module' && path[1] === 'exports') {
      this.info.exports.set(path[2], { kind: 'expr', expr: node.right, scope });
    } else if (path.length === 2 && path[0] === 'exports') {
      this.info.exports.set(path[1], { kind: 'expr', expr: node.right, scope });
    }
  }
}

function isNode(v: unknown): v is t.Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** `a.b.c` → ['a', 'b', 'c']; undefined for anything computed. */
export function memberPath(node: t.Node): string[] | undefined {
  if (node.type === 'Identifier') return [node.name];
  if (node.type === 'MemberExpression') {
    const inner = memberPath(node.object);
    const prop = propertyName(node);
    return inner && prop !== undefined ? [...inner, prop] : undefined;
  }
  return undefined;
}

/** The static name of a member: `a.b` and `a['b']` → 'b'. */
export function propertyName(node: t.MemberExpression | t.OptionalMemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.property.type === 'StringLiteral') return node.property.value;
  return undefined;
}

/** `require('x')` → 'x'. */
export function requiredSource(node: t.Node): string | undefined {
  const n = unwrap(node);
  if (
    n.type === 'CallExpression' &&
    n.callee.type === 'Identifier' &&
    n.callee.name === 'require' &&
    n.arguments.length === 1 &&
    n.arguments[0].type === 'StringLiteral'
  ) {
    return n.arguments[0].value;
  }
  return undefined;
}

/** Strips what does not change a value: parentheses, `as`, `satisfies`, `!`, `await`, type assertions. */
export function unwrap(node: t.Node): t.Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'ParenthesizedExpression':
        n = n.expression;
        break;
      case 'AwaitExpression':
        if (!n.argument) return n;
        n = n.argument;
        break;
      default:
        return n;
    }
  }
}

/** Visits every node under `node` (not into nested functions when `intoFunctions` is false). */
export function forEachNode(node: t.Node, visit: (n: t.Node) => void, intoFunctions = true): void {
  visit(node);
  for (const key of Object.keys(node)) {
    if (SKIP_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    const children = Array.isArray(value) ? value : [value];
    for (const c of children) {
      if (!isNode(c)) continue;
      if (!intoFunctions && isFunction(c)) continue;
      forEachNode(c, visit, intoFunctions);
    }
  }
}

export { isFunction };
