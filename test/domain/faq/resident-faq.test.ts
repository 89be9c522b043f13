/**
 * Residents' FAQ questions from the second walk: a long story with thanks at its end still
 * has its question answered (was only "sama-sama"), thanks said with "sangat membantu" is no
 * question about bansos, and krama, a worry about one's phone number and a housewife asking
 * to join find their topics (were "belum paham" or the officers' contacts).
 */
import { describe, expect, it } from 'vitest';
import { readFaqJson, realMatcher } from './real-knowledge.js';

const matcher = realMatcher();

describe('residents FAQ questions in their own words', () => {
  it('answers the question of a long story that ends with thanks', () => {
    const story =
      'assalamualaikum pak, maaf mengganggu malam2. saya pak RT 03 di dusun kami, kemarin pas rapat warga ada yg nyebut wksbm tapi saya ga ngerti itu apa. kira2 itu apa ya pak? trus apa untungnya buat warga? makasih sebelumnya';
    expect(matcher.match(story)).toMatchObject({ kind: 'greeting', followedBy: { kind: 'faq', topic: 'benefits' } });
    // Thanks with words of no topic stays thanks.
    expect(matcher.match('makasih ya min, infonya jelas banget')).toEqual({ kind: 'thanks' });
  });

  it('takes "makasih, sangat membantu" as thanks, not a question about bansos', () => {
    for (const text of ['makasih, sangat membantu', 'infonya sangat membantu', 'wah membantu banget min']) expect(matcher.match(text), text).toEqual({ kind: 'thanks' });
  });

  it('takes a question with words of praise in it for no thanks ("apakah wksbm sangat membantu warga miskin?": was "sama-sama")', () => {
    for (const text of ['apakah wksbm sangat membantu warga miskin?', 'is it very helpful for the poor?']) expect(matcher.match(text).kind, text).not.toBe('thanks');
    // Thanks said before a question, or praise without a question mark, are still thanks.
    expect(matcher.match('apakah sangat membantu')).toEqual({ kind: 'thanks' });
  });

  it('finds the topics of krama, the phone number worry, a housewife joining and "dapet apa"', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['nyuwun sewu, menawi WKSBM punika menapa nggih?', 'definition'],
      ['nomer hp saya nanti disebar ga?', 'privacy'],
      ['saya ibu rumah tangga boleh gabung gak', 'who_may_register'],
      ['kalo udah jadi wksbm dapet apa', 'benefits'],
    ];
    for (const [text, topic] of cases) expect(matcher.match(text), text).toMatchObject({ kind: 'faq', topic });
    // The officers' numbers are still the contact topic.
    expect(matcher.match('nomer tksk brp')).toMatchObject({ kind: 'faq', topic: 'contact' });
  });

  it('finds the topics of the third walk: who made WKSBM, documents, how long, Dasa Wisma, DTSEN, krama joining (were benefits, minimum, the definition or "belum paham")', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['yang bikin wksbm siapa', 'who_runs'],
      ['who created wksbm?', 'who_runs'],
      ['perlu ktp ga', 'how_to_register'],
      ['dokumen apa aja yang perlu disiapkan', 'how_to_register'],
      ['what documents do i need', 'how_to_register'],
      ['prosesnya berapa hari min', 'check_time'],
      ['wksbm sama dasa wisma bedanya apa', 'vs_pkk'],
      ['dtsen itu apa', 'social_aid'],
      ['sinten ingkang saged ndherek', 'member_groups'],
    ];
    for (const [text, topic] of cases) expect(matcher.match(text), text).toMatchObject({ kind: 'faq', topic });
    // "berkas" is left out: "bekas" would be read as its typo ("jual motor bekas" as how to register).
    expect(matcher.match('jual motor bekas')).toEqual({ kind: 'unknown' });
    // How long is asked with the process named: "berapa hari" alone is no question on verifying.
    expect(matcher.match('harga cabai hari ini berapa')).toEqual({ kind: 'unknown' });
    // Dasa Wisma named among others in a difference question gets the PKK's comparison too.
    expect(matcher.match('bedanya wksbm sama posyandu sama dasa wisma')).toMatchObject({ kind: 'faq', topic: 'vs_posyandu', also: ['vs_pkk'] });
  });

  it('says in the answer on registering that no documents are needed (asked "perlu ktp ga", it did not say)', () => {
    const answer = (language: 'id' | 'en') => ((readFaqJson(language).topics as Record<string, { answer: string }>).how_to_register)!.answer;
    expect(answer('id')).toContain('Tidak perlu dokumen (KTP, SK, surat pengantar)');
    expect(answer('en')).toContain('No documents are needed');
  });

  it('reads chat shortcuts and typos of the third walk: "syart", "cr", "lwt", "kwsbm" (were how to register, or "belum paham")', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['syart wksbm apa aja', 'criteria'],
      ['kwsbm itu apa', 'definition'],
      ['gmn cr daftar', 'how_to_register'],
      ['bs daftar lwt wa ga', 'how_to_register'],
    ];
    for (const [text, topic] of cases) expect(matcher.match(text), text).toMatchObject({ kind: 'faq', topic });
  });

  it('reads "saya mau daftar" and "daftar gmn" as how to register (were who may register, which says who registers, not how); "tugas wksbm apa" as what it is for (was the officers)', () => {
    for (const text of ['saya mau daftar', 'daftar gmn', 'terus kalau mau daftar?', 'abdi hoyong daptar']) expect(matcher.match(text), text).toMatchObject({ kind: 'faq', topic: 'how_to_register' });
    expect(matcher.match('siapa yang bisa daftar')).toMatchObject({ kind: 'faq', topic: 'who_may_register' });
    expect(matcher.match('tugas wksbm apa')).toMatchObject({ kind: 'faq', topic: 'benefits' });
  });

  it('greets back a closing "wassalam", takes "mantul" and "tengkyu" as thanks, and reads krama "nyuwun pirsa babagan wksbm" as asking what it is (were "belum paham")', () => {
    expect(matcher.match('wassalamualaikum wr wb')).toMatchObject({ kind: 'greeting', greeting: 'salam' });
    expect(matcher.match('wassalam')).toMatchObject({ kind: 'greeting', greeting: 'salam' });
    for (const text of ['mantul', 'tengkyu min']) expect(matcher.match(text), text).toEqual({ kind: 'thanks' });
    expect(matcher.match('sugeng enjing, kula badhe nyuwun pirsa babagan wksbm')).toMatchObject({ kind: 'greeting', followedBy: { kind: 'faq', topic: 'definition' } });
    // "enjang", as often written for "enjing" (was "belum paham"); "siyang" likewise.
    for (const text of ['sugeng enjang', 'sugeng siyang']) expect(matcher.match(text), text).toMatchObject({ kind: 'greeting' });
    expect(matcher.match('sampurasun, abdi bade naros ngeunaan wksbm')).toMatchObject({ kind: 'greeting', followedBy: { kind: 'faq', topic: 'definition' } });
  });

  it('finds Tagana, ties between groups, sending back, a group that ended and a phone number kept safe (were "belum paham", the contacts)', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['tagana itu apa', 'psks'],
      ['hubungan antarkelompok itu apa', 'criterion_network'],
      ['cara kirim ulang', 'who_verifies'],
      ['our group has ended, what now?', 'end_group'],
      ['nomor hp saya aman?', 'privacy'],
    ];
    for (const [text, topic] of cases) expect(matcher.match(text), text).toMatchObject({ kind: 'faq', topic });
    // "bubar" is no phrasing word ("bubur ayam enak" would be its typo): understand.ts reads a group's end.
    expect(matcher.match('bubur ayam enak')).toEqual({ kind: 'unknown' });
    // Nor are "sejak" and "vakum": "sejak kemarin hujan", "vakum cleaner" ask nothing of WKSBM.
    for (const text of ['sejak kemarin hujan', 'vakum cleaner']) expect(matcher.match(text), text).toEqual({ kind: 'unknown' });
    // The officers' numbers are still the contacts.
    expect(matcher.match('minta nomor hp tksk')).toMatchObject({ kind: 'faq', topic: 'contact' });
    // The answer on changing a group's details says how a group that ended is marked so.
    const answer = (language: 'id' | 'en') => ((readFaqJson(language).topics as Record<string, { answer: string }>).change_data)!.answer;
    expect(answer('id')).toContain('Kelompok yang bubar atau tidak aktif lagi dinonaktifkan di sana juga');
    expect(answer('en')).toContain('A group that has ended or stopped is deactivated there too');
  });

  it('answers residents telling of a neighbour or a house in need with where help is asked, and "ini robot ya?" with what the bot is (were "belum paham")', () => {
    for (const text of ['rumah saya rusak kena banjir', 'tetangga saya lansia hidup sendiri', 'lapor ada pengemis']) expect(matcher.match(text), text).toMatchObject({ kind: 'faq', topic: 'social_aid' });
    for (const text of ['ini robot ya?', 'kamu manusia apa robot']) expect(matcher.match(text), text).toMatchObject({ kind: 'faq', topic: 'about_bot' });
    // Whether one is a PMKS category stays that question.
    expect(matcher.match('pengemis termasuk pmks?')).toMatchObject({ kind: 'faq', topic: 'pmks' });
  });
});
