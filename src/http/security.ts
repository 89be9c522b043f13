/**
 * Abuse limits and security headers of the HTTP server:
 * - security headers (@fastify/helmet) on every answer, with a strict Content-Security-Policy
 *   (pages that need more, like the web chat page, set their own);
 * - a request rate limit (@fastify/rate-limit) per caller on /api, /webchat and /docs: by
 *   bearer token when there is one (officers of one office share an address), else by
 *   address. The Telegram webhook and /health are exempt: Telegram delivers every user's
 *   updates from a few addresses, and the per-identity flood limit covers chat floods.
 * Body size limits are set on the Fastify instance (app.ts).
 */
import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Options of {@link registerSecurity}. */
export interface SecurityOptions {
  /** Requests per minute per caller on the limited routes. */
  readonly rateLimitPerMinute: number;
}

const LIMITED_PREFIXES = ['/api', '/webchat', '/docs', '/dashboard', '/chat'];

function limited(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return LIMITED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The rate-limit key: a digest of the bearer token when present (never the token), else the address. */
function callerKey(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.length > 0) {
    return `token:${createHash('sha256').update(header).digest('base64url').slice(0, 22)}`;
  }
  return `ip:${request.ip}`;
}

/** Registers security headers and the rate limit on the root app (before the routes). */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(helmet, {
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
      },
    },
    // The bot is reached over plain HTTP on a LAN or behind a TLS proxy; HSTS belongs to that proxy.
    strictTransportSecurity: false,
  });
  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    allowList: (request) => !limited(request),
    keyGenerator: callerKey,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'too_many_requests',
      message: `Too many requests: at most ${context.max} per minute. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
    }),
  });
}
