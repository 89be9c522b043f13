/** Cloud API message shapes and limits: buttons, lists, numbered text, long texts, titles, templates, error classes. */
import { describe, expect, it } from 'vitest';
import { fitTitle, fitTitles } from '../../../src/channels/fit-title.js';
import { CLOUD_LIMITS, renderCloud, templateParameter } from '../../../src/channels/whatsapp-cloud/outbound.js';
import { matchListAnswer } from '../../../src/channels/whatsapp/numbered-list.js';
import { classifyCode, toChannelError } from '../../../src/channels/whatsapp-cloud/send-errors.js';
import { GraphApiError } from '../../../src/channels/whatsapp-cloud/graph-client.js';
import { pickTemplate } from '../../../src/channels/whatsapp-cloud/templates.js';

const TEXTS = { listButton: 'Pilih', listHint: 'Balas dengan angka pilihan Anda.' };
const buttons = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `opt:${index + 1}`, label: `Pilihan nomor ${index + 1}` }));

describe('titles', () => {
  it('keeps short labels, drops leading emoji first, then cuts at a word with an ellipsis', () => {
    expect(fitTitle('✅ Simpan', 20)).toBe('✅ Simpan');
    expect(fitTitle('📝 Daftarkan kelompok', 20)).toBe('Daftarkan kelompok');
    expect(fitTitle('Karang Taruna Foto Bersama', 20)).toBe('Karang Taruna Foto…');
    expect(fitTitle('Supercalifragilisticexpialidocious', 20)).toHaveLength(20);
    for (const label of ['🧑‍🤝‍🧑 Kelompok penerima manfaat lanjutan', 'a'.repeat(40), '📅 Kemarin sore di balai']) {
      expect(fitTitle(label, 20).length).toBeLessThanOrEqual(20);
    }
  });

  it('numbers titles that fitting made alike (the platform refuses duplicates)', () => {
    const titles = fitTitles(['Kelompok Tani Makmur Sejahtera Satu', 'Kelompok Tani Makmur Sejahtera Dua'], 24);
    expect(new Set(titles).size).toBe(2);
    expect(titles.every((title) => title.length <= 24)).toBe(true);
    expect(titles[0]).toMatch(/^1\. /);
  });
});

