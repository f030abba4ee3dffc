/**
 * Parses `.backend-gate.yml` with `yaml` (keeping node positions), validates it against the schema
 * (compiled ahead of time by validator/build.ts), and reports every problem as file:line:column
 * with what is allowed. Loaded only when a config file exists (see config-file.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { missingConfig, type LoadedConfig, type RawConfig } from './config-file.js';
import validateConfigSchema from './validator/config-schema.js';

export type { LoadedConfig, RawConfig } from './config-file.js';

const validate = validateConfigSchema as unknown as ValidateFunction;

/**
 * @param file path to read
 * @param options.displayName how messages name the file (the path as the user wrote it)
 */
export function loadConfig(file: string, options: { required?: boolean; displayName?: string } = {}): LoadedConfig {
  const name = options.displayName ?? file;
  if (!existsSync(file)) return missingConfig(name, options.required);
  return parseConfig(readFileSync(file, 'utf8'), name);
}

export function parseConfig(text: string, file: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    const firstLine = e.message.split('\n')[0];
    throw new ConfigurationError(`invalid YAML: ${firstLine}. Fix the syntax at this position.`, {
      file,
      line: pos.line,
      column: pos.col,
    });
  }
  const raw = (doc.toJS() ?? {}) as unknown;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigurationError(
      'the config must be a mapping of keys (fail-on, routes, migrations, loadtest, audit…).',
      { file, line: 1 },
    );
  }
  const positionOf = (path: (string | number)[], key = false) => {
    const node = nodeAt(doc.contents as YamlNode | null, path, key);
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset);
  };
  if (!validate(raw)) {
    const err = pickError(validate.errors ?? []);
    const path = pointerToPath(err.instancePath);
    const isUnknownKey = err.keyword === 'additionalProperties';
    const unknown = isUnknownKey
      ? String((err.params as { additionalProperty: string }).additionalProperty)
      : undefined;
    const pos = unknown ? positionOf([...path, unknown], true) : positionOf(path);
    throw new ConfigurationError(describeError(err, path, unknown), { file, line: pos?.line, column: pos?.col });
  }
  return { file, found: true, raw: raw as RawConfig, lineOf: (p) => positionOf(p)?.line };
}

/** Walk the YAML tree; with key=true return the key node of the last step (for unknown keys). */
function nodeAt(root: YamlNode | null, path: (string | number)[], key: boolean): YamlNode | undefined {
  let node: YamlNode | null | undefined = root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(step));
      if (!pair) return node ?? undefined;
      if (key && i === path.length - 1) return pair.key as YamlNode;
      node = pair.value as YamlNode;
    } else if (isSeq(node)) {
      node = node.items[Number(step)] as YamlNode;
    } else {
      return node ?? undefined;
    }
  }
  return node ?? undefined;
}

function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Ajv reports every branch of an anyOf; the most specific error is the most useful one. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const preferred = ['additionalProperties', 'enum', 'type', 'required', 'pattern', 'minimum', 'maximum', 'minLength'];
  const sorted = [...errors].sort(
    (a, b) =>
      b.instancePath.split('/').length - a.instancePath.split('/').length ||
      rank(preferred, a.keyword) - rank(preferred, b.keyword),
  );
  return sorted[0];
}

function rank(list: string[], k: string): number {
  const i = list.indexOf(k);
  return i === -1 ? list.length : i;
}

function describeError(err: ErrorObject, path: string[], unknownKey?: string): string {
  const where = path.length ? `'${path.join('.')}'` : 'the config';
  const schema = err.parentSchema as { properties?: Record<string, unknown> } | undefined;
  switch (err.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(schema?.properties ?? {});
      return `unknown key '${unknownKey}' in ${where}. Allowed keys: ${allowed.join(', ')}.`;
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues;
      return `${where} must be one of: ${allowed.map(String).join(', ')}.`;
    }
    case 'type':
      return `${where} must be ${article((err.params as { type: string }).type)}.`;
    case 'required':
      return `${where} is missing the required key '${(err.params as { missingProperty: string }).missingProperty}'.`;
    case 'pattern':
      return `${where} has a bad format: ${(err.parentSchema as { description?: string })?.description ?? `it must match ${(err.params as { pattern: string }).pattern}`}.`;
    default:
      return `${where} ${err.message ?? 'is invalid'}.`;
  }
}

function article(type: string): string {
  const t = type.replace(',', ' or ');
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
