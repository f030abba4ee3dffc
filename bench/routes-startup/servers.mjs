/**
 * The three servers the startup benchmark times, each started as its own process:
 *   node bench/routes-startup/servers.mjs ours DIST_DIR
 *   node bench/routes-startup/servers.mjs express-openapi-validator SPEC PEERS_NODE_MODULES
 *   node bench/routes-startup/servers.mjs fastify-openapi-glue SPEC PEERS_NODE_MODULES
 * Plain JavaScript (no tsx) so that no transpiler sits in the start time. Each serves
 * GET /repos/{owner}/{repo}/issues with a handler answering 200 [] and prints `listening PORT`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [kind, target, peers] = process.argv.slice(2);
const listIssues = () => [];

async function ours(dist) {
  const { default: express } = await import('express');
  const { createRouter } = await import(pathToFileURL(path.join(dist, 'generated/routes.js')).href);
  const { handlers } = await import(pathToFileURL(path.join(dist, 'generated/handlers.js')).href);
  const app = express();
  app.use(createRouter({ ...handlers, issuesListForRepo: async () => ({ status: 200, body: listIssues() }) }));
  return listen(app);
}

async function expressOpenapiValidator(spec, modules) {
  const { default: express } = await import('express');
  const require = createRequire(path.join(modules, 'noop.js'));
  const OpenApiValidator = require('express-openapi-validator');
  const app = express();
  app.use(express.json());
  app.use(OpenApiValidator.middleware({ apiSpec: spec, validateRequests: true, validateResponses: false }));
  app.get('/repos/:owner/:repo/issues', (_req, res) => res.json(listIssues()));
  app.use((err, _req, res, _next) => res.status(err.status ?? 500).json({ message: err.message, errors: err.errors }));
  return listen(app);
}

async function fastifyOpenapiGlue(spec, modules) {
  const { default: Fastify } = await import('fastify');
  const require = createRequire(path.join(modules, 'noop.js'));
  const glue = require('fastify-openapi-glue');
  // GitHub's spec has `example` keywords that strict Ajv refuses.
  const app = Fastify({ ajv: { customOptions: { strict: false } } });
  app.register(glue.default ?? glue, {
    specification: spec,
    operationResolver: (operationId) =>
      operationId === 'issues/list-for-repo'
        ? async () => listIssues()
        : async (_req, reply) => reply.code(501).send({ message: 'not implemented' }),
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`listening ${new URL(address).port}`);
}

function listen(app) {
  const server = app.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
}

if (kind === 'ours') await ours(target);
else if (kind === 'express-openapi-validator') await expressOpenapiValidator(target, peers);
else if (kind === 'fastify-openapi-glue') await fastifyOpenapiGlue(target, peers);
else throw new Error(`unknown server kind '${kind}'`);
