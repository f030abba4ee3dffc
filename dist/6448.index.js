export const id = 6448;
export const ids = [6448];
export const modules = {

/***/ 26448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAbLoadtest: () => (/* binding */ runAbLoadtest)
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
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40905);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70780);
/* harmony import */ var _combine_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52486);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46348);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(97847);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(26377);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(69106);
/**
 * The pull-request A/B mode (loadtest.ab, --ab-base): the base build and the head build start
 * on this runner, each in its own directory on its own port, and each scenario's trials run
 * interleaved (base, head, base, head…), so a noisy neighbour hurts both alike and the verdict
 * never rests on another machine's numbers. A git ref is checked out into a temporary worktree,
 * never into the user's working tree, and the worktree is removed afterwards, also on failure.
 */













const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** A base build command (npm ci && npm run build) may take minutes, never forever. */
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;
const BUILD_LOG_LINES = 20;
async function runAbLoadtest(settings, deps) {
    const ab = settings.ab;
    const app = settings.app;
    if (!ab || !app)
        throw new Error('runAbLoadtest needs loadtest.ab and an app (checked in settings)');
    if (settings.baseline || settings.saveBaseline) {
        deps.log.warning('the A/B mode compares with the base build it starts: --baseline and --save-baseline are ignored.');
    }
    const base = await prepareBase(ab, app, deps);
    try {
        if (base.failure)
            return (0,_runner_js__WEBPACK_IMPORTED_MODULE_11__.buildReport)({ results: [], findings: [base.failure] });
        const sides = await runInterleaved(settings, { base: { ...app, cwd: base.cwd }, head: app }, base.label, deps);
        const findings = [...sides.findings];
        const tables = [];
        const details = [];
        const metrics = {};
        if (sides.head.length > 0 && sides.base.length > 0) {
            const cmp = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_7__/* .compareWithBaseline */ .$_)(sides.head, (0,_baseline_js__WEBPACK_IMPORTED_MODULE_7__/* .resultsFile */ .pF)(sides.base), {
                thresholdPct: settings.regressionThreshold,
                file: ab.location.file,
                rulePrefix: 'ab-',
                sides: { before: 'Base', after: 'Head' },
                title: `Base (${base.label}) vs head, ${settings.trials} interleaved trials (threshold ${settings.regressionThreshold} %)`,
            });
            findings.push(...cmp.findings);
            tables.push(cmp.table);
            details.push(`=== ${cmp.table.title} ===`, ...cmp.table.rows.map((r) => `  ${r.join(' | ')}`), '');
            for (const [name, side] of [
                ['base', sides.base],
                ['head', sides.head],
            ]) {
                for (const r of side) {
                    const trials = (0,_combine_js__WEBPACK_IMPORTED_MODULE_8__/* .trialsOf */ .xY)(r);
                    const k = `ab.${(0,_render_js__WEBPACK_IMPORTED_MODULE_10__/* .slug */ .yR)(r.name)}.${name}`;
                    metrics[`${k}.rps`] = (0,_combine_js__WEBPACK_IMPORTED_MODULE_8__/* .median */ .JZ)(trials.map((t) => t.rps));
                    metrics[`${k}.p50_ms`] = (0,_combine_js__WEBPACK_IMPORTED_MODULE_8__/* .median */ .JZ)(trials.map((t) => t.p50));
                    metrics[`${k}.p99_ms`] = (0,_combine_js__WEBPACK_IMPORTED_MODULE_8__/* .median */ .JZ)(trials.map((t) => t.p99));
                }
            }
        }
        const report = (0,_runner_js__WEBPACK_IMPORTED_MODULE_11__.buildReport)({ results: sides.head, findings }, { tables, details, summary: ` (head) against the base build ${base.label}` });
        report.metrics = { ...report.metrics, ...metrics };
        return report;
    }
    finally {
        await base.cleanup();
    }
}
/** Starts both apps, runs every scenario's trials base, head, base, head…, stops both. */
async function runInterleaved(settings, apps, baseLabel, deps) {
    const findings = [];
    const started = {};
    const runs = {
        base: settings.scenarios.map(() => []),
        head: settings.scenarios.map(() => []),
    };
    const describeSide = (side) => (side === 'base' ? `base build (${baseLabel})` : 'head build');
    try {
        for (const side of ['base', 'head']) {
            const port = await (0,_target_js__WEBPACK_IMPORTED_MODULE_12__/* .pickFreePort */ .lC)();
            deps.log.info(`A/B: starting the ${describeSide(side)} in ${apps[side].cwd}`);
            const s = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_11__.startApp)(apps[side], port, deps);
            started[side] = { app: s.app, port };
            if (s.failure) {
                findings.push({
                    ...s.failure,
                    message: `The ${describeSide(side)}: ${s.failure.message}`,
                    fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__/* .fingerprint */ .Rj)(s.failure.rule, side, apps[side].command),
                    data: { ...s.failure.data, side },
                });
                return { base: [], head: [], findings };
            }
        }
        let crashed;
        trials: for (let trial = 1; trial <= settings.trials; trial++) {
            for (const [i, template] of settings.scenarios.entries()) {
                for (const side of ['base', 'head']) {
                    if (deps.signal.aborted)
                        break trials;
                    const { app, port } = started[side];
                    const s = { ...template, url: (0,_runner_js__WEBPACK_IMPORTED_MODULE_11__.withPort)(template.url, port) };
                    const label = ` [${side}] (trial ${trial}/${settings.trials})`;
                    runs[side][i].push(await (0,_runner_js__WEBPACK_IMPORTED_MODULE_11__.runOne)(s, settings, deps, app, label));
                    if (!app.running) {
                        const f = (0,_runner_js__WEBPACK_IMPORTED_MODULE_11__.appCrashed)(app, template);
                        findings.push({
                            ...f,
                            message: `The ${describeSide(side)}: ${f.message}`,
                            fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__/* .fingerprint */ .Rj)(f.rule, side, template.name),
                            data: { ...f.data, side },
                        });
                        crashed = side;
                        break trials;
                    }
                }
            }
        }
        const combine = (side) => settings.scenarios.flatMap((_, i) => (runs[side][i].length ? [(0,_combine_js__WEBPACK_IMPORTED_MODULE_8__/* .combineResults */ .yu)(runs[side][i], 'trials')] : []));
        const base = combine('base');
        const head = combine('head');
        // Thresholds gate the head: it is what the pull request would ship.
        if (!crashed) {
            for (const r of head) {
                const s = settings.scenarios.find((x) => x.name === r.name);
                if (s)
                    findings.push(...(0,_gate_js__WEBPACK_IMPORTED_MODULE_9__.evaluateScenario)(s, r));
            }
        }
        // A side cut short by a crash has fewer trials: comparing it would be comparing noise.
        return crashed ? { base: [], head, findings } : { base, head, findings };
    }
    finally {
        await Promise.all(Object.values(started).map((s) => s?.app.stop()));
    }
}
async function prepareBase(ab, app, deps) {
    const relativeApp = (root) => node_path__WEBPACK_IMPORTED_MODULE_3___default().relative((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(app.cwd));
    let prepared;
    if (ab.baseDir) {
        prepared = {
            cwd: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(ab.baseDir, relativeApp(ab.headRoot)),
            label: node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(ab.headRoot, ab.baseDir) || ab.baseDir,
            cleanup: async () => { },
        };
    }
    else {
        prepared = await addWorktree(ab.baseRef, ab, app, relativeApp, deps);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(prepared.cwd)) {
        await prepared.cleanup();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`the base (${prepared.label}) has no ${prepared.cwd}: the app's directory must exist in both builds.`, ab.location);
    }
    if (ab.buildCommand) {
        try {
            prepared.failure = await build(ab.buildCommand, prepared.cwd, prepared.label, deps);
        }
        catch (e) {
            await prepared.cleanup();
            throw e;
        }
    }
    return prepared;
}
/** `git worktree add --detach <tmp> <ref>`: the user's checkout is never touched. */
async function addWorktree(ref, ab, app, relativeApp, deps) {
    let toplevel;
    try {
        toplevel = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: app.cwd })).stdout.trim();
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`loadtest.ab.base-ref needs a git checkout, but ${app.cwd} is not in one (${gitError(e)}). Use base-dir for a base that is already checked out.`, ab.location);
    }
    const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'backend-gate-ab-'));
    const tree = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'base');
    const cleanup = async () => {
        try {
            await run('git', ['worktree', 'remove', '--force', tree], { cwd: toplevel });
        }
        catch {
            /* not added, or already gone: the prune below forgets it */
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
        await run('git', ['worktree', 'prune'], { cwd: toplevel }).catch(() => undefined);
    };
    try {
        deps.log.info(`A/B: checking out ${ref} into ${tree}`);
        await run('git', ['worktree', 'add', '--detach', tree, ref], { cwd: toplevel });
    }
    catch (e) {
        await cleanup();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`git could not check out the base ref '${ref}': ${gitError(e)}. Fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main).`, ab.location);
    }
    return { cwd: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tree, relativeApp(toplevel)), label: ref, cleanup };
}
function gitError(e) {
    const err = e;
    const text = (err.stderr || err.message || String(e)).trim().split('\n').pop() ?? '';
    return text.replace(/^fatal:\s*/, '');
}
/** Runs the build command in its own process group, bounded in time; a failure is a finding with its last lines. */
function build(command, cwd, label, deps) {
    deps.log.info(`A/B: building the base (${label}): ${command}`);
    return new Promise((resolve) => {
        const lines = [];
        const keep = (d) => {
            lines.push(...d.toString('utf8').split(/\r?\n/).filter(Boolean));
            lines.splice(0, Math.max(0, lines.length - BUILD_LOG_LINES));
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', command], {
            cwd,
            env: deps.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let why;
        const killGroup = (reason) => {
            why = reason;
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                /* already gone */
            }
        };
        const timer = setTimeout(() => killGroup(`took longer than ${BUILD_TIMEOUT_MS / 60000} minutes`), BUILD_TIMEOUT_MS);
        const onAbort = () => killGroup('was cancelled');
        deps.signal.addEventListener('abort', onAbort, { once: true });
        const finish = (code, error) => {
            clearTimeout(timer);
            deps.signal.removeEventListener('abort', onAbort);
            if (code === 0 && !error) {
                resolve(undefined);
                return;
            }
            const reason = why ?? (error ? `could not start: ${error.message}` : `exited with code ${code ?? 'none'}`);
            const tail = lines.length ? ` Last lines:\n${lines.map((l) => `  ${l}`).join('\n')}` : ' It printed nothing.';
            resolve({
                rule: 'ab-base-build-failed',
                severity: 'error',
                message: `The build of the base (${label}) ${reason}.${tail}`,
                fingerprint: (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__/* .fingerprint */ .Rj)('ab-base-build-failed', command),
                fix: {
                    description: `Run \`${command}\` in a checkout of ${label}; fix loadtest.ab.build-command if it does not build the base branch.`,
                },
                data: { command, reason, log: lines },
            });
        };
        child.once('error', (e) => finish(null, e));
        child.once('close', (code) => finish(code));
    });
}


/***/ })

};
