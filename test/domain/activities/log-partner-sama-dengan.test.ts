/**
 * "kerja bakti sama pkk", "pengajian dengan majelis taklim al-ikhlas" typed at the kind's
 * question: only "bareng"/"bersama" were read as naming a partner there, so the partner was
 * asked again (and the second was refused outright as no kind). After "sama"/"dengan" the
 * words are now a partner when they name a kind of group or a group of the desa by its own
 * name ("sama tunas muda"), said back at the partner question; people named there ("sama pak
 * RT", "dengan warga", "dengan 20 anak yatim") leave the question asked as usual. A guess from
 * the kind's answer also no longer takes a group that merely holds one of the words
 * ("bareng warga" took "Paguyuban Warga Glugo").
 */
import { describe, expect, it } from 'vitest';
import { LIST_VILLAGE_GROUPS } from '../../../src/domain/groups/effects.js';
import { group, groups, kindThenGroups, logAt, send, textOf } from '../../support/activity-log.js';

/** The desa's groups, with a majelis taklim, a posyandu and a paguyuban whose name holds "warga". */
const desa = [
  ...groups,
  group('mt', 'Majelis Taklim Al-Ikhlas', 'majelis_taklim'),
  group('psy', 'Posyandu Mawar', 'posyandu'),
  group('pw', 'Paguyuban Warga Glugo', 'paguyuban'),
];

describe('a partner after "sama"/"dengan" at the kind\'s question', () => {
  it.each([
    ['kerja bakti sama pkk', 'pkk', 'PKK Panggungharjo'],
    ['kerja bakti sama ibu2 pkk', 'pkk', 'PKK Panggungharjo'],
    ['senam bareng posyandu', 'psy', 'Posyandu Mawar'],
    ['kerja bakti dengan karang taruna di balai desa', 'kt', 'Karang Taruna Tunas Muda'],
    ['kerja bakti sama tunas muda', 'kt', 'Karang Taruna Tunas Muda'],
  ])('"%s" is taken as the partner and said back', (said, id, name) => {
    const listed = kindThenGroups(said, desa);
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: [id], description: said } });
    expect(textOf(listed.messages)).toContain(`✅ Kelompok lain: ${name}.`);
  });

  it.each(['kerja bakti sama pak RT', 'kerja bakti dengan warga', 'santunan dengan 20 anak yatim', 'kerja bakti bareng warga', 'kerja bakti sama mas budi'])(
    '"%s" names people, not a group: the partner question is asked as usual',
    (said) => {
      const listed = kindThenGroups(said, desa);
      expect(listed.state.stack.at(-1)).toMatchObject({ step: 'partners', data: { partners: [] } });
      const shown = textOf(listed.messages);
      expect(shown).toContain('Kelompok lain mana yang ikut?');
      expect(shown).not.toContain('tidak saya temukan');
    },
  );

  it('keeps a partner named with a kind not on the list: "pengajian" is said to go under Lainnya', () => {
    const said = 'pengajian dengan majelis taklim al-ikhlas';
    const kind = send(logAt('category', { date: '2026-12-05' }), { type: 'text', text: said });
    expect(textOf(kind.messages)).toContain('“pengajian” tidak ada di daftar jenis kegiatan');
    const other = send(kind.state, { type: 'button', id: 'category:lainnya' });
    expect(textOf(other.messages)).toContain(`“${said}”`);
    const described = send(other.state, { type: 'text', text: 'ya' });
    const listed = send(described.state, { type: 'effect-result', effect: LIST_VILLAGE_GROUPS.name, value: desa });
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { category: 'lainnya', description: said, partners: ['mt'] } });
    expect(textOf(listed.messages)).toContain('✅ Kelompok lain: Majelis Taklim Al-Ikhlas.');
  });
});
