import { describe, expect, it } from 'vitest';
import type { FaqIntent } from '../../../src/domain/faq/matcher.js';
import type { FaqTopicId } from '../../../src/domain/faq/topics.js';
import { realMatcher } from './real-knowledge.js';

const matcher = realMatcher();

/** The topic a message was matched to, or its kind when it was not a FAQ question. */
function verdict(intent: FaqIntent): string {
  return intent.kind === 'faq' ? intent.topic : intent.kind;
}

describe('FAQ questions', () => {
  const cases: ReadonlyArray<readonly [string, FaqTopicId]> = [
    // The ways people ask what WKSBM is, in chat Indonesian, Javanese, Sundanese and English.
    ['apa itu WKSBM', 'definition'],
    ['WKSBM itu apa sih?', 'definition'],
    ['WKSBM tuh apa ya min', 'definition'],
    ['maksudnya WKSBM', 'definition'],
    ['pengertian WKSBM', 'definition'],
    ['apaan sih wksbm', 'definition'],
    ['Apa yang dimaksud dengan WKSBM?', 'definition'],
    ['apa yg dimaksud dgn wksbm', 'definition'],
    ['min, wksbm itu sebenarnya apa sih?', 'definition'],
    ['tolong jelaskan tentang wksbm', 'definition'],
    ['aku baru denger wksbm, apa itu?', 'definition'],
    ['wksbm artinya apa', 'definition'],
    ['WKSBM kuwi opo?', 'definition'],
    ['WKSBM iku opo', 'definition'],
    ['WKSBM kuwi opo to?', 'definition'],
    ['WKSBM teh naon?', 'definition'],
    ['hartosna wksbm naon', 'definition'],
    ['what is WKSBM', 'definition'],
    ['what does wksbm mean', 'definition'],
    // A bare name is a question about what it is.
    ['wksbm', 'definition'],
    ['wksbm?', 'definition'],
    ['WKSBM??', 'definition'],
    ['w k s b m', 'definition'],
    ['W.K.S.B.M', 'definition'],
    // Elongations and typos.
    ['apaaa itu wksbmmm', 'definition'],
    ['WKSBMMM???', 'definition'],
    ['apa itu wksmb', 'definition'],
    ['wksbn itu apa', 'definition'],
    ['pengertan wksbm', 'definition'],
    ['pengertiannya wksbm', 'definition'],
    // Acronym.
    ['wksbm singkatan dari apa', 'acronym'],
    ['WKSBM itu singkatan dari apa?', 'acronym'],
    ['kepanjangan dari WKSBM apa kak', 'acronym'],
    ['wksbm kepanjangannya apa', 'acronym'],
    ['singkatn wksbm', 'acronym'],
    ['what does wksbm stand for', 'acronym'],
    // Criteria.
    ['syarat wksbm', 'criteria'],
    ['syaratnya apa aja ya', 'criteria'],
    ['apa saja syarat wksbm', 'criteria'],
    ['sarat wksbm', 'criteria'],
    ['kritria wksbm', 'criteria'],
    ['ciri2 wksbm', 'criteria'],
    ['syarate wksbm opo wae', 'criteria'],
    ['what are the criteria', 'criteria'],
    // Member groups.
    ['siapa saja yang jadi anggota wksbm', 'member_groups'],
    ['apakah kelompok tani bisa gabung wksbm', 'member_groups'],
    ['arisan bisa ikut wksbm ga', 'member_groups'],
    ['saha nu jadi anggota wksbm', 'member_groups'],
    ['who can join wksbm', 'member_groups'],
    // Activities.
    ['contoh kegiatan', 'joint_activities'],
    ['wksbm kegiatannya apa aja', 'joint_activities'],
    ['kegiatan apa saja yg bisa dilakukan wksbm', 'joint_activities'],
    ['wksbm ngapain aja', 'joint_activities'],
    ['jimpitan itu termasuk kegiatan wksbm?', 'joint_activities'],
    ['what does a wksbm do', 'joint_activities'],
    // Registering and forming.
    ['gmn cara daftar', 'how_to_register'],
    ['cara daptar', 'how_to_register'],
    ['gimana cara daftarnya kak', 'how_to_register'],
    ['cara bentuk wksbm', 'how_to_register'],
    ['cara membentuk wksbm di desa', 'how_to_register'],
    ['gimana caranya bikin wksbm di rw kami', 'how_to_register'],
    ['bagaimana cara mendaftarkan kelompok arisan saya', 'how_to_register'],
    ['langkah langkah pembentukan wksbm', 'how_to_register'],
    ['carane daftar piye', 'how_to_register'],
    ['kepriye carane gawe wksbm', 'how_to_register'],
    ['kumaha carana daptar wksbm', 'how_to_register'],
    ['how to register my group', 'how_to_register'],
    // Benefits.
    ['apa manfaatnya ikut wksbm', 'benefits'],
    ['kenapa harus ada wksbm', 'benefits'],
    ['wksbm buat apa sih', 'benefits'],
    ['tujuan wksbm apa', 'benefits'],
    ['wksbm naon mangpaatna', 'benefits'],
    ['why is wksbm important', 'benefits'],
    // Legal basis.
    ['dasar hukum wksbm apa', 'legal_basis'],
    ['aturannya apa', 'legal_basis'],
    ['permensos 8 tahun 2012', 'legal_basis'],
    ['dasar hukumna naon', 'legal_basis'],
    // PSKS, PMKS, officers, privacy.
    ['apa itu psks?', 'psks'],
    ['psks ada berapa jenis', 'psks'],
    ['pmks apa aja', 'pmks'],
    ['26 jenis pmks', 'pmks'],
    ['apa itu PPKS', 'pmks'],
    ['tksk itu apa', 'officers'],
    ['tugas tksk apa', 'officers'],
    ['apa itu psm', 'officers'],
    ['apakah data saya aman?', 'privacy'],
    ['data saya disimpan ga', 'privacy'],
    ['is my data safe', 'privacy'],
    // Registration's own requirements, not the criteria of a WKSBM (seen walking the chat).
    ['kalo mau daftar syaratnya apa aja', 'how_to_register'],
    ['syarat daftar kelompok apa', 'how_to_register'],
    ['syarat wksbm apa saja', 'criteria'],
    // Whether a WKSBM gets money (it does not by itself): was answered with who runs WKSBM.
    ['wksbm dapet dana dr pemerintah ga', 'funding'],
    ['dananya dari mana ya', 'funding'],
    ['kalo udah terdaftar dapet duit gak', 'funding'],
    ['does a wksbm get government funding', 'funding'],
    ['oleh dana ora', 'funding'],
    // Sundanese and Javanese verbs of registering (was "saya belum paham").
    ['kumaha carana ngadaptar', 'how_to_register'],
    ['piye carane ndaftarke kelompok', 'how_to_register'],
    // Seen walking the chat: help to register was bansos, an officer's number was what a TKSK is,
    // a new ketua was who may register.
    ['siapa yang bisa bantu saya daftar', 'how_to_register'],
    ['nomor tksk kecamatan pleret berapa', 'contact'],
    ['kalau ketuanya ganti gimana', 'change_data'],
    ['data kelompok saya salah isi', 'change_data'],
    // Walked in English and Indonesian: who decides was "not understood", a mosque group joining was
    // how to register. How long the check takes is check_time, read by rule before the FAQ
    // (understanding/check-time-asked.ts, test/domain/understanding/missed-phrasings.test.ts).
    ['can a mosque group join?', 'member_groups'],
    ['kelompok pengajian ibu2 boleh ikut wksbm?', 'member_groups'],
    // What the bot is (was "not understood" or what a desa does next), small groups, a new phone,
    // registering by WhatsApp, what registering gains.
    ['bot ini punya siapa', 'about_bot'],
    ['what is this bot', 'about_bot'],
    ['kelompok kami cuma 8 orang boleh daftar?', 'who_may_register'],
    ['saya mau ganti nomor hp', 'change_data'],
    ['bisa daftar lewat wa?', 'how_to_register'],
    ['apa untungnya daftar wksbm', 'benefits'],
    // The levels and logging activities had no topic ("not understood", or examples of activities).
    ['apa itu dorman', 'levels'],
    ['apa bedanya rintisan tumbuh dan aktif', 'levels'],
    ['our village dropped to dorman, why?', 'levels'],
    ['gimana cara nyatet kegiatan bareng', 'how_to_log'],
    ['cara konfirmasi kegiatan dari kelompok lain', 'how_to_log'],
    ['how do I log an activity', 'how_to_log'],
    // How a tie is recorded was the Jaringan Sosial criterion's definition, or how an activity is logged.
    ['gimana cara nyatet hubungan antar kelompok?', 'how_to_tie'],
    ['gimana cara catat hubungan dengan kelompok lain?', 'how_to_tie'],
    ['how do I record a tie with another group', 'how_to_tie'],
    ['kenapa kelompok saya ditolak', 'who_verifies'],
    ['what does the bot do with my phone number', 'privacy'],
    ['bot ini bisa dipakai di wa?', 'about_bot'],
    ['ada aplikasi androidnya?', 'about_bot'],
  ];

  it.each(cases)('%s → %s', (text, topic) => {
    expect(verdict(matcher.match(text))).toBe(topic);
  });

  it('gives an exactly typed example phrasing full confidence', () => {
    expect(matcher.match('apa itu WKSBM')).toEqual({ kind: 'faq', topic: 'definition', confidence: 1 });
  });

  it('does not let the word "wksbm" decide the topic', () => {
    for (const [text, topic] of [
      ['syarat wksbm', 'criteria'],
      ['syarat', 'criteria'],
      ['dasar hukum', 'legal_basis'],
      ['contoh kegiatan', 'joint_activities'],
    ] as const) {
      expect(verdict(matcher.match(text)), text).toBe(topic);
    }
  });
});

