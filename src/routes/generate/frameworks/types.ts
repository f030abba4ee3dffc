/** What each framework contributes to the generated folder. */
export interface FrameworkFiles {
  /** generated/context.ts: the `RawContext` handlers receive. */
  context: string;
  /** generated/routes.ts: registration, validation, error envelope. */
  routes: string;
  /** generated/app.ts: an app wired to the user's handlers. */
  app: string;
  /** Packages the generated code imports (for the summary). */
  dependencies: string[];
  /** Extra generated files (path under generated/ → content). */
  extra?: Record<string, string>;
}

export type Framework = 'express' | 'fastify' | 'koa';
export const FRAMEWORKS: readonly Framework[] = ['express', 'fastify', 'koa'];
