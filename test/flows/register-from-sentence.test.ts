/**
 * Registering a group from a sentence, as testers typed it: what the sentence states is kept
 * (its name, its members, never a phone number's digits as a count), and "Jenis lain" after a
 * guessed type asks the type instead of reading it from the name again.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('registering a group from a sentence', (kind) => {
  const bot = useTestBot(kind, { clock: manualClock('2026-11-20T03:00:00Z') });

  /** Sends each input in turn; the replies to the last one. */
  async function chat(user: string, inputs: ReadonlyArray<string | { button: string }>): Promise<Reply[]> {
    let replies: Reply[] = [];
    for (const input of inputs) replies = await bot.send(user, input);
    return replies;
  }

  it('counts the members said after "anggota", never a phone number’s last digits', async () => {
    const posyandu = await bot.send(
      'h1-phone-count',
      'pagi min, mau daftarin posyandu mawar di desa panggungharjo rw 3 ketuanya bu Endang 0812 3456 7890 anggota dua belas kader',
    );
    expect(allText(posyandu)).toContain('12 anggota');
    expect(allText(posyandu)).not.toContain('7890 anggota');
    const arisan = await bot.send('h1-phone-count-2', 'mau daftar arisan bapak2 rt 5 di panggungharjo, ketua pak Joko 0812-2233-4455 anggota 20 orang');
    expect(allText(arisan)).toContain('20 anggota');
    expect(allText(arisan)).not.toContain('4455 anggota');
  });

  it('asks the type after "Jenis lain", even when the name has a kind word in it', async () => {
    const user = 'h1-other-type';
    const guessed = await bot.send(user, 'mau daftar kelompok pengajian');
    expect(buttonIds(guessed)).toEqual(['intent:register:majelis_taklim', 'intent:register:']);
    // A kind whose name says "kelompok" itself is not doubled (was "Mendaftarkan kelompok Kelompok tani?").
    const farmers = allText(await bot.send('h1-farmers', 'abdi bade ngadaptarkeun kelompok tani'));
    expect(farmers).toContain('Daftarkan kelompok baru, jenisnya Kelompok tani?');
    expect(farmers).not.toMatch(/kelompok kelompok/i);
    const named = await chat(user, [{ button: 'intent:register:' }, { button: 'consent:agree' }, 'panggungharjo', { button: 'village-exact:yes' }, 'Pengajian Al Ikhlas']);
    // Was straight on to the RT/RW with "Jenis: Majelis taklim" on the summary.
    expect(buttonIds(named)).toContain('type:other');
    expect(buttonIds(named)).toContain('type:majelis_taklim');
  });

  it('keeps the group named after "daftar kelompok lagi dong," with its desa, members and the person as ketua', async () => {
    const user = 'h1-named-later';
    const guessed = await bot.send(user, 'daftar kelompok lagi dong, karang taruna tunas muda desa panggungharjo, anggota 30, ketua saya sendiri');
    // Was "Mendaftarkan kelompok Karang Taruna?" and the name asked later.
    expect(allText(guessed)).toContain('“Karang Taruna Tunas Muda”');
    expect(allText(guessed)).toContain('30 anggota');
    expect(allText(guessed)).toContain('ketua Anda sendiri');
    const asked = await chat(user, [{ button: buttonIds(guessed)[0]! }, { button: 'consent:agree' }]);
    expect(allText(asked)).toContain('Panggungharjo');
    const own = await chat(user, [{ button: 'village-exact:yes' }, 'seluruh desa']);
    // Not "who chairs this group?": the person chairs it, so their own name is asked.
    expect(allText(own)).toMatch(/Anda sendiri ketuanya/);
    const summary = await chat(user, ['Bayu Pratama 0812-7777-1234']);
    const text = allText(summary);
    expect(text).toContain('Karang Taruna Tunas Muda');
    expect(text).toContain('Bayu Pratama');
    expect(text).toMatch(/Anggota: 30/);
    expect(buttonIds(summary)).toContain('save');
    expect(allText(await bot.send(user, { button: 'save' }))).toContain('🎉');
    // Next time the name on record is used, and said back.
    const again = await bot.send(user, 'mau daftar posyandu melati desa panggungharjo, ketuanya saya sendiri');
    const started = await bot.send(user, { button: buttonIds(again)[0]! });
    expect(allText(started)).toContain('ketuanya Anda sendiri: Bayu Pratama');
  });

  it('keeps the ketua named after "ketuanya saya sendiri" with their phone, and does not ask again', async () => {
    const user = 'h1-self-named';
    const guessed = await bot.send(user, 'mau daftarin karang taruna tunas harapan desa panggungharjo rw 3, ketuanya saya sendiri darto 0813-2222-3333 anggota 40 org');
    // Was said back without the ketua, and "Siapa ketua kelompok ini?" asked after the desa.
    expect(allText(guessed)).toContain('ketua Darto (+6281322223333)');
    const summary = await chat(user, [{ button: buttonIds(guessed)[0]! }, { button: 'consent:agree' }, { button: 'village-exact:yes' }]);
    const text = allText(summary);
    expect(text).not.toContain('Siapa ketua');
    // With a name's capitals, as if typed at the ketua question.
    expect(text).toContain('Ketua: Darto (+6281322223333)');
    expect(text).toMatch(/Anggota: 40/);
    expect(buttonIds(summary)).toContain('save');
  });

  it('keeps what follows "ketua saya sendiri" after a comma: the person’s name, or their phone', async () => {
    const named = await bot.send('h1-self-comma', 'daftar posyandu mawar, ketua saya sendiri mas, Bayu Pratama');
    // Was "ketua Anda sendiri", and the name asked again.
    expect(allText(named)).toContain('ketua Bayu Pratama');

    const user = 'h1-self-phone';
    const guessed = await bot.send(user, 'daftar posyandu mawar desa panggungharjo ketuanya saya sendiri, 0813-2222-3333');
    expect(allText(guessed)).toContain('ketua Anda sendiri');
    const own = await chat(user, [{ button: buttonIds(guessed)[0]! }, { button: 'consent:agree' }, { button: 'village-exact:yes' }, 'seluruh desa', '25']);
    expect(allText(own)).toMatch(/Anda sendiri ketuanya/);
    // Only the name is asked: the phone typed with "saya sendiri" is kept (was asked again).
    const summary = await bot.send(user, 'Bayu Pratama');
    expect(allText(summary)).toContain('+6281322223333');
    expect(buttonIds(summary)).toContain('save');
  });

  it('leaves chat particles at the end out of a name from a sentence', async () => {
    const replies = await bot.send('h1-particles', 'min mau daftar pengajian ibu2 nih');
    expect(allText(replies)).toContain('“Pengajian Ibu-Ibu”');
  });

  it('writes a word doubled with a 2 in the group\'s name in full ("Arisan Ibu-Ibu", was "Arisan Ibu2"), keeping real numbers', async () => {
    const user = 'h1-reduplicated';
    const guessed = await bot.send(user, 'mau daftarin kelompok arisan ibu2 rt 3');
    expect(allText(guessed)).toContain('“Arisan Ibu-Ibu”');
    await chat(user, [{ button: buttonIds(guessed)[0]! }, { button: 'consent:agree' }, 'panggungharjo', { button: 'village-exact:yes' }]);
    await chat(user, ['rw 5', '20']);
    const summary = allText(await bot.send(user, 'Bu Sri 081227456789'));
    expect(summary).toContain('• Nama: Arisan Ibu-Ibu');
    expect(summary).toContain('• Wilayah: RT 003 / RW 005');
    await bot.send(user, 'batal');
    // A number that is one: as typed (capitals given), at the name question too.
    const numbered = await bot.send('h1-numbered', 'mau daftar posyandu mawar 2 di desa panggungharjo');
    expect(allText(numbered)).toContain('“Posyandu Mawar 2”');
  });

  it('takes "mt nurul huda rt 7 rw 2" at the name as MT Nurul Huda, majelis taklim, in RT 7 RW 2', async () => {
    const user = 'h1-mt-name';
    const asked = await chat(user, ['daftar', { button: 'consent:agree' }, 'panggungharjo', { button: 'village-exact:yes' }, 'mt nurul huda rt 7 rw 2']);
    // Was the type question, then a summary with "mt nurul huda rt 7 rw 2" in RW 002 alone.
    expect(buttonIds(asked)).not.toContain('type:majelis_taklim');
    const summary = await chat(user, ['25', 'Bu Siti 0812-7777-4321']);
    const text = allText(summary);
    expect(text).toContain('MT Nurul Huda RT 7 RW 2');
    expect(text).toContain('Majelis taklim');
    expect(text).toContain('RT 007 / RW 002');
  });

  it('reads "karangtaruna" written joined as the kind, and "dsa kami", "kampung sy" as the person’s own place, no part of a name', async () => {
    const joined = await bot.send('h1-joined-kind', 'mau daftarin karangtaruna desa kami');
    // Was "Maaf, saya belum paham pertanyaannya".
    expect(buttonIds(joined)[0]).toBe('intent:register:karang_taruna');
    expect(allText(joined)).not.toContain('desa kami');
    const short = await bot.send('h1-short-desa', 'mau daftarin karang taruna dsa kami');
    // Was "Mendaftarkan “Karang Taruna Dsa Kami”".
    expect(allText(short)).not.toMatch(/Dsa|dsa kami/);
    expect(buttonIds(short)[0]).toBe('intent:register:karang_taruna');
    const asked = await chat('h1-short-desa', [{ button: buttonIds(short)[0]! }, { button: 'consent:agree' }]);
    expect(allText(asked)).toContain('Di desa/kelurahan mana');
    // "kampung sy" is where the person lives (was the name "KWT Melati Kampung Sy").
    expect(allText(await bot.send('h1-own-place', 'pagi bu, sy bu rt mau daftarin kwt melati kampung sy'))).toContain('“KWT Melati”');
  });
});
