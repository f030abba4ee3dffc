export const id = 6644;
export const ids = [6644];
export const modules = {

/***/ 76644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  specFromDatabase: () => (/* binding */ specFromDatabase)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
// EXTERNAL MODULE: ./src/postgres/index.ts + 6 modules
var postgres = __webpack_require__(74880);
;// CONCATENATED MODULE: ./src/routes/fromdb/introspect.ts
async function introspect(client, schemas) {
    const tables = await client.query(`SELECT c.oid, n.nspname AS schema, c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[]))
      ORDER BY n.nspname, c.relname`, [schemas ?? null]);
    const oids = tables.rows.map((r) => Number(r.oid));
    if (oids.length === 0)
        return [];
    const columns = await client.query(`SELECT a.attrelid AS oid, a.attname AS name, a.attnotnull AS not_null, a.attnum AS num,
            format_type(a.atttypid, a.atttypmod) AS type_text, a.atttypmod AS typmod,
            t.oid AS typid, t.typname, t.typtype, et.oid AS elemid, et.typname AS elem_typname, et.typtype AS elem_typtype,
            bt.typname AS base_typname, a.attidentity AS identity, a.attgenerated AS generated,
            pg_get_expr(d.adbin, d.adrelid) AS "default", col_description(a.attrelid, a.attnum) AS comment
       FROM pg_attribute a
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`, [oids]);
    const enums = await client.query('SELECT enumtypid AS typid, enumlabel AS label FROM pg_enum ORDER BY enumtypid, enumsortorder');
    const constraints = await client.query(`SELECT c.conrelid AS oid, c.conname AS name, c.contype AS type, c.conkey AS keys, c.confkey AS refkeys,
            rn.nspname AS ref_schema, rc.relname AS ref_table, c.confdeltype AS on_delete, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
       LEFT JOIN pg_class rc ON rc.oid = c.confrelid
       LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE c.conrelid = ANY($1::oid[]) AND c.contype IN ('p', 'u', 'f', 'c')
      ORDER BY c.conrelid, c.conname`, [oids]);
    const indexes = await client.query(`SELECT i.indrelid AS oid, ic.relname AS name, i.indkey::int2[] AS keys, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid = ANY($1::oid[]) AND i.indisunique AND NOT i.indisprimary AND i.indisvalid
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY ic.relname`, [oids]);
    const enumLabels = new Map();
    for (const e of enums.rows) {
        const list = enumLabels.get(Number(e.typid)) ?? [];
        list.push(String(e.label));
        enumLabels.set(Number(e.typid), list);
    }
    // Column number → name, per table (for constraint keys).
    const colNames = new Map();
    const byTable = new Map();
    for (const c of columns.rows) {
        const oid = Number(c.oid);
        if (!colNames.has(oid))
            colNames.set(oid, new Map());
        colNames.get(oid).set(Number(c.num), String(c.name));
        const typname = String(c.typname);
        const typmod = Number(c.typmod);
        const info = {
            name: String(c.name),
            notNull: Boolean(c.not_null),
            typeText: String(c.type_text),
            typname,
            typtype: String(c.typtype),
            identity: String(c.identity ?? ''),
            generated: String(c.generated ?? '') !== '',
            checks: [],
        };
        if (c.elem_typname) {
            info.elemTypname = String(c.elem_typname);
            info.elemTyptype = String(c.elem_typtype);
            const labels = enumLabels.get(Number(c.elemid));
            if (labels)
                info.enumLabels = labels;
        }
        if (c.base_typname)
            info.baseTypname = String(c.base_typname);
        if (info.typtype === 'e')
            info.enumLabels = enumLabels.get(Number(c.typid));
        if ((typname === 'varchar' || typname === 'bpchar') && typmod > 4)
            info.maxLength = typmod - 4;
        if (c.default !== null && c.default !== undefined)
            info.default = String(c.default);
        if (c.comment)
            info.comment = String(c.comment);
        const list = byTable.get(oid) ?? [];
        list.push(info);
        byTable.set(oid, list);
    }
    const out = [];
    for (const t of tables.rows) {
        const oid = Number(t.oid);
        const names = colNames.get(oid) ?? new Map();
        const keyNames = (keys) => (Array.isArray(keys) ? keys.map((k) => names.get(Number(k)) ?? String(k)) : []);
        const table = {
            schema: String(t.schema),
            name: String(t.name),
            ...(t.comment ? { comment: String(t.comment) } : {}),
            columns: byTable.get(oid) ?? [],
            primaryKey: [],
            unique: [],
            foreignKeys: [],
        };
        for (const c of constraints.rows.filter((r) => Number(r.oid) === oid)) {
            const cols = keyNames(c.keys);
            if (c.type === 'p')
                table.primaryKey = cols;
            else if (c.type === 'u')
                table.unique.push({ name: String(c.name), columns: cols });
            else if (c.type === 'c' && cols.length === 1)
                table.columns.find((x) => x.name === cols[0])?.checks.push(String(c.def));
            else if (c.type === 'f') {
                table.foreignKeys.push({
                    name: String(c.name),
                    columns: cols,
                    refSchema: String(c.ref_schema),
                    refTable: String(c.ref_table),
                    refColumns: [],
                    onDelete: String(c.on_delete),
                });
                table.foreignKeys[table.foreignKeys.length - 1].refKeys = c.refkeys;
            }
        }
        for (const i of indexes.rows.filter((r) => Number(r.oid) === oid)) {
            const keys = Array.isArray(i.keys) ? i.keys.map(Number) : [];
            const def = String(i.def);
            const expression = keys.includes(0) ? /\((.*)\)\s*$/.exec(def.slice(def.indexOf(' USING ')))?.[1] : undefined;
            table.unique.push({
                name: String(i.name),
                columns: keys.filter((k) => k > 0).map((k) => names.get(k) ?? String(k)),
                ...(expression ? { expression } : {}),
            });
        }
        out.push(table);
    }
    // Referenced column names need the referenced table's numbering.
    const byName = new Map(tables.rows.map((t) => [`${String(t.schema)}.${String(t.name)}`, Number(t.oid)]));
    for (const t of out) {
        for (const fk of t.foreignKeys) {
            const names = colNames.get(byName.get(`${fk.refSchema}.${fk.refTable}`) ?? -1);
            fk.refColumns = Array.isArray(fk.refKeys) ? fk.refKeys.map((k) => names?.get(Number(k)) ?? String(k)) : [];
            delete fk.refKeys;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/routes/fromdb/columns.ts
const SCALARS = {
    int2: { type: 'integer', minimum: -32768, maximum: 32767 },
    int4: { type: 'integer', format: 'int32' },
    int8: { type: 'integer', format: 'int64' },
    oid: { type: 'integer', minimum: 0 },
    float4: { type: 'number', format: 'float' },
    float8: { type: 'number', format: 'double' },
    // node-postgres and most drivers hand exact decimals over as strings, so they are not rounded.
    numeric: { type: 'string', format: 'decimal', pattern: '^-?\\d+(\\.\\d+)?$' },
    money: { type: 'string' },
    bool: { type: 'boolean' },
    text: { type: 'string' },
    varchar: { type: 'string' },
    bpchar: { type: 'string' },
    citext: { type: 'string', description: 'Compared case-insensitively.' },
    name: { type: 'string', maxLength: 63 },
    uuid: { type: 'string', format: 'uuid' },
    timestamptz: { type: 'string', format: 'date-time' },
    timestamp: { type: 'string', format: 'date-time', description: 'Without time zone.' },
    date: { type: 'string', format: 'date' },
    time: { type: 'string', format: 'time' },
    timetz: { type: 'string', format: 'time' },
    interval: { type: 'string', format: 'duration' },
    json: {},
    jsonb: {},
    bytea: { type: 'string', contentEncoding: 'base64' },
    inet: { type: 'string', description: 'An IPv4 or IPv6 address.' },
    cidr: { type: 'string', description: 'An IPv4 or IPv6 network.' },
    macaddr: { type: 'string' },
    xml: { type: 'string' },
    tsvector: { type: 'string' },
};
function columnSchema(col) {
    let schema;
    if (col.elemTypname) {
        schema = { type: 'array', items: scalar(col.elemTypname, col.elemTyptype === 'e' ? col.enumLabels : undefined) };
    }
    else {
        schema = scalar(col.baseTypname ?? col.typname, col.typtype === 'e' ? col.enumLabels : undefined);
        if (col.maxLength !== undefined)
            schema.maxLength = col.maxLength;
        Object.assign(schema, checkConstraints(col));
    }
    const literal = defaultValue(col.default);
    if (literal !== undefined)
        schema.default = literal;
    const notes = [col.comment, schema.description].filter(Boolean);
    if (notes.length > 0)
        schema.description = notes.join(' ');
    if (!col.notNull)
        return nullable(schema);
    return schema;
}
function scalar(typname, enumLabels) {
    if (enumLabels)
        return { type: 'string', enum: [...enumLabels] };
    const known = SCALARS[typname];
    return known ? structuredClone(known) : { type: 'string', description: `PostgreSQL type ${typname}.` };
}
function nullable(schema) {
    const t = schema.type;
    if (typeof t === 'string')
        return { ...schema, type: [t, 'null'] };
    if (t === undefined)
        return schema;
    return { anyOf: [schema, { type: 'null' }] };
}
/**
 * Single-column checks PostgreSQL prints as `CHECK ((status = ANY (ARRAY['a'::text, 'b'::text])))`,
 * `CHECK ((total_cents >= 0))` or `CHECK (((quantity >= 1) AND (quantity <= 1000)))`.
 */
function checkConstraints(col) {
    const out = {};
    const name = col.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const def of col.checks) {
        const anyOf = new RegExp(`\\(+"?${name}"?\\)?(?:::text)?\\s*=\\s*ANY\\s*\\(+ARRAY\\[(.*)\\]`).exec(def);
        if (anyOf) {
            const values = [...anyOf[1].matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));
            if (values.length > 0)
                out.enum = values;
            continue;
        }
        for (const m of def.matchAll(new RegExp(`"?${name}"?\\s*(>=|>|<=|<)\\s*\\(?(-?\\d+(?:\\.\\d+)?)`, 'g'))) {
            const n = Number(m[2]);
            if (m[1] === '>=')
                out.minimum = n;
            else if (m[1] === '>')
                out.exclusiveMinimum = n;
            else if (m[1] === '<=')
                out.maximum = n;
            else
                out.exclusiveMaximum = n;
        }
    }
    return out;
}
/** Literal defaults (`'pending'::text`, `0`, `true`) are documented; expressions (`now()`) are not. */
function defaultValue(expr) {
    if (expr === undefined)
        return undefined;
    const str = /^'((?:[^']|'')*)'::[\w ."]+$/.exec(expr);
    if (str)
        return str[1].replace(/''/g, "'");
    if (/^-?\d+(\.\d+)?$/.test(expr))
        return Number(expr);
    if (expr === 'true' || expr === 'false')
        return expr === 'true';
    return undefined;
}

