/**
 * Issue 12 through web chat: residents' own words reach the right flow with what they
 * named (status of a desa, registration with its type), English from someone who never
 * chose a language is answered in English, and a desa at Tumbuh keeps its level when three
 * new groups register (each new leader is told how to link).
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, buttonLabelled, manualClock, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';
import { levelTexts } from '../support/level-texts.js';

const LEVELS = levelTexts('id');

describeEachDatabase('residents understood in their own words, and growth that never demotes', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  /** Registers a group from a free-text request naming its type, confirmed with one tap. */
  /** Registers through a request in words; its one-tap confirmation tapped, or answered with `typedYes`. */
  async function register(user: string, request: string, type: string, name: string, typedYes?: string) {
    const replies = await bot.send(user, request);
    expect(buttonIds(replies)).toContain(`intent:register:${type}`);
    const first = await bot.send(user, typedYes ?? { button: `intent:register:${type}` });
    const asked: Reply[] = [...first];
    const send = async (input: string | { button: string }) => {
      const answer = await bot.send(user, input);
      asked.push(...answer);
      return answer;
    };
    const saved = await answerRegistration(send, first, {
      type, name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 02', members: '20 orang', ketua: `Ketua ${name}`, phone: '0812-7777-0000',
    });
    // The type was named and confirmed: its question never came.
    expect(buttonIds(asked).filter((id) => id.startsWith('type:'))).toEqual([]);
    expect(allText(saved)).toContain(name);
    return saved;
  }

  /** A status question in free text: straight to the desa, one tap to confirm the exact match. */
  async function status(question = 'cek status desa panggungharjo kec sewon'): Promise<string> {
    const resident = `resident-${Math.random().toString(36).slice(2)}`;
    const replies = await bot.send(resident, question);
    expect(allText(replies)).toContain('Desa Panggungharjo, Kec. Sewon');
    const shown = await bot.send(resident, { button: 'village-exact:yes' });
    // No RW question: a question about the desa is answered for the whole desa.
    expect(buttonIds(shown)).not.toContain('rw:whole');
    return allText(shown);
  }

  it('answers every question of a message that asks several, in the order asked, with the buttons once', async () => {
    const replies = await bot.send('resident-two-questions', 'apa itu wksbm? terus cara daftarnya gimana?');
    const text = allText(replies);
    const what = text.indexOf('WKSBM adalah Wahana Kesejahteraan Sosial');
    const how = text.indexOf('Mendaftarkan kelompok lewat bot ini');
    expect(what).toBeGreaterThanOrEqual(0);
    expect(how).toBeGreaterThan(what);
    expect(replies.filter((reply) => (reply.buttons ?? []).length > 0)).toHaveLength(1);
    expect(buttonIds(replies)).toContain('menu:register');
  });

  it('takes a desa name alone at the menu as a status question, and anything else alone as not understood', async () => {
    const replies = await bot.send('resident-name-only', 'Panggungharjo');
    expect(allText(replies)).toContain('Desa Panggungharjo, Kec. Sewon');
    const shown = await bot.send('resident-name-only', { button: 'village-exact:yes' });
    expect(allText(shown)).toMatch(/Panggungharjo/);
    expect(allText(shown)).toContain('kelompok aktif');
    expect(buttonIds(shown)).not.toContain('rw:whole');

    // A kecamatan alone: its desa to pick from (was "belum paham").
    const kecamatan = await bot.send('resident-kecamatan-only', 'kec sewon');
    expect(buttonIds(kecamatan)).toEqual(expect.arrayContaining(['village:34.02.15.2001', 'village:34.02.15.2004']));

    const unknown = await bot.send('resident-not-a-desa', 'Zzyzxqwv');
    expect(allText(unknown)).toContain('belum paham');
    expect(buttonIds(unknown)).toContain('faq:definition');
  });

  it('reads a status question after thanks, and thanks typed where a desa is asked is answered, not searched', async () => {
    const user = 'resident-thanks';
    // Was searched as the desa "makasih infonya oh iya panggungharjo".
    const asked = await bot.send(user, 'makasih min infonya. oh iya desa panggungharjo udah wksbm belum?');
    expect(allText(asked)).toContain('Desa Panggungharjo, Kec. Sewon');
    // Was searched as a desa ("Makasili", "Ramakasih"), then asked again: the person is done,
    // and a status check saves nothing, so it closes and the menu follows.
    const thanked = await bot.send(user, 'ok makasih ya');
    expect(allText(thanked)).toContain('Sama-sama');
    expect(allText(thanked)).not.toContain('Hasil pencarian');
    expect(allText(thanked)).not.toContain('Kembali ke pertanyaan tadi');
    expect(buttonIds(thanked)).toContain('menu:status');
    // Thanks with a desa's name is still the desa.
    expect(allText(await bot.send(user, 'cek status desa'))).toContain('Desa/kelurahan mana yang ingin dicek?');
    expect(allText(await bot.send(user, 'makasih, bangunharjo'))).toContain('Bangunharjo');
    // Where a registration asks its desa, thanks is answered and the question asked again (nothing typed is lost).
    const leader = 'leader-thanks-at-desa';
    await bot.send(leader, 'daftar kelompok');
    expect(allText(await bot.send(leader, { button: 'consent:agree' }))).toContain('desa');
    const kept = allText(await bot.send(leader, 'ok makasih ya'));
    expect(kept).toContain('Sama-sama');
    // The question follows the thanks as it is: "Kembali ke pertanyaan tadi" is for after an answered question.
    expect(kept).not.toContain('Kembali ke pertanyaan tadi');
    expect(kept).toContain('Di desa/kelurahan mana');
  });

  it('sets the language asked for in words at the menu (was "not understood")', async () => {
    const changed = allText(await bot.send('resident-language', 'ganti bahasa ke inggris'));
    expect(changed).toContain('English');
    expect(allText(await bot.send('resident-language', 'apa itu wksbm'))).toContain('WKSBM stands for');
    expect(allText(await bot.send('resident-language', 'pakai bahasa indonesia aja'))).toContain('Bahasa Indonesia');
  });

  it('sets the language asked for in words at any step, then asks that step\'s question again in it (was the step\'s answer)', async () => {
    const user = 'leader-language-at-step';
    expect(allText(await bot.send(user, 'daftar kelompok'))).toContain('Apakah Anda setuju data tersebut dicatat');
    const changed = allText(await bot.send(user, 'english please'));
    expect(changed).toContain('English');
    expect(changed).toContain('Do you agree to this data being recorded');
    // The registration goes on where it was: nothing typed was taken as an answer.
    expect(allText(await bot.send(user, 'pakai bahasa indonesia aja'))).toContain('Apakah Anda setuju data tersebut dicatat');
  });

  it('answers a question typed where a button is wanted, then asks the same question again (was "jawaban itu belum bisa saya pakai")', async () => {
    const user = 'resident-question-at-buttons';
    expect(allText(await bot.send(user, 'daftar kelompok'))).toContain('Apakah Anda setuju data tersebut dicatat');
    const answered = allText(await bot.send(user, 'daftarnya gratis kan?'));
    expect(answered).toContain('gratis');
    expect(answered).toContain('Kembali ke pertanyaan tadi');
    // The notice's question alone (consent-asked-again.test.ts), not the whole notice again.
    expect(answered).toContain('apakah Anda setuju data tersebut dicatat');
    expect(answered).not.toContain('belum bisa saya pakai');
    // Words that are no question are still refused, kept for the question after the notice
    // (consent-typed-ahead.test.ts), with the notice's question again.
    const refused = allText(await bot.send(user, 'kucing oren'));
    expect(refused).toContain('saya simpan dulu jawaban Anda “kucing oren”');
    expect(refused).toContain('apakah Anda setuju data tersebut dicatat');
  });

  it('checks another desa said as a follow-up right after a status ("terus kalo bangunharjo?"; was "belum paham")', async () => {
    const user = 'resident-status-follow-up';
    await bot.send(user, 'desa panggungharjo udah wksbm belum?');
    await bot.send(user, { button: 'village-exact:yes' });
    expect(allText(await bot.send(user, 'terus kalo bangunharjo?'))).toContain('Desa Bangunharjo, Kec. Sewon');
  });

  it('tells someone who leads no group, asking whether theirs is registered, that they lead none here yet', async () => {
    const text = allText(await bot.send('resident-registered', 'kelompok saya sudah terdaftar belum?'));
    expect(text).toContain('belum memimpin kelompok di sini');
  });

  it('explains the levels with the thresholds in force, with the status check a tap away', async () => {
    const replies = await bot.send('resident-levels', 'apa itu dorman');
    expect(allText(replies)).toContain('180 hari tanpa kegiatan bersama');
    expect(buttonIds(replies)).toContain('menu:status');
  });

  it('waits when asked to at a desa question, instead of searching "bentar ya …" as a desa', async () => {
    const user = 'resident-wait';
    expect(allText(await bot.send(user, 'cek status desa'))).toContain('Desa/kelurahan mana yang ingin dicek?');
    const waited = allText(await bot.send(user, 'bentar ya saya tanya pak rt dulu'));
    expect(waited).toContain('saya tunggu');
    expect(waited).toContain('Desa/kelurahan mana yang ingin dicek?');
    expect(allText(await bot.send(user, 'panggungharjo'))).toContain('Desa Panggungharjo, Kec. Sewon');
    await bot.send(user, 'batal');
    // Where a group's name is asked too: no group is called "Tunggu Ya Saya Tanya Ketua Dulu".
    await bot.send(user, 'daftar kelompok');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Apa nama kelompok');
    const named = allText(await bot.send(user, 'tunggu ya saya tanya ketua dulu'));
    expect(named).toContain('saya tunggu');
    expect(named).toContain('Apa nama kelompok');
  });

  it('never searches a question, a yes or "gak tau" as a desa, and points a desa short of WKSBM to its next steps', async () => {
    const user = 'resident-follow-ups';
    expect(allText(await bot.send(user, 'desa saya udah wksbm belum'))).toContain('Desa/kelurahan mana yang ingin dicek?');
    const listed = await bot.send(user, 'Sidomulyo');
    expect(allText(listed)).toContain('Hasil pencarian “Sidomulyo”');
    // A follow-up question is answered (the steps), and the list asked again: no "Trubus" or "Turus".
    const steps = allText(await bot.send(user, 'trus kalo belum gimana?'));
    expect(steps).toContain('langkahnya bertahap');
    expect(steps).toContain('Hasil pencarian “Sidomulyo”');
    expect(steps).not.toContain('Trubus');
    // A yes at a list says which one is still to be said; "gak tau" asks for the kecamatan.
    expect(allText(await bot.send(user, 'iya'))).toContain('Desa yang mana? Pilih dengan tombol');
    expect(allText(await bot.send(user, 'gak tau nama desanya'))).toContain('Ketik nama kecamatannya saja');
    // A question nothing answers is said to be one, not listed as far-away look-alikes.
    const unanswered = allText(await bot.send(user, 'kapan ya bisa ketemu pak lurah'));
    expect(unanswered).toContain('Sepertinya itu pertanyaan');
    expect(unanswered).not.toContain('Hasil pencarian “kapan');
    // Chat that reads as nothing is not found, rather than a list of far-away look-alikes.
    expect(allText(await bot.send(user, 'yg penting hepi'))).toContain('tidak ditemukan');

    // At the one-tap confirmation: "syaratnya apa aja" is answered; "iyaa bener" confirms.
    const confirm = 'resident-confirm-words';
    expect(allText(await bot.send(confirm, 'cek status desa panggungharjo kec sewon'))).toContain('Desa Panggungharjo, Kec. Sewon');
    const criteria = allText(await bot.send(confirm, 'syaratnya apa aja'));
    expect(criteria).toContain('3 kriteria');
    expect(criteria).toContain('Desa Panggungharjo, Kec. Sewon');
    const shown = await bot.send(confirm, 'iyaa bener');
    expect(allText(shown)).toContain('Status WKSBM Panggungharjo');
    // Short of Aktif: register a group, or the steps, one tap away.
    expect(buttonIds(shown)).toEqual(expect.arrayContaining(['menu:status', 'menu:register', 'faq:not_yet', 'cmd:menu']));
    expect(allText(await bot.send(confirm, { button: 'faq:not_yet' }))).toContain('Daftarkan kelompok warga yang ada');

    // Asked at the menu: what a desa not yet a WKSBM does, whom to contact, social assistance.
    expect(allText(await bot.send('resident-next', 'kelurahan saya belum punya wksbm, trus gimana?'))).toContain('langkahnya bertahap');
    expect(allText(await bot.send('resident-contact', 'nomor hp dinsos bantul berapa'))).toContain('Bot ini tidak memuat nomor petugas');
    expect(allText(await bot.send('resident-aid', 'bisa bantu saya dapat bansos gak? saya belum dapat PKH'))).toContain('WKSBM bukan bantuan sosial');
    expect(allText(await bot.send('resident-fee', 'ada iuran bulanan gak?'))).toContain('gratis');
  });

  it('answers whether one may register before registering, with the registration one tap away (also in ❓ Tanya)', async () => {
    for (const question of ['kelompok baru bisa daftar gak', 'kelompok saya cuma 5 orang, bisa daftar?']) {
      const answer = await bot.send('resident-may-i', question);
      expect(allText(answer), question).not.toContain('Mari daftarkan kelompok Anda');
      expect(buttonIds(answer), question).toContain('menu:register');
    }
    expect(allText(await bot.send('resident-may-i', { button: 'menu:register' }))).toContain('Mari daftarkan kelompok Anda');
    await bot.send('resident-may-i', 'batal');
    // In ❓ Tanya tentang WKSBM, the answer's button opens the registration too.
    await bot.send('resident-may-i', { button: 'menu:faq' });
    const inFaq = await bot.send('resident-may-i', 'cara daftar gimana');
    expect(buttonIds(inFaq)).toContain('menu:register');
    expect(allText(await bot.send('resident-may-i', { button: 'menu:register' }))).toContain('Mari daftarkan kelompok Anda');
  });

  it('answers "terus?" after an answer with the next steps, at the menu and in ❓ Tanya tentang WKSBM (were "belum paham")', async () => {
    await bot.send('resident-then', 'apa itu wksbm');
    const atMenu = await bot.send('resident-then', 'terus?');
    expect(allText(atMenu)).toContain('langkahnya bertahap');
    expect(buttonIds(atMenu)).toContain('menu:register');
    await bot.send('resident-then', { button: 'menu:faq' });
    await bot.send('resident-then', 'apa itu wksbm');
    expect(allText(await bot.send('resident-then', 'oke terus gimana'))).toContain('langkahnya bertahap');
  });

  it('answers what it takes to be Aktif with the counts per level, and "… biar Panggungharjo aktif" with that desa\'s status', async () => {
    const rules = await bot.send('resident-what-it-takes', 'syaratnya apa aja biar aktif');
    expect(allText(rules)).toContain('Rintisan: sedikitnya 3 kelompok aktif dari 2 jenis berbeda');
    expect(allText(rules)).not.toContain('Hasil pencarian');
    expect(allText(await bot.send('resident-groups-active', 'kelompok aktif itu apa'))).toContain('Kelompok disebut aktif bila berkegiatan');
    const named = await bot.send('resident-what-it-takes', 'gimana biar desa panggungharjo aktif');
    expect(allText(named)).toContain('Desa Panggungharjo, Kec. Sewon');
  });

  it('starts registration with the type named, and answers a status question for the desa named', async () => {
    await register('lead-1', 'mau daftar kelompok pengajian', 'majelis_taklim', 'Majelis Taklim Al Ikhlas');
    await register('lead-2', 'saya mau daftarin karang taruna', 'karang_taruna', 'Karang Taruna Tunas Muda');
    await register('lead-3', 'daftarkan kelompok arisan kami', 'arisan', 'Arisan RT 07');
    const text = await status();
    expect(text).toContain(LEVELS.rintisan!);
    expect(text).toContain('3 kelompok aktif (perlu 3), 3 jenis (perlu 2)');
    expect(text).toContain('Sementara: 3 data belum diverifikasi');
  });

  it('keeps Tumbuh when three new groups register, and tells each new leader how to link', async () => {
    // Tie the three groups: Tumbuh.
    for (const [user, other] of [['lead-1', 'Karang Taruna Tunas Muda'], ['lead-1', 'Arisan RT 07']] as const) {
      let replies = await bot.send(user, 'hubungan');
      replies = await bot.send(user, { button: buttonLabelled(replies, other) });
      // The kind of tie by its button, or in the leader's own words (was "jenis hubungan dari tombol").
      const kind = await bot.send(user, other === 'Arisan RT 07' ? 'kita sering rapat bareng tiap bulan' : { button: 'kind:shared_meetings' });
      expect(allText(kind)).toContain('Pertemuan bersama');
      await bot.send(user, { button: 'save' });
    }
    for (const user of ['lead-2', 'lead-3']) {
      await bot.send(user, 'menu');
      await bot.send(user, { button: 'menu:inbox' });
      await bot.send(user, { button: 'accept' });
    }
    expect(await status('desa panggungharjo sudah wksbm belum')).toContain(LEVELS.tumbuh!);
    // After a greeting too: the desa is confirmed with one tap, the greeting not searched for.
    expect(await status('halo min, desa panggungharjo udah wksbm belum?')).toContain(LEVELS.tumbuh!);
    // A leader checking their own desa gets their own next steps (was "cek desa lain, daftarkan
    // kelompok Anda", as for a resident); a resident keeps theirs.
    const own = await bot.send('lead-1', 'status desa kami gmn skrg');
    expect(allText(own)).toContain('Langkah berikutnya untuk desa Anda');
    expect(buttonIds(own)).toEqual(expect.arrayContaining(['menu:activity', 'menu:relation']));
    // "apa lagi yang kurang": what their desa still lacks (was the general steps), only that (was its whole status again).
    const missing = allText(await bot.send('lead-1', 'apa lagi yang kurang'));
    expect(missing).toContain('📋 Panggungharjo');
    expect(missing).toContain('Yang masih kurang sampai Aktif');
    expect(missing).not.toContain('Status WKSBM');
    expect(missing).toContain('Langkah berikutnya untuk desa Anda');
    expect(await status()).toContain('Langkah berikutnya: cek desa/kelurahan lain');

    clock.advance(86_400_000);
    await register('lead-4', 'daftar kelompok tani dong', 'kelompok_tani', 'Kelompok Tani Makmur');
    await register('lead-5', 'mau mendaftarkan posyandu', 'posyandu', 'Posyandu Melati');
    // "iya" typed is the confirmation's ✅ button.
    await register('lead-6', 'daftarkan kelompok pkk', 'pkk', 'PKK Dusun Glugo', 'iya min');
    const text = await status();
    expect(text).toContain(LEVELS.tumbuh!);
    expect(text).toContain('3 dari 3 kelompok sudah terhubung (perlu 60 %)');
    expect(text).toContain('3 kelompok baru belum dihitung');
    const history = await bot.bot.database.prisma.areaLevelHistory.findMany({ orderBy: { at: 'asc' } });
    // Only real level changes: Belum Ada, Rintisan, Tumbuh; no drop, no provisional rows.
    expect(history.map((row) => row.level)).toEqual(['belum_ada', 'rintisan', 'tumbuh']);
    const hints = await bot.bot.database.prisma.alert.count({ where: { kind: 'leader.linkHint' } });
    expect(hints).toBeGreaterThanOrEqual(3);
  });

  it('answers English in English to someone who never chose a language, and offers the choice', async () => {
    const replies = await bot.send('visitor-en', 'What does WKSBM stand for?');
    expect(allText(replies)).toContain('Wahana');
    expect(allText(replies)).toContain('Which language would you like?');
    expect(buttonIds(replies)).toEqual(expect.arrayContaining(['lang:en', 'lang:id']));
    const chosen = await bot.send('visitor-en', { button: 'lang:id' });
    expect(allText(chosen)).not.toContain('Which language');
    // Emoji thanks are understood.
    expect(allText(await bot.send('visitor-en', '🙏🙏'))).not.toContain('belum paham');

    // "ok thanks" or "hi" from someone writing Indonesian is courtesy, not a change of language.
    await bot.send('resident-ok-thanks', 'apa itu wksbm?');
    for (const courtesy of ['ok thanks', 'hi']) {
      const answer = allText(await bot.send('resident-ok-thanks', courtesy));
      expect(answer, courtesy).not.toContain('Which language');
      expect(answer, courtesy).not.toContain('I am answering in English');
    }
    expect(allText(await bot.send('resident-ok-thanks', 'apa syaratnya?'))).toContain('kriteria');
  });

  it('greets in one piece, then offers the language, for "hi, do you speak english?" (the offer was between "Hello" and the rest)', async () => {
    const replies = await bot.send('visitor-en-hi', 'hi, do you speak english?');
    const texts = replies.map((reply) => reply.text);
    const welcome = texts.findIndex((text) => text.includes('I am the WKSBM Assistant'));
    const offer = texts.findIndex((text) => text.includes('Which language would you like?'));
    expect(welcome).toBeGreaterThanOrEqual(0);
    expect(offer).toBeGreaterThan(welcome);
    expect(texts.findIndex((text) => text.includes('Hello'))).toBeLessThan(welcome);
  });

  it('takes a registration asked in English with its kind and desa, in English', async () => {
    const asked = await bot.send('visitor-en-register', "I want to register our women's farming group in Sidomulyo, Bambanglipuro");
    const text = allText(asked);
    // Was the kind asked again, the desa too, and "a Farmers' group group".
    expect(text).toContain("Register a group of the kind Farmers' group?");
    expect(text).toContain('“Sidomulyo, Bambanglipuro”');
    expect(buttonIds(asked).some((id) => id.startsWith('intent:register:kelompok_tani'))).toBe(true);
  });

  // Last: an RW's status is recorded as its own area, which the level history above does not expect.
  it('answers a status question naming an RW for that RW ("status panggungharjo rw 2")', async () => {
    expect(allText(await bot.send('resident-rw', 'status panggungharjo rw 02'))).toContain('Desa Panggungharjo, Kec. Sewon');
    const shown = allText(await bot.send('resident-rw', { button: 'village-exact:yes' }));
    expect(shown).toContain('Status WKSBM RW 2 Panggungharjo');
    // The desa checked last is offered next time; a typed "iya" takes it.
    expect(buttonIds(await bot.send('resident-rw', 'cek status'))).toEqual(['village:34.02.15.2004']);
    const taken = allText(await bot.send('resident-rw', 'iya'));
    expect(taken).toContain('Cek seluruh Desa Panggungharjo');
    expect(taken).not.toContain('Hasil pencarian');
    // "sama kyk td" (the same one as before) takes it too, never a search for a desa called Sama.
    await bot.send('resident-rw', 'menu');
    expect(buttonIds(await bot.send('resident-rw', 'cek status'))).toEqual(['village:34.02.15.2004']);
    const same = allText(await bot.send('resident-rw', 'sama kyk td'));
    expect(same).toContain('Cek seluruh Desa Panggungharjo');
    expect(same).not.toContain('Hasil pencarian');
  });

  it('keeps an RW typed before the desa ("rw 4", then the desa), and asks the desa of "status of RW 5 in my desa" (was a search for a desa called "in")', async () => {
    await bot.send('resident-rw-first', 'cek status');
    const noted = allText(await bot.send('resident-rw-first', 'rw 4'));
    expect(noted).toContain('RW 4: dicatat.');
    expect(noted).toContain('Desa/kelurahan mana yang ingin dicek?');
    expect(noted).not.toContain('tidak ditemukan');
    expect(allText(await bot.send('resident-rw-first', 'panggungharjo sewon'))).toContain('Desa Panggungharjo, Kec. Sewon');
    expect(allText(await bot.send('resident-rw-first', { button: 'village-exact:yes' }))).toContain('Status WKSBM RW 4 Panggungharjo');

    await bot.send('expat-rw', 'english please');
    const asked = allText(await bot.send('expat-rw', 'status of RW 5 in my desa'));
    expect(asked).not.toContain('“in”');
    expect(asked).toContain('Which desa/kelurahan do you want to check?');
    expect(allText(await bot.send('expat-rw', 'panggungharjo sewon'))).toContain('Desa Panggungharjo, Kec. Sewon');
    expect(allText(await bot.send('expat-rw', { button: 'village-exact:yes' }))).toContain('WKSBM status of RW 5 Panggungharjo');
  });

  it('reads the RW asked for in Roman numerals or with "please", and "the whole desa" in English', async () => {
    for (const [user, typed, shown] of [
      ['resident-rw-roman', 'RW VII', 'Status WKSBM RW 7 Panggungharjo'],
      ['expat-rw-please', 'rw 07 please', 'WKSBM status of RW 7 Panggungharjo'],
      ['expat-rw-whole', 'the whole desa', 'WKSBM status of Panggungharjo'],
    ] as const) {
      if (user.startsWith('expat')) await bot.send(user, 'english please');
      await bot.send(user, { button: 'menu:status' });
      await bot.send(user, 'panggungharjo sewon');
      await bot.send(user, { button: 'village-exact:yes' });
      expect(allText(await bot.send(user, typed)), typed).toContain(shown);
    }
  });

  it('takes everything a request to register says in one go, and asks only what is missing', async () => {
    const user = 'lead-all-in-one';
    const guessed = await bot.send(user, 'mau daftarin posyandu kenanga di desa timbulharjo rw 3 ketuanya bu sri 081234567890 anggota 25 org');
    expect(allText(guessed)).toContain('Juga saya catat: RW 003, 25 anggota, ketua bu sri (+6281234567890)');
    await bot.send(user, { button: buttonIds(guessed).find((id) => id.startsWith('intent:register:posyandu'))! });
    expect(allText(await bot.send(user, { button: 'consent:agree' }))).toContain('Desa Timbulharjo, Kec. Sewon');
    // The desa confirmed: straight to the summary, nothing asked again.
    const summary = allText(await bot.send(user, { button: 'village-exact:yes' }));
    expect(summary).toContain('Mohon periksa data kelompok');
    expect(summary).toContain('Nama: Posyandu Kenanga');
    expect(summary).toContain('Wilayah: RW 003');
    expect(summary).toContain('Anggota: 25 orang');
    expect(summary).toContain('Ketua: Sri (+6281234567890)');
    await bot.send(user, 'batal');
  });

  it('takes the name and desa stated in a request to register, and does not ask them again', async () => {
    const user = 'lead-one-go';
    const guessed = await bot.send(user, 'mau daftarin posyandu mawar di desa bangunharjo');
    expect(allText(guessed)).toContain('Daftarkan “Posyandu Mawar”, jenisnya Posyandu?');
    expect(allText(guessed)).toContain('“desa bangunharjo”');
    const asked: Reply[] = [];
    const send = async (input: string | { button: string }) => {
      const answer = await bot.send(user, input);
      asked.push(...answer);
      return answer;
    };
    const first = await send({ button: buttonIds(guessed).find((id) => id.startsWith('intent:register:posyandu'))! });
    const saved = await answerRegistration(send, first, {
      type: 'posyandu', name: 'Posyandu Mawar', villageQuery: 'bangunharjo', villageCode: '34.02.15.2003', unit: 'RW 05', members: '25', ketua: 'Bu Ratna 0812 3333 4444', phone: '0812 3333 4444',
    });
    expect(allText(saved)).toContain('Posyandu Mawar');
    // Neither the desa nor the name was asked: the desa was searched from the request at once.
    expect(asked.map((reply) => reply.text).filter((text) => /Di desa\/kelurahan mana|Apa nama kelompok/i.test(text))).toEqual([]);
    const group = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Posyandu Mawar' } });
    expect(group).toMatchObject({ villageCode: '34.02.15.2003', type: 'posyandu' });
  });

  it('keeps the kecamatan said with the desa in a request to register: one desa, not every namesake', async () => {
    const user = 'lead-desa-with-kecamatan';
    const guessed = await bot.send(user, 'mau daftarin arisan melati di desa sidomulyo kec godean');
    expect(allText(guessed)).toContain('“desa sidomulyo kec godean”');
    const form = await bot.send(user, { button: buttonIds(guessed).find((id) => id.startsWith('intent:register:arisan'))! });
    // Before: "sidomulyo" alone was searched, and the three Sidomulyo of the extract were listed.
    const found = await bot.send(user, { button: buttonIds(form).find((id) => id === 'consent:agree')! });
    expect(allText(found)).toContain('Desa Sidomulyo, Kec. Godean, Kab. Sleman?');
    await bot.send(user, 'batal');
  });

  it('answers a request typed where the desa is asked instead of searching it, and says a kabupaten typed there is one', async () => {
    const user = 'resident-request-at-desa';
    expect(allText(await bot.send(user, 'desa saya udah wksbm belum'))).toContain('Desa/kelurahan mana yang ingin dicek?');
    // The request under way: the desa comes first, asked again; nothing searched.
    const same = allText(await bot.send(user, 'saya mau cek status aja'));
    expect(same).toContain('Ya, kita sedang cek status WKSBM');
    expect(same).toContain('Desa/kelurahan mana yang ingin dicek?');
    expect(same).not.toMatch(/Hasil pencarian|tidak ditemukan/);
    // Another request: its entry one tap away, the question kept.
    const other = await bot.send(user, 'mau daftar kelompok karang taruna');
    expect(allText(other)).toContain('Untuk mendaftarkan kelompok, ketuk 📝 Daftarkan kelompok');
    expect(allText(other)).not.toMatch(/Hasil pencarian|tidak ditemukan/);
    expect(buttonIds(other)).toContain('menu:register');

    // At the one-tap confirmation too; the button opens the registration on top of it.
    expect(allText(await bot.send(user, 'panggungharjo'))).toContain('Desa Panggungharjo, Kec. Sewon');
    const atConfirm = await bot.send(user, 'mau daftar kelompok karang taruna');
    expect(allText(atConfirm)).toContain('Untuk mendaftarkan kelompok');
    expect(allText(atConfirm)).toContain('Desa Panggungharjo, Kec. Sewon');
    expect(allText(await bot.send(user, { button: 'menu:register' }))).toContain('Mari daftarkan kelompok Anda');
    expect(allText(await bot.send(user, 'batal'))).toContain('Desa Panggungharjo, Kec. Sewon');

    // A kabupaten typed as the desa: said to be one, and the desa typed next looked for there.
    expect(allText(await bot.send(user, 'sleman'))).toContain('“sleman” itu nama kabupaten/kota: Kab. Sleman (DI Yogyakarta)');
    expect(allText(await bot.send(user, 'sidomulyo'))).toContain('Desa Sidomulyo, Kec. Godean, Kab. Sleman?');

    // A kabupaten alone at the menu is a place too: the status check asks which desa in it.
    expect(allText(await bot.send('resident-kab-only', 'kab sleman'))).toContain('“kab sleman” itu nama kabupaten/kota: Kab. Sleman (DI Yogyakarta)');
    // "bantul" is one letter from "bantu": a kabupaten, not a question about bansos.
    expect(allText(await bot.send('resident-kab-bantul', 'kab bantul'))).toContain('“kab bantul” itu nama kabupaten/kota: Kab. Bantul (DI Yogyakarta)');
  });

  it('lists same-named desa in the person\'s own area first: the kabupaten of their last status check', async () => {
    const user = 'resident-in-sleman';
    // Without an area of their own: the three Sidomulyo in code order, Bantul's first.
    await bot.send(user, 'cek status');
    expect(buttonIds(await bot.send(user, 'sidomulyo'))[0]).toBe('village:34.02.05.2001');
    await bot.send(user, 'batal');
    // A desa of Sleman checked: Sleman's Sidomulyo comes first from now on (still a list: nothing is chosen for them).
    expect(allText(await bot.send(user, 'cek status desa caturtunggal'))).toContain('Desa Caturtunggal, Kec. Depok');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, 'cek status');
    const listed = await bot.send(user, 'sidomulyo');
    expect(buttonIds(listed).slice(0, 3)).toEqual(['village:34.04.02.2003', 'village:34.02.05.2001', 'village:35.79.01.2007']);
  });
});
