/**
 * Person names typed all in lower case (or all in capitals) are kept with the capitals a name
 * is written with: the ketua "bu sri wahyuni" was shown as "Ketua: bu sri wahyuni" to officers
 * and at the summary, an officer's own "pak budi santoso" was saved so, and so was one's own
 * name in 🔒 Data saya. A name typed in mixed case stays as typed.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { officerInviteCode } from '../support/officer-invite.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('person names typed in one case', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const prisma = () => bot.bot.database.prisma;

  async function personOf(user: string) {
    const identity = await prisma().channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: 'webchat', externalId: await bot.users.externalId(user) } } });
    return prisma().person.findUniqueOrThrow({ where: { id: identity.personId } });
  }

  /** Consent given, Panggungharjo confirmed, the group named, RT/RW and members answered: the ketua question on screen. */
  async function atKetua(user: string, name: string): Promise<void> {
    await bot.send(user, 'daftar kelompok');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, name);
    await bot.send(user, 'rt 3 rw 2');
    expect(allText(await bot.send(user, '20'))).toContain('Siapa ketua kelompok ini?');
  }

  it('keeps a ketua typed in lower case or capitals with capitals, at registration and at ✏️ Ketua', async () => {
    const user = 'ketua-lower';
    await atKetua(user, 'Arisan Melati Lestari');
    expect(allText(await bot.send(user, 'bu sri wahyuni'))).toContain('Berapa nomor HP Sri Wahyuni?');
    expect(allText(await bot.send(user, '081227456789'))).toContain('• Ketua: Sri Wahyuni (+6281227456789)');
    await bot.send(user, { button: 'save' });
    expect(await prisma().group.findFirstOrThrow({ where: { name: 'Arisan Melati Lestari' } })).toMatchObject({ ketuaName: 'Sri Wahyuni' });

    // ✏️ Ketua at Kelompok saya: capitals tidied, "bin" kept lower case.
    await bot.send(user, 'kelompok saya');
    await bot.send(user, { button: 'edit:ketuaName' });
    expect(allText(await bot.send(user, 'PAK AHMAD BIN SULAIMAN 081311112222'))).toContain('Ahmad bin Sulaiman');
    expect(await prisma().group.findFirstOrThrow({ where: { name: 'Arisan Melati Lestari' } })).toMatchObject({ ketuaName: 'Ahmad bin Sulaiman' });
    await bot.send(user, 'menu');
  });

  it('keeps a ketua typed in mixed case as typed', async () => {
    const user = 'ketua-mixed';
    await atKetua(user, 'Arisan Kenanga Lestari');
    expect(allText(await bot.send(user, 'dr. Siti McDonald 081227456780'))).toContain('• Ketua: dr. Siti McDonald (+6281227456780)');
    await bot.send(user, 'batal');
  });

  it('keeps the ketua said in the request with capitals', async () => {
    const user = 'ketua-request';
    const guessed = await bot.send(user, 'mau daftar arisan dahlia lestari di desa panggungharjo rw 3, anggota 25 org, ketuanya bu sri wahyuni 081227456781');
    await bot.send(user, { button: buttonIds(guessed)[0]! });
    await bot.send(user, { button: 'consent:agree' });
    const replies = allText(await bot.send(user, { button: 'village-exact:yes' }));
    expect(replies).toContain('• Ketua: Sri Wahyuni (+6281227456781)');
    await bot.send(user, 'batal');
  });

  it('saves an officer\'s own name typed in lower case with capitals', async () => {
    const enrolled = allText(await bot.send('budi', `petugas ${await officerInviteCode(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] })}`));
    expect(enrolled).toContain('Siapa nama Anda?');
    // With capitals, and without the "pak" before it (officer-name.test.ts).
    expect(allText(await bot.send('budi', 'pak budi santoso'))).toContain('Nama Anda tersimpan: Budi Santoso.');
    expect((await personOf('budi')).displayName).toBe('Budi Santoso');
    await bot.send('budi', 'menu');
  });

  it('saves one\'s own name from 🔒 Data saya typed in lower case with capitals', async () => {
    const user = 'own-name';
    await atKetua(user, 'Arisan Mawar Lestari');
    await bot.send(user, 'batal');
    await bot.send(user, '/datasaya');
    expect(allText(await bot.send(user, 'nama saya salah, yg bener bu tutik rahayu'))).toContain('Nama Anda sudah disimpan: Bu Tutik Rahayu');
    await bot.send(user, { button: 'privacy:name' });
    expect(allText(await bot.send(user, 'SITI BINTI AHMAD'))).toContain('Nama Anda sudah disimpan: Siti binti Ahmad');
    expect((await personOf(user)).displayName).toBe('Siti binti Ahmad');
    await bot.send(user, 'batal');
  });
});
