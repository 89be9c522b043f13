/**
 * The Telegram part of the environment, kept apart so that the one config schema can merge
 * it (`z.object({ ...base.shape, ...telegramConfigSchema.shape })`). Rules that involve
 * several variables (webhook mode needs PUBLIC_URL and a secret) are checked afterwards by
 * {@link telegramConfigProblems}, because zod reports per-field issues best.
 */
import { z } from 'zod';
import { parseDuration } from './duration.js';
import { oneOf, wholeNumber } from './env-values.js';

/** Ports Telegram delivers webhooks to (Bot API docs, setWebhook). */
const WEBHOOK_PORTS = new Set(['', '443', '80', '88', '8443']);

/** An optional variable; set-but-empty (`FOO=` in a compose file) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/** An absolute URL of some protocols, without a trailing slash (we append paths to it). */
const url = (protocols: readonly string[], example: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `expected a URL such as ${example}`)
    .transform((value) => value.replace(/\/+$/, ''));

/** The Telegram environment variables; merge its `.shape` into the app's schema. */
export const telegramConfigSchema = z.object({
  /** From @BotFather. When unset, Telegram is off. */
  TELEGRAM_BOT_TOKEN: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,20}:[A-Za-z0-9_-]{20,}$/, 'expected a token from @BotFather such as 123456789:AAE…'),
  ),
  TELEGRAM_MODE: oneOf(['polling', 'webhook']).default('polling'),
  /**
   * The public address of this app, as people and Telegram reach it: links in chats (the
   * dashboard sign-in link) are built from it, and webhook mode registers below it (https
   * there). Unset: http://HOST:PORT (see `publicUrl` in config.ts).
   */
  PUBLIC_URL: optional(url(['https:', 'http:'], 'https://bot.example.org')),
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; proves a webhook call is Telegram's. */
  TELEGRAM_WEBHOOK_SECRET: optional(
    z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'expected 1–256 characters of A-Z, a-z, 0-9, _ and -'),
  ),
  /** A self-hosted Bot API server (https://github.com/tdlib/telegram-bot-api); default api.telegram.org. */
  TELEGRAM_API_ROOT: optional(url(['https:', 'http:'], 'http://127.0.0.1:8081')),
  /** Retries of one Bot API call after a 429 or 5xx (network errors are not retried in place). */
  TELEGRAM_MAX_RETRIES: wholeNumber(0, 10).default(3),
  /** A 429 asking to wait longer than this is not waited for: the call fails as retryable. */
  TELEGRAM_MAX_RETRY_DELAY: z
    .string()
    .default('30s')
    .transform((value, ctx) => {
      const ms = parseDuration(value);
      if (ms === null || ms < 1_000 || ms > 3_600_000) {
        ctx.addIssue({ code: 'custom', message: 'expected a duration from 1s to 1h such as "30s"' });
        return z.NEVER;
      }
      return ms;
    }),
});

/** The parsed Telegram variables (TELEGRAM_MAX_RETRY_DELAY in milliseconds). */
export type TelegramEnv = z.infer<typeof telegramConfigSchema>;

/**
 * Rules across variables, as "VARIABLE: problem" lines (empty when all is well). Run it
 * after a successful parse and report its lines like any other configuration error.
 */
export function telegramConfigProblems(env: TelegramEnv): string[] {
  const problems: string[] = [];
  if (env.TELEGRAM_MODE !== 'webhook') return problems;
  if (env.TELEGRAM_BOT_TOKEN === undefined) {
    problems.push('TELEGRAM_BOT_TOKEN: required when TELEGRAM_MODE=webhook (or leave TELEGRAM_MODE unset)');
  }
  if (env.PUBLIC_URL === undefined) {
    problems.push('PUBLIC_URL: required when TELEGRAM_MODE=webhook (the https address Telegram posts updates to)');
  } else if (new URL(env.PUBLIC_URL).protocol !== 'https:') {
    problems.push('PUBLIC_URL: must be an https address when TELEGRAM_MODE=webhook (Telegram posts updates only over https)');
  } else if (!WEBHOOK_PORTS.has(new URL(env.PUBLIC_URL).port)) {
    problems.push('PUBLIC_URL: Telegram only delivers webhooks to ports 443, 80, 88 and 8443');
  }
  if (env.TELEGRAM_WEBHOOK_SECRET === undefined) {
    problems.push('TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_MODE=webhook (1–256 characters of A-Z, a-z, 0-9, _ and -)');
  }
  return problems;
}

/** What the Telegram channel is built from, once the environment is valid. */
export interface TelegramSettings {
  readonly token: string;
  readonly mode: 'polling' | 'webhook';
  readonly apiRoot?: string;
  readonly publicUrl?: string;
  readonly webhookSecret?: string;
  readonly maxRetries: number;
  readonly maxRetryDelaySeconds: number;
}

/** The channel settings, or undefined when no token is set (Telegram off). */
export function telegramSettings(env: TelegramEnv): TelegramSettings | undefined {
  if (env.TELEGRAM_BOT_TOKEN === undefined) return undefined;
  return {
    token: env.TELEGRAM_BOT_TOKEN,
    mode: env.TELEGRAM_MODE,
    ...(env.TELEGRAM_API_ROOT !== undefined && { apiRoot: env.TELEGRAM_API_ROOT }),
    ...(env.PUBLIC_URL !== undefined && { publicUrl: env.PUBLIC_URL }),
    ...(env.TELEGRAM_WEBHOOK_SECRET !== undefined && { webhookSecret: env.TELEGRAM_WEBHOOK_SECRET }),
    maxRetries: env.TELEGRAM_MAX_RETRIES,
    maxRetryDelaySeconds: env.TELEGRAM_MAX_RETRY_DELAY / 1000,
  };
}
