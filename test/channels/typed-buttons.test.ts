/**
 * The buttons a chat was shown last, matched by a typed label: one button only, compared
 * without case, emoji and punctuation; never by number; forgotten when the next messages
 * have no buttons, unless they are a notice. A checkbox's label is its button only once something in its list is ticked.
 */
import { describe, expect, it } from 'vitest';
import { shownLabels } from '../../src/channels/telegram/outbound.js';
import { TypedButtons } from '../../src/channels/typed-buttons.js';

const SUMMARY = [{ text: 'Sudah benar?', buttons: [{ id: 'save', label: '✅ Simpan' }, { id: 'change', label: '✏️ Ubah' }, { id: 'cmd:cancel', label: '✖️ Batal' }] }];

describe('TypedButtons', () => {
  it('takes a label typed as the button shown last in that chat only', () => {
    const typed = new TypedButtons();
    typed.remember('chat-1', SUMMARY);
    expect(typed.buttonFor('chat-1', 'simpan')).toBe('save');
    expect(typed.buttonFor('chat-1', '  UBAH! ')).toBe('change');
    expect(typed.buttonFor('chat-2', 'simpan')).toBeUndefined();
    expect(typed.buttonFor('chat-1', 'simpan sekarang')).toBeUndefined();
  });

  it('never takes a number, nor a label two buttons share', () => {
    const typed = new TypedButtons();
    typed.remember('chat', [{ text: 'Pilih', buttons: [{ id: 'a', label: 'Arisan' }, { id: 'b', label: 'arisan!' }, { id: 'c', label: 'PKK' }] }]);
    expect(typed.buttonFor('chat', '2')).toBeUndefined();
    expect(typed.buttonFor('chat', 'arisan')).toBeUndefined();
    expect(typed.buttonFor('chat', 'pkk')).toBe('c');
  });

  it('forgets the buttons when the next messages have none', () => {
    const typed = new TypedButtons();
    typed.remember('chat', SUMMARY);
    typed.remember('chat', [{ text: 'Berapa jumlah anggotanya?' }]);
    expect(typed.buttonFor('chat', 'simpan')).toBeUndefined();
  });

  it('keeps the buttons across a notice without any (an alert, the channel\'s own note); a notice with buttons replaces them', () => {
    const typed = new TypedButtons();
    typed.remember('chat', SUMMARY);
    typed.remember('chat', [{ text: 'Pesan yang diedit tidak dibaca ulang.' }], { notice: true });
    expect(typed.buttonFor('chat', 'simpan')).toBe('save');
    typed.remember('chat', [{ text: 'Ada permintaan baru', buttons: [{ id: 'open', label: 'Buka' }] }], { notice: true });
    expect(typed.buttonFor('chat', 'simpan')).toBeUndefined();
    expect(typed.buttonFor('chat', 'buka')).toBe('open');
  });

  it('leaves a checkbox\'s label as text while nothing is ticked (an answer in words), and takes it as the box once something is', () => {
    const typed = new TypedButtons();
    const list = (pkk: 'ticked' | 'unticked') => [{ text: 'Kelompok lain mana yang ikut?', buttons: [
      { id: 'partner:kt', label: '⬜ Karang Taruna Bina Putra', toggle: 'unticked' as const },
      { id: 'partner:pkk', label: `${pkk === 'ticked' ? '✅' : '⬜'} PKK Dusun Glugo`, toggle: pkk },
      { id: 'partners:done', label: '✔️ Selesai' },
    ] }];
    typed.remember('chat', list('unticked'));
    expect(typed.buttonFor('chat', 'karang taruna bina putra')).toBeUndefined();
    expect(typed.buttonFor('chat', 'selesai')).toBe('partners:done');
    typed.remember('chat', list('ticked'));
    expect(typed.buttonFor('chat', 'karang taruna bina putra')).toBe('partner:kt');
    expect(typed.buttonFor('chat', 'PKK Dusun Glugo')).toBe('partner:pkk');
  });

  describe('on a screen that cuts long labels (Telegram)', () => {
    const KETUA = [{ text: 'Siapa ketua kelompok ini?', buttons: [{ id: 'same:1', label: '👤 Sama dengan ketua Arisan Melati (Bu Siti Aminah)' }, { id: 'cmd:back', label: '↩️ Kembali' }] }];
    const ALIKE = [{ text: 'Kelompok yang mana?', buttons: [
      { id: 'g:wetan', label: 'Majelis Taklim Al Hikmah Dusun Glugo Wetan' },
      { id: 'g:kulon', label: 'Majelis Taklim Al Hikmah Dusun Glugo Kulon' },
    ] }];

    it('takes a long label cut as it reads, or its beginning of two words or more', () => {
      const typed = new TypedButtons({ shown: shownLabels });
      typed.remember('chat', KETUA);
      expect(typed.buttonFor('chat', 'Sama dengan ketua Arisan Me…')).toBe('same:1');
      expect(typed.buttonFor('chat', 'sama dengan ketua arisan...')).toBe('same:1');
      expect(typed.buttonFor('chat', 'sama dengan ketua')).toBe('same:1');
      // One word, or a few letters, is an answer of its own.
      expect(typed.buttonFor('chat', 'sama')).toBeUndefined();
      expect(typed.buttonFor('chat', 'sama de')).toBeUndefined();
      // A short label shows whole: only its whole label is it.
      expect(typed.buttonFor('chat', 'kemb…')).toBeUndefined();
      // Nor on a screen that shows labels whole (web chat).
      const whole = new TypedButtons();
      whole.remember('chat', KETUA);
      expect(whole.buttonFor('chat', 'Sama dengan ketua Arisan Me…')).toBeUndefined();
    });

    it('gives back the labels it remembers as shown, per message, for the keyboard to show the same', () => {
      const typed = new TypedButtons({ shown: shownLabels });
      expect(typed.remember('chat', [...ALIKE, { text: 'Tanpa tombol' }])).toEqual([shownLabels(ALIKE[0]!.buttons.map((button) => button.label)), []]);
      expect(new TypedButtons().remember('chat', KETUA)).toEqual([KETUA[0]!.buttons.map((button) => button.label)]);
    });

    it('reads labels numbered because they read alike by their number, and a beginning they share as neither', () => {
      const typed = new TypedButtons({ shown: shownLabels });
      typed.remember('chat', ALIKE);
      expect(typed.buttonFor('chat', '2. Majelis Taklim Al Hikm…')).toBe('g:kulon');
      expect(typed.buttonFor('chat', '1. Majelis Taklim Al Hikmah Dusun Glugo Wetan')).toBe('g:wetan');
      expect(typed.buttonFor('chat', 'Majelis Taklim Al Hikmah…')).toBeUndefined();
      expect(typed.buttonFor('chat', '2')).toBeUndefined();
    });
  });
});
