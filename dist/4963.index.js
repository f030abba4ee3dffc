export const id = 4963;
export const ids = [4963];
export const modules = {

/***/ 91294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ relationName),
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   G5: () => (/* binding */ volatileFunctionIn),
/* harmony export */   Im: () => (/* binding */ constraintsOf),
/* harmony export */   Kz: () => (/* binding */ hasOption),
/* harmony export */   dz: () => (/* binding */ createdRelation),
/* harmony export */   hK: () => (/* binding */ nodeAs),
/* harmony export */   jK: () => (/* binding */ relationSql),
/* harmony export */   rm: () => (/* binding */ baseTypeName),
/* harmony export */   v4: () => (/* binding */ quoteIdent),
/* harmony export */   xn: () => (/* binding */ typeSql)
/* harmony export */ });
/* unused harmony export walk */
/** The body of a node of the given kind, or undefined: `nodeAs(n, 'IndexStmt')?.concurrent`. */
function nodeAs(node, kind) {
    if (node === undefined || !(kind in node))
        return undefined;
    return node[kind];
}
/** `String` nodes' values from a name list such as TypeName.names or a qualified name. */
function names(list) {
    const out = [];
    for (const n of list ?? []) {
        const s = nodeAs(n, 'String');
        if (s?.sval !== undefined)
            out.push(s.sval);
    }
    return out;
}
/** The table a CREATE TABLE or CREATE TABLE … AS statement creates. */
function createdRelation(ast) {
    return nodeAs(ast, 'CreateStmt')?.relation ?? nodeAs(ast, 'CreateTableAsStmt')?.into?.rel;
}
/** `schema.table` as written (unquoted), for messages. */
function relationName(rv) {
    if (!rv?.relname)
        return '?';
    return rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname;
}
const SIMPLE_IDENT = /^[a-z_][a-z0-9_$]*$/;
const RESERVED = new Set([
    'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'both', 'case', 'cast', 'check', 'collate',
    'column', 'constraint', 'create', 'default', 'desc', 'distinct', 'do', 'else', 'end', 'except', 'false', 'fetch',
    'for', 'foreign', 'from', 'grant', 'group', 'having', 'in', 'into', 'leading', 'limit', 'not', 'null', 'offset',
    'on', 'only', 'or', 'order', 'primary', 'references', 'returning', 'select', 'some', 'table', 'then', 'to',
    'trailing', 'true', 'union', 'unique', 'user', 'using', 'when', 'where', 'window', 'with',
]); // prettier-ignore
/** An identifier as SQL: quoted only when it has to be. */
function quoteIdent(name) {
    if (SIMPLE_IDENT.test(name) && !RESERVED.has(name))
        return name;
    return `"${name.replace(/"/g, '""')}"`;
}
/** A relation as SQL (`"Sales".orders`). */
function relationSql(rv) {
    if (!rv?.relname)
        return '?';
    return rv.schemaname ? `${quoteIdent(rv.schemaname)}.${quoteIdent(rv.relname)}` : quoteIdent(rv.relname);
}
const TYPE_SQL = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    float4: 'real',
    float8: 'double precision',
    bool: 'boolean',
    bpchar: 'char',
    varchar: 'varchar',
    timestamptz: 'timestamptz',
    timestamp: 'timestamp',
    timetz: 'timetz',
    numeric: 'numeric',
};
/** The base type's name in lower case without `pg_catalog.` (`int4`, `varchar`, `serial`, `my_enum`). */
function baseTypeName(t) {
    const parts = names(t?.names);
    return (parts[parts.length - 1] ?? '').toLowerCase();
}
/** A type as SQL a person would write (`integer`, `varchar(20)`, `numeric(10,2)[]`). */
function typeSql(t) {
    if (!t)
        return '?';
    const parts = names(t.names);
    const builtin = parts[0] === 'pg_catalog';
    const base = builtin ? (TYPE_SQL[parts[1]] ?? parts[1]) : parts.map(quoteIdent).join('.');
    const mods = (t.typmods ?? [])
        .map((m) => nodeAs(m, 'A_Const')?.ival?.ival)
        .filter((v) => v !== undefined);
    const arrays = '[]'.repeat(t.arrayBounds?.length ?? 0);
    return `${base}${mods.length ? `(${mods.join(',')})` : ''}${arrays}`;
}
/** Constraints of a list (column constraints, table elements) with their bodies. */
function constraintsOf(list) {
    const out = [];
    for (const n of list ?? []) {
        const c = nodeAs(n, 'Constraint');
        if (c)
            out.push(c);
    }
    return out;
}
/** Functions that are not volatile (safe as a column default without a table rewrite on PG ≥ 11). */
const NON_VOLATILE_FUNCTIONS = new Set([
    'now', 'transaction_timestamp', 'statement_timestamp', 'current_timestamp', 'current_date', 'localtimestamp',
    'current_setting', 'lower', 'upper', 'length', 'concat', 'md5', 'abs', 'round', 'date_trunc', 'timezone',
    'make_interval', 'make_date', 'to_timestamp', 'to_date', 'to_char', 'jsonb_build_object', 'json_build_object',
    'jsonb_build_array', 'json_build_array', 'to_jsonb', 'to_json', 'array_fill', 'jsonb', 'int4', 'int8', 'text',
    'numeric', 'interval', 'timestamptz', 'date', 'btrim', 'trim', 'replace', 'coalesce', 'nullif', 'greatest', 'least',
]); // prettier-ignore
/**
 * Whether an expression may be volatile (so a default computed from it needs a value per row and
 * rewrites the table). Constants, casts of constants, CURRENT_TIMESTAMP-style values and known
 * stable functions are not; any other function call may be (functions are VOLATILE unless declared).
 * Returns the first function name that makes it so, or undefined.
 */
function volatileFunctionIn(expr) {
    let found;
    walk(expr, (key, value) => {
        if (found !== undefined || key !== 'FuncCall')
            return;
        const fn = value;
        const parts = names(fn.funcname);
        const name = (parts[parts.length - 1] ?? '').toLowerCase();
        if (!NON_VOLATILE_FUNCTIONS.has(name))
            found = parts.join('.');
    });
    return found;
}
/** Visits every object under a node: `visit(key, value)` for each property whose value is an object. */
function walk(node, visit) {
    if (node === null || typeof node !== 'object')
        return;
    if (Array.isArray(node)) {
        for (const item of node)
            walk(item, visit);
        return;
    }
    for (const key in node) {
        const value = node[key];
        if (value !== null && typeof value === 'object') {
            visit(key, value);
            walk(value, visit);
        }
    }
}
/** Whether a `DefElem` list (REINDEX params, options) names an option, e.g. 'concurrently'. */
function hasOption(list, name) {
    for (const n of list ?? []) {
        const d = nodeAs(n, 'DefElem');
        if (d?.defname !== name)
            continue;
        if (d.arg === undefined)
            return true;
        // The JSON AST omits false and 0, so an empty Boolean/Integer is false.
        if ('Boolean' in d.arg)
            return d.arg.Boolean.boolval === true;
        if ('Integer' in d.arg)
            return (d.arg.Integer.ival ?? 0) !== 0;
        const sval = nodeAs(d.arg, 'String')?.sval?.toLowerCase();
        return sval !== 'false' && sval !== 'off' && sval !== '0';
    }
    return false;
}


/***/ }),

/***/ 44963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MO: () => (/* reexport */ SqlSyntaxError),
  W3: () => (/* binding */ lintMigrationFile),
  R3: () => (/* binding */ lintMigrationFiles),
  eF: () => (/* reexport */ nonTransactionalStatement),
  Xd: () => (/* reexport */ splitStatements)
});

// UNUSED EXPORTS: RULES, lintMigrationFileSync, lintMigrationFilesSync, loadParser

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
// EXTERNAL MODULE: ./src/migrations/lint/ast.ts
var lint_ast = __webpack_require__(91294);
;// CONCATENATED MODULE: ./src/migrations/lint/context.ts

