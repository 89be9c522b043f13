/**
 * The OpenAPI 3 document of the admin API (from the routes' zod schemas) and its browsable
 * UI at /docs (JSON at /docs/json). Swagger collects routes as they are added, so this
 * must be registered on the root app before the API routes.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** Where the UI lives; the document is at `${DOCS_PREFIX}/json`. */
export const DOCS_PREFIX = '/docs';

/** Registers the OpenAPI document and the UI; call before registering `apiRoutes`. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
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
    // Only the zod-typed /api routes are documented; other routes (web chat, webhook) are not an API for admins.
    transform: (document) =>
      document.url.startsWith('/api/') ? jsonSchemaTransform(document) : { schema: { ...document.schema, hide: true }, url: document.url },
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
}
