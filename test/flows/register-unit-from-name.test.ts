/**
 * The wilayah read from the group's name, as a colleague met it in the web chat: "TP PKK Desa
 * Sidomulyo" was still asked its RT/RW although the name says it covers the whole desa; "PKK Dusun
 * Krajan" skipped the question without a word, and "dusun krajan" typed at the members question
 * got "Mohon tulis jumlahnya dengan angka". Now the wilayah is taken from the name and said back
 * (✏️ Ubah changes it at the summary), and said again at the members question it is "already
 * noted". A role typed before the ketua's name ("bu lurah, bu Endang Sulastri") is no part of it.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('the wilayah a group\'s name states', (kind) => {
  const bot = useTestBot(kind);

  /** Registration started, consent given, the desa confirmed: the replies to the group's name `name`. */
  async function named(user: string, name: string): Promise<string> {
    await bot.send(user, 'daftar');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    return allText(await bot.send(user, name));
  }

  it('takes the whole desa from "TP PKK Desa Sidomulyo", says so, and lets ✏️ Ubah change it', async () => {
    const user = 'unit-name-whole';
    const replies = await named(user, 'TP PKK Desa Sidomulyo');
    expect(replies).toContain('Wilayah: seluruh desa — saya ambil dari namanya');
    expect(replies).not.toContain('Di RT/RW berapa?');
    expect(replies).toContain('Berapa jumlah anggotanya?');
    await bot.send(user, '25');
    const summary = allText(await bot.send(user, 'bu Endang Sulastri 0857 1234 5678'));
    expect(summary).toContain('• Wilayah: seluruh desa');
    await bot.send(user, 'ubah');
    expect(allText(await bot.send(user, { button: 'edit:unit' }))).toContain('Di RT/RW berapa?');
    expect(allText(await bot.send(user, 'rt 3 rw 2'))).toContain('• Wilayah: RT 003 / RW 002');
  });

  it('says the dusun taken from "PKK Dusun Krajan", and reads "dusun krajan" at the members question as that answer again', async () => {
    const user = 'unit-name-dusun';
    const replies = await named(user, 'PKK Dusun Krajan');
    expect(replies).toContain('Wilayah: Dusun Krajan — saya ambil dari namanya');
    expect(replies).toContain('Berapa jumlah anggotanya?');
    const again = allText(await bot.send(user, 'dusun krajan'));
    expect(again).not.toContain('Mohon tulis jumlahnya dengan angka');
    expect(again).toContain('Dusun Krajan sudah saya catat');
    expect(again).toContain('Berapa jumlah anggotanya?');
    await bot.send(user, '30');
    const summary = allText(await bot.send(user, 'bu lurah, bu Endang Sulastri 0857 1234 5678'));
    expect(summary).toContain('• Wilayah: Dusun Krajan');
    expect(summary).toContain('• Anggota: 30 orang');
    expect(summary).toContain('• Ketua: Endang Sulastri (+6285712345678)');
  });
});
