/** The Telegram environment: per-variable checks in the schema, cross-variable rules after. */
import { describe, expect, it } from 'vitest';
import { telegramConfigProblems, telegramConfigSchema, telegramSettings } from '../../../src/config/telegram.js';

const TOKEN = '7000000001:AAHtestTOKENforWKSBMbotAAAAAAAAAAAAA';
const parse = (env: Record<string, string>) => telegramConfigSchema.parse(env);

function issues(env: Record<string, string>): string[] {
  const result = telegramConfigSchema.safeParse(env);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('Telegram configuration', () => {
  it('is off without a token, and polls by default with explicit retry limits', () => {
    expect(telegramSettings(parse({}))).toBeUndefined();
    expect(telegramSettings(parse({ TELEGRAM_BOT_TOKEN: '' }))).toBeUndefined();
    expect(telegramSettings(parse({ TELEGRAM_BOT_TOKEN: TOKEN }))).toEqual({ token: TOKEN, mode: 'polling', maxRetries: 3, maxRetryDelaySeconds: 30 });
    expect(telegramConfigProblems(parse({ TELEGRAM_BOT_TOKEN: TOKEN }))).toEqual([]);
  });

  it('reads webhook mode, an API root and retry limits', () => {
    const env = parse({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: 'webhook',
      PUBLIC_URL: 'https://bot.example.org/',
      TELEGRAM_WEBHOOK_SECRET: 'abc_DEF-123',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      TELEGRAM_MAX_RETRIES: '5',
      TELEGRAM_MAX_RETRY_DELAY: '2m',
    });
    expect(telegramConfigProblems(env)).toEqual([]);
    expect(telegramSettings(env)).toEqual({
      token: TOKEN,
      mode: 'webhook',
      apiRoot: 'http://127.0.0.1:8081',
      publicUrl: 'https://bot.example.org',
      webhookSecret: 'abc_DEF-123',
      maxRetries: 5,
      maxRetryDelaySeconds: 120,
    });
  });

  it('names each bad variable', () => {
    expect(
      issues({
        TELEGRAM_BOT_TOKEN: 'not-a-token',
        TELEGRAM_MODE: 'push',
        PUBLIC_URL: 'ftp://bot.example.org',
        TELEGRAM_WEBHOOK_SECRET: 'has spaces!',
        TELEGRAM_API_ROOT: 'ftp://x',
        TELEGRAM_MAX_RETRIES: '99',
        TELEGRAM_MAX_RETRY_DELAY: 'forever',
      }).map((issue) => issue.split(':')[0]),
    ).toEqual([
      'TELEGRAM_BOT_TOKEN',
      'TELEGRAM_MODE',
      'PUBLIC_URL',
      'TELEGRAM_WEBHOOK_SECRET',
      'TELEGRAM_API_ROOT',
      'TELEGRAM_MAX_RETRIES',
      'TELEGRAM_MAX_RETRY_DELAY',
    ]);
    expect(issues({ TELEGRAM_WEBHOOK_SECRET: 'x'.repeat(257) })).toHaveLength(1);
    expect(issues({ PUBLIC_URL: 'bot.example.org' })[0]).toBe('PUBLIC_URL: expected a URL such as https://bot.example.org');
    // An http address is fine for links (a LAN install); only webhook mode needs https.
    expect(issues({ PUBLIC_URL: 'http://192.168.1.10:3000' })).toEqual([]);
  });

  it('requires PUBLIC_URL and a secret in webhook mode, on a port Telegram delivers to', () => {
    expect(telegramConfigProblems(parse({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'webhook' }))).toEqual([
      'PUBLIC_URL: required when TELEGRAM_MODE=webhook (the https address Telegram posts updates to)',
      'TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_MODE=webhook (1–256 characters of A-Z, a-z, 0-9, _ and -)',
    ]);
    expect(
      telegramConfigProblems(parse({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'webhook', PUBLIC_URL: 'https://x.org:3000', TELEGRAM_WEBHOOK_SECRET: 's' })),
    ).toEqual(['PUBLIC_URL: Telegram only delivers webhooks to ports 443, 80, 88 and 8443']);
    expect(
      telegramConfigProblems(parse({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'webhook', PUBLIC_URL: 'http://x.org', TELEGRAM_WEBHOOK_SECRET: 's' })),
    ).toEqual(['PUBLIC_URL: must be an https address when TELEGRAM_MODE=webhook (Telegram posts updates only over https)']);
    expect(telegramConfigProblems(parse({ TELEGRAM_MODE: 'webhook', PUBLIC_URL: 'https://x.org', TELEGRAM_WEBHOOK_SECRET: 's' }))[0]).toMatch(
      /^TELEGRAM_BOT_TOKEN: required when TELEGRAM_MODE=webhook/,
    );
  });
});
