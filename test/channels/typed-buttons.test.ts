/**
 * The buttons a chat was shown last, matched by a typed label: one button only, compared
 * without case, emoji and punctuation; never by number; forgotten when the next messages
 * have no buttons, unless they are a notice. A checkbox's label is its button only once something in its list is ticked.
 */
import { describe, expect, it } from 'vitest';
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
});
