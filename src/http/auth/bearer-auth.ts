/**
 * Bearer sign-in for the admin API and the dashboard's calls: the ADMIN_TOKEN from config,
 * or a personal token of an officer or admin person. Registered inside the /api scope, it
 * sets `request.principal` before any handler runs; a missing or wrong token is a 401.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../../domain/access/principal.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; set by the bearer hook in the /api scope. */
    principal: Principal;
  }
}

/** What the bearer hook needs. */
export interface BearerAuthOptions {
  /** The admin token from config; unset disables admin sign-in by token. */
  readonly adminToken?: string | undefined;
  /** Resolves a personal token, or null. */
  readonly verifyToken: (token: string) => Promise<Principal | null>;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time comparison (on digests, so lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * What a request's bearer token proves, memoised per request: the rate limit (which keys a
 * verified caller by owner) and the /api sign-in hook ask the same question, and the token
 * is looked up once.
 */
const verified = new WeakMap<FastifyRequest, Promise<Principal | null>>();

/** The principal of the request's bearer token (ADMIN_TOKEN or a personal token), or null when there is none or it does not verify. */
export function verifyBearer(request: FastifyRequest, options: BearerAuthOptions): Promise<Principal | null> {
  let result = verified.get(request);
  if (result === undefined) {
    result = (async () => {
      const token = bearerToken(request);
      if (token === null) return null;
      if (options.adminToken !== undefined && options.adminToken !== '' && sameSecret(token, options.adminToken)) {
        return { kind: 'admin', personId: null } satisfies Principal;
      }
      return options.verifyToken(token);
    })();
    verified.set(request, result);
  }
  return result;
}

/** The owner of a verified bearer token, as a rate-limit key ("admin", "person:<id>"), or null. */
export async function bearerOwner(request: FastifyRequest, options: BearerAuthOptions): Promise<string | null> {
  const principal = await verifyBearer(request, options);
  if (principal === null) return null;
  return principal.personId === null ? 'admin' : `person:${principal.personId}`;
}

function unauthorized(reply: FastifyReply, message: string) {
  return reply
    .status(401)
    .header('www-authenticate', 'Bearer realm="wksbm-bot"')
    .send({ error: 'unauthorized', message });
}

/** Adds the bearer hook to a Fastify scope (call it inside the scope's plugin). */
export function installBearerAuth(scope: FastifyInstance, options: BearerAuthOptions): void {
  // Null until the hook below sets it; handlers only run after the hook succeeded. (The
  // overload taking null wants the dependency list, here none.)
  scope.decorateRequest('principal', null, []);
  scope.addHook('onRequest', async (request, reply) => {
    if (bearerToken(request) === null) return unauthorized(reply, 'Sign in with "Authorization: Bearer <token>".');
    const principal = await verifyBearer(request, options);
    if (principal === null) return unauthorized(reply, 'This token is not valid (unknown, revoked or expired).');
    request.principal = principal;
  });
}