describe('greetings', () => {
  const cases: ReadonlyArray<readonly [string, Extract<FaqIntent, { kind: 'greeting' }>]> = [
    ['assalamualaikum', { kind: 'greeting', greeting: 'salam' }],
    ["Assalamu'alaikum wr. wb.", { kind: 'greeting', greeting: 'salam' }],
    ['Assalamualaikum warahmatullahi wabarakatuh', { kind: 'greeting', greeting: 'salam' }],
    ['asalamualaikum', { kind: 'greeting', greeting: 'salam' }],
    ['assalamualaikm', { kind: 'greeting', greeting: 'salam' }],
    ['ass', { kind: 'greeting', greeting: 'salam' }],
    ['aslm', { kind: 'greeting', greeting: 'salam' }],
    ['asw', { kind: 'greeting', greeting: 'salam' }],
    ['selamat pagi', { kind: 'greeting', greeting: 'time_of_day', timeOfDay: 'morning' }],
    ['slamat siang', { kind: 'greeting', greeting: 'time_of_day', timeOfDay: 'midday' }],
    ['met sore kak', { kind: 'greeting', greeting: 'time_of_day', timeOfDay: 'afternoon' }],
    ['Selamat malam!', { kind: 'greeting', greeting: 'time_of_day', timeOfDay: 'evening' }],
    ['good morning', { kind: 'greeting', greeting: 'time_of_day', timeOfDay: 'morning' }],
    ['sugeng enjing', { kind: 'greeting', greeting: 'javanese', timeOfDay: 'morning' }],
    ['sugeng dalu', { kind: 'greeting', greeting: 'javanese', timeOfDay: 'evening' }],
    ['piye kabare', { kind: 'greeting', greeting: 'javanese' }],
    ['pripun kabare?', { kind: 'greeting', greeting: 'javanese' }],
    ['sampurasun', { kind: 'greeting', greeting: 'sampurasun' }],
    ['sampurasuuun', { kind: 'greeting', greeting: 'sampurasun' }],
    ['punten', { kind: 'greeting', greeting: 'punten' }],
    // Javanese "may I come in?", answered as "punten" is ("Mangga"); was a desa search for "kulo nuwun" and "belum paham".
    ['kulo nuwun', { kind: 'greeting', greeting: 'punten' }],
    ['kulonuwun', { kind: 'greeting', greeting: 'punten' }],
    ['kula nuwun min', { kind: 'greeting', greeting: 'punten' }],
    ['wilujeng enjing', { kind: 'greeting', greeting: 'sundanese', timeOfDay: 'morning' }],
    ['wilujeng wengi', { kind: 'greeting', greeting: 'sundanese', timeOfDay: 'evening' }],
    ['kumaha damang', { kind: 'greeting', greeting: 'sundanese' }],
    ['halo', { kind: 'greeting', greeting: 'hello' }],
    ['haloooo min', { kind: 'greeting', greeting: 'hello' }],
    ['hi', { kind: 'greeting', greeting: 'hello' }],
    ['Hai kak 👋', { kind: 'greeting', greeting: 'hello' }],
    ['apa kabar', { kind: 'greeting', greeting: 'hello' }],
    // "salam kenal" is a hello, not the Islamic salam: the longer phrase wins.
    ['salam kenal', { kind: 'greeting', greeting: 'hello' }],
    // Several greetings: the most specific one is answered.
    ['halo, assalamualaikum', { kind: 'greeting', greeting: 'salam' }],
    ['min, selamat pagi', { kind: 'greeting', greeting: 'time_of_day', timeOfDay: 'morning' }],
  ];

  it.each(cases)('%s', (text, intent) => {
    expect(matcher.match(text)).toEqual(intent);
  });

  it('keeps the question that follows a greeting', () => {
    expect(matcher.match('assalamualaikum, apa itu wksbm?')).toEqual({
      kind: 'greeting',
      greeting: 'salam',
      followedBy: { kind: 'faq', topic: 'definition', confidence: 1 },
    });
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ['punten, ari wksbm teh naon?', 'punten', 'definition'],
      ['halo min, syarat wksbm apa aja?', 'hello', 'criteria'],
      ['Selamat malam min, mau tanya kepanjangan wksbm', 'time_of_day', 'acronym'],
      ['sugeng enjing, carane daftar piye?', 'javanese', 'how_to_register'],
      ['sampurasun, wksbm teh naon', 'sampurasun', 'definition'],
      ['hello, what is wksbm', 'hello', 'definition'],
      ['halo makasih', 'hello', 'thanks'],
      ['assalamualaikum, berapa harga cabai', 'salam', 'unknown'],
    ];
    for (const [text, greeting, then] of cases) {
      const intent = matcher.match(text);
      expect(intent.kind, text).toBe('greeting');
      if (intent.kind !== 'greeting') continue;
      expect(intent.greeting, text).toBe(greeting);
      expect(intent.followedBy && verdict(intent.followedBy), text).toBe(then);
    }
  });

  it('does not take a greeting-like word inside a sentence for a greeting', () => {
    expect(verdict(matcher.match('salah ketik'))).toBe('unknown');
    expect(verdict(matcher.match('syarat wksbm, assalamualaikum'))).toBe('criteria');
  });
});

