export const id = 6171;
export const ids = [6171];
export const modules = {

/***/ 36171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationsCommand: () => (/* binding */ migrationsCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74634);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23919);
/**
 * `backend-gate migrations`: settings from the `migrations:` config section, overridden by
 * flags (CLI) or inputs (Action) of the same names.
 */



const HELP = `Usage: backend-gate migrations [options]
       backend-gate migrations diff --compare schema/v2.sql [--output DIR] [--slug NAME]
       backend-gate migrations suggest-indexes [--output DIR]
       backend-gate migrations stats --database-url URL [--output stats.json]
       backend-gate migrations dry-run FILE --database-url URL
       backend-gate migrations lint [FILE|DIR…]

Applies the base branch's migrations, then the PR's new ones, statement by statement, to a
throwaway PostgreSQL database; reports failing statements at file:line, static lock-risk lint
of the new files, and schema problems the PR introduces (foreign keys without an index…) with
CREATE INDEX CONCURRENTLY fixes.

Migrations:
  --dir DIR               folder of plain SQL migrations, ordered by version prefix
                          (001_users.sql, 20240101120000_orders.sql; *.up.sql pairs too)
                          (default: migrations.dir, else ./migrations)
  --base REF|DIR          the base branch's migrations: a git ref (origin/main) or a folder.
                          Default in a GitHub pull request: origin/$GITHUB_BASE_REF; else none
                          (every migration counts as new)
  --base-version V        migrations with a version up to V are the base branch's
  --layout L              auto | sql | golang-migrate | dbmate | flyway | prisma |
                          node-pg-migrate | command (default auto: detected from the folder);
                          each tool's transaction model decides which statements are flagged
                          as unable to run where the tool wraps them in a transaction
  --command CMD           layout command: the project's own tool applies the migrations
                          ('npx knex migrate:latest'), DATABASE_URL set to the scratch database
  --seed-rows N           rows generated in each table the PR touches before its statements
                          run, so measured durations mean something (default 10000; 0: none)
  --seed FILE|CMD         your own seed instead: an .sql file or a shell command
  --all                   report every schema finding, not only those the PR introduced
  --no-probe              skip the blocking probe (second sessions reading and writing while
                          each PR statement runs); --probe turns it on over a config's
                          migrations.probe: false (default on)
PostgreSQL:
  --database-url URL      use this server (a CI service container); work happens only in a
                          scratch database backend-gate creates and drops
  --postgres P            auto | url | docker | embedded (default auto: URL, else Docker,
                          else embedded PostgreSQL 18)
  --postgres-version V    major version for Docker (default 18)
Table sizes:
  --stats FILE            a stats file (migrations.stats): lock findings get the time they
                          would block at production size, ranked by it; under 10,000 rows
                          they become notices
Subcommands:
  lint [FILE|DIR…]        static lint only, no database: the files, or every migration of the
                          folders (default --dir / migrations.dir), each folder read in its
                          layout so files are linted as their tool runs them (in a transaction
                          or not); a FILE alone is plain SQL. migrations.lint.exclude applies
  dry-run FILE            run one migration file against --database-url (your own database)
                          in a transaction that is always rolled back; refuses statements
                          that cannot run in a transaction; reports locks, rewrites, timeouts
  diff                    build the migrations and --compare FILE (the whole target schema)
                          in two scratch databases; write <timestamp>_<slug>.sql and its
                          _rollback.sql to --output (default the migrations folder), verified:
                          up reaches the target, rollback restores the current schema.
                          --slug NAME names the files (default schema_<file name>)
  suggest-indexes         apply the migrations, run the index checks, and write a migration +
                          rollback per missing index (CREATE/DROP INDEX CONCURRENTLY, in the
                          folder's layout) to --output, each proven up → rollback → up;
                          never overwrites, a fix already there is not written again
  stats                   read row estimates and sizes per table of --database-url (read-only:
                          catalog and statistics queries in a READ ONLY transaction) and write
                          them to --output (default migrations.stats, else stats.json)
`;
const migrationsCommand = {
    mode: 'migrations',
    summary: 'apply base + PR migrations on a throwaway PostgreSQL; lint, failures, missing FK indexes',
    help: HELP,
    options: {
        dir: { type: 'string' },
        base: { type: 'string' },
        'base-version': { type: 'string' },
        'database-url': { type: 'string' },
        postgres: { type: 'string' },
        'postgres-version': { type: 'string' },
        compare: { type: 'string' },
        output: { type: 'string' },
        slug: { type: 'string' },
        stats: { type: 'string' },
        layout: { type: 'string' },
        command: { type: 'string' },
        'seed-rows': { type: 'string' },
        seed: { type: 'string' },
        all: { type: 'boolean' },
        probe: { type: 'boolean' },
        // Node 20's parseArgs has no negated booleans: `--no-probe` is an option of its own.
        'no-probe': { type: 'boolean' },
    },
    async run(ctx, input) {
        if (input.positionals[0] === 'dry-run')
            return runDryRunCommand(ctx, input);
        // The static lint alone loads neither the runner nor a PostgreSQL driver of its own.
        if (input.positionals[0] === 'lint')
            return (await Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(4880), __webpack_require__.e(4963), __webpack_require__.e(1559), __webpack_require__.e(7296)]).then(__webpack_require__.bind(__webpack_require__, 87296))).runLintSubcommand(ctx, input);
        // Loaded on demand: `--help` and the other modes do not load the settings' PostgreSQL helpers.
        const [{ isMigrationsSubcommand, loadConfiguredStats, runMigrationsSubcommand, withTableSizes }, { buildMigrationsSettings },] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(4880), __webpack_require__.e(1559), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 50643)), Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(4880), __webpack_require__.e(1559), __webpack_require__.e(8994)]).then(__webpack_require__.bind(__webpack_require__, 8994))]);
        if (isMigrationsSubcommand(input.positionals[0]))
            return runMigrationsSubcommand(ctx, input);
        if (input.positionals.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`unexpected argument '${input.positionals[0]}' for migrations. Run 'backend-gate migrations --help'.`);
        }
        const raw = (ctx.settings.config.raw.migrations ?? {});
        const settings = buildMigrationsSettings(raw, input.flags, ctx.settings.workingDirectory, ctx.env);
        ctx.redactor.addUrl(settings.databaseUrl);
        const stats = await loadConfiguredStats(ctx, input.flags);
        const { runMigrations } = await Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(4955), __webpack_require__.e(4880), __webpack_require__.e(4963), __webpack_require__.e(1559), __webpack_require__.e(2034), __webpack_require__.e(8206), __webpack_require__.e(3949), __webpack_require__.e(7366)]).then(__webpack_require__.bind(__webpack_require__, 35093));
        return withTableSizes(await runMigrations(settings, { log: ctx.log, redactor: ctx.redactor, signal: ctx.signal }), stats);
    },
};
/** `migrations dry-run FILE --database-url URL`: the user's own database, one transaction, always rolled back. */
async function runDryRunCommand(ctx, input) {
    const [, file, ...extra] = input.positionals;
    const url = (0,_modes_js__WEBPACK_IMPORTED_MODULE_2__/* .flagString */ .w)(input.flags, 'database-url');
    if (!file || extra.length > 0 || !url) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('usage: backend-gate migrations dry-run FILE --database-url URL (one migration file, your own database; it runs in a transaction that is always rolled back).');
    }
    const raw = (ctx.settings.config.raw.migrations ?? {});
    const { runDryRun } = await Promise.all(/* import() */[__webpack_require__.e(4225), __webpack_require__.e(4880), __webpack_require__.e(4963), __webpack_require__.e(1559), __webpack_require__.e(2034), __webpack_require__.e(9775)]).then(__webpack_require__.bind(__webpack_require__, 39775));
    return runDryRun({
        file: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.settings.workingDirectory, file),
        workingDirectory: ctx.settings.workingDirectory,
        databaseUrl: url,
        lintExclude: raw.lint?.exclude,
        log: ctx.log,
        redactor: ctx.redactor,
    });
}


/***/ })

};
