/**
 * "Berapa desa di Bantul yang sudah WKSBM?" through web chat: the desa of a kabupaten,
 * kecamatan or provinsi counted per level in force (an officer's override, else the latest
 * recorded level, else Belum Ada), the desa that have started named; the person's own area
 * ("kecamatan kami": an officer's areas, a resident's last checked desa); a place asked for
 * when none was named, and asked again when none of that name exists.
 */
import { beforeAll, expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { seedGroup } from '../http/export/export-fixture.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';
const BANGUNHARJO = '34.02.15.2003';
const PENDOWOHARJO = '34.02.15.2001';
const SIDOREJO = '34.04.02.2001';

describeEachDatabase('how many desa of an area are a WKSBM, asked in the chat', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  beforeAll(async () => {
    const prisma = bot.bot.database.prisma;
    // Panggungharjo: Rintisan, then Aktif (the latest record counts).
    await prisma.areaLevelHistory.create({ data: { villageCode: PANGGUNGHARJO, rw: 0, level: 'rintisan', at: new Date('2026-03-01T03:00:00Z') } });
    await prisma.areaLevelHistory.create({ data: { villageCode: PANGGUNGHARJO, rw: 0, level: 'aktif', at: new Date('2026-09-01T03:00:00Z') } });
    // Bangunharjo: once Aktif, now Rintisan; an RW's own record does not count for the desa.
    await prisma.areaLevelHistory.create({ data: { villageCode: BANGUNHARJO, rw: 0, level: 'aktif', at: new Date('2026-01-01T03:00:00Z') } });
    await prisma.areaLevelHistory.create({ data: { villageCode: BANGUNHARJO, rw: 0, level: 'rintisan', at: new Date('2026-08-01T03:00:00Z') } });
    await prisma.areaLevelHistory.create({ data: { villageCode: BANGUNHARJO, rw: 2, level: 'tumbuh', at: new Date('2026-10-01T03:00:00Z') } });
    // Sidorejo (Sleman): Aktif once; not in Bantul.
    await prisma.areaLevelHistory.create({ data: { villageCode: SIDOREJO, rw: 0, level: 'aktif', at: new Date('2025-01-05T03:00:00Z') } });
    // Pendowoharjo: no record, an officer's override to Tumbuh (the officer enrols below).
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => bot.send('officer-sewon', text));
    await prisma.areaLevelOverride.create({ data: { villageCode: PENDOWOHARJO, level: 'tumbuh', reason: 'cek lapangan', officerId: (await prisma.officer.findFirstOrThrow()).id } });
  });

  it('counts a kabupaten\'s desa per level in force and names those that have started, highest first', async () => {
    const replies = await bot.send('resident-bantul', 'berapa desa di bantul yang sudah wksbm?');
    const text = allText(replies);
    // Bantul in the test list: 3 desa of Kec. Bambanglipuro and 4 of Kec. Sewon.
    expect(text).toContain('📊 Kab. Bantul (DI Yogyakarta): 7 desa/kelurahan');
    expect(text).toContain('🌳 Aktif (sudah WKSBM): 1');
    expect(text).toContain('🌿 Tumbuh: 1');
    expect(text).toContain('🌱 Rintisan: 1');
    expect(text).toContain('⚪ Belum Ada: 4');
    expect(text).not.toContain('Dorman');
    const listed = ['Panggungharjo (Kec. Sewon): 🌳 Aktif', 'Pendowoharjo (Kec. Sewon): 🌿 Tumbuh', 'Bangunharjo (Kec. Sewon): 🌱 Rintisan'].map((line) => text.indexOf(line));
    expect(listed.every((at) => at > 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    expect(text).not.toContain('Sidorejo');
    expect(buttonIds(replies)).toEqual(expect.arrayContaining(['menu:status', 'cmd:menu']));
  });

  it('reads a kecamatan, a "se-kabupaten" and a provinsi from the question, and says when none has started', async () => {
    const godean = allText(await bot.send('resident-godean', 'desa mana saja yang sudah wksbm di kecamatan godean?'));
    expect(godean).toContain('📊 Kec. Godean, Kab. Sleman: 7 desa/kelurahan');
    // The header names the kecamatan: its desa's lines do not say it again.
    expect(godean).toContain('• Sidorejo: 🌳 Aktif');
    expect(godean.split('Godean')).toHaveLength(2);

    const sleman = allText(await bot.send('resident-sleman', 'ada berapa desa wksbm se-kabupaten sleman'));
    expect(sleman).toContain('📊 Kab. Sleman (DI Yogyakarta): 10 desa/kelurahan');

    const depok = allText(await bot.send('resident-depok', 'rekap kecamatan depok'));
    expect(depok).toContain('📊 Kec. Depok, Kab. Sleman: 3 desa/kelurahan');
    expect(depok).toContain('⚪ Belum Ada: 3');
    expect(depok).toContain('Belum ada desa di sini yang tercatat mulai');

    const diy = allText(await bot.send('resident-diy', 'jumlah desa yg udh wksbm di jogja'));
    expect(diy).toContain('📊 Provinsi DI Yogyakarta: 17 desa/kelurahan');
  });

  it('asks the same again of another place said as a follow-up ("kalo di sleman?"; was "belum paham")', async () => {
    const user = 'resident-follow-up';
    expect(allText(await bot.send(user, 'berapa desa di bantul yang sudah wksbm?'))).toContain('📊 Kab. Bantul (DI Yogyakarta)');
    expect(allText(await bot.send(user, 'kalo di sleman?'))).toContain('📊 Kab. Sleman (DI Yogyakarta): 10 desa/kelurahan');
    expect(allText(await bot.send(user, 'kalau kec godean brp?'))).toContain('📊 Kec. Godean, Kab. Sleman: 7 desa/kelurahan');
    // A question of its own is still that question.
    expect(allText(await bot.send(user, 'kalo gratis?'))).toContain('gratis');
    expect(allText(await bot.send('resident-no-context', 'kalo di sleman?'))).not.toContain('📊 Kab. Sleman');
  });

  it('asks the same again of a place after an English "and" ("and in Sleman?", "and Sleman?"; was "did not understand")', async () => {
    const user = 'resident-follow-up-en';
    expect(allText(await bot.send(user, 'how many villages in bantul are wksbm?'))).toContain('Bantul');
    expect(allText(await bot.send(user, 'and in Sleman?'))).toContain('Sleman (DI Yogyakarta): 10');
    expect(allText(await bot.send(user, 'and Bantul?'))).toContain('Bantul (DI Yogyakarta)');
  });

  it('asks for the area when none was named, and again (with the status check a tap away) when none has that name', async () => {
    const user = 'resident-asked';
    expect(allText(await bot.send(user, 'berapa desa yang sudah wksbm?'))).toContain('Di kecamatan, kabupaten/kota atau provinsi mana?');
    const none = await bot.send(user, 'Sidomulyo');
    expect(allText(none)).toContain('tidak menemukan kecamatan, kabupaten/kota atau provinsi bernama “Sidomulyo”');
    expect(buttonIds(none)).toContain('menu:status');
    // The question asked again in full at that step: its place, not the whole sentence.
    const sewon = allText(await bot.send(user, 'jumlah desa wksbm di kec sewon'));
    expect(sewon).toContain('📊 Kec. Sewon, Kab. Bantul: 4 desa/kelurahan');
    expect(sewon).toContain('🌳 Aktif (sudah WKSBM): 1');
  });

  it('counts the person\'s own area: the kecamatan of the desa they checked, an officer\'s areas', async () => {
    const resident = 'resident-own';
    expect(allText(await bot.send(resident, 'berapa desa di kecamatan kami yang sudah wksbm'))).toContain('Saya belum tahu wilayah Anda');
    // Their desa typed there (one desa has that name): its kecamatan.
    const named = allText(await bot.send(resident, 'Panggungharjo'));
    expect(named).toContain('Panggungharjo ada di Kec. Sewon');
    expect(named).toContain('📊 Kec. Sewon, Kab. Bantul: 4 desa/kelurahan');
    // A desa they checked is their own area from then on.
    expect(allText(await bot.send(resident, 'Bangunharjo'))).toContain('Desa Bangunharjo, Kec. Sewon');
    await bot.send(resident, { button: 'village-exact:yes' });
    expect(allText(await bot.send(resident, 'berapa desa di kecamatan kami yang sudah wksbm'))).toContain('📊 Kec. Sewon, Kab. Bantul: 4 desa/kelurahan');
    expect(allText(await bot.send(resident, 'berapa desa di kabupaten saya yang sudah wksbm'))).toContain('📊 Kab. Bantul (DI Yogyakarta): 7 desa/kelurahan');

    const officer = allText(await bot.send('officer-sewon', 'berapa desa di wilayah saya yang sudah wksbm?'));
    expect(officer).toContain('📊 Kec. Sewon, Kab. Bantul: 4 desa/kelurahan');
    // An officer of the whole area is told what waits for them there; a resident is not.
    expect(officer).toContain('Tidak ada yang menunggu verifikasi Anda di sini');
    expect(allText(await bot.send(resident, 'berapa desa di kec sewon yang sudah wksbm'))).not.toContain('verifikasi Anda');
    await seedGroup(bot.bot.database.prisma, { villageCode: BANGUNHARJO, name: 'Arisan Menunggu', verification: 'pending' });
    await seedGroup(bot.bot.database.prisma, { villageCode: '34.02.05.2001', name: 'Arisan Bambanglipuro', verification: 'pending' });
    expect(allText(await bot.send('officer-sewon', 'berapa desa di wilayah saya yang sudah wksbm?'))).toContain('⏳ Menunggu verifikasi Anda di sini: 1');
    // Bantul is wider than the officer's kecamatan: no figure of theirs to give there.
    expect(allText(await bot.send('officer-sewon', 'berapa desa di bantul yang sudah wksbm?'))).not.toContain('verifikasi Anda');
  });

  it('reads "ada desa … yang udah wksbm?" as a count, and "berapa kelompok … di desa X" as that desa\'s status', async () => {
    expect(allText(await bot.send('resident-any', 'ada desa di bantul yang udah aktif wksbm ga?'))).toContain('📊 Kab. Bantul (DI Yogyakarta): 7 desa/kelurahan');
    expect(allText(await bot.send('resident-groups', 'berapa kelompok yang terdaftar di desa panggungharjo?'))).toContain('Desa Panggungharjo, Kec. Sewon');
  });

  it('offers the count asked while another flow waits as a button, the flow kept to continue', async () => {
    const user = 'resident-aside';
    expect(allText(await bot.send(user, 'cek status desa'))).toContain('Desa/kelurahan mana yang ingin dicek?');
    const aside = await bot.send(user, 'berapa desa di kab bantul yang sudah wksbm?');
    // Not searched as a desa: the count is a tap away, and the desa is asked again.
    expect(allText(aside)).toContain('Hitungan desa WKSBM per wilayah');
    expect(allText(aside)).toContain('Desa/kelurahan mana yang ingin dicek?');
    expect(buttonIds(aside)).toContain('go:ac:kab_bantul');
    expect(allText(await bot.send(user, { button: 'go:ac:kab_bantul' }))).toContain('📊 Kab. Bantul (DI Yogyakarta): 7 desa/kelurahan');
    const menu = await bot.send(user, { button: 'cmd:menu' });
    expect(buttonIds(menu)).toContain('cmd:resume');
    expect(allText(await bot.send(user, { button: 'cmd:resume' }))).toContain('Desa/kelurahan mana yang ingin dicek?');
  });

  it('answers in English when asked in English', async () => {
    const text = allText(await bot.send('resident-english', 'how many villages in bantul are a wksbm?'));
    expect(text).toContain('📊 Kab. Bantul (DI Yogyakarta): 7 villages');
    expect(text).toContain('Panggungharjo (Kec. Sewon): 🌳 Active (Aktif) — a WKSBM');
    // The kind after the name, as English puts it.
    expect(allText(await bot.send('resident-english', 'how many villages in sleman regency are a wksbm?'))).toContain('📊 Kab. Sleman (DI Yogyakarta): 10 villages');
    expect(allText(await bot.send('resident-english', 'how many villages in godean district are a wksbm?'))).toContain('📊 Kec. Godean, Kab. Sleman: 7 villages');
  });
});
