/**
 * Every web chat route refuses a query key it does not take with 400 and a message naming
 * what it takes, as GET /webchat/inbox does (POST /webchat/photos ignored `?foo=1`, and the
 * others took anything). The page itself, /chat, is opened from shared links and QR codes
 * that may carry a tracker's keys: it is served whatever the query.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { png } from '../../support/test-images.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('unknown query keys on the web chat routes [postgres]', () => {
  const bot = useTestBot('postgres');

  it('refuses them on every route with 400 and what the route takes, and serves the page whatever its query', async () => {
    await bot.send('rina', 'halo');
    const userId = encodeURIComponent(await bot.users.userId('rina'));
    const cases = [
      { method: 'POST', url: `/webchat/photos?userId=${userId}&foo=1`, payload: await png(20, 20), headers: { 'content-type': 'image/png' }, problem: 'foo: is not a parameter here; it takes userId, messageId' },
      { method: 'GET', url: `/webchat/photos/${randomUUID()}?userId=${userId}&foo=1`, problem: 'foo: is not a parameter here; it takes userId' },
      { method: 'POST', url: '/webchat/messages?foo=1', payload: { userId: decodeURIComponent(userId), text: 'halo' }, problem: 'foo: is not a parameter here; it takes no parameters' },
      { method: 'POST', url: '/webchat/sessions?foo=1', payload: {}, problem: 'foo: is not a parameter here; it takes no parameters' },
      { method: 'GET', url: `/webchat/inbox?userId=${userId}&foo=1`, problem: 'foo: is not a parameter here; it takes userId' },
    ] as const;
    for (const { problem, ...request } of cases) {
      const response = await bot.bot.app.inject(request);
      expect(response.statusCode, request.url).toBe(400);
      expect(response.json(), request.url).toEqual({ error: 'bad_request', message: `Invalid request query. ${problem}` });
    }
    // Nothing was sent or stored by the refused requests.
    expect(await bot.bot.database.prisma.activityPhoto.count()).toBe(0);
    expect((await bot.bot.app.inject({ method: 'GET', url: '/chat?utm_source=whatsapp&fbclid=x' })).statusCode).toBe(200);
  });
});
