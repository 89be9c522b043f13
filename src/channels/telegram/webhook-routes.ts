/**
 * `POST /telegram/webhook`: where Telegram delivers updates in webhook mode. A request
 * counts only with the secret given to setWebhook in X-Telegram-Bot-Api-Secret-Token,
 * compared in constant time before the body is even parsed; anything else gets 401 and is
 * not processed. The answer comes once the runner has committed the message (replies are
 * sent in the background), so Telegram is answered quickly and retries only what failed.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Update } from 'grammy/types';
import { secretMatcher, WebhookRequestError } from '../webhook-request.js';

/** The path Telegram posts to, below PUBLIC_URL. */
export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** What the webhook route needs; `TelegramChannel.webhook` provides it. */
export interface TelegramWebhookOptions {
  readonly secretToken: string;
  /** Processes an update; false when the channel is not running (answered 503, Telegram retries). */
  readonly receive: (update: Update) => Promise<boolean>;
}

/** Registers the Telegram webhook route. */
export const telegramWebhookRoutes: FastifyPluginAsync<TelegramWebhookOptions> = async (app, options) => {
  if (options.secretToken.length === 0) throw new Error('telegram webhook: a secret token is required');
  const isSecret = secretMatcher(options.secretToken);

  app.post(
    TELEGRAM_WEBHOOK_PATH,
    {
      onRequest: async (request) => {
        if (!isSecret(request.headers[SECRET_HEADER])) {
          throw new WebhookRequestError(401, 'missing or wrong X-Telegram-Bot-Api-Secret-Token');
        }
      },
    },
    async (request, reply) => {
      if (!isUpdate(request.body)) throw new WebhookRequestError(400, 'expected a Telegram update with a numeric update_id');
      const accepted = await options.receive(request.body);
      if (!accepted) {
        return reply.status(503).send({ error: 'unavailable', message: 'Telegram channel is not running; retry later.' });
      }
      return reply.status(200).send();
    },
  );
};

function isUpdate(body: unknown): body is Update {
  return typeof body === 'object' && body !== null && 'update_id' in body && Number.isSafeInteger(body.update_id);
}
