/**
 * What a pull request changes in the generated routes: both specs are generated in memory for
 * the same framework, then compared per operation (keyed by method and path, so a renamed
 * operationId shows as a renamed handler): operations gained and lost, and for the others which
 * parts of the generated code changed (route registration, handler name, the typed contract of
 * path params / query / headers / body / each response, the request validators, and the shared
 * schema types the operation uses).
 */
import type { LoadedSpec } from '../spec/load.js';
import { contractParts } from './contract.js';
import { expressFiles } from './frameworks/express.js';
import { fastifyFiles } from './frameworks/fastify.js';
import { koaFiles } from './frameworks/koa.js';
import type { Framework, FrameworkFiles } from './frameworks/types.js';
import { buildModel, type GenModel, type GenOperation } from './model.js';
import { forValidation, refName, type JsonSchema } from './schema.js';
import { paramsSchema } from './validators.js';

export interface GeneratedRouteChange {
  /** `GET /users/{id}`. */
  operation: string;
  /** The handler name in the head spec (in the base spec when the operation was lost). */
  handler: string;
  change: 'added' | 'removed' | 'changed';
  /** What changed, in generated-code words: `query`, `response 200`, `validator: body`, `schema User`… */
  parts: string[];
}

const FRAMEWORK_FILES: Record<Framework, (model: GenModel) => FrameworkFiles> = {
  express: expressFiles,
  fastify: fastifyFiles,
  koa: koaFiles,
};

interface Generated {
  op: GenOperation;
  route: string;
  contract: Record<string, string>;
  validators: Record<string, string>;
  schemas: Set<string>;
}

export function generatedRoutesDiff(
  baseSpec: LoadedSpec,
  headSpec: LoadedSpec,
  framework: Framework,
): GeneratedRouteChange[] {
  const baseModel = buildModel(baseSpec);
  const headModel = buildModel(headSpec);
  const base = generatedOperations(baseModel, framework);
  const head = generatedOperations(headModel, framework);
  const rows: GeneratedRouteChange[] = [];
  for (const [key, h] of head) {
    const b = base.get(key);
    if (!b) {
      rows.push({ operation: key, handler: h.op.id, change: 'added', parts: Object.keys(h.contract) });
      continue;
    }
    const parts: string[] = [];
    if (b.op.id !== h.op.id) parts.push(`handler name (was ${b.op.id})`);
    if (b.route !== h.route) parts.push('route registration');
    for (const part of union(Object.keys(b.contract), Object.keys(h.contract))) {
      if (b.contract[part] !== h.contract[part]) parts.push(changedPart(part, b.contract[part], h.contract[part]));
    }
    for (const part of union(Object.keys(b.validators), Object.keys(h.validators))) {
      if (b.validators[part] !== h.validators[part])
        parts.push(changedPart(`validator: ${part}`, b.validators[part], h.validators[part]));
    }
    for (const name of [...union([...b.schemas], [...h.schemas])].sort()) {
      const before = b.schemas.has(name) ? JSON.stringify(baseModel.registry.definitions.get(name)) : undefined;
      const after = h.schemas.has(name) ? JSON.stringify(headModel.registry.definitions.get(name)) : undefined;
      if (before !== undefined && after !== undefined && before !== after) parts.push(`schema ${name}`);
    }
    if (parts.length > 0) rows.push({ operation: key, handler: h.op.id, change: 'changed', parts });
  }
  for (const [key, b] of base) {
    if (!head.has(key))
      rows.push({ operation: key, handler: b.op.id, change: 'removed', parts: Object.keys(b.contract) });
  }
  const order = { removed: 0, changed: 1, added: 2 };
  return rows.sort((x, y) => order[x.change] - order[y.change] || x.operation.localeCompare(y.operation));
}

/**
 * The report's rendering of the rows: one table (operation, handler, change, parts) and, per
 * row, a details line, for the reporters to collapse.
 */
export function generatedRoutesSection(
  rows: GeneratedRouteChange[],
  framework: Framework,
): { table: { title: string; columns: string[]; rows: string[][] }; details: string[] } {
  const count = (c: GeneratedRouteChange['change']) => rows.filter((r) => r.change === c).length;
  const summary = `Generated routes (${framework}): ${count('added')} gained, ${count('removed')} lost, ${count('changed')} changed`;
  return {
    table: {
      title: summary,
      columns: ['operation', 'handler', 'change', 'what changed in the generated code'],
      rows: rows.map((r) => [r.operation, r.handler, r.change, r.change === 'changed' ? r.parts.join(', ') : '']),
    },
    details: [
      summary,
      ...rows.map((r) =>
        r.change === 'changed'
          ? `  ~ ${r.operation} (${r.handler}): ${r.parts.join(', ')}`
          : `  ${r.change === 'added' ? '+' : '-'} ${r.operation} (${r.handler})`,
      ),
    ],
  };
}

function generatedOperations(model: GenModel, framework: Framework): Map<string, Generated> {
  const routeLines = new Map<string, string>();
  for (const line of FRAMEWORK_FILES[framework](model).routes.split('\n')) {
    const m = /R\.(\w+)[,)]/.exec(line);
    if (m) routeLines.set(m[1], line.split(m[1]).join('<handler>'));
  }
  const out = new Map<string, Generated>();
  for (const op of model.operations) {
    const validators: Record<string, string> = {};
    for (const where of ['path', 'query', 'header'] as const) {
      const schema = paramsSchema(op, where);
      if (schema) validators[where === 'header' ? 'headers' : where] = JSON.stringify(schema);
    }
    if (op.body?.schema) validators.body = JSON.stringify(forValidation(op.body.schema));
    out.set(`${op.method.toUpperCase()} ${op.path}`, {
      op,
      route: routeLines.get(op.id) ?? '',
      contract: contractParts(op),
      validators,
      schemas: usedSchemas(model, op),
    });
  }
  return out;
}

/** Every named schema an operation reaches through `$ref`, transitively. */
function usedSchemas(model: GenModel, op: GenOperation): Set<string> {
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) visit(v);
    else if (typeof value === 'object' && value !== null) {
      const name = refName(value as JsonSchema);
      if (name !== undefined && !seen.has(name)) {
        seen.add(name);
        visit(model.registry.definitions.get(name));
      }
      for (const v of Object.values(value)) visit(v);
    }
  };
  for (const p of op.params) visit(p.schema);
  visit(op.body?.schema);
  for (const r of op.responses) {
    visit(r.schema);
    for (const h of r.headers) visit(h.schema);
  }
  return seen;
}

function changedPart(part: string, before: string | undefined, after: string | undefined): string {
  if (before === undefined) return `${part} (new)`;
  if (after === undefined) return `${part} (gone)`;
  return part;
}

function union(a: string[], b: string[]): Set<string> {
  return new Set([...a, ...b]);
}
