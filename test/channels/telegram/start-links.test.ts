/**
 * Telegram as people use it, through the composition root and the fake Bot API: a
 * `t.me/<bot>?start=inv-<code>` link enrols an officer with one tap (Telegram sends
 * `/start inv-<code>`), an account-link code made on the web chat comes with a
 * `?start=lnk-<code>` link that links the Telegram account in one tap, and a pressed inline
 * keyboard is edited to show the choice and refuses a second press.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { startLinkButtonId, telegramStartLink } from '../../../src/channels/telegram/start-link.js';
import type { Bot } from '../../../src/main.js';
import { createTestStore, type TestStore } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { officerInviteCode } from '../../support/officer-invite.js';
import { buttonPress, FakeTelegram, type TelegramTestUser, sentText, type FakeUser } from '../../support/fake-telegram.js';
import { newWebchatSession } from '../../support/webchat-session.js';
import { startComposedTelegramBot, TEST_BOT_TOKEN } from './telegram-test-bot.js';

describe('start links', () => {
  it('carry a deep link as <key>-<arg> and read back only the keys the bot allows', () => {
    const link = telegramStartLink('wksbm_bot', 'inv', 'K7PQM2XZ');
    expect(link).toBe('https://t.me/wksbm_bot?start=inv-K7PQM2XZ');
    expect(startLinkButtonId('/start inv-K7PQM2XZ', ['inv', 'lnk'])).toBe('go:inv:K7PQM2XZ');
    expect(startLinkButtonId('/start@wksbm_bot lnk-ABCD2345', ['inv', 'lnk'])).toBe('go:lnk:ABCD2345');
    // A plain /start, a key not allowed (verify buttons stay sealed), or garbage: not a link.
    expect(startLinkButtonId('/start', ['inv'])).toBeNull();
    expect(startLinkButtonId('/start v-abc', ['inv', 'lnk'])).toBeNull();
    expect(startLinkButtonId('/start inv-K7PQ M2XZ', ['inv'])).toBeNull();
    expect(() => telegramStartLink('wksbm_bot', 'inv', 'has space')).toThrow();
  });
});

const ADMIN_TOKEN = 'start-links-admin-token-0123456789';

describeEachDatabase('Telegram start links and keyboards through the composition root', (kind) => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;
  let user: (who: FakeUser) => TelegramTestUser;

  beforeAll(async () => {
    store = await createTestStore(kind);
    fake = await FakeTelegram.start();
    const composed = await startComposedTelegramBot(store, fake, { env: { ADMIN_TOKEN } });
    bot = composed.bot;
    user = composed.user;
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  it('enrols an officer who taps the t.me invite link', async () => {
    const code = await officerInviteCode(bot, () => new Date(), { kind: 'tksk', areas: ['34.02.15'] });
    expect(bot.telegram!.username).toBe('wksbm_test_bot');
    const link = telegramStartLink(bot.telegram!.username!, 'inv', code);
    const payload = new URL(link).searchParams.get('start');
    expect(payload).toBe(`inv-${code}`);

    // Tapping the link and then Start makes Telegram send "/start <payload>".
    const officer = user({ id: 620001, firstName: 'Pak Joko' });
    const enrolled = sentText(await officer.say(`/start ${payload}`));
    expect(enrolled).toContain('terdaftar sebagai petugas');
    expect(enrolled).toContain('Kec. Sewon');

    // The same link again: the code worked once.
    const again = sentText(await user({ id: 620002 }).say(`/start ${payload}`));
    expect(again).not.toContain('terdaftar sebagai petugas');
  });

  it('answers an invite made through the admin API with the t.me link, and the link enrols the officer', async () => {
    const response = await bot.app.inject({
      method: 'POST',
      url: '/api/officers/invites',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { kind: 'tksk', areaPrefixes: ['34.02.15'] },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as { code: string; telegramLink?: string };
    // The same link the CLI prints: the code without its dash, after the invite key.
    expect(body.telegramLink).toBe(`https://t.me/wksbm_test_bot?start=inv-${body.code.replace('-', '')}`);
    const payload = new URL(body.telegramLink!).searchParams.get('start')!;
    const enrolled = sentText(await user({ id: 620007, firstName: 'Pak Budi' }).say(`/start ${payload}`));
    expect(enrolled).toContain('terdaftar sebagai petugas');
    expect(enrolled).toContain('Kec. Sewon');
  });

  // The CLI writes straight into a PostgreSQL server; the embedded database is the bot's own.
  it.runIf(kind === 'postgres')('prints the t.me link with `npm run invite`, and the link enrols the officer', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'invite.ts'), '--kind', 'psm', '--area', '34.02.05'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...store.env, TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot },
      timeout: 60_000,
    });
    const link = /https:\/\/t\.me\/wksbm_test_bot\?start=(inv-[A-Z2-9]{8})/.exec(stdout);
    expect(link, stdout).not.toBeNull();
    const enrolled = sentText(await user({ id: 620006, firstName: 'Bu Sari' }).say(`/start ${link![1]}`));
    expect(enrolled).toContain('terdaftar sebagai petugas');
    expect(enrolled).toContain('Bambanglipuro');
  });

  it('greets a /start with an unknown payload like a plain /start', async () => {
    expect(sentText(await user({ id: 620003 }).say('/start zzz-unknown'))).toContain('Asisten WKSBM');
  });

  it('shows a t.me link with a web chat account-link code, and the link links the accounts', async () => {
    // The web chat answers only a server-issued identity (#13).
    const userId = await newWebchatSession(bot.app);
    const web = async (body: object) => {
      const response = await bot.app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId, ...body } });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { replies: { text: string }[] };
    };
    await web({ buttonId: 'menu:link' });
    const made = (await web({ buttonId: 'link:create' })).replies.map((reply) => reply.text).join('\n');
    const link = /https:\/\/t\.me\/wksbm_test_bot\?start=(lnk-[A-Z2-9]{8})/.exec(made);
    expect(link, made).not.toBeNull();

    const linked = sentText(await user({ id: 620004 }).say(`/start ${link![1]}`));
    expect(linked).toContain('terhubung');
  });

  it('edits a pressed keyboard to show the choice and refuses a second press', async () => {
    const ani = user({ id: 620005, firstName: 'Ani' });
    await ani.say('/start');
    const { message, button } = ani.findButton('❓ Tanya tentang WKSBM');
    const before = message.text;
    expect(sentText(await ani.press('❓ Tanya tentang WKSBM'))).not.toBe('');

    // The menu message now reads as answered, and has no keyboard any more.
    const edited = fake.sentTo(620005).find((sent) => sent.messageId === message.messageId)!;
    expect(edited.text).toBe(`${before}\n\n→ ❓ Tanya tentang WKSBM`);
    expect(edited.rows).toEqual([]);

    // A second press on it (a double tap, or an old client) does nothing but say so.
    const answersBefore = fake.callsOf('answerCallbackQuery').length;
    const replies = await ani.send(buttonPress(ani.user, button.data, message.messageId));
    expect(replies).toEqual([]);
    const answers = fake.callsOf('answerCallbackQuery').slice(answersBefore);
    expect(answers).toHaveLength(1);
    expect(String(answers[0]!.params.text)).toContain('tidak berlaku');
  });
});
