/**
 * Through the web chat, as a leader logging a joint activity: the summary says a photo may be
 * sent and that it may be saved without one, and "gak ada foto, simpan aja" was refused ("Maaf,
 * jawaban itu belum bisa saya pakai"): the "not" about the photo read as one about saving. It
 * now saves; a "no" about the saving itself still does not.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { atBeneficiaries, atKerjaBaktiSummary, registeredLeader } from '../support/activity-chat.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('an activity saved with "no photo" said', (kind) => {
  const bot = useTestBot(kind);

  const atSummary = (person: string) => atKerjaBaktiSummary(bot, person);

  it.each([
    ['gak ada foto, simpan aja', 'no-photo-1'],
    ['fotonya belum ada, langsung simpen', 'no-photo-2'],
    ['ga pake foto ya, simpen', 'no-photo-3'],
  ])('saves at %j', async (answer, person) => {
    const send = await atSummary(person);
    expect(allText(await send(answer))).toContain('🎉 Kegiatan sudah dicatat.');
  });

  it.each([
    ['fotonya nyusul', 'later-photo-1'],
    ['foto menyusul ya', 'later-photo-2'],
  ])('says how to add photos later at %j after saving', async (said, person) => {
    const send = await atSummary(person);
    expect(allText(await send({ button: 'save' }))).toContain('🎉 Kegiatan sudah dicatat.');
    const answer = allText(await send(said));
    expect(answer).toContain('📒 Kegiatan saya');
    expect(answer).toContain('📷 Tambah foto');
  });

  it('goes to the summary at "simpen aja" where the beneficiaries are asked (was "belum bisa membaca kategori")', async () => {
    const send = (input: string | { button: string }) => bot.send('skip-beneficiaries', input);
    await registeredLeader(send, 'karang_taruna', 'Karang Taruna skip-beneficiaries');
    await atBeneficiaries(send, 'layanan_kesehatan', 'Senam lansia bareng kader');
    expect(allText(await send('15 lansia'))).toContain('belum termasuk PMKS');
    expect(allText(await send('simpen aja'))).toContain('Simpan?');
  });

  it('does not save at "jangan simpan dulu, fotonya belum ada"', async () => {
    const send = await atSummary('no-photo-4');
    expect(allText(await send('jangan simpan dulu, fotonya belum ada'))).not.toContain('🎉 Kegiatan sudah dicatat.');
  });
});
