/**
 * The app as src/main.ts composes it cleans what comes in at the edge: a lone surrogate
 * (half an emoji, as a broken client sends it) or a NUL in a message must not reach
 * PostgreSQL, which rejects both (in jsonb, in text) and turned such a message into a 500
 * or a "something went wrong" reply. Web chat goes through the HTTP body hook
 * (src/http/sanitize-body.ts, in app.ts) and Telegram polling through the runner's
 * handle in main.ts (src/core/sanitize-text.ts's sanitizeInbound): one check for each.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Bot } from '../../src/main.js';
import { buttonIds, createTestStore, type Reply, type TestStore } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { FakeTelegram, type TelegramTestUser, sentText, type FakeUser } from '../support/fake-telegram.js';
import { startComposedTelegramBot } from '../channels/telegram/telegram-test-bot.js';
import { newWebchatSession } from '../support/webchat-session.js';

describeEachDatabase('edge sanitizing in the composed app', (kind) => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;
  let telegramUser: (who: FakeUser) => TelegramTestUser;

  beforeAll(async () => {
    store = await createTestStore(kind);
    fake = await FakeTelegram.start();
    const composed = await startComposedTelegramBot(store, fake);
    bot = composed.bot;
    telegramUser = composed.user;
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  it('takes a group name with half an emoji and a NUL through web chat', async () => {
    const webUser = newWebchatSession(bot.app);
    const send = async (input: { text: string } | { buttonId: string }): Promise<Reply[]> => {
      const response = await bot.app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId: await webUser, ...input } });
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      return (response.json() as { replies: Reply[] }).replies;
    };
    let replies = await send({ text: 'daftar' });
    if (buttonIds(replies).includes('consent:agree')) replies = await send({ buttonId: 'consent:agree' });
    // The desa comes before the name since issue #11.
    replies = await send({ text: 'panggungharjo' });
    if (buttonIds(replies).includes('village-exact:yes')) replies = await send({ buttonId: 'village-exact:yes' });
    expect(JSON.stringify(replies)).toMatch(/nama kelompok/i);
    replies = await send({ text: 'PKK Melati \ud83d\u0000' });
    expect(JSON.stringify(replies)).not.toMatch(/\\ud83d"|\\u0000/);
  });

  it('takes the same through Telegram (polling, no HTTP in between)', async () => {
    const user = telegramUser({ id: 777_000_1, firstName: 'Edge' });
    let replies = await user.say('daftar');
    if (replies.some((message) => message.rows.flat().some((button) => /setuju|agree/i.test(button.label)))) replies = await user.press(/setuju|agree/i);
    // The desa comes before the name since issue #11.
    replies = await user.say('panggungharjo');
    if (replies.some((message) => message.rows.flat().some((button) => button.label === '✅ Ya'))) replies = await user.press('✅ Ya');
    expect(sentText(replies)).toMatch(/nama kelompok/i);
    replies = await user.say('PKK Mawar \udc00\u0000');
    // Not the channel's "could not process your message" note, but the next question.
    expect(sentText(replies)).not.toMatch(/gangguan|went wrong/i);
    expect(sentText(replies)).toMatch(/RT\/RW/i);
  });
});
