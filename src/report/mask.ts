/**
 * Secrets never reach a rendered report: every reporter runs its output through a Redactor.
 * Known secrets (registered values) are replaced wherever they appear; on top of that,
 * passwords inside URLs and values of auth-like headers are masked by shape, so a secret we were
 * never told about (a URL in a PostgreSQL error message) is still hidden.
 */
export const MASK = '***';

const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s/]+)(@)/gi;
const AUTH_HEADER =
  /\b((?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token|cookie|set-cookie)\s*[:=]\s*"?)(?:(bearer|basic|token)\s+)?([^\s",}]+)/gi;
const PASSWORD_PARAM = /\b(password|passwd|pwd|token|secret|access_token)=([^&\s]+)/gi;
const GITHUB_TOKEN = /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g;

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Register a secret value; onSecret is told too (the Action passes core.setSecret). */
  constructor(private readonly onSecret?: (value: string) => void) {}

  add(value: string | undefined | null): void {
    if (!value || value.length < 3 || this.secrets.has(value)) return;
    this.secrets.add(value);
    this.onSecret?.(value);
    // A URL-encoded password shows up decoded in some error messages, and vice versa.
    try {
      const decoded = decodeURIComponent(value);
      if (decoded !== value) this.add(decoded);
    } catch {
      /* not URL-encoded */
    }
  }

  /** Register the password of a connection URL (postgres://user:pass@host/db). */
  addUrl(url: string | undefined): void {
    if (!url) return;
    try {
      const u = new URL(url);
      if (u.password) this.add(u.password);
    } catch {
      /* not a URL: nothing to register, shape masking still applies */
    }
  }

  /** Register the values of headers that carry credentials. */
  addHeaders(headers: Record<string, string> | undefined): void {
    for (const [k, v] of Object.entries(headers ?? {})) {
      if (/auth|token|key|cookie|secret|password/i.test(k)) {
        this.add(v);
        const parts = v.split(/\s+/);
        if (parts.length === 2) this.add(parts[1]);
      }
    }
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
    out = out.replace(URL_PASSWORD, (_m, pre: string, pw: string, at: string) =>
      pw === MASK ? `${pre}${pw}${at}` : `${pre}${MASK}${at}`,
    );
    out = out.replace(
      AUTH_HEADER,
      (_m, pre: string, scheme: string | undefined) => `${pre}${scheme ? scheme + ' ' : ''}${MASK}`,
    );
    out = out.replace(PASSWORD_PARAM, (_m, k: string) => `${k}=${MASK}`);
    out = out.replace(GITHUB_TOKEN, MASK);
    return out;
  }

  /** Deep-redact every string in a JSON-like value. */
  redactValue<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactValue(v)) as T;
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.redactValue(v);
      return out as T;
    }
    return value;
  }
}

/** The URL as it may be printed: password replaced. */
export function maskUrl(url: string): string {
  return new Redactor().redact(url);
}
