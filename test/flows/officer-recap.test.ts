/**
 * An officer's own area, in the chat: 📊 Rekap wilayah on the 🛡️ Petugas menu, and "rekap
 * wilayah saya", "rekap", "gimana wilayah saya" typed there or at the main menu, answer with
 * the desa of the officer's area counted per level and what waits for their verification
 * (they were "salah satu tombol" at the panel). A count asked with no area named ("desa mana
 * yang hampir jadi wksbm?") is of the officer's own area (it asked which kecamatan); a
 * resident is still asked. Several areas: each shown, or, more than three, chosen by button.
 */
import { beforeAll, expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { seedGroup } from '../http/export/export-fixture.js';
import { useTestBot } from '../support/use-test-bot.js';

const BAMBANGLIPURO = '34.02.05';
const SIDOMULYO = '34.02.05.2001';
const MULYODADI = '34.02.05.2002';
const COUNTS = '📊 Kec. Bambanglipuro, Kab. Bantul: 3 desa/kelurahan';

describeEachDatabase('an officer\'s own area counted in the chat', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const officer = (text: string | { button: string }) => bot.send('officer-bambanglipuro', text);

  beforeAll(async () => {
    const prisma = bot.bot.database.prisma;
    await prisma.areaLevelHistory.create({ data: { villageCode: SIDOMULYO, rw: 0, level: 'tumbuh', at: new Date('2026-09-01T03:00:00Z') } });
    await prisma.areaLevelHistory.create({ data: { villageCode: MULYODADI, rw: 0, level: 'rintisan', at: new Date('2026-09-01T03:00:00Z') } });
    await seedGroup(prisma, { villageCode: MULYODADI, name: 'Arisan Menunggu', verification: 'pending' });
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: [BAMBANGLIPURO] }, (text) => officer(text));
  });

  it('counts the area from 📊 Rekap wilayah on the officer menu, with a way back to the menu', async () => {
    const panel = await officer('petugas');
    expect(buttonIds(panel)).toContain('officer:recap');
    const recap = await officer({ button: 'officer:recap' });
    const text = allText(recap);
    expect(text).toContain(COUNTS);
    expect(text).toContain('🌿 Tumbuh: 1');
    expect(text).toContain('🌱 Rintisan: 1');
    expect(text).toContain('• Sidomulyo: 🌿 Tumbuh');
    expect(text).toContain('⏳ Menunggu verifikasi Anda di sini: 1');
    expect(buttonIds(recap)).toEqual(expect.arrayContaining(['go:p:', 'cmd:menu']));
    // The panel again from there.
    expect(buttonIds(await officer({ button: 'go:p:' }))).toContain('officer:recap');
  });

  it('counts it for the words typed at the officer menu (they were "salah satu tombol")', async () => {
    for (const words of ['rekap wilayah saya', 'rekap', 'gimana wilayah saya', 'Rekap wilayah kami dong']) {
      await officer('petugas');
      const text = allText(await officer(words));
      expect(text, words).toContain(COUNTS);
      expect(text, words).not.toContain('salah satu tombol');
    }
    // The mute screen's "matikan rekap mingguan" is still a mute.
    await officer('petugas');
    await officer({ button: 'officer:mutes' });
    expect(allText(await officer('matikan rekap mingguan'))).toContain('🔕 Notifikasi dimatikan: Ringkasan mingguan');
    expect(allText(await officer('nyalakan rekap mingguan'))).toContain('🔔 Notifikasi dinyalakan kembali: Ringkasan mingguan');
    expect(allText(await officer('rekap'))).toContain(COUNTS);
  });

  it('counts it for the same words at the main menu, and a named place is still that place', async () => {
    for (const words of ['rekap wilayah saya', 'rekap', 'gimana wilayah saya?']) {
      await officer('menu');
      expect(allText(await officer(words)), words).toContain(COUNTS);
    }
    await officer('menu');
    expect(allText(await officer('rekap kecamatan sewon'))).toContain('📊 Kec. Sewon, Kab. Bantul: 4 desa/kelurahan');
  });

  it('takes the officer\'s area where a count names none (it asked which), and still asks a resident', async () => {
    await officer('menu');
    const near = allText(await officer('desa mana yang hampir jadi wksbm?'));
    expect(near).toContain(COUNTS);
    expect(near).not.toContain('Di kecamatan, kabupaten/kota atau provinsi mana?');
    await officer('menu');
    expect(allText(await officer('berapa desa yang sudah wksbm?'))).toContain(COUNTS);

    const resident = allText(await bot.send('resident-near', 'desa mana yang hampir jadi wksbm?'));
    expect(resident).toContain('Di kecamatan, kabupaten/kota atau provinsi mana?');
    expect(resident).not.toContain('📊');
    // A resident's "rekap wilayah saya" is what it was: their own area, which the bot does not know yet.
    const own = allText(await bot.send('resident-recap', 'rekap wilayah saya'));
    expect(own).toContain('Saya belum tahu wilayah Anda');
    expect(own).not.toContain('verifikasi Anda');
  });

  it('shows each of up to three areas, and asks which of more with a button for each', async () => {
    const two = (text: string | { button: string }) => bot.send('officer-two', text);
    await enrolOfficer(bot.bot, clock, { kind: 'psm', areas: ['34.02.15', '34.04.02'] }, two);
    await two('petugas');
    const both = allText(await two({ button: 'officer:recap' }));
    expect(both).toContain('📊 Kec. Sewon, Kab. Bantul: 4 desa/kelurahan');
    expect(both).toContain('📊 Kec. Godean, Kab. Sleman: 7 desa/kelurahan');

    const many = (text: string | { button: string }) => bot.send('officer-many', text);
    await enrolOfficer(bot.bot, clock, { kind: 'dinsos', areas: ['34.02.05', '34.02.15', '34.04.02', '34.04.07'] }, many);
    await many('petugas');
    const asked = await many('rekap wilayah saya');
    expect(allText(asked)).toContain('Wilayah Anda yang mana?');
    expect(allText(asked)).not.toContain('“”');
    expect(buttonIds(asked)).toEqual(expect.arrayContaining(['area:34.02.05', 'area:34.02.15', 'area:34.04.02', 'area:34.04.07']));
    expect(allText(await many({ button: 'area:34.04.07' }))).toContain('📊 Kec. Depok, Kab. Sleman: 3 desa/kelurahan');
  });

  it('counts a desa officer\'s kecamatan, with what waits for them in their desa and the way back to their menu', async () => {
    const psm = (text: string | { button: string }) => bot.send('officer-one-desa', text);
    await enrolOfficer(bot.bot, clock, { kind: 'psm', areas: ['34.02.15.2004'] }, psm);
    await seedGroup(bot.bot.database.prisma, { villageCode: '34.02.15.2004', name: 'Posyandu Menunggu', verification: 'pending' });
    await seedGroup(bot.bot.database.prisma, { villageCode: '34.02.15.2001', name: 'Arisan Desa Lain', verification: 'pending' });
    await psm('petugas');
    const recap = await psm({ button: 'officer:recap' });
    expect(allText(recap)).toContain('📊 Kec. Sewon, Kab. Bantul: 4 desa/kelurahan');
    // Only their desa's record waits for them (the other desa's is the TKSK's).
    expect(allText(recap)).toContain('⏳ Menunggu verifikasi Anda di sini: 1');
    expect(buttonIds(recap)).toContain('go:p:');
    // Asked of a place, the figure is still only for an area they cover whole.
    await psm('menu');
    expect(allText(await psm('berapa desa di kec sewon yang sudah wksbm?'))).not.toContain('verifikasi Anda');
  });

  it('tells an officer checking a desa\'s status what to follow up there, not to register a group of their own', async () => {
    await officer('menu');
    await officer('cek status desa sidomulyo bambanglipuro');
    const checked = await officer('ya');
    const text = allText(checked);
    expect(text).toContain('Tingkat: 🌿 Tumbuh');
    // Was the resident's "cek desa/kelurahan lain, daftarkan kelompok Anda" with 📝 Daftarkan kelompok.
    expect(text).not.toContain('daftarkan kelompok Anda');
    expect(buttonIds(checked)).not.toContain('menu:register');
    expect(text).toContain('Untuk ditindaklanjuti: yang masih kurang di desa ini tertulis di atas.');
    expect(buttonIds(checked)).toEqual(expect.arrayContaining(['menu:status', 'go:p:', 'cmd:menu']));
    // A resident checking the same desa is still shown how to register.
    await bot.send('resident-sidomulyo', 'cek status desa sidomulyo bambanglipuro');
    expect(allText(await bot.send('resident-sidomulyo', 'ya'))).toContain('daftarkan kelompok Anda');
  });

  it('answers in English for an officer who chose English', async () => {
    const english = (text: string | { button: string }) => bot.send('officer-english', text);
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: [BAMBANGLIPURO] }, english);
    await english('english');
    await english('menu');
    const recap = await english('recap of my area');
    expect(allText(recap)).toContain('📊 Kec. Bambanglipuro, Kab. Bantul: 3 villages');
    await english('petugas');
    expect(allText(await english({ button: 'officer:recap' }))).toContain('Waiting for your verification here: 1');
  });
});
