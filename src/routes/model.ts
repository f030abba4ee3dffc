/**
 * The operations of a loaded spec, keyed so that the same endpoint matches across versions even
 * when a path parameter was renamed (`/users/{id}` and `/users/{userId}` are one endpoint).
 */
import type { Located, LoadedSpec } from './spec/load.js';
import { HTTP_METHODS } from './spec/validate.js';

export type Json = Record<string, unknown>;

export interface Operation {
  method: string;
  /** The path template as written. */
  path: string;
  /** `GET /users/{}`: what matches across versions. */
  key: string;
  /** `GET /users/{id}`: what people read. */
  label: string;
  node: Located<Json>;
  pathItem: Located<Json>;
}

export function endpointKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
}

export function listOperations(spec: LoadedSpec): Map<string, Operation> {
  const out = new Map<string, Operation>();
  const root: Located = { value: spec.root.data, file: spec.root, pointer: '' };
  const paths = spec.child<Json>(root, 'paths');
  if (!paths || typeof paths.value !== 'object' || paths.value === null) return out;
  for (const path of Object.keys(paths.value)) {
    if (!path.startsWith('/')) continue;
    const item = spec.deref(spec.child<Json>(paths, path)!);
    if (typeof item.value !== 'object' || item.value === null) continue;
    for (const method of HTTP_METHODS) {
      const op = spec.child<Json>(item, method);
      if (!op) continue;
      const node = spec.deref(op);
      if (typeof node.value !== 'object' || node.value === null) continue;
      const key = endpointKey(method, path);
      out.set(key, { method, path, key, label: `${method.toUpperCase()} ${path}`, node, pathItem: item });
    }
  }
  return out;
}

/** Path-level parameters overridden by operation-level ones, keyed `in:name` (headers case-insensitive). */
export function operationParameters(spec: LoadedSpec, op: Operation): Map<string, Located<Json>> {
  const out = new Map<string, Located<Json>>();
  for (const owner of [op.pathItem, op.node]) {
    const list = spec.child<unknown[]>(owner, 'parameters');
    if (!list || !Array.isArray(list.value)) continue;
    for (let i = 0; i < list.value.length; i++) {
      const p = spec.deref(spec.child<Json>(list, i)!);
      if (typeof p.value !== 'object' || p.value === null) continue;
      const where = String(p.value.in);
      const name = String(p.value.name);
      out.set(`${where}:${where === 'header' ? name.toLowerCase() : name}`, p);
    }
  }
  return out;
}

export function isDeprecated(op: Operation): boolean {
  return op.node.value.deprecated === true;
}

/** `x-sunset` (oasdiff's and the IETF Sunset header's name) as YYYY-MM-DD, if given. */
export function sunsetOf(op: Operation): string | undefined {
  const v = op.node.value['x-sunset'] ?? op.pathItem.value['x-sunset'];
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v.slice(0, 10) : undefined;
}

/** A member of an object, references followed; undefined unless it is an object. */
export function derefChild(spec: LoadedSpec, node: Located, key: string): Located<Json> | undefined {
  const c = spec.child<Json>(node, key);
  if (!c) return undefined;
  const d = spec.deref(c);
  return typeof d.value === 'object' && d.value !== null && !Array.isArray(d.value) ? d : undefined;
}
