/**
 * Loads an OpenAPI 3.0/3.1 spec: the root file and every file its relative `$ref`s reach, each
 * kept with its positions. References stay references (circular schemas are fine); consumers
 * follow them with `deref`, which knows the file and pointer of every value it returns.
 */
import path from 'node:path';
import { SpecError, type SpecProblem } from './errors.js';
import { fileReader, type SpecReader } from './reader.js';
import { joinPointer, parsePointer, parseSpecFile, type SpecFile } from './source.js';
import { checkSpec, type CheckOptions } from './validate.js';

/** A value inside a spec, with where it came from. */
export interface Located<T = unknown> {
  value: T;
  file: SpecFile;
  pointer: string;
}

export interface LoadedSpec {
  root: SpecFile;
  files: Map<string, SpecFile>;
  /** `3.0.3`, `3.1.0`. */
  version: string;
  /** Follow `$ref`s (chains too) until a value that is not a reference. */
  deref<T = unknown>(node: Located<T>): Located<T>;
  /** A member of a located object or array, without following references. */
  child<T = unknown>(node: Located, key: string | number): Located<T> | undefined;
  /** `file:line:col` of a located value, for messages. */
  where(node: Pick<Located, 'file' | 'pointer'>): string;
  /** How messages name a file of this spec (by id), e.g. relative to the working directory. */
  display(id: string): string;
}

export interface LoadOptions {
  reader?: SpecReader;
  /** Validate against the official OpenAPI JSON Schema (default true). */
  schemaValidation?: boolean;
  /**
   * The other spec of a diff, loaded and schema-validated before this one: only the parts of this
   * spec that differ from it are schema-validated (equal parts passed the same schema there).
   */
  validatedCounterpart?: LoadedSpec;
}

const CONVERT_HINT =
  'Convert it to OpenAPI 3 first, e.g. `npx swagger2openapi swagger.yaml -o openapi.yaml` ' +
  '(or editor.swagger.io → Edit → Convert to OpenAPI 3), then point routes.spec at the result.';

export async function loadSpec(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const spec = await readSpec(file, options.reader);
  await checkLoadedSpec(spec, {
    schemaValidation: options.schemaValidation ?? true,
    validatedCounterpart: options.validatedCounterpart,
  });
  return spec;
}

/**
 * Reads and parses the root file and every file its `$ref`s reach, without the checks of
 * `checkLoadedSpec` (references that land on nothing, structure, the OpenAPI schema): a diff runs
 * those in a worker thread while it compares.
 */
export async function readSpec(file: string, givenReader?: SpecReader): Promise<LoadedSpec> {
  const reader = givenReader ?? fileReader(process.cwd());
  const files = new Map<string, SpecFile>();
  const problems: SpecProblem[] = [];

  const root = await readSpecFile(reader, file);
  if (!root)
    throw new SpecError('spec file not found. Check routes.spec (or the path you passed).', {
      file: reader.display(file),
    });
  files.set(root.id, root);
  const version = checkVersion(root);

  // Load every file reachable through $refs.
  const pending = [root];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (!mayReferToOtherFiles(current.text)) continue;
    const external: { from: SpecFile; pointer: string; ref: string }[] = [];
    forEachRef(current, (ref, pointer) => {
      if (!ref.startsWith('#')) external.push({ from: current, pointer: pointer(), ref });
    });
    for (const r of external) {
      const [target] = splitRef(r.ref);
      if (target === '') continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
        problems.push(
          problemAt(
            r.from,
            r.pointer,
            `remote $ref '${r.ref}' is not followed. Save the file beside the spec and use a relative path.`,
          ),
        );
        continue;
      }
      const id = path.resolve(path.dirname(current.id), decodeURIComponent(target));
      if (files.has(id) || problems.some((p) => p.message.includes(`'${r.ref}'`))) continue;
      let loaded: SpecFile | undefined;
      try {
        loaded = await readSpecFile(reader, id);
      } catch (e) {
        if (e instanceof SpecError) {
          problems.push(...e.problems);
          continue;
        }
        throw e;
      }
      if (!loaded) {
        problems.push(
          problemAt(r.from, r.pointer, `$ref '${r.ref}' points to a file that does not exist (${reader.display(id)}).`),
        );
        continue;
      }
      files.set(id, loaded);
      pending.push(loaded);
    }
  }
  if (problems.length > 0) throw SpecError.of(problems);
  return makeSpec(root, files, version, reader);
}

