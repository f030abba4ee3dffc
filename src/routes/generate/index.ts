/**
 * `backend-gate routes generate <spec> --framework express|fastify|koa --output DIR [--check]`:
 * typed routes, ahead-of-time request validators and TypeScript types from an OpenAPI spec.
 * Generated files live in DIR/generated/ (do-not-edit header, rewritten on every run);
 * handlers live in DIR/handlers/<tag>.ts (created once, never overwritten).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { fingerprint } from '../../report/fingerprint.js';
import type { Finding, Report } from '../../report/types.js';
import { loadSpec, type LoadedSpec } from '../spec/load.js';
import { fileReader } from '../spec/reader.js';
import { operationsFile, requestsFile, typesFile } from './contract.js';
import { expressFiles } from './frameworks/express.js';
import { fastifyFiles } from './frameworks/fastify.js';
import { koaFiles } from './frameworks/koa.js';
import { FRAMEWORKS, type Framework, type FrameworkFiles } from './frameworks/types.js';
import { groupsOf, handlerFile, handlersIndex, handlerStub, missingHandlers } from './handlers.js';
import { buildModel, type GenModel } from './model.js';
import { RUNTIME_SOURCE } from './runtime.js';
import { compileResponseValidators, compileValidators } from './validators.js';

export { FRAMEWORKS, type Framework } from './frameworks/types.js';

export interface GenerateOptions {
  /** A loaded spec, or the path of one (relative to workingDirectory). */
  spec: LoadedSpec | string;
  framework: Framework;
  /** Where generated/ and handlers/ go (relative to workingDirectory). */
  outputDir: string;
  /** Write nothing; report every generated file that differs from what the spec gives (one error each). */
  check?: boolean;
  log: Logger;
  /** Base of relative paths (default: the process's working directory). */
  workingDirectory?: string;
  /**
   * Also compile response validators (validate-responses.ts) for `validateResponses: true` in
   * tests (default false: on GitHub's spec they more than double the generation time).
   */
  responseValidators?: boolean;
  /** When `spec` is a path: validate it against the OpenAPI schema first (default true). */
  schemaValidation?: boolean;
}

export interface GeneratedFile {
  /** Relative to the output directory, `/`-separated. */
  path: string;
  content: string;
}

const FRAMEWORK_FILES: Record<Framework, (model: GenModel) => FrameworkFiles> = {
  express: expressFiles,
  fastify: fastifyFiles,
  koa: koaFiles,
};

