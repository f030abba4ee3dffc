/**
 * Static route extraction: the routes an Express, Fastify or Koa app registers, read from its
 * TypeScript or JavaScript source without running it. Routes whose path (or mount prefix) is
 * computed at run time are returned as `unresolved`, with file:line, never dropped.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type * as t from '@babel/types';
import { ConfigurationError } from '../../errors.js';
import { parseModule, ParseFailure, type ModuleInfo } from './module.js';
import { joinPaths, toTemplates } from './paths.js';
import { Project } from './project.js';
import { RouterGraph, type RouterNode } from './routers.js';
import type { ExtractedRoute, ExtractionResult, SourceLocation, UnresolvedRoute } from './types.js';

export type * from './types.js';
export { templateKey } from './paths.js';

const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'coverage',
  'lib',
  '.next',
  '__tests__',
  '__mocks__',
]);
/** Tests and type declarations register no routes of the app. */
const SKIPPED_FILES = /(\.d\.[cm]?ts|\.(test|spec)\.[cm]?[jt]sx?)$/;
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface ExtractOptions {
  /** Base of relative paths in locations (default: the process's working directory). */
  workingDirectory?: string;
}

export async function extractRoutes(dir: string, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const cwd = options.workingDirectory ?? process.cwd();
  const root = path.resolve(cwd, dir);
  const display = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory() && !info?.isFile()) {
    throw new ConfigurationError(`the code directory '${dir}' does not exist. Check routes.code (or --from-code).`);
  }
  const files = info.isFile() ? [root] : await listSourceFiles(root);
  const project = new Project();
  const unresolved: UnresolvedRoute[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    try {
      project.add(parseModule(file, display(file), text));
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw e;
      unresolved.push({
        reason: `the file does not parse, its routes are unknown: ${e.message}`,
        code: '',
        location: { file: display(file), line: e.line, column: e.column },
      });
    }
  }
  const where = (module: ModuleInfo, node: t.Node): SourceLocation => ({
    file: module.display,
    line: node.loc?.start.line ?? 1,
    column: (node.loc?.start.column ?? 0) + 1,
  });
  const graph = new RouterGraph(project, where);
  graph.build();
  const routes = flatten(graph, unresolved);
  routes.sort(byLocation);
  unresolved.push(...graph.unresolved);
  unresolved.sort(byLocation);
  return { routes, unresolved, files: files.length, dir: display(root) };
}

async function listSourceFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full);
      } else if (e.isFile() && SOURCE_FILE.test(e.name) && !SKIPPED_FILES.test(e.name)) {
        const s = await stat(full);
        if (s.size <= MAX_FILE_BYTES) out.push(full);
      }
    }
  };
  await walk(root);
  return out;
}

/** Every route of every root, under every prefix it is mounted at. */
function flatten(graph: RouterGraph, unresolved: UnresolvedRoute[]): ExtractedRoute[] {
  const out = new Map<string, ExtractedRoute>();
  const visit = (
    node: RouterNode,
    prefixes: string[],
    mountedAt: SourceLocation[],
    blocked: UnresolvedRoute | undefined,
    seen: Set<RouterNode>,
  ) => {
    if (seen.has(node)) return;
    const inner = new Set(seen).add(node);
    const stop = blocked ?? node.prefixFailure;
    for (const route of node.routes) {
      if (stop) {
        unresolved.push({
          method: route.methods[0].toUpperCase(),
          reason: `mounted under a prefix that cannot be resolved (${stop.location.file}:${stop.location.line}): ${stop.reason}`,
          code: stop.code,
          location: route.location,
        });
        continue;
      }
      for (const p of route.paths) {
        const full = joinPaths(...prefixes, node.prefix, p);
        for (const tpl of toTemplates(full)) {
          for (const m of route.methods) {
            const method = m === 'del' ? 'DELETE' : m.toUpperCase();
            const key = `${method} ${tpl.template} ${route.location.file}:${route.location.line}`;
            if (out.has(key)) continue;
            out.set(key, {
              method,
              path: full,
              template: tpl.template,
              params: tpl.params,
              framework: node.framework,
              location: route.location,
              ...(route.schemas ? { schemas: route.schemas } : {}),
              ...(mountedAt.length > 0 ? { mountedAt } : {}),
            });
          }
        }
      }
    }
    for (const m of node.mounts) {
      const childBlocked = stop ?? (Array.isArray(m.prefixes) ? undefined : m.prefixes);
      const list = Array.isArray(m.prefixes) ? m.prefixes : [''];
      for (const p of list)
        visit(m.child, [...prefixes, node.prefix, p], [...mountedAt, m.location], childBlocked, inner);
    }
  };
  for (const root of graph.roots()) visit(root, [], [], undefined, new Set());
  return [...out.values()];
}

function byLocation(a: { location: SourceLocation }, b: { location: SourceLocation }): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column
  );
}
