/**
 * Tables → a CRUD OpenAPI 3.1 spec: per table a list (limit + opaque cursor, filters on foreign
 * keys), create, get, update (PATCH) and delete by primary key; nested lists under the parent for
 * single-column foreign keys (`/users/{user_id}/orders`). Read, create and update schemas differ:
 * identity and generated columns are read-only, NOT NULL columns without a default are required
 * on create, and nothing is required on update.
 */
import type { JsonSchema } from '../extract/types.js';
import type { OpenApiDocument } from '../extract/openapi.js';
import { columnSchema, nullable } from './columns.js';
import type { ColumnInfo, ForeignKey, TableInfo } from './introspect.js';

export interface TableOperations {
  name: string;
  primaryKey: string[];
  operations: string[];
}

const ERROR_RESPONSES = {
  '400': { description: 'The request is invalid.', content: json('#/components/schemas/Error') },
  '404': { description: 'No row with this key.', content: json('#/components/schemas/Error') },
  '409': {
    description: 'It conflicts with another row (a unique or foreign key).',
    content: json('#/components/schemas/Error'),
  },
};

export function crudSpec(
  tables: TableInfo[],
  info: { title: string },
): { doc: OpenApiDocument; tables: TableOperations[] } {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = { Error: errorSchema() };
  const parameters: Record<string, unknown> = {
    limit: {
      name: 'limit',
      in: 'query',
      description: 'How many rows to return.',
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    },
    cursor: {
      name: 'cursor',
      in: 'query',
      description: 'Where to continue: the `next_cursor` of the previous page.',
      schema: { type: 'string' },
    },
  };
  const summary: TableOperations[] = [];
  const byName = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
  for (const table of tables) {
    const name = modelName(table);
    const base = collectionPath(table);
    const ops: string[] = [];
    schemas[name] = readSchema(table);
    schemas[`${name}Create`] = writeSchema(table, 'create');
    schemas[`${name}Update`] = writeSchema(table, 'update');
    schemas[`${name}Page`] = {
      type: 'object',
      required: ['data', 'next_cursor'],
      properties: {
        data: { type: 'array', items: ref(name) },
        next_cursor: {
          type: ['string', 'null'],
          description: 'Pass as `cursor` for the next page; null on the last page.',
        },
      },
    };
    const filters = table.foreignKeys
      .filter((fk) => fk.columns.length === 1)
      .map((fk) => {
        const col = table.columns.find((c) => c.name === fk.columns[0])!;
        return {
          name: col.name,
          in: 'query',
          description: `Only rows whose ${col.name} is this (references ${fk.refTable}.${fk.refColumns[0]}).`,
          schema: notNull(columnSchema(col)),
        };
      });
    const conflicts = table.unique.length > 0 || table.foreignKeys.length > 0;
    paths[base] = {
      get: {
        operationId: `list${plural(name)}`,
        summary: `List ${table.name}`,
        tags: [table.name],
        parameters: [{ $ref: '#/components/parameters/limit' }, { $ref: '#/components/parameters/cursor' }, ...filters],
        responses: {
          '200': { description: `A page of ${table.name}.`, content: json(`#/components/schemas/${name}Page`) },
          '400': ERROR_RESPONSES['400'],
        },
      },
      post: {
        operationId: `create${name}`,
        summary: `Create a row in ${table.name}`,
        tags: [table.name],
        requestBody: { required: true, content: json(`#/components/schemas/${name}Create`) },
        responses: {
          '201': { description: 'Created.', content: json(`#/components/schemas/${name}`) },
          '400': ERROR_RESPONSES['400'],
          ...(conflicts ? { '409': ERROR_RESPONSES['409'] } : {}),
        },
      },
    };
    ops.push(`list${plural(name)}`, `create${name}`);
    if (table.primaryKey.length > 0) {
      const keyParams = table.primaryKey.map((k) => {
        const col = table.columns.find((c) => c.name === k)!;
        return {
          name: k,
          in: 'path',
          required: true,
          description: `Primary key of ${table.name}.`,
          schema: notNull(columnSchema(col)),
        };
      });
      const referenced = tables.some((t) =>
        t.foreignKeys.some(
          (fk) =>
            fk.refTable === table.name &&
            fk.refSchema === table.schema &&
            fk.onDelete !== 'c' &&
            fk.onDelete !== 'n' &&
            fk.onDelete !== 'd',
        ),
      );
      paths[`${base}/${table.primaryKey.map((k) => `{${k}}`).join('/')}`] = {
        parameters: keyParams,
        get: {
          operationId: `get${name}`,
          summary: `Get one row of ${table.name}`,
          tags: [table.name],
          responses: {
            '200': { description: 'The row.', content: json(`#/components/schemas/${name}`) },
            '404': ERROR_RESPONSES['404'],
          },
        },
        patch: {
          operationId: `update${name}`,
          summary: `Update a row of ${table.name} (only the fields given)`,
          tags: [table.name],
          requestBody: { required: true, content: json(`#/components/schemas/${name}Update`) },
          responses: {
            '200': { description: 'The updated row.', content: json(`#/components/schemas/${name}`) },
            '400': ERROR_RESPONSES['400'],
            '404': ERROR_RESPONSES['404'],
            ...(conflicts ? { '409': ERROR_RESPONSES['409'] } : {}),
          },
        },
        delete: {
          operationId: `delete${name}`,
          summary: `Delete a row of ${table.name}`,
          tags: [table.name],
          responses: {
            '204': { description: 'Deleted.' },
            '404': ERROR_RESPONSES['404'],
            ...(referenced
              ? { '409': { ...ERROR_RESPONSES['409'], description: 'Other rows still reference it.' } }
              : {}),
          },
        },
      };
      ops.push(`get${name}`, `update${name}`, `delete${name}`);
    }
    // /users/{user_id}/orders: the children of one parent row, through a single-column foreign key.
    for (const fk of table.foreignKeys) {
      const parent = byName.get(`${fk.refSchema}.${fk.refTable}`);
      if (
        !parent ||
        fk.columns.length !== 1 ||
        parent.primaryKey.length !== 1 ||
        parent.primaryKey[0] !== fk.refColumns[0]
      )
        continue;
      const col = table.columns.find((c) => c.name === fk.columns[0])!;
      const parentName = modelName(parent);
      const id = `list${parentName}${plural(name)}`;
      paths[`${collectionPath(parent)}/{${col.name}}/${table.name}`] = {
        get: {
          operationId: id,
          summary: `List the ${table.name} of one row of ${parent.name}`,
          tags: [table.name],
          parameters: [
            {
              name: col.name,
              in: 'path',
              required: true,
              description: `Primary key of ${parent.name} (${fk.name}).`,
              schema: notNull(columnSchema(col)),
            },
            { $ref: '#/components/parameters/limit' },
            { $ref: '#/components/parameters/cursor' },
          ],
          responses: {
            '200': { description: `A page of ${table.name}.`, content: json(`#/components/schemas/${name}Page`) },
            '404': ERROR_RESPONSES['404'],
          },
        },
      };
      ops.push(id);
    }
    summary.push({
      name: table.schema === 'public' ? table.name : `${table.schema}.${table.name}`,
      primaryKey: table.primaryKey,
      operations: ops,
    });
  }
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: '0.0.0',
      description: `Generated by backend-gate from the tables of ${info.title}: create, list (limit + cursor), get, update and delete per table.`,
    },
    paths,
    components: { schemas, parameters },
  };
  return { doc, tables: summary };
}

