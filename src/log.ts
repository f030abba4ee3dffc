/**
 * Progress and notes from mode runners go through this interface, so a runner never prints:
 * the CLI writes to stderr, the Action to the job log with collapsible groups, tests collect lines.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  info: () => {},
  warning: () => {},
  debug: () => {},
  group: (_name, fn) => fn(),
};

/** A logger that keeps lines in memory (tests, and the demo's captured progress). */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(m: string): void {
    this.lines.push(m);
  }
  warning(m: string): void {
    this.lines.push(`warning: ${m}`);
  }
  debug(): void {}
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`▸ ${name}`);
    return fn();
  }
}
