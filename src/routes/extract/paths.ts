/**
 * Route paths as Express, Fastify and Koa write them (`/users/:id`, `/files/*splat`, `{/:lang}`,
 * `:id(\\d+)`, `:id?`) → OpenAPI path templates (`/users/{id}`). Optional parts become two
 * templates, one with and one without.
 */

export interface PathTemplate {
  template: string;
  params: string[];
}

/** Joins mount prefixes and a route path the way the frameworks do: one slash between, none at the end. */
export function joinPaths(...parts: string[]): string {
  const joined = parts
    .filter((p) => p !== '' && p !== '/')
    .map((p) => '/' + p.replace(/^\/+|\/+$/g, ''))
    .join('');
  return joined === '' ? '/' : joined.replace(/\/{2,}/g, '/');
}

/** Every OpenAPI template a framework path stands for (more than one when parts are optional). */
export function toTemplates(path: string): PathTemplate[] {
  const variants = expandOptionalGroups(path);
  const out = new Map<string, PathTemplate>();
  for (const v of variants) {
    for (const t of convertSegments(v)) out.set(t.template, t);
  }
  return [...out.values()];
}

/** path-to-regexp v8 (Express 5, @koa/router 13+): `{…}` marks an optional part. */
function expandOptionalGroups(path: string): string[] {
  const open = path.indexOf('{');
  if (open === -1) return [path];
  const close = path.indexOf('}', open);
  if (close === -1) return [path];
  const before = path.slice(0, open);
  const inner = path.slice(open + 1, close);
  const after = path.slice(close + 1);
  return [...expandOptionalGroups(before + inner + after), ...expandOptionalGroups(before + after)];
}

function convertSegments(path: string): PathTemplate[] {
  let variants: { segments: string[]; params: string[] }[] = [{ segments: [], params: [] }];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    const m = /^:([A-Za-z_$][\w$]*)(\([^)]*\))?([?*+])?$/.exec(raw);
    const star = /^\*([A-Za-z_$][\w$]*)?$/.exec(raw);
    if (m) {
      const [, name, , modifier] = m;
      const withIt = variants.map((v) => ({ segments: [...v.segments, `{${name}}`], params: [...v.params, name] }));
      variants = modifier === '?' || modifier === '*' ? [...withIt, ...variants] : withIt;
    } else if (star) {
      const name = star[1] ?? 'wildcard';
      variants = variants.map((v) => ({ segments: [...v.segments, `{${name}}`], params: [...v.params, name] }));
    } else {
      // `:from-:to`, `file.:ext`: parameters inside a segment.
      const params: string[] = [];
      const seg = raw.replace(/:([A-Za-z_$][\w$]*)(\([^)]*\))?/g, (_all, name: string) => {
        params.push(name);
        return `{${name}}`;
      });
      variants = variants.map((v) => ({ segments: [...v.segments, seg], params: [...v.params, ...params] }));
    }
  }
  return variants.map((v) => ({ template: '/' + v.segments.join('/'), params: v.params }));
}

/** `GET /users/{}`: the shape that matches across spellings of parameter names (`{id}` ≡ `:userId`). */
export function templateKey(method: string, template: string): string {
  const normal = template.length > 1 ? template.replace(/\/+$/, '') : template;
  return `${method.toUpperCase()} ${normal.replace(/\{[^}]*\}/g, '{}')}`;
}
