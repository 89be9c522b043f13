/**
 * Web chat identity, issued by the server. `POST /webchat/sessions` hands out a random
 * userId (192 bits); only its SHA-256 is stored, and that hash is the web chat identity's
 * externalId everywhere else (conversations, inbox, consent records), so the database never
 * holds the credential itself. Every web chat route resolves the userId it is given with
 * {@link resolveWebchatSession} (or {@link requireWebchatSession}, which answers 401).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { WebchatSessionStore } from '../../core/channel-stores.js';

export type { WebchatSessionStore } from '../../core/channel-stores.js';

/** An issued web chat session, as the routes use it. */
export interface WebchatSession {
  /** The web chat identity's externalId (the hash of the userId). */
  readonly externalId: string;
}

/** Random bytes in an issued userId: 192 bits, well above the 128 asked for. */
const USER_ID_BYTES = 24;

/** The stored form of a userId: SHA-256, hex. */
export function hashWebchatUserId(userId: string): string {
  return createHash('sha256').update(userId, 'utf8').digest('hex');
}

/** Issues a new session and returns its userId (shown once, to the page that asked). */
export async function issueWebchatSession(store: WebchatSessionStore, now: Date): Promise<string> {
  const userId = `wc_${randomBytes(USER_ID_BYTES).toString('base64url')}`;
  await store.create(hashWebchatUserId(userId), now);
  return userId;
}

/**
 * The session a userId stands for, or null when the server never issued it (or it expired).
 * Use it for every route that takes a web chat userId.
 */
export async function resolveWebchatSession(store: WebchatSessionStore, userId: string, now: Date): Promise<WebchatSession | null> {
  const idHash = hashWebchatUserId(userId);
  return (await store.touch(idHash, now)) ? { externalId: idHash } : null;
}

/** A userId the server did not issue: answered 401 by the app's error handler. */
export class UnknownWebchatSessionError extends Error {
  readonly statusCode = 401;
  constructor() {
    super(
      'This web chat userId was not issued by this server, or has expired. ' +
        'Get one with POST /webchat/sessions (answer: {"userId": "…"}) and send that.',
    );
    this.name = 'UnknownWebchatSessionError';
  }
}

/** Like {@link resolveWebchatSession}, but throws {@link UnknownWebchatSessionError} (401) for an unknown userId. */
export async function requireWebchatSession(store: WebchatSessionStore, userId: string, now: Date): Promise<WebchatSession> {
  const session = await resolveWebchatSession(store, userId, now);
  if (session === null) throw new UnknownWebchatSessionError();
  return session;
}