function readSchema(table: TableInfo): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const col of table.columns) {
    const s = describe(columnSchema(col), table, col);
    if (col.identity || col.generated) s.readOnly = true;
    properties[col.name] = s;
  }
  return {
    type: 'object',
    ...(table.comment ? { description: table.comment } : {}),
    required: table.columns.map((c) => c.name),
    properties,
  };
}

function writeSchema(table: TableInfo, kind: 'create' | 'update'): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const col of table.columns) {
    if (col.identity === 'a' || col.generated) continue;
    if (kind === 'update' && table.primaryKey.includes(col.name)) continue;
    properties[col.name] = describe(columnSchema(col), table, col);
    if (kind === 'create' && col.notNull && col.default === undefined && col.identity === '') required.push(col.name);
  }
  return {
    type: 'object',
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    ...(kind === 'update' ? { minProperties: 1 } : {}),
    properties,
  };
}

/** Primary, unique and foreign keys, said on the property a client reads. */
function describe(schema: JsonSchema, table: TableInfo, col: ColumnInfo): JsonSchema {
  const notes: string[] = [];
  if (typeof schema.description === 'string') notes.push(schema.description);
  if (table.primaryKey.includes(col.name)) notes.push('Primary key.');
  for (const u of table.unique) {
    if (u.expression && u.expression.includes(col.name)) notes.push(`Unique as ${u.expression}.`);
    else if (!u.expression && u.columns.length === 1 && u.columns[0] === col.name) notes.push('Unique.');
    else if (!u.expression && u.columns.includes(col.name))
      notes.push(`Unique together with ${u.columns.filter((c) => c !== col.name).join(', ')}.`);
  }
  const fk: ForeignKey | undefined = table.foreignKeys.find((f) => f.columns.includes(col.name));
  if (fk) notes.push(`References ${fk.refTable}.${fk.refColumns[fk.columns.indexOf(col.name)] ?? fk.refColumns[0]}.`);
  return notes.length > 0 ? { ...schema, description: notes.join(' ') } : schema;
}

function notNull(schema: JsonSchema): JsonSchema {
  const t = schema.type;
  if (Array.isArray(t)) {
    const rest = t.filter((x) => x !== 'null');
    return { ...schema, type: rest.length === 1 ? rest[0] : rest };
  }
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[])[0];
  return schema;
}

function errorSchema(): JsonSchema {
  return {
    type: 'object',
    required: ['error', 'meta'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', examples: ['VALIDATION_ERROR', 'NOT_FOUND', 'CONFLICT'] },
          message: { type: 'string' },
          details: {
            type: 'array',
            items: {
              type: 'object',
              required: ['field', 'message'],
              properties: { field: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
      meta: { type: 'object', properties: { requestId: { type: 'string' } } },
    },
  };
}

function json(schemaRef: string): Record<string, unknown> {
  return { 'application/json': { schema: { $ref: schemaRef } } };
}

function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

function collectionPath(table: TableInfo): string {
  return table.schema === 'public' ? `/${table.name}` : `/${table.schema}/${table.name}`;
}

/** `order_items` → `OrderItem`; `billing.invoices` → `BillingInvoice`. */
export function modelName(table: TableInfo): string {
  const words = table.name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length > 0) words[words.length - 1] = singular(words[words.length - 1]);
  const prefix = table.schema === 'public' ? [] : table.schema.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return [...prefix, ...words].map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Row';
}

function singular(word: string): string {
  if (/ies$/i.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(x|ch|sh|sses)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}

function plural(name: string): string {
  if (/[^aeiou]y$/.test(name)) return name.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(name)) return name + 'es';
  return name + 's';
}

export { nullable };
