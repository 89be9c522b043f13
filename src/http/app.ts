/**
 * The Fastify application: plugins, routes and the error handler, with no `listen`.
 * Tests drive it with `app.inject()`; server.ts starts it for real.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { telegramWebhookRoutes, type TelegramWebhookOptions } from '../channels/telegram/webhook-routes.js';
import type { CloudWebhookOptions } from '../channels/whatsapp-cloud/webhook-routes.js';
import { webchatInboxRoutes, type WebchatInboxRouteOptions } from '../channels/webchat/inbox-routes.js';
import { webchatRoutes, type WebchatOptions } from '../channels/webchat/webchat-routes.js';
import { DEFAULT_WEBCHAT_SESSIONS_PER_MINUTE } from '../config/config.js';
import { apiRoutes, type ApiOptions } from './api/api-plugin.js';
import { registerOpenApi } from './api/openapi.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import { acceptEmptyJsonBody } from './empty-json-body.js';
import { installErrorHandler } from './errors.js';
import { bearerOwner } from './auth/bearer-auth.js';
import { principalForToken } from '../storage/tokens/api-tokens.js';
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
  /** Present in WhatsApp cloud mode: GET/POST /whatsapp/webhook. */
  readonly whatsappCloudWebhook?: CloudWebhookOptions;
  /** Largest accepted request body in bytes. */
  readonly bodyLimit?: number;
  /** Requests per minute per caller on every route but the Telegram webhook and /health (default 600). */
  readonly rateLimitPerMinute?: number;
  /** POST /api/auth/exchange attempts per minute per client address (default 10). */
  readonly authExchangePerMinute?: number;
  /** New web chat sessions per minute per client address (default 30). */
  readonly webchatSessionsPerMinute?: number;
  /**
   * Which proxies' X-Forwarded-For to believe (Fastify's trustProxy): false (default: the
   * socket's address is the client), a hop count, or proxy addresses/CIDR ranges.
   */
  readonly trustProxy?: boolean | number | readonly string[];
}

/** Builds the app; call `ready()` or `listen()` on it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const trustProxy = fastifyTrustProxy(deps.trustProxy);
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: deps.bodyLimit ?? 64 * 1024,
    // Never `true`: that believes any X-Forwarded-For, so a client picks its own address.
    trustProxy,
  });
  installErrorHandler(app);
  acceptEmptyJsonBody(app);
  // Strings PostgreSQL cannot store (NUL, lone surrogates) are mended before validation.
  app.addHook('preValidation', sanitizeRequestStrings);
  const bearer = deps.api && {
    adminToken: deps.api.adminToken,
    verifyToken: (token: string) => principalForToken(deps.api!.prisma, token, deps.api!.clock()),
  };
  await registerSecurity(app, {
    rateLimitPerMinute: deps.rateLimitPerMinute ?? 600,
    // A token that verifies is counted per owner; anything else per client address.
    identifyCaller: bearer ? (request) => bearerOwner(request, bearer) : undefined,
    strictRoutes: {
      '/api/auth/exchange': deps.authExchangePerMinute ?? 10,
      '/webchat/sessions': deps.webchatSessionsPerMinute ?? DEFAULT_WEBCHAT_SESSIONS_PER_MINUTE,
    },
  });
  await app.register(healthRoutes, { ping: deps.ping });
  if (deps.api) {
    // Swagger collects routes as they are added: before the API.
    await registerOpenApi(app);
    await app.register(apiRoutes, { prefix: '/api', ...deps.api });
    await app.register(dashboardRoutes, { words: deps.api.words });
  }
  await app.register(webchatRoutes, deps.webchat);
  await app.register(webchatInboxRoutes, deps.webchatInbox);
  if (deps.telegramWebhook) await app.register(telegramWebhookRoutes, deps.telegramWebhook);
  if (deps.whatsappCloudWebhook) {
    // Loaded only in cloud mode, like the channel itself. Its own plugin scope: the raw-body
    // JSON parser it installs stays inside.
    const { whatsappCloudWebhookRoutes } = await import('../channels/whatsapp-cloud/webhook-routes.js');
    await app.register(whatsappCloudWebhookRoutes, deps.whatsappCloudWebhook);
  }
  return app;
}

/**
 * TRUST_PROXY in the form Fastify takes: a hop count becomes "trust the first n hops" (what
 * Fastify does for a number, which its types do not admit), a list stays a list.
 */
function fastifyTrustProxy(setting: AppDeps['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  if (setting === undefined || typeof setting === 'boolean') return setting ?? false;
  return [...setting];
}
