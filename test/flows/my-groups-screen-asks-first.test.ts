/**
 * A group's screen in 👥 Kelompok saya asks before it saves a change said without a verb, as the
 * menu does: "anggotanya 30" was saved at once there, and so was a new ketua with a phone
 * ("ketuanya sekarang bu Rini 0812…"), the change a leader most needs to trust. A change asked
 * with a verb ("ubah jumlah anggota jadi 30") is still made at once. Only the ketua's phone
 * changed keeps the group's verification (a number is contact data, not who leads the group),
 * and says so; a new ketua's name still sends the group to the officer again.
 */
import { expect, it } from 'vitest';
import { allText, buttonLabelled, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('a group\'s screen asks before a change said without a verb', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const prisma = () => bot.bot.database.prisma;
  const group = (name: string) => prisma().group.findFirstOrThrow({ where: { name } });

  /** Registers `name` (25 members, ketua Bu Ani) for `user` and opens its screen in Kelompok saya. */
  async function atScreen(user: string, name: string) {
    const send = (input: string | { button: string }) => bot.send(user, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '25', ketua: 'Bu Ani', phone: '0812 1111 2222',
    });
    await send('menu');
    expect(allText(await send('👥 Kelompok saya'))).toContain('• Anggota: 25 orang');
    return send;
  }

  it('asks before saving "anggotanya 30" typed at the screen (was saved at once), and saves it on ✅ Ya', async () => {
    const send = await atScreen('screen-members', 'Posyandu Anggrek Layar');
    const asked = await send('anggotanya 30');
    expect(allText(asked)).toContain('Ubah jumlah anggota Posyandu Anggrek Layar dari 25 jadi 30?');
    expect(buttonLabelled(asked, '✅ Ya, ubah')).toBe('change:yes');
    expect((await group('Posyandu Anggrek Layar')).memberCount).toBe(25);
    const kept = allText(await send({ button: 'change:no' }));
    expect(kept).toContain('Baik, jumlah anggota Posyandu Anggrek Layar tetap 25.');
    expect(kept).toContain('• Anggota: 25 orang');

    await send('anggotanya 30');
    expect(allText(await send({ button: 'change:yes' }))).toContain('• Anggota: 30 orang');
    expect((await group('Posyandu Anggrek Layar')).memberCount).toBe(30);
    // Asked with a verb: made at once, as at the menu.
    expect(allText(await send('ubah jumlah anggota jadi 32'))).toContain('• Anggota: 32 orang');
    expect((await group('Posyandu Anggrek Layar')).memberCount).toBe(32);
  });

  it('asks before saving a new ketua typed with a phone at the screen (was saved at once)', async () => {
    const send = await atScreen('screen-ketua', 'Posyandu Anggrek Ketua');
    const asked = allText(await send('ketuanya sekarang bu Rini 0812 3456 7890'));
    // "sekarang" is no part of her name (was the ketua "sekarang bu Rini").
    expect(asked).toContain('Ubah ketua Posyandu Anggrek Ketua dari Ani (+6281211112222) jadi Rini (+6281234567890)?');
    expect(await group('Posyandu Anggrek Ketua')).toMatchObject({ ketuaPhone: '+6281211112222' });
    expect((await group('Posyandu Anggrek Ketua')).ketuaName).toBe('Ani');
    expect(allText(await send('ya'))).toContain('Sudah diperbarui');
    expect(await group('Posyandu Anggrek Ketua')).toMatchObject({ ketuaPhone: '+6281234567890' });
    expect((await group('Posyandu Anggrek Ketua')).ketuaName).toBe('Rini');
  });

  it('keeps a verified group verified when only the ketua\'s phone changes, and says so; a new ketua\'s name is verified again', async () => {
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => bot.send('screen-officer', text));
    const send = await atScreen('screen-phone', 'Posyandu Anggrek Nomor');
    const { id } = await group('Posyandu Anggrek Nomor');
    await prisma().group.update({ where: { id }, data: { verification: 'verified' } });
    const changedAlerts = () => prisma().alert.count({ where: { officerId: { not: null }, dedupeKey: { contains: `group.changed:${id}` } } });
    await send('menu');
    await send('👥 Kelompok saya');

    expect(allText(await send('nomor hp ketua 0813 9999 8888'))).toContain('Ubah nomor HP ketua Posyandu Anggrek Nomor dari +6281211112222 jadi +6281399998888?');
    const saved = allText(await send({ button: 'change:yes' }));
    expect(saved).toContain('Sudah diperbarui');
    // What really happens: the verification stays, no officer is asked again (it said "akan memverifikasi lagi").
    expect(saved).not.toContain('memverifikasi kelompok ini lagi');
    expect(saved).toContain('Hanya nomor HP ketua yang berubah, jadi status kelompok tetap: terverifikasi ✅.');
    expect(await group('Posyandu Anggrek Nomor')).toMatchObject({ ketuaPhone: '+6281399998888', verification: 'verified' });
    expect(await changedAlerts()).toBe(0);

    // The same name under another form of address with another phone ("pak Ani" for "Bu Ani": a husband is often
    // called by his wife's name, and the other way round) may be another person: verified again.
    await send('ketuanya sekarang pak Ani 0813 7777 1111');
    expect(allText(await send({ button: 'change:yes' }))).toContain('petugas akan memverifikasi kelompok ini lagi');
    expect(await group('Posyandu Anggrek Nomor')).toMatchObject({ ketuaPhone: '+6281377771111', verification: 'pending' });
    expect(await changedAlerts()).toBe(1);
    await prisma().group.update({ where: { id }, data: { verification: 'verified' } });

    // A new ketua by name: who leads the group changed, so an officer verifies it again.
    await send('ketuanya sekarang pak Darto 0813 5555 6666');
    const again = allText(await send({ button: 'change:yes' }));
    expect(again).toContain('petugas akan memverifikasi kelompok ini lagi');
    expect(await group('Posyandu Anggrek Nomor')).toMatchObject({ ketuaPhone: '+6281355556666', verification: 'pending' });
    // The officer's alert about this group's change is one (its key is the group's), already there.
    expect(await changedAlerts()).toBe(1);
  });
});
