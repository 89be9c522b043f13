/**
 * The Telegram channel end to end: the real grammY client against a fake Bot API on
 * 127.0.0.1, around the real bot (createBot: runner, engine, flows) on PostgreSQL. One bot
 * serves a polling channel and a webhook channel, each with its own fake and update ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_WEBHOOK_PATH } from '../../../src/channels/telegram/webhook-routes.js';
import type { InboundMessage } from '../../../src/core/messages.js';
import { createTestStore, type TestStore } from '../../support/bot.js';
import {
  buttonLabels,
  buttonPress,
  groupMessage,
  locationMessage,
  photoMessage,
  sentText,
  textMessage,
  type SentMessage,
} from '../../support/fake-telegram.js';
import { INBOUND_FAILED_TEXT } from '../../../src/core/inbound.js';
import {
  attachTelegram,
  localeText,
  startTelegramTestBot,
  TEST_WEBHOOK_SECRET,
  type TelegramAttachment,
  type TelegramTestBot,
} from './telegram-test-bot.js';

let store: TestStore;
let tg: TelegramTestBot; // polling
let hook: TelegramAttachment; // webhook, on the same bot

beforeAll(async () => {
  store = await createTestStore('postgres');
  tg = await startTelegramTestBot(store, { firstUpdateId: 1 });
  hook = await attachTelegram(tg.bot, { mode: 'webhook', firstUpdateId: 500_000 });
});
afterAll(async () => {
  await hook?.close();
  await tg?.close();
  await store?.dispose();
});

const processed = (updateId: number) =>
  tg.bot.database.prisma.processedMessage.count({ where: { channel: 'telegram', messageId: `tg:${updateId}` } });
const keyboardOf = (messages: readonly SentMessage[]) => messages.filter((message) => message.rows.length > 0);

describe('polling', () => {
  it('registers the command menus in Indonesian and English and drops any webhook at start', () => {
    const methods = tg.fake.calls.map((call) => call.method);
    expect(methods.slice(0, 5)).toEqual(['getMe', 'setMyCommands', 'setMyCommands', 'deleteWebhook', 'getUpdates']);
    expect(methods).not.toContain('setWebhook');
    const [id, en] = tg.fake.callsOf('setMyCommands');
    expect(id!.params.language_code).toBeUndefined();
    expect((id!.params.commands as Array<{ command: string }>).map((c) => c.command)).toEqual(['start', 'menu', 'kembali', 'batal', 'bantuan', 'bahasa', 'datasaya', 'hapusdata', 'tarikpersetujuan']);
    expect(en!.params.language_code).toBe('en');
    expect((en!.params.commands as Array<{ command: string }>).map((c) => c.command)).toContain('cancel');
    expect(tg.fake.callsOf('getUpdates')[0]!.params.allowed_updates).toEqual(['message', 'edited_message', 'callback_query']);
  });

  it('answers "halo" with plain text and an inline keyboard of opaque callback data', async () => {
    const replies = await tg.user({ id: 1001 }).say('halo');
    expect(sentText(replies)).toContain('Asisten WKSBM');
    expect(replies.every((reply) => reply.parseMode === undefined)).toBe(true);
    const [menu] = keyboardOf(replies);
    expect(buttonLabels([menu!])).toContain('❓ Tanya tentang WKSBM');
    for (const button of menu!.rows.flat()) {
      expect(Buffer.byteLength(button.data)).toBeLessThanOrEqual(64);
      expect(button.data).not.toMatch(/menu|faq|:/);
    }
  });

  it('turns a button press into the next step and always answers the callback query', async () => {
    const user = tg.user({ id: 1002 });
    await user.say('halo');
    const topics = await user.press('❓ Tanya tentang WKSBM');
    expect(sentText(topics)).toContain('topik');
    const answers = tg.fake.callsOf('answerCallbackQuery');
    expect(answers.at(-1)!.params.text).toBeUndefined();
    const answer = await user.press('Syarat WKSBM');
    expect(sentText(answer)).toContain('Eksistensi Kolektif');
    expect(tg.fake.callsOf('answerCallbackQuery')).toHaveLength(answers.length + 1);
  });

  it('answers a forged, raw or foreign callback with a note and does nothing else', async () => {
    const owner = tg.user({ id: 1003 });
    await owner.say('halo');
    const stolen = owner.findButton('❓ Tanya tentang WKSBM').button.data;
    const mallory = tg.user({ id: 6666, languageCode: 'en' });
    const before = tg.fake.callsOf('answerCallbackQuery').length;
    for (const data of [stolen, 'menu:faq', `${stolen.slice(0, -2)}AA`]) {
      const update = await tg.deliver(buttonPress(mallory.user, data));
      await tg.channel.idle();
      expect(await processed(update.update_id)).toBe(0);
    }
    const answers = tg.fake.callsOf('answerCallbackQuery').slice(before);
    expect(answers.map((call) => call.params.text)).toEqual(Array(3).fill('This button is no longer valid. Send /menu for the current menu.'));
    expect(mallory.history).toEqual([]);
    expect(owner.history.filter((message) => message.text.includes('topik'))).toEqual([]);
  });

  it('carries a whole flow: commands as text, language switch by buttons, English afterwards', async () => {
    const user = tg.user({ id: 1004 });
    expect(sentText(await user.say('/batal'))).toContain('Tidak ada yang sedang berjalan');
    await user.say('/menu');
    expect(buttonLabels(await user.press('🌐 Bahasa / Language'))).toEqual(['🇮🇩 Bahasa Indonesia', '🇬🇧 English']);
    expect(sentText(await user.press('🇬🇧 English'))).toContain('I will answer in English');
    expect(sentText(await user.say('what is WKSBM?'))).toContain('community');
  });

  it('retries a reply rate-limited with 429 after retry_after', async () => {
    tg.fake.failNext('sendMessage', 1, { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    const start = tg.fake.calls.length;
    const replies = await tg.user({ id: 1005 }).say('apa itu wksbm?');
    expect(sentText(replies)).toContain('Wahana Kesejahteraan Sosial');
    const sends = tg.fake.calls.slice(start).filter((call) => call.method === 'sendMessage');
    expect(sends[0]!.failedWith).toBe(429);
    const waited = sends[1]!.at - sends[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(990);
    expect(waited).toBeLessThan(2500);
  });

  it('gives a group chat one short note and nothing else', async () => {
    const member = { id: 1006, languageCode: 'id' };
    const first = await tg.deliver(groupMessage(member, -100_777, '/start'));
    await tg.deliver(groupMessage(member, -100_777, '/start@wksbm_test_bot'));
    await tg.channel.idle();
    const notes = tg.fake.sentTo(-100_777);
    expect(notes.map((note) => note.text)).toEqual([localeText()('telegram:groupNote', 'id')]);
    expect(notes[0]!.rows).toEqual([]);
    expect(await processed(first.update_id)).toBe(0);
    expect(tg.fake.sentTo(1006)).toEqual([]);
  });

  it('tells the user about a message kind it cannot read', async () => {
    const user = tg.user({ id: 1007, languageCode: 'en' });
    const sticker = textMessage(user.user, 'x');
    const body = { message: { ...(sticker.message as object), text: undefined, sticker: { file_id: 'STK', file_unique_id: 'u', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } } };
    expect(sentText(await user.send(body as never))).toContain('cannot read this kind of message');
  });

  it('says an edited message is not read again (a corrected typo was taken for received); the question stays open', async () => {
    const user = tg.user({ id: 1031 });
    await user.say('daftar');
    const asked = await user.say('bahasa');
    expect(buttonLabels(asked)).toContain('🇬🇧 English');
    // The person corrects "daftar" in place: Telegram sends the edit as edited_message.
    const before = user.history.length;
    const edit = await tg.deliver({ edited_message: { ...(textMessage(user.user, 'daftra').message as object), edit_date: 1_800_000_000 } } as never);
    await tg.channel.idle();
    const note = user.history.slice(before);
    expect(sentText(note)).toBe(localeText()('telegram:edited', 'id'));
    expect(await processed(edit.update_id)).toBe(0);
    // The question is still open: the answer sent anew is taken.
    expect(sentText(await user.say('english'))).toContain('I will answer in English');
  });

  it('hands locations and photos to the runner', async () => {
    const user = { id: 1012 };
    const location = await tg.deliver(locationMessage(user, -6.9147, 107.6098));
    const photo = await tg.deliver(photoMessage(user, 'AgACAgIAAxkBAAIB', 'kerja bakti'));
    await tg.channel.idle();
    expect(await processed(location.update_id)).toBe(1);
    expect(await processed(photo.update_id)).toBe(1);
    expect(tg.fake.sentTo(1012).length).toBeGreaterThan(0);
  });

  it('tells the user to try again when the runner fails, and keeps going', async () => {
    let fail = true;
    const flaky = await attachTelegram(tg.bot, {
      firstUpdateId: 800_000,
      channel: { handle: (message: InboundMessage) => (fail ? Promise.reject(new Error('database down')) : tg.bot.runner.handle(message)) },
    });
    const user = flaky.user({ id: 1013 });
    expect(sentText(await user.say('halo'))).toBe(localeText()(INBOUND_FAILED_TEXT, 'id'));
    fail = false;
    expect(sentText(await user.say('halo'))).toContain('Asisten WKSBM');
    await flaky.close();
  });

  it('splits a long message at Telegram\'s limit, buttons on the last part', async () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `Paragraf ${i}. ${'kata '.repeat(400).trim()}`);
    const result = await tg.channel.send('1008', [{ text: paragraphs.join('\n\n'), buttons: [{ id: 'cmd:menu', label: '🏠 Menu' }] }]);
    expect(result).toEqual({ ok: true });
    const parts = tg.fake.sentTo(1008);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.text.length <= 4096)).toBe(true);
    expect(parts.map((part) => part.text).join('\n\n')).toBe(paragraphs.join('\n\n'));
    expect(parts.map((part) => part.rows.length)).toEqual([...Array(parts.length - 1).fill(0), 1]);
  });

  it('reports failed proactive sends as retryable or not', async () => {
    const fake = tg.fake;
    fake.failNext('sendMessage', 1, { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(await tg.channel.send('1009', [{ text: 'x' }])).toEqual({
      ok: false,
      error: { channel: 'telegram', retryable: false, reason: 'sendMessage: 403 Forbidden: bot was blocked by the user' },
    });
    // Longer than maxRetryDelaySeconds (5): not waited for, handed back with the delay.
    fake.failNext('sendMessage', 1, { error_code: 429, description: 'Too Many Requests: retry after 60', retry_after: 60 });
    const limited = await tg.channel.send('1009', [{ text: 'x' }]);
    expect(limited).toMatchObject({ ok: false, error: { retryable: true, retryAfterMs: 60_000 } });
    fake.failNext('sendMessage', 1, { network: true });
    expect(await tg.channel.send('1009', [{ text: 'x' }])).toMatchObject({ ok: false, error: { retryable: true } });
    // A 5xx is retried with backoff (3 s for the first retry).
    fake.failNext('sendMessage', 1, { error_code: 502, description: 'Bad Gateway' });
    const before = fake.callsOf('sendMessage').length;
    expect(await tg.channel.send('1009', [{ text: 'y' }])).toEqual({ ok: true });
    const [failed, retried] = fake.callsOf('sendMessage').slice(before);
    expect(failed!.failedWith).toBe(502);
    expect(retried!.at - failed!.at).toBeGreaterThanOrEqual(2_900);
  });

  it('on stop, stops polling and waits for the message in hand and its replies', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const inHandler = new Promise<void>((resolve) => (arrived = resolve));
    const slow = await attachTelegram(tg.bot, {
      firstUpdateId: 900_000,
      channel: {
        handle: async (message: InboundMessage) => {
          arrived();
          await gate;
          return tg.bot.runner.handle(message);
        },
      },
    });
    const update = slow.fake.push(textMessage({ id: 1011 }, 'halo'));
    await inHandler;
    let stopped = false;
    const stopping = slow.channel.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(sentText(slow.fake.sentTo(1011))).toContain('Asisten WKSBM');
    expect(await processed(update.update_id)).toBe(1);
    // The offset was confirmed on stop, so a restart would not see the update again.
    expect(slow.fake.callsOf('getUpdates').at(-1)!.params).toMatchObject({ offset: update.update_id + 1 });
    await slow.close();
  });
});

describe('webhook', () => {
  const post = (payload: unknown, secret?: string) =>
    tg.bot.app.inject({
      method: 'POST',
      url: TELEGRAM_WEBHOOK_PATH,
      headers: secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret },
      payload: payload as object,
    });

  it('sets the webhook with its secret and the command menus at start, and never polls', () => {
    const methods = hook.fake.calls.map((call) => call.method);
    expect(methods).toEqual(['getMe', 'setMyCommands', 'setMyCommands', 'setWebhook']);
    expect(hook.fake.callsOf('setWebhook')[0]!.params).toEqual({
      url: 'https://bot.example.org/telegram/webhook',
      secret_token: TEST_WEBHOOK_SECRET,
      allowed_updates: ['message', 'edited_message', 'callback_query'],
      drop_pending_updates: false,
    });
  });

  it('refuses a request without the right secret (401) and processes nothing', async () => {
    for (const secret of [undefined, 'wrong', `${TEST_WEBHOOK_SECRET}x`, '']) {
      const update = hook.fake.number(textMessage({ id: 2001 }, 'halo'));
      const response = await post(update, secret);
      expect(response.statusCode, String(secret)).toBe(401);
      expect(response.json()).toMatchObject({ error: 'unauthorized' });
      await hook.channel.idle();
      expect(await processed(update.update_id)).toBe(0);
    }
    expect(hook.fake.sentTo(2001)).toEqual([]);
  });

  it('processes an update with the secret, and the same update twice only once (answering it again)', async () => {
    const update = hook.fake.number(textMessage({ id: 2002 }, 'halo'));
    expect((await post(update, TEST_WEBHOOK_SECRET)).statusCode).toBe(200);
    await hook.channel.idle();
    const first = hook.fake.sentTo(2002).length;
    expect(first).toBeGreaterThan(0);
    expect((await post(update, TEST_WEBHOOK_SECRET)).statusCode).toBe(200);
    await hook.channel.idle();
    // Telegram redelivers only what was not acknowledged: the stored replies go out again.
    expect(hook.fake.sentTo(2002)).toHaveLength(2 * first);
    expect(await processed(update.update_id)).toBe(1);
  });

  it('carries button presses like polling does, answering the callback query in the answer to the POST', async () => {
    const user = hook.user({ id: 2003 });
    await user.say('halo');
    const { message, button } = user.findButton('❓ Tanya tentang WKSBM');
    const update = hook.fake.number(buttonPress(user.user, button.data, message.messageId, message));
    const response = await post(update, TEST_WEBHOOK_SECRET);
    expect(response.statusCode).toBe(200);
    // Telegram's webhook reply: the call is made by Telegram, not requested by the bot.
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({ method: 'answerCallbackQuery', callback_query_id: update.callback_query!.id });
    await hook.channel.idle();
    expect(sentText(hook.fake.sentTo(2003))).toContain('topik');
    expect(hook.fake.callsOf('answerCallbackQuery')).toEqual([]);
    // Through the test bot's delivery, which makes the call as Telegram would.
    expect(sentText(await user.press('Syarat WKSBM'))).toContain('Eksistensi Kolektif');
    expect(hook.fake.callsOf('answerCallbackQuery')).toMatchObject([{ webhookReply: true, params: { callback_query_id: expect.any(String) } }]);
  });

  it('answers a forged press in the answer to the POST, with the note', async () => {
    const owner = hook.user({ id: 2005 });
    await owner.say('halo');
    const stolen = owner.findButton('❓ Tanya tentang WKSBM').button.data;
    const update = hook.fake.number(buttonPress({ id: 6667, languageCode: 'en' }, stolen));
    const response = await post(update, TEST_WEBHOOK_SECRET);
    expect(response.json()).toEqual({
      method: 'answerCallbackQuery',
      callback_query_id: update.callback_query!.id,
      text: 'This button is no longer valid. Send /menu for the current menu.',
    });
    await hook.channel.idle();
    expect(await processed(update.update_id)).toBe(0);
  });

  it('answers a text message with an empty 200', async () => {
    const response = await post(hook.fake.number(textMessage({ id: 2006 }, 'halo')), TEST_WEBHOOK_SECRET);
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    await hook.channel.idle();
  });

  it('rejects a body that is not an update (400)', async () => {
    const response = await post({ hello: 'world' }, TEST_WEBHOOK_SECRET);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('update_id');
  });

  it('answers 503 once stopped, so Telegram delivers again later; the webhook stays set', async () => {
    await hook.channel.stop();
    const update = hook.fake.number(textMessage({ id: 2004 }, 'halo'));
    expect((await post(update, TEST_WEBHOOK_SECRET)).statusCode).toBe(503);
    expect(await processed(update.update_id)).toBe(0);
    expect(hook.fake.callsOf('deleteWebhook')).toEqual([]);
  });
});
