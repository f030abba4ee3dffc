/**
 * Spec ↔ code drift: the operations the spec documents against the routes the code registers
 * (from the static extractor). `{id}` ≡ `:id`, parameter names aside; a path prefix given in the
 * spec's first server URL (`servers: [{ url: /api/v1 }]`) is allowed for on the code side.
 */
import { stringify } from 'yaml';
import { fingerprint } from '../../report/fingerprint.js';
import type { Finding } from '../../report/types.js';
import { templateKey, type ExtractedRoute, type ExtractionResult, type JsonSchema } from '../extract/index.js';
import { specFromRoutes } from '../extract/openapi.js';
import { listOperations, operationParameters, type Json, type Operation } from '../model.js';
import type { LoadedSpec } from '../spec/load.js';
import { DRIFT_RULES } from './rules.js';

export interface DriftResult {
  findings: Finding[];
  /** Spec operations with a route in the code. */
  implemented: number;
  specOperations: number;
  codeRoutes: number;
  rows: (string | number)[][];
}

export function compareSpecWithCode(spec: LoadedSpec, code: ExtractionResult): DriftResult {
  const ops = [...listOperations(spec).values()];
  const basePath = serverBasePath(spec);
  const byKey = new Map<string, ExtractedRoute[]>();
  const byShape = new Map<string, ExtractedRoute[]>();
  const relative = (r: ExtractedRoute) =>
    basePath && (r.template === basePath || r.template.startsWith(basePath + '/'))
      ? r.template.slice(basePath.length) || '/'
      : r.template;
  for (const r of code.routes) {
    const key = templateKey(r.method, relative(r));
    push(byKey, key, r);
    push(byShape, shapeOf(key), r);
  }
  const findings: Finding[] = [];
  const rows: (string | number)[][] = [];
  const documented = new Set<ExtractedRoute>();
  let implemented = 0;
  for (const op of ops) {
    const key = templateKey(op.method, op.path);
    const shape = shapeOf(key);
    const sameShape = byShape.get(shape) ?? [];
    const matches = [
      ...(byKey.get(key) ?? []),
      ...sameShape.filter((r) => r.method === 'ALL'),
      // Express, Fastify and @koa/router answer HEAD from a GET route.
      ...(op.method === 'head' ? (byKey.get(templateKey('GET', op.path)) ?? []) : []),
    ];
    const at = specLocation(spec, op);
    if (matches.length === 0) {
      const others = sameShape.filter((r) => r.method !== op.method.toUpperCase());
      const hint =
        others.length > 0
          ? ` The code registers ${[...new Set(others.map((r) => r.method))].join(', ')} on this path (${where(others[0])}).`
          : '';
      findings.push({
        rule: DRIFT_RULES.notImplemented.id,
        severity: DRIFT_RULES.notImplemented.level,
        message: `${op.label} is documented (${at.text}) but no route in ${code.dir} registers it.${hint}`,
        location: { file: at.file, line: at.line, column: at.column, pointer: op.node.pointer },
        fingerprint: fingerprint(DRIFT_RULES.notImplemented.id, key),
        fix: {
          description: `Register ${op.method.toUpperCase()} ${toFrameworkPath(op.path)} in the code, or remove the operation from the spec (deprecate it first if clients call it).`,
        },
        data: { endpoint: op.label, spec: at.text },
      });
      rows.push([op.label, 'not implemented', at.text, '']);
      continue;
    }
    implemented++;
    for (const m of matches) documented.add(m);
    const route = matches[0];
    rows.push([op.label, 'implemented', at.text, where(route)]);
    findings.push(...parameterMismatches(spec, op, route, key, at.text));
  }
  for (const r of code.routes) {
    if (documented.has(r)) continue;
    const key = templateKey(r.method, relative(r));
    // HEAD beside a documented GET is the framework's automatic answer.
    if (r.method === 'HEAD' && ops.some((o) => templateKey(o.method, o.path) === templateKey('GET', relative(r))))
      continue;
    if (r.method === 'ALL' && ops.some((o) => shapeOf(templateKey(o.method, o.path)) === shapeOf(key))) continue;
    const snippet = stringify({
      paths: (specFromRoutes({ ...code, routes: [{ ...r, template: relative(r) }] }) as { paths: unknown }).paths,
    });
    findings.push({
      rule: DRIFT_RULES.undocumented.id,
      severity: DRIFT_RULES.undocumented.level,
      message: `${r.method} ${relative(r)} is registered in the code (${where(r)}) but the spec does not document it.`,
      location: { file: r.location.file, line: r.location.line, column: r.location.column },
      fingerprint: fingerprint(DRIFT_RULES.undocumented.id, key),
      fix: { description: 'Document it in the spec (a starting point, from the code):', text: snippet },
      data: { endpoint: `${r.method} ${relative(r)}`, code: where(r) },
    });
    rows.push([`${r.method} ${relative(r)}`, 'undocumented', '', where(r)]);
  }
  for (const u of code.unresolved) {
    findings.push({
      rule: DRIFT_RULES.unresolved.id,
      severity: DRIFT_RULES.unresolved.level,
      message: `${u.method ? `A ${u.method} route` : 'A route'} at ${u.location.file}:${u.location.line} cannot be checked against the spec: ${u.reason}${u.code ? ` (\`${u.code}\`)` : ''}.`,
      location: { file: u.location.file, line: u.location.line, column: u.location.column },
      fingerprint: fingerprint(DRIFT_RULES.unresolved.id, u.location.file, u.code, u.reason),
      fix: {
        description:
          'Use a constant path (or a constant prefix) so it can be checked, or ignore this finding by fingerprint.',
      },
    });
  }
  return { findings, implemented, specOperations: ops.length, codeRoutes: code.routes.length, rows };
}

function parameterMismatches(
  spec: LoadedSpec,
  op: Operation,
  route: ExtractedRoute,
  key: string,
  specAt: string,
): Finding[] {
  const out: Finding[] = [];
  const add = (subject: string, message: string, fix: string) =>
    out.push({
      rule: DRIFT_RULES.paramMismatch.id,
      severity: DRIFT_RULES.paramMismatch.level,
      message: `${op.label}: ${message} (spec ${specAt}, code ${where(route)}).`,
      location: { file: route.location.file, line: route.location.line, column: route.location.column },
      fingerprint: fingerprint(DRIFT_RULES.paramMismatch.id, key, subject),
      fix: { description: fix },
      data: { endpoint: op.label, spec: specAt, code: where(route) },
    });
  const specNames = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const params = operationParameters(spec, op);
  specNames.forEach((name, i) => {
    const codeName = route.params[i];
    if (codeName !== undefined && codeName !== name) {
      add(
        `path:${i}`,
        `the spec names path parameter ${i + 1} '${name}', the code '${codeName}'`,
        `Use one name in both: rename {${name}} in the spec or :${codeName} in the code.`,
      );
      return;
    }
    const specType = typeOf((params.get(`path:${name}`)?.value as Json | undefined)?.schema);
    const codeType = typeOf(propertiesOf(route.schemas?.params)[name]);
    if (specType && codeType && !compatible(specType, codeType)) {
      add(
        `path-type:${name}`,
        `path parameter '${name}' is ${specType} in the spec but ${codeType} in the code's schema`,
        'Make the spec and the route schema agree on the type.',
      );
    }
  });
  const query = route.schemas?.query;
  if (query) {
    const codeProps = propertiesOf(query);
    const codeRequired = new Set(Array.isArray(query.required) ? (query.required as string[]) : []);
    for (const name of Object.keys(codeProps)) {
      const p = params.get(`query:${name}`);
      if (!p && codeRequired.has(name)) {
        add(
          `query:${name}`,
          `the code requires query parameter '${name}', the spec does not document it`,
          `Document '${name}' (required) in the spec.`,
        );
      } else if (p && codeRequired.has(name) && (p.value as Json).required !== true) {
        add(
          `query-required:${name}`,
          `query parameter '${name}' is required by the code but optional in the spec`,
          `Mark '${name}' required in the spec, or make it optional in the code.`,
        );
      }
    }
    for (const [k, p] of params) {
      const [where, name] = [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)];
      if (
        where === 'query' &&
        (p.value as Json).required === true &&
        !(name in codeProps) &&
        query.additionalProperties === false
      ) {
        add(
          `query-missing:${name}`,
          `the spec requires query parameter '${name}', the code's schema does not accept it`,
          `Accept '${name}' in the route's querystring schema, or drop it from the spec.`,
        );
      }
    }
  }
  return out;
}