export async function generateRoutes(opts: GenerateOptions): Promise<Report> {
  const started = performance.now();
  const cwd = opts.workingDirectory ?? process.cwd();
  if (!FRAMEWORKS.includes(opts.framework)) {
    throw new ConfigurationError(
      `unknown framework '${String(opts.framework)}'. Expected one of: ${FRAMEWORKS.join(', ')}.`,
    );
  }
  const spec =
    typeof opts.spec === 'string'
      ? await loadSpec(path.resolve(cwd, opts.spec), {
          reader: fileReader(cwd),
          schemaValidation: opts.schemaValidation ?? true,
        })
      : opts.spec;
  const loadedMs = performance.now() - started;
  const { files, model, validatorCount, skipped } = renderProject(spec, opts.framework, {
    responseValidators: opts.responseValidators ?? false,
  });
  const outDir = path.resolve(cwd, opts.outputDir);
  const rel = (p: string) => path.relative(cwd, path.join(outDir, p)).split(path.sep).join('/') || '.';
  const findings: Finding[] = [];
  for (const s of skipped) opts.log.warning(`not validated (Ajv could not compile it): ${s}`);

  // Handler files: the user's. Created when missing, otherwise only checked for missing exports.
  const created: string[] = [];
  const kept: string[] = [];
  for (const [group, ops] of groupsOf(model)) {
    const file = `handlers/${group}.ts`;
    const existing = await readText(path.join(outDir, file));
    if (existing === undefined) {
      if (!opts.check) {
        await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
        await writeFile(path.join(outDir, file), handlerFile(group, ops, model.title));
      }
      created.push(file);
      continue;
    }
    kept.push(file);
    for (const op of missingHandlers(existing, ops)) {
      findings.push({
        rule: 'handler-missing',
        severity: 'warning',
        message: `${rel(file)} has no handler for ${op.label} (${op.id}); tsc fails in generated/handlers.ts until it does.`,
        location: { file: rel(file) },
        fingerprint: fingerprint('handler-missing', rel(file), op.id),
        fix: { description: `Add to ${rel(file)}:`, text: handlerStub(op) },
      });
    }
  }

  let written = 0;
  for (const f of files) {
    const target = path.join(outDir, f.path);
    const existing = await readText(target);
    if (existing === f.content) continue;
    if (opts.check) {
      findings.push({
        rule: 'generated-file-stale',
        severity: 'error',
        message:
          existing === undefined
            ? `${rel(f.path)} is missing: the committed generated code does not match the spec. Rerun \`backend-gate routes generate\`.`
            : `${rel(f.path)} does not match the spec: rerun \`backend-gate routes generate\` and commit the result.`,
        location: { file: rel(f.path) },
        fingerprint: fingerprint('generated-file-stale', rel(f.path)),
      });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.content);
    written++;
  }
  const ms = performance.now() - started;

  const lines: string[] = [];
  const verb = opts.check ? 'Checked' : 'Generated';
  lines.push(`${verb} ${model.operations.length} route handlers in ${rel('')}/ (${opts.framework})`);
  for (const op of model.operations) lines.push(`  ${op.method.toUpperCase()} ${op.path} (${op.id})`);
  lines.push(
    `Validators: ${rel('generated/validate-params.ts')}, ${rel('generated/validate-body.ts')} (${validatorCount} compiled ahead of time)`,
  );
  lines.push(
    `Types: ${rel('generated/types.ts')} (${model.registry.definitions.size} schemas), ${rel('generated/operations.ts')} (${model.operations.length} handler contracts)`,
  );
  if (created.length > 0) lines.push(`Handlers ${opts.check ? 'missing' : 'created'}: ${created.map(rel).join(', ')}`);
  if (kept.length > 0) lines.push(`Handlers kept (yours): ${kept.map(rel).join(', ')}`);
  if (opts.check) {
    const stale = findings.filter((f) => f.rule === 'generated-file-stale').length;
    lines.push(stale === 0 ? 'Generated code is up to date.' : `${stale} generated file(s) are stale.`);
  } else lines.push(`${written} of ${files.length} generated files changed.`);
  await opts.log.group(`routes generate (${opts.framework})`, async () => {
    for (const l of lines) opts.log.info(l);
  });

  return {
    mode: 'routes',
    summary: `${verb} ${model.operations.length} route handlers for ${opts.framework} in ${rel('')}/`,
    findings,
    metrics: {
      operations: model.operations.length,
      schemas: model.registry.definitions.size,
      validators: validatorCount,
      generatedFiles: files.length,
      changedFiles: opts.check ? findings.filter((f) => f.rule === 'generated-file-stale').length : written,
      handlerFilesCreated: opts.check ? 0 : created.length,
      loadMs: Math.round(loadedMs),
      generateMs: Math.round(ms - loadedMs),
    },
    tables: [
      {
        title: 'Generated routes',
        columns: ['method', 'path', 'handler', 'file'],
        rows: model.operations.map((op) => [op.method.toUpperCase(), op.path, op.id, `handlers/${op.group}.ts`]),
      },
    ],
    charts: [],
    artifacts: files.map((f) => ({ kind: 'generated', path: rel(f.path) })),
    details: lines,
  };
}

/** Every generated file for a spec and framework, in memory (no disk access). */
export function renderProject(
  spec: LoadedSpec,
  framework: Framework,
  options: { responseValidators?: boolean } = {},
): { files: GeneratedFile[]; model: GenModel; validatorCount: number; skipped: string[] } {
  const model = buildModel(spec);
  const validators = compileValidators(model, spec.version);
  const responses = options.responseValidators
    ? compileResponseValidators(model, spec.version)
    : { source: NO_RESPONSE_VALIDATORS, count: 0, skipped: [] };
  const fw = FRAMEWORK_FILES[framework](model);
  const source = path.basename(spec.root.id);
  const header =
    `// Generated by backend-gate from ${source} (${model.title}${model.version ? ` ${model.version}` : ''}) for ${framework}.\n` +
    `// DO NOT EDIT: rerun \`backend-gate routes generate\` instead. Your code lives in ../handlers/.\n`;
  const contents: Record<string, string> = {
    'types.ts': typesFile(model),
    'operations.ts': operationsFile(model),
    'runtime.ts': RUNTIME_SOURCE,
    'validate-params.ts': validators.paramsSource,
    'validate-body.ts': validators.bodySource,
    'validate-responses.ts': responses.source,
    'requests.ts': requestsFile(model, validators),
    'context.ts': fw.context,
    'routes.ts': fw.routes,
    'handlers.ts': handlersIndex(model),
    'app.ts': fw.app,
    ...(fw.extra ?? {}),
  };
  const files = Object.entries(contents).map(([name, content]) => ({
    path: `generated/${name}`,
    content: content.startsWith('// @ts-nocheck') ? `// @ts-nocheck\n${header}${content.slice(15)}` : header + content,
  }));
  return { files, model, validatorCount: validators.count, skipped: [...validators.skipped, ...responses.skipped] };
}

const NO_RESPONSE_VALIDATORS = `// Generated without response validators: rerun \`backend-gate routes generate --response-validators\`
// to use \`validateResponses: true\`.
export const responses: undefined = undefined;
`;

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
