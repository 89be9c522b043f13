/**
 * An officer asking in words for the groups of their area: "kelompok apa saja di wilayah
 * saya" lists them with their verification state, "kelompok mana yg belum aktif" only those
 * the status rules do not count as active (no activity in the window, not newly
 * registered). Both were a resident's answers (the FAQ on levels, "belum paham"); a
 * resident asking the same still gets those.
 */
import { beforeAll, expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { seedActivity, seedGroup } from '../http/export/export-fixture.js';
import { useTestBot } from '../support/use-test-bot.js';

const BAMBANGLIPURO = '34.02.05';
const SIDOMULYO = '34.02.05.2001';
const MULYODADI = '34.02.05.2002';
/** In Kec. Sewon: another officer's area. */
const PANGGUNGHARJO = '34.02.15.2001';

describeEachDatabase('the groups of an officer\'s area asked for in words', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const officer = (text: string) => bot.send('officer-groups', text);

  beforeAll(async () => {
    const prisma = bot.bot.database.prisma;
    const old = new Date('2025-01-10T03:00:00Z');
    // Active by a recent joint activity, by being new, and not at all (registered long ago, its activity too old).
    const busy = await seedGroup(prisma, { villageCode: SIDOMULYO, name: 'Arisan Rukun', createdAt: old });
    const partner = await seedGroup(prisma, { villageCode: SIDOMULYO, name: 'PKK Melati', type: 'pkk', createdAt: old });
    await seedActivity(prisma, SIDOMULYO, '2026-10-01', { [busy]: 'confirmed', [partner]: 'confirmed' });
    await seedGroup(prisma, { villageCode: MULYODADI, name: 'Posyandu Baru', type: 'posyandu', verification: 'pending', createdAt: new Date('2026-11-01T03:00:00Z') });
    const idle = await seedGroup(prisma, { villageCode: MULYODADI, name: 'Karang Taruna Sepi', type: 'karang_taruna', createdAt: old });
    await seedActivity(prisma, MULYODADI, '2025-02-01', { [idle]: 'confirmed' });
    await seedGroup(prisma, { villageCode: PANGGUNGHARJO, name: 'Arisan Desa Lain', createdAt: old });
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: [BAMBANGLIPURO] }, officer);
  });

  it('lists every group of the area with its state for "kelompok apa saja di wilayah saya"', async () => {
    for (const words of ['kelompok apa saja di wilayah saya', 'daftar kelompok di wilayah saya dong', 'kelompok apa aja di wilayahku']) {
      await officer('menu');
      const replies = await officer(words);
      const text = allText(replies);
      expect(text, words).toContain('🏘️ Kelompok di wilayah Anda: 4');
      expect(text, words).toContain('• Posyandu Baru (Mulyodadi): ⏳ menunggu verifikasi');
      expect(text, words).toContain('• Karang Taruna Sepi (Mulyodadi): ✅ terverifikasi · 💤 belum aktif');
      expect(text, words).toContain('• Arisan Rukun (Sidomulyo): ✅ terverifikasi');
      expect(text, words).not.toContain('Arisan Desa Lain');
      expect(text, words).not.toContain('belum paham');
      expect(buttonIds(replies), words).toEqual(expect.arrayContaining(['go:p:', 'cmd:menu']));
    }
  });

  it('lists only the groups not counted as active for "kelompok mana yg belum aktif", at the menu and at the officer menu', async () => {
    for (const [place, words] of [['menu', 'kelompok mana yg belum aktif'], ['petugas', 'kelompok yang blm aktif apa aja'], ['menu', 'kelompok yang tidak aktif di wilayah saya'], ['menu', 'kelompok yg gk aktif di wilayahku']] as const) {
      await officer(place);
      const text = allText(await officer(words));
      expect(text, words).toContain('💤 Kelompok di wilayah Anda yang belum dihitung aktif: 1');
      expect(text, words).toContain('• Karang Taruna Sepi (Mulyodadi)');
      expect(text, words).not.toContain('Arisan Rukun');
      expect(text, words).not.toContain('Posyandu Baru');
      // Was the FAQ on the levels' rules, a resident's answer.
      expect(text, words).not.toContain('Hitungan di bot ini');
    }
    // "yang belum diverifikasi mana aja" is the pending list, as before.
    await officer('menu');
    expect(allText(await officer('yang belum diverifikasi mana aja'))).toContain('Posyandu Baru');
    // Typed short ("blm") too: was the FAQ on who verifies.
    await officer('menu');
    expect(allText(await officer('yg blm diverifikasi apa aja'))).toContain('Posyandu Baru');
  });

  it('leaves a resident\'s same words to the free-text reading', async () => {
    const text = allText(await bot.send('resident-groups', 'kelompok mana yg belum aktif'));
    expect(text).not.toContain('Kelompok di wilayah Anda');
    expect(text).not.toContain('Menu ini hanya untuk petugas');
  });
});
