/**
 * Telegram through the composition root in webhook mode, where a crash between the commit
 * and the replies used to lose them: replies leave through the reply outbox. An update
 * Telegram delivers again is neither processed nor answered again (its replies were sent
 * once), and replies a crashed process left unsent are sent, before newer ones to the chat.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Bot } from '../../src/main.js';
import { TELEGRAM_WEBHOOK_PATH } from '../../src/channels/telegram/webhook-routes.js';
import { createTestStore, type TestStore } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { FakeTelegram, textMessage, type UpdateBody } from '../support/fake-telegram.js';
import { startComposedTelegramBot, TEST_WEBHOOK_SECRET } from '../channels/telegram/telegram-test-bot.js';

describeEachDatabase('Telegram webhook replies through the reply outbox', (kind) => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;

  beforeAll(async () => {
    store = await createTestStore(kind);
    fake = await FakeTelegram.start();
    const env = { TELEGRAM_MODE: 'webhook', PUBLIC_URL: 'https://bot.example.org', TELEGRAM_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET };
    bot = (await startComposedTelegramBot(store, fake, { env })).bot;
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  const post = (update: object) =>
    bot.app.inject({ method: 'POST', url: TELEGRAM_WEBHOOK_PATH, headers: { 'x-telegram-bot-api-secret-token': TEST_WEBHOOK_SECRET }, payload: update });
  const deliver = async (body: UpdateBody) => {
    const update = fake.number(body);
    expect((await post(update)).statusCode).toBe(200);
    return update;
  };
  const idle = async () => {
    await bot.replies.idle();
    await bot.telegram!.idle();
  };
  const texts = (chat: number) => fake.sentTo(chat).map((message) => message.text);

  it('answers a redelivered update once: not processed again, not sent again', async () => {
    const user = { id: 4_242_001, firstName: 'Ulang' };
    const update = await deliver(textMessage(user, 'daftar'));
    await idle();
    const first = texts(user.id);
    expect(first.length).toBeGreaterThan(0);
    // Confirmed sent: nothing of it is left in the outbox.
    expect(await bot.database.prisma.reply.count({ where: { chat: String(user.id) } })).toBe(0);
    const conversation = async () =>
      (await bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: String(user.id) }, select: { conversation: { select: { state: true } } } }))
        .conversation?.state;
    const before = await conversation();

    expect((await post(update)).statusCode).toBe(200);
    await idle();
    expect(texts(user.id)).toEqual(first);
    expect(await conversation()).toEqual(before);
    expect(await bot.database.prisma.processedMessage.count({ where: { channel: 'telegram', messageId: `tg:${update.update_id}` } })).toBe(1);
  });

  it('sends the replies a crashed process left unsent, before the newer replies to that chat', async () => {
    const user = { id: 4_242_002, firstName: 'Sabar' };
    // What a process killed right after its commit leaves: a reply it held and never sent.
    await bot.database.prisma.reply.create({
      data: {
        channel: 'telegram',
        chat: String(user.id),
        messageId: 'tg:1',
        messages: [{ text: 'Jawaban yang tertunda' }],
        claimedBy: randomUUID(),
        claimedUntil: new Date(Date.now() - 1_000),
      },
    });
    await deliver(textMessage(user, 'halo'));
    await fake.waitFor(() => texts(user.id).length >= 2, 15_000, 'the pending reply and the new one');
    await idle();
    expect(texts(user.id)[0]).toBe('Jawaban yang tertunda');
    expect(texts(user.id).filter((text) => text === 'Jawaban yang tertunda')).toHaveLength(1);
    expect(await bot.database.prisma.reply.count({ where: { chat: String(user.id) } })).toBe(0);
  });
});