;// CONCATENATED MODULE: ./src/routes/fromdb/openapi.ts

const ERROR_RESPONSES = {
    '400': { description: 'The request is invalid.', content: json('#/components/schemas/Error') },
    '404': { description: 'No row with this key.', content: json('#/components/schemas/Error') },
    '409': {
        description: 'It conflicts with another row (a unique or foreign key).',
        content: json('#/components/schemas/Error'),
    },
};
function crudSpec(tables, info) {
    const paths = {};
    const schemas = { Error: errorSchema() };
    const parameters = {
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
    const summary = [];
    const byName = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
    for (const table of tables) {
        const name = modelName(table);
        const base = collectionPath(table);
        const ops = [];
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
            const col = table.columns.find((c) => c.name === fk.columns[0]);
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
                const col = table.columns.find((c) => c.name === k);
                return {
                    name: k,
                    in: 'path',
                    required: true,
                    description: `Primary key of ${table.name}.`,
                    schema: notNull(columnSchema(col)),
                };
            });
            const referenced = tables.some((t) => t.foreignKeys.some((fk) => fk.refTable === table.name &&
                fk.refSchema === table.schema &&
                fk.onDelete !== 'c' &&
                fk.onDelete !== 'n' &&
                fk.onDelete !== 'd'));
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
            if (!parent ||
                fk.columns.length !== 1 ||
                parent.primaryKey.length !== 1 ||
                parent.primaryKey[0] !== fk.refColumns[0])
                continue;
            const col = table.columns.find((c) => c.name === fk.columns[0]);
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
    const doc = {
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
function readSchema(table) {
    const properties = {};
    for (const col of table.columns) {
        const s = describe(columnSchema(col), table, col);
        if (col.identity || col.generated)
            s.readOnly = true;
        properties[col.name] = s;
    }
    return {
        type: 'object',
        ...(table.comment ? { description: table.comment } : {}),
        required: table.columns.map((c) => c.name),
        properties,
    };
}
function writeSchema(table, kind) {
    const properties = {};
    const required = [];
    for (const col of table.columns) {
        if (col.identity === 'a' || col.generated)
            continue;
        if (kind === 'update' && table.primaryKey.includes(col.name))
            continue;
        properties[col.name] = describe(columnSchema(col), table, col);
        if (kind === 'create' && col.notNull && col.default === undefined && col.identity === '')
            required.push(col.name);
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
function describe(schema, table, col) {
    const notes = [];
    if (typeof schema.description === 'string')
        notes.push(schema.description);
    if (table.primaryKey.includes(col.name))
        notes.push('Primary key.');
    for (const u of table.unique) {
        if (u.expression && u.expression.includes(col.name))
            notes.push(`Unique as ${u.expression}.`);
        else if (!u.expression && u.columns.length === 1 && u.columns[0] === col.name)
            notes.push('Unique.');
        else if (!u.expression && u.columns.includes(col.name))
            notes.push(`Unique together with ${u.columns.filter((c) => c !== col.name).join(', ')}.`);
    }
    const fk = table.foreignKeys.find((f) => f.columns.includes(col.name));
    if (fk)
        notes.push(`References ${fk.refTable}.${fk.refColumns[fk.columns.indexOf(col.name)] ?? fk.refColumns[0]}.`);
    return notes.length > 0 ? { ...schema, description: notes.join(' ') } : schema;
}
function notNull(schema) {
    const t = schema.type;
    if (Array.isArray(t)) {
        const rest = t.filter((x) => x !== 'null');
        return { ...schema, type: rest.length === 1 ? rest[0] : rest };
    }
    if (Array.isArray(schema.anyOf))
        return schema.anyOf[0];
    return schema;
}
function errorSchema() {
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
function json(schemaRef) {
    return { 'application/json': { schema: { $ref: schemaRef } } };
}
function ref(name) {
    return { $ref: `#/components/schemas/${name}` };
}
function collectionPath(table) {
    return table.schema === 'public' ? `/${table.name}` : `/${table.schema}/${table.name}`;
}
/** `order_items` → `OrderItem`; `billing.invoices` → `BillingInvoice`. */
function modelName(table) {
    const words = table.name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    if (words.length > 0)
        words[words.length - 1] = singular(words[words.length - 1]);
    const prefix = table.schema === 'public' ? [] : table.schema.split(/[^A-Za-z0-9]+/).filter(Boolean);
    return [...prefix, ...words].map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Row';
}
function singular(word) {
    if (/ies$/i.test(word))
        return word.slice(0, -3) + 'y';
    if (/(ss|us|is)$/i.test(word))
        return word;
    if (/(x|ch|sh|sses)es$/i.test(word))
        return word.slice(0, -2);
    if (/s$/i.test(word))
        return word.slice(0, -1);
    return word;
}
function plural(name) {
    if (/[^aeiou]y$/.test(name))
        return name.slice(0, -1) + 'ies';
    if (/(s|x|ch|sh)$/.test(name))
        return name + 'es';
    return name + 's';
}


;// CONCATENATED MODULE: ./src/routes/fromdb/index.ts
/**
 * `routes spec --from-db URL`: a CRUD OpenAPI 3.1 spec from a live PostgreSQL database's tables.
 * Strictly read-only: the session is read-only from its first statement and time-boxed; only
 * catalog queries run, in one READ ONLY transaction that is rolled back.
 */





async function specFromDatabase(url, deps) {
    let client;
    try {
        client = await (0,postgres/* connect */.Ng)(url, 'backend-gate-routes-spec');
    }
    catch (e) {
        const message = deps.redactor ? deps.redactor.redact((0,errors/* errorMessage */.gJ)(e)) : (0,errors/* errorMessage */.gJ)(e);
        throw new errors/* ConfigurationError */.j1(`could not connect to --from-db ${(0,mask/* maskUrl */.yP)(url)}: ${message}. Check host, port, credentials and that the server is running.`);
    }
    try {
        await client.query('SET default_transaction_read_only = on');
        await client.query('SET statement_timeout = 15000');
        await client.query('SET lock_timeout = 1000');
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const db = await client.query('SELECT current_database() AS db');
        const database = db.rows[0].db;
        deps.log.info(`Reading the tables of ${database}`);
        const tables = await introspect(client, deps.schemas);
        await client.query('ROLLBACK');
        if (tables.length === 0) {
            throw new errors/* ConfigurationError */.j1(`the database ${database} (${(0,mask/* maskUrl */.yP)(url)}) has no tables to describe.`);
        }
        const { doc, tables: ops } = crudSpec(tables, { title: database });
        const notes = tables
            .filter((t) => t.primaryKey.length === 0)
            .map((t) => ({
            table: `${t.schema}.${t.name}`,
            message: `${t.schema}.${t.name} has no primary key: the spec lists and creates its rows, but has no get, update or delete for it.`,
        }));
        return { doc, database, tables: ops, notes };
    }
    finally {
        await client.end().catch(() => { });
    }
}


/***/ })

};
