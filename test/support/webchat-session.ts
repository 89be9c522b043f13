/**
 * Web chat identities for tests. The server issues them (POST /webchat/sessions); tests
 * name their users with readable labels ("sri", "flooder-1") and this maps each label to a
 * session obtained on first use, so every request to /webchat/* carries an issued userId.
 */
import { hashWebchatUserId } from '../../src/channels/webchat/sessions.js';

/** Anything that can answer `inject` like a Fastify app. */
export interface Injectable {
  inject(options: { method: 'POST'; url: string; remoteAddress?: string }): PromiseLike<{ statusCode: number; body: string; json(): unknown }>;
}

/** Asks the app for a new web chat session; returns its userId (fails on anything but 201). */
export async function newWebchatSession(app: Injectable, remoteAddress?: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/webchat/sessions', ...(remoteAddress ? { remoteAddress } : {}) });
  if (response.statusCode !== 201) throw new Error(`POST /webchat/sessions answered ${response.statusCode}: ${response.body}`);
  return (response.json() as { userId: string }).userId;
}

/** Test users by label, each with its own issued session. */
export class WebchatUsers {
  readonly #app: Injectable;
  readonly #ids = new Map<string, Promise<string>>();

  constructor(app: Injectable) {
    this.#app = app;
  }

  /** The issued userId of a label (a session is obtained on first use). */
  userId(label: string): Promise<string> {
    let id = this.#ids.get(label);
    if (id === undefined) {
      id = newWebchatSession(this.#app);
      this.#ids.set(label, id);
    }
    return id;
  }

  /** The label's web chat externalId as stored in the database (the hash of its userId). */
  async externalId(label: string): Promise<string> {
    return hashWebchatUserId(await this.userId(label));
  }

  /**
   * Gives a label a userId issued earlier (e.g. by the bot before a restart), as a browser
   * that keeps its session in localStorage sends it again after the server restarted.
   */
  remember(label: string, userId: string): void {
    this.#ids.set(label, Promise.resolve(userId));
  }

  /** Takes over every label's session from `other` (the users of the bot before a restart). */
  rememberAll(other: WebchatUsers): void {
    for (const [label, id] of other.#ids) this.#ids.set(label, id);
  }

  /** Forgets a label, so its next use gets a new session (like the page's "Mulai ulang"). */
  forget(label: string): void {
    this.#ids.delete(label);
  }
}
