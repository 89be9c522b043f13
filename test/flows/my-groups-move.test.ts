/**
 * Moving a group to another desa in Kelompok saya (web chat) looks its name up there first,
 * as a new name is: a group of that desa named the same but for an RT/RW ("… RW 05") asks
 * "is it that group?" ("bukan" moves it, "iya" leaves it where it was and says how to join
 * that group instead); the same name there is refused; a desa without it is moved into.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PENDOWOHARJO = '34.02.15.2001';
const TIMBULHARJO = '34.02.15.2002';
const BANGUNHARJO = '34.02.15.2003';
const PANGGUNGHARJO = '34.02.15.2004';

const NAME = 'Karang Taruna Tunas Bangsa';

describeEachDatabase('moving a group to a desa where it may already be registered', (kind) => {
  const bot = useTestBot(kind);

  /** Registers a Karang Taruna through the chat as `user`. */
  async function register(user: string, name: string, villageQuery: string, villageCode: string, unit: string): Promise<Reply[]> {
    const send = (input: string | { button: string }) => bot.send(user, input);
    return answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name, villageQuery, villageCode, unit, members: '25', ketua: `Ketua ${user}`, phone: '0812-3456-7890',
    });
  }

  /** Opens the person's one group in Kelompok saya, taps ✏️ Desa and picks the desa named `query`. */
  async function moveTo(user: string, query: string, code: string): Promise<Reply[]> {
    expect(buttonIds(await bot.send(user, 'kelompok saya'))).toContain('edit:village');
    await bot.send(user, { button: 'edit:village' });
    const found = await bot.send(user, query);
    if (buttonIds(found).includes('village-exact:yes')) return bot.send(user, { button: 'village-exact:yes' });
    return bot.send(user, { button: `village:${code}` });
  }

  // The ketua as kept: "Ketua kt-mover" typed gets a name's capitals ("Ketua Kt-Mover").
  const villageOf = async (user: string) => (await bot.bot.database.prisma.group.findFirstOrThrow({ where: { ketuaName: { equals: `Ketua ${user}`, mode: 'insensitive' } } })).villageCode;

  it('asks "is it that group?" in a desa with "… RW 05"; "iya" leaves it where it was and says how to join that group, "bukan" moves it', async () => {
    await register('kt-bangun', `${NAME} RW 05`, 'bangunharjo', BANGUNHARJO, 'RW 05');
    await register('kt-mover', NAME, 'panggungharjo', PANGGUNGHARJO, 'seluruh desa');

    const asked = await moveTo('kt-mover', 'bangunharjo', BANGUNHARJO);
    expect(allText(asked)).toContain(`Di Bangunharjo sudah terdaftar "${NAME} RW 05" (RW 005). Apakah itu kelompok Anda ini, "${NAME}"?`);
    expect(buttonIds(asked)).toEqual(['same:yes', 'same:no']);

    // That group: not moved next to its own second record; how to join it instead is said, and the group's screen shown.
    const same = await bot.send('kt-mover', 'iya');
    expect(allText(same)).toContain(`Berarti kelompok ini dan "${NAME} RW 05" di Bangunharjo satu kelompok yang tercatat dua kali, jadi kelompok ini tidak saya pindahkan.`);
    expect(allText(same)).toContain('📝 Daftarkan kelompok');
    expect(allText(same)).toContain('⛔ Nonaktifkan');
    expect(buttonIds(same)).toContain('edit:village');
    expect(await villageOf('kt-mover')).toBe(PANGGUNGHARJO);

    // Another group: moved as before, its RT/RW in the new desa asked first.
    expect(buttonIds(await moveTo('kt-mover', 'bangunharjo', BANGUNHARJO))).toEqual(['same:yes', 'same:no']);
    expect(allText(await bot.send('kt-mover', { button: 'same:no' }))).toContain('Di RT/RW berapa di Bangunharjo?');
    expect(allText(await bot.send('kt-mover', 'RT 02 RW 07'))).toContain('Sudah diperbarui');
    expect(await villageOf('kt-mover')).toBe(BANGUNHARJO);
    await bot.send('kt-mover', 'menu');
  });

  it('refuses a desa where a group of the same name is registered, naming it; nothing is moved', async () => {
    await register('kt-timbul', NAME, 'timbulharjo', TIMBULHARJO, 'seluruh desa');
    const refused = await moveTo('kt-mover', 'timbulharjo', TIMBULHARJO);
    expect(allText(refused)).toContain(`Di Timbulharjo sudah ada kelompok bernama "${NAME}", jadi kelompok ini tidak saya pindahkan ke sana.`);
    // Not asked about, and not asked its RT/RW there: the group's screen again.
    expect(buttonIds(refused)).not.toContain('same:yes');
    expect(allText(refused)).not.toContain('RT/RW berapa');
    expect(buttonIds(refused)).toContain('edit:village');
    expect(await villageOf('kt-mover')).toBe(BANGUNHARJO);
    await bot.send('kt-mover', 'menu');
  });

  it('moves a group to a desa where no group has its name, asking only its RT/RW there', async () => {
    const asked = await moveTo('kt-mover', 'pendowoharjo', PENDOWOHARJO);
    expect(allText(asked)).toContain('Di RT/RW berapa di Pendowoharjo?');
    expect(buttonIds(asked)).not.toContain('same:yes');
    expect(allText(await bot.send('kt-mover', 'seluruh desa'))).toContain('Sudah diperbarui');
    expect(await villageOf('kt-mover')).toBe(PENDOWOHARJO);
  });

  it('asks in English too', async () => {
    await register('kt-english', NAME, 'panggungharjo', PANGGUNGHARJO, 'seluruh desa');
    await bot.send('kt-english', 'bahasa');
    await bot.send('kt-english', 'english');
    const asked = await moveTo('kt-english', 'bangunharjo', BANGUNHARJO);
    expect(allText(asked)).toContain(`"${NAME} RW 05" (RW 005) is already registered in Bangunharjo. Is it this group of yours, "${NAME}"?`);
    expect(allText(await bot.send('kt-english', 'yes'))).toContain('so I have not moved it');
    expect(await villageOf('kt-english')).toBe(PANGGUNGHARJO);
  });
});
