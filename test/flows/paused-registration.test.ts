/**
 * A registration set aside with "menu" while the person checks a desa's status from the menu:
 * nothing typed is lost. After the status check ends (or is itself set aside), ▶️ Lanjutkan
 * still offers the registration, which goes on where it stood.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, buttonLabelled, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a paused registration and a status check from the menu', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  /** Desa, name and RT/RW answered; the members question is on screen. */
  async function upToMembers(user: string): Promise<void> {
    await bot.send(user, 'daftar');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'Panggungharjo, Sewon, Bantul');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, 'Arisan Mawar Jingga');
    expect(allText(await bot.send(user, 'RT 05 RW 03'))).toContain('Berapa jumlah anggotanya?');
  }

  /** Checks Panggungharjo's status from the menu, to its answer. */
  async function checkStatus(user: string): Promise<void> {
    await bot.send(user, { button: 'menu:status' });
    await bot.send(user, 'Panggungharjo, Sewon, Bantul');
    await bot.send(user, { button: 'village-exact:yes' });
    expect(allText(await bot.send(user, { button: 'rw:whole' }))).toContain('Status WKSBM');
  }

  it('offers the registration again after a finished status check (Lanjutkan was gone)', async () => {
    const user = 'paused-then-status';
    await upToMembers(user);
    expect(buttonLabelled(await bot.send(user, 'menu'), 'Lanjutkan: 📝 Daftarkan kelompok')).toBe('cmd:resume');
    await checkStatus(user);
    const menu = await bot.send(user, 'menu');
    expect(buttonLabelled(menu, 'Lanjutkan: 📝 Daftarkan kelompok')).toBe('cmd:resume');
    // Where it stood: the members question, the name kept.
    expect(allText(await bot.send(user, { button: 'cmd:resume' }))).toContain('Berapa jumlah anggotanya?');
    await bot.send(user, '20');
    const summary = allText(await bot.send(user, 'Bu Sri 0812 3456 7890'));
    expect(summary).toContain('Nama: Arisan Mawar Jingga');
    expect(summary).toContain('RT 005 / RW 003');
  });

  it('goes on with the registration on "lanjut daftar tadi" typed after the status check (was "belum paham pertanyaannya")', async () => {
    const user = 'paused-typed-tadi';
    await upToMembers(user);
    await bot.send(user, 'balik ke menu');
    await checkStatus(user);
    const resumed = allText(await bot.send(user, 'lanjut daftar tadi'));
    expect(resumed).toContain('Berapa jumlah anggotanya?');
    expect(resumed).not.toContain('belum paham');
  });

  it('keeps the registration when the status check is cancelled, and when it is set aside too', async () => {
    const user = 'paused-status-cancelled';
    await upToMembers(user);
    await bot.send(user, 'menu');
    await bot.send(user, { button: 'menu:status' });
    const cancelled = await bot.send(user, 'batal');
    expect(buttonLabelled(cancelled, 'Lanjutkan: 📝 Daftarkan kelompok')).toBe('cmd:resume');

    // Set aside mid-check: Lanjutkan goes on with the check, then with the registration.
    await bot.send(user, { button: 'menu:status' });
    await bot.send(user, 'Panggungharjo, Sewon, Bantul');
    expect(buttonIds(await bot.send(user, 'menu'))).toContain('cmd:resume');
    await bot.send(user, { button: 'cmd:resume' });
    await bot.send(user, { button: 'village-exact:yes' });
    const answered = allText(await bot.send(user, { button: 'rw:whole' }));
    expect(answered).toContain('Status WKSBM');
    expect(answered).toContain('Berapa jumlah anggotanya?');
  });
});