describe('thanks', () => {
  it.each(['makasih', 'mksh', 'makasih ya min', 'Terima kasih banyak infonya 🙏', 'makasiiih', 'matur nuwun', 'hatur nuhun', 'thanks a lot', 'ok', 'oke sip'])(
    '%s',
    (text) => {
      expect(matcher.match(text)).toEqual({ kind: 'thanks' });
    },
  );

  it('answers a question that comes with thanks', () => {
    expect(verdict(matcher.match('makasih, terus syaratnya apa?'))).toBe('criteria');
  });
});

describe('unknown messages', () => {
  it.each([
    'berapa harga cabai',
    'harga cabai di pasar',
    'asdfgh',
    '123',
    'apa',
    'siapa kamu',
    'kapan pemilu',
    'bagaimana cara memasak rendang',
    'saya mau daftar sekolah anak saya',
    'test',
    'hahaha',
    '😀😀',
    '????',
    '',
    '   ',
  ])('%j', (text) => {
    expect(matcher.match(text)).toEqual({ kind: 'unknown' });
  });
});

describe('behaviour', () => {
  it('is deterministic: the same text always gives the same intent, also from a fresh matcher', () => {
    const texts = ['apa itu wksbm', 'wksbn syarat', 'asdfgh', 'halo min, cara daftar?', 'kritria'];
    const first = texts.map((text) => matcher.match(text));
    const again = realMatcher();
    expect(texts.map((text) => again.match(text))).toEqual(first);
    expect(texts.map((text) => matcher.match(text))).toEqual(first);
  });

  it('copes with a very long message', () => {
    expect(verdict(matcher.match(`apa itu wksbm ${'bla '.repeat(10_000)}`))).toBe('definition');
  });

  it('explains its choice', () => {
    const explanation = matcher.explain('syaratnya apa aja ya min');
    expect(explanation.words).toEqual(['syarat', 'apa']);
    expect(explanation.candidates[0]).toMatchObject({ topic: 'criteria', score: 1 });
    expect(explanation.intent).toEqual({ kind: 'faq', topic: 'criteria', confidence: 1 });
  });
});

