/**
 * A ketua's name is kept without the form of address typed before it, as an officer's own name
 * is (parse/without-honorific.ts): "bu Sri Wahyuni" was stored so, and shown to officers and in
 * the exports after their own "Bu", doubled ("Bu bu Sri"), and the same ketua typed "Sri
 * Wahyuni" in another group was another name. Titles that are part of a name ("Haji") stay.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a ketua\'s name without its form of address', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const group = (name: string) => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name } });

  /** Consent given, Panggungharjo confirmed, the group named: the RT/RW question on screen. */
  async function atUnit(user: string, name: string): Promise<void> {
    await bot.send(user, 'daftar kelompok');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    expect(allText(await bot.send(user, name))).toContain('Di RT/RW berapa?');
  }

  it('keeps the ketua of the ketua question without "bu", at registration and at ✏️ Ketua', async () => {
    const user = 'ketua-tanpa-bu';
    await atUnit(user, 'Arisan Kenanga Sapaan');
    await bot.send(user, 'rt 3 rw 2');
    expect(allText(await bot.send(user, '20'))).toContain('Siapa ketua kelompok ini?');
    expect(allText(await bot.send(user, 'bu sri wahyuni'))).toContain('Berapa nomor HP Sri Wahyuni?');
    expect(allText(await bot.send(user, '081227456789'))).toContain('• Ketua: Sri Wahyuni (+6281227456789)');
    await bot.send(user, { button: 'save' });
    expect(await group('Arisan Kenanga Sapaan')).toMatchObject({ ketuaName: 'Sri Wahyuni' });

    // ✏️ Ketua at Kelompok saya: "pak Haji Darto" is Haji Darto (the title of a name stays).
    await bot.send(user, 'kelompok saya');
    await bot.send(user, { button: 'edit:ketuaName' });
    expect(allText(await bot.send(user, 'pak Haji Darto 081311112222'))).toContain('• Ketua: Haji Darto (+6281311112222)');
    expect(await group('Arisan Kenanga Sapaan')).toMatchObject({ ketuaName: 'Haji Darto' });
    await bot.send(user, 'menu');
  });

  it('keeps a ketua typed early without "mas", at the RT/RW question and in the request', async () => {
    const user = 'ketua-awal-tanpa-mas';
    await atUnit(user, 'Karang Taruna Sapaan');
    const kept = allText(await bot.send(user, 'ketuanya mas Eko, 0856 4321 7788'));
    expect(kept).toContain('Saya catat ketuanya: Eko, nomor HP +6285643217788');
    expect(allText(await bot.send(user, 'rt 1 rw 2'))).toContain('Berapa jumlah anggotanya?');
    expect(allText(await bot.send(user, '25'))).toContain('• Ketua: Eko (+6285643217788)');
    await bot.send(user, { button: 'save' });
    expect(await group('Karang Taruna Sapaan')).toMatchObject({ ketuaName: 'Eko' });

    const other = 'ketua-permintaan';
    const guessed = await bot.send(other, 'mau daftar arisan dahlia sapaan di desa panggungharjo rw 3, anggota 25 org, ketuanya bu sri wahyuni 081227456781');
    await bot.send(other, { button: buttonIds(guessed)[0]! });
    await bot.send(other, { button: 'consent:agree' });
    expect(allText(await bot.send(other, { button: 'village-exact:yes' }))).toContain('• Ketua: Sri Wahyuni (+6281227456781)');
    await bot.send(other, 'batal');
  });
});
