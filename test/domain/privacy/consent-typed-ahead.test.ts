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

  it('never answers a question it was not typed for in another gated flow (an activity, one group)', async () => {
    const send = (input: string | { button: string }) => bot.send('yogi', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Yogi Ahead', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 04', members: '20', ketua: 'Pak Yogi', phone: '0812 3333 4546',
    });
    await send('/tarikpersetujuan');
    expect(allText(await send({ button: 'withdraw:confirm' }))).toContain('Persetujuan Anda sudah ditarik');

    expect(allText(await send('catat kegiatan'))).toContain('Pemberitahuan data pribadi');
    expect(allText(await send('xyz qwerty'))).toContain('saya simpan dulu jawaban Anda “xyz qwerty”');
    // Its one group is passed at once: the text was typed for the group's question, so it is
    // dropped, not taken as the answer to the next one.
    const agreed = allText(await send('setuju'));
    expect(agreed).toContain('persetujuan Anda sudah dicatat');
    expect(agreed).not.toContain('xyz qwerty');
    expect(agreed).not.toContain('Maaf');
  });

  it('is taken by an activity\'s group question once the person\'s groups are listed', async () => {
    const send = (input: string | { button: string }) => bot.send('wulan', input);
    const groups = [
      { type: 'arisan', name: 'Arisan Wulan Ahead', unit: 'RW 04', phone: '0812 3333 4547' },
      { type: 'arisan', name: 'Arisan Kenanga Ahead', unit: 'RW 05', phone: '0812 3333 4548' },
    ];
    for (const group of groups) {
      await answerRegistration(send, await send('daftar'), { ...group, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', members: '20', ketua: 'Bu Wulan' });
      await send('menu');
    }
    await send('/tarikpersetujuan');
    expect(allText(await send({ button: 'withdraw:confirm' }))).toContain('Persetujuan Anda sudah ditarik');

    expect(allText(await send('catat kegiatan'))).toContain('Pemberitahuan data pribadi');
    expect(allText(await send('arisan kenanga'))).toContain('saya simpan dulu jawaban Anda “arisan kenanga”');
    const agreed = allText(await send('setuju'));
    expect(agreed).toContain('Kapan kegiatan Arisan Kenanga Ahead berlangsung?');
    expect(agreed).not.toContain('Kegiatan ini dicatat untuk kelompok mana?');
  });
});
