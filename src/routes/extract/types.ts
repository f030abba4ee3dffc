/** What the static route extractor finds in an app's source: routes, and the ones it could not resolve. */

export type Framework = 'express' | 'fastify' | 'koa' | 'unknown';

export type JsonSchema = Record<string, unknown>;

/** Request and response schemas the code declares for a route (Fastify `schema`, zod, TypeBox). */
export interface RouteSchemas {
  params?: JsonSchema;
  query?: JsonSchema;
  headers?: JsonSchema;
  body?: JsonSchema;
  /** By status code as written ('200', '2xx', 'default'). */
  responses?: Record<string, JsonSchema>;
}

export interface SourceLocation {
  /** Relative to the working directory, `/`-separated. */
  file: string;
  line: number;
  column: number;
}

export interface ExtractedRoute {
  /** Upper case; 'ALL' for app.all / router.all. */
  method: string;
  /** The full path as the framework writes it: `/users/:id`. */
  path: string;
  /** The OpenAPI path template: `/users/{id}`. */
  template: string;
  /** Path parameter names, in order. */
  params: string[];
  framework: Framework;
  location: SourceLocation;
  schemas?: RouteSchemas;
  /** Where the prefixes came from, outermost first (`app.use('/api', …)` at src/app.ts:12). */
  mountedAt?: SourceLocation[];
}

export interface UnresolvedRoute {
  /** Upper case when known. */
  method?: string;
  /** Why it could not be resolved, in one sentence. */
  reason: string;
  /** The source text of the part that could not be resolved. */
  code: string;
  location: SourceLocation;
}

export interface ExtractionResult {
  routes: ExtractedRoute[];
  unresolved: UnresolvedRoute[];
  /** Source files read. */
  files: number;
  /** The directory scanned, relative to the working directory. */
  dir: string;
}