describe('several questions in one message', () => {
  /** The topics answered, in order. */
  function topics(text: string): string[] {
    const intent = matcher.match(text);
    const faq = intent.kind === 'greeting' ? intent.followedBy : intent;
    return faq?.kind === 'faq' ? [faq.topic, ...(faq.also ?? [])] : [faq?.kind ?? intent.kind];
  }

  it('answers each question asked, in the order asked', () => {
    expect(topics('apa itu wksbm? terus cara daftarnya gimana?')).toEqual(['definition', 'how_to_register']);
    expect(topics('wksbm itu apa, dan cara daftarnya gimana')).toEqual(['definition', 'how_to_register']);
    expect(topics('cara daftar gimana? ada biayanya gak?')).toEqual(['how_to_register', 'cost']);
    expect(topics('assalamualaikum, apa itu wksbm? siapa yang memverifikasi?')).toEqual(['definition', 'who_verifies']);
    // Read together, these two would point at a third topic (how to register): never answered.
    expect(topics('assalamualaikum min, apa itu wksbm? terus yg boleh daftar siapa aja?')).toEqual(['definition', 'who_may_register']);
  });

  it('answers a difference question naming several things with each comparison, in the order named (was only one)', () => {
    expect(topics('bedanya wksbm sama posyandu sama pkk apa?')).toEqual(['vs_posyandu', 'vs_pkk']);
    expect(topics('apa perbedaan wksbm dengan karang taruna dan pkk?')).toEqual(['vs_karang_taruna', 'vs_pkk']);
    expect(topics('what is the difference between wksbm, pkk and posyandu?')).toEqual(['vs_pkk', 'vs_posyandu']);
    // Only a difference asked grows so: a question on members naming two groups gets no comparison more.
    expect(topics('apakah pkk dan posyandu bisa ikut wksbm')).not.toContain('vs_posyandu');
    expect(topics('pkk sama posyandu bisa ikut wksbm?')).toEqual(['member_groups']);
  });

  it('answers a one-word question after another when the whole message reads as it ("wksbm itu apaan sih, wajib kah?": was only whether it is compulsory)', () => {
    expect(topics('eh itu wksbm apaan sih, wajib kah?')).toEqual(['definition', 'mandatory']);
    expect(topics("hi, what's wksbm and is it mandatory?")).toEqual(['definition', 'mandatory']);
  });

  it('keeps one question one, whatever its words join', () => {
    expect(topics('apa bedanya wksbm dan karang taruna')).toEqual(['vs_karang_taruna']);
    expect(topics('min, cara daftar gimana')).toEqual(['how_to_register']);
    expect(topics('apa itu wksbm?')).toEqual(['definition']);
    expect(topics('cara daftar gimana? cara daftar gimana?')).toEqual(['how_to_register']);
  });
});