function serverBasePath(spec: LoadedSpec): string {
  const servers = (spec.root.data as Json).servers;
  const url = Array.isArray(servers) ? (servers[0] as Json | undefined)?.url : undefined;
  if (typeof url !== 'string' || url.includes('{')) return '';
  let p: string;
  try {
    p = new URL(url, 'http://base.invalid').pathname;
  } catch {
    return '';
  }
  const trimmed = p.replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed;
}

function specLocation(spec: LoadedSpec, op: Operation): { file: string; line?: number; column?: number; text: string } {
  const pos = op.node.file.locate(op.node.pointer);
  return {
    file: op.node.file.display,
    line: pos?.line,
    column: pos?.column,
    text: pos ? `${op.node.file.display}:${pos.line}` : op.node.file.display,
  };
}

function shapeOf(key: string): string {
  return key.slice(key.indexOf(' ') + 1);
}

function where(r: ExtractedRoute): string {
  return `${r.location.file}:${r.location.line}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  const p = schema?.properties;
  return typeof p === 'object' && p !== null ? (p as Record<string, JsonSchema>) : {};
}

function typeOf(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const t = (schema as Json).type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.filter((x) => x !== 'null').join('|') || undefined;
  return undefined;
}

/** An integer is a number; everything else must match. */
function compatible(spec: string, code: string): boolean {
  return spec === code || (spec === 'number' && code === 'integer') || (spec === 'integer' && code === 'number');
}

function toFrameworkPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}
