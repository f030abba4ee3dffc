import type { Logger } from '../log.js';

/** Progress goes to stderr so stdout carries only the report (pipe-able as JSON or SARIF). */
export class TerminalLogger implements Logger {
  constructor(
    private readonly stream: NodeJS.WritableStream = process.stderr,
    private readonly verbose = false,
    private readonly color = false,
  ) {}
  info(message: string): void {
    this.stream.write(`${message}\n`);
  }
  warning(message: string): void {
    this.stream.write(`${this.color ? '\x1b[33mwarning\x1b[0m' : 'warning'}: ${message}\n`);
  }
  debug(message: string): void {
    if (this.verbose) this.stream.write(`debug: ${message}\n`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.stream.write(`${this.color ? '\x1b[1m' : ''}▸ ${name}${this.color ? '\x1b[0m' : ''}\n`);
    return fn();
  }
}
