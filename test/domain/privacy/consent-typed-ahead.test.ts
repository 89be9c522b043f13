/**
 * An answer typed ahead at the consent notice ("sumbermulyo bambanglipuro", the desa the
 * registration asks next) is kept, said so, and taken by the flow's first question once the
 * person agrees: not typed twice. Declining keeps nothing.
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../../support/bot.js';
import { answerRegistration } from '../../support/register-group.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('an answer typed ahead at the consent notice [postgres]', () => {
  const bot = useTestBot('postgres');

  it('is kept and taken by the registration\'s desa question once the person agrees', async () => {
    await bot.send('rina', 'halo');
    await bot.send('rina', 'daftar kelompok');
    // The latest text is kept, not the first.
    expect(allText(await bot.send('rina', 'pkk melati'))).toContain('saya simpan dulu jawaban Anda “pkk melati”');
    const kept = allText(await bot.send('rina', 'sumbermulyo bambanglipuro'));
    expect(kept).toContain('saya simpan dulu jawaban Anda “sumbermulyo bambanglipuro” untuk pertanyaan berikutnya');
    expect(kept).toContain('Mohon jawab dulu pemberitahuan data pribadi di atas');

    const agreed = allText(await bot.send('rina', 'setuju'));
    expect(agreed).toContain('Sumbermulyo');
    expect(agreed).toContain('Bambanglipuro');
    expect(agreed).not.toContain('Di desa/kelurahan mana');
  });

  it('keeps nothing for a question answered aside, a filler or a pasted essay', async () => {
    await bot.send('sari', 'halo');
    await bot.send('sari', 'daftar kelompok');
    await bot.send('sari', 'sumbermulyo bambanglipuro');
    // A question is answered aside: the desa typed before it stays kept.
    const aside = allText(await bot.send('sari', 'gratis kan?'));
    expect(aside).toContain('gratis');
    expect(aside).not.toContain('saya simpan dulu');
    for (const typed of ['hmm', 'x'.repeat(200)]) {
      const refused = allText(await bot.send('sari', typed));
      expect(refused, typed).toContain('Mohon jawab dulu pemberitahuan data pribadi di atas');
      expect(refused, typed).not.toContain('saya simpan dulu');
    }
    const agreed = allText(await bot.send('sari', 'setuju'));
    expect(agreed).toContain('Sumbermulyo');
    expect(agreed).not.toContain('Di desa/kelurahan mana');
  });

  it('says it kept the answer in English for an English speaker', async () => {
    await bot.send('tom', 'hello');
    await bot.send('tom', { button: 'lang:en' });
    await bot.send('tom', 'register a group');
    expect(allText(await bot.send('tom', 'sumbermulyo bambanglipuro'))).toContain('I have kept your answer “sumbermulyo bambanglipuro” for the next question');
  });

  it('is dropped when the person declines', async () => {
    await bot.send('dani', 'halo');
    await bot.send('dani', 'daftar kelompok');
    await bot.send('dani', 'sumbermulyo bambanglipuro');
    expect(allText(await bot.send('dani', 'tidak setuju'))).toContain('tidak ada data pribadi Anda yang dicatat');

    await bot.send('dani', 'daftar kelompok');
    const agreed = allText(await bot.send('dani', 'setuju'));
    expect(agreed).toContain('Di desa/kelurahan mana');
    expect(agreed).not.toContain('Sumbermulyo');
  });

  /**
   * A leader of the groups named (registered through the chat) who then withdrew consent, at
   * the notice of "catat kegiatan" with `typed` typed ahead; returns what agreeing answers.
   */
  async function agreeAtActivityNotice(user: string, names: readonly string[], typed: string): Promise<string> {
    const send = (input: string | { button: string }) => bot.send(user, input);
    for (const [index, name] of names.entries()) {
      await answerRegistration(send, await send('daftar'), {
        type: 'arisan', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: `RW 0${index + 4}`, members: '20', ketua: 'Bu Wulan', phone: `0812 3333 454${index}`,
      });
      await send('menu');
    }
    await send('/tarikpersetujuan');
    expect(allText(await send({ button: 'withdraw:confirm' }))).toContain('Persetujuan Anda sudah ditarik');
    expect(allText(await send('catat kegiatan'))).toContain('Pemberitahuan data pribadi');
    expect(allText(await send(typed))).toContain(`saya simpan dulu jawaban Anda “${typed}”`);
    return allText(await send('setuju'));
  }

  it('never answers a question it was not typed for in another gated flow (an activity, one group)', async () => {
    // Its one group is passed at once: the text was typed for the group's question, so it is
    // dropped, not taken as the answer to the next one.
    const agreed = await agreeAtActivityNotice('yogi', ['Arisan Yogi Ahead'], 'xyz qwerty');
    expect(agreed).toContain('persetujuan Anda sudah dicatat');
    expect(agreed).not.toContain('xyz qwerty');
    expect(agreed).not.toContain('Maaf');
  });

  it('is taken by an activity\'s group question once the person\'s groups are listed', async () => {
    const agreed = await agreeAtActivityNotice('wulan', ['Arisan Wulan Ahead', 'Arisan Kenanga Ahead'], 'arisan kenanga');
    expect(agreed).toContain('Kapan kegiatan Arisan Kenanga Ahead berlangsung?');
    expect(agreed).not.toContain('Kegiatan ini dicatat untuk kelompok mana?');
  });

  it('gets the step\'s own "cannot use that" when the step cannot take it, as if typed there', async () => {
    const agreed = await agreeAtActivityNotice('budi', ['Arisan Budi Ahead', 'Arisan Mawar Ahead'], 'xyz qwerty');
    expect(agreed).toContain('belum bisa saya pakai');
    expect(agreed).toContain('Kegiatan ini dicatat untuk kelompok mana?');
  });
});
