import * as crypto from 'node:crypto';

/**
 * A fingerprint names a finding by what it is about (rule + subject), not by where it sits,
 * so adding a line above it does not change it. Callers pass the parts that identify the subject:
 * e.g. ('foreign-key-without-index', 'public.orders', 'user_id').
 */
export function fingerprint(rule: string, ...subject: (string | number | undefined)[]): string {
  let text = rule;
  // NUL before each part, so ('ab', 'c') and ('a', 'bc') differ.
  for (const part of subject) text += '\u0000' + String(part ?? '');
  return `${rule}:${sha256Hex(text).slice(0, 16)}`;
}

/** SHA-256 of the text's UTF-8 bytes, as hex, through a Hash object (any Node). */
export function streamedSha256Hex(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

// Node ≥ 20.12 hashes a string in one call without building a Hash object; a namespace import, as
// a named import of `hash` would fail to link on older Node 20.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** SHA-256 hex of the text's UTF-8 bytes: crypto.hash where Node has it, else createHash. */
export const sha256Hex: (text: string) => string =
  typeof oneShotHash === 'function' ? (text) => oneShotHash('sha256', text, 'hex') : streamedSha256Hex;
