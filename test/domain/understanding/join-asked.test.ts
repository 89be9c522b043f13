/**
 * A group's own people asking to take part ("kelompok saya mau ikut wksbm", "saya pengurus
 * posyandu, gimana caranya ikut wksbm"), or a leader introducing themself with their group
 * ("saya ketua karang taruna di desa sidomulyo"), is read as the wish to join: a group takes
 * part by registering, so the kind and the desa said go along. Were the FAQ's list of member
 * groups, what Karang Taruna is, or "not understood". Questions about the concept, which name
 * no group of the person's own, keep the FAQ's answers.
 */
import { describe, expect, it, vi } from 'vitest';
import { tokenize } from '../../../src/domain/faq/normalize.js';
import { joinAsked } from '../../../src/domain/understanding/join-asked.js';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const read = (text: string) => understand(text, matcher, NOW);
const label = (text: string) => readingLabel(read(text).understood);

describe('a group asking to take part', () => {
  it('reads a pengurus asking how their kind of group joins as that kind joining', () => {
    expect(read('saya pengurus posyandu, gimana caranya ikut wksbm').understood).toEqual({ kind: 'join', groupType: 'posyandu' });
  });

  it('reads "kelompok saya mau ikut wksbm" as joining, of no kind named', () => {
    expect(read('kelompok saya mau ikut wksbm').understood).toEqual({ kind: 'join' });
  });

  it('keeps the place said with the group: a place after "di" for the registration, no desa for a status', () => {
    expect(read('kami kelompok tani di bantul, bisa ikut?').understood).toEqual({ kind: 'join', groupType: 'kelompok_tani', place: 'bantul' });
  });

  it('reads a leader introducing themself with their group and desa as the wish to join, with that desa', () => {
    expect(read('saya ketua karang taruna di desa sidomulyo').understood).toEqual({ kind: 'join', groupType: 'karang_taruna', place: 'desa sidomulyo', desa: 'desa sidomulyo' });
  });

  it('reads "youth group" in English as Karang Taruna, and the message as English', () => {
    const reading = read('my group is a youth group in sleman');
    expect(reading.understood).toEqual({ kind: 'join', groupType: 'karang_taruna', place: 'sleman' });
    expect(reading.language).toBe('en');
  });

  it.each([
    ['kelompok kami ingin bergabung dengan wksbm', { kind: 'join' }],
    ['kami dari majelis taklim, boleh gabung wksbm gak?', { kind: 'join', groupType: 'majelis_taklim' }],
    ['kelompokku arep melu wksbm piye carane', { kind: 'join' }],
    ['can our farmers group join?', { kind: 'join', groupType: 'kelompok_tani' }],
    ['kelompok kami mau jadi anggota wksbm', { kind: 'join' }],
    ['halo min, kelompok saya mau ikut wksbm', { kind: 'join' }],
    ['posyandu kami di desa sinduadi kec mlati mau gabung', { kind: 'join', groupType: 'posyandu', place: 'desa sinduadi kec mlati', desa: 'desa sinduadi kec mlati' }],
    // A kind outside the list goes along as the registration's Lainnya.
    ['takmir masjid kami mau ikut wksbm', { kind: 'join', typeOther: 'takmir masjid' }],
    ['saya ketua kelompok ronda di desa sidomulyo', { kind: 'join', typeOther: 'kelompok ronda', place: 'desa sidomulyo', desa: 'desa sidomulyo' }],
  ])('reads %j as joining', (text, expected) => {
    expect(read(text).understood).toEqual(expected);
  });

  it.each([
    // The concept, asked of no group of one's own.
    ['siapa saja anggota wksbm?', 'faq:member_groups'],
    ['majelis taklim bisa ikut wksbm gak', 'faq:member_groups'],
    ['kelompok tani boleh gabung?', 'faq:member_groups'],
    ['posyandu bisa ikut wksbm', 'faq:member_groups'],
    ['apa bedanya karang taruna sama wksbm', 'faq:vs_karang_taruna'],
    ['karang taruna itu apa', 'faq:vs_karang_taruna'],
    // A person, not their group; something else asked of joining; a registration requested.
    ['saya warga biasa boleh gabung', 'faq:who_may_register'],
    ['manfaatnya apa kalo kelompok saya ikut wksbm', 'faq:benefits'],
    ['saya ketua posyandu mawar mau daftar', 'register'],
    ['kalo mau bikin di desa saya gimana', 'faq:how_to_register'],
    // Said of a group already in, or not joining; a leader asking something else.
    ['kelompok saya sudah ikut wksbm belum', 'faq:member_groups'],
    ['kelompok kami gak ikut wksbm', 'faq:member_groups'],
    ['saya ketua karang taruna, wksbm itu apa?', 'faq:vs_karang_taruna'],
  ])('keeps %j as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  // The group named by its own name, which the registration then does not ask again (was the FAQ's list, or not understood).
  it.each([
    ['kami dari posyandu mawar mau ikut wksbm', { kind: 'join', groupType: 'posyandu', name: 'Posyandu Mawar' }],
    ['posyandu mawar kami mau ikut wksbm', { kind: 'join', groupType: 'posyandu', name: 'Posyandu Mawar' }],
    ['saya ketua pkk melati rw 3, mau gabung', { kind: 'join', groupType: 'pkk', name: 'PKK Melati', unit: { rw: 3, rt: 0, dusun: '' } }],
    ['kami dari kelompok tani sri rejeki di panggungharjo, bisa ikut wksbm?', { kind: 'join', groupType: 'kelompok_tani', name: 'Kelompok Tani Sri Rejeki', place: 'panggungharjo' }],
  ])('reads %j as joining, with the group\'s name', (text, expected) => {
    expect(read(text).understood).toEqual(expected);
  });

  // A name with something else asked; a group named that is not the person's own (a resident joining it).
  it.each(['posyandu mawar kami mau ikut wksbm, manfaatnya apa', 'saya mau ikut posyandu mawar', 'kami dari posyandu mawar mau tanya syaratnya'])(
    'reads no wish to join in %j',
    (text) => {
      expect(label(text)).not.toBe('join');
    },
  );

  // Registering asked of one's own group, actively or passively: the registration offered, as for "ikut" (was who may register).
  it.each([
    ['sy ketua yasinan di rt 3, mau didaftarin gmn caranya ya', { kind: 'join', groupType: 'majelis_taklim', unit: { rw: 0, rt: 3, dusun: '' } }],
    ['saya ketua posyandu mau daftar gimana caranya', { kind: 'join', groupType: 'posyandu' }],
    ['kula ketua pengajian, carane ndaftar piye', { kind: 'join', groupType: 'majelis_taklim' }],
    ['abdi ketua pengajian, kumaha carana ngadaptar', { kind: 'join', groupType: 'majelis_taklim' }],
    ['i am the head of a youth group, how do we register', { kind: 'join', groupType: 'karang_taruna' }],
  ])('reads %j as joining by registering', (text, expected) => {
    expect(read(text).understood).toEqual(expected);
  });

  it('keeps a leader asking who may register as who may register', () => {
    expect(label('saya ketua posyandu, siapa yang boleh daftar?')).toBe('faq:who_may_register');
  });

  it('takes no words of the question for a place ("… ikut di wksbm")', () => {
    expect(read('kelompok saya mau ikut di wksbm').understood).toEqual({ kind: 'join' });
  });

  it('leaves a resident joining a group (not theirs) to the FAQ', () => {
    expect(label('saya mau ikut kelompok tani')).not.toBe('join');
  });
});

