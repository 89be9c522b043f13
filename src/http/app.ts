/**
 * The Fastify application: plugins, routes and the error handler, with no `listen`.
 * Tests drive it with `app.inject()`; server.ts starts it for real.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { telegramWebhookRoutes, type TelegramWebhookOptions } from '../channels/telegram/webhook-routes.js';
import { webchatInboxRoutes, type WebchatInboxRouteOptions } from '../channels/webchat/inbox-routes.js';
import { webchatRoutes, type WebchatOptions } from '../channels/webchat/webchat-routes.js';
import { apiRoutes, type ApiOptions } from './api/api-plugin.js';
import { registerOpenApi } from './api/openapi.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import { installErrorHandler } from './errors.js';
import { healthRoutes } from './routes/health.js';
import { sanitizeRequestStrings } from './sanitize-body.js';
import { registerSecurity } from './security.js';

/** What the HTTP app needs from the rest of the system. */
export interface AppDeps {
  readonly logger: FastifyBaseLogger;
  readonly ping: () => Promise<boolean>;
  readonly webchat: WebchatOptions;
  /** Web chat messages waiting for users (the page polls). */
  readonly webchatInbox: WebchatInboxRouteOptions;
  /** The admin API under /api (with its OpenAPI document at /docs) and the dashboard page. */
  readonly api?: ApiOptions;
  /** Present in Telegram webhook mode. */
  readonly telegramWebhook?: TelegramWebhookOptions;
  /** Largest accepted request body in bytes. */
  readonly bodyLimit?: number;
  /** Requests per minute per caller on /api, /webchat, /docs, /dashboard (default 600). */
  readonly rateLimitPerMinute?: number;
}

/** Builds the app; call `ready()` or `listen()` on it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: deps.bodyLimit ?? 64 * 1024,
    trustProxy: true,
  });
  installErrorHandler(app);
  // Strings PostgreSQL cannot store (NUL, lone surrogates) are mended before validation.
  app.addHook('preValidation', sanitizeRequestStrings);
  await registerSecurity(app, { rateLimitPerMinute: deps.rateLimitPerMinute ?? 600 });
  await app.register(healthRoutes, { ping: deps.ping });
  if (deps.api) {
    // Swagger collects routes as they are added: before the API.
    await registerOpenApi(app);
    await app.register(apiRoutes, { prefix: '/api', ...deps.api });
    await app.register(dashboardRoutes);
  }
  await app.register(webchatRoutes, deps.webchat);
  await app.register(webchatInboxRoutes, deps.webchatInbox);
  if (deps.telegramWebhook) await app.register(telegramWebhookRoutes, deps.telegramWebhook);
  return app;
}
