/**
 * A Telegram update delivered again (Telegram redelivers what was not acknowledged, e.g.
 * after a crash between the commit and the replies) is not processed twice, but its stored
 * replies are sent again: the user is never left without an answer.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/bot.js';
import { textMessage } from '../support/fake-telegram.js';
import { startTelegramTestBot, type TelegramTestBot } from '../channels/telegram/telegram-test-bot.js';

let store: TestStore;
let tg: TelegramTestBot;

beforeAll(async () => {
  store = await createTestStore('postgres');
  tg = await startTelegramTestBot(store, { mode: 'webhook' });
});
afterAll(async () => {
  await tg?.close();
  await store?.dispose();
});

it('answers a redelivered update with its stored replies and changes nothing', async () => {
  const user = { id: 4_242_001, firstName: 'Ulang' };
  const update = await tg.deliver(textMessage(user, 'daftar'));
  await tg.channel.idle();
  const first = tg.fake.sentTo(user.id).map((message) => message.text);
  expect(first.length).toBeGreaterThan(0);
  const conversation = async () =>
    (await tg.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: String(user.id) }, select: { conversation: { select: { state: true } } } })).conversation
      ?.state;
  const before = await conversation();

  const response = await tg.bot.app.inject({
    method: 'POST',
    url: '/telegram/webhook',
    headers: { 'x-telegram-bot-api-secret-token': 'test-secret_123' },
    payload: update,
  });
  expect(response.statusCode).toBe(200);
  await tg.channel.idle();
  expect(tg.fake.sentTo(user.id).map((message) => message.text)).toEqual([...first, ...first]);
  expect(await conversation()).toEqual(before);
  expect(await tg.bot.database.prisma.processedMessage.count({ where: { channel: 'telegram' } })).toBe(1);
});
