/**
 * The admin REST API, registered by the app at prefix /api. One route needs no sign-in:
 * POST /api/auth/exchange (a one-time code from the bot for a token), in its own scope.
 * Every other route sits in the signed-in scope: bearer sign-in first (the
 * ADMIN_TOKEN or a personal token), zod validation of every query, path and body (a bad
 * one is a 400 naming the field; a route without query parameters refuses any), then one route module per resource, and the CSV/XLSX
 * exports (src/http/api/export). Officers see only
 * their areas; phones are masked for everyone but the admin; every write is audited.
 */
import type { FastifyPluginAsync } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { createExportSource } from '../../storage/export/export-source.js';
import { principalForToken } from '../../storage/tokens/api-tokens.js';
import { installBearerAuth } from '../auth/bearer-auth.js';
import { createApiContext, type ApiContext, type ApiOptions } from './context.js';
import { exportRoutes } from './export/export-routes.js';
import { exportLabels } from './export/labels.js';
import { activityRoutes } from './routes/activity-routes.js';
import { alertRoutes } from './routes/alert-routes.js';
import { areaRoutes } from './routes/area-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { groupRoutes } from './routes/group-routes.js';
import { meRoutes } from './routes/me-routes.js';
import { officerRoutes } from './routes/officer-routes.js';
import { peopleRoutes } from './routes/people-routes.js';
import { relationRoutes } from './routes/relation-routes.js';
import { statsRoutes } from './routes/stats-routes.js';
import { tokenRoutes } from './routes/token-routes.js';
import { refuseUnknownQuery, validatorCompiler } from './validator.js';

export type { ApiOptions } from './context.js';

/** The /api scope. Register with `app.register(apiRoutes, { prefix: '/api', ...options })` after `registerOpenApi(app)`. */
export const apiRoutes: FastifyPluginAsync<ApiOptions> = async (scope, options) => {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  // Before any route: each one without a query schema gets the empty one.
  scope.addHook('onRoute', refuseUnknownQuery);
  const ctx = createApiContext(options);
  // Sibling scopes: the bearer hook added in the second one does not reach the first.
  await scope.register(authRoutes, ctx);
  await scope.register(signedInRoutes, ctx);
};

/** Every route that needs `Authorization: Bearer …`; `request.principal` is set before each handler. */
const signedInRoutes: FastifyPluginAsync<ApiContext> = async (scope, ctx) => {
  installBearerAuth(scope, {
    adminToken: ctx.adminToken,
    verifyToken: (token) => principalForToken(ctx.prisma, token, ctx.clock()),
  });
  for (const routes of [meRoutes, groupRoutes, activityRoutes, relationRoutes, areaRoutes, statsRoutes, officerRoutes, tokenRoutes, alertRoutes, peopleRoutes, auditRoutes]) {
    await scope.register(routes, ctx);
  }
  // CSV/XLSX exports (their own module) rely on the same sign-in: request.principal is set above.
  await scope.register(exportRoutes, {
    source: createExportSource(ctx.prisma),
    clock: ctx.clock,
    thresholds: ctx.thresholds,
    labels: exportLabels(ctx.words),
    db: ctx.prisma,
  });
};
