/**
 * Links are tappable on every channel (issue #11): the dashboard sign-in link is a URL
 * button on Telegram, built from PUBLIC_URL (never 127.0.0.1 when it is set); WhatsApp and
 * web chat get it in the text, alone on its line; a local address Telegram would refuse as
 * a URL button stays in the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbackTokens } from '../../../src/channels/telegram/callback-token.js';
import { acceptsUrlButton, toOutgoing } from '../../../src/channels/telegram/outbound.js';
import { renderNumbered } from '../../../src/channels/whatsapp/numbered-list.js';
import { loadConfig, publicUrl } from '../../../src/config/config.js';
import { linksAsText } from '../../../src/core/link-text.js';
import type { Bot } from '../../../src/main.js';
import { createTestStore, manualClock, type TestStore } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { officerInviteCode } from '../../support/officer-invite.js';
import { FakeTelegram, type TelegramTestUser, sentText } from '../../support/fake-telegram.js';
import { startComposedTelegramBot } from './telegram-test-bot.js';

const LINK = { url: 'https://wksbm.example.id/dashboard#code=ABCD-EFGH-JKLM', label: '🖥️ Buka dasbor' };

describe('link parts', () => {
  const tokens = new CallbackTokens('1:secret-secret-secret-secret');

  it('become a URL button on Telegram, above the quick replies, and stay out of the text', () => {
    const [out] = toOutgoing([{ text: 'Masuk dasbor', links: [LINK], buttons: [{ id: 'menu:faq', label: 'FAQ' }] }], '42', tokens, 'Pilih:');
    const rows = out!.keyboard!.inline_keyboard;
    expect(rows[0]).toEqual([{ text: LINK.label, url: LINK.url }]);
    expect(rows[1]![0]).toMatchObject({ text: 'FAQ' });
    expect(out!.text).toBe('Masuk dasbor');
  });

  it('stay in the text on Telegram when the address is local (the Bot API refuses those buttons)', () => {
    for (const url of ['http://127.0.0.1:3000/dashboard#code=X', 'http://localhost:3000/dashboard', 'http://192.168.1.5/dashboard', 'http://wksbm:3000/x']) {
      expect(acceptsUrlButton(url)).toBe(false);
      const [out] = toOutgoing([{ text: 'Masuk', links: [{ url, label: 'Buka' }] }], '42', tokens, 'Pilih:');
      expect(out!.keyboard).toBeUndefined();
      expect(out!.text.split('\n')).toContain(url);
    }
    expect(acceptsUrlButton('http://wksbm.desa.id:8080/dashboard')).toBe(true);
  });

  it('go into the text on WhatsApp and web chat, the address alone on its line', () => {
    const { texts } = renderNumbered([{ text: 'Masuk dasbor', links: [LINK], buttons: [{ id: 'a', label: 'Lanjut' }] }], 'Balas dengan angka.');
    expect(texts[0]!.split('\n')).toContain(LINK.url);
    expect(texts[0]).toContain('1. Lanjut');
    expect(linksAsText({ text: 'Masuk dasbor', links: [LINK] })).toEqual({ text: `Masuk dasbor\n\n${LINK.label}\n${LINK.url}` });
  });

  it('are built from PUBLIC_URL, else from HOST and PORT', () => {
    expect(publicUrl(loadConfig({ PUBLIC_URL: 'https://wksbm.example.id/' }))).toBe('https://wksbm.example.id');
    expect(publicUrl(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }))).toBe('http://localhost:8080');
    expect(publicUrl(loadConfig({}))).toBe('http://127.0.0.1:3000');
  });
});

describeEachDatabase('the dashboard sign-in link on Telegram', (kind) => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;
  const clock = manualClock('2026-11-20T03:00:00Z');
  let officer: TelegramTestUser;

  beforeAll(async () => {
    store = await createTestStore(kind);
    fake = await FakeTelegram.start();
    const composed = await startComposedTelegramBot(store, fake, { env: { PUBLIC_URL: 'https://wksbm.example.id' }, clock });
    bot = composed.bot;
    officer = composed.user({ id: 720001, firstName: 'Pak Tono' });
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  it('is a URL button to PUBLIC_URL, with the code to type elsewhere in the text', async () => {
    const code = await officerInviteCode(bot, clock, { kind: 'tksk', areas: ['34.02.15'] });
    expect(sentText(await officer.say(`petugas ${code}`))).toContain('terdaftar sebagai petugas');
    await officer.say('petugas');
    const reply = await officer.press('🖥️ Masuk dasbor');
    const { button } = officer.findButton('🖥️ Buka dasbor (masuk otomatis)');
    expect(button.url).toMatch(/^https:\/\/wksbm\.example\.id\/dashboard#code=[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const text = sentText(reply);
    expect(text).not.toContain('#code=');
    expect(text).not.toContain('127.0.0.1');
    expect(text).toContain('https://wksbm.example.id/dashboard');
    // The code in the button's link is the one the text gives to type.
    expect(text.split('\n')).toContain(new URL(button.url!).hash.slice('#code='.length));
  });
});
