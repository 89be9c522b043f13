/** Long texts are split at Telegram's limit on natural boundaries; keyboards go on the last part. */
import { describe, expect, it } from 'vitest';
import { CallbackTokens } from '../../../src/channels/telegram/callback-token.js';
import { TELEGRAM_LABEL_ROOM, buildKeyboard, linksIn, toOutgoing } from '../../../src/channels/telegram/outbound.js';
import { splitText, TELEGRAM_TEXT_LIMIT } from '../../../src/channels/telegram/split-text.js';

describe('splitText', () => {
  it('leaves short text alone', () => {
    expect(splitText('halo')).toEqual(['halo']);
    expect(splitText('x'.repeat(TELEGRAM_TEXT_LIMIT))).toHaveLength(1);
  });

  it('cuts at paragraph breaks first', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `${i}`.repeat(1500));
    const parts = splitText(paragraphs.join('\n\n'));
    expect(parts.every((part) => part.length <= TELEGRAM_TEXT_LIMIT)).toBe(true);
    expect(parts.join('\n\n')).toBe(paragraphs.join('\n\n'));
    expect(parts[0]).toBe(`${paragraphs[0]}\n\n${paragraphs[1]}`);
  });

  it('falls back to line breaks, then spaces, then a hard cut that keeps emoji whole', () => {
    const lines = Array.from({ length: 5 }, () => 'l'.repeat(2500)).join('\n');
    expect(splitText(lines).every((part) => !part.startsWith('\n') && part.length <= TELEGRAM_TEXT_LIMIT)).toBe(true);
    const words = Array.from({ length: 2000 }, () => 'kata').join(' ');
    const wordParts = splitText(words);
    expect(wordParts.join(' ')).toBe(words);
    expect(wordParts.every((part) => !part.startsWith(' ') && !part.endsWith(' '))).toBe(true);
    const emoji = '🎉'.repeat(3000);
    const emojiParts = splitText(emoji);
    expect(emojiParts.join('')).toBe(emoji);
    expect(emojiParts.every((part) => part.length <= TELEGRAM_TEXT_LIMIT && !/^[\uDC00-\uDFFF]/.test(part))).toBe(true);
  });
});