/**
 * Can this file's text hold a `$ref` to something other than `#…`? A plain text search, so the
 * tree of a 13 MB single-file spec is not walked just to learn it refers to nothing outside.
 */
function mayReferToOtherFiles(text: string): boolean {
  return /\$ref['"]?\s*:\s*(?:"(?!#)|'(?!#)|(?!['"#\s]))/.test(text);
}

/** The checks `readSpec` leaves out: every reference lands on something; structure; the OpenAPI schema. */
export async function checkLoadedSpec(spec: LoadedSpec, options: CheckOptions): Promise<void> {
  const problems: SpecProblem[] = [];
  for (const file of spec.files.values()) {
    // A big spec holds tens of thousands of $refs to a few thousand targets: resolve each once.
    const resolves = new Map<string, boolean>();
    forEachRef(file, (ref, pointer) => {
      let ok = resolves.get(ref);
      if (ok === undefined) resolves.set(ref, (ok = resolveRef(spec, file, ref) !== undefined));
      if (ok) return;
      const [target, fragment] = splitRef(ref);
      const fileId = target === '' ? file.id : path.resolve(path.dirname(file.id), decodeURIComponent(target));
      // Remote and missing files were reported by readSpec.
      if (!spec.files.has(fileId)) return;
      problems.push(
        problemAt(
          file,
          pointer(),
          `$ref '${ref}' points to nothing: ${spec.display(fileId)} has no '#${fragment}'. Fix the name or add the definition.`,
        ),
      );
    });
  }
  if (problems.length > 0) throw SpecError.of(problems);
  await checkSpec(spec, options);
}

async function readSpecFile(reader: SpecReader, id: string): Promise<SpecFile | undefined> {
  const text = await reader.read(id);
  if (text === undefined) return undefined;
  const file = await parseSpecFile(text, id, reader.display(id));
  if (reader.fromDisk) file.onDisk = true;
  return file;
}

function checkVersion(root: SpecFile): string {
  const data = root.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SpecError(
      'this is not an OpenAPI document: the top level must be a mapping with `openapi`, `info` and `paths`.',
      {
        file: root.display,
        line: 1,
      },
    );
  }
  if ('swagger' in data) {
    const at = root.locate('/swagger');
    throw new SpecError(
      `this is a Swagger ${String(data.swagger)} document; backend-gate reads OpenAPI 3.0 and 3.1. ${CONVERT_HINT}`,
      {
        file: root.display,
        line: at?.line,
        column: at?.column,
        pointer: '/swagger',
      },
    );
  }
  const version = data.openapi;
  if (version === undefined) {
    throw new SpecError('missing the `openapi` version key (e.g. `openapi: 3.1.0`) at the top level.', {
      file: root.display,
      line: 1,
    });
  }
  if (typeof version !== 'string' || !/^3\.[01]\.\d+/.test(version)) {
    const at = root.locate('/openapi');
    throw new SpecError(`unsupported openapi version '${String(version)}': write it as a string, 3.0.x or 3.1.x.`, {
      file: root.display,
      line: at?.line,
      column: at?.column,
      pointer: '/openapi',
    });
  }
  return version;
}

/**
 * Calls `found` for every `$ref` of a file; `pointer()` names its `$ref` key. The walk keeps the
 * path as segments and joins them only when asked: most references resolve, and joining a pointer
 * for each of a 13 MB spec's tens of thousands cost more than the walk.
 */
function forEachRef(file: SpecFile, found: (ref: string, pointer: () => string) => void): void {
  const segments: (string | number)[] = [];
  const pointer = () => joinPointer('', ...segments, '$ref');
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v !== 'object' || v === null) continue;
        segments.push(i);
        visit(v);
        segments.pop();
      }
      return;
    }
    const obj = value as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === 'string') found(ref, pointer);
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const v = obj[key];
      // `example(s)` hold payloads, not spec: a `$ref` key there is data.
      if (typeof v !== 'object' || v === null || key === 'example') continue;
      segments.push(key);
      visit(v);
      segments.pop();
    }
  };
  if (typeof file.data === 'object' && file.data !== null) visit(file.data);
}

