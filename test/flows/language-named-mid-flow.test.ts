/**
 * A language's name typed alone at a group's screen in 👥 Kelompok saya, as walked in the web
 * chat: "english" was "Maaf, jawaban itu belum bisa saya pakai"; now the language is set and the
 * screen shown again in it ("indo aja" back). At the status check's desa question "Indonesia"
 * is still the place searched, not a language. The entry's words, in either language ("kelompok
 * saya", "my groups"), get the same answer there.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('a language named alone in the middle of a flow', (kind) => {
  const bot = useTestBot(kind);

  it('sets it at a group\'s screen and shows the screen again in it', async () => {
    const send = (input: string | { button: string }) => bot.send('lang-named', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'pkk', name: 'PKK Mawar Bahasa', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 04', members: '20', ketua: 'Bu Wati', phone: '0812 1212 5656',
    });
    await send('menu');
    expect(allText(await send('👥 Kelompok saya'))).toContain('• Anggota: 20 orang');

    const english = allText(await send('english'));
    expect(english).not.toContain('belum bisa saya pakai');
    expect(english).toContain('OK, I will answer in English.');
    expect(english).toContain('• Members: 20');

    const indonesian = allText(await send('indo aja'));
    expect(indonesian).toContain('Baik, saya akan menjawab dalam Bahasa Indonesia.');
    expect(indonesian).toContain('• Anggota: 20 orang');

    // The entry's words in either language: one answer, the screen kept.
    const indonesianWords = allText(await send('kelompok saya'));
    const englishWords = allText(await send('my groups'));
    expect(englishWords).toBe(indonesianWords.replaceAll('kelompok saya', 'my groups'));
    expect(englishWords).toContain('PKK Mawar Bahasa');
  });

  it('keeps "Indonesia" as the place asked for at the status check\'s desa question', async () => {
    const send = (input: string | { button: string }) => bot.send('lang-place', input);
    await send({ button: 'menu:status' });
    const reply = allText(await send('Indonesia'));
    expect(reply).not.toContain('OK, I will answer');
    expect(reply).not.toContain('Baik, saya akan menjawab');
  });
});
