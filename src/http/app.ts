/**
 * The Fastify application: plugins, routes and the error handler, with no `listen`.
 * Tests drive it with `app.inject()`; server.ts starts it for real.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { webchatRoutes, type WebchatOptions } from '../channels/webchat/webchat-routes.js';
import { installErrorHandler } from './errors.js';
import { healthRoutes } from './routes/health.js';

/** What the HTTP app needs from the rest of the system. */
export interface AppDeps {
  readonly logger: Logger;
  readonly ping: () => Promise<boolean>;
  readonly webchat: WebchatOptions;
  /** Largest accepted request body in bytes. */
  readonly bodyLimit?: number;
}

/** Builds the app; call `ready()` or `listen()` on it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: deps.bodyLimit ?? 64 * 1024,
    // Request logs carry no addresses or bodies: nothing personal reaches the logs.
    disableRequestLogging: false,
    trustProxy: true,
  });
  installErrorHandler(app);
  await app.register(healthRoutes, { ping: deps.ping });
  await app.register(webchatRoutes, deps.webchat);
  return app;
}
