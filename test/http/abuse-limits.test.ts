/**
 * Abuse limits through the whole bot: the per-identity flood limit on chat messages, the
 * HTTP rate limit, security headers and the body size limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEBCHAT_SESSIONS_PER_MINUTE } from '../../src/config/config.js';
import { allText, buttonIds, CONSENT_AGREE_BUTTON, createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from '../support/bot.js';

describe('abuse limits', () => {
  let store: TestStore;
  let bot: TestBot;
  const clock = manualClock();

  beforeAll(async () => {
    store = await createTestStore('postgres');
    bot = await startTestBot(store, { clock, env: { FLOOD_MAX_PER_MINUTE: '4', HTTP_RATE_LIMIT_PER_MINUTE: '50' } });
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  it('asks a flooding sender to slow down, once, in their language, and loses their place in nothing', async () => {
    const user = 'flooder-1';
    const prisma = bot.bot.database.prisma;
    const stateOf = async () =>
      (await prisma.conversation.findFirstOrThrow({ where: { identity: { externalId: await bot.users.externalId(user) } }, select: { state: true } })).state;
    await bot.send(user, 'halo');
    await bot.send(user, 'bantuan');
    await bot.send(user, 'bantuan');
    // The registration starts with the consent notice: the place we must not lose.
    const notice = await bot.send(user, 'daftar');
    expect(buttonIds(notice)).toContain(CONSENT_AGREE_BUTTON);
    const before = await stateOf();

    const refused = await bot.send(user, { button: CONSENT_AGREE_BUTTON });
    expect(allText(refused)).toMatch(/terlalu cepat/);
    expect(allText(refused)).toMatch(/15 detik/);
    // Further messages of the burst get no second notice.
    expect(await bot.send(user, { button: CONSENT_AGREE_BUTTON })).toEqual([]);
    // Nothing changed: same step, no consent recorded from a refused message.
    expect(await stateOf()).toEqual(before);
    expect(await prisma.consent.count({ where: { externalId: await bot.users.externalId(user) } })).toBe(0);

    // After the wait the same answer is taken exactly where it was asked.
    clock.advance(60_000);
    const accepted = await bot.send(user, { button: CONSENT_AGREE_BUTTON });
    expect(allText(accepted)).not.toMatch(/terlalu cepat/);
    expect(await prisma.consent.count({ where: { externalId: await bot.users.externalId(user) } })).toBe(1);
    expect(await stateOf()).not.toEqual(before);
  });

  it('tells an English-speaking sender in English', async () => {
    const user = 'flooder-en';
    await bot.send(user, 'halo');
    await bot.send(user, 'bahasa');
    await bot.send(user, { button: (await bot.send(user, 'bahasa'))[0]?.buttons?.find((b) => /english/i.test(b.label))?.id ?? 'x' });
    const replies = await bot.send(user, 'hello');
    expect(allText(replies)).toMatch(/too fast/);
  });

  it('sends security headers and a strict content security policy', async () => {
    const response = await bot.bot.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    // The whole policy and header set, as @fastify/helmet sent them before the middleware was built once.
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'self'; base-uri 'self'; font-src 'self' https: data:; form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self'; connect-src 'self'",
    );
    expect(Object.keys(response.headers)).toEqual(
      expect.arrayContaining(['cross-origin-opener-policy', 'cross-origin-resource-policy', 'origin-agent-cluster', 'referrer-policy', 'x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies', 'x-xss-protection']),
    );
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps the web chat page working under its own policy', async () => {
    const response = await bot.bot.app.inject({ method: 'GET', url: '/chat' });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-security-policy'])).toContain("connect-src 'self'");
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await bot.bot.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ userId: await bot.users.userId('big'), text: 'x'.repeat(200_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('rate-limits HTTP callers per address with 429 and a clear message, but not /health', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const response = await bot.bot.app.inject({ method: 'GET', url: '/chat', remoteAddress: '10.9.9.9' });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((status) => status === 200).length).toBe(50);
    const limited = await bot.bot.app.inject({ method: 'GET', url: '/chat', remoteAddress: '10.9.9.9' });
    expect(limited.statusCode).toBe(429);
    // The shape of every other error: {error, message}, nothing more.
    expect(limited.json()).toEqual({ error: 'too_many_requests', message: expect.stringMatching(/^Too many requests: at most 50 per minute\. Try again in \d+ seconds\.$/) });
    expect(limited.headers['retry-after']).toBeDefined();
    // Another caller and the health check are unaffected.
    expect((await bot.bot.app.inject({ method: 'GET', url: '/chat', remoteAddress: '10.9.9.10' })).statusCode).toBe(200);
    expect((await bot.bot.app.inject({ method: 'GET', url: '/health', remoteAddress: '10.9.9.9' })).statusCode).toBe(200);
  });
});

describe('new web chat sessions from one address, with the default limits', () => {
  let store: TestStore;
  let bot: TestBot;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    // The defaults of config.ts: the test bots' lifted limits are put back to unset.
    const defaults = { HTTP_RATE_LIMIT_PER_MINUTE: undefined, HTTP_WEBCHAT_SESSIONS_PER_MINUTE: undefined } as unknown as Record<string, string>;
    bot = await startTestBot(store, { env: defaults });
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  it('opens a chat for each of 60 people at a meeting on one Wi-Fi within a minute, and refuses a flood beyond the limit', async () => {
    const open = () => bot.bot.app.inject({ method: 'POST', url: '/webchat/sessions', remoteAddress: '10.7.7.7', payload: {} });
    const statuses: number[] = [];
    // A balai desa meeting: everyone scans the QR code at once (was refused after 30).
    for (let i = 0; i < 60; i++) statuses.push((await open()).statusCode);
    expect(statuses.every((status) => status === 200 || status === 201)).toBe(true);
    for (let i = 60; i < DEFAULT_WEBCHAT_SESSIONS_PER_MINUTE; i++) await open();
    const beyond = await open();
    expect(beyond.statusCode).toBe(429);
    expect(beyond.json()).toEqual({ error: 'too_many_requests', message: expect.stringMatching(/^Too many requests: at most \d+ per minute\. Try again in \d+ seconds\.$/) });
  });
});