describe('toOutgoing', () => {
  const tokens = new CallbackTokens('1:secret-secret-secret-secret');

  it('puts buttons on the last part only, with sealed data', () => {
    const text = `${'a'.repeat(4000)}\n\n${'b'.repeat(100)}`;
    const out = toOutgoing([{ text, buttons: [{ id: 'menu:faq', label: 'FAQ' }] }], '42', tokens, 'Pilih:');
    expect(out).toHaveLength(2);
    expect(out[0]!.keyboard).toBeUndefined();
    const button = out[1]!.keyboard!.inline_keyboard[0]![0]! as { text: string; callback_data: string };
    expect(button.text).toBe('FAQ');
    expect(tokens.open('42', button.callback_data)).toBe('menu:faq');
  });

  it('gives a button-only reply a short text, and drops empty ones', () => {
    expect(toOutgoing([{ text: ' ', buttons: [{ id: 'x', label: 'X' }] }, { text: '' }], '1', tokens, 'Pilih:').map((m) => m.text)).toEqual(['Pilih:']);
  });

  it('lays out two short labels per row, long ones one per row', () => {
    const seal = (id: string) => id;
    const short = buildKeyboard(['Ya', 'Tidak', 'Nanti'].map((label) => ({ id: label, label })), seal);
    expect(short.inline_keyboard.map((row) => row.length)).toEqual([2, 1]);
    const long = buildKeyboard([{ id: 'a', label: '📝 Daftarkan kelompok' }, { id: 'b', label: 'Ya' }], seal);
    expect(long.inline_keyboard.map((row) => row.length)).toEqual([1, 1]);
  });

  it('keeps long labels whole for Telegram to show, numbering those that would read alike cut', () => {
    const seal = (id: string) => id;
    const labels = (keyboard: ReturnType<typeof buildKeyboard>) => keyboard.inline_keyboard.flat().map((button) => button.text);
    const groups = buildKeyboard(
      ['Majelis Taklim Al Hikmah Dusun Glugo Wetan', 'Majelis Taklim Al Hikmah Dusun Glugo Kulon', 'PKK Melati'].map((label, index) => ({ id: `other:${index}`, label })),
      seal,
    );
    const shown = labels(groups);
    // Cut, Telegram's app would show both as "Majelis Taklim Al Hikmah Dusun…": numbered as the message's text lists them.
    expect(shown).toEqual(['1. Majelis Taklim Al Hikmah Dusun Glugo Wetan', '2. Majelis Taklim Al Hikmah Dusun Glugo Kulon', '3. PKK Melati']);
    // A long label alone is left whole, its emoji too: a wide screen shows the name in it.
    const sameKetua = 'Sama dengan ketua Arisan Melati (Bu Siti Aminah)';
    expect(sameKetua.length).toBeGreaterThan(TELEGRAM_LABEL_ROOM);
    expect(labels(buildKeyboard([{ id: 'a', label: sameKetua }, { id: 'b', label: '🔗 Catat hubungan dengan PKK' }], seal))).toEqual([sameKetua, '🔗 Catat hubungan dengan PKK']);
  });

  it('shows the labels as the channel worked them out once for the message, not worked out again', () => {
    const tokens = new CallbackTokens('7000000001:AAHtestTOKENforWKSBMbotAAAAAAAAAAAAA');
    const buttons = [{ id: 'a', label: 'Majelis Taklim Al Hikmah Dusun Glugo Wetan' }, { id: 'b', label: 'PKK Melati' }];
    // Labels given that shownLabels would not give: the keyboard takes them as they are.
    const given = [['A. Majelis Taklim', 'B. PKK Melati']];
    const [message] = toOutgoing([{ text: 'Yang mana?', buttons }], '42', tokens, 'Pilih:', given);
    expect(message!.keyboard!.inline_keyboard.flat().map((button) => button.text)).toEqual(given[0]);
  });
});

describe('links as URL buttons', () => {
  const tokens = new CallbackTokens('7000000001:AAHtestTOKENforWKSBMbotAAAAAAAAAAAAA');

  it('puts each https link of a reply on its keyboard as a URL button, above its own buttons', () => {
    const [message] = toOutgoing(
      [{ text: 'Masuk dasbor: https://bot.example.org/dashboard/sign-in?code=ABCD. Atau https://t.me/wksbm_bot?start=lnk-ABCD2345', buttons: [{ id: 'menu:faq', label: 'FAQ' }] }],
      '42',
      tokens,
      'Pilih:',
    );
    const rows = message!.keyboard!.inline_keyboard;
    // Links first, a row each (src/channels/telegram/outbound.ts), then the reply's own buttons.
    expect(rows.slice(0, 2)).toEqual([
      [{ text: '🔗 bot.example.org/dashboard/sign-in', url: 'https://bot.example.org/dashboard/sign-in?code=ABCD' }],
      [{ text: '🔗 t.me/wksbm_bot', url: 'https://t.me/wksbm_bot?start=lnk-ABCD2345' }],
    ]);
    expect(rows[2]).toEqual([expect.objectContaining({ text: 'FAQ' })]);
  });

  it('leaves plain http and local addresses as text only (Telegram would refuse the button)', () => {
    const [message] = toOutgoing([{ text: 'Buka http://localhost:3000/dashboard atau http://192.168.1.20:3000/chat' }], '42', tokens, 'Pilih:');
    expect(message!.keyboard).toBeUndefined();
    expect(linksIn('lihat https://a.example.org/x, https://a.example.org/x.')).toEqual(['https://a.example.org/x']);
  });
});
