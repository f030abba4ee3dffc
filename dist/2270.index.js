export const id = 2270;
export const ids = [2270];
export const modules = {

/***/ 62270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommandLayout: () => (/* binding */ runCommandLayout)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23919);
/* harmony import */ var _postgres_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74880);
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40905);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30876);
/* harmony import */ var _schema_health_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(68206);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8994);
/* harmony import */ var _sources_command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(22834);
/**
 * The `command` layout: the project's own tool (knex, TypeORM, Rails, node-pg-migrate JS
 * migrations…) applies the migrations to a scratch database whose URL is exported as
 * DATABASE_URL; backend-gate then analyses the schema it produced. With a git base, the tool
 * first runs on the base commit's files (extracted with `git archive`, the working tree and the
 * repository untouched), so schema findings are the PR's own; the PR's run then applies only
 * what the tool sees as pending.
 */












const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function runCommandLayout(settings, deps) {
    const command = settings.command;
    const server = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_9__.startMigrationsPostgres)(settings, deps);
    const findings = [];
    const runs = [];
    let tables = 0;
    try {
        const db = await (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_6__/* .createScratchDatabase */ .KI)(server, 'migrations');
        const env = { ...process.env, ...(0,_sources_command_js__WEBPACK_IMPORTED_MODULE_10__/* .databaseEnv */ .D)(db.url) };
        let client;
        let baseTree;
        try {
            client = await (0,_postgres_index_js__WEBPACK_IMPORTED_MODULE_6__/* .connect */ .Ng)(db.url);
            const known = new Set();
            let ok = true;
            if (settings.base.kind === 'git') {
                baseTree = await extractBase(settings.base.ref, settings.workingDirectory);
                const result = await runOnce(command, 'base', baseTree.cwd, env, settings, deps);
                runs.push({ branch: 'base', result });
                ok = result.ok;
                if (ok && !settings.all)
                    for (const f of await (0,_schema_health_index_js__WEBPACK_IMPORTED_MODULE_8__/* .runSchemaHealthChecks */ .sO)({ db: client }))
                        known.add(f.fingerprint);
            }
            else if (settings.base.kind !== 'none') {
                deps.log.warning(`migrations base '${settings.base.kind}' does not apply to the command layout (the tool decides what is pending); give a git ref as base to report only the PR's schema findings.`);
            }
            if (ok) {
                const result = await runOnce(command, 'PR', settings.workingDirectory, env, settings, deps);
                runs.push({ branch: 'PR', result });
                if (result.ok) {
                    findings.push(...(await (0,_schema_health_index_js__WEBPACK_IMPORTED_MODULE_8__/* .runSchemaHealthChecks */ .sO)({ db: client })).filter((f) => !known.has(f.fingerprint)));
                    tables = Number((await client.query(`SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'`)).rows[0].n);
                }
            }
        }
        finally {
            await client?.end().catch(() => { });
            await db.drop();
            baseTree?.remove();
        }
    }
    finally {
        await server.stop();
    }
    for (const { branch, result } of runs) {
        if (!result.ok)
            findings.push(commandFailed(command, branch, result, deps));
    }
    const report = (0,_report_types_js__WEBPACK_IMPORTED_MODULE_11__/* .emptyReport */ ._O)('migrations', `migrations applied by \`${command}\` to PostgreSQL ${server.version} (${server.kind})` +
        (runs.some((r) => !r.result.ok) ? '; the command failed' : ''));
    report.findings = findings;
    report.metrics = {
        applyMs: Math.round(runs.reduce((n, r) => n + r.result.durationMs, 0)),
        tables,
        missingIndexes: findings.filter((f) => f.rule === 'foreign-key-without-index').length,
    };
    report.tables.push({
        title: 'Migration command runs',
        columns: ['Branch', 'Command', 'Duration (ms)', 'Result'],
        rows: runs.map((r) => [
            r.branch,
            command,
            Math.round(r.result.durationMs),
            r.result.ok ? 'ok' : (r.result.stopped ?? `exit code ${r.result.exitCode}`),
        ]),
    });
    report.details = [`Layout: command (\`${command}\`)`, `Tables: ${tables}`];
    return report;
}
async function runOnce(command, where, cwd, env, settings, deps) {
    const result = await (0,_sources_command_js__WEBPACK_IMPORTED_MODULE_10__/* .runShellCommand */ .f)(command, {
        cwd,
        env,
        timeoutMs: settings.commandTimeoutMs,
        signal: deps.signal,
    });
    deps.log.info(`${result.ok ? '✓' : '✗'} \`${command}\` (${where}): ${result.ok ? 'ok' : (result.stopped ?? `exit code ${result.exitCode}`)} in ${Math.round(result.durationMs)} ms`);
    return result;
}
/** The base commit's files in a temp folder (same place relative to the repository), node_modules linked. */
async function extractBase(ref, workingDirectory) {
    let top;
    try {
        top = (await exec('git', ['rev-parse', '--show-toplevel'], { cwd: workingDirectory })).stdout.trim();
        await exec('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: workingDirectory });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`migrations base '${ref}' is not a git commit in ${workingDirectory} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e).split('\n')[0]}). In CI, fetch the base branch (actions/checkout with fetch-depth: 0).`);
    }
    const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'backend-gate-base-'));
    const remove = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
    const tree = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'tree');
    try {
        await exec('sh', ['-c', `mkdir -p "$1" && git archive --format=tar "$2" | tar -x -C "$1"`, 'sh', tree, ref], {
            cwd: top,
            maxBuffer: 64 * 1024 * 1024,
        });
    }
    catch (e) {
        remove();
        throw e;
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(top, workingDirectory);
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tree, rel);
    // The tool itself is not in git: use the installed one.
    for (const dir of new Set([workingDirectory, top])) {
        const modules = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'node_modules');
        const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tree, node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(top, dir), 'node_modules');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(modules) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(target))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.symlinkSync)(modules, target, 'dir');
    }
    return { cwd, remove };
}
function commandFailed(command, branch, r, deps) {
    const why = r.stopped ?? `exit code ${r.exitCode}`;
    const output = deps.redactor.redact(r.output).split('\n').slice(-15).join('\n');
    return {
        rule: 'migration-failed',
        severity: 'error',
        message: `The migration command \`${command}\` failed on the ${branch === 'base' ? "base branch's" : "PR's"} migrations (${why}).${output ? ` Its last output:\n${output}` : ''}`,
        fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_7__/* .fingerprint */ .Rj)('migration-failed', 'command', branch, command),
        data: { branch, exitCode: r.exitCode, output },
    };
}


/***/ })

};
