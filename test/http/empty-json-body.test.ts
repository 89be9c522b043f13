/**
 * A request that sends `content-type: application/json` with no body, as curl -H or a fetch
 * wrapper that always sets the header does, on the routes the README documents without a
 * body: it is answered as the same request without the header (it was 400 "Body cannot be
 * empty when content-type is set to 'application/json'"). A route that needs a body still
 * says which. Through the whole bot on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, startTestBot, type TestBot, type TestStore } from '../support/bot.js';

const ADMIN_TOKEN = 'empty-json-admin-token-0123456789';
const JSON_HEADER = { 'content-type': 'application/json' };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('an empty body sent with the JSON content type', () => {
  let store: TestStore;
  let bot: TestBot;
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, ...JSON_HEADER };

  beforeAll(async () => {
    store = await createTestStore('postgres');
    bot = await startTestBot(store, { env: { ADMIN_TOKEN } });
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  it('opens a web chat session, as "POST /webchat/sessions (no body)" says', async () => {
    const response = await bot.bot.app.inject({ method: 'POST', url: '/webchat/sessions', headers: JSON_HEADER });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ userId: expect.stringMatching(/^wc_/) });
  });

  it('reaches the admin routes that take no body: a retry, a reset, a token revoked', async () => {
    const person = await bot.bot.database.prisma.person.create({ data: { displayName: 'Bu Ani' } });
    const reset = await bot.bot.app.inject({ method: 'POST', url: `/api/people/${person.id}/reset-conversation`, headers: admin });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ id: person.id, cleared: 0 });
    const retry = await bot.bot.app.inject({ method: 'POST', url: `/api/alerts/${UNKNOWN_ID}/retry`, headers: admin });
    expect(retry.json()).toEqual({ error: 'not_found', message: 'No alert with this id.' });
    const revoke = await bot.bot.app.inject({ method: 'DELETE', url: `/api/tokens/${UNKNOWN_ID}`, headers: admin });
    expect(revoke.json()).toEqual({ error: 'not_found', message: 'No token with this id.' });
  });

  it('is still refused, naming the body, where a body is needed; broken JSON is still 400', async () => {
    const message = await bot.bot.app.inject({ method: 'POST', url: '/webchat/messages', headers: JSON_HEADER });
    expect(message.statusCode).toBe(400);
    expect(message.json()).toEqual({ error: 'bad_request', message: 'Invalid request body. body: must be an object' });
    const broken = await bot.bot.app.inject({ method: 'POST', url: '/webchat/sessions', headers: JSON_HEADER, payload: '{"' });
    expect(broken.statusCode).toBe(400);
    const poisoned = await bot.bot.app.inject({ method: 'POST', url: '/webchat/sessions', headers: JSON_HEADER, payload: '{"__proto__":{"x":1}}' });
    expect(poisoned.statusCode).toBe(400);
  });
});
