/**
 * The user's side: `handlers/<tag>.ts`, created once with a stub per operation and never
 * overwritten, and the generated `generated/handlers.ts` that gathers them under the `Handlers`
 * contract, so a handler that no longer matches the spec is a `tsc` error.
 */
import { camelCase } from './names.js';
import type { GenModel, GenOperation } from './model.js';

export function groupsOf(model: GenModel): Map<string, GenOperation[]> {
  const groups = new Map<string, GenOperation[]>();
  for (const op of model.operations) {
    const list = groups.get(op.group) ?? [];
    list.push(op);
    groups.set(op.group, list);
  }
  return groups;
}

export function handlerStub(op: GenOperation): string {
  const title = `${op.label}${op.summary ? ` — ${op.summary.replace(/\*\//g, '')}` : ''}`.replace(/\r?\n/g, ' ');
  return `/** ${title} */\nexport const ${op.id}: Handlers['${op.id}'] = async () => notImplemented('${op.id}');\n`;
}

export function handlerFile(group: string, ops: GenOperation[], title: string): string {
  return `/**
 * Handlers for the \`${group}\` operations of ${title.replace(/\*\//g, '')}.
 * This file is yours: backend-gate created it once and never overwrites it. When the spec
 * changes, \`tsc\` points at every handler that no longer matches it.
 */
import type { Handlers } from '../generated/operations.js';
import { notImplemented } from '../generated/runtime.js';

${ops.map(handlerStub).join('\n')}`;
}

function moduleName(group: string): string {
  return `${camelCase(group)}Handlers`;
}

export function handlersIndex(model: GenModel): string {
  const groups = groupsOf(model);
  const imports = [...groups.keys()].map((g) => `import * as ${moduleName(g)} from '../handlers/${g}.js';`);
  const entries = model.operations.map((op) => `  ${op.id}: ${moduleName(op.group)}.${op.id},`);
  return `import type { Handlers } from './operations.js';
${imports.join('\n')}

/** Every handler of handlers/*.ts, checked against the spec's contract. */
export const handlers: Handlers = {
${entries.join('\n')}
};
`;
}

/** Operations of a group whose handler a user file does not export (added to the spec since). */
export function missingHandlers(source: string, ops: GenOperation[]): GenOperation[] {
  return ops.filter(
    (op) =>
      !new RegExp(
        `export\\s+(?:const|let|function|async\\s+function)\\s+${op.id}\\b|export\\s*\\{[^}]*\\b${op.id}\\b`,
      ).test(source),
  );
}
