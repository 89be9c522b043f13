/**
 * Questions and requests typed where a name is asked are never kept as the name: at Kelompok
 * saya's ✏️ Nama "ada yg perlu dikonfirmasi ga" renamed the group "Ada Yg Perlu Dikonfirmasi Ga"
 * (and sent it for verification again), and the registration registered a group of that name.
 * One that may still be a name is asked about ("Namanya “…”? ✅ Ya / ✏️ Bukan"). Also: the
 * name said with its words at a group's screen ("namanya posyandu melati 3" was refused, "nama
 * kelompoknya …" opened ✏️ Nama without it), and a question at the registration's duplicate
 * choice that is not about it ("siapa yang lihat data saya?" got the co-leader's explanation).
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration, typeGroupName } from '../support/register-group.js';

const REFUSED_GROUP = 'Itu sepertinya pertanyaan, bukan nama kelompok';
const REFUSED_PERSON = 'Itu sepertinya pertanyaan, bukan nama orang';

describeEachDatabase('questions typed where a name is asked', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const prisma = () => bot.bot.database.prisma;

  /** A leader with one registered group (PKK in Panggungharjo), at its screen in Kelompok saya. */
  async function leaderAtGroup(user: string, name: string): Promise<{ send: (input: string | { button: string }) => ReturnType<typeof bot.send>; id: string }> {
    const send = (input: string | { button: string }) => bot.send(user, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'pkk', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 04', members: '20', ketua: 'Bu Wati', phone: '0812 1212 5656',
    });
    const { id } = await prisma().group.findFirstOrThrow({ where: { name } });
    await send('menu');
    expect(allText(await send('👥 Kelompok saya'))).toContain(`${name}\n`);
    return { send, id };
  }

  it('refuses a question at the registration\'s name question, and asks about one that may be a name', async () => {
    const send = (input: string | { button: string }) => bot.send('reg-name-question', input);
    const refused = allText(await typeGroupName(send, 'panggungharjo', 'ada yg perlu dikonfirmasi ga'));
    expect(refused).toContain(REFUSED_GROUP);
    expect(refused).toContain('Apa nama kelompoknya?');
    expect(refused).not.toContain('sudah terdaftar');

    // Starts as a group's name does: asked about, not refused nor taken.
    const asked = await send('posyandu melati sudah terdaftar belum');
    expect(allText(asked)).toContain('Namanya “Posyandu Melati Sudah Terdaftar Belum”?');
    expect(buttonIds(asked)).toEqual(expect.arrayContaining(['name:yes', 'name:no']));
    // ✏️ Bukan: the name question again.
    expect(allText(await send({ button: 'name:no' }))).toContain('Apa nama kelompoknya?');
    // Asked about again, and taken once confirmed, as it reads without the words that introduce it.
    expect(allText(await send('namanya posyandu mawar sudah terdaftar belum'))).toContain('Namanya “Posyandu Mawar Sudah Terdaftar Belum”?');
    expect(allText(await send('iya'))).toContain('Di RT/RW berapa?');
    await send('rt 2 rw 1');
    await send('15');
    expect(allText(await send('Bu Ani 0812 3434 9090'))).toContain('• Nama: Posyandu Mawar Sudah Terdaftar Belum');
    expect(await prisma().group.count({ where: { name: { contains: 'Dikonfirmasi' } } })).toBe(0);
  });

  it('refuses a question at the registration\'s ketua question', async () => {
    const send = (input: string | { button: string }) => bot.send('reg-ketua-question', input);
    await typeGroupName(send, 'panggungharjo', 'Arisan Ketua Tanya');
    await send('rt 3 rw 1');
    expect(allText(await send('12'))).toContain('Siapa ketua kelompok ini?');
    const refused = allText(await send('siapa ya enaknya'));
    expect(refused).toContain(REFUSED_PERSON);
    expect(refused).toContain('Siapa ketua kelompok ini?');
  });

  it('renames nothing with a question at ✏️ Nama or ✏️ Ketua in Kelompok saya', async () => {
    const { send, id } = await leaderAtGroup('mine-name-question', 'PKK Tanya Nama');
    await send({ button: 'edit:name' });
    const refused = allText(await send('ada yg perlu dikonfirmasi ga'));
    expect(refused).toContain(REFUSED_GROUP);
    expect(refused).toContain('Tulis nama baru kelompok');
    expect(refused).not.toContain('Sudah diperbarui');
    // A request for another entry: answered with its button, no name.
    const request = await send('mau catat kegiatan');
    expect(buttonIds(request)).toContain('menu:activity');
    expect(allText(request)).not.toContain('Sudah diperbarui');
    expect((await prisma().group.findUniqueOrThrow({ where: { id } })).name).toBe('PKK Tanya Nama');

    await send('batal');
    await send('👥 Kelompok saya');
    await send({ button: 'edit:ketuaName' });
    expect(allText(await send('siapa ya enaknya'))).toContain(REFUSED_PERSON);
    expect((await prisma().group.findUniqueOrThrow({ where: { id } })).ketuaName).toBe('Wati');
  });

  it('sets the name said with its words at the group\'s screen, as "ganti nama jadi …" does', async () => {
    const { send, id } = await leaderAtGroup('mine-name-said', 'PKK Nama Lama');
    const name = async () => (await prisma().group.findUniqueOrThrow({ where: { id } })).name;
    expect(allText(await send('namanya posyandu melati 3'))).toContain('Sudah diperbarui');
    expect(await name()).toBe('Posyandu Melati 3');
    expect(allText(await send('nama kelompoknya posyandu melati tiga'))).toContain('Sudah diperbarui');
    expect(await name()).toBe('Posyandu Melati Tiga');
    expect(allText(await send('nama: PKK Anggrek'))).toContain('Sudah diperbarui');
    expect(await name()).toBe('PKK Anggrek');
    expect(allText(await send('nama kelompok jadi PKK Dahlia'))).toContain('Sudah diperbarui');
    expect(await name()).toBe('PKK Dahlia');
    // The other fields said so, without a verb: asked about first, as at the menu (were saved at once).
    const confirmed = async (typed: string, asked: string) => {
      expect(allText(await send(typed)), typed).toContain(asked);
      return allText(await send({ button: 'change:yes' }));
    };
    expect(await confirmed('anggotanya 40', 'jadi 40?')).toContain('• Anggota: 40 orang');
    expect(await confirmed('ketuanya pak budi 0813 1234 5678', 'jadi Budi (+6281312345678)?')).toContain('• Ketua: Budi (+6281312345678)');
    // A question said so renames nothing: refused at ✏️ Nama.
    const refused = allText(await send('namanya ada yg perlu dikonfirmasi ga'));
    expect(refused).toContain(REFUSED_GROUP);
    expect(refused).toContain('Tulis nama baru kelompok');
    // "nama kelompok jadi …" typed at ✏️ Nama: the name after it (was "Jadi PKK Kenanga").
    expect(allText(await send('nama kelompok jadi PKK Kenanga'))).toContain('Sudah diperbarui');
    expect(await name()).toBe('PKK Kenanga');
  });

  it('answers a question that is not about the duplicate\'s choice, then asks the choice again', async () => {
    await leaderAtGroup('dup-owner', 'PKK Kembar Tanya');
    const send = (input: string | { button: string }) => bot.send('dup-asker', input);
    expect(allText(await typeGroupName(send, 'panggungharjo', 'PKK Kembar Tanya'))).toContain('sudah terdaftar di desa ini');
    const privacy = allText(await send('siapa yang lihat data saya?'));
    expect(privacy).toContain('hanya dilihat petugas berwenang');
    expect(privacy).not.toContain('Wakil ketua ikut mengurus');
    expect(privacy).toContain('sudah terdaftar di desa ini');
    // A question about the choice is still explained.
    expect(allText(await send('gabung itu apa?'))).toContain('Wakil ketua ikut mengurus');
  });

  it('keeps no question as one\'s own name in Data saya', async () => {
    const { send } = await leaderAtGroup('own-name-question', 'PKK Nama Sendiri');
    await send('/datasaya');
    expect(allText(await send({ button: 'privacy:name' }))).toContain('Tulis nama Anda');
    expect(allText(await send('ada yg perlu dikonfirmasi ga'))).toContain(REFUSED_PERSON);
    const { personId } = await prisma().channelIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'webchat', externalId: await bot.users.externalId('own-name-question') } },
    });
    expect((await prisma().person.findUniqueOrThrow({ where: { id: personId } })).displayName).toBeNull();
  });
});