describe('the details a wish to join is read with', () => {
  // The registration's reading of the text is the costly part (issue #14): most messages
  // reaching the check speak of no group of the person's own, and need none of it.
  it('are read only when the message has an owner of a group ("saya", "kami", "my", "kelompokku"), once', () => {
    const details = vi.fn(() => ({ name: 'Posyandu Mawar' }));
    expect(joinAsked(tokenize('desa sidomulyo sudah wksbm belum'), details)).toBeNull();
    expect(joinAsked(tokenize('posyandu bisa ikut wksbm?'), details)).toBeNull();
    expect(details).not.toHaveBeenCalled();
    expect(joinAsked(tokenize('kami dari posyandu mawar mau ikut'), details)).toEqual({ groupType: 'posyandu', name: 'Posyandu Mawar' });
    expect(details).toHaveBeenCalledTimes(1);
  });
});

describe('a kind of group asked whether it may take part', () => {
  // The reading stays the FAQ's (its labels above); the kind asked goes beside it, for the menu to answer for it.
  it.each([
    ['posyandu bisa ikut wksbm', { groupType: 'posyandu', kindAsked: true }],
    ['kelompok tani boleh gabung?', { groupType: 'kelompok_tani', kindAsked: true }],
    ['kelompok pengajian ibu2 bisa daftar?', { groupType: 'majelis_taklim', kindAsked: true }],
    ['posyandu melati bisa daftar?', { groupType: 'posyandu', kindAsked: true, name: 'Posyandu Melati' }],
    // Wrapped in more words: "kalau …", "… ga ya" (its tag before the particle: was a registration of "Arisan Ibu-Ibu Bisa Ikut").
    ['kalau kelompok arisan ibu2 bisa ikut daftar ga ya', { groupType: 'arisan', kindAsked: true }],
    ['can a farmers group register in wksbm?', { groupType: 'kelompok_tani', kindAsked: true }],
  ])('reads the kind asked in %j', (text, expected) => {
    expect(read(text).kindAsked).toEqual(expected);
  });

  it.each(['kelompok apa saja yang bisa ikut', 'posyandu bisa ikut kegiatan apa saja?', 'posyandu sama arisan bisa ikut?', 'apakah posyandu bisa jadi wksbm?'])(
    'reads no kind asked in %j',
    (text) => {
      expect(read(text).kindAsked).toBeUndefined();
    },
  );
});
