/**
 * End to end: an Alert row → the dispatcher → the REAL TelegramChannel (grammY) → a fake
 * Bot API on 127.0.0.1. The channel is built with maxRetries 0, so every 429, 5xx and
 * dropped connection comes back to the dispatcher, whose retry policy is under test here.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TelegramChannel } from '../../../src/channels/telegram/telegram-channel.js';
import { OutboxDispatcher } from '../../../src/core/outbox/dispatcher.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { createOutboxStore } from '../../../src/storage/outbox/outbox-store.js';
import { localeText, TEST_BOT_TOKEN } from '../../channels/telegram/telegram-test-bot.js';
import { openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { FakeTelegram } from '../../support/fake-telegram.js';
import { alertByKey, createPerson, enqueue, textMessages } from './fixtures.js';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

let db: TestDatabase;
let fake: FakeTelegram;
let channel: TelegramChannel;
let dispatcher: OutboxDispatcher;

beforeAll(async () => {
  db = await openTestDatabase('postgres');
  fake = await FakeTelegram.start();
  channel = new TelegramChannel({
    token: TEST_BOT_TOKEN,
    mode: 'polling',
    apiRoot: fake.apiRoot,
    maxRetries: 0,
    maxRetryDelaySeconds: 1,
    handle: async () => ({ replies: [] }),
    text: localeText(),
    logger: silent,
    pollingTimeoutSeconds: 1,
  });
  await channel.start();
  dispatcher = new OutboxDispatcher({
    store: createOutboxStore(db.prisma),
    channels: { telegram: channel },
    renderer: createRenderer(loadLocaleResources(LOCALES_DIR), 'id'),
    clock: () => new Date(),
    pollIntervalMs: 50,
    backoff: { baseMs: 200, factor: 2, maxMs: 2_000, jitter: 0 },
    sendTimeoutMs: 10_000,
    leaseMs: 30_000,
  });
});
afterEach(() => dispatcher.stop());
afterAll(async () => {
  await dispatcher?.stop();
  await channel?.stop();
  await fake?.close();
  await db?.close();
});

/** A person reachable on Telegram at chat `chatId` (and on web chat, used longer ago). */
async function officerOnTelegram(chatId: string) {
  return createPerson(db.prisma, {
    locale: 'en',
    identities: [
      { channel: 'webchat', lastActiveAt: new Date(Date.now() - 86_400_000) },
      { channel: 'telegram', externalId: chatId, lastActiveAt: new Date() },
    ],
  });
}

const sendCalls = (chatId: string) => fake.callsOf('sendMessage').filter((call) => String(call.params.chat_id) === chatId);

describe('outbox → Telegram', () => {
  it('delivers an alert row as sendMessage to the right chat, rendered, with its buttons', async () => {
    const person = await officerOnTelegram('424201');
    const messages = textMessages('Kelompok "Arisan Melati" baru terdaftar di Desa Sukamaju.', [
      { id: 'menu', label: { key: 'common:menu.back' } },
    ]);
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: 'e2e-1', messages }, new Date());

    expect(await dispatcher.runOnce()).toBeGreaterThanOrEqual(1);
    const [sent] = fake.sentTo('424201');
    expect(sent!.text).toBe('Kelompok "Arisan Melati" baru terdaftar di Desa Sukamaju.');
    expect(sent!.rows.flat()).toHaveLength(1);
    expect(sent!.rows[0]![0]!.data).not.toContain('menu'); // sealed callback data, as for replies
    expect(await alertByKey(db.prisma, 'e2e-1')).toMatchObject({ status: 'sent', channel: 'telegram', attempts: 1 });
  });

  it('after a 429 with retry_after=2 the next send comes at least 2 s later', async () => {
    const person = await officerOnTelegram('424202');
    fake.failNext('sendMessage', 1, { error_code: 429, description: 'Too Many Requests: retry after 2', retry_after: 2 });
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: 'e2e-429' }, new Date());

    dispatcher.start();
    dispatcher.wake();
    await fake.waitFor(() => fake.sentTo('424202').length === 1, 6_000, 'the retried send');
    const [failed, retried] = sendCalls('424202');
    expect(failed!.failedWith).toBe(429);
    expect(retried!.at - failed!.at).toBeGreaterThanOrEqual(2_000);
    expect(retried!.at - failed!.at).toBeLessThan(3_500);
    await dispatcher.stop();
    expect(await alertByKey(db.prisma, 'e2e-429')).toMatchObject({ status: 'sent', attempts: 2, lastError: 'telegram: sendMessage: 429 Too Many Requests: retry after 2' });
  });

  it('retries a 5xx and a dropped connection with backoff; a 403 makes the alert dead', async () => {
    const person = await officerOnTelegram('424203');
    fake.failNext('sendMessage', 1, { error_code: 502, description: 'Bad Gateway' });
    fake.failNext('sendMessage', 1, { network: true });
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: 'e2e-5xx' }, new Date());

    dispatcher.start();
    dispatcher.wake();
    await fake.waitFor(() => fake.sentTo('424203').length === 1, 6_000, 'the third attempt');
    const calls = sendCalls('424203');
    expect(calls.map((call) => call.failedWith ?? 'ok')).toEqual([502, 'network', 'ok']);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(200); // backoff 200 ms
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(400); // then 400 ms
    await dispatcher.stop();
    expect(await alertByKey(db.prisma, 'e2e-5xx')).toMatchObject({ status: 'sent', attempts: 3 });

    const blocked = await officerOnTelegram('424204');
    fake.failNext('sendMessage', 1, { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await enqueue(db.prisma, { personId: blocked.personId, dedupeKey: 'e2e-403' }, new Date());
    await dispatcher.runOnce();
    expect(await alertByKey(db.prisma, 'e2e-403')).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: 'telegram: sendMessage: 403 Forbidden: bot was blocked by the user',
    });
  });
});
