/**
 * Requests typed at the main menu that were read as something else: one's own name to change
 * ("change my name", "ganti nama saya jadi Bu Sri": was "didn't understand" or the group
 * rename for leaders only), a paused registration to go on with ("lanjut daftar": was the FAQ
 * on who may register), and what waits to be confirmed ("ada yg perlu dikonfirmasi?": was "belum paham").
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('requests typed at the main menu', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  it('opens Data saya for a change of one\'s own name; a leader\'s "ganti nama kelompok" stays Kelompok saya', async () => {
    for (const [user, text] of [
      ['name-en', 'change my name'],
      ['name-en-2', "I'd like to change my name"],
      ['name-id', 'ganti nama saya jadi Bu Sri'],
    ] as const) {
      const replies = await bot.send(user, text);
      expect(allText(replies), text).toMatch(/🔒 (?:Data saya|My data)/u);
      expect(buttonIds(replies), text).toContain('privacy:erase');
    }

    const user = 'name-leader';
    const saved = await answerRegistration((input) => bot.send(user, input), await bot.send(user, 'daftar'), {
      type: 'arisan', name: 'Arisan Melati Sewon', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: 'Bu Sri', phone: '0812 3456 7890',
    });
    expect(allText(saved)).toContain('sudah terdaftar');
    await bot.send(user, 'menu');
    const own = await bot.send(user, 'ganti nama saya jadi Bu Sri Lestari');
    expect(buttonIds(own)).toContain('privacy:name');
    await bot.send(user, 'menu');
    expect(allText(await bot.send(user, 'ganti nama kelompok'))).toContain('Arisan Melati Sewon');
    expect(buttonIds(await bot.send(user, 'menu'))).not.toContain('privacy:name');
  });

  it('goes on with a paused registration for "lanjut daftar", "lanjutkan pendaftaran", "terusin daftar"', async () => {
    for (const [index, words] of ['lanjut daftar', 'lanjutkan pendaftaran', 'terusin daftar'].entries()) {
      const user = `resume-words-${index}`;
      await bot.send(user, 'daftar');
      await bot.send(user, { button: 'consent:agree' });
      await bot.send(user, 'Panggungharjo, Sewon, Bantul');
      await bot.send(user, { button: 'village-exact:yes' });
      expect(allText(await bot.send(user, 'Arisan Mawar Jingga'))).toContain('RT/RW');
      expect(buttonIds(await bot.send(user, 'menu'))).toContain('cmd:resume');
      expect(allText(await bot.send(user, words)), words).toContain('RT/RW');
    }
  });

  it('tells a takmir masjid it may join, and starts the registration of one (was "belum paham")', async () => {
    expect(allText(await bot.send('takmir-asks', 'kalau takmir masjid bisa ikut wksbm gak?'))).toContain('takmir masjid (DKM)');
    const user = 'takmir-registers';
    const started = allText(await bot.send(user, 'saya takmir masjid mau daftar'));
    expect(started).not.toContain('belum paham');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'Panggungharjo, Sewon, Bantul');
    await bot.send(user, { button: 'village-exact:yes' });
    // The kind said in the request is not asked again (was "Apa jenis kelompoknya?").
    const named = allText(await bot.send(user, 'Takmir Al Ikhlas'));
    expect(named).not.toContain('Apa jenis kelompoknya?');
    expect(named).toContain('RT/RW');
    await bot.send(user, 'RT 04 RW 02');
    await bot.send(user, '30');
    expect(allText(await bot.send(user, 'Pak Darmo 0812 5555 4444'))).toContain('• Jenis: takmir masjid');
  });

  it('answers "wksbm wajib gak?" with whether it is compulsory (was what WKSBM is)', async () => {
    for (const [user, text] of [['must-1', 'wksbm wajib gak?'], ['must-2', 'apakah wksbm wajib?'], ['must-3', 'harus ikut wksbm ga sih']] as const) {
      const answer = allText(await bot.send(user, text));
      expect(answer, text).toContain('Tidak wajib');
      expect(answer, text).not.toContain('desa/kelurahan');
    }
  });

  it('explains the answer just given more simply for "maksudnya?", then asks which part (was the definition again)', async () => {
    const user = 'meaning';
    expect(allText(await bot.send(user, 'apa saja syarat wksbm?'))).toContain('Eksistensi Kolektif');
    const simpler = allText(await bot.send(user, 'maksudnya?'));
    expect(simpler).toContain('Singkatnya, ada 3 hal');
    expect(allText(await bot.send(user, 'maksudnya gimana?'))).toContain('Bagian mana yang belum jelas?');
    // After a topic's button too, and in the topics' own flow.
    await bot.send(user, { button: 'faq:pmks' });
    expect(allText(await bot.send(user, 'gak ngerti'))).toContain('Singkatnya: PMKS');
    await bot.send(user, 'menu');
    await bot.send(user, { button: 'faq:more' });
    await bot.send(user, 'wksbm wajib gak?');
    expect(allText(await bot.send(user, 'maksudnya?'))).toContain('Singkatnya: tidak wajib');
  });

  it('says how to read a desa\'s status for "maksudnya?" right after it (was "what do you mean?")', async () => {
    const user = 'meaning-status';
    await bot.send(user, 'desa panggungharjo sudah wksbm belum?');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Status WKSBM Panggungharjo');
    const replies = await bot.send(user, 'maksudnya?');
    expect(allText(replies)).toContain('Singkatnya: status itu menunjukkan');
    expect(buttonIds(replies)).toContain('faq:not_yet');
  });

  it('asks what to explain for "maksudnya?" or "kurang paham" with nothing just answered (was the definition, or the steps of a desa not yet a WKSBM)', async () => {
    for (const [user, text] of [['meaning-fresh-1', 'maksudnya?'], ['meaning-fresh-2', 'kurang paham']] as const) {
      const replies = await bot.send(user, text);
      expect(allText(replies), text).toContain('maksudnya tentang apa?');
      expect(buttonIds(replies), text).toContain('faq:definition');
    }
  });

  it('opens 📥 Konfirmasi for "ada yg perlu dikonfirmasi?"', async () => {
    expect(allText(await bot.send('confirm-asked', 'ada yg perlu dikonfirmasi?'))).toContain('Tidak ada yang menunggu konfirmasi Anda');
  });
});
