/**
 * What residents asked in their own words at the main menu that was misread (the faqwords
 * walk): the "sementara"/provisional mark was the WKSBM definition or a search for a desa
 * called "arti sementara"; "only 2 groups" in English was not understood; questions about
 * registering ("what do i need to register my group?", "can i register more than one group",
 * "why should my group register") started the registration; "level aktif maksudnya gimana"
 * searched a desa "maksudnya". Then questions found probing further (Javanese and Sundanese costs,
 * times and deleting data, what "Belum Ada" means, whom to talk to). Requests to register still read as such.
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const label = (text: string) => readingLabel(understand(text, matcher, NOW).understood);

describe('residents asking about WKSBM in their own words', () => {
  it.each([
    ['what does provisional mean', 'faq:provisional'],
    ['apa arti sementara di status', 'faq:provisional'],
    ['status sementara artinya apa', 'faq:provisional'],
    ['kok status desa saya sementara', 'faq:provisional'],
    ['why is my village status provisional', 'faq:provisional'],
    ['gimana biar status ga sementara lagi', 'faq:provisional'],
    ['how do i remove the provisional mark', 'faq:provisional'],
    ['tulisan sementara itu maksudnya apa min', 'faq:provisional'],
    ['what happens if my village has only 2 groups', 'faq:minimum'],
    ['kalau cuma ada 2 kelompok gimana', 'faq:minimum'],
    ['hello, what do i need to register my group?', 'faq:how_to_register'],
    ['can i register more than one group', 'faq:several_groups'],
    ['bisa daftar lebih dari satu kelompok?', 'faq:several_groups'],
    ['why should my group register', 'faq:benefits'],
    ['level aktif maksudnya gimana', 'faq:levels'],
    // Found probing further questions.
    ['what does aktif mean', 'faq:levels'],
    ['sing ngecek sopo', 'faq:who_verifies'],
    ['saha anu ngecek data', 'faq:who_verifies'],
    ['nomer hp saya aman ga', 'faq:privacy'],
    ['my group has only 3 members can we join', 'faq:who_may_register'],
    ['can i talk to a human', 'faq:contact'],
    ['ngobrol sama admin', 'faq:contact'],
    ['is this official from the government', 'faq:about_bot'],
    ['aya biayana teu', 'faq:cost'],
    ['daftar suwe ora', 'faq:how_long'],
    ['sabaraha lami ngadaftar', 'faq:how_long'],
    ['what does belum ada mean', 'faq:levels'],
    ['belum ada itu artinya apa', 'faq:levels'],
    ['carane mbusak dataku piye', 'faq:privacy'],
    // Javanese "ragad" (cost), found walking the web chat (were not understood).
    ['ragade piro', 'faq:cost'],
    ['ndaftar ngragati piro mas', 'faq:cost'],
  ])('reads %j as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('still starts the registration when asked to register', () => {
    expect(label('daftar kelompok')).toBe('register');
    expect(label('register my group')).toBe('register');
    expect(label('saya mau daftar kelompok arisan')).toBe('register');
  });

  it('keeps joining several groups as a person the membership answer, and a desa named a status', () => {
    expect(label('satu orang bisa ikut dua kelompok?')).toBe('faq:membership');
    expect(label('can one person join two groups')).toBe('faq:membership');
    expect(understand('status desa sidomulyo', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sidomulyo' });
    // "sementara ini": "for now", no mark asked about.
    expect(label('sementara ini desa saya udah wksbm belum')).toBe('status');
  });
});
