/** The state of the group on screen asked in few words, and what is not such a question. */
import { describe, expect, it } from 'vitest';
import { groupStateAsked, ownGroupStateAsked } from '../../../src/domain/groups/state-asked.js';
import { entryInSentence } from '../../../src/domain/home/entry-in-sentence.js';
import { entryOfWords } from '../../../src/domain/home/entry-of-words.js';

describe('groupStateAsked', () => {
  it.each(['statusnya gimana', 'sudah diverifikasi belum', 'status kelompok ini apa', 'udah aktif belum kelompok ini', 'is it verified yet?', 'statusnya apa ya min'])(
    'reads "%s" as the group\'s state asked',
    (typed) => expect(groupStateAsked(typed)).toBe(true),
  );

  // A leader's typos and Javanese (were "choose a button", or the officers' FAQ answered over the screen).
  it.each(['klompok sy udh di verifikasi blm', 'kelompokku wis diverifikasi durung?', 'kelompoke wes diverifikasi opo durung', 'klmpk kami udh aktif blm', 'sampun diverifikasi dereng?', 'has my group been verified?', 'has it been approved yet?'])(
    'reads "%s" too',
    (typed) => expect(groupStateAsked(typed)).toBe(true),
  );

  it.each(['kapan diverifikasi', 'status desa panggungharjo', 'siapa yang verifikasi', 'ganti ketua', 'ada konfirmasi?', 'gimana', 'belum'])(
    'leaves "%s" to what reads it otherwise',
    (typed) => expect(groupStateAsked(typed)).toBe(false),
  );
});

describe('ownGroupStateAsked, the one reader of one\'s own group\'s state at the menu', () => {
  // Were read in two places (this file's few words, and entry-in-sentence.ts's sentences): one now.
  it.each([
    'status kelompok saya',
    'status kelompok abdi kumaha?',
    'kelompok saya statusnya gimana?',
    'kelompok saya sudah terdaftar belum?',
    'apa kelompok kami sudah diverifikasi?',
    'saya lupa sudah daftar atau belum',
    'klompok sy udh di verifikasi blm',
    'kelompokku wis diverifikasi durung?',
    'has my group been verified?',
  ])('reads "%s" as one\'s own group\'s state asked', (typed) => expect(ownGroupStateAsked(typed)).toBe(true));

  it.each(['statusnya gimana', 'status desa saya', 'kelompok apa saja yang bisa daftar', 'siapa yang verifikasi'])('leaves "%s" to what reads it otherwise', (typed) =>
    expect(ownGroupStateAsked(typed)).toBe(false),
  );

  // Being registered asked in Javanese (krama, ngoko) and Sundanese: "kula", "abdi" and
  // "kedaftar"/"kadaftar" were not read ("Maaf, saya belum paham", or how to register).
  it.each(['kelompok kula sampun kadaftar dereng?', 'kelompokku wis kedaftar durung?', 'kelompok abdi tos kadaftar teu acan?', 'kelompok kulo sampun kedaftar dereng', 'kelompok abdi parantos kadaptar?', 'kelompok aku wis kedaftar?'])(
    'reads "%s" as the Indonesian "kelompok saya sudah terdaftar belum?" is read',
    (typed) => expect(entryOfWords(typed)).toEqual(entryOfWords('kelompok saya sudah terdaftar belum?')),
  );

  it.each(['kelompok kula badhe daftar', 'kelompok abdi hoyong daptar', 'kadaftar'])('leaves "%s", which asks no state, alone', (typed) =>
    expect(ownGroupStateAsked(typed)).toBe(false),
  );

  it('is no longer read by the entries asked in a sentence', () => {
    expect(entryInSentence('kelompok saya sudah terdaftar belum?')).toBeNull();
    expect(entryOfWords('kelompok saya sudah terdaftar belum?')).toEqual({ kind: 'entry', id: 'groups', state: true });
  });
});