function splitRef(ref: string): [string, string] {
  const i = ref.indexOf('#');
  return i === -1 ? [ref, ''] : [ref.slice(0, i), ref.slice(i + 1)];
}

function problemAt(file: SpecFile, pointer: string, message: string): SpecProblem {
  const at = file.locate(pointer);
  return { message, file: file.display, line: at?.line, column: at?.column, pointer };
}

function valueAt(data: unknown, segments: string[]): { found: boolean; value: unknown } {
  let value = data;
  for (const seg of segments) {
    if (Array.isArray(value)) {
      const i = Number(seg);
      if (!Number.isInteger(i) || i < 0 || i >= value.length) return { found: false, value: undefined };
      value = value[i];
    } else if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, seg)) {
      value = (value as Record<string, unknown>)[seg];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value };
}

function resolveRef(spec: LoadedSpec, from: SpecFile, ref: string): Located | undefined {
  const [target, fragment] = splitRef(ref);
  const file = target === '' ? from : spec.files.get(path.resolve(path.dirname(from.id), decodeURIComponent(target)));
  if (!file) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(fragment);
  } catch {
    pointer = fragment;
  }
  const { found, value } = valueAt(file.data, parsePointer(pointer));
  return found ? { value, file, pointer: pointer === '/' ? '' : pointer } : undefined;
}

export function makeSpec(
  root: SpecFile,
  files: Map<string, SpecFile>,
  version: string,
  reader: Pick<SpecReader, 'display'>,
): LoadedSpec {
  // The diff and the checks follow the same few thousand component references again and again.
  const resolved = new Map<SpecFile, Map<string, Located | undefined>>();
  const resolveCached = (file: SpecFile, ref: string): Located | undefined => {
    let byRef = resolved.get(file);
    if (!byRef) resolved.set(file, (byRef = new Map()));
    if (byRef.has(ref)) return byRef.get(ref);
    const target = resolveRef(spec, file, ref);
    byRef.set(ref, target);
    return target;
  };
  const spec: LoadedSpec = {
    root,
    files,
    version,
    display: (id) => files.get(id)?.display ?? reader.display(id),
    deref<T>(node: Located<T>): Located<T> {
      let current = node as Located;
      for (let hops = 0; hops < 64; hops++) {
        const v = current.value as { $ref?: unknown } | null;
        if (typeof v !== 'object' || v === null || typeof v.$ref !== 'string') return current as Located<T>;
        const next = resolveCached(current.file, v.$ref);
        if (!next) return current as Located<T>;
        current = next;
      }
      return current as Located<T>;
    },
    child<T>(node: Located, key: string | number): Located<T> | undefined {
      const v = node.value;
      if (typeof v !== 'object' || v === null) return undefined;
      const value = (v as Record<string, unknown>)[key];
      if (value === undefined) return undefined;
      return { value: value as T, file: node.file, pointer: joinPointer(node.pointer, key) };
    },
    where(node) {
      const at = node.file.locate(node.pointer);
      return at ? `${node.file.display}:${at.line}:${at.column}` : node.file.display;
    },
  };
  return spec;
}

/** Walk a pointer of the fully dereferenced document through the files, following `$ref`s. */
export function locateDeep(spec: LoadedSpec, pointer: string): Located {
  let node: Located = { value: spec.root.data, file: spec.root, pointer: '' };
  for (const seg of parsePointer(pointer)) {
    node = spec.deref(node);
    const next = spec.child(node, seg);
    if (!next) return node;
    node = next;
  }
  return node;
}
