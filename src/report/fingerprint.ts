import { createHash } from 'node:crypto';

/**
 * A fingerprint names a finding by what it is about (rule + subject), not by where it sits,
 * so adding a line above it does not change it. Callers pass the parts that identify the subject:
 * e.g. ('foreign-key-without-index', 'public.orders', 'user_id').
 */
export function fingerprint(rule: string, ...subject: (string | number | undefined)[]): string {
  const h = createHash('sha256');
  h.update(rule);
  for (const part of subject) h.update('\u0000' + String(part ?? ''));
  return `${rule}:${h.digest('hex').slice(0, 16)}`;
}
