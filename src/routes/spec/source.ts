/**
 * One file of a spec: its parsed data and a way back from a JSON pointer to file:line:column.
 * YAML is parsed with `yaml` (LineCounter keeps positions); JSON with JSON.parse plus a lazy
 * locator, because building a YAML tree for a 13 MB JSON spec costs seconds.
 */
import type { Document, Node as YamlNode } from 'yaml';
import { indexJsonText, JsonLocator, LineIndex, type JsonTextIndex } from './json-locator.js';
import { SpecError } from './errors.js';

export interface Position {
  line: number;
  column: number;
}

export interface SpecFile {
  /** Absolute path (or `git-ref:path` for a file read from git). */
  id: string;
  /** How messages name it: relative to the working directory. */
  display: string;
  data: unknown;
  /** The file's text as read, so the checks can run again elsewhere (a worker thread) from it. */
  text: string;
  /** Set when the text is this file on disk as it is (not a git revision): it can be read again. */
  onDisk?: boolean;
  /**
   * JSON files: where to take the text's index from (made by another thread) if it is ready when
   * the first position is asked for; otherwise this thread makes it.
   */
  supplyIndex?(supplier: () => JsonTextIndex | undefined): void;
  /** Makes now (unless supplied) what locating will need: while this thread would otherwise wait. */
  prepareLocate?(): void;
  /** Position of the value a pointer names (the key, for object members); nearest ancestor when absent. */
  locate(pointer: string): Position | undefined;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function escapeSegment(s: string | number): string {
  const text = String(s);
  // Most keys need no escaping; skipping the two regex passes matters on a 13 MB spec.
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => '/' + escapeSegment(s)).join('');
}

export function looksLikeJson(file: string, text: string): boolean {
  if (/\.json$/i.test(file)) return true;
  if (/\.ya?ml$/i.test(file)) return false;
  return /^\s*[{[]/.test(text);
}

export async function parseSpecFile(text: string, id: string, display: string): Promise<SpecFile> {
  if (looksLikeJson(id, text)) return parseJsonFile(text, id, display);
  // Loaded for YAML only: the worker that checks a big JSON spec, and a JSON-only run, skip it.
  return parseYamlFile(await import('yaml'), text, id, display);
}

function parseJsonFile(text: string, id: string, display: string): SpecFile {
  let supplier: (() => JsonTextIndex | undefined) | undefined;
  let own: JsonTextIndex | undefined;
  // Made here, both passes at once, only when no other thread has handed it over by then.
  const index = () => supplier?.() ?? (own ??= indexJsonText(text));
  const lines = new LineIndex(index);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    const pos = m ? lines.position(Number(m[1])) : undefined;
    const what = String((e as Error).message).replace(/ in JSON at position \d+.*$/, '');
    throw new SpecError(`invalid JSON: ${what}. Fix the syntax at this position.`, {
      file: display,
      line: pos?.line,
      column: pos?.column,
    });
  }
  const locator = new JsonLocator(text, index);
  return {
    id,
    display,
    data,
    text,
    supplyIndex: (fn) => {
      supplier = fn;
    },
    prepareLocate: () => void index(),
    locate: (pointer) => {
      const offset = locator.locate(parsePointer(pointer));
      return offset === undefined ? undefined : lines.position(offset);
    },
  };
}

function parseYamlFile(yaml: typeof import('yaml'), text: string, id: string, display: string): SpecFile {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new SpecError(`invalid YAML: ${first}. Fix the syntax at this position.`, {
      file: display,
      line: pos.line,
      column: pos.col,
    });
  }
  const data = doc.toJS({ maxAliasCount: -1 }) as unknown;
  return {
    id,
    display,
    data,
    text,
    locate: (pointer) => {
      const offset = yamlOffset(yaml, doc, parsePointer(pointer));
      if (offset === undefined) return undefined;
      const p = lineCounter.linePos(offset);
      return { line: p.line, column: p.col };
    },
  };
}

function yamlOffset(yaml: typeof import('yaml'), doc: Document, segments: string[]): number | undefined {
  let node = doc.contents as YamlNode | null;
  let at = node?.range?.[0];
  for (const seg of segments) {
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === seg);
      if (!pair) return at;
      at = (pair.key as YamlNode | null)?.range?.[0] ?? at;
      node = pair.value as YamlNode | null;
    } else if (yaml.isSeq(node)) {
      const item = node.items[Number(seg)] as YamlNode | undefined;
      if (!item) return at;
      at = item.range?.[0] ?? at;
      node = item;
    } else {
      return at;
    }
  }
  return at;
}
