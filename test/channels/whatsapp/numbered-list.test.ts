/** Buttons as numbered lists, and numbered or typed answers back to buttons. */
import { describe, expect, it } from 'vitest';
import { matchListAnswer, renderNumbered } from '../../../src/channels/whatsapp/numbered-list.js';
import { simplifyLabel } from '../../../src/core/button-label.js';

const HINT = 'Balas dengan angka pilihan Anda (misalnya 1) atau ketik pilihannya.';

describe('renderNumbered', () => {
  it('appends "n. Label" lines and the hint once, under the last message with buttons', () => {
    const batch = renderNumbered(
      [
        { text: 'Halo!' },
        { text: 'Pilih menu:', buttons: [{ id: 'menu:faq', label: '❓ Tanya tentang WKSBM' }, { id: 'menu:language', label: '🌐 Bahasa / Language' }] },
      ],
      HINT,
    );
    expect(batch.texts).toEqual(['Halo!', `Pilih menu:\n\n1. ❓ Tanya tentang WKSBM\n2. 🌐 Bahasa / Language\n\n${HINT}`]);
    expect(batch.list).toEqual([
      { id: 'menu:faq', label: '❓ Tanya tentang WKSBM' },
      { id: 'menu:language', label: '🌐 Bahasa / Language' },
    ]);
  });

  it('numbers on across messages of one batch, so no number means two things', () => {
    const batch = renderNumbered(
      [
        { text: 'A', buttons: [{ id: 'a1', label: 'Satu' }, { id: 'a2', label: 'Dua' }] },
        { text: 'B', buttons: [{ id: 'b1', label: 'Tiga' }] },
      ],
      HINT,
    );
    expect(batch.texts[0]).toBe('A\n\n1. Satu\n2. Dua');
    expect(batch.texts[1]).toBe(`B\n\n3. Tiga\n\n${HINT}`);
    expect(batch.list.map((button) => button.id)).toEqual(['a1', 'a2', 'b1']);
  });

  it('leaves replies without buttons as they are, with an empty list', () => {
    expect(renderNumbered([{ text: 'Berapa anggota kelompok Anda?' }], HINT)).toEqual({ texts: ['Berapa anggota kelompok Anda?'], list: [] });
  });
});

describe('matchListAnswer', () => {
  const list = [
    { id: 'engine:resume', label: '▶️ Lanjutkan: Daftarkan kelompok' },
    { id: 'menu:faq', label: '❓ Tanya tentang WKSBM' },
    { id: 'menu:language', label: '🌐 Bahasa / Language' },
  ];

  it.each([
    ['1', 'engine:resume'],
    [' 2 ', 'menu:faq'],
    ['3.', 'menu:language'],
    ['3)', 'menu:language'],
    ['bahasa language', 'menu:language'],
    ['BAHASA / LANGUAGE', 'menu:language'],
    ['tanya tentang wksbm', 'menu:faq'],
    ['Lanjutkan: daftarkan kelompok!', 'engine:resume'],
  ])('"%s" picks %s', (answer, id) => {
    expect(matchListAnswer(answer, list)?.id).toBe(id);
  });

  it.each(['0', '4', '12', 'bahasa', '2 orang', '', '   ', '🌐'])('"%s" is not an answer to the list', (answer) => {
    expect(matchListAnswer(answer, list)).toBeUndefined();
  });

  it('matches nothing without a list', () => {
    expect(matchListAnswer('1', [])).toBeUndefined();
  });

  it('simplifies labels without case, accents, emoji and punctuation', () => {
    expect(simplifyLabel('↩️ Kembali')).toBe('kembali');
    expect(simplifyLabel('Café  Sore!!')).toBe('cafe sore');
    expect(simplifyLabel('📊 Cek status WKSBM')).toBe('cek status wksbm');
  });

  it('takes a checkbox\'s number always, its label only once something in the list is ticked', () => {
    const boxes = (pkk: 'ticked' | 'unticked') => renderNumbered([{ text: 'Kelompok lain mana yang ikut?', buttons: [
      { id: 'partner:kt', label: '⬜ Karang Taruna Bina Putra', toggle: 'unticked' },
      { id: 'partner:pkk', label: `${pkk === 'ticked' ? '✅' : '⬜'} PKK Dusun Glugo`, toggle: pkk },
      { id: 'partners:done', label: '✔️ Selesai' },
    ] }], HINT).list;
    expect(boxes('unticked')[0]).toEqual({ id: 'partner:kt', label: '⬜ Karang Taruna Bina Putra', toggle: 'unticked' });
    expect(matchListAnswer('1', boxes('unticked'))?.id).toBe('partner:kt');
    expect(matchListAnswer('karang taruna bina putra', boxes('unticked'))).toBeUndefined();
    expect(matchListAnswer('selesai', boxes('unticked'))?.id).toBe('partners:done');
    expect(matchListAnswer('karang taruna bina putra', boxes('ticked'))?.id).toBe('partner:kt');
  });
});
