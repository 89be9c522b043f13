/**
 * `/whatsapp/webhook`: where Meta delivers the Cloud API's webhooks.
 * - GET: the subscription check (hub.mode=subscribe, hub.verify_token, hub.challenge): the
 *   challenge is echoed when the token matches (compared in constant time), else 403.
 * - POST: counts only with `X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body with the
 *   app secret>`, compared in constant time; anything else gets 401 and is not processed.
 *   The raw bytes are needed for that, so this plugin reads JSON bodies as a buffer (the
 *   parser is scoped to this plugin; other routes keep Fastify's JSON parser).
 * The answer comes once the messages are committed by the runner, or after a few seconds
 * at most, so Meta is answered fast (it retries what is not answered with 200).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { field } from '../../core/unknown.js';
import { secretMatcher, WebhookRequestError } from '../webhook-request.js';
import { webhookBody, type WebhookBody } from './webhook-payload.js';

/** The path Meta posts to, below PUBLIC_URL. */
export const WHATSAPP_WEBHOOK_PATH = '/whatsapp/webhook';

const SIGNATURE_HEADER = 'x-hub-signature-256';

/** What the routes need; `WhatsAppCloudChannel.webhook` provides it. */
export interface CloudWebhookOptions {
  readonly appSecret: string;
  readonly verifyToken: string;
  /** Processes a verified body; false when the channel is not running (answered 503, Meta retries). */
  readonly receive: (body: WebhookBody) => Promise<boolean>;
}

/** The HMAC Meta puts in X-Hub-Signature-256 ("sha256=…") for `body`. */
export function signWebhookBody(body: string | Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** True when `header` is the body's signature; constant time whatever was sent. */
export function verifySignature(header: unknown, body: Buffer, appSecret: string): boolean {
  if (typeof header !== 'string') return false;
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1]!, 'hex');
  const expected = createHmac('sha256', appSecret).update(body).digest();
  return timingSafeEqual(given, expected);
}

/** Registers the webhook routes (register the plugin: its body parser stays inside). */
export const whatsappCloudWebhookRoutes: FastifyPluginAsync<CloudWebhookOptions> = async (app, options) => {
  if (options.appSecret.length === 0 || options.verifyToken.length === 0) throw new Error('whatsapp webhook: an app secret and a verify token are required');
  const isVerifyToken = secretMatcher(options.verifyToken);

  // The signature covers the exact bytes: keep them (for this plugin's routes only).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (_request, body, done) => done(null, body));

  app.get(WHATSAPP_WEBHOOK_PATH, async (request, reply) => {
    const token = field(request.query, 'hub.verify_token');
    const challenge = field(request.query, 'hub.challenge');
    const ok = field(request.query, 'hub.mode') === 'subscribe' && isVerifyToken(token);
    if (!ok || typeof challenge !== 'string' || challenge.length > 256) {
      return reply.status(403).send({ error: 'forbidden', message: 'wrong hub.mode or hub.verify_token' });
    }
    return reply.status(200).type('text/plain').send(challenge);
  });

  app.post(WHATSAPP_WEBHOOK_PATH, { bodyLimit: 1024 * 1024 }, async (request, reply) => {
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    if (!verifySignature(request.headers[SIGNATURE_HEADER], raw, options.appSecret)) {
      throw new WebhookRequestError(401, 'missing or wrong X-Hub-Signature-256');
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new WebhookRequestError(400, 'expected a JSON body');
    }
    const parsed = webhookBody.safeParse(json);
    if (!parsed.success) throw new WebhookRequestError(400, 'expected a WhatsApp webhook with object and entry[].changes[].value');
    const accepted = await options.receive(parsed.data);
    if (!accepted) return reply.status(503).send({ error: 'unavailable', message: 'WhatsApp channel is not running; retry later.' });
    return reply.status(200).send();
  });
};