describe('whether WKSBM is compulsory', () => {
  it('answers "wksbm wajib gak?" and its kin with the mandatory topic (was the definition, or who may join)', () => {
    for (const text of [
      'wksbm wajib gak?', 'apakah wksbm wajib?', 'wksbm iku wajib ora?', 'wksbm teh wajib henteu?', 'harus ikut wksbm ga sih', 'is wksbm mandatory?',
      'desa kami wajib bentuk wksbm ya?', 'apakah kelompok kami wajib daftar?', 'do we have to join wksbm?', 'wksbm ki kudu melu po ora?',
      'kalo kelompok kami gak ikut wksbm kena sanksi ga?', 'is there any penalty if we do not join?',
    ]) {
      expect(verdict(matcher.match(text)), text).toBe('mandatory');
    }
    // An SK asked about stays the SK's topic.
    expect(verdict(matcher.match('apakah wajib sk'))).toBe('desa_sk');
  });
});

describe('formal and English questions from the menu walk', () => {
  it('reads the benefit of joining and the cost of joining as such (were members, and not understood)', () => {
    expect(verdict(matcher.match('apa keuntungan kelompok kami dapat bergabung dengan wksbm?'))).toBe('benefits');
    expect(verdict(matcher.match('apa keuntungan kelompok kami bergabung dengan wksbm?'))).toBe('benefits');
    expect(verdict(matcher.match('does our group need to pay to join?'))).toBe('cost');
    expect(verdict(matcher.match('do we need to pay to join wksbm?'))).toBe('cost');
  });
});
