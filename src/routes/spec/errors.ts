import { ConfigurationError } from '../../errors.js';

export interface SpecProblem {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** JSON pointer of the offending value inside its file. */
  pointer?: string;
}

/**
 * A spec the user must fix (broken YAML, dangling $ref, wrong types, duplicate operationIds).
 * It is a ConfigurationError, so the CLI exits 2 and prints `file:line:col: message`; `problems`
 * holds every problem found, for reporters that list them all.
 */
export class SpecError extends ConfigurationError {
  readonly problems: SpecProblem[];
  readonly pointer?: string;

  constructor(message: string, where?: Omit<SpecProblem, 'message'>, more: SpecProblem[] = []) {
    const extra = more.length > 0 ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : '';
    super(message + extra, where);
    this.name = 'SpecError';
    this.pointer = where?.pointer;
    this.problems = [{ message, ...where }, ...more];
  }

  /** Every problem as `file:line:col: message`, one per line (the first 20). */
  override describe(): string {
    if (this.problems.length === 1) return super.describe();
    const lines = this.problems.slice(0, 20).map((p) => {
      const pos = p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
      return p.file ? `${p.file}${pos}: ${p.message}` : p.message;
    });
    if (this.problems.length > 20) lines.push(`… and ${this.problems.length - 20} more`);
    return `${this.problems.length} problems in the spec:\n  ${lines.join('\n  ')}`;
  }

  static of(problems: SpecProblem[]): SpecError {
    const [first, ...rest] = problems;
    return new SpecError(first.message, first, rest);
  }
}
