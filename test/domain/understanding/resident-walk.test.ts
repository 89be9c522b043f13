/**
 * Six residents walking the chat in their own words (Jakarta slang, Javanese ngoko and krama,
 * formal Indonesian, English, Sundanese, mixed): how to start, an example asked for, whom to
 * consult, what it brings in mixed words, and how WKSBM differs from one kind of group were
 * "belum paham" or another topic (../../../src/domain/understanding/understand.ts).
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const label = (text: string) => readingLabel(understand(text, matcher, NOW).understood);

describe('residents walking the chat in their own words', () => {
  it('answers how to start with how a WKSBM is formed (was "belum paham")', () => {
    for (const text of ['gmn cara mulainya', 'Bagaimana langkah awal untuk memulainya?', 'mulai dari mana', 'carane miwiti piye?', 'kumaha ngamimitianana?', 'how do I get started?', 'menawi badhe ndherek, pripun caranipun?']) {
      expect(label(text), text).toBe('faq:how_to_register');
    }
    // Starting something else is no such question.
    for (const text of ['acaranya mulai jam berapa', 'rapatnya mulai kapan', 'mulai besok saya libur']) expect(label(text), text).not.toBe('faq:how_to_register');
  });

  it('answers an example asked for with example activities (was "belum paham")', () => {
    for (const text of ['contone opo?', 'contona naon?', 'Dapatkah diberikan contoh?', 'can you give an example?', 'contohnya apa?']) {
      expect(label(text), text).toBe('faq:joint_activities');
    }
  });

  it('answers whom to consult with the contacts (was "belum paham")', () => {
    for (const text of ['klo mau nanya2 hubungin siapa', 'Kepada siapa saya dapat berkonsultasi?', 'kedah ngahubungi saha?']) {
      expect(label(text), text).toBe('faq:contact');
    }
  });

  it('answers "benefitnya apa for warga?" with the benefits (was who may register)', () => {
    expect(label('benefitnya apa for warga?')).toBe('faq:benefits');
    expect(label('what are the benefits?')).toBe('faq:benefits');
  });

  it('answers how WKSBM differs from a kind of group with no comparison of its own (was the list of member groups)', () => {
    for (const text of ['bedana WKSBM sareng kelompok tani naon?', 'bedanya wksbm sama arisan apa', 'bedanya ama kelompok ronda apa', 'bedanya sama kelompok pemuda apa', 'bedane wksbm karo pengajian opo', 'what is the difference between wksbm and a farmers group?']) {
      expect(label(text), text).toBe('faq:vs_group');
    }
    // Groups with a comparison of their own keep it; whether a kind may join stays that question.
    expect(label('bedanya wksbm sama karang taruna apa')).toBe('faq:vs_karang_taruna');
    expect(label('bedanya wksbm sama pkk apa')).toBe('faq:vs_pkk');
    for (const text of ['kelompok tani bisa ikut wksbm?', 'pengajian bisa daftar?', 'can a farmers group join?']) expect(label(text), text).not.toBe('faq:vs_group');
  });
});

describe('thanks for what was said', () => {
  it('takes "terima kasih atas bantuannya" and "thanks for your help" as thanks (the first was an answer about social aid)', () => {
    for (const text of ['terima kasih atas bantuannya', 'makasih atas bantuannya min', 'Terima kasih atas penjelasannya', 'thank you for your help', 'thanks for the explanation']) {
      expect(label(text), text).toBe('thanks');
    }
    // Help asked for is still that question.
    expect(label('minta bantuan sembako')).toBe('faq:social_aid');
  });
});

describe('the second walk', () => {
  it('reads the question after a sentence about oneself (were the RT/RW comparison and "not understood")', () => {
    expect(label('saya pak RT di dusun kami. wksbm itu apa?')).toBe('faq:definition');
    expect(label("I'm volunteering with a local NGO. what exactly is a wksbm?")).toBe('faq:definition');
    // A sentence that asks nothing clearly leaves the whole message's reading.
    expect(label('saya pak RT. bedanya wksbm sama rt apa?')).toBe('faq:vs_rt_rw');
  });

  it('reads krama and English follow-ups: an example, what next, where to begin, what is in it (were "belum paham" or the counts of an area)', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['tuladhanipun menapa?', 'faq:joint_activities'],
      ['such as?', 'faq:joint_activities'],
      ['like what?', 'faq:joint_activities'],
      ['lajeng pripun?', 'faq:not_yet'],
      ['where do we begin?', 'faq:how_to_register'],
      ["what's in it for the villagers?", 'faq:benefits'],
      ['menawi ndherek, kedah mbayar mboten?', 'faq:cost'],
      ['menawi badhe ndherek, pripun caranipun?', 'faq:how_to_register'],
    ];
    for (const [text, expected] of cases) expect(label(text), text).toBe(expected);
  });

  it('answers a pupil or a person asking to join with how residents join, through a group (were "belum paham" or the list of groups)', () => {
    for (const text of ['gw msh sekolah bs ikutan ga', 'saya masih sekolah boleh ikut?', 'gw bisa ikut ga', 'aku iso melu ora?', 'abdi tiasa ngiring teu?', 'can I join?']) {
      expect(label(text), text).toBe('faq:membership');
    }
    // A kind of group asked about is still that question.
    expect(label('kelompok tani bisa ikut wksbm?')).toBe('faq:member_groups');
  });

  it('greets back "mugi rahayu" and "rahayu", a Javanese greeting (was the status of Desa Mugi Rahayu in Kutai Timur)', () => {
    for (const text of ['mugi rahayu', 'rahayu', 'salam rahayu']) expect(label(text), text).toBe('greeting');
    expect(label('mugi rahayu, WKSBM niku napa?')).toBe('faq:definition');
  });

  it('answers "who is allowed to join?" with the member groups (was who registers a group)', () => {
    expect(label('ok, and who is allowed to join?')).toBe('faq:member_groups');
  });

  it('reads "desa sidomulyo udah blm ya?" as that desa\'s status, WKSBM unsaid (was "belum paham")', () => {
    expect(understand('desa sidomulyo udah blm ya?', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'sidomulyo' });
    expect(understand('kelurahan caturtunggal sudah belum?', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'caturtunggal' });
    // Something else asked of it, or of its groups, is no such question.
    expect(understand('desa sidomulyo udah dapat bantuan sembako belum?', matcher, NOW).understood.kind).not.toBe('status');
    expect(understand('desa sidomulyo udah ada kelompok belum?', matcher, NOW).understood.kind).not.toBe('status');
  });

  it('reads the third walk: a title "bu RT", whom to ask in Javanese, the point of it, a likeness asked (were the RT/RW comparison, who registers, thanks, "belum paham")', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['bu RT nih, mau tanya2 soal wksbm boleh?', 'faq:definition'],
      ['sopo sing iso tak takoni?', 'faq:contact'],
      ["ok so what's the point?", 'faq:benefits'],
      ['jd wksbm itu semacem paguyuban gt ya?', 'faq:vs_group'],
    ];
    for (const [text, expected] of cases) expect(label(text), text).toBe(expected);
    // RT asked about is still the comparison.
    expect(label('bedanya wksbm sama rt apa')).toBe('faq:vs_rt_rw');
  });

  it('reads the mixed-language walk: "so basically kayak organisasi gitu?" and a desa with no group yet (were "belum paham")', () => {
    expect(label('so basically kayak organisasi gitu?')).toBe('faq:definition');
    expect(label('gimana kalau desa gw belum ada kelompok sama sekali?')).toBe('faq:not_yet');
  });

  it('reads a question with its reason told after it as the question (was the status of a desa "wajib soalnya rt")', () => {
    expect(label('wksbm itu wajib gak sih, soalnya rt gw blm ada')).toBe('faq:mandatory');
    expect(understand('desa sidomulyo udah wksbm belum soalnya mau daftar', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'sidomulyo' });
  });

  it('answers whether registering brings a certificate with what a group does and does not get (was the benefits)', () => {
    for (const text of ['kalau udah daftar dapet sertifikat gak?', 'dapat sertifikat tidak kalau sudah terdaftar', 'ada piagamnya gak?', 'nanti ada sertifikat resminya?', 'do we get a certificate after registering?', 'oleh sertifikat ora?']) {
      expect(label(text), text).toBe('faq:certificate');
    }
    // What it brings stays the benefits; whether a desa needs an SK stays desa_sk.
    expect(label('apa manfaat wksbm')).toBe('faq:benefits');
    expect(label('perlu sk desa')).toBe('faq:desa_sk');
  });

  it('reads whether WKSBM is official, asked in mixed words, as its legal basis (was how to register or the definition)', () => {
    for (const text of ['wksbm itu resmi?', 'apakah wksbm resmi dari pemerintah', 'is wksbm official?', 'wksbm legit ga sih']) expect(label(text), text).toBe('faq:legal_basis');
    // Making it official in a desa stays how it is formed.
    expect(label('cara meresmikan wksbm di desa')).toBe('faq:how_to_register');
  });

  it('reads how a desa becomes a WKSBM, asked in Javanese, Indonesian or English, as the steps (were a desa searched as "nek", "belum paham")', () => {
    // One's own desa named so is its status, with what it lacks (as "kalau desaku pengen jadi wksbm harus gimana?" is).
    expect(understand('nek desaku pengen dadi wksbm kudu piye?', matcher, NOW).understood).toEqual({ kind: 'status', mine: true, becoming: true });
    for (const text of ['cara supaya desa jadi wksbm', 'desa pengen dadi wksbm kudu piye', 'how can a village become a wksbm?']) {
      expect(label(text), text).toBe('faq:not_yet');
    }
    // Whether it is one already stays its status.
    expect(understand('desa saya sudah jadi wksbm belum?', matcher, NOW).understood).toMatchObject({ kind: 'status' });
  });

  it('answers the ketua leaving (died, moved, stepped down) with how a group\'s ketua is changed (was who may register)', () => {
    for (const text of ['gimana kalau ketuanya meninggal', 'ketua pindah, trus gimana?', 'kalau ketua kelompok mundur gimana', 'what if our leader passes away']) {
      expect(label(text), text).toBe('faq:change_data');
    }
  });
});
