/**
 * The desa a status question names, as the search gets it: the question's own words are no
 * part of a desa's name ("kalo desa kami sudah wksbm belum ya, desa sumbersari" searched
 * "kalo sumbersari").
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { desaOfStatusQuestion } from '../../../src/domain/understanding/status-desa-named.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');

describe('the desa named in a status question', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['kalo desa kami sudah wksbm belum ya, desa sumbersari', 'sumbersari'],
    ['kalau desa sidomulyo udah wksbm belum', 'sidomulyo'],
    ['pengen tau status desa panggungharjo', 'panggungharjo'],
    ['coba cek desa sinduadi', 'sinduadi'],
    // A second question after the status question is not searched as part of the desa.
    ['desa sidomulyo kab bantul sdh jd wksbm? klo blm caranya gmn biar jadi', 'sidomulyo bantul'],
    ['desa sidomulyo bantul udh wksbm blm? kalo belum gmn caranya', 'sidomulyo bantul'],
    // A connective in front ("trus", "nah") is no part of the desa's name.
    ['nah kalo desa sidomulyo udah wksbm belum', 'sidomulyo'],
    // Sundanese "teu acan" and Javanese "ning" are no part of it (searched "cibiru wetan teu").
    ['desa abdi di cibiru wetan, tos wksbm teu acan?', 'cibiru wetan'],
    ['desaku ning sidomulyo wis wksbm durung', 'sidomulyo'],
    // The person's desa told, after thanks (was only "sama-sama").
    ['oke makasih infonya, btw desa saya di caturtunggal depok sleman', 'caturtunggal depok sleman'],
    ['desa kami namanya sinduadi', 'sinduadi'],
    // Krama "if" and chat "lom" (belum) are no part of it (searched "menawi panggungharjo", "timbulharjo lom").
    ['menawi desa kula Panggungharjo sampun dados WKSBM dereng?', 'panggungharjo'],
    ['timbulharjo udh wksbm lom', 'timbulharjo'],
    // Where the person is from, in Indonesian, Sundanese ("ti") and krama ("saking"), is no part of it
    // (searched "warga panggungharjo sewon", "ti panggungharjo", "saking panggungharjo", "panggungharjo it").
    ['assalamualaikum pak saya warga panggungharjo sewon, desa saya udah wksbm blm', 'panggungharjo sewon'],
    ['punten, abdi ti desa panggungharjo, desa abdi tos wksbm teu acan?', 'panggungharjo'],
    ['sugeng enjing, kulo saking desa panggungharjo, desa kulo sampun wksbm dereng?', 'panggungharjo'],
    ['my village is panggungharjo, is it a wksbm yet?', 'panggungharjo'],
    ['assalamualaikum pak, saya dari desa panggungharjo mau tanya desa kami sudah wksbm belum ya', 'panggungharjo'],
    // Typed in a hurry ("sya dr … dsa sy"), and formal "terdaftar sebagai wksbm" (was "not understood": "terdaftar" read as about groups).
    ['sya dr desa panggungharjo, dsa sy udh wksbm blm ya min', 'panggungharjo'],
    ['mohon info, apakah desa panggungharjo kecamatan sewon sudah terdaftar sebagai wksbm?', 'panggungharjo sewon'],
    ['assalamualaikum, saya mau nanya apakah desa timbulharjo sudah termasuk wksbm?', 'timbulharjo'],
    // The desa named in a sentence of its own after the question (was "Desa/kelurahan mana yang ingin dicek?"),
    // and krama "lajeng" (then) in front (was searched as a desa "lajeng").
    ['terus desa saya udah wksbm belum? desa sidoarum', 'sidoarum'],
    ['lajeng menawi desa kula sampun dados wksbm dereng? desa sidoarum', 'sidoarum'],
    ['lajeng menawi desa kula Panggungharjo sampun dados WKSBM dereng?', 'panggungharjo'],
  ];
  for (const [text, query] of cases) {
    it(`"${text}" searches "${query}"`, () => {
      expect(understand(text, matcher, NOW).understood).toMatchObject({ kind: 'status', query });
    });
  }
});

describe('several sentences, each read as asked', () => {
  it('answers the other question with the status check', () => {
    expect(understand('desa sidomulyo bantul udh wksbm blm? kalo belum gmn caranya', matcher, NOW).understood).toMatchObject({ kind: 'status', also: ['not_yet'] });
    expect(understand('desa sukamaju udah wksbm blm ya? biaya daftarnya brp', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sukamaju', also: ['cost'] });
  });

  it('reads "desa kami belum ada wksbm, trus gimana" as what to do next, alone or after another question', () => {
    for (const text of ['desa kami belum ada wksbm, trus gimana?', 'desa kami blm ada wksbm, gmn caranya?', 'di desaku durung ono wksbm, piye carane?']) {
      expect(understand(text, matcher, NOW).understood, text).toMatchObject({ kind: 'faq', topic: 'not_yet' });
    }
    const two = understand('bedanya wksbm sm pkk apa? kalo desa kami blm ada wksbm gmn?', matcher, NOW).understood;
    expect(two).toMatchObject({ kind: 'faq', topic: 'vs_pkk', also: ['not_yet'] });
  });

  it('reads "trus desa kami udah wksbm belum?" as asking the status, not as saying it is not one', () => {
    // Seen walking the chat: a leader who had just registered got the steps for a desa with no WKSBM.
    for (const text of ['trus desa kami udah wksbm belum?', 'terus desa saya sudah wksbm blm']) {
      expect(understand(text, matcher, NOW).understood, text).toEqual({ kind: 'status', mine: true });
    }
    expect(understand('desa sebelah udah, desa saya kok belum', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'not_yet' });
  });

  it('reads "gimana caranya biar desa kami jadi wksbm" as that desa\'s status (what it still lacks)', () => {
    // Seen walking the chat: "Maaf, saya belum paham pertanyaannya", while "… biar desa kami aktif" worked.
    for (const text of ['gimana caranya biar desa kami jadi wksbm', 'gmn biar desa sy jd wksbm', 'bagaimana supaya desa kami menjadi wksbm', 'piye carane ben desaku dadi wksbm']) {
      // The way was asked too: its desa question tells it in brief (test/flows/status-becoming-asked.test.ts).
      expect(understand(text, matcher, NOW).understood, text).toEqual({ kind: 'status', mine: true, becoming: true });
    }
    expect(understand('gimana biar desa sidomulyo jadi wksbm', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sidomulyo' });
    // No desa named, or a question about the rules: still the FAQ's.
    expect(understand('cara jadi wksbm', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'how_to_register' });
    expect(understand('syarat jadi wksbm apa', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'criteria' });
    expect(understand('berapa jumlah kelompok minimal supaya desa jadi wksbm?', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'minimum' });
  });

  it('reads "how do I know if my village is already a wksbm?" as the status of the person\'s own desa', () => {
    // Seen walking the chat: only the greeting before it was answered.
    for (const text of ['how do I know if my village is already a wksbm?', 'hi, how do I know if my village is already a wksbm?']) {
      expect(understand(text, matcher, NOW).understood, text).toMatchObject({ kind: 'status', mine: true });
    }
    expect(understand('is panggungharjo already a wksbm', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'panggungharjo' });
  });

  it('reads whether registering one group makes a WKSBM as a question on the minimum, not a desa\'s status', () => {
    // Was the posyandu comparison, and a search for a desa called "kelompok daftar langsung".
    const posyandu = understand('min saya mau tanya, kalau posyandu di rw kami sudah terdaftar apakah rw kami otomatis jadi wksbm?', matcher, NOW).understood;
    expect(posyandu).toMatchObject({ kind: 'faq', topic: 'minimum' });
    const registered = understand('kalo kelompok saya udah daftar, desa langsung jadi wksbm?', matcher, NOW).understood;
    expect(registered.kind).toBe('faq');
    expect(registered.kind === 'faq' ? [registered.topic, ...(registered.also ?? [])] : []).toContain('minimum');
  });

  it('reads a desa asked whether it is registered, or has a WKSBM, as that desa\'s status', () => {
    // Seen walking the chat: "desa saya sudah terdaftar belum" was not understood ("terdaftar" read
    // as about groups), "is my village already registered?" searched a desa called "registered",
    // and "does my village have a wksbm" got the definition.
    for (const text of [
      'desa saya sudah terdaftar belum',
      'desa kami udah terdaftar blm ya',
      'is my village already registered?',
      'is our village registered yet',
      'does my village have a wksbm',
      'does our village have wksbm yet?',
    ]) {
      expect(understand(text, matcher, NOW).understood, text).toEqual({ kind: 'status', mine: true });
    }
    expect(understand('desa sidomulyo udah terdaftar belum?', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sidomulyo' });
    expect(understand('does panggungharjo have a wksbm', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'panggungharjo' });
    // A group's registration is still about groups, not the desa's status.
    for (const text of ['kelompok saya udah terdaftar belum', 'is my group registered?']) {
      expect(understand(text, matcher, NOW).understood, text).not.toMatchObject({ kind: 'status' });
    }
  });

  it('reads a desa asked whether it is registered, with no "already", as that desa\'s status, in English as in Indonesian', () => {
    // Seen walking the web chat: "is my village sidomulyo registered" and "is sidomulyo village
    // registered?" got the how-to-register answer, while "apakah desa sidomulyo sudah terdaftar
    // wksbm?" opened the status check of Sidomulyo.
    const named: ReadonlyArray<readonly [string, string]> = [
      ['is my village sidomulyo registered', 'sidomulyo'],
      ['is sidomulyo village registered?', 'sidomulyo'],
      ['is the village of sidomulyo registered?', 'sidomulyo'],
      ['is sidomulyo registered as a wksbm?', 'sidomulyo'],
      ['is sidomulyo village registered with wksbm', 'sidomulyo'],
      ['is sidomulyo village registered or not?', 'sidomulyo'],
      ['has sidomulyo got a wksbm?', 'sidomulyo'],
      ['is there a wksbm in sidomulyo?', 'sidomulyo'],
      ['does sidomulyo have a wksbm', 'sidomulyo'],
      ['what is the status of panggungharjo', 'panggungharjo'],
      ['wksbm status of sidomulyo village', 'sidomulyo'],
      ['apakah desa sidomulyo terdaftar?', 'sidomulyo'],
      ['desa sidomulyo terdaftar gak?', 'sidomulyo'],
      ['apakah desa sidomulyo sudah terdaftar wksbm?', 'sidomulyo'],
    ];
    for (const [text, query] of named) {
      expect(understand(text, matcher, NOW).understood, text).toEqual({ kind: 'status', mine: false, query });
    }
    for (const text of ['is my village registered', 'is our village registered?', 'is my village registered in wksbm?', 'apakah desa saya terdaftar?']) {
      expect(understand(text, matcher, NOW).understood, text).toEqual({ kind: 'status', mine: true });
    }
    // Registering asked about, a group's registration, or a story: not a desa's status.
    for (const text of ['is it possible for my village to be registered?', 'can my village be registered?', 'is my group registered?', 'apakah kelompok saya terdaftar?', 'apakah desa bisa terdaftar sebagai wksbm?']) {
      expect(understand(text, matcher, NOW).understood, text).not.toMatchObject({ kind: 'status' });
    }
  });

  it('carries every RW a status question names ("rw 3 dan 4"), as the RW question takes them', () => {
    expect(understand('status panggungharjo rw 3 dan 4', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'panggungharjo', rw: 3, moreRw: [4] });
    expect(understand('cek status desa panggungharjo rw 3 & rw 5', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'panggungharjo', rw: 3, moreRw: [5] });
    expect(understand('status desa saya rw 2 dan 5', matcher, NOW).understood).toEqual({ kind: 'status', mine: true, rw: 2, moreRw: [5] });
    expect(understand('status panggungharjo rw 3', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'panggungharjo', rw: 3 });
  });

  it('reads "has … joined (wksbm)?" as "is … registered?": the name is looked up as a desa and as a group', () => {
    for (const [text, name] of [
      ['is panggungharjo registered?', 'panggungharjo'],
      ['has panggungharjo joined?', 'panggungharjo'],
      ['has panggungharjo joined wksbm?', 'panggungharjo'],
      ['has karang taruna tunas muda joined?', 'karang taruna tunas muda'],
    ] as const) {
      expect(understand(text, matcher, NOW).registeredAsked, text).toBe(name);
    }
    // With "yet", a desa's status asked, as "is sidomulyo a wksbm yet?" is: only the name searched.
    expect(understand('has panggungharjo joined the wksbm yet?', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'panggungharjo' });
    // The person's own, or who may join: no name to look up.
    for (const text of ['has my group joined?', 'how has panggungharjo joined?', 'who has joined wksbm?', 'can panggungharjo join wksbm?']) {
      expect(understand(text, matcher, NOW).registeredAsked, text).toBeUndefined();
    }
  });

  it('takes a leader\'s own desa asked "now"', () => {
    expect(understand('status desa kami gmn skrg', matcher, NOW).understood).toMatchObject({ kind: 'status', mine: true });
    expect(understand('gmn status desa kami sekarang?', matcher, NOW).understood).toMatchObject({ kind: 'status', mine: true });
  });
});

describe('a place named alone, after its kind', () => {
  // "bantul" is one letter from "bantu": read as a word, it asked about bansos.
  for (const text of ['kab bantul', 'Kabupaten Bantul', 'kota jogja', 'kec sewon kab bantul']) {
    it(`"${text}" is left to the place search, not answered by the FAQ`, () => {
      expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'unknown' });
    });
  }
  it('a question about places is still a question', () => {
    expect(understand('kab bantul ada bansos?', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'social_aid' });
  });
});

describe('a name the FAQ reads only by correcting a typo', () => {
  // "bantul" is one letter from "bantu": the menu looks the name up as a place before answering about bansos.
  it('marks the reading as a guess', () => {
    for (const text of ['bantul', 'Bantul']) {
      const reading = understand(text, matcher, NOW);
      expect(reading.understood, text).toMatchObject({ kind: 'faq', topic: 'social_aid' });
      expect(reading.guessed, text).toBe(true);
    }
  });

  it('does not for questions in words the FAQ knows', () => {
    for (const text of ['bansos kapan cair', 'bantuan sosial', 'bansos']) {
      const reading = understand(text, matcher, NOW);
      expect(reading.understood, text).toMatchObject({ kind: 'faq', topic: 'social_aid' });
      expect(reading.guessed, text).toBeUndefined();
    }
  });
});

describe('a registration asked in English', () => {
  // The kind was not read ("women's farming group" is a kelompok tani), so it was asked again.
  it.each([
    ["I want to register our women's farming group in Sidomulyo, Bambanglipuro", 'kelompok_tani'],
    ['i want to register a fishermen group', 'kelompok_nelayan'],
    ['register our savings group', 'arisan'],
  ])('"%s" registers a %s', (text, groupType) => {
    expect(understand(text, matcher, NOW).understood).toMatchObject({ kind: 'register', groupType });
  });
});

describe('a count of desa asked', () => {
  // Was searched as a desa ("Sepertinya itu pertanyaan, bukan nama desa"), then pointed to the dashboard.
  it.each([
    ['berapa desa di bantul yang sudah wksbm?', { query: 'bantul' }],
    ['desa mana saja yang sudah wksbm di sleman', { query: 'sleman' }],
    ['desa mana saja yang sudah wksbm di kecamatan godean?', { query: 'kecamatan godean' }],
    ['ada berapa desa wksbm se-kabupaten sleman', { query: 'kabupaten sleman' }],
    ['jumlah desa yg udh wksbm di kab. kulon progo', { query: 'kab kulon progo' }],
    ['how many villages in bantul are wksbm', { query: 'bantul' }],
    ['pira desa ning bantul sing wis wksbm', { query: 'bantul' }],
    ['rekap kecamatan sewon', { query: 'kecamatan sewon' }],
    ['berapa desa di kecamatan kami yang sudah wksbm', { mine: true, of: 'district' }],
    ['berapa desa di kabupaten saya yang sudah wksbm', { mine: true, of: 'regency' }],
    ['berapa desa di wilayah saya yang sudah wksbm?', { mine: true }],
    ['how many villages in my district are a wksbm?', { mine: true, of: 'district' }],
  ])('"%s" asks the counts of %o', (text, asked) => {
    const understood = understand(text, matcher, NOW).understood;
    expect(understood).toEqual({ kind: 'area_counts', ...asked });
  });

  it.each([
    ['ada desa di sleman yang udah aktif wksbm ga?', { query: 'sleman' }],
    ['ada desa yang sudah wksbm di kec godean?', { query: 'kec godean' }],
  ])('"%s" (whether any desa is) asks the counts of %o', (text, asked) => {
    expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'area_counts', ...asked });
  });

  it.each([
    ['berapa kelompok yang terdaftar di desa panggungharjo?', 'panggungharjo'],
    ['jumlah kelompok di desa sidomulyo bantul berapa ya', 'sidomulyo bantul'],
  ])('"%s" (a desa\'s groups) is that desa\'s status', (text, query) => {
    expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query });
  });

  it('"berapa kelompok supaya desa jadi wksbm" stays the minimum', () => {
    expect(understand('berapa kelompok supaya desa jadi wksbm', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'minimum' });
  });

  it.each(['desa mana yang sudah wksbm', 'berapa desa yang sudah wksbm di indonesia?'])('"%s" asks the counts with no area named (the flow asks which)', (text) => {
    expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'area_counts' });
  });
});

describe('status questions in Javanese krama and Sundanese', () => {
  // Were searched as desa named "sampun dereng nggih", "kumaha carana", "sidomulyo dados".
  it.each([
    ['desa kulo sampun wksbm dereng nggih?', { mine: true }],
    ['kumaha carana terang desa abdi tos wksbm atanapi teu acan', { mine: true }],
    ['desa panggungharjo sampun wksbm dereng?', { mine: false, query: 'panggungharjo' }],
    ['punapa desa sidomulyo sampun dados wksbm?', { mine: false, query: 'sidomulyo' }],
  ])('"%s" is %o', (text, asked) => {
    expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'status', ...asked });
  });
});

describe('who decides a desa\'s status', () => {
  // Was searched as a desa named "siapa yang menentukan atau".
  it.each(['siapa yang menentukan desa kami sudah wksbm atau belum', 'who decides if my village is already a wksbm?'])('"%s" is for the FAQ (who verifies)', (text) => {
    expect(understand(text, matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'who_verifies' });
  });
});

describe('a joint activity told as news', () => {
  const now = new Date('2026-12-06T05:00:00Z');
  // Were "not understood": no verb of recording.
  it.each([
    ['kemarin kami posyandu balita bareng pkk, 30 balita ditimbang', { date: '2026-12-05', category: 'layanan_kesehatan', partner: 'pkk' }],
    ['tadi pagi kita kerja bakti sama karang taruna tunas muda', { date: '2026-12-06', category: 'kerja_bakti', partner: 'karang taruna tunas muda' }],
    // A week, not a day: the flow asks which day ("kemarin" alone is not read out of it).
    ['minggu kemarin kami santunan anak yatim', { category: 'santunan_anak_yatim' }],
    // In English: the kind of activity and the partner without its article.
    ['we did a clean-up yesterday with the PKK', { date: '2026-12-05', category: 'kerja_bakti', partner: 'PKK' }],
  ])('"%s" is an activity to log: %o', (text, activity) => {
    expect(understand(text, matcher, now).understood).toEqual({ kind: 'activity', ...activity });
  });

  it.each(['kemarin kami ikut posyandu', 'kemarin kita ke posyandu ya?', 'besok kami kerja bakti bareng karang taruna'])('"%s" (attended, asked, or ahead) is no activity to log', (text) => {
    expect(understand(text, matcher, now).understood.kind).not.toBe('activity');
  });

  it('"catat kegiatan minggu lalu kerja bakti" reads no day out of the week', () => {
    expect(understand('catat kegiatan minggu lalu kerja bakti', matcher, now).understood).toEqual({ kind: 'activity', category: 'kerja_bakti' });
  });
});

describe('questions about WKSBM itself are no desa', () => {
  // Were searched as desa named "mandatory" and "yang harus dilakukan".
  it('"is wksbm mandatory" is for the FAQ', () => {
    expect(understand('is wksbm mandatory', matcher, NOW).understood.kind).toBe('faq');
  });

  it('"desa saya belum wksbm, apa yang harus dilakukan?" is what a desa not yet a WKSBM does next', () => {
    expect(understand('desa saya belum wksbm, apa yang harus dilakukan?', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'not_yet' });
  });

  it('"my group has 8 members, can we register?" asks whether one may, not to register', () => {
    expect(understand('my group has 8 members, can we register?', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'who_may_register' });
  });
});

describe('why a desa stands where it does, asked of one\'s own', () => {
  // Were searched as desa named "lagi" and "kenapa turun".
  it.each(['desa kami sudah tumbuh, biar aktif harus apa lagi?', 'kenapa status desa saya turun'])('"%s" is the person\'s own desa\'s status', (text) => {
    expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'status', mine: true });
  });
});

describe('a question announced, not yet asked', () => {
  // Was "maaf, saya belum paham pertanyaannya" before any question was asked.
  it.each(['min mau nanya dong', 'numpang tanya', 'izin bertanya pak', 'can I ask something?'])('"%s" is greeted with the invitation to ask', (text) => {
    expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'greeting', greeting: 'hello' });
  });

  it('"mau tanya cara daftar" is the question itself', () => {
    expect(understand('mau tanya cara daftar', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'how_to_register' });
  });
});

describe('the bot is no desa', () => {
  // Was searched as a desa named "jam berapa bot".
  it('"jam berapa bot aktif" asks about the bot', () => {
    expect(understand('jam berapa bot aktif', matcher, NOW).understood).toMatchObject({ kind: 'faq', topic: 'about_bot' });
  });
});

describe('chat around a question is no desa, and chat alone is answered', () => {
  it.each([
    // Were searched as the desa "hrs" and "gt", or not understood.
    ['biar desa jd wksbm hrs ngapain aja?', 'faq:how_to_register'],
    ['oh gt, trs gmn biar jd wksbm?', 'faq:how_to_register'],
    ['gmn biar jd wksbm?', 'faq:how_to_register'],
    ['nyuwun pirsa, WKSBM menika menapa?', 'faq:definition'],
    // Acknowledgements and laughter are taken as thanks; a call for attention is greeted.
    ['oh gitu', 'thanks'],
    ['wkwk', 'thanks'],
    ['😂', 'thanks'],
    ['min?', 'greeting'],
    // The laughter and calls the desa picker knows (parse/chatter.ts): were not understood.
    ['wkkwk', 'thanks'],
    ['lmao', 'thanks'],
    ['kakak', 'greeting'],
    ['misi', 'greeting'],
    // "bot" alone is still what the bot is; "hello" still a greeting.
    ['bot', 'faq:about_bot'],
    ['hello', 'greeting'],
    // Groups that exist but are not registered: why they are not counted (was searched as a desa).
    ['lho kok belum ada, padahal di desa kami ada pkk, karang taruna, posyandu, pengajian. gmn itu?', 'faq:not_counted'],
    ['padahal kelompok di desa kami banyak lho', 'faq:not_counted'],
  ])('"%s" is %s', (text, label) => {
    expect(readingLabel(understand(text, matcher, NOW).understood)).toBe(label);
  });
});

it('reads a long story around a question as no desa (was searched as "gini kan ketua rt kemarin ada rapat …")', () => {
  const story = 'pagi min, jadi gini sy kan ketua rt di dusun kami, kemarin ada rapat di balai desa terus pak kades bilang soal wksbm wksbm gitu, sy blm ngerti itu apa sih sebenernya? soalnya warga pada nanya ke sy dan sy bingung jawabnya hehe';
  expect(understand(story, matcher, NOW).understood).not.toMatchObject({ kind: 'status' });
  // A long desa name with its kecamatan is still one.
  expect(understand('desa sungai rambai hilir barat udah wksbm belum', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sungai rambai hilir barat' });
});

describe('becoming a WKSBM, asked with "dapat" or "bisa"', () => {
  // "dapat"/"bisa" (can) is no desa's name: "bagaimana cara desa kami dapat menjadi wksbm?" found
  // no desa "dapat", "… bisa jadi wksbm" offered Desa Bisa in Fak Fak.
  // Also "cr" (cara) typed short, and English with an article ("become a wksbm": was not understood).
  for (const text of ['bagaimana cara desa kami dapat menjadi wksbm?', 'gimana biar desa kami bisa jadi wksbm', 'bagaimana agar desa kami dapat menjadi wksbm?', 'gmn cr nya desa kami bs jd wksbm', 'how can our village become a wksbm?']) {
    it(`reads "${text}" as the person's own desa, the way asked`, () => {
      expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'status', mine: true, becoming: true });
    });
  }
  it('reads "bagaimana cara desa dapat menjadi wksbm?" (no desa of theirs) as a question, not social aid', () => {
    expect(readingLabel(understand('bagaimana cara desa dapat menjadi wksbm?', matcher, NOW).understood)).toBe(readingLabel(understand('bagaimana cara desa menjadi wksbm?', matcher, NOW).understood));
  });
});

describe('the desa a status question names, typed where a desa is asked', () => {
  it('is the desa named, searched instead of the whole question', () => {
    expect(desaOfStatusQuestion('status desa panggungharjo gimana')).toBe('panggungharjo');
    expect(desaOfStatusQuestion('is sidomulyo village registered?')).toBe('sidomulyo');
    expect(desaOfStatusQuestion('timbulharjo udah wksbm belum?')).toBe('timbulharjo');
  });

  it('is none for a name alone, one\'s own desa, or a status request of no desa', () => {
    for (const text of ['sidomulyo', 'sidomulyo bantul', 'desa saya udah wksbm belum', 'cek status aja', 'apa itu wksbm?']) {
      expect(desaOfStatusQuestion(text), text).toBeNull();
    }
  });
});

describe('one\'s own desa named in a status question', () => {
  // "desa gw cipete udh blm?" is read as other status phrasings are; its neighbours were
  // searched "tuh cipete", or not understood.
  it.each([
    ['desa gw cipete udh blm?', 'cipete'],
    ['desa gw tuh cipete udh blm?', 'cipete'],
    ['desa gw cipete gmn?', 'cipete'],
    ['desaku sidoarum piye?', 'sidoarum'],
    ['desa abdi sidoarum kumaha?', 'sidoarum'],
  ])('reads %j as the status of %s', (text, query) => {
    expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query });
  });

  it('still reads "kalau desa saya gimana?" as the person\'s own desa, unnamed', () => {
    expect(understand('kalau desa saya gimana?', matcher, NOW).understood).toEqual({ kind: 'status', mine: true });
  });
});
