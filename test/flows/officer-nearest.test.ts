/**
 * An officer's recap names the desa of their area nearest to their next level, with what
 * each still lacks (the status check's own steps), after the counts; "desa mana yang paling
 * dekat naik tingkat?", "desa yang hampir aktif", "which villages are closest to the next
 * level" open that recap for an officer. A resident asking is answered as before.
 */
import { beforeAll, expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { useTestBot } from '../support/use-test-bot.js';
import { seedGroup, seedRelation } from '../storage/status/seed.js';

const BAMBANGLIPURO = '34.02.05';
const SIDOMULYO = '34.02.05.2001';
const MULYODADI = '34.02.05.2002';
const SUMBERMULYO = '34.02.05.2003';
const COUNTS = '📊 Kec. Bambanglipuro, Kab. Bantul: 3 desa/kelurahan';

describeEachDatabase('the desa of an officer\'s area nearest to their next level', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const officer = (text: string | { button: string }) => bot.send('officer-nearest', text);
  const recent = new Date('2026-11-01T03:00:00Z');

  beforeAll(async () => {
    const prisma = bot.bot.database.prisma;
    // Sidomulyo: two active arisan groups, one kind short of 🌱 Rintisan.
    await seedGroup(prisma, SIDOMULYO, { type: 'arisan', createdAt: recent });
    await seedGroup(prisma, SIDOMULYO, { type: 'arisan', createdAt: recent });
    // Mulyodadi: one group, two more (one of another kind) short.
    await seedGroup(prisma, MULYODADI, { type: 'pkk', createdAt: recent });
    // Sumbermulyo: 🌱 Rintisan, one relation short of 🌿 Tumbuh.
    const a = await seedGroup(prisma, SUMBERMULYO, { type: 'arisan', createdAt: recent });
    const b = await seedGroup(prisma, SUMBERMULYO, { type: 'pkk', createdAt: recent });
    await seedGroup(prisma, SUMBERMULYO, { type: 'posyandu', createdAt: recent });
    await seedRelation(prisma, a, b);
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: [BAMBANGLIPURO] }, (text) => officer(text));
  });

  it('lists them after the counts in 📊 Rekap wilayah, nearest first, with what each lacks', async () => {
    await officer('petugas');
    const text = allText(await officer({ button: 'officer:recap' }));
    expect(text).toContain(COUNTS);
    const near = text.slice(text.indexOf('Paling dekat naik tingkat:'));
    expect(text.indexOf('Paling dekat naik tingkat:')).toBeGreaterThan(text.indexOf(COUNTS));
    const lines = near.split('\n').slice(1, 4);
    // The recap's header names the kecamatan once: its desa's lines do not repeat it (each said "(Kec. Bambanglipuro)").
    expect(lines).toEqual([
      '• Sumbermulyo: 🌱→🌿 Catat 1 hubungan lagi antarkelompok (kegiatan bersama juga dihitung).',
      '• Sidomulyo: ⚪→🌱 Butuh 1 kelompok aktif lagi dari jenis lain.',
      '• Mulyodadi: ⚪→🌱 Butuh 2 kelompok aktif lagi, sedikitnya 1 dari jenis lain.',
    ]);
    expect(text.split('(Kec. Bambanglipuro)')).toHaveLength(1);
  });

  it('opens that recap for the words an officer asks it with', async () => {
    for (const words of ['desa mana yang paling dekat naik tingkat?', 'desa yang hampir aktif', 'Desa mana yg paling dekat naik tingkat dong']) {
      await officer('menu');
      const text = allText(await officer(words));
      expect(text, words).toContain(COUNTS);
      expect(text, words).toContain('Paling dekat naik tingkat:');
    }
    await officer('english');
    await officer('menu');
    const english = allText(await officer('which villages are closest to the next level?'));
    expect(english).toContain('📊 Kec. Bambanglipuro, Kab. Bantul: 3 villages');
    expect(english).toContain('Closest to the next level:');
    expect(english).toContain('• Sumbermulyo: 🌱→🌿 ');
    await officer('bahasa indonesia');
  });

  it('asks for them per kabupaten/kota when the recap is of a provinsi, and names them there', async () => {
    const regency = (text: string | { button: string }) => bot.send('officer-bantul', text);
    await enrolOfficer(bot.bot, clock, { kind: 'dinsos', areas: ['34.02'] }, regency);
    await regency('menu');
    const whole = allText(await regency('rekap provinsi saya'));
    expect(whole).toContain('Provinsi');
    expect(whole).not.toContain('Paling dekat naik tingkat:');
    expect(whole).toContain('Desa yang paling dekat naik tingkat ada di rekap tiap kabupaten/kota');
    for (const words of ['rekap kabupaten saya', 'berapa desa di Bantul yang sudah WKSBM?']) {
      await regency('menu');
      const bantul = allText(await regency(words));
      expect(bantul, words).toContain('Paling dekat naik tingkat:');
      expect(bantul, words).toContain('• Sumbermulyo (Kec. Bambanglipuro): 🌱→🌿 ');
    }
  });

  it('answers a resident asking it as before: no list of desa', async () => {
    for (const words of ['desa mana yang paling dekat naik tingkat?', 'desa yang hampir aktif']) {
      const text = allText(await bot.send(`resident-${words.length}`, words));
      expect(text, words).not.toContain('Paling dekat naik tingkat:');
      expect(text, words).not.toContain('Sumbermulyo');
    }
  });
});
