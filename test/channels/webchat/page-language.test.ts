/**
 * GET /chat names the bot's default language (DEFAULT_LOCALE) in `<html lang>`, the language
 * the page's own words start in (chat-page.browser.test.ts shows the page reading it): they
 * started in the browser's language, English words around an Indonesian chat.
 */
import { describe, expect, it } from 'vitest';
import { chatPageIn } from '../../../src/channels/webchat/chat-page.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('the chat page served in the bot\'s default language', () => {
  const english = useTestBot('postgres', { env: { DEFAULT_LOCALE: 'en' } });

  it('names DEFAULT_LOCALE in <html lang>, under the same security policy', async () => {
    const page = await english.bot.app.inject({ method: 'GET', url: '/chat' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).not.toContain('<html lang="id">');
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:",
    );
  });

  it('writes nothing but a language code into the page', () => {
    const html = '<!doctype html>\n<html lang="id">\n<body></body></html>';
    expect(chatPageIn(html, 'en')).toBe('<!doctype html>\n<html lang="en">\n<body></body></html>');
    expect(() => chatPageIn(html, 'en"><script>')).toThrow(/not a language code/);
  });
});

describe('the chat page with DEFAULT_LOCALE left out', () => {
  const bot = useTestBot('postgres');

  it('names Indonesian', async () => {
    const page = await bot.bot.app.inject({ method: 'GET', url: '/chat' });
    expect(page.body).toContain('<html lang="id">');
  });
});
