/**
 * Finds where a JSON pointer sits in JSON text without building a full position tree: each
 * container on the way is scanned once and its members' offsets cached, so a 13 MB spec costs
 * only the containers a finding actually points into.
 */
export interface Member {
  /** Offset of the key (objects) or of the value (arrays). */
  keyAt: number;
  valueAt: number;
}

/**
 * The two full passes over a JSON text that locating needs, as typed arrays, so another thread
 * can make them and hand them over (see check-worker.ts): large containers' start and end
 * offsets, and line starts.
 */
export interface JsonTextIndex {
  containerStarts: Int32Array;
  containerEnds: Int32Array;
  lineStarts: Uint32Array;
}

/** Containers larger than this get their end recorded: skipping a smaller one by scanning is cheap. */
const LARGE = 512;

export function indexJsonText(text: string): JsonTextIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) {
      i = skipString(text, i) - 1;
    } else if (ch === 123 || ch === 91) {
      stack.push(i);
    } else if (ch === 125 || ch === 93) {
      const start = stack.pop()!;
      if (i - start > LARGE) {
        starts.push(start);
        ends.push(i + 1);
      }
    }
  }
  return {
    containerStarts: Int32Array.from(starts),
    containerEnds: Int32Array.from(ends),
    lineStarts: lineStartsOf(text),
  };
}

/** Offset just past the string that opens at `i`. indexOf jumps over text natively: a spec is mostly strings. */
function skipString(t: string, i: number): number {
  for (let q = t.indexOf('"', i + 1); q !== -1; q = t.indexOf('"', q + 1)) {
    // Escaped when preceded by an odd number of backslashes.
    let slashes = 0;
    while (t.charCodeAt(q - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return q + 1;
  }
  return t.length;
}

function lineStartsOf(t: string): Uint32Array {
  const starts = [0];
  for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
  return Uint32Array.from(starts);
}

export class JsonLocator {
  private readonly members = new Map<number, Map<string, Member>>();
  /** End offsets of large containers, found in one pass on first use, so skipping one is O(1). */
  private ends?: Map<number, number>;

  /** `index`: the text's index, asked for on first use (made by another thread, or made then). */
  constructor(
    private readonly text: string,
    private readonly index: () => JsonTextIndex,
  ) {}

  /** Offset of the member named by the pointer segments (its key for object members), if present. */
  locate(segments: string[]): number | undefined {
    let at = this.skipWs(0);
    let found: Member = { keyAt: at, valueAt: at };
    for (const seg of segments) {
      const members = this.membersOf(found.valueAt);
      const next = members?.get(seg);
      if (!next) return found.keyAt;
      found = next;
    }
    at = found.keyAt;
    return at;
  }

  private membersOf(at: number): Map<string, Member> | undefined {
    const cached = this.members.get(at);
    if (cached) return cached;
    const open = this.text[at];
    if (open !== '{' && open !== '[') return undefined;
    const out = new Map<string, Member>();
    let i = this.skipWs(at + 1);
    let index = 0;
    while (i < this.text.length && this.text[i] !== '}' && this.text[i] !== ']') {
      if (open === '{') {
        const keyAt = i;
        const keyEnd = this.skipString(i);
        const raw = this.text.slice(i, keyEnd);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        i = this.skipWs(keyEnd);
        i = this.skipWs(i + 1); // ':'
        out.set(key, { keyAt, valueAt: i });
      } else {
        out.set(String(index++), { keyAt: i, valueAt: i });
      }
      i = this.skipWs(this.skipValue(i));
      if (this.text[i] === ',') i = this.skipWs(i + 1);
    }
    this.members.set(at, out);
    return out;
  }

  private indexContainers(): Map<number, number> {
    const index = this.index();
    const ends = new Map<number, number>();
    for (let i = 0; i < index.containerStarts.length; i++) ends.set(index.containerStarts[i], index.containerEnds[i]);
    return ends;
  }

  private skipWs(i: number): number {
    const t = this.text;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
    return i;
  }

  private skipString(i: number): number {
    return skipString(this.text, i);
  }

  private skipValue(i: number): number {
    const t = this.text;
    const c = t[i];
    if (c === '"') return this.skipString(i);
    if (c === '{' || c === '[') {
      const end = (this.ends ??= this.indexContainers()).get(i);
      if (end !== undefined) return end;
      let depth = 0;
      while (i < t.length) {
        const ch = t.charCodeAt(i);
        if (ch === 34) {
          i = this.skipString(i);
          continue;
        }
        if (ch === 123 || ch === 91) depth++;
        else if (ch === 125 || ch === 93) {
          depth--;
          if (depth === 0) return i + 1;
        }
        i++;
      }
      return i;
    }
    while (i < t.length && !',}] \n\r\t'.includes(t[i])) i++;
    return i;
  }
}

/** Maps offsets to 1-based line and column. */
export class LineIndex {
  private starts?: Uint32Array;

  constructor(private readonly index: () => JsonTextIndex) {}

  position(offset: number): { line: number; column: number } {
    this.starts ??= this.index().lineStarts;
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
}
