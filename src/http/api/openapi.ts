/**
 * The OpenAPI 3 document of the admin API (from the routes' zod schemas) and its browsable
 * UI at /docs (JSON at /docs/json).
 *
 * @fastify/swagger and @fastify/swagger-ui (with their YAML writer and static file server)
 * are loaded on the first request to /docs, not at start: few instances ever serve it. The
 * API's routes are recorded as they are added (what @fastify/swagger itself does, so this
 * must be registered on the root app before the API routes); the first /docs request builds
 * a small Fastify app holding the two plugins and the recorded routes (schemas only, no
 * handlers) and every /docs request is answered by it through `inject`. Its answers pass
 * through this app's hooks (security headers, rate limit) as the plugins' own routes did;
 * its 404s and errors are this app's.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** Where the UI lives; the document is at `${DOCS_PREFIX}/json`. */
export const DOCS_PREFIX = '/docs';

/** The routes the UI plugin serves (its static files under one wildcard). */
const DOCS_ROUTES = ['', '/', '/json', '/yaml', '/static/*'].map((path) => `${DOCS_PREFIX}${path}`);

/** Answer headers that belong to one connection, not to the answer. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

/** Records the API's routes and registers /docs; call before registering `apiRoutes`. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  // Only the zod-typed /api routes are documented (the transform below hides the others).
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.method !== 'HEAD') routes.push(route);
  });
  let docs: Promise<DocsApp> | undefined;
  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    docs ??= docsApp(routes).catch((error: unknown) => {
      docs = undefined; // the next request tries again
      throw error;
    });
    const { app: inner, outcome } = await docs;
    // GET for HEAD too: this app answers HEAD with GET's headers and no body, as before.
    const answer = await inner.inject({ method: 'GET', url: request.url, headers: request.headers });
    const failed = outcome.get(answer.raw.req);
    // Within the UI's scope even a missing file or an error gets the UI's CSP.
    const policy = answer.headers['content-security-policy'];
    if (policy !== undefined) reply.header('content-security-policy', policy);
    if (failed === NOT_FOUND) return reply.callNotFound();
    if (failed !== undefined) throw failed;
    reply.code(answer.statusCode);
    for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !HOP_HEADERS.has(name)) reply.header(name, value);
    // An empty answer (a redirect) is sent without a body, so no content type is made up for it.
    return answer.rawPayload.length === 0 ? reply.send() : reply.send(answer.rawPayload);
  };
  for (const url of DOCS_ROUTES) app.get(url, { schema: { hide: true } }, serve);
  app.addHook('onClose', async () => {
    const built = await docs?.catch(() => undefined);
    await built?.app.close();
  });
}

const NOT_FOUND = Symbol('not found');

/** The inner app, and what became of its requests that this app must answer itself. */
interface DocsApp {
  readonly app: FastifyInstance;
  /** By raw request: no route (NOT_FOUND) or the error thrown. */
  readonly outcome: WeakMap<object, unknown>;
}

async function docsApp(routes: readonly RouteOptions[]): Promise<DocsApp> {
  const [{ default: fastifySwagger }, { default: fastifySwaggerUi }] = await Promise.all([import('@fastify/swagger'), import('@fastify/swagger-ui')]);
  const app = Fastify({ logger: false });
  const outcome = new WeakMap<object, unknown>();
  app.setNotFoundHandler((request, reply) => {
    outcome.set(request.raw, NOT_FOUND);
    return reply.code(404).send();
  });
  app.setErrorHandler((error, request, reply) => {
    outcome.set(request.raw, error);
    return reply.code(500).send();
  });
  // The recorded routes are there for their schemas only: nothing is validated or serialised here.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'wksbm-bot admin API',
        description:
          'Groups, activities, relations, WKSBM area status, officers, alerts and people. ' +
          'Sign in with `Authorization: Bearer <token>`: the ADMIN_TOKEN, or a personal token of an officer ' +
          '(limited to their areas) or of an admin person. Errors are `{error, message}`.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN or a personal token (wksbm_…)' },
        },
      },
      security: [{ bearerAuth: [] }],
    },
    // Only the zod-typed /api routes are documented; other routes (the UI's own) are not an API for admins.
    transform: (document) =>
      document.url.startsWith('/api/') ? jsonSchemaTransform(document) : { schema: { ...document.schema, hide: true }, url: document.url },
    transformObject: (documentObject) => ('openapiObject' in documentObject ? optionalNullableBodies(documentObject.openapiObject) : documentObject.swaggerObject),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    // The UI's own CSP, instead of the app's strict default (the UI needs its inline script).
    staticCSP: true,
    // Its default asks browsers to upgrade to https, which breaks /docs on a plain-http LAN
    // host; the app's own hook adds the directive to answers served over https (security.ts).
    transformStaticCSP: (header: string) =>
      header
        .split(';')
        .map((directive) => directive.trim())
        .filter((directive) => directive !== '' && directive !== 'upgrade-insecure-requests')
        .join('; '),
    uiConfig: { persistAuthorization: false },
  });
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      ...(route.schema ? { schema: { ...route.schema } } : {}),
      ...(route.config ? { config: route.config } : {}),
      exposeHeadRoute: false,
      handler: async (_request, reply) => reply.code(404).send(),
    });
  }
  await app.ready();
  return { app, outcome };
}

/** What transformObject is given and returns: the OpenAPI document (only `paths` is read here). */
interface OpenApiDocument {
  readonly paths?: Record<string, Record<string, { requestBody?: { required?: boolean; content?: Record<string, { schema?: { nullable?: boolean } }> } }>>;
}

/**
 * A body the route takes or not (`tokenBody`: `{ttlDays?, label?}` or none) is documented as
 * optional: @fastify/swagger marks every request body required, so /docs asked for one that
 * `POST /api/officers/{id}/tokens` does without.
 */
function optionalNullableBodies<T extends object>(document: T): T {
  for (const operations of Object.values((document as OpenApiDocument).paths ?? {})) {
    for (const operation of Object.values(operations)) {
      const body = operation.requestBody;
      if (body?.content && Object.values(body.content).every((media) => media.schema?.nullable === true)) body.required = false;
    }
  }
  return document;
}
