/**
 * A group's kind alone typed for its name ("posyandu", as walked in the web chat): the group
 * was to be saved as "Posyandu", no name of its own, and "Posyandu Melati 3" typed at the next
 * question was refused there ("Saya belum bisa membaca RT/RW itu") and lost. Now the kind is
 * kept and the group's own name asked ("Apa nama Posyandu-nya?"), with or without the kind.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a kind alone typed for the group\'s name', (kind) => {
  const bot = useTestBot(kind);

  /** The desa answered; the name question on screen (started with `start`, consent given). */
  async function atName(user: string, start = 'daftar'): Promise<string> {
    const started = await bot.send(user, start);
    const intent = buttonIds(started).find((id) => id.startsWith('intent:register:') && id !== 'intent:register:');
    if (intent !== undefined) await bot.send(user, { button: intent });
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    return allText(await bot.send(user, { button: 'village-exact:yes' }));
  }

  /** Answers the rest of the registration and returns the summary. */
  async function summary(user: string): Promise<string> {
    await bot.send(user, 'RT 04 RW 02');
    await bot.send(user, '30');
    return allText(await bot.send(user, 'Bu Sri 0812 5555 4444'));
  }

  it('asks the specific name after "posyandu", and takes "Posyandu Melati 3" as it (was saved as "Posyandu", the name lost)', async () => {
    const user = 'kind-only-posyandu';
    expect(await atName(user)).toContain('Apa nama kelompoknya?');
    const asked = allText(await bot.send(user, 'posyandu'));
    expect(asked).toContain('Apa nama Posyandu-nya? Contoh: Posyandu Melati.');
    expect(asked).not.toContain('RT/RW');
    const named = allText(await bot.send(user, 'Posyandu Melati 3'));
    expect(named).not.toContain('Apa jenis kelompoknya?');
    expect(named).toContain('Di RT/RW berapa?');
    const checked = await summary(user);
    expect(checked).toContain('• Nama: Posyandu Melati 3');
    expect(checked).toContain('• Jenis: Posyandu');
  });

  it('writes the kind in front of a name typed without it: "arisan", then "Melati 3", is "Arisan Melati 3"', async () => {
    const user = 'kind-only-arisan';
    await atName(user);
    expect(allText(await bot.send(user, 'arisan'))).toContain('Apa nama Arisan-nya?');
    await bot.send(user, 'Melati 3');
    const checked = await summary(user);
    expect(checked).toContain('• Nama: Arisan Melati 3');
    expect(checked).toContain('• Jenis: Arisan');
  });

  it('reads the kinds with their fillers ("kelompok", "ibu-ibu") as a kind alone', async () => {
    const cases = [
      ['pkk', 'Apa nama PKK-nya?'],
      ['karang taruna', 'Apa nama Karang Taruna-nya?'],
      ['majelis taklim', 'Apa nama Majelis Taklim-nya?'],
      ['kelompok tani', 'Apa nama Kelompok Tani-nya?'],
      ['ibu-ibu pkk', 'Apa nama PKK-nya?'],
      ['pengajian ibu2', 'Apa nama Pengajian Ibu-Ibu-nya?'],
    ] as const;
    for (const [index, [typed, question]] of cases.entries()) {
      const user = `kind-only-filler-${index}`;
      await atName(user);
      expect(allText(await bot.send(user, typed)), typed).toContain(question);
    }
  });

  it('asks it too when the kind came with the request ("daftar karang taruna"), and keeps a stated name ("daftar karang taruna tunas muda")', async () => {
    const user = 'kind-only-requested';
    expect(await atName(user, 'daftar karang taruna')).toContain('Apa nama kelompok Karang Taruna ini?');
    expect(allText(await bot.send(user, 'karang taruna'))).toContain('Apa nama Karang Taruna-nya? Contoh: Karang Taruna Tunas Muda.');
    await bot.send(user, 'Tunas Muda');
    expect(await summary(user)).toContain('• Nama: Karang Taruna Tunas Muda');

    const stated = 'kind-only-stated';
    const asked = await atName(stated, 'daftar karang taruna tunas muda');
    expect(asked).not.toContain('Apa nama');
    expect(await summary(stated)).toContain('• Nama: Karang Taruna Tunas Muda');
  });

  it('asks in English: "What is your Posyandu called?"', async () => {
    const user = 'kind-only-english';
    await bot.send(user, 'language');
    await bot.send(user, { button: 'lang:en' });
    await atName(user);
    expect(allText(await bot.send(user, 'posyandu'))).toContain('What is your Posyandu called? For example: Posyandu Melati.');
    await bot.send(user, 'Melati 3');
    await bot.send(user, 'RT 04 RW 02');
    await bot.send(user, '30');
    expect(allText(await bot.send(user, 'Bu Sri 0812 5555 4444'))).toContain('• Name: Posyandu Melati 3');
  });

  it('keeps a name with words of its own as typed ("Posyandu Mawar", "Ibu-Ibu Peduli")', async () => {
    for (const [index, name] of ['Posyandu Mawar', 'Ibu-Ibu Peduli'].entries()) {
      const user = `kind-only-named-${index}`;
      await atName(user);
      expect(allText(await bot.send(user, name)), name).not.toContain('-nya?');
    }
  });
});
