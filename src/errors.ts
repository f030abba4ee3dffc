/**
 * A mistake the user can fix (bad config, bad input file, bad flag). Reported as one clear
 * message with exit code 2, never a stack trace. Anything else that is thrown is a bug (exit 3).
 */
export class ConfigurationError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, where?: { file?: string; line?: number; column?: number }) {
    super(message);
    this.name = 'ConfigurationError';
    this.file = where?.file;
    this.line = where?.line;
    this.column = where?.column;
  }

  /** `file:line:col: message` — the form editors and terminals make clickable. */
  describe(): string {
    if (!this.file) return this.message;
    const pos = this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : '';
    return `${this.file}${pos}: ${this.message}`;
  }
}

export function isConfigurationError(e: unknown): e is ConfigurationError {
  return e instanceof ConfigurationError;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
