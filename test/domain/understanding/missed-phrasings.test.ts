/**
 * Phrasings residents typed that got "belum paham" or a wrong answer (third walk): a typed
 * salam and "met malem" are greetings; one person in two groups and a tenant joining are the
 * membership answer; how long registering takes, when a desa's level changes and "kayak rt rw"
 * each get their own answer, not the minimum counts or a search for a desa called "kapan berubah".
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { LANGUAGES, readFaqJson, realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const label = (text: string) => readingLabel(understand(text, matcher, NOW).understood);

describe('phrasings that were missed', () => {
  it.each([
    ['asslmkm min', 'greeting'],
    ['met malem', 'greeting'],
    ['satu orang bisa ikut dua kelompok?', 'faq:membership'],
    ['yg ngontrak boleh ikut?', 'faq:membership'],
    ['daftarnya butuh berapa hari', 'faq:how_long'],
    ['kapan status desa saya berubah', 'faq:levels'],
    ['wksbm itu kayak rt rw gitu ya', 'faq:vs_rt_rw'],
  ])('reads %j as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('greets a typed salam and an evening greeting as such', () => {
    expect(understand('asslmkm min', matcher, NOW).understood).toMatchObject({ kind: 'greeting', greeting: 'salam' });
    expect(understand('met malem', matcher, NOW).understood).toMatchObject({ kind: 'greeting', greeting: 'time_of_day', timeOfDay: 'evening' });
  });

  it('reads other ways of asking the same (not the phrasings themselves)', () => {
    expect(label('kalau saya ngontrak boleh ikut gak')).toBe('faq:membership');
    expect(label('boleh gak ikut 2 kelompok sekaligus')).toBe('faq:membership');
    expect(label('daftar itu lama gak min')).toBe('faq:how_long');
    expect(label('apa bedanya wksbm dengan rt')).toBe('faq:vs_rt_rw');
    expect(label('when does my village status change')).toBe('faq:levels');
    expect(label('kapan desa saya bisa naik tingkat')).toBe('faq:levels');
  });

  it('still reads a desa named with a change as that desa, and prices by day as nothing of WKSBM', () => {
    expect(understand('status desa sidomulyo', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sidomulyo' });
    expect(label('harga cabai hari ini berapa')).toBe('unknown');
    expect(label('berapa hari lagi lebaran')).toBe('unknown');
  });
});

describe('how long the officers\' check takes', () => {
  // Were who verifies: the answer of who checks, not of how long it takes.
  it.each([
    'how long does the process take',
    'berapa lama prosesnya',
    'prosesnya berapa lama',
    'berapa lama verifikasinya',
    'kapan diverifikasi',
    'verifikasine suwe ora',
    'iraha diverifikasi',
    // Were who_verifies in the FAQ's own tests.
    'how long does verification take',
    'berapa lama sampai diverifikasi petugas?',
    'prosesnya berapa hari min',
    // The passive of "cek": was who_verifies.
    'berapa lama dicek?',
    'kapan dicek petugas?',
  ])(
    'reads %j as the time the check takes',
    (text) => {
      expect(label(text)).toBe('faq:check_time');
    },
  );

  it('keeps who checks, and how long registering takes, apart', () => {
    expect(label('siapa yang verifikasi')).toBe('faq:who_verifies');
    expect(label('verifikasi oleh siapa')).toBe('faq:who_verifies');
    expect(label('daftarnya berapa lama')).toBe('faq:how_long');
  });
});

describe('whether the bot is a scam', () => {
  // Were "belum paham": who runs the bot, and that it never asks for money, a PIN or an OTP.
  it.each(['apa ini scam?', 'ini penipuan bukan?', 'is this a scam?', 'iki penipuan ora?', 'ieu tipuan lain?'])('reads %j as what the bot is', (text) => {
    expect(label(text)).toBe('faq:about_bot');
  });

  it('says in the answer, in every language, that the bot never asks for money or a PIN', () => {
    for (const language of LANGUAGES) {
      const topics = readFaqJson(language).topics as Record<string, { answer: string }>;
      expect(topics.about_bot!.answer, language).toMatch(/PIN/u);
    }
  });
});

describe('moving house', () => {
  // Were "belum paham", or (Javanese, Sundanese) what a desa not yet a WKSBM does next.
  it.each([
    'kalau saya pindah rumah, data kelompok gmn?',
    'saya mau pindah rumah',
    'saya pindah ke desa lain',
    'if i move house what happens to my group',
    'nek aku pindah omah, kelompoke piye',
    'upami abdi ngalih bumi, kelompok kumaha',
  ])('reads %j as changing the group\'s data', (text) => {
    expect(label(text)).toBe('faq:change_data');
  });

  it('says in the answer, in every language, what moving house changes in Kelompok saya', () => {
    const moving = { id: /Pindah rumah\?/u, en: /Moving house\?/u } as const;
    for (const language of LANGUAGES) {
      const topics = readFaqJson(language).topics as Record<string, { answer: string }>;
      expect(topics.change_data!.answer, language).toMatch(moving[language]);
    }
  });
});
