/**
 * What people say at the activity's summary, found walking the app: "fotonya nyusul" (save
 * now, the photo later) was "jawaban itu belum bisa saya pakai"; so was a button pressed from
 * an earlier question, where the registration's summary says the button no longer applies.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { atKerjaBaktiSummary } from '../support/activity-chat.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('what is said at the activity\'s summary', (kind) => {
  const bot = useTestBot(kind);

  const atSummary = (person: string) => atKerjaBaktiSummary(bot, person);

  // Alone, "tanpa foto" is not "save" either: the same answer, so the two agree.
  it.each([
    ['nanti aja fotonya', 'photo-later-1'],
    ['fotonya nyusul', 'photo-later-2'],
    ['foto nanti ya', 'photo-later-3'],
    ['tanpa foto', 'photo-later-4'],
  ])('at %j, says how to add the photo later and asks to save', async (said, person) => {
    const send = await atSummary(person);
    const answer = allText(await send(said));
    expect(answer).not.toContain('belum bisa saya pakai');
    expect(answer).not.toContain('🎉 Kegiatan sudah dicatat.');
    expect(answer).toContain('📒 Kegiatan saya');
    expect(answer).toContain('📷 Tambah foto');
    expect(answer).toContain('Simpan?');
    expect(allText(await send('ya simpan'))).toContain('🎉 Kegiatan sudah dicatat.');
  });

  // "lanjut" was the resume command here (nothing to resume inside a flow): the summary asked
  // again without a word, as if saved; "simpan"'s words list it, so it saves, and "lanjutin" too.
  it.each([
    ['lanjut', 'go-on-1'],
    ['lanjutin', 'go-on-2'],
    ['lanjutkan', 'go-on-3'],
  ])('at %j, saves', async (said, person) => {
    const send = await atSummary(person);
    expect(allText(await send(said))).toContain('🎉 Kegiatan sudah dicatat.');
  });

  it('at "lanjutin yg tadi", says the summary is still open and saves nothing', async () => {
    const send = await atSummary('go-on-earlier');
    const answer = allText(await send('lanjutin yg tadi'));
    expect(answer).toContain('Kita masih di sini');
    expect(answer).toContain('Simpan?');
    expect(answer).not.toContain('🎉 Kegiatan sudah dicatat.');
  });

  it('says a button from an earlier question no longer applies', async () => {
    const send = await atSummary('old-button');
    const answer = allText(await send({ button: 'category:kesehatan' }));
    expect(answer).toContain('Tombol itu sudah tidak berlaku untuk pertanyaan ini');
    expect(answer).not.toContain('belum bisa saya pakai');
    expect(answer).toContain('Simpan?');
  });

});