/** Default target when none is given: the embedded server's major version. */
const DEFAULT_POSTGRES_VERSION = 18;
const NONE = [];
class LintFile {
    file;
    parsed;
    statements;
    inTransaction;
    postgresVersion;
    /** Tables created in this file: relname → index of the creating statement. */
    created = new Map();
    /** Statements by node kind, so a rule visits only the statements it is about. */
    byKind = new Map();
    alters;
    constructor(file, parsed, options = {}) {
        this.file = file;
        this.parsed = parsed;
        this.inTransaction = options.inTransaction ?? false;
        this.postgresVersion = options.postgresVersion ?? DEFAULT_POSTGRES_VERSION;
        let explicit = false;
        let txId = this.inTransaction ? 0 : -1;
        let nextTx = 1;
        this.statements = parsed.statements.map((s, index) => {
            const kind = s.kind === 'TransactionStmt' ? (0,lint_ast/* nodeAs */.hK)(s.ast, 'TransactionStmt')?.kind : undefined;
            if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
                if (!explicit && !this.inTransaction)
                    txId = nextTx++;
                explicit = true;
            }
            // Listed field by field (not spread) so every statement has one object shape.
            const statement = {
                text: s.text,
                ast: s.ast,
                kind: s.kind,
                startLine: s.startLine,
                startColumn: s.startColumn,
                endLine: s.endLine,
                byteStart: s.byteStart,
                byteEnd: s.byteEnd,
                byteAfter: s.byteAfter,
                astOffset: s.astOffset,
                index,
                inTransaction: this.inTransaction || explicit,
                inExplicitTransaction: explicit,
                transactionId: txId,
            };
            if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') {
                explicit = false;
                if (!this.inTransaction)
                    txId = -1;
            }
            if (s.kind === 'CreateStmt' || s.kind === 'CreateTableAsStmt')
                this.recordCreatedTable(s, index);
            const same = this.byKind.get(s.kind);
            if (same)
                same.push(statement);
            else
                this.byKind.set(s.kind, [statement]);
            return statement;
        });
    }
    get source() {
        return this.parsed.source;
    }
    /** The statements of one node kind ('AlterTableStmt'…), in file order. */
    statementsOfKind(kind) {
        return this.byKind.get(kind) ?? NONE;
    }
    /**
     * Every ALTER TABLE subcommand on a table that existed before this file, in file order
     * (computed once: a dozen rules look at them).
     */
    altersOfExistingTables() {
        if (this.alters)
            return this.alters;
        const out = [];
        for (const s of this.statementsOfKind('AlterTableStmt')) {
            const alter = (0,lint_ast/* nodeAs */.hK)(s.ast, 'AlterTableStmt');
            if (!alter || (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE'))
                continue;
            if (this.isNewTable(alter.relation, s.index))
                continue;
            for (const c of alter.cmds ?? []) {
                const cmd = (0,lint_ast/* nodeAs */.hK)(c, 'AlterTableCmd');
                if (cmd)
                    out.push({ cmd, alter, statement: s });
            }
        }
        this.alters = out;
        return out;
    }
    recordCreatedTable(s, index) {
        const rv = (0,lint_ast/* createdRelation */.dz)(s.ast);
        if (!rv?.relname)
            return;
        const list = this.created.get(rv.relname) ?? [];
        list.push({ schema: rv.schemaname, index });
        this.created.set(rv.relname, list);
    }
    /** Whether the table was created by an earlier statement of this file (so it is empty and unused). */
    isNewTable(rv, before) {
        if (!rv?.relname)
            return false;
        const list = this.created.get(rv.relname);
        if (!list)
            return false;
        return list.some((c) => c.index < before && (!c.schema || !rv.schemaname || c.schema === rv.schemaname));
    }
    /**
     * Rewrites a slice of a statement: replaces the text matched by `pattern` at an AST `location` with `replacement` (`$1` refers to groups). Returns the whole new statement, or undefined
     * when the text there does not match.
     */
    replaceAt(s, astLocation, pattern, replacement) {
        const byteLocation = astLocation - s.astOffset;
        if (byteLocation < s.byteStart || byteLocation >= s.byteEnd)
            return undefined;
        const offset = this.source.slice(s.byteStart, byteLocation).length;
        const rest = s.text.slice(offset);
        const m = pattern.exec(rest);
        if (!m || m.index !== 0)
            return undefined;
        return s.text.slice(0, offset) + m[0].replace(pattern, replacement) + rest.slice(m[0].length);
    }
    /** The statement's text from an AST location to its end. */
    textFrom(s, astLocation) {
        const byteLocation = astLocation - s.astOffset;
        if (byteLocation <= s.byteStart)
            return s.text;
        return s.text.slice(this.source.slice(s.byteStart, byteLocation).length);
    }
}

;// CONCATENATED MODULE: ./src/migrations/lint/rule.ts

/** Runs `fn` on the body of every statement of one kind; collects what it returns. */
function eachStatement(file, kind, fn) {
    const out = [];
    for (const s of file.statementsOfKind(kind)) {
        const body = (0,lint_ast/* nodeAs */.hK)(s.ast, kind);
        if (body === undefined)
            continue;
        const r = fn(body, s);
        if (Array.isArray(r))
            out.push(...r);
        else if (r)
            out.push(r);
    }
    return out;
}
/**
 * Runs `fn` on every ALTER TABLE subcommand of a table that existed before this file
 * (tables the file created are empty and unused, so their locks cost nothing).
 */
function eachAlterOfExistingTable(file, fn) {
    const out = [];
    for (const a of file.altersOfExistingTables()) {
        const r = fn(a.cmd, a.alter, a.statement);
        if (Array.isArray(r))
            out.push(...r);
        else if (r)
            out.push(r);
    }
    return out;
}
/** Whether an ALTER TABLE has exactly one subcommand (so a fix can rewrite its text safely). */
function isSingleCommand(alter) {
    return (alter.cmds?.length ?? 0) === 1;
}
/** The statement text with a `;`, as a fix shows it. */
function sqlOf(text) {
    return text.endsWith(';') ? text : `${text};`;
}
/** The body of a list item that is a ColumnDef. */
function columnDefOf(node) {
    return nodeAs(node, 'ColumnDef');
}

;// CONCATENATED MODULE: ./src/migrations/lint/rules/adding-field-with-default.ts


const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** Why adding this column fills every existing row (so rewrites the table), or undefined when it does not. */
function rewriteReason(def, postgresVersion) {
    if (SERIAL_TYPES.has((0,lint_ast/* baseTypeName */.rm)(def.typeName)))
        return `type ${(0,lint_ast/* baseTypeName */.rm)(def.typeName)} (a nextval() default)`;
    for (const c of (0,lint_ast/* constraintsOf */.Im)(def.constraints)) {
        if (c.contype === 'CONSTR_IDENTITY')
            return 'GENERATED … AS IDENTITY';
        if (c.contype === 'CONSTR_GENERATED')
            return 'GENERATED ALWAYS AS (…) STORED';
        if (c.contype !== 'CONSTR_DEFAULT' || !c.raw_expr)
            continue;
        if ((0,lint_ast/* nodeAs */.hK)(c.raw_expr, 'A_Const')?.isnull)
            continue;
        if (postgresVersion < 11)
            return 'a DEFAULT (PostgreSQL before 11 rewrites for any default)';
        const fn = (0,lint_ast/* volatileFunctionIn */.G5)(c.raw_expr);
        if (fn)
            return `DEFAULT ${fn}() (volatile: a value per row)`;
    }
    return undefined;
}
/** The default expression as written: from after DEFAULT to the next constraint or the end. */
function defaultText(file, s, def, dflt) {
    if (dflt.location === undefined)
        return undefined;
    const next = (0,lint_ast/* constraintsOf */.Im)(def.constraints)
        .map((c) => c.location ?? -1)
        .filter((l) => l > (dflt.location ?? 0))
        .sort((a, b) => a - b)[0];
    let text = file.textFrom(s, dflt.location);
    if (next !== undefined)
        text = text.slice(0, text.length - file.textFrom(s, next).length);
    const m = /^DEFAULT\s+([\s\S]*?)\s*$/i.exec(text);
    return m?.[1] || undefined;
}
const addingFieldWithDefault = {
    id: 'adding-field-with-default',
    severity: 'error',
    doc: 'Do not add a column whose value is computed per row (volatile default, identity, stored generated, serial) to an existing table.',
    why: 'PostgreSQL must write a value into every existing row, so it rewrites the whole table while holding an ACCESS ' +
        'EXCLUSIVE lock: all reads and writes wait until the rewrite ends. A constant or now() default is instant on ' +
        'PostgreSQL 11 and later.',
    fixHint: 'Add the column without the default, set the default for new rows, then backfill existing rows in batches.',
    check(file) {
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            if (cmd.subtype !== 'AT_AddColumn')
                return undefined;
            const def = (0,lint_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
            if (!def)
                return undefined;
            const reason = rewriteReason(def, file.postgresVersion);
            if (!reason)
                return undefined;
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            const col = def.colname ?? '?';
            let text;
            const dflt = (0,lint_ast/* constraintsOf */.Im)(def.constraints).find((c) => c.contype === 'CONSTR_DEFAULT');
            const expr = dflt && isSingleCommand(alter) ? defaultText(file, s, def, dflt) : undefined;
            if (expr) {
                const t = (0,lint_ast/* relationSql */.jK)(alter.relation);
                text =
                    `ALTER TABLE ${t} ADD COLUMN ${(0,lint_ast/* quoteIdent */.v4)(col)} ${(0,lint_ast/* typeSql */.xn)(def.typeName)};\n` +
                        `ALTER TABLE ${t} ALTER COLUMN ${(0,lint_ast/* quoteIdent */.v4)(col)} SET DEFAULT ${expr};\n` +
                        `-- then backfill existing rows in batches, each in its own transaction:\n` +
                        `-- UPDATE ${t} SET ${(0,lint_ast/* quoteIdent */.v4)(col)} = ${expr} WHERE ${(0,lint_ast/* quoteIdent */.v4)(col)} IS NULL AND <key range>;`;
            }
            return {
                statement: s,
                message: `Adding column \`${table}.${col}\` with ${reason} rewrites the whole table under an ACCESS EXCLUSIVE ` +
                    `lock: all reads and writes of \`${table}\` wait until every row is rewritten.`,
                subject: col,
                fix: {
                    description: 'Add the column without a default (instant), set the default for new rows, then backfill existing rows ' +
                        'in small batches.',
                    text,
                },
                data: { lock: 'ACCESS EXCLUSIVE', rewrite: true, table, column: col },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/adding-foreign-key-constraint.ts


function fixText(file, s, alter, con) {
    if (!isSingleCommand(alter) || (0,lint_ast/* nodeAs */.hK)(alter.cmds?.[0], 'AlterTableCmd')?.subtype !== 'AT_AddConstraint') {
        return undefined;
    }
    const name = con.conname ?? `${alter.relation?.relname ?? 'table'}_${(0,lint_ast/* names */.Dy)(con.fk_attrs).join('_')}_fkey`;
    const named = con.conname
        ? s.text
        : file.replaceAt(s, con.location ?? -1, /^FOREIGN\s+KEY\b/i, `CONSTRAINT ${(0,lint_ast/* quoteIdent */.v4)(name)} FOREIGN KEY`);
    if (!named)
        return undefined;
    return (`${sqlOf(`${named} NOT VALID`)}\n-- in a separate transaction:\n` +
        `ALTER TABLE ${(0,lint_ast/* relationSql */.jK)(alter.relation)} VALIDATE CONSTRAINT ${(0,lint_ast/* quoteIdent */.v4)(name)};`);
}
const addingForeignKeyConstraint = {
    id: 'adding-foreign-key-constraint',
    severity: 'warning',
    doc: 'Add foreign keys to existing tables as NOT VALID, then VALIDATE them in a separate transaction.',
    why: 'Adding a foreign key checks every existing row while holding SHARE ROW EXCLUSIVE locks on both the table and ' +
        'the table it references: INSERT, UPDATE and DELETE on both wait for the whole check.',
    fixHint: 'ADD CONSTRAINT … FOREIGN KEY … NOT VALID; then ALTER TABLE … VALIDATE CONSTRAINT … in another transaction.',
    check(file) {
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            const cons = cmd.subtype === 'AT_AddConstraint'
                ? [(0,lint_ast/* nodeAs */.hK)(cmd.def, 'Constraint')]
                : cmd.subtype === 'AT_AddColumn'
                    ? (0,lint_ast/* constraintsOf */.Im)((0,lint_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef')?.constraints)
                    : [];
            return cons
                .filter((c) => c?.contype === 'CONSTR_FOREIGN' && !c.skip_validation)
                .map((con) => {
                const referenced = (0,lint_ast/* relationName */.CJ)(con.pktable);
                return {
                    statement: s,
                    message: `Adding foreign key${con.conname ? ` \`${con.conname}\`` : ''} from \`${table}\` to \`${referenced}\` ` +
                        `checks every row under SHARE ROW EXCLUSIVE locks on both tables: writes to \`${table}\` and ` +
                        `\`${referenced}\` wait.`,
                    subject: con.conname ?? (0,lint_ast/* names */.Dy)(con.fk_attrs).join(','),
                    fix: {
                        description: 'Add the foreign key NOT VALID (instant), then validate it in a separate transaction.',
                        text: cmd.subtype === 'AT_AddConstraint' ? fixText(file, s, alter, con) : undefined,
                    },
                    data: { lock: 'SHARE ROW EXCLUSIVE', table, referenced },
                };
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/adding-not-nullable-field.ts


/** The column of a `col IS NOT NULL` expression, or undefined. */
function notNullCheckColumn(expr) {
    const test = (0,lint_ast/* nodeAs */.hK)(expr, 'NullTest');
    if (test?.nulltesttype !== 'IS_NOT_NULL')
        return undefined;
    const fields = (0,lint_ast/* names */.Dy)((0,lint_ast/* nodeAs */.hK)(test.arg, 'ColumnRef')?.fields);
    return fields.length === 1 ? fields[0] : undefined;
}
const addingNotNullableField = {
    id: 'adding-not-nullable-field',
    severity: 'warning',
    doc: 'Do not SET NOT NULL on an existing column without a validated CHECK (col IS NOT NULL) first.',
    why: 'SET NOT NULL scans the whole table to prove there is no NULL while holding an ACCESS EXCLUSIVE lock: all ' +
        'reads and writes wait for the scan. With a validated CHECK (col IS NOT NULL) constraint in place, PostgreSQL ' +
        '12+ skips the scan.',
    fixHint: 'ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; SET NOT NULL; DROP the CHECK.',
    check(file) {
        // `table.column` proven non-null by a validated CHECK earlier in the file.
        const proven = new Set();
        // NOT VALID checks waiting for VALIDATE: `table name` → column.
        const pending = new Map();
        const problems = eachAlterOfExistingTable(file, (cmd, alter, s) => {
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            if (cmd.subtype === 'AT_AddConstraint') {
                const con = (0,lint_ast/* nodeAs */.hK)(cmd.def, 'Constraint');
                const col = con?.contype === 'CONSTR_CHECK' ? notNullCheckColumn(con.raw_expr) : undefined;
                if (col && con?.skip_validation && con.conname)
                    pending.set(`${table}\u0000${con.conname}`, col);
                else if (col)
                    proven.add(`${table}\u0000${col}`);
                return undefined;
            }
            if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
                const col = pending.get(`${table}\u0000${cmd.name}`);
                if (col)
                    proven.add(`${table}\u0000${col}`);
                return undefined;
            }
            if (cmd.subtype !== 'AT_SetNotNull' || !cmd.name)
                return undefined;
            if (proven.has(`${table}\u0000${cmd.name}`) && file.postgresVersion >= 12)
                return undefined;
            const t = (0,lint_ast/* relationSql */.jK)(alter.relation);
            const col = (0,lint_ast/* quoteIdent */.v4)(cmd.name);
            const check = (0,lint_ast/* quoteIdent */.v4)(`${alter.relation?.relname ?? 'table'}_${cmd.name}_not_null`);
            return {
                statement: s,
                message: `SET NOT NULL on \`${table}.${cmd.name}\` scans the whole table under an ACCESS EXCLUSIVE lock: all reads ` +
                    `and writes of \`${table}\` wait for the scan.`,
                subject: cmd.name,
                fix: {
                    description: 'Prove the column has no NULL with a CHECK constraint validated under a weak lock, then SET NOT NULL ' +
                        'skips the scan (PostgreSQL 12+). Run VALIDATE in a separate transaction.',
                    text: `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID;\n` +
                        `-- in a separate transaction:\n` +
                        `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};\n` +
                        `ALTER TABLE ${t} ALTER COLUMN ${col} SET NOT NULL;\n` +
                        `ALTER TABLE ${t} DROP CONSTRAINT ${check};`,
                },
                data: { lock: 'ACCESS EXCLUSIVE', table, column: cmd.name },
            };
        });
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/adding-required-field.ts


const addingRequiredField = {
    id: 'adding-required-field',
    severity: 'error',
    doc: 'Do not add a NOT NULL column without a DEFAULT to an existing table.',
    why: 'Existing rows would have NULL in the new column, so the statement fails as soon as the table has a row — in ' +
        'production, not in an empty test database.',
    fixHint: 'Add the column with a constant DEFAULT (instant on PostgreSQL 11+), or nullable and backfill it first.',
    check(file) {
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            if (cmd.subtype !== 'AT_AddColumn')
                return undefined;
            const def = (0,lint_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
            const cons = (0,lint_ast/* constraintsOf */.Im)(def?.constraints);
            const notNull = cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
            const filled = cons.some((c) => ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(c.contype ?? ''));
            if (!notNull || filled || (0,lint_ast/* baseTypeName */.rm)(def?.typeName).includes('serial')) {
                return undefined;
            }
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            return {
                statement: s,
                message: `Adding NOT NULL column \`${table}.${def?.colname}\` without a DEFAULT fails as soon as \`${table}\` has ` +
                    'any row.',
                subject: def?.colname,
                fix: {
                    description: 'Give the column a constant DEFAULT (no rewrite on PostgreSQL 11+), or add it nullable, backfill, and ' +
                        'then set NOT NULL with the CHECK … NOT VALID pattern.',
                },
                data: { table, column: def?.colname },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/index-constraints.ts

/** The UNIQUE or PRIMARY KEY constraint an ALTER TABLE subcommand adds without an existing index, if any. */
function addedIndexConstraint(cmd, contype) {
    if (cmd.subtype === 'AT_AddConstraint') {
        const con = (0,lint_ast/* nodeAs */.hK)(cmd.def, 'Constraint');
        if (con?.contype !== contype || con.indexname)
            return undefined;
        return { columns: (0,lint_ast/* names */.Dy)(con.keys), conname: con.conname, asConstraint: true };
    }
    if (cmd.subtype === 'AT_AddColumn') {
        const def = (0,lint_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
        const con = (0,lint_ast/* constraintsOf */.Im)(def?.constraints).find((c) => c.contype === contype);
        if (!con || !def?.colname)
            return undefined;
        return { columns: [def.colname], conname: con.conname, asConstraint: false };
    }
    return undefined;
}
/** SQL that builds the index concurrently, then attaches it as a constraint (brief lock only). */
function uniqueIndexFirst(table, name, columns, kind) {
    return (`CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${table} (${columns.map(lint_ast/* quoteIdent */.v4).join(', ')});\n` +
        `ALTER TABLE ${table} ADD CONSTRAINT ${name} ${kind} USING INDEX ${name};`);
}

;// CONCATENATED MODULE: ./src/migrations/lint/rules/adding-serial-primary-key-field.ts



const addingSerialPrimaryKeyField = {
    id: 'adding-serial-primary-key-field',
    severity: 'warning',
    doc: 'Add a primary key to an existing table from an index built concurrently (PRIMARY KEY USING INDEX).',
    why: 'ADD PRIMARY KEY builds its unique index while holding an ACCESS EXCLUSIVE lock on the table: all reads and ' +
        'writes wait for the whole build (and adding a serial column with it also rewrites the table).',
    fixHint: 'CREATE UNIQUE INDEX CONCURRENTLY …; ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX ….',
    check(file) {
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            const added = addedIndexConstraint(cmd, 'CONSTR_PRIMARY');
            if (!added)
                return undefined;
            const { columns, conname } = added;
            const name = conname ?? `${alter.relation?.relname ?? 'table'}_pkey`;
            return {
                statement: s,
                message: `Adding a primary key on \`${table}\` (${columns.join(', ')}) builds its index under an ACCESS EXCLUSIVE ` +
                    `lock: all reads and writes of \`${table}\` wait for the build.`,
                subject: columns.join(','),
                fix: {
                    description: 'Build the unique index concurrently first (outside a transaction), then attach it as the primary key, ' +
                        'which only takes a brief lock (the columns must already be NOT NULL).',
                    text: added.asConstraint
                        ? uniqueIndexFirst((0,lint_ast/* relationSql */.jK)(alter.relation), (0,lint_ast/* quoteIdent */.v4)(name), columns, 'PRIMARY KEY')
                        : undefined,
                },
                data: { lock: 'ACCESS EXCLUSIVE', table },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-alter-enum-add-value-in-transaction.ts


const banAlterEnumAddValueInTransaction = {
    id: 'ban-alter-enum-add-value-in-transaction',
    severity: 'error',
    doc: 'Do not add an enum value and use it in the same transaction (or add it in a transaction before PostgreSQL 12).',
    why: 'Before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run inside a transaction block at all; from 12 on it can, ' +
        'but the new value cannot be used until the transaction commits ("unsafe use of new value"), so the migration fails.',
    fixHint: 'Add the enum value in its own migration (outside a transaction before PostgreSQL 12), use it in a later one.',
    check(file) {
        return eachStatement(file, 'AlterEnumStmt', (e, s) => {
            if (!e.newVal || e.oldVal || !s.inTransaction)
                return undefined;
            const type = (0,lint_ast/* names */.Dy)(e.typeName).join('.');
            if (file.postgresVersion < 12) {
                return {
                    statement: s,
                    message: `ALTER TYPE \`${type}\` ADD VALUE '${e.newVal}' cannot run inside a transaction block before PostgreSQL 12.`,
                    subject: e.newVal,
                    fix: { description: 'Move it to its own migration that runs outside a transaction.' },
                };
            }
            const literal = `'${e.newVal.replace(/'/g, "''")}'`;
            const use = file.statements.find((later) => later.index > s.index && later.transactionId === s.transactionId && later.text.includes(literal));
            if (!use)
                return undefined;
            return {
                statement: s,
                message: `Enum value '${e.newVal}' added to \`${type}\` is used on line ${use.startLine} in the same transaction, ` +
                    'which PostgreSQL refuses until the ADD VALUE commits.',
                subject: e.newVal,
                fix: {
                    description: 'Commit the ADD VALUE first: move the statements that use the value to a later migration.',
                },
                data: { usedOnLine: use.startLine },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/columns.ts


const cache = new WeakMap();
/** Every column type in CREATE TABLE, ALTER TABLE … ADD COLUMN and ALTER COLUMN … TYPE (computed once per file). */
function columnTypeUses(file) {
    let out = cache.get(file);
    if (!out) {
        out = findColumnTypeUses(file);
        cache.set(file, out);
    }
    return out;
}
function findColumnTypeUses(file) {
    const out = [];
    const add = (s, table, column, def) => {
        const t = def.typeName;
        if (!t)
            return;
        const builtin = (0,lint_ast/* nodeAs */.hK)(t.names?.[0], 'String')?.sval === 'pg_catalog';
        out.push({
            statement: s,
            table,
            column: column ?? def.colname ?? '?',
            type: t,
            base: (0,lint_ast/* baseTypeName */.rm)(t),
            builtin,
            def,
        });
    };
    for (const s of file.statements) {
        if (s.kind === 'CreateStmt') {
            const c = (0,lint_ast/* nodeAs */.hK)(s.ast, 'CreateStmt');
            for (const e of c?.tableElts ?? []) {
                const def = (0,lint_ast/* nodeAs */.hK)(e, 'ColumnDef');
                if (def)
                    add(s, c?.relation, def.colname, def);
            }
        }
        else if (s.kind === 'AlterTableStmt') {
            const a = (0,lint_ast/* nodeAs */.hK)(s.ast, 'AlterTableStmt');
            for (const n of a?.cmds ?? []) {
                const cmd = (0,lint_ast/* nodeAs */.hK)(n, 'AlterTableCmd');
                const def = (0,lint_ast/* nodeAs */.hK)(cmd?.def, 'ColumnDef');
                if (!def)
                    continue;
                if (cmd?.subtype === 'AT_AddColumn')
                    add(s, a?.relation, def.colname, def);
                else if (cmd?.subtype === 'AT_AlterColumnType')
                    add(s, a?.relation, cmd.name, def);
            }
        }
    }
    return out;
}
/** `orders.total` for messages. */
function columnLabel(use) {
    return `${(0,lint_ast/* relationName */.CJ)(use.table)}.${use.column}`;
}
/** The identity column a serial type becomes in fixes. */
const BIGINT_IDENTITY = 'bigint GENERATED BY DEFAULT AS IDENTITY';
/**
 * A type-preference rule: one problem per column `advise` has advice for, fixed by rewriting
 * the type in place (the rest of the statement unchanged).
 */
function columnTypeRule(meta, advise) {
    const { fixDescription, ...rule } = meta;
    return {
        ...rule,
        check(file) {
            const out = [];
            for (const use of columnTypeUses(file)) {
                const advice = advise(use);
                if (!advice)
                    continue;
                const text = file.replaceAt(use.statement, use.type.location ?? -1, advice.written, advice.replacement);
                out.push({
                    statement: use.statement,
                    message: `Column \`${columnLabel(use)}\` ${advice.says}`,
                    subject: use.column,
                    fix: { description: fixDescription, text: text && sqlOf(text) },
                });
            }
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-char-field.ts

const banCharField = columnTypeRule({
    id: 'ban-char-field',
    severity: 'notice',
    doc: 'Use text instead of char(n).',
    why: 'char(n) pads values with spaces, compares with surprising rules and is never faster than text in PostgreSQL; ' +
        'changing it later rewrites the table under an ACCESS EXCLUSIVE lock.',
    fixHint: 'text (with a CHECK on length if needed).',
    fixDescription: 'Use text.',
}, (use) => use.builtin && use.base === 'bpchar'
    ? {
        says: 'is char(n); prefer text.',
        written: /^(character|char|bpchar)(\s*\(\s*\d+\s*\))?/i,
        replacement: 'text',
    }
    : undefined);

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-concurrent-index-creation-in-transaction.ts


const banConcurrentIndexCreationInTransaction = {
    id: 'ban-concurrent-index-creation-in-transaction',
    severity: 'error',
    doc: 'CREATE INDEX CONCURRENTLY must not run inside a transaction.',
    why: 'PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction block, so the migration fails — either at ' +
        'an explicit BEGIN or because the migration runner wraps each file in a transaction.',
    fixHint: 'Put the statement in its own migration with the runner’s transaction turned off.',
    check(file) {
        return eachStatement(file, 'IndexStmt', (index, s) => {
            if (!index.concurrent || !s.inTransaction)
                return undefined;
            const why = s.inExplicitTransaction
                ? 'inside BEGIN … COMMIT'
                : 'and the migration runner wraps this file in a transaction';
            return {
                statement: s,
                message: `CREATE INDEX CONCURRENTLY on \`${(0,lint_ast/* relationName */.CJ)(index.relation)}\` fails ${why}: it cannot run in a transaction block.`,
                subject: index.idxname,
                fix: {
                    description: 'Move the statement to a migration of its own that runs outside a transaction (e.g. dbmate ' +
                        '`transaction:false`, node-pg-migrate `pgm.noTransaction()`, Flyway `executeInTransaction=false`).',
                },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-drop-column.ts


const banDropColumn = {
    id: 'ban-drop-column',
    severity: 'warning',
    doc: 'Drop a column only after no running code reads or writes it.',
    why: 'Code still running during the deploy that names the column fails at once (SELECT *-style ORMs too), and the ' +
        'data is gone. The drop takes a brief ACCESS EXCLUSIVE lock.',
    fixHint: 'Stop using the column in the application first, release, then drop it in a later migration.',
    check(file) {
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            if (cmd.subtype !== 'AT_DropColumn')
                return undefined;
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            return {
                statement: s,
                message: `Dropping column \`${table}.${cmd.name}\` breaks running code that uses it and deletes its data.`,
                subject: cmd.name,
                fix: {
                    description: 'Remove every use from the application (and ORM models) in an earlier release, then drop the column.',
                },
                data: { lock: 'ACCESS EXCLUSIVE', table, column: cmd.name },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-drop-database.ts

const banDropDatabase = {
    id: 'ban-drop-database',
    severity: 'error',
    doc: 'Never drop a database from a migration.',
    why: 'DROP DATABASE deletes every table and row of the database; it cannot be rolled back.',
    fixHint: 'Remove the statement; drop databases by hand after a backup.',
    check(file) {
        return eachStatement(file, 'DropdbStmt', (drop, s) => ({
            statement: s,
            message: `DROP DATABASE \`${drop.dbname}\` deletes the whole database.`,
            subject: drop.dbname,
            fix: { description: 'Remove the statement from the migration.' },
        }));
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-drop-not-null.ts


const banDropNotNull = {
    id: 'ban-drop-not-null',
    severity: 'notice',
    doc: 'Dropping NOT NULL lets NULL into a column that running code assumes is never NULL.',
    why: 'Readers written for the old schema may crash on the first NULL; the change is backward-incompatible for them. ' +
        'The statement takes a brief ACCESS EXCLUSIVE lock.',
    fixHint: 'Make every reader handle NULL first, then drop the constraint.',
    check(file) {
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            if (cmd.subtype !== 'AT_DropNotNull')
                return undefined;
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            return {
                statement: s,
                message: `Dropping NOT NULL on \`${table}.${cmd.name}\` lets NULL reach code that assumes it never happens.`,
                subject: cmd.name,
                data: { lock: 'ACCESS EXCLUSIVE', table, column: cmd.name },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-drop-table.ts


const banDropTable = {
    id: 'ban-drop-table',
    severity: 'warning',
    doc: 'Drop a table only after no running code uses it.',
    why: 'Code still running during the deploy that uses the table fails at once, and the data is gone. The drop takes ' +
        'an ACCESS EXCLUSIVE lock on the table (and on tables whose foreign keys point to it).',
    fixHint: 'Stop using the table first, release, back it up, then drop it in a later migration.',
    check(file) {
        return eachStatement(file, 'DropStmt', (drop, s) => {
            if (drop.removeType !== 'OBJECT_TABLE')
                return undefined;
            const tables = (drop.objects ?? [])
                .map((o) => ((0,lint_ast/* nodeAs */.hK)(o, 'List')?.items ?? []).map((n) => (0,lint_ast/* nodeAs */.hK)(n, 'String')?.sval ?? ''))
                .filter((parts) => {
                const relname = parts[parts.length - 1];
                const schemaname = parts.length > 1 ? parts[0] : undefined;
                return !file.isNewTable({ relname, schemaname }, s.index);
            })
                .map((parts) => parts.join('.'));
            if (tables.length === 0)
                return undefined;
            return {
                statement: s,
                message: `Dropping table ${tables.map((t) => `\`${t}\``).join(', ')} breaks running code that uses it and deletes its data.`,
                subject: tables.join(','),
                fix: { description: 'Remove every use from the application in an earlier release, then drop the table.' },
                data: { lock: 'ACCESS EXCLUSIVE', tables },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/transactions.ts

/**
 * Why a statement cannot run inside a transaction block (its name, e.g. 'CREATE INDEX CONCURRENTLY'),
 * or undefined when it can. A runner that wraps files in a transaction must run these apart.
 */
function nonTransactionalStatement(ast, postgresVersion = 18) {
    const index = (0,lint_ast/* nodeAs */.hK)(ast, 'IndexStmt');
    if (index)
        return index.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    const drop = (0,lint_ast/* nodeAs */.hK)(ast, 'DropStmt');
    if (drop)
        return drop.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
    const reindex = (0,lint_ast/* nodeAs */.hK)(ast, 'ReindexStmt');
    if (reindex) {
        if ((0,lint_ast/* hasOption */.Kz)(reindex.params, 'concurrently'))
            return 'REINDEX CONCURRENTLY';
        return reindex.kind === 'REINDEX_OBJECT_SYSTEM' || reindex.kind === 'REINDEX_OBJECT_DATABASE'
            ? 'REINDEX SYSTEM/DATABASE'
            : undefined;
    }
    const alter = (0,lint_ast/* nodeAs */.hK)(ast, 'AlterTableStmt');
    if (alter) {
        const detach = (alter.cmds ?? []).some((c) => {
            const cmd = (0,lint_ast/* nodeAs */.hK)(c, 'AlterTableCmd');
            return cmd?.subtype === 'AT_DetachPartition' && (0,lint_ast/* nodeAs */.hK)(cmd.def, 'PartitionCmd')?.concurrent;
        });
        return detach ? 'DETACH PARTITION CONCURRENTLY' : undefined;
    }
    if ((0,lint_ast/* nodeAs */.hK)(ast, 'VacuumStmt')?.is_vacuumcmd)
        return 'VACUUM'; // false (omitted) is ANALYZE, which can
    if ((0,lint_ast/* nodeAs */.hK)(ast, 'CreatedbStmt'))
        return 'CREATE DATABASE';
    if ((0,lint_ast/* nodeAs */.hK)(ast, 'DropdbStmt'))
        return 'DROP DATABASE';
    if ((0,lint_ast/* nodeAs */.hK)(ast, 'AlterSystemStmt'))
        return 'ALTER SYSTEM';
    if ((0,lint_ast/* nodeAs */.hK)(ast, 'CreateTableSpaceStmt'))
        return 'CREATE TABLESPACE';
    if ((0,lint_ast/* nodeAs */.hK)(ast, 'DropTableSpaceStmt'))
        return 'DROP TABLESPACE';
    const enumAdd = (0,lint_ast/* nodeAs */.hK)(ast, 'AlterEnumStmt');
    if (enumAdd?.newVal && !enumAdd.oldVal && postgresVersion < 12)
        return 'ALTER TYPE … ADD VALUE (before PostgreSQL 12)';
    return undefined;
}

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-non-transactional-statement-in-transaction.ts

const banNonTransactionalStatementInTransaction = {
    id: 'ban-non-transactional-statement-in-transaction',
    severity: 'error',
    doc: 'Statements that cannot run in a transaction block must not be in one.',
    why: 'DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE DATABASE and a ' +
        'few others are refused inside a transaction block, so the migration fails when it runs.',
    fixHint: 'Put the statement in its own migration with the runner’s transaction turned off.',
    check(file) {
        const out = [];
        for (const s of file.statements) {
            if (!s.inTransaction || s.kind === 'IndexStmt')
                continue; // CREATE INDEX CONCURRENTLY has its own rule
            const what = nonTransactionalStatement(s.ast, file.postgresVersion);
            if (!what)
                continue;
            const why = s.inExplicitTransaction
                ? 'inside BEGIN … COMMIT'
                : 'and the migration runner wraps this file in a transaction';
            out.push({
                statement: s,
                message: `${what} fails ${why}: it cannot run in a transaction block.`,
                subject: what,
                fix: { description: 'Move the statement to a migration of its own that runs outside a transaction.' },
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-truncate-cascade.ts


const banTruncateCascade = {
    id: 'ban-truncate-cascade',
    severity: 'error',
    doc: 'Do not TRUNCATE … CASCADE.',
    why: 'CASCADE also empties every table that has a foreign key to the truncated ones, recursively — often far more ' +
        'data than intended — under ACCESS EXCLUSIVE locks on all of them.',
    fixHint: 'Name every table to truncate explicitly, without CASCADE.',
    check(file) {
        return eachStatement(file, 'TruncateStmt', (t, s) => {
            if (t.behavior !== 'DROP_CASCADE')
                return undefined;
            const tables = (t.relations ?? []).map((r) => (0,lint_ast/* relationName */.CJ)((0,lint_ast/* nodeAs */.hK)(r, 'RangeVar')));
            return {
                statement: s,
                message: `TRUNCATE ${tables.map((x) => `\`${x}\``).join(', ')} CASCADE also empties every table that references them.`,
                subject: tables.join(','),
                fix: { description: 'List the tables to truncate explicitly and drop CASCADE.' },
                data: { lock: 'ACCESS EXCLUSIVE', tables },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/ban-uncommitted-transaction.ts

const banUncommittedTransaction = {
    id: 'ban-uncommitted-transaction',
    severity: 'error',
    doc: 'Every BEGIN needs a COMMIT (or ROLLBACK) in the same file.',
    why: 'An open transaction at the end of a migration either rolls everything back when the session closes, or — ' +
        'with tools that keep the session — holds every lock it took until someone notices, blocking the tables.',
    fixHint: 'Add COMMIT; at the end of the transaction.',
    check(file) {
        let begin;
        for (const s of file.statements) {
            const kind = (0,lint_ast/* nodeAs */.hK)(s.ast, 'TransactionStmt')?.kind;
            if ((kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') && !begin)
                begin = s;
            if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE')
                begin = undefined;
        }
        if (!begin)
            return [];
        return [
            {
                statement: begin,
                message: 'This transaction is never committed: the file ends with it still open.',
                fix: { description: 'Add COMMIT; after the last statement of the transaction.', text: 'COMMIT;' },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/changing-column-type.ts


const changingColumnType = {
    id: 'changing-column-type',
    severity: 'warning',
    doc: 'Do not change a column’s type on an existing table in place.',
    why: 'ALTER COLUMN … TYPE takes an ACCESS EXCLUSIVE lock and, unless the types are binary-compatible (varchar(n) to ' +
        'text or a longer varchar), rewrites the whole table and rebuilds its indexes: all reads and writes wait.',
    fixHint: 'Add a new column, backfill it in batches, switch the application over, then drop the old column.',
    check(file) {
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            if (cmd.subtype !== 'AT_AlterColumnType')
                return undefined;
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            const type = (0,lint_ast/* typeSql */.xn)((0,lint_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef')?.typeName);
            return {
                statement: s,
                message: `Changing \`${table}.${cmd.name}\` to ${type} takes an ACCESS EXCLUSIVE lock and usually rewrites the ` +
                    `table and its indexes: all reads and writes of \`${table}\` wait until it ends.`,
                subject: cmd.name,
                fix: {
                    description: `Add a new ${type} column, keep it in sync (trigger or application writes), backfill it in batches, ` +
                        'switch reads over, then drop the old column in a later release.',
                },
                data: { lock: 'ACCESS EXCLUSIVE', rewrite: true, table, column: cmd.name },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/constraint-missing-not-valid.ts


const constraintMissingNotValid = {
    id: 'constraint-missing-not-valid',
    severity: 'warning',
    doc: 'Add CHECK constraints to existing tables as NOT VALID, then VALIDATE them in a separate transaction.',
    why: 'ADD CONSTRAINT … CHECK scans every row while holding an ACCESS EXCLUSIVE lock: all reads and writes of the ' +
        'table wait for the scan. NOT VALID makes the add instant; VALIDATE CONSTRAINT then scans under a SHARE UPDATE ' +
        'EXCLUSIVE lock that lets reads and writes continue — unless it runs in the same transaction as the add, which ' +
        'still holds the ACCESS EXCLUSIVE lock.',
    fixHint: 'ADD CONSTRAINT … NOT VALID; then, in another transaction, ALTER TABLE … VALIDATE CONSTRAINT ….',
    check(file) {
        const problems = [];
        // Constraints added NOT VALID, by table and name, with the transaction they were added in.
        const notValid = new Map();
        problems.push(...eachAlterOfExistingTable(file, (cmd, alter, s) => {
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            if (cmd.subtype === 'AT_AddConstraint') {
                const con = (0,lint_ast/* nodeAs */.hK)(cmd.def, 'Constraint');
                if (con?.contype !== 'CONSTR_CHECK' && con?.contype !== 'CONSTR_FOREIGN')
                    return undefined;
                if (con.skip_validation) {
                    const lock = con.contype === 'CONSTR_FOREIGN' ? 'SHARE ROW EXCLUSIVE' : 'ACCESS EXCLUSIVE';
                    if (con.conname)
                        notValid.set(`${table}\u0000${con.conname}`, { tx: s.transactionId, lock });
                    return undefined;
                }
                // Foreign keys are adding-foreign-key-constraint's.
                if (con.contype === 'CONSTR_FOREIGN')
                    return undefined;
                const name = con.conname ?? `${alter.relation?.relname ?? 'table'}_check`;
                let text;
                if (isSingleCommand(alter)) {
                    const named = con.conname
                        ? s.text
                        : file.replaceAt(s, con.location ?? -1, /^CHECK\b/i, `CONSTRAINT ${(0,lint_ast/* quoteIdent */.v4)(name)} CHECK`);
                    if (named)
                        text = `${sqlOf(`${named} NOT VALID`)}\n-- in a separate transaction:\nALTER TABLE ${(0,lint_ast/* relationSql */.jK)(alter.relation)} VALIDATE CONSTRAINT ${(0,lint_ast/* quoteIdent */.v4)(name)};`;
                }
                return {
                    statement: s,
                    message: `Adding CHECK constraint${con.conname ? ` \`${con.conname}\`` : ''} to \`${table}\` scans every row ` +
                        'under an ACCESS EXCLUSIVE lock: all reads and writes of the table wait.',
                    subject: con.conname,
                    fix: { description: 'Add the constraint NOT VALID, then validate it in a separate transaction.', text },
                    data: { lock: 'ACCESS EXCLUSIVE', table },
                };
            }
            if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
                const added = notValid.get(`${table}\u0000${cmd.name}`);
                if (!added || added.tx === -1 || added.tx !== s.transactionId)
                    return undefined;
                return {
                    statement: s,
                    message: `VALIDATE CONSTRAINT \`${cmd.name}\` runs in the same transaction that added it NOT VALID, so the ` +
                        `${added.lock} lock on \`${table}\` is still held during the scan: ` +
                        (added.lock === 'ACCESS EXCLUSIVE' ? 'all reads and writes wait.' : 'writes wait.'),
                    subject: cmd.name,
                    fix: {
                        description: 'Commit after ADD CONSTRAINT … NOT VALID and validate in a separate transaction (a separate migration ' +
                            'when the runner wraps each file in one).',
                    },
                    data: { lock: added.lock, table },
                };
            }
            return undefined;
        }));
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/disallowed-unique-constraint.ts



const disallowedUniqueConstraint = {
    id: 'disallowed-unique-constraint',
    severity: 'warning',
    doc: 'Add unique constraints to existing tables from a unique index built concurrently (UNIQUE USING INDEX).',
    why: 'ADD CONSTRAINT … UNIQUE builds its index while holding an ACCESS EXCLUSIVE lock on the table: all reads and ' +
        'writes wait for the whole build.',
    fixHint: 'CREATE UNIQUE INDEX CONCURRENTLY …; ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX ….',
    check(file) {
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            const added = addedIndexConstraint(cmd, 'CONSTR_UNIQUE');
            if (!added)
                return undefined;
            const { columns, conname } = added;
            const name = conname ?? `${alter.relation?.relname ?? 'table'}_${columns.join('_')}_key`;
            return {
                statement: s,
                message: `Adding a unique constraint on \`${table}\` (${columns.join(', ')}) builds its index under an ACCESS ` +
                    `EXCLUSIVE lock: all reads and writes of \`${table}\` wait for the build.`,
                subject: conname ?? columns.join(','),
                fix: {
                    description: 'Build the unique index concurrently first (outside a transaction), then attach it as the constraint ' +
                        '(a brief lock only).',
                    text: added.asConstraint
                        ? uniqueIndexFirst((0,lint_ast/* relationSql */.jK)(alter.relation), (0,lint_ast/* quoteIdent */.v4)(name), columns, 'UNIQUE')
                        : undefined,
                },
                data: { lock: 'ACCESS EXCLUSIVE', table },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/identifier-too-long.ts
const MAX_BYTES = 63;
/** Statement kinds that name new objects. */
const DDL = /^(Create|Alter|Rename|Index|Define|CompositeType|View)/;
/**
 * Tokens of a statement: strings, comments and dollar-quoted bodies (skipped), quoted identifiers
 * (group 2) and bare words (group 3). The parser has already truncated names in the AST, so long
 * names are found in the source text.
 */
const TOKENS = /[Ee]?'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\/|\$([A-Za-z_]*)\$[\s\S]*?\$\1\$|"((?:[^"]|"")+)"|([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)/g;
/**
 * Cheap pre-check: some run of at least 22 non-separator characters (22 × 3 bytes > 63). The
 * lookbehind starts a match only where a run starts, so words are not rescanned from every letter.
 */
const LONG_RUN = /(?<![^\s'"(),.;])[^\s'"(),.;]{22}/;
function longIdentifiers(text) {
    const out = [];
    for (const m of text.matchAll(TOKENS)) {
        const name = m[2] !== undefined ? m[2].replace(/""/g, '"') : m[3];
        if (name !== undefined && name.length > MAX_BYTES / 4 && Buffer.byteLength(name) > MAX_BYTES)
            out.push(name);
    }
    return out;
}
/** The first 63 bytes of a name, as PostgreSQL keeps it (never splitting a character). */
function truncated(name) {
    let bytes = 0;
    let out = '';
    for (const ch of name) {
        bytes += Buffer.byteLength(ch);
        if (bytes > MAX_BYTES)
            break;
        out += ch;
    }
    return out;
}
const identifierTooLong = {
    id: 'identifier-too-long',
    severity: 'warning',
    doc: 'Keep identifiers to 63 bytes or fewer.',
    why: 'PostgreSQL silently truncates longer names to 63 bytes, so the object gets a different name than the migration ' +
        'says: later migrations, ORMs and lookups by the full name miss it, and two long names can collide.',
    fixHint: 'Use a shorter name (63 bytes at most).',
    check(file) {
        const out = [];
        for (const s of file.statements) {
            if (!DDL.test(s.kind) || !LONG_RUN.test(s.text))
                continue;
            for (const name of new Set(longIdentifiers(s.text))) {
                out.push({
                    statement: s,
                    message: `Identifier \`${name}\` is ${Buffer.byteLength(name)} bytes; PostgreSQL truncates it to 63 bytes ` +
                        `(\`${truncated(name)}\`).`,
                    subject: name,
                    fix: { description: 'Choose a name of at most 63 bytes.' },
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/prefer-bigint-over-int.ts

const preferBigintOverInt = columnTypeRule({
    id: 'prefer-bigint-over-int',
    severity: 'notice',
    doc: 'Use bigint instead of integer (and bigserial/identity instead of serial) for new columns.',
    why: 'integer tops out at 2,147,483,647. Ids and counters that reach it stop accepting writes, and widening the ' +
        'column later rewrites the table under an ACCESS EXCLUSIVE lock. bigint costs 4 more bytes per row.',
    fixHint: 'bigint (or bigint GENERATED BY DEFAULT AS IDENTITY for serial).',
    fixDescription: 'Use a 64-bit type.',
}, (use) => {
    if (use.builtin && use.base === 'int4') {
        return { says: 'is a 32-bit integer; prefer bigint.', written: /^(integer|int4|int)\b/i, replacement: 'bigint' };
    }
    if (!use.builtin && (use.base === 'serial' || use.base === 'serial4')) {
        return {
            says: `is a 32-bit ${use.base}; prefer bigint.`,
            written: /^(serial4|serial)\b/i,
            replacement: BIGINT_IDENTITY,
        };
    }
    return undefined;
});

;// CONCATENATED MODULE: ./src/migrations/lint/rules/prefer-bigint-over-smallint.ts

const preferBigintOverSmallint = columnTypeRule({
    id: 'prefer-bigint-over-smallint',
    severity: 'notice',
    doc: 'Use bigint instead of smallint (and identity instead of smallserial) for new columns.',
    why: 'smallint tops out at 32,767. When a column reaches it writes fail, and widening it later rewrites the table ' +
        'under an ACCESS EXCLUSIVE lock.',
    fixHint: 'bigint.',
    fixDescription: 'Use a 64-bit type.',
}, (use) => {
    if (use.builtin && use.base === 'int2') {
        return { says: 'is a 16-bit smallint; prefer bigint.', written: /^(smallint|int2)\b/i, replacement: 'bigint' };
    }
    if (!use.builtin && (use.base === 'smallserial' || use.base === 'serial2')) {
        return {
            says: `is a 16-bit ${use.base}; prefer bigint.`,
            written: /^(smallserial|serial2)\b/i,
            replacement: BIGINT_IDENTITY,
        };
    }
    return undefined;
});

;// CONCATENATED MODULE: ./src/migrations/lint/rules/prefer-identity.ts

const SERIAL = /^(bigserial|serial8|smallserial|serial2|serial4|serial)\b/i;
const prefer_identity_SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
const preferIdentity = columnTypeRule({
    id: 'prefer-identity',
    severity: 'notice',
    doc: 'Use GENERATED … AS IDENTITY columns instead of serial types.',
    why: 'A serial column is an integer with a separately owned sequence: grants, dumps and copies of the table handle ' +
        'it poorly, and nothing stops writes that bypass the sequence. Identity columns are the SQL-standard form.',
    fixHint: 'bigint GENERATED BY DEFAULT AS IDENTITY.',
    fixDescription: 'Declare the column as an identity column.',
}, (use) => !use.builtin && prefer_identity_SERIAL_TYPES.has(use.base)
    ? { says: `uses ${use.base}; prefer an identity column.`, written: SERIAL, replacement: BIGINT_IDENTITY }
    : undefined);

;// CONCATENATED MODULE: ./src/migrations/lint/rules/prefer-robust-stmts.ts


/** What is not re-runnable about a statement, with a re-runnable rewrite when one is simple. */
function fragility(s) {
    const create = (0,lint_ast/* nodeAs */.hK)(s.ast, 'CreateStmt');
    if (create) {
        if (create.if_not_exists)
            return undefined;
        const text = s.text.replace(/^(CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE)\b/i, '$1 IF NOT EXISTS');
        return { what: `CREATE TABLE \`${(0,lint_ast/* relationName */.CJ)(create.relation)}\` without IF NOT EXISTS`, text };
    }
    const index = (0,lint_ast/* nodeAs */.hK)(s.ast, 'IndexStmt');
    if (index) {
        if (index.if_not_exists || !index.idxname)
            return undefined;
        const text = s.text.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX(?:\s+CONCURRENTLY)?)\b/i, '$1 IF NOT EXISTS');
        return { what: `CREATE INDEX \`${index.idxname}\` without IF NOT EXISTS`, text };
    }
    const drop = (0,lint_ast/* nodeAs */.hK)(s.ast, 'DropStmt');
    if (drop) {
        if (drop.missing_ok)
            return undefined;
        const text = s.text.replace(/^(DROP\s+(?:TABLE|INDEX(?:\s+CONCURRENTLY)?|VIEW|MATERIALIZED\s+VIEW|SEQUENCE|TYPE|SCHEMA|FUNCTION|TRIGGER))\b/i, '$1 IF EXISTS');
        return { what: 'DROP without IF EXISTS', text };
    }
    const alter = (0,lint_ast/* nodeAs */.hK)(s.ast, 'AlterTableStmt');
    for (const c of alter?.cmds ?? []) {
        const cmd = (0,lint_ast/* nodeAs */.hK)(c, 'AlterTableCmd');
        if (cmd?.missing_ok)
            continue;
        if (cmd?.subtype === 'AT_AddColumn')
            return { what: 'ADD COLUMN without IF NOT EXISTS' };
        if (cmd?.subtype === 'AT_DropColumn')
            return { what: 'DROP COLUMN without IF EXISTS' };
        if (cmd?.subtype === 'AT_DropConstraint')
            return { what: 'DROP CONSTRAINT without IF EXISTS' };
    }
    return undefined;
}
const preferRobustStmts = {
    id: 'prefer-robust-stmts',
    severity: 'notice',
    doc: 'Make statements of migrations that run outside a transaction safe to re-run (IF NOT EXISTS / IF EXISTS).',
    why: 'Without a transaction, a migration that fails half-way leaves its first statements applied; re-running it ' +
        'then fails on the objects that already exist, and someone has to fix the database by hand.',
    fixHint: 'CREATE … IF NOT EXISTS, DROP … IF EXISTS, ADD COLUMN IF NOT EXISTS.',
    check(file) {
        if (file.inTransaction)
            return [];
        const out = [];
        for (const s of file.statements) {
            if (s.inTransaction)
                continue;
            const f = fragility(s);
            if (!f)
                continue;
            out.push({
                statement: s,
                message: `${f.what} fails when the migration is re-run after a partial failure.`,
                fix: {
                    description: 'Use IF NOT EXISTS / IF EXISTS so a re-run after a partial failure succeeds.',
                    text: f.text && f.text !== s.text ? sqlOf(f.text) : undefined,
                },
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/prefer-text-field.ts

const preferTextField = columnTypeRule({
    id: 'prefer-text-field',
    severity: 'notice',
    doc: 'Use text (with a CHECK on length if needed) instead of varchar(n).',
    why: 'Raising a varchar(n) limit later is an ALTER COLUMN TYPE that takes an ACCESS EXCLUSIVE lock, and lowering it ' +
        'rewrites the table; a CHECK (char_length(col) <= n) constraint can be changed with NOT VALID + VALIDATE instead.',
    fixHint: 'text, plus CHECK (char_length(col) <= n) if the limit matters.',
    fixDescription: 'Use text; enforce a length with a CHECK constraint if needed.',
}, (use) => use.builtin && use.base === 'varchar' && use.type.typmods?.length
    ? {
        says: 'is a varchar with a length limit; prefer text.',
        written: /^(character\s+varying|varchar)\s*\(\s*\d+\s*\)/i,
        replacement: 'text',
    }
    : undefined);

;// CONCATENATED MODULE: ./src/migrations/lint/rules/prefer-timestamptz.ts

const preferTimestamptz = columnTypeRule({
    id: 'prefer-timestamptz',
    aliases: ['prefer-timestamp-tz'],
    severity: 'notice',
    doc: 'Use timestamptz instead of timestamp (without time zone).',
    why: 'timestamp stores a wall-clock time with no zone: values written from sessions in different time zones, or ' +
        'across a daylight-saving change, cannot be compared correctly. Changing the type later rewrites the table.',
    fixHint: 'timestamptz.',
    fixDescription: 'Use timestamptz.',
}, (use) => use.builtin && use.base === 'timestamp'
    ? {
        says: 'is timestamp without time zone; prefer timestamptz.',
        written: /^timestamp(\s*\(\s*\d+\s*\))?(\s+without\s+time\s+zone)?/i,
        replacement: 'timestamptz$1',
    }
    : undefined);

;// CONCATENATED MODULE: ./src/migrations/lint/rules/renaming-column.ts


const renamingColumn = {
    id: 'renaming-column',
    severity: 'warning',
    doc: 'Do not rename columns that running code uses.',
    why: 'The application version still running during and after the deploy queries the old name and fails until every ' +
        'instance runs the new code. The rename itself takes a brief ACCESS EXCLUSIVE lock.',
    fixHint: 'Add the new column, write to both, backfill, move reads, then drop the old one in a later release.',
    check(file) {
        return eachStatement(file, 'RenameStmt', (r, s) => {
            if (r.renameType !== 'OBJECT_COLUMN' || file.isNewTable(r.relation, s.index))
                return undefined;
            const table = (0,lint_ast/* relationName */.CJ)(r.relation);
            return {
                statement: s,
                message: `Renaming column \`${table}.${r.subname}\` to \`${r.newname}\` breaks running code that still uses the old name.`,
                subject: r.subname,
                fix: {
                    description: 'Expand and contract: add the new column, write both, backfill, switch reads, drop the old column later ' +
                        '(or keep the old name and map it in the application).',
                },
                data: { lock: 'ACCESS EXCLUSIVE', table },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/renaming-table.ts


const renamingTable = {
    id: 'renaming-table',
    severity: 'warning',
    doc: 'Do not rename tables that running code uses.',
    why: 'The application version still running during and after the deploy queries the old name and fails until every ' +
        'instance runs the new code. The rename itself takes a brief ACCESS EXCLUSIVE lock.',
    fixHint: 'Create the new table (or a view with the new name), migrate, then drop the old name in a later release.',
    check(file) {
        return eachStatement(file, 'RenameStmt', (r, s) => {
            if (r.renameType !== 'OBJECT_TABLE' || file.isNewTable(r.relation, s.index))
                return undefined;
            const table = (0,lint_ast/* relationName */.CJ)(r.relation);
            return {
                statement: s,
                message: `Renaming table \`${table}\` to \`${r.newname}\` breaks running code that still uses the old name.`,
                subject: table,
                fix: {
                    description: 'Rename, then create a view with the old name (simple views are updatable) until no code uses it, or ' +
                        'keep the old name.',
                },
                data: { lock: 'ACCESS EXCLUSIVE', table },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/require-concurrent-index-creation.ts


const requireConcurrentIndexCreation = {
    id: 'require-concurrent-index-creation',
    severity: 'warning',
    doc: 'Build indexes on existing tables with CREATE INDEX CONCURRENTLY.',
    why: 'A plain CREATE INDEX takes a SHARE lock on the table for the whole build: reads continue, but every ' +
        'INSERT, UPDATE and DELETE waits until the index is finished, which is minutes on a large table.',
    fixHint: 'CREATE INDEX CONCURRENTLY, in a migration that does not run inside a transaction.',
    check(file) {
        return eachStatement(file, 'IndexStmt', (index, s) => {
            if (index.concurrent || file.isNewTable(index.relation, s.index))
                return undefined;
            const table = (0,lint_ast/* relationName */.CJ)(index.relation);
            const text = s.text.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX)\b/i, '$1 CONCURRENTLY');
            return {
                statement: s,
                message: `CREATE INDEX${index.idxname ? ` \`${index.idxname}\`` : ''} on \`${table}\` takes a SHARE lock: ` +
                    `writes to \`${table}\` wait until the whole index is built.`,
                subject: index.idxname,
                fix: {
                    description: 'Build the index concurrently (no write lock). It cannot run inside a transaction: put it in its own ' +
                        'migration with the runner’s transaction turned off, and drop the index if the build fails (it stays INVALID).',
                    text: text === s.text ? undefined : sqlOf(text),
                },
                data: { lock: 'SHARE', table },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/require-concurrent-index-deletion.ts


const requireConcurrentIndexDeletion = {
    id: 'require-concurrent-index-deletion',
    severity: 'warning',
    doc: 'Drop indexes with DROP INDEX CONCURRENTLY.',
    why: 'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index’s table: every read and write of the table ' +
        'waits, and while DROP INDEX itself waits for a long transaction, everything queues behind it.',
    fixHint: 'DROP INDEX CONCURRENTLY IF EXISTS, outside a transaction.',
    check(file) {
        return eachStatement(file, 'DropStmt', (drop, s) => {
            if (drop.removeType !== 'OBJECT_INDEX' || drop.concurrent)
                return undefined;
            const indexes = (drop.objects ?? []).map((o) => ((0,lint_ast/* nodeAs */.hK)(o, 'List')?.items ?? []).map((n) => (0,lint_ast/* nodeAs */.hK)(n, 'String')?.sval ?? '').join('.'));
            const text = s.text.replace(/^(DROP\s+INDEX)\b/i, '$1 CONCURRENTLY');
            return {
                statement: s,
                message: `DROP INDEX ${indexes.map((i) => `\`${i}\``).join(', ')} takes an ACCESS EXCLUSIVE lock on its table: ` +
                    'all reads and writes of the table wait.',
                subject: indexes.join(','),
                fix: {
                    description: 'Drop the index concurrently (one index per statement, no CASCADE), in a migration that does not run ' +
                        'inside a transaction.',
                    text: indexes.length === 1 && drop.behavior !== 'DROP_CASCADE' && text !== s.text ? sqlOf(text) : undefined,
                },
                data: { lock: 'ACCESS EXCLUSIVE' },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/require-concurrent-partition-detach.ts


const requireConcurrentPartitionDetach = {
    id: 'require-concurrent-partition-detach',
    aliases: ['require-concurrent-detach-partition'],
    severity: 'warning',
    doc: 'Detach partitions with DETACH PARTITION … CONCURRENTLY (PostgreSQL 14+).',
    why: 'A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table: all reads and writes of every ' +
        'partition wait. CONCURRENTLY only takes SHARE UPDATE EXCLUSIVE on the parent.',
    fixHint: 'ALTER TABLE … DETACH PARTITION … CONCURRENTLY, outside a transaction.',
    check(file) {
        if (file.postgresVersion < 14)
            return [];
        return eachAlterOfExistingTable(file, (cmd, alter, s) => {
            if (cmd.subtype !== 'AT_DetachPartition')
                return undefined;
            const part = (0,lint_ast/* nodeAs */.hK)(cmd.def, 'PartitionCmd');
            if (part?.concurrent)
                return undefined;
            const table = (0,lint_ast/* relationName */.CJ)(alter.relation);
            return {
                statement: s,
                message: `Detaching partition \`${(0,lint_ast/* relationName */.CJ)(part?.name)}\` from \`${table}\` takes an ACCESS EXCLUSIVE lock on ` +
                    `\`${table}\`: all reads and writes of the partitioned table wait.`,
                subject: (0,lint_ast/* relationName */.CJ)(part?.name),
                fix: {
                    description: 'Detach concurrently, in a migration that does not run inside a transaction (not possible when the ' +
                        'table has a default partition). If it is interrupted, finish with DETACH PARTITION … FINALIZE.',
                    text: isSingleCommand(alter) && !/\bFINALIZE$/i.test(s.text) ? sqlOf(`${s.text} CONCURRENTLY`) : undefined,
                },
                data: { lock: 'ACCESS EXCLUSIVE', table },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/require-concurrent-reindex.ts


const requireConcurrentReindex = {
    id: 'require-concurrent-reindex',
    severity: 'warning',
    doc: 'Rebuild indexes with REINDEX … CONCURRENTLY (PostgreSQL 12+).',
    why: 'A plain REINDEX locks out writes to the table (SHARE) and takes ACCESS EXCLUSIVE on the index itself, so ' +
        'queries that would use the index wait too, for the whole rebuild.',
    fixHint: 'REINDEX INDEX CONCURRENTLY …, outside a transaction.',
    check(file) {
        if (file.postgresVersion < 12)
            return [];
        return eachStatement(file, 'ReindexStmt', (r, s) => {
            if ((0,lint_ast/* hasOption */.Kz)(r.params, 'concurrently'))
                return undefined;
            if (r.kind === 'REINDEX_OBJECT_SYSTEM')
                return undefined; // system catalogs cannot be reindexed concurrently
            if (file.isNewTable(r.relation, s.index))
                return undefined;
            const target = r.relation ? (0,lint_ast/* relationName */.CJ)(r.relation) : (r.name ?? '?');
            const text = s.text.replace(/^(REINDEX\s+(?:\([^)]*\)\s*)?(?:INDEX|TABLE|SCHEMA|DATABASE))\b/i, '$1 CONCURRENTLY');
            return {
                statement: s,
                message: `REINDEX of \`${target}\` blocks writes to the table and queries that use the index until it finishes.`,
                subject: target,
                fix: {
                    description: 'Rebuild concurrently, in a migration that does not run inside a transaction.',
                    text: text === s.text ? undefined : sqlOf(text),
                },
                data: { lock: 'SHARE' },
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/require-enum-value-ordering.ts


const requireEnumValueOrdering = {
    id: 'require-enum-value-ordering',
    severity: 'notice',
    doc: 'Say where a new enum value goes with BEFORE or AFTER.',
    why: 'ADD VALUE without BEFORE/AFTER appends the value at the end of the enum’s sort order, which changes ORDER BY ' +
        'and comparisons on the column in ways that are easy to miss.',
    fixHint: "ALTER TYPE … ADD VALUE 'new' BEFORE 'existing' (or AFTER).",
    check(file) {
        return eachStatement(file, 'AlterEnumStmt', (e, s) => {
            if (!e.newVal || e.oldVal || e.newValNeighbor)
                return undefined;
            return {
                statement: s,
                message: `Enum value '${e.newVal}' is appended to the end of \`${(0,lint_ast/* names */.Dy)(e.typeName).join('.')}\`'s order; say BEFORE or AFTER which value it goes.`,
                subject: e.newVal,
                fix: { description: "Add BEFORE 'existing_value' or AFTER 'existing_value' to place the new value." },
            };
        });
    },
};

// EXTERNAL MODULE: ./src/migrations/lint/locks.ts
var locks = __webpack_require__(11390);
;// CONCATENATED MODULE: ./src/migrations/lint/timeouts.ts
/** Shared by require-lock-timeout and require-statement-timeout: the first lock taken with no timeout set. */


function setsTimeout(s, setting) {
    const v = (0,lint_ast/* nodeAs */.hK)(s.ast, 'VariableSetStmt');
    if (!v || v.name?.toLowerCase() !== setting)
        return undefined;
    if (v.kind !== 'VAR_SET_VALUE')
        return false; // RESET, SET … TO DEFAULT
    const arg = (0,lint_ast/* nodeAs */.hK)(v.args?.[0], 'A_Const');
    const value = arg?.ival?.ival ?? arg?.sval?.sval ?? arg?.fval?.fval;
    // ival is omitted for 0 in the JSON AST.
    return !(value === undefined || value === 0 || value === '0' || /^0+\s*[a-z]*$/i.test(String(value)));
}
/** The first statement that takes a traffic-blocking lock on an existing table while `setting` is unset. */
function firstLockWithoutTimeout(file, setting) {
    let set = false;
    for (const s of file.statements) {
        const change = setsTimeout(s, setting);
        if (change !== undefined) {
            set = change;
            continue;
        }
        if (set)
            continue;
        const lock = (0,locks/* trafficBlockingLock */.WX)(file, s);
        if (lock)
            return { statement: s, lock };
    }
    return undefined;
}
function describeLock(lock) {
    return `${lock.mode} on \`${lock.table}\` (${(0,locks/* lockEffect */.bI)(lock.mode)})`;
}

;// CONCATENATED MODULE: ./src/migrations/lint/rules/require-lock-timeout.ts

const requireLockTimeout = {
    id: 'require-lock-timeout',
    aliases: ['require-timeout-settings'],
    severity: 'warning',
    doc: 'Set lock_timeout before the first statement that locks an existing table.',
    why: 'A DDL statement waiting for its lock (behind one long transaction) makes every later query on the table queue ' +
        'behind it: the table is down for as long as it waits. lock_timeout makes it give up instead, so it can be retried.',
    fixHint: "SET lock_timeout = '5s'; at the top of the migration.",
    check(file) {
        const hit = firstLockWithoutTimeout(file, 'lock_timeout');
        if (!hit)
            return [];
        return [
            {
                statement: hit.statement,
                message: `No lock_timeout is set before this statement takes ${describeLock(hit.lock)}: while it waits for the ` +
                    `lock, every other query on \`${hit.lock.table}\` queues behind it.`,
                fix: {
                    description: 'Set a lock timeout at the top of the file and retry the migration if it times out.',
                    text: "SET lock_timeout = '5s';",
                },
                data: { lock: hit.lock.mode, table: hit.lock.table },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/require-statement-timeout.ts

const requireStatementTimeout = {
    id: 'require-statement-timeout',
    aliases: ['require-timeout-settings'],
    severity: 'warning',
    doc: 'Set statement_timeout before the first statement that locks an existing table.',
    why: 'A statement that holds a lock for longer than expected (a bigger table than in staging, a slow scan) keeps ' +
        'the table blocked for all of that time. statement_timeout bounds the outage.',
    fixHint: "SET statement_timeout = '15s'; at the top of the migration.",
    check(file) {
        const hit = firstLockWithoutTimeout(file, 'statement_timeout');
        if (!hit)
            return [];
        return [
            {
                statement: hit.statement,
                message: `No statement_timeout is set before this statement takes ${describeLock(hit.lock)}: nothing bounds how ` +
                    `long \`${hit.lock.table}\` stays blocked.`,
                fix: {
                    description: 'Set a statement timeout at the top of the file.',
                    text: "SET statement_timeout = '15s';",
                },
                data: { lock: hit.lock.mode, table: hit.lock.table },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/transaction-nesting.ts

const transactionNesting = {
    id: 'transaction-nesting',
    severity: 'warning',
    doc: 'Do not open a transaction inside another one, nor COMMIT the runner’s transaction.',
    why: 'A BEGIN inside a transaction is ignored with a warning, and the next COMMIT ends the outer transaction: the ' +
        'statements after it run in autocommit, so a failure leaves the migration half applied.',
    fixHint: 'Remove BEGIN/COMMIT from files the runner already wraps in a transaction.',
    check(file) {
        const out = [];
        let open = false;
        for (const s of file.statements) {
            const kind = (0,lint_ast/* nodeAs */.hK)(s.ast, 'TransactionStmt')?.kind;
            if (!kind)
                continue;
            const begins = kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START';
            const ends = kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK';
            if (file.inTransaction && (begins || ends)) {
                out.push({
                    statement: s,
                    message: begins
                        ? 'BEGIN in a file the migration runner already wraps in a transaction is ignored, and the COMMIT that follows ends the runner’s transaction early.'
                        : `${kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK'} ends the migration runner’s transaction: the statements after it run without one.`,
                    subject: kind,
                    fix: {
                        description: 'Remove the transaction control statement; the runner already provides the transaction.',
                    },
                });
            }
            else if (begins && open) {
                out.push({
                    statement: s,
                    message: 'BEGIN inside an open transaction is ignored; the next COMMIT ends the outer transaction.',
                    subject: kind,
                    fix: { description: 'Remove the nested BEGIN, or COMMIT the first transaction before it.' },
                });
            }
            if (begins)
                open = true;
            if (ends)
                open = false;
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/migrations/lint/rules/index.ts



































const RULES = [
    addingFieldWithDefault,
    addingForeignKeyConstraint,
    addingNotNullableField,
    addingRequiredField,
    addingSerialPrimaryKeyField,
    banAlterEnumAddValueInTransaction,
    banCharField,
    banConcurrentIndexCreationInTransaction,
    banDropColumn,
    banDropDatabase,
    banDropNotNull,
    banDropTable,
    banNonTransactionalStatementInTransaction,
    banTruncateCascade,
    banUncommittedTransaction,
    changingColumnType,
    constraintMissingNotValid,
    disallowedUniqueConstraint,
    identifierTooLong,
    preferBigintOverInt,
    preferBigintOverSmallint,
    preferIdentity,
    preferRobustStmts,
    preferTextField,
    preferTimestamptz,
    renamingColumn,
    renamingTable,
    requireConcurrentIndexCreation,
    requireConcurrentIndexDeletion,
    requireConcurrentPartitionDetach,
    requireConcurrentReindex,
    requireEnumValueOrdering,
    requireLockTimeout,
    requireStatementTimeout,
    transactionNesting,
];
/** Rule ids and their aliases (squawk's spellings) → rule id. */
const RULE_NAMES = (() => {
    const m = new Map();
    for (const r of RULES) {
        for (const name of [r.id, ...(r.aliases ?? [])])
            m.set(name, [...(m.get(name) ?? []), r.id]);
    }
    return m;
})();

;// CONCATENATED MODULE: ./src/migrations/lint/ignore.ts

const DIRECTIVE = /^--\s*(backend-gate-ignore|squawk-ignore)(-file)?(?=\s|$)(.*)$/;
function parseDirective(comment, line) {
    const m = DIRECTIVE.exec(comment);
    if (!m)
        return undefined;
    const source = m[1] === 'squawk-ignore' ? 'squawk' : 'backend-gate';
    let list = m[3];
    let reason;
    const colon = list.indexOf(':');
    if (colon !== -1) {
        reason = list.slice(colon + 1).trim() || undefined;
        list = list.slice(0, colon);
    }
    const names = list.split(/[\s,]+/).filter(Boolean);
    const all = names.length === 0 || names.some((n) => n === 'all' || n === '*');
    const rules = all ? undefined : new Set(names.flatMap((n) => RULE_NAMES.get(n) ?? []));
    return { source, names: all ? [] : names, rules, reason, line, used: new Set(), fileWide: m[2] !== undefined };
}
/** Finds every ignore directive of a parsed file. Cheap when the file has none. */
function findIgnoreDirectives(parsed) {
    const { source, statements } = parsed;
    if (!source.sql.includes('-ignore'))
        return [];
    const out = [];
    const gaps = statements.map((s, i) => ({
        from: i === 0 ? 0 : statements[i - 1].byteAfter,
        to: s.byteStart,
        statement: i,
    }));
    gaps.push({ from: statements.length ? statements[statements.length - 1].byteAfter : 0, to: source.byteLength });
    for (const gap of gaps) {
        const text = source.slice(gap.from, gap.to);
        if (!text.includes('-ignore'))
            continue;
        const lines = text.split('\n');
        const firstLine = source.lineOf(gap.from);
        // The first piece of a gap after a statement is the rest of that statement's line: not a comment line of ours.
        const top = gap.from === 0 ? 0 : 1;
        // Comment lines directly above the statement (no blank line between) are attached to it.
        let attachedFrom = lines.length - 1;
        if (gap.statement !== undefined) {
            for (let k = lines.length - 2; k >= top && lines[k].trim().startsWith('--'); k--)
                attachedFrom = k;
        }
        for (let k = 0; k < lines.length; k++) {
            const comment = lines[k].trim();
            const parsed = parseDirective(k < top ? comment.replace(/^;?\s*/, '') : comment, firstLine + k);
            if (!parsed)
                continue;
            const { fileWide, ...d } = parsed;
            if (k < top && !fileWide) {
                // After a statement on its own line: it applies to no statement (reported as unused).
                out.push({ ...d, scope: 'statement', statement: -1 });
                continue;
            }
            const fileScope = fileWide ||
                gap.statement === undefined ||
                (d.source === 'backend-gate' && gap.statement === 0 && k < attachedFrom);
            out.push(fileScope ? { ...d, scope: 'file' } : { ...d, scope: 'statement', statement: gap.statement });
        }
    }
    return out;
}
/** The directive that suppresses a rule's finding on a statement, if any (and records the use). */
function suppressingDirective(directives, rule, statement) {
    for (const d of directives) {
        if (d.scope === 'statement' && d.statement !== statement)
            continue;
        if (d.rules && !d.rules.has(rule))
            continue;
        d.used.add(rule);
        return d;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/migrations/lint/normalize.ts
/**
 * A statement's text reduced to what it means for a fingerprint: comments dropped, whitespace
 * collapsed, keywords and unquoted names lower-cased; string literals, quoted identifiers and
 * dollar-quoted bodies are kept verbatim. Reformatting or re-commenting a statement keeps its fingerprint.
 */
function normalizeSql(text) {
    if (!NEEDS_TOKENS.test(text))
        return normalizePlain(text);
    let out = '';
    let space = false;
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === TAB || c === LF || c === CR || c === FF) {
            WHITESPACE.lastIndex = i + 1;
            i = WHITESPACE.test(text) ? WHITESPACE.lastIndex - 1 : n;
            space = true;
            continue;
        }
        let j;
        let token;
        if (c === DASH && text.charCodeAt(i + 1) === DASH) {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl;
            space = true;
            continue;
        }
        else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                const d = text.charCodeAt(i);
                if (d === SLASH && text.charCodeAt(i + 1) === STAR) {
                    depth++;
                    i += 2;
                }
                else if (d === STAR && text.charCodeAt(i + 1) === SLASH) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
            space = true;
            continue;
        }
        else if (c === QUOTE || c === DQUOTE) {
            const prev = text.charCodeAt(i - 1);
            const quote = c === QUOTE ? "'" : '"';
            if (c === QUOTE && (prev === 69 || prev === 101)) {
                // E'…' strings: a backslash escapes the next character.
                j = i + 1;
                while (j < n) {
                    const d = text.charCodeAt(j);
                    if (d === BACKSLASH)
                        j += 2;
                    else if (d === c) {
                        if (text.charCodeAt(j + 1) === c)
                            j += 2;
                        else
                            break;
                    }
                    else
                        j++;
                }
            }
            else {
                // A doubled quote is part of the string.
                j = text.indexOf(quote, i + 1);
                while (j !== -1 && text.charCodeAt(j + 1) === c)
                    j = text.indexOf(quote, j + 2);
                if (j === -1)
                    j = n;
            }
            token = text.slice(i, j + 1);
            i = j + 1;
        }
        else if (c === DOLLAR) {
            const m = DOLLAR_TAG.exec(text.slice(i, i + 64));
            if (m) {
                const end = text.indexOf(m[0], i + m[0].length);
                j = end === -1 ? n : end + m[0].length;
                token = text.slice(i, j);
                i = j;
            }
            else {
                token = '$';
                i++;
            }
        }
        else {
            WORD_END.lastIndex = i + 1;
            j = WORD_END.test(text) ? WORD_END.lastIndex - 1 : n;
            token = text.slice(i, j).toLowerCase();
            i = j;
            // Punctuation needs no space before it to mean the same.
            if (isPunctuation(c))
                space = false;
        }
        if (space && out.length > 0)
            out += ' ';
        space = false;
        out += token;
    }
    let end = out.length;
    while (end > 0 && out.charCodeAt(end - 1) === SEMICOLON)
        end--;
    return end === out.length ? out : out.slice(0, end);
}
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const FF = 12;
const DASH = 45;
const SLASH = 47;
const STAR = 42;
const QUOTE = 39;
const DQUOTE = 34;
const DOLLAR = 36;
const BACKSLASH = 92;
const LPAREN = 40;
const RPAREN = 41;
const COMMA = 44;
const DOT = 46;
const SEMICOLON = 59;
const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;
/**
 * normalizeSql of a text without strings, quoted names, `$`, comments or non-ASCII characters (most
 * migration statements): lower-case, whitespace collapsed and dropped before punctuation, by
 * regular expressions over the whole text instead of token by token.
 */
function normalizePlain(text) {
    const out = text.toLowerCase().replace(SPACE_BEFORE_PUNCTUATION, '').replace(SPACES, ' ');
    let start = 0;
    let end = out.length;
    if (out.charCodeAt(0) === SPACE)
        start = 1;
    if (end > start && out.charCodeAt(end - 1) === SPACE)
        end--;
    while (end > start && out.charCodeAt(end - 1) === SEMICOLON)
        end--;
    return out.slice(start, end);
}
/** What only the tokenizer handles: quotes, `$`, comments, non-ASCII (lower-casing may depend on context). */
const NEEDS_TOKENS = /['"$\u0080-\uffff]|--|\/\*/;
const SPACE_BEFORE_PUNCTUATION = /[ \t\n\r\f]+(?=[(),;.])/g;
const SPACES = /[ \t\n\r\f]+/g;
// Runs are found by regular expressions rather than character loops: V8 compiles them to machine
// code at once, while a loop runs in the interpreter for most of a short-lived lint process.
/** The character after a run of whitespace. */
const WHITESPACE = /[^ \t\n\r\f]/g;
/** Characters that end a bare word: whitespace, quotes, `$`, `-`, `/`. */
const WORD_END = /[ \t\n\r\f'"$\-/]/g;
function isPunctuation(c) {
    return c === LPAREN || c === RPAREN || c === COMMA || c === SEMICOLON || c === DOT;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
;// CONCATENATED MODULE: ./src/migrations/lint/parse.ts
/**
 * Splits a migration file into statements with PostgreSQL's own parser (libpg-query, WASM).
 * libpg-query reports `stmt_location` / `stmt_len` in UTF-8 BYTES, omits a zero location and the
 * length of a last statement without `;`, so every offset here is a byte offset into the file's
 * UTF-8 encoding and text is cut from a Buffer, never from the JavaScript string.
 */



/** A parse failure with the position PostgreSQL's parser points at. */
class SqlSyntaxError extends Error {
    line;
    column;
    byteOffset;
    constructor(message, line, column, 
    /** Byte offset of the offending token. */
    byteOffset) {
        super(message);
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
        this.name = 'SqlSyntaxError';
    }
}
let wasm;
let loaded;
/**
 * Loads the WASM parser once per process. The module is compiled with V8's baseline compiler
 * only (Liftoff): for this parser it runs as fast as optimized code, while V8's default tier-up
 * recompiles the huge generated grammar function in the background during the first parses,
 * which made a cold lint of 500 files spend 60–180 ms parsing instead of 25–55 ms (and ~30 MB
 * more memory). The flag is set around this one compile and restored; modules compiled later
 * (undici's llhttp…) tier up as usual.
 */
function loadParser() {
    loaded ??= (async () => {
        const baselineOnly = !process.execArgv.some((a) => a.includes('liftoff'));
        if (baselineOnly)
            setV8Flag('--liftoff-only');
        let mod;
        try {
            mod = (await (await pgQueryFactory())());
        }
        finally {
            if (baselineOnly)
                setV8Flag('--no-liftoff-only');
        }
        if (typeof mod._wasm_parse_query_raw !== 'function' || !mod.HEAPU8 || !mod.HEAPU32) {
            throw new Error('libpg-query: its WASM module no longer exports _wasm_parse_query_raw; this version is not supported');
        }
        wasm = mod;
    })();
    return loaded;
}
/**
 * libpg-query's Emscripten factory, without its index (which instantiates a module as soon as it is
 * imported). The file is CommonJS: `require` loads it in ~3 ms, while `import` first scans it for
 * named exports (cjs-module-lexer over 61 KB), ~10–15 ms of every lint process. Only when this file
 * is its own module (lib/, tsx) does `require` resolve the package's own libpg-query; in a bundle
 * (the Action's ncc dist/) the bundler has inlined the import instead, and that runs.
 */
async function pgQueryFactory() {
    if (UNBUNDLED.test(import.meta.url)) {
        try {
            return (0,external_node_module_.createRequire)(import.meta.url)('libpg-query/wasm/libpg-query.js');
        }
        catch {
            // Resolved differently than expected: the import below says why if it fails too.
        }
    }
    return (await __webpack_require__.e(/* import() */ 4955).then(__webpack_require__.t.bind(__webpack_require__, 14955, 23))).default;
}
const UNBUNDLED = /\/lint\/parse\.[cm]?[jt]s$/;
function setV8Flag(flag) {
    try {
        external_node_v8_default().setFlagsFromString(flag);
    }
    catch {
        // A runtime without the flag only loses the speed-up.
    }
}
/** A parser error: PostgreSQL's message and the 0-based code-point offset it points at. */
class ParserError extends Error {
    cursorPosition;
    constructor(message, cursorPosition) {
        super(message);
        this.cursorPosition = cursorPosition;
    }
}
/** NUL-terminated UTF-8 string at `ptr` in the module's memory. */
function readString(heap, ptr) {
    const end = heap.indexOf(0, ptr);
    const bytes = Buffer.from(heap.buffer, heap.byteOffset + ptr, (end === -1 ? heap.length : end) - ptr);
    // ASCII (most parse trees) decodes as latin1 without UTF-8 validation, several times faster.
    return bytes.toString((0,external_node_buffer_.isAscii)(bytes) ? 'latin1' : 'utf8');
}
/**
 * Parses UTF-8 query bytes (the parts are concatenated) with PostgreSQL's parser. Throws ParserError on
 * invalid SQL. The parser must be loaded (see loadParser).
 */
function parseBytes(parts) {
    const mod = wasm;
    if (!mod)
        throw new Error('the SQL parser is not loaded: await loadParser() first');
    let length = 0;
    for (const p of parts)
        length += p.length;
    const queryPtr = mod._malloc(length + 1);
    if (!queryPtr)
        throw new Error('libpg-query: out of WASM memory');
    let resultPtr = 0;
    try {
        let heap = mod.HEAPU8;
        let at = queryPtr;
        for (const p of parts) {
            heap.set(p, at);
            at += p.length;
        }
        heap[at] = 0;
        resultPtr = mod._wasm_parse_query_raw(queryPtr);
        if (!resultPtr)
            throw new Error('libpg-query: out of WASM memory');
        // The call may grow memory, which replaces the views.
        heap = mod.HEAPU8;
        const u32 = mod.HEAPU32;
        const treePtr = u32[resultPtr >> 2];
        const errorPtr = u32[(resultPtr + 8) >> 2];
        if (errorPtr) {
            const messagePtr = u32[errorPtr >> 2];
            const cursor = u32[(errorPtr + 16) >> 2] | 0;
            throw new ParserError(messagePtr ? readString(heap, messagePtr) : 'unknown parser error', cursor > 0 ? cursor - 1 : 0);
        }
        if (!treePtr)
            throw new Error('libpg-query: no parse tree');
        return JSON.parse(readString(heap, treePtr));
    }
    finally {
        mod._free(queryPtr);
        if (resultPtr)
            mod._wasm_free_parse_result(resultPtr);
    }
}
/**
 * The file's bytes and a byte → line/column map. Pure-ASCII files (the usual case) take a fast
 * path where byte offsets equal string indices.
 */
class SourceFile {
    sql;
    bytes;
    ascii;
    lineStarts;
    constructor(sql) {
        this.sql = sql;
        this.bytes = Buffer.from(sql, 'utf8');
        this.ascii = this.bytes.length === sql.length;
        const starts = [0];
        const b = this.bytes;
        for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1))
            starts.push(i + 1);
        this.lineStarts = starts;
    }
    get byteLength() {
        return this.bytes.length;
    }
    /** Text of the byte range [start, end). */
    slice(start, end) {
        return this.ascii ? this.sql.slice(start, end) : this.bytes.toString('utf8', start, end);
    }
    /** 1-based line of a byte offset. */
    lineOf(byte) {
        const s = this.lineStarts;
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= byte)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** 1-based column (UTF-16 units) of a byte offset. */
    columnOf(byte) {
        const lineStart = this.lineStarts[this.lineOf(byte) - 1];
        return (this.ascii ? byte - lineStart : this.bytes.toString('utf8', lineStart, byte).length) + 1;
    }
    /** Byte offset of a code-point offset (the unit PostgreSQL's error cursor counts in). */
    byteOfCodePoint(codePoints) {
        if (this.ascii)
            return Math.min(codePoints, this.sql.length);
        let bytes = 0;
        let n = 0;
        for (const ch of this.sql) {
            if (n++ >= codePoints)
                break;
            const cp = ch.codePointAt(0) ?? 0;
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }
}
/** Skips whitespace and comments (`--`, nested `/* *\/`) from a byte offset; returns the first token's offset. */
function skipTrivia(b, from, to) {
    let i = from;
    while (i < to) {
        const c = b[i];
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11)
            i++;
        else if (c === 45 && b[i + 1] === 45) {
            const nl = b.indexOf(10, i);
            i = nl === -1 || nl >= to ? to : nl + 1;
        }
        else if (c === 47 && b[i + 1] === 42) {
            let depth = 1;
            i += 2;
            while (i < to && depth > 0) {
                if (b[i] === 47 && b[i + 1] === 42) {
                    depth++;
                    i += 2;
                }
                else if (b[i] === 42 && b[i + 1] === 47) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
        }
        else
            break;
    }
    return i;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
/**
 * Parses a whole file. Throws SqlSyntaxError on invalid SQL. The parser must be loaded
 * (see loadParser); this is synchronous so a batch of files shares one warm module.
 */
function parseFileSync(sql) {
    const source = new SourceFile(sql);
    if (skipTrivia(source.bytes, 0, source.byteLength) >= source.byteLength)
        return { source, statements: [] };
    let result;
    try {
        result = parseBytes([source.bytes]);
    }
    catch (e) {
        if (!(e instanceof ParserError))
            throw e;
        throw syntaxError(e, source);
    }
    const statements = [];
    for (const r of result.stmts ?? []) {
        if (!r.stmt)
            continue;
        const loc = r.stmt_location ?? 0;
        const end = r.stmt_len === undefined || r.stmt_len === 0 ? source.byteLength : loc + r.stmt_len;
        statements.push(statementAt(source, r.stmt, loc, end, 0));
    }
    return { source, statements };
}
function syntaxError(e, source) {
    const byte = source.byteOfCodePoint(e.cursorPosition);
    return new SqlSyntaxError(e.message, source.lineOf(byte), source.columnOf(byte), byte);
}
/** A statement from the byte range the parser reported, trimmed to its tokens. */
function statementAt(source, ast, loc, end, astOffset) {
    const b = source.bytes;
    const start = skipTrivia(b, loc, end);
    let stop = end;
    while (stop > start && isSpace(b[stop - 1]))
        stop--;
    return {
        text: source.slice(start, stop),
        ast,
        kind: firstKey(ast),
        startLine: source.lineOf(start),
        startColumn: source.columnOf(start),
        endLine: source.lineOf(Math.max(start, stop - 1)),
        byteStart: start,
        byteEnd: stop,
        byteAfter: b[end] === 59 ? end + 1 : end,
        astOffset,
    };
}
/** Separates files in a batch; the marker statement proves no comment or string ran across the boundary. */
const SEPARATOR = '\n;SELECT 0;\n';
const SEPARATOR_BYTES = Buffer.from(SEPARATOR, 'utf8');
const MARKER_OFFSET = 2;
/** Files are parsed in batches of about this many bytes (one parser call each). */
const BATCH_BYTES = 64 * 1024;
/**
 * Parses many files with as few parser calls as possible: files are joined with a marker
 * statement, parsed at once, and cut apart by byte offsets. A batch whose markers are not all
 * where they should be (a file ending inside a comment or string) or that has a syntax error is
 * parsed again file by file, so results are always those of parseFileSync. A calling process
 * pays WASM call and JSON overhead once per batch instead of once per file.
 */
function parseFilesSync(sqls) {
    const out = new Array(sqls.length);
    for (const batch of parseFileBatches(sqls)) {
        for (let k = 0; k < batch.files.length; k++)
            out[batch.first + k] = batch.files[k];
    }
    return out;
}
/**
 * parseFilesSync one batch at a time: `files[k]` is the result for `sqls[first + k]`. A caller that
 * finishes with each batch before asking for the next keeps only one batch's syntax trees alive,
 * so they die young (cheap for the garbage collector) instead of piling up for the whole run.
 */
function* parseFileBatches(sqls) {
    let i = 0;
    while (i < sqls.length) {
        const sources = [];
        let bytes = 0;
        const first = i;
        while (i < sqls.length && (sources.length === 0 || bytes < BATCH_BYTES)) {
            const src = new SourceFile(sqls[i++]);
            sources.push(src);
            bytes += src.byteLength + SEPARATOR.length;
        }
        const parsed = sources.length > 1 ? parseBatch(sources) : undefined;
        const files = new Array(sources.length);
        for (let k = 0; k < sources.length; k++) {
            if (parsed)
                files[k] = parsed[k];
            else {
                try {
                    files[k] = parseFileSync(sources[k].sql);
                }
                catch (e) {
                    if (!(e instanceof SqlSyntaxError))
                        throw e;
                    files[k] = e;
                }
            }
        }
        yield { first, files };
    }
}
function parseBatch(sources) {
    const starts = [];
    let pos = 0;
    for (const s of sources) {
        starts.push(pos);
        pos += s.byteLength + SEPARATOR.length;
    }
    const parts = [];
    for (const s of sources)
        parts.push(s.bytes, SEPARATOR_BYTES);
    let result;
    try {
        result = parseBytes(parts);
    }
    catch (e) {
        if (!(e instanceof ParserError))
            throw e;
        return undefined;
    }
    const files = sources.map((source) => ({ source, statements: [] }));
    let f = 0;
    for (const r of result.stmts ?? []) {
        if (!r.stmt || r.stmt_len === undefined)
            return undefined;
        const loc = r.stmt_location ?? 0;
        const markerAt = starts[f] + sources[f].byteLength + MARKER_OFFSET;
        if (loc >= markerAt) {
            // Must be exactly this file's marker; anything else means a file swallowed the separator.
            if (loc !== markerAt || !('SelectStmt' in r.stmt))
                return undefined;
            f++;
            continue;
        }
        const base = starts[f];
        const source = sources[f];
        const end = Math.min(loc + r.stmt_len, base + source.byteLength) - base;
        if (loc < base)
            return undefined;
        files[f].statements.push(statementAt(source, r.stmt, loc - base, end, base));
    }
    return f === sources.length ? files : undefined;
}
function firstKey(node) {
    for (const k in node)
        return k;
    return '';
}
/**
 * Statements of a migration file with their exact source text, for the runner that sends them
 * one at a time. Throws SqlSyntaxError (with line and column) on invalid SQL.
 */
async function splitStatements(sql) {
    await loadParser();
    return parseFileSync(sql).statements;
}

;// CONCATENATED MODULE: ./src/migrations/lint/index.ts
/**
 * Static lint of one migration file: parse with PostgreSQL's parser, run every rule of
 * rules/index.ts, drop what ignore comments suppress, return Findings. Pure: no I/O, no server.
 */










/**
 * Lints one migration file. `file` is the path shown in findings (relative to the repository);
 * fingerprints use its basename and the normalized statement text, so they survive moves of
 * the statement within the file and unrelated edits.
 */
async function lintMigrationFile(sql, file, opts = {}) {
    await loadParser();
    return lintMigrationFileSync(sql, file, opts);
}
/**
 * Lints many files at once: they are parsed in a few batched parser calls (see parseFileBatches),
 * which is several times faster than one call per file, and each batch is linted before the next
 * is parsed. Returns findings per input, in order.
 */
async function lintMigrationFiles(inputs, opts = {}) {
    await loadParser();
    return lintMigrationFilesSync(inputs, opts);
}
/** lintMigrationFiles for callers that already awaited loadParser(). */
function lintMigrationFilesSync(inputs, opts = {}) {
    const rules = activeRules(opts);
    const out = new Array(inputs.length);
    for (const batch of parseFileBatches(inputs.map((i) => i.sql))) {
        for (let k = 0; k < batch.files.length; k++) {
            const n = batch.first + k;
            const parsed = batch.files[k];
            const wraps = inputs[n].inTransaction;
            const own = wraps === undefined || parsed instanceof SqlSyntaxError
                ? opts
                : { ...opts, inTransaction: typeof wraps === 'function' ? wraps(parsed.statements) : wraps };
            out[n] = lintParsed(parsed, inputs[n].file, own, rules);
        }
    }
    return out;
}
/** lintMigrationFile for callers that already awaited loadParser(). */
function lintMigrationFileSync(sql, file, opts = {}) {
    let parsed;
    try {
        parsed = parseFileSync(sql);
    }
    catch (e) {
        if (!(e instanceof SqlSyntaxError))
            throw e;
        parsed = e;
    }
    return lintParsed(parsed, file, opts, activeRules(opts));
}
/** The rules to run: all but the excluded ones (resolved once per call, not per file). */
function activeRules(opts) {
    if (!opts.exclude?.length)
        return RULES;
    const excluded = new Set(opts.exclude.flatMap((n) => RULE_NAMES.get(n) ?? [n]));
    return RULES.filter((r) => !excluded.has(r.id));
}
function lintParsed(parsed, file, opts, rules) {
    const base = (0,external_node_path_.basename)(file);
    if (parsed instanceof SqlSyntaxError) {
        const e = parsed;
        return [
            {
                rule: 'syntax-error',
                severity: 'error',
                message: `PostgreSQL cannot parse this file: ${e.message}.`,
                location: { file, line: e.line, column: e.column },
                fingerprint: (0,fingerprint/* fingerprint */.Rj)('syntax-error', base, e.message),
                fix: { description: 'Fix the SQL syntax; nothing else in the file was checked.' },
            },
        ];
    }
    const lint = new LintFile(file, parsed, opts);
    const directives = findIgnoreDirectives(parsed);
    const findings = [];
    const normalized = new Map();
    for (const rule of rules) {
        for (const p of rule.check(lint)) {
            const s = p.statement;
            if (suppressingDirective(directives, rule.id, s.index))
                continue;
            let text = normalized.get(s.index);
            if (text === undefined) {
                text = normalizeSql(s.text);
                normalized.set(s.index, text);
            }
            // The rule's data object is its own fresh one: completed in place rather than copied.
            const data = p.data ?? {};
            data.statement = s.index + 1;
            const finding = {
                rule: rule.id,
                severity: rule.severity,
                message: p.message,
                location: { file, line: s.startLine, column: s.startColumn, endLine: s.endLine },
                fingerprint: p.subject === undefined ? (0,fingerprint/* fingerprint */.Rj)(rule.id, base, text) : (0,fingerprint/* fingerprint */.Rj)(rule.id, base, text, p.subject),
                data,
            };
            if (p.fix)
                finding.fix = p.fix.text === undefined ? { description: p.fix.description } : p.fix;
            findings.push(finding);
        }
    }
    for (const d of directives) {
        if (d.source !== 'backend-gate')
            continue;
        const unused = d.rules ? [...d.rules].filter((r) => !d.used.has(r)) : d.used.size === 0 ? ['all'] : [];
        const unknown = d.names.filter((n) => !RULE_NAMES.has(n) && n !== 'all' && n !== '*');
        if (unused.length === 0 && unknown.length === 0)
            continue;
        const what = unknown.length
            ? `names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `\`${n}\``).join(', ')}`
            : `suppresses nothing (${unused.map((n) => `\`${n}\``).join(', ')} found nothing ${d.scope === 'file' ? 'in this file' : 'on the next statement'})`;
        findings.push({
            rule: 'unused-ignore',
            severity: 'notice',
            message: `This backend-gate-ignore comment ${what}.`,
            location: { file, line: d.line, column: 1 },
            fingerprint: (0,fingerprint/* fingerprint */.Rj)('unused-ignore', base, d.scope, d.names.join(',')),
            fix: { description: 'Remove the comment, or fix the rule name.' },
        });
    }
    findings.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
    return findings;
}


/***/ }),

/***/ 11390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ blocksTraffic),
/* harmony export */   WX: () => (/* binding */ trafficBlockingLock),
/* harmony export */   bI: () => (/* binding */ lockEffect)
/* harmony export */ });
/* unused harmony export locksOnExistingTables */
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91294);

const STRENGTH = {
    'ACCESS SHARE': 1,
    'ROW SHARE': 2,
    'ROW EXCLUSIVE': 3,
    'SHARE UPDATE EXCLUSIVE': 4,
    SHARE: 5,
    'SHARE ROW EXCLUSIVE': 6,
    EXCLUSIVE: 7,
    'ACCESS EXCLUSIVE': 8,
};
/** What each mode stops other sessions from doing, in a reviewer's words. */
function lockEffect(mode) {
    switch (mode) {
        case 'ACCESS EXCLUSIVE':
            return 'blocks all reads and writes';
        case 'EXCLUSIVE':
        case 'SHARE ROW EXCLUSIVE':
        case 'SHARE':
            return 'blocks INSERT/UPDATE/DELETE; reads continue';
        default:
            return 'does not block reads or writes';
    }
}
/** Whether a mode conflicts with ordinary reads or writes, so waiting for it makes traffic queue. */
function blocksTraffic(mode) {
    return STRENGTH[mode] >= STRENGTH.SHARE;
}
const LOCK_STMT_MODES = [
    'ACCESS SHARE', // 0 is unused; LockStmt modes are 1-based
    'ACCESS SHARE',
    'ROW SHARE',
    'ROW EXCLUSIVE',
    'SHARE UPDATE EXCLUSIVE',
    'SHARE',
    'SHARE ROW EXCLUSIVE',
    'EXCLUSIVE',
    'ACCESS EXCLUSIVE',
];
function alterTableLock(cmds) {
    let mode = 'SHARE UPDATE EXCLUSIVE';
    for (const c of cmds ?? []) {
        const cmd = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(c, 'AlterTableCmd');
        let m = 'ACCESS EXCLUSIVE';
        switch (cmd?.subtype) {
            case 'AT_ValidateConstraint':
            case 'AT_SetStatistics':
            case 'AT_ClusterOn':
            case 'AT_DropCluster':
            case 'AT_SetRelOptions':
            case 'AT_ResetRelOptions':
                m = 'SHARE UPDATE EXCLUSIVE';
                break;
            case 'AT_DetachPartition':
                m = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(cmd.def, 'PartitionCmd')?.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
                break;
            case 'AT_AddConstraint':
                if ((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(cmd.def, 'Constraint')?.contype === 'CONSTR_FOREIGN')
                    m = 'SHARE ROW EXCLUSIVE';
                break;
            case 'AT_EnableTrig':
            case 'AT_DisableTrig':
            case 'AT_EnableAlwaysTrig':
            case 'AT_EnableReplicaTrig':
                m = 'SHARE ROW EXCLUSIVE';
                break;
        }
        if (STRENGTH[m] > STRENGTH[mode])
            mode = m;
    }
    return mode;
}
/**
 * Locks a statement takes on tables that existed before this file (tables it created itself
 * do not count: nothing else uses them yet).
 */
const cache = new WeakMap();
function locksOnExistingTables(file, s) {
    let locks = cache.get(s);
    if (!locks) {
        locks = findLocks(file, s);
        cache.set(s, locks);
    }
    return locks;
}
function findLocks(file, s) {
    const existing = (rv, mode) => rv && !file.isNewTable(rv, s.index) ? [{ table: (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .relationName */ .CJ)(rv), mode }] : [];
    const ast = s.ast;
    switch (s.kind) {
        case 'AlterTableStmt': {
            const a = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'AlterTableStmt');
            const own = existing(a?.relation, alterTableLock(a?.cmds));
            const referenced = [];
            for (const c of a?.cmds ?? []) {
                const cmd = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(c, 'AlterTableCmd');
                const fk = [(0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(cmd?.def, 'Constraint'), ...(0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .constraintsOf */ .Im)((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(cmd?.def, 'ColumnDef')?.constraints)];
                for (const con of fk) {
                    if (con?.contype === 'CONSTR_FOREIGN')
                        referenced.push(...existing(con.pktable, 'SHARE ROW EXCLUSIVE'));
                }
            }
            return [...own, ...referenced];
        }
        case 'IndexStmt': {
            const i = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'IndexStmt');
            return existing(i?.relation, i?.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE');
        }
        case 'CreateStmt': {
            // A new table with a foreign key locks the table it references.
            const c = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'CreateStmt');
            const out = [];
            const cons = [
                ...(0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .constraintsOf */ .Im)(c?.tableElts),
                ...(c?.tableElts ?? []).flatMap((e) => (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .constraintsOf */ .Im)((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(e, 'ColumnDef')?.constraints)),
            ];
            for (const con of cons) {
                if (con.contype === 'CONSTR_FOREIGN')
                    out.push(...existing(con.pktable, 'SHARE ROW EXCLUSIVE'));
            }
            return out;
        }
        case 'DropStmt': {
            const d = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'DropStmt');
            if (d?.concurrent)
                return [];
            if (d?.removeType !== 'OBJECT_TABLE' && d?.removeType !== 'OBJECT_INDEX')
                return [];
            return (d.objects ?? []).flatMap((o) => {
                const parts = ((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(o, 'List')?.items ?? []).map((n) => (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(n, 'String')?.sval ?? '');
                const rv = { relname: parts[parts.length - 1], schemaname: parts.length > 1 ? parts[0] : undefined };
                return existing(rv, 'ACCESS EXCLUSIVE');
            });
        }
        case 'RenameStmt':
            return existing((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'RenameStmt')?.relation, 'ACCESS EXCLUSIVE');
        case 'TruncateStmt':
            return ((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'TruncateStmt')?.relations ?? []).flatMap((r) => existing((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(r, 'RangeVar'), 'ACCESS EXCLUSIVE'));
        case 'ReindexStmt': {
            const r = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'ReindexStmt');
            return (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOption */ .Kz)(r?.params, 'concurrently') ? [] : existing(r?.relation, 'SHARE');
        }
        case 'CreateTrigStmt':
            return existing((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'CreateTrigStmt')?.relation, 'SHARE ROW EXCLUSIVE');
        case 'LockStmt': {
            const l = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'LockStmt');
            const mode = LOCK_STMT_MODES[l?.mode ?? 8] ?? 'ACCESS EXCLUSIVE';
            return (l?.relations ?? []).flatMap((r) => existing((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(r, 'RangeVar'), mode));
        }
        case 'ClusterStmt':
            return existing((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'ClusterStmt')?.relation, 'ACCESS EXCLUSIVE');
        case 'VacuumStmt': {
            const v = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(ast, 'VacuumStmt');
            if (!(0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOption */ .Kz)(v?.options, 'full'))
                return [];
            return (v?.rels ?? []).flatMap((r) => existing((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .hK)(r, 'VacuumRelation')?.relation, 'ACCESS EXCLUSIVE'));
        }
        default:
            return [];
    }
}
/** The first lock of a statement that makes ordinary traffic wait, if any. */
function trafficBlockingLock(file, s) {
    return locksOnExistingTables(file, s).find((l) => blocksTraffic(l.mode));
}


/***/ })

};
