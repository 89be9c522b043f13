/**
 * Through the web chat, as a leader logging a joint activity: the summary says a photo may be
 * sent and that it may be saved without one, and "gak ada foto, simpan aja" was refused ("Maaf,
 * jawaban itu belum bisa saya pakai"): the "not" about the photo read as one about saving. It
 * now saves; a "no" about the saving itself still does not.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('an activity saved with "no photo" said', (kind) => {
  const bot = useTestBot(kind);

  it.each([
    ['gak ada foto, simpan aja', 'no-photo-1'],
    ['fotonya belum ada, langsung simpen', 'no-photo-2'],
    ['ga pake foto ya, simpen', 'no-photo-3'],
  ])('saves at %j', async (answer, person) => {
    const send = (input: string | { button: string }) => bot.send(person, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: `Karang Taruna ${person}`, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua: 'Mas Bima', phone: '0812-3456-7890',
    });
    await send('menu');
    await send('catat kegiatan');
    await send('kemarin');
    await send({ button: 'category:kerja_bakti' });
    await send('Bersih-bersih selokan dusun');
    await send({ button: 'partners:done' });
    expect(allText(await send({ button: 'pmks:done' }))).toContain('Simpan?');
    expect(allText(await send(answer))).toContain('🎉 Kegiatan sudah dicatat.');
  });

  it('does not save at "jangan simpan dulu, fotonya belum ada"', async () => {
    const send = (input: string | { button: string }) => bot.send('no-photo-4', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: 'Karang Taruna Tunggu Foto', villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua: 'Mas Bima', phone: '0812-3456-7890',
    });
    await send('menu');
    await send('catat kegiatan');
    await send('kemarin');
    await send({ button: 'category:kerja_bakti' });
    await send('Bersih-bersih selokan dusun');
    await send({ button: 'partners:done' });
    await send({ button: 'pmks:done' });
    expect(allText(await send('jangan simpan dulu, fotonya belum ada'))).not.toContain('🎉 Kegiatan sudah dicatat.');
  });
});
