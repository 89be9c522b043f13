/**
 * One group, one record, however its name is typed (web chat): a group registered as
 * "Karang Taruna Tunas Bangsa RW XI" is found when another person registers it as "rw.11",
 * "RW 011" or "Rw11", and offered to join as co-leader; "RW 12" is another group. The name
 * without its RW (or with one where the group has none) asks whether that group is meant:
 * "ya" offers to join it, "bukan" registers a new group as before. Picking a partner group by
 * typing its name finds it the same ways.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration, typeGroupName } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('group names written differently find the same group', (kind) => {
  const bot = useTestBot(kind);

  /** Registers a group of Panggungharjo through the chat as `user`. */
  async function register(user: string, name: string, unit = 'RW 11'): Promise<Reply[]> {
    const send = (input: string | { button: string }) => bot.send(user, input);
    return answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit, members: '25', ketua: `Ketua ${user}`, phone: '0812-3456-7890',
    });
  }

  /** Starts a registration in Panggungharjo as `user` and answers the name question with `name`. */
  function typeName(user: string, name: string): Promise<Reply[]> {
    return typeGroupName((input) => bot.send(user, input), 'Panggungharjo', name);
  }

  it('finds "… RW XI" typed as "rw.11", "RW 011" or "Rw11", and offers to join it', async () => {
    expect(allText(await register('kt-first', 'Karang Taruna Tunas Bangsa RW XI'))).toContain('Karang Taruna Tunas Bangsa RW XI');
    for (const [user, typed] of [['kt-dot', 'karang taruna tunas bangsa rw.11'], ['kt-zero', 'Karang Taruna Tunas Bangsa RW 011'], ['kt-glued', 'Karang taruna tunas bangsa Rw11']] as const) {
      const duplicate = await typeName(user, typed);
      expect(buttonIds(duplicate), typed).toEqual(expect.arrayContaining(['join', 'rename']));
      expect(allText(duplicate)).toContain('"Karang Taruna Tunas Bangsa RW XI" sudah terdaftar');
      await bot.send(user, 'batal');
    }
  });

  it('registers "… RW 12" beside "… RW XI": another RW is another group', async () => {
    const saved = await register('kt-twelve', 'Karang Taruna Tunas Bangsa RW 12', 'RW 12');
    expect(allText(saved)).toContain('Karang Taruna Tunas Bangsa RW 12');
    const stored = await bot.bot.database.prisma.group.findMany({ where: { villageCode: PANGGUNGHARJO }, select: { name: true, nameNorm: true }, orderBy: { createdAt: 'asc' } });
    expect(stored).toEqual([
      { name: 'Karang Taruna Tunas Bangsa RW XI', nameNorm: 'karang taruna tunas bangsa rw 11' },
      { name: 'Karang Taruna Tunas Bangsa RW 12', nameNorm: 'karang taruna tunas bangsa rw 12' },
    ]);
  });

  it('asks whether "karang taruna tunas bangsa" is "… RW XI" (RW 011); "ya" offers to join it', async () => {
    const asked = await typeName('kt-bare-yes', 'karang taruna tunas bangsa');
    expect(allText(asked)).toContain('sudah terdaftar "Karang Taruna Tunas Bangsa RW XI" (RW 011)');
    expect(buttonIds(asked)).toEqual(['same:yes', 'same:no']);
    const duplicate = await bot.send('kt-bare-yes', 'iya');
    expect(buttonIds(duplicate)).toEqual(expect.arrayContaining(['join', 'rename']));
    expect(allText(duplicate)).toContain('"Karang Taruna Tunas Bangsa RW XI" sudah terdaftar');
    // Asked once: after "iya" only the choices are left, not "is it the same group?" again.
    expect(allText(duplicate)).not.toMatch(/kelompok yang sama\?|kelompok yang Anda maksud\?/);
    expect(allText(duplicate)).not.toContain('?');
    expect(allText(await bot.send('kt-bare-yes', { button: 'join' }))).toContain('tahu siapa yang meminta');
    await bot.send('kt-bare-yes', 'batal');
  });

  it('takes "iya" to "is it the same group?" asked with an exact duplicate as joining it, not as an answer to ask again', async () => {
    const duplicate = await typeName('kt-exact-yes', 'Karang Taruna Tunas Bangsa RW 11');
    expect(allText(duplicate)).toContain('Apakah itu kelompok yang sama?');
    expect(allText(await bot.send('kt-exact-yes', 'iya'))).toContain('tahu siapa yang meminta');
    await bot.send('kt-exact-yes', 'batal');
    await typeName('kt-exact-no', 'Karang Taruna Tunas Bangsa RW 11');
    // "bukan": another group, so another name is asked.
    expect(allText(await bot.send('kt-exact-no', 'bukan'))).toContain('nama');
    await bot.send('kt-exact-no', 'batal');
  });

  it('registers the name without RW as a new group when the person says it is another one', async () => {
    const asked = await typeName('kt-bare-no', 'Karang Taruna Tunas Bangsa');
    expect(buttonIds(asked)).toEqual(['same:yes', 'same:no']);
    // On as if nothing had been found: the type is in the name, so the RT/RW comes next.
    const next = await bot.send('kt-bare-no', 'beda kelompok');
    expect(allText(next)).toContain('RT/RW');
    await bot.send('kt-bare-no', 'seluruh desa');
    await bot.send('kt-bare-no', '30');
    const summary = await bot.send('kt-bare-no', 'Pak Bagus 0812-1111-2222');
    expect(allText(summary)).toContain('Karang Taruna Tunas Bangsa');
    expect(allText(await bot.send('kt-bare-no', { button: 'save' }))).toContain('🎉 Kelompok "Karang Taruna Tunas Bangsa" sudah terdaftar');
  });

  it('asks the other way round too: "… RW 3" typed where "… Harapan" has none', async () => {
    await register('kt-harapan', 'Karang Taruna Harapan', 'seluruh desa');
    const asked = await typeName('kt-harapan-rw', 'Karang Taruna Harapan RW 03');
    expect(allText(asked)).toContain('sudah terdaftar "Karang Taruna Harapan" (seluruh desa)');
    expect(buttonIds(asked)).toEqual(['same:yes', 'same:no']);
    await bot.send('kt-harapan-rw', 'batal');
  });

  it('does not ask when the RW the person gave is not the group\'s: "rw 7", then "Posyandu Kenanga" beside "… RW 05"', async () => {
    const saved = await answerRegistration((input) => bot.send('pk-first', input), await bot.send('pk-first', 'daftar'), {
      type: 'posyandu', name: 'Posyandu Kenanga RW 05', villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'RW 05', members: '25', ketua: 'Bu Kenanga', phone: '0812-3456-7890',
    });
    expect(allText(saved)).toContain('Posyandu Kenanga RW 05');
    // The RT/RW typed where the name is asked is kept, and the name asked again.
    await typeName('pk-other', 'rt 1 rw 7');
    const next = await bot.send('pk-other', 'Posyandu Kenanga');
    expect(buttonIds(next)).not.toContain('same:yes');
    expect(allText(next)).toContain('jumlah anggota');
    // In RW 05 it may well be that group: asked.
    await bot.send('pk-other', 'batal');
    await typeName('pk-same', 'rt 1 rw 5');
    expect(buttonIds(await bot.send('pk-same', 'Posyandu Kenanga'))).toEqual(['same:yes', 'same:no']);
    await bot.send('pk-same', 'batal');
  });

  it('asks "is it that group?" when a group is renamed in Kelompok saya to another group\'s name but for its RW ("… RWXI")', async () => {
    const prisma = bot.bot.database.prisma;
    await register('kt-dahlia', 'Karang Taruna Dahlia RWXI');
    await register('kt-kenari', 'Karang Taruna Kenari', 'seluruh desa');
    // The ketua as kept: "Ketua kt-kenari" typed gets a name's capitals.
    const nameOf = async () => (await prisma.group.findFirstOrThrow({ where: { ketuaName: 'Ketua Kt-Kenari' } })).name;
    // "RWXI" is read as RW 11: "Karang Taruna Dahlia" is that name but for the RW only one of them carries.
    expect(buttonIds(await bot.send('kt-kenari', 'kelompok saya'))).toContain('edit:name');
    await bot.send('kt-kenari', { button: 'edit:name' });
    const asked = await bot.send('kt-kenari', 'Karang Taruna Dahlia');
    expect(allText(asked)).toContain('sudah terdaftar "Karang Taruna Dahlia RWXI" (RW 011). Apakah itu kelompok yang Anda maksud?');
    expect(buttonIds(asked)).toEqual(['same:yes', 'same:no']);
    // That group: not renamed into a second record of it; the group's screen again.
    const same = allText(await bot.send('kt-kenari', 'iya'));
    expect(same).toContain('satu kelompok yang tercatat dua kali');
    expect(same).toContain('Karang Taruna Kenari');
    expect(await nameOf()).toBe('Karang Taruna Kenari');
    // Another group: renamed as typed.
    await bot.send('kt-kenari', { button: 'edit:name' });
    expect(buttonIds(await bot.send('kt-kenari', 'Karang Taruna Dahlia'))).toEqual(['same:yes', 'same:no']);
    expect(allText(await bot.send('kt-kenari', { button: 'same:no' }))).toContain('Sudah diperbarui');
    expect(await nameOf()).toBe('Karang Taruna Dahlia');
    // Its own name does not find itself; "rw11" typed with the change is "… RWXI" (RW 11): refused, as any name taken.
    const taken = allText(await bot.send('kt-kenari', 'ganti nama jadi karang taruna dahlia rw11'));
    expect(taken).toContain('Sudah ada kelompok bernama "Karang Taruna Dahlia RWXI" di desa itu.');
    expect(await nameOf()).toBe('Karang Taruna Dahlia');
    await bot.send('kt-kenari', 'menu');
  });

  it('picks the partner group of a tie typed as "tunas bangsa rw.011" for "… RW XI"', async () => {
    const others = await bot.send('kt-harapan', 'hubungan');
    expect(allText(others)).toContain('Dengan kelompok mana Karang Taruna Harapan punya hubungan?');
    expect(allText(await bot.send('kt-harapan', 'tunas bangsa rw.011'))).toContain('Hubungan seperti apa?');
    await bot.send('kt-harapan', 'batal');
  });
});
