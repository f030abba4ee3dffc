/**
 * A content hash per operation that includes everything its `$ref`s reach, so an operation whose
 * hash is the same in both specs is skipped without comparing it: a small change to a big spec
 * costs little beyond parsing. Each referenced component is serialised once per spec.
 */
import { createHash } from 'node:crypto';
import type { Json, Operation } from '../model.js';
import type { Located, LoadedSpec } from '../spec/load.js';
import { insideComponent } from '../spec/same.js';

export class OperationHasher {
  private readonly targets = new Map<string, string>();

  /**
   * `stable`: components (`SameParts.stableComponents`) equal in both specs of the diff and reaching only
   * such components; a reference into one stands for itself, its content is not serialised. Both
   * hashers of a diff get the same set, so equal operations still hash equal.
   */
  constructor(
    private readonly spec: LoadedSpec,
    private readonly stable: Set<string> = new Set(),
  ) {}

  hash(op: Operation): string {
    const security = op.node.value.security ?? (this.spec.root.data as Json).security ?? null;
    const h = createHash('sha1');
    h.update(this.canonical({ value: op.node.value, file: op.node.file, pointer: op.node.pointer }));
    h.update('\u0000');
    h.update(
      this.canonical({
        value: op.pathItem.value.parameters ?? null,
        file: op.pathItem.file,
        pointer: op.pathItem.pointer,
      }),
    );
    h.update('\u0000');
    h.update(JSON.stringify(security));
    return h.digest('hex');
  }

  /**
   * JSON text of a value followed by the hashes of what its `$ref`s point to. Native
   * JSON.stringify plus a scan for `"$ref":` is several times faster than a replacer callback.
   */
  private canonical(node: Located): string {
    const text = JSON.stringify(node.value) ?? 'null';
    if (!text.includes('"$ref":')) return text;
    let out = text;
    for (const m of text.matchAll(REF)) {
      const ref = m[1].includes('\\') ? (JSON.parse(`"${m[1]}"`) as string) : m[1];
      out += '\u0000' + this.targetHash(node, ref);
    }
    return out;
  }

  private targetHash(from: Located, ref: string): string {
    // Resolve relative to the file the value came from; $refs inside another file resolve there.
    const target = this.spec.deref({ value: { $ref: ref }, file: from.file, pointer: from.pointer });
    const id = `${target.file.id}#${target.pointer}`;
    if (target.file === this.spec.root && insideComponent(this.stable, target.pointer)) return `=${target.pointer}`;
    const known = this.targets.get(id);
    if (known !== undefined) return known;
    // A cycle names itself by location until its content hash is known.
    this.targets.set(id, id);
    const digest = createHash('sha1').update(this.canonical(target)).digest('hex');
    this.targets.set(id, digest);
    return digest;
  }
}

const REF = /"\$ref":"((?:[^"\\]|\\.)*)"/g;
