/**
 * Abuse limits and security headers of the HTTP server:
 * - security headers (helmet) on every answer, with a strict Content-Security-Policy
 *   (pages that need more, like the web chat page, set their own). `upgrade-insecure-requests`
 *   is added only to answers served over https: on plain http (a LAN host name) it would
 *   send the browser to an https address that does not exist;
 * - a request rate limit (@fastify/rate-limit) per caller on every route but the Telegram
 *   and WhatsApp Cloud API webhooks (signed; Meta posts every status from a few addresses) and /health, decided on the route the router matched (so an encoded path such as
 *   `/%61pi/…` is limited like `/api/…`). The caller is the owner of a bearer token that
 *   verifies (officers of one office share an address); every other request — none, or a
 *   token that does not verify — counts against its client address. Telegram delivers every
 *   user's updates from a few addresses, and the per-identity flood limit covers chat floods;
 * - stricter per-address limits for single routes ({@link strictLimit}): the sign-in code
 *   exchange and the issuing of web chat sessions, on top of the general limit.
 * The client address is the socket's unless TRUST_PROXY names the proxies in front.
 * Body size limits are set on the Fastify instance (app.ts).
 */
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Who a request's bearer token belongs to ("admin", "person:<id>"), or null when it does not verify. */
export type CallerIdentifier = (request: FastifyRequest) => Promise<string | null>;

/** Options of {@link registerSecurity}. */
export interface SecurityOptions {
  /** Requests per minute per caller on the limited routes. */
  readonly rateLimitPerMinute: number;
  /** Resolves a verified bearer token to its owner; absent: every caller is keyed by address. */
  readonly identifyCaller?: CallerIdentifier | undefined;
  /**
   * Stricter per-address limits (requests a minute) for single routes, by route path as
   * registered (e.g. `/api/auth/exchange`), counted apart from and on top of the general limit.
   */
  readonly strictRoutes?: Readonly<Record<string, number>>;
}

/** Routes (as the router matched them) the general limit leaves alone. */
const EXEMPT_ROUTES = new Set(['/telegram/webhook', '/whatsapp/webhook', '/health']);

function exempt(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return route !== undefined && EXEMPT_ROUTES.has(route);
}

/** The answer to a caller over a limit: the shape of every error, `{error, message}`. */
function tooMany(max: number, ttlMs: number): { error: string; message: string } {
  return {
    error: 'too_many_requests',
    message: `Too many requests: at most ${max} per minute. Try again in ${Math.ceil(ttlMs / 1000)} seconds.`,
  };
}

/** Registers security headers and the rate limit on the root app (before the routes). */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  // helmet's middleware, built once: @fastify/helmet built it anew for every request (parsing
  // the policy each time), which showed in the message path's profile.
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        // Added per answer below, only over https.
        'upgrade-insecure-requests': null,
      },
    },
    // The bot is reached over plain HTTP on a LAN or behind a TLS proxy; HSTS belongs to that proxy.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    headers(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
  // Over https every policy (also the ones pages and /docs set themselves) gets
  // upgrade-insecure-requests; over plain http none does.
  // The policies are a handful of fixed strings: each is rewritten once per protocol.
  const rewritten = new Map<string, string>();
  app.addHook('onSend', async (request, reply) => {
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy !== 'string') return;
    const https = request.protocol === 'https';
    const key = `${https ? 's' : ''}:${policy}`;
    let value = rewritten.get(key);
    if (value === undefined) {
      const without = policy
        .split(';')
        .map((directive) => directive.trim())
        .filter((directive) => directive !== '' && directive !== 'upgrade-insecure-requests');
      if (https) without.push('upgrade-insecure-requests');
      value = without.join('; ');
      // Bounded: a page that built its policy per answer would not grow this without end.
      if (rewritten.size < 64) rewritten.set(key, value);
    }
    reply.header('content-security-policy', value);
  });

  const identify = options.identifyCaller;
  await app.register(rateLimit, {
    // Not per route: a scope's own onRequest hooks (the /api sign-in) would run first and
    // answer 401 to a bad token before the limit counted it. One hook at the root runs
    // before every other, also for requests no route matches.
    global: false,
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    allowList: (request) => exempt(request),
    keyGenerator: async (request) => {
      if (exempt(request)) return 'exempt';
      const owner = identify && request.headers.authorization ? await identify(request) : null;
      return owner === null ? `ip:${request.ip}` : `owner:${owner}`;
    },
    // Thrown: the status tells the error handler (errors.ts) the code; it answers {error, message}.
    errorResponseBuilder: (_request, context) => ({ statusCode: context.statusCode, ...tooMany(context.max, context.ttl) }),
  });
  app.addHook('onRequest', app.rateLimit());

  const strict = new Map(Object.entries(options.strictRoutes ?? {}).map(([route, max]) => [route, strictLimit(app, max)] as const));
  if (strict.size > 0) {
    app.addHook('onRequest', async (request, reply) => {
      const route = request.routeOptions.url;
      const limit = route === undefined ? undefined : strict.get(route);
      if (limit) return limit(request, reply);
    });
  }
}

/**
 * An onRequest hook that limits one route to `max` requests a minute per client address,
 * in addition to the general limit (a separate count). Call after {@link registerSecurity}.
 */
export function strictLimit(app: FastifyInstance, max: number): (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> {
  const check = app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `ip:${request.ip}` });
  return async (request, reply) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    const seconds = Math.ceil(result.ttl / 1000);
    return reply.status(429).header('retry-after', String(seconds)).send(tooMany(max, result.ttl));
  };
}