describe('renderCloud', () => {
  it('sends up to 3 buttons as reply buttons with our ids', () => {
    const { parts, list } = renderCloud([{ text: 'Simpan?', buttons: [{ id: 'save', label: '✅ Simpan' }, { id: 'edit', label: '✏️ Ubah data kelompok ini' }] }], TEXTS);
    // Remembered by their whole labels, for a label typed instead of tapped, and a cut title as shown; no numbers were shown.
    expect(list).toEqual([
      { id: 'save', label: '✅ Simpan', unnumbered: true },
      { id: 'edit', label: '✏️ Ubah data kelompok ini', unnumbered: true, title: 'Ubah data kelompok…' },
    ]);
    expect(parts).toEqual([
      {
        kind: 'message',
        body: {
          type: 'interactive',
          interactive: {
            type: 'button',
            body: { text: 'Simpan?' },
            action: { buttons: [{ type: 'reply', reply: { id: 'save', title: '✅ Simpan' } }, { type: 'reply', reply: { id: 'edit', title: 'Ubah data kelompok…' } }] },
          },
        },
      },
    ]);
  });

  it('sends 4–10 as a list whose shortened rows keep the whole label as description', () => {
    const { parts } = renderCloud([{ text: 'Pilih desa', buttons: [...buttons(3), { id: 'long', label: 'Desa Sidomulyo, Kec. Bambanglipuro' }] }], TEXTS);
    const interactive = (parts[0] as any).body.interactive;
    expect(interactive.type).toBe('list');
    expect(interactive.action.button).toBe('Pilih');
    const rows = interactive.action.sections[0].rows;
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual({ id: 'long', title: 'Desa Sidomulyo, Kec…', description: 'Desa Sidomulyo, Kec. Bambanglipuro' });
    expect(rows.every((row: any) => row.title.length <= CLOUD_LIMITS.rowTitle)).toBe(true);
    expect(renderCloud([{ text: 'x', buttons: buttons(10) }], TEXTS).parts[0]).toMatchObject({ body: { interactive: { type: 'list' } } });
  });

  it('sends more than 10 as numbered text, numbers running on, with the hint', () => {
    const { parts, list } = renderCloud([{ text: 'Jenis kelompok?', buttons: buttons(12) }], TEXTS);
    expect(parts).toHaveLength(1);
    const text = (parts[0] as any).body.text.body as string;
    expect(text).toContain('1. Pilihan nomor 1\n');
    expect(text).toContain('12. Pilihan nomor 12');
    expect(text.endsWith(TEXTS.listHint)).toBe(true);
    expect(list.map((button) => button.id)).toEqual(buttons(12).map((button) => button.id));
  });

  it('remembers every button shown: a label typed picks any of them, a number only a numbered line', () => {
    const boxes = [
      { id: 'partner:kt', label: '✅ Karang Taruna Bina Putra', toggle: 'ticked' as const },
      { id: 'partner:pkk', label: '⬜ PKK Dusun Glugo', toggle: 'unticked' as const },
      ...buttons(2),
      { id: 'partners:done', label: '✔️ Selesai' },
    ];
    const { list } = renderCloud([{ text: 'Kelompok lain mana yang ikut?', buttons: boxes }, { text: 'Jenis kelompok?', buttons: buttons(12).map((button) => ({ ...button, id: `type:${button.id}` })) }], TEXTS);
    expect(list).toHaveLength(17);
    expect(list[1]).toEqual({ id: 'partner:pkk', label: '⬜ PKK Dusun Glugo', toggle: 'unticked', unnumbered: true });
    expect(matchListAnswer('pkk dusun glugo', list)?.id).toBe('partner:pkk');
    expect(matchListAnswer('selesai', list)?.id).toBe('partners:done');
    expect(matchListAnswer('1', list)?.id).toBe('type:opt:1');
    expect(matchListAnswer('12', list)?.id).toBe('type:opt:12');
    expect(matchListAnswer('13', list)).toBeUndefined();
    // An interactive list alone shows no numbers: "2" is the text 2 (a count, a date…).
    expect(matchListAnswer('2', renderCloud([{ text: 'x', buttons: boxes }], TEXTS).list)).toBeUndefined();
  });

  it('takes a cut title typed as it reads, with the ellipsis or without, but not one two buttons were cut to alike', () => {
    const { list } = renderCloud([{ text: 'Ketua?', buttons: [{ id: 'same', label: '👤 Sama dengan ketua Karang Taruna Bina (Mas Bagus)' }, { id: 'self', label: '🙋 Saya sendiri' }] }], TEXTS);
    expect(list[0]).toMatchObject({ id: 'same', title: 'Sama dengan ketua…' });
    // Only dropping the emoji is no cut: the label typed already matches.
    expect(list[1]).not.toHaveProperty('title');
    for (const typed of ['Sama dengan ketua…', 'sama dengan ketua', 'Sama dengan ketua...']) expect(matchListAnswer(typed, list)?.id, typed).toBe('same');
    // "Sama dengan" is not what the title reads: the text goes to the bot.
    expect(matchListAnswer('sama dengan', list)).toBeUndefined();
    const twins = renderCloud([{ text: 'Kelompok?', buttons: [{ id: 'a', label: 'Kelompok Tani Makmur Sejahtera Satu' }, { id: 'b', label: 'Kelompok Tani Makmur Sejahtera Dua' }] }], TEXTS).list;
    // Numbered because the cut made them alike: the cut words alone name neither, the numbered title one.
    expect(twins.map((button) => button.title)).toEqual(['1. Kelompok Tani…', '2. Kelompok Tani…']);
    expect(matchListAnswer('Kelompok Tani…', twins)).toBeUndefined();
    expect(matchListAnswer('2. Kelompok Tani', twins)?.id).toBe('b');
    // Titles alike but for their punctuation read alike typed: neither is picked.
    const alike = [
      { id: 'a', label: 'Kelompok Tani, Makmur Jaya', title: 'Kelompok Tani, Makmur…', unnumbered: true as const },
      { id: 'b', label: 'Kelompok Tani Makmur Abadi', title: 'Kelompok Tani Makmur…', unnumbered: true as const },
    ];
    expect(matchListAnswer('kelompok tani makmur', alike)).toBeUndefined();
  });

  it('splits long texts at 4096 and keeps an interactive body within 1024, links as plain text, photos first', () => {
    const long = `${'Kalimat panjang yang diulang. '.repeat(300)}`;
    const { parts } = renderCloud([{ text: long, photos: ['p1'], links: [{ url: 'https://bot.example.org/dashboard', label: 'Dasbor' }], buttons: [{ id: 'ok', label: 'OK' }] }], TEXTS);
    expect(parts[0]).toEqual({ kind: 'photo', photoId: 'p1' });
    const bodies = parts.slice(1).map((part) => (part as any).body);
    expect(bodies.slice(0, -1).every((body) => body.type === 'text' && body.text.body.length <= 4096)).toBe(true);
    const last = bodies.at(-1);
    expect(last.type).toBe('interactive');
    expect(last.interactive.body.text.length).toBeLessThanOrEqual(1024);
    expect(last.interactive.body.text).toContain('https://bot.example.org/dashboard');
    const plain = renderCloud([{ text: 'x'.repeat(9000) }], TEXTS).parts;
    expect(plain).toHaveLength(3);
  });

  it('makes a template parameter without new lines, tabs or long runs of spaces', () => {
    const parameter = templateParameter([{ text: '🔔 Kelompok baru\n\nNama: "Bina"\tDesa:     Sidomulyo', buttons: [{ id: 'v', label: 'Verifikasi' }] }]);
    expect(parameter).toBe('🔔 Kelompok baru · Nama: "Bina" Desa: Sidomulyo');
    expect(templateParameter([{ text: 'kata '.repeat(400) }]).length).toBeLessThanOrEqual(700);
  });

  it('picks the kind\'s template in the person\'s language, else "*", else none', () => {
    const templates = { '*': [{ name: 'n', language: 'id' }, { name: 'n', language: 'en_US' }], 'digest.weekly': [{ name: 'd', language: 'id' }] };
    expect(pickTemplate(templates, 'group.registered', 'en')).toEqual({ name: 'n', language: 'en_US' });
    expect(pickTemplate(templates, 'digest.weekly', 'en')).toEqual({ name: 'd', language: 'id' });
    expect(pickTemplate({}, 'group.registered', 'id')).toBeUndefined();
  });
});

describe('send errors', () => {
  it('backs off on rate limits and pair rate limits', () => {
    expect(classifyCode(130429, 'Rate limit hit')).toMatchObject({ retryable: true, retryAfterMs: 2_000 });
    expect(classifyCode(131056, 'pair rate')).toMatchObject({ retryable: true, retryAfterMs: 6_000 });
    expect(toChannelError(new GraphApiError(500, undefined, undefined, 'oops', undefined))).toMatchObject({ retryable: true });
    expect(toChannelError(new TypeError('fetch failed'))).toMatchObject({ retryable: true });
  });

  it('refuses for good what will fail again, saying why', () => {
    for (const code of [131026, 100, 131047, 132001, 368]) expect(classifyCode(code, 'x', 400).retryable).toBe(false);
    expect(toChannelError(new GraphApiError(400, 131047, undefined, 'Re-engagement message', 'More than 24 hours have passed')).reason).toMatch(/24-hour window.*#131047 Re-engagement message: More than 24 hours/);
    expect(classifyCode(999999, 'unknown', 400).retryable).toBe(false);
  });
});
