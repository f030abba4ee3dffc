import type { Logger } from '../log.js';
import type { Redactor } from '../report/mask.js';

/**
 * Progress goes to stderr so stdout carries only the report (pipe-able as JSON or SARIF).
 * Every line passes the redactor: a runner may log a URL whose password it registered.
 */
export class TerminalLogger implements Logger {
  constructor(
    private readonly stream: NodeJS.WritableStream = process.stderr,
    private readonly verbose = false,
    private readonly color = false,
    private readonly redactor?: Redactor,
  ) {}
  private write(line: string): void {
    this.stream.write(`${this.redactor ? this.redactor.redact(line) : line}\n`);
  }
  info(message: string): void {
    this.write(message);
  }
  warning(message: string): void {
    this.write(`${this.color ? '\x1b[33mwarning\x1b[0m' : 'warning'}: ${message}`);
  }
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(`${this.color ? '\x1b[1m' : ''}▸ ${name}${this.color ? '\x1b[0m' : ''}`);
    return fn();
  }
}
