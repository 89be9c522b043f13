/**
 * `POST /telegram/webhook`: where Telegram delivers updates in webhook mode. A request
 * counts only with the secret given to setWebhook in X-Telegram-Bot-Api-Secret-Token,
 * compared in constant time before the body is even parsed; anything else gets 401 and is
 * not processed. The answer comes once the runner has committed the message (replies are
 * sent in the background), so Telegram is answered quickly and retries only what failed.
 * The answer may carry one Bot API call for Telegram to make (its "webhook reply"): the
 * answer to a pressed button's callback query, one request fewer per press.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Update } from 'grammy/types';
import { secretMatcher, WebhookRequestError } from '../webhook-request.js';

/** The path Telegram posts to, below PUBLIC_URL. */
export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * A Bot API call made by Telegram with the answer to its POST, as the Bot API documents
 * ("making requests when getting updates"): its result is never known, so only a call whose
 * failure changes nothing goes this way.
 */
export interface WebhookReply {
  readonly method: 'answerCallbackQuery';
  readonly callback_query_id: string;
  readonly text?: string;
}

/** What became of a POSTed update. */
export type WebhookOutcome =
  /** The channel is not running: answered 503, Telegram delivers it again later. */
  | { readonly kind: 'unavailable' }
  /** Processed (or seen before): answered 200, with the call to make if there is one. */
  | { readonly kind: 'accepted'; readonly reply?: WebhookReply };

/** What the webhook route needs; `TelegramChannel.webhook` provides it. */
export interface TelegramWebhookOptions {
  readonly secretToken: string;
  /** Processes an update. */
  readonly receive: (update: Update) => Promise<WebhookOutcome>;
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
      const outcome = await options.receive(request.body);
      if (outcome.kind === 'unavailable') {
        return reply.status(503).send({ error: 'unavailable', message: 'Telegram channel is not running; retry later.' });
      }
      return outcome.reply ? reply.status(200).send(outcome.reply) : reply.status(200).send();
    },
  );
};

function isUpdate(body: unknown): body is Update {
  return typeof body === 'object' && body !== null && 'update_id' in body && Number.isSafeInteger(body.update_id);
}
