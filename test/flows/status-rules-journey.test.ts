/**
 * Status rules a TKSK would sign (issue #12), through web chat: every registration,
 * relation, activity, confirmation and status check is a message to POST /webchat/messages;
 * the officer enrols in the web chat with an invite code (made as the CLI makes it) and reads
 * alerts from the web chat inbox, as the leaders read their notices. Time moves with the
 * bot's clock, never by sleeping.
 *
 * - Growth never demotes: a desa at Aktif and one at Tumbuh keep their level when three new
 *   groups register, and each new group's leader is told how to link it.
 * - Alerts leave in causal order: the officer sees "Kelompok baru" before the rise it caused.
 * - A drop from time waits out the grace period: the status reply shows "⚠️ turun ke …
 *   pada <tanggal> jika …", the desa's leaders and officer are warned once (not again on a
 *   second recompute), and the level drops when the period is over.
 */
import { beforeAll, expect, it } from 'vitest';
import { acceptConsent, allText, buttonIds, buttonLabelled, manualClock, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';
import { levelTexts } from '../support/level-texts.js';

const LEVELS = levelTexts('id');
const DAY = 86_400_000;
const SEWON = '34.02.15';

/** A desa of the test region extract, as residents name it. */
interface Desa {
  readonly name: string;
  readonly code: string;
}
const TIMBULHARJO: Desa = { name: 'Timbulharjo', code: '34.02.15.2002' };
const BANGUNHARJO: Desa = { name: 'Bangunharjo', code: '34.02.15.2003' };

describeEachDatabase('status rules a TKSK would sign, through web chat', (kind) => {
  // 10:00 in Jakarta: outside the leaders' night, so notices leave at once.
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  beforeAll(() => enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: [SEWON] }, (text) => bot.send('tksk', text)));

  /** Everything the web chat inbox of `user` holds now, oldest first, once the outbox has run. */
  async function inbox(user: string): Promise<string[]> {
    // The test bot is composed but not started: its dispatcher is run here, batch by batch.
    for (let round = 0; round < 50 && (await bot.bot.dispatcher!.runOnce()) > 0; round++);
    const texts: string[] = [];
    for (let page = 0; page < 50; page++) {
      const response = await bot.bot.app.inject({ method: 'GET', url: `/webchat/inbox?userId=${await bot.users.userId(user)}` });
      expect(response.statusCode).toBe(200);
      const replies = (response.json() as { replies: Reply[] }).replies;
      if (replies.length === 0) return texts;
      texts.push(...replies.map((reply) => reply.text));
    }
    throw new Error(`inbox of ${user} never emptied`);
  }

  /** Registers a group in `desa` as `user` through the chat, answering every question. */
  async function register(user: string, desa: Desa, type: string, name: string): Promise<Reply[]> {
    await bot.send(user, 'halo');
    const first = await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    const saved = await answerRegistration((input) => bot.send(user, input), first, {
      type, name, villageQuery: desa.name.toLowerCase(), villageCode: desa.code, unit: 'RW 02', members: '25 orang', ketua: `Ketua ${name}`, phone: '0812-3456-7890',
    });
    expect(allText(saved)).toContain(name);
    return saved;
  }

  /** The status of `desa` as a resident asks for it in their own words. */
  async function status(desa: Desa): Promise<string> {
    const resident = `resident-${Math.random().toString(36).slice(2)}`;
    const replies = await bot.send(resident, `cek status desa ${desa.name.toLowerCase()} kec sewon`);
    expect(allText(replies)).toContain(`Desa ${desa.name}, Kec. Sewon`);
    return allText(await bot.send(resident, { button: 'village-exact:yes' }));
  }

  /** Declares a relation from `user`'s only group to the group named `other`. */
  async function relate(user: string, other: string): Promise<void> {
    const replies = await bot.send(user, 'hubungan');
    await bot.send(user, { button: buttonLabelled(replies, other) });
    await bot.send(user, { button: 'kind:shared_meetings' });
    expect(allText(await bot.send(user, { button: 'save' }))).toContain('Hubungan dicatat');
  }

  /** Answers every item in `user`'s confirmation inbox with yes. */
  async function confirmAll(user: string, expected: number): Promise<void> {
    await bot.send(user, 'menu');
    let replies = await bot.send(user, { button: 'menu:inbox' });
    for (let i = 0; i < expected; i++) {
      expect(buttonIds(replies)).toContain('accept');
      replies = await bot.send(user, { button: 'accept' });
    }
    expect(allText(replies)).toContain('Tidak ada lagi yang perlu dikonfirmasi');
  }

  /** Logs yesterday's activity of `user`'s only group with the partner named `partner`. */
  async function logJointActivity(user: string, partner: string, beneficiaries: string | null): Promise<void> {
    expect(allText(await bot.send(user, 'catat kegiatan'))).toContain('Kapan');
    await bot.send(user, 'kemarin');
    await bot.send(user, { button: 'category:santunan_anak_yatim' });
    const replies = await bot.send(user, 'Santunan anak yatim bersama di balai desa');
    await bot.send(user, { button: buttonLabelled(replies, partner) });
    await bot.send(user, { button: 'partners:done' });
    if (beneficiaries) await bot.send(user, beneficiaries);
    await bot.send(user, { button: 'pmks:done' });
    await bot.send(user, { button: 'skip' });
    expect(allText(await bot.send(user, { button: 'save' }))).toContain('Kegiatan sudah dicatat');
  }

  /** Registers three groups of two types and links them with two confirmed relations: Tumbuh. */
  async function growToTumbuh(desa: Desa, prefix: string, names: readonly [string, string, string]): Promise<void> {
    await register(`${prefix}-a`, desa, 'pkk', names[0]);
    await register(`${prefix}-b`, desa, 'karang_taruna', names[1]);
    await register(`${prefix}-c`, desa, 'arisan', names[2]);
    await relate(`${prefix}-a`, names[1]);
    await relate(`${prefix}-a`, names[2]);
    await confirmAll(`${prefix}-b`, 1);
    await confirmAll(`${prefix}-c`, 1);
  }

  /** Three new groups registered in `desa` through the chat; each leader's inbox tells them how to link. */
  async function threeNewGroups(desa: Desa, prefix: string): Promise<void> {
    const fresh = [
      [`${prefix}-d`, 'posyandu', `Posyandu Melati ${desa.name}`],
      [`${prefix}-e`, 'kelompok_tani', `Kelompok Tani Makmur ${desa.name}`],
      [`${prefix}-f`, 'majelis_taklim', `Majelis Taklim Al Ikhlas ${desa.name}`],
    ] as const;
    for (const [user, type, name] of fresh) await register(user, desa, type, name);
    for (const [user, , name] of fresh) {
      const told = (await inbox(user)).join('\n---\n');
      expect(told).toContain(`🔗 ${name} sudah terdaftar`);
      expect(told).toContain('Hubungan antarkelompok');
      expect(told).toContain('90 hari');
    }
  }

  it('keeps Aktif when three new groups register, and tells each new leader how to link', async () => {
    await growToTumbuh(TIMBULHARJO, 'tim', ['PKK Timbul', 'Karang Taruna Timbul', 'Arisan Timbul']);
    await logJointActivity('tim-a', 'Karang Taruna Timbul', '2 10');
    await confirmAll('tim-b', 1);
    await logJointActivity('tim-c', 'PKK Timbul', null);
    await confirmAll('tim-a', 1);
    let text = await status(TIMBULHARJO);
    expect(text).toContain(`Tingkat: ${LEVELS.aktif}`);
    expect(text).toContain('3 dari 3 kelompok sudah terhubung (perlu 60 %)');

    clock.advance(DAY);
    await threeNewGroups(TIMBULHARJO, 'tim');
    text = await status(TIMBULHARJO);
    // Counted, the new groups would make 3 of 6 linked (50 %), below 60 %: still Aktif, and no
    // drop waits either, because they are not counted until they have had time to link.
    expect(text).toContain(`Tingkat: ${LEVELS.aktif}`);
    expect(text).toContain('6 kelompok aktif (perlu 3)');
    expect(text).toContain('3 dari 3 kelompok sudah terhubung (perlu 60 %)');
    expect(text).toContain('3 kelompok baru belum dihitung');
    expect(text).not.toContain('⚠️');
    const history = await bot.bot.database.prisma.areaLevelHistory.findMany({ where: { villageCode: TIMBULHARJO.code, rw: 0 }, orderBy: { at: 'asc' } });
    expect(history.map((row) => row.level)).toEqual(['belum_ada', 'rintisan', 'tumbuh', 'aktif']);
    const officer = (await inbox('tksk')).join('\n---\n');
    expect(officer).not.toContain('turun');
  });

  it('alerts the officer of the new group before the rise it caused', async () => {
    await inbox('tksk');
    await register('ban-a', BANGUNHARJO, 'pkk', 'PKK Bangun');
    await register('ban-b', BANGUNHARJO, 'karang_taruna', 'Karang Taruna Bangun');
    // The third group makes three active groups of two types: Belum Ada → Rintisan.
    await register('ban-c', BANGUNHARJO, 'arisan', 'Arisan Bangun');
    const alerts = await inbox('tksk');
    const newGroup = alerts.findIndex((text) => text.includes('Kelompok baru menunggu verifikasi') && text.includes('Arisan Bangun'));
    const rise = alerts.findIndex((text) => text.includes('naik') && text.includes(`${LEVELS.belum_ada} → ${LEVELS.rintisan}`));
    expect(newGroup, JSON.stringify(alerts)).toBeGreaterThanOrEqual(0);
    expect(rise, JSON.stringify(alerts)).toBeGreaterThanOrEqual(0);
    expect(newGroup).toBeLessThan(rise);
    // The two groups registered before come earlier still, in the order they registered.
    const earlier = ['PKK Bangun', 'Karang Taruna Bangun'].map((name) => alerts.findIndex((text) => text.includes('Kelompok baru') && text.includes(name)));
    expect(earlier[0]).toBeGreaterThanOrEqual(0);
    expect(earlier[0]).toBeLessThan(earlier[1]!);
    expect(earlier[1]).toBeLessThan(newGroup);
  });

  it('keeps Tumbuh when three new groups register, and tells each new leader how to link', async () => {
    for (const user of ['ban-b', 'ban-c']) await inbox(user);
    await relate('ban-a', 'Karang Taruna Bangun');
    await relate('ban-a', 'Arisan Bangun');
    await confirmAll('ban-b', 1);
    await confirmAll('ban-c', 1);
    expect(await status(BANGUNHARJO)).toContain(`Tingkat: ${LEVELS.tumbuh}`);

    clock.advance(DAY);
    await threeNewGroups(BANGUNHARJO, 'ban');
    const text = await status(BANGUNHARJO);
    expect(text).toContain(`Tingkat: ${LEVELS.tumbuh}`);
    expect(text).toContain('3 dari 3 kelompok sudah terhubung (perlu 60 %)');
    expect(text).toContain('3 kelompok baru belum dihitung');
    expect(text).not.toContain('⚠️');
  });

  it('waits out the grace period of a drop from time, warning the leaders and the officer once', async () => {
    const leaders = ['ban-a', 'ban-b', 'ban-c', 'ban-d', 'ban-e', 'ban-f'];
    for (const user of [...leaders, 'tksk']) await inbox(user);

    // 2027-03-01, 10:00 WIB: no group has logged an activity and the newest registered more than
    // 90 days ago, so none is active any more: the rules give Belum Ada. A drop from time
    // waits 30 days, to 31 March.
    clock.advance(Date.parse('2027-03-01T03:00:00Z') - clock().getTime());
    let text = await status(BANGUNHARJO);
    expect(text).toContain(`Tingkat: ${LEVELS.tumbuh}`);
    expect(text).toContain(`⚠️ turun ke ${LEVELS.belum_ada} pada 31 Maret 2027 jika sampai saat itu belum:`);
    // …with what would prevent it.
    expect(text).toMatch(/⚠️ turun ke[^\n]*\n• /);
    expect(text).toContain('belum berkegiatan');

    const warning = `akan turun ke ${LEVELS.belum_ada} pada 31 Maret 2027`;
    const count = (texts: readonly string[]) => texts.filter((message) => message.includes(warning)).length;
    expect(count(await inbox('tksk'))).toBe(1);
    for (const user of leaders) expect(count(await inbox(user)), user).toBe(1);

    // A second recompute the same day, and another a week later: no second warning.
    expect(await status(BANGUNHARJO)).toContain('31 Maret 2027');
    clock.advance(7 * DAY);
    expect(await status(BANGUNHARJO)).toContain(`⚠️ turun ke ${LEVELS.belum_ada} pada 31 Maret 2027`);
    expect(count(await inbox('tksk'))).toBe(0);
    for (const user of leaders) expect(await inbox(user), user).toEqual([]);

    // The day before it is due, still held.
    clock.advance(22 * DAY);
    expect(await status(BANGUNHARJO)).toContain(`Tingkat: ${LEVELS.tumbuh}`);
    // On the date named, the level drops, and the officer hears it as a level change.
    clock.advance(DAY);
    text = await status(BANGUNHARJO);
    expect(text).toContain(`Tingkat: ${LEVELS.belum_ada}`);
    expect(text).not.toContain('⚠️');
    const alerts = await inbox('tksk');
    expect(alerts.filter((message) => message.includes(`turun: ${LEVELS.tumbuh} → ${LEVELS.belum_ada}`))).toHaveLength(1);
    expect(count(alerts)).toBe(0);
    const history = await bot.bot.database.prisma.areaLevelHistory.findMany({ where: { villageCode: BANGUNHARJO.code, rw: 0 }, orderBy: { at: 'asc' } });
    expect(history.map((row) => row.level)).toEqual(['belum_ada', 'rintisan', 'tumbuh', 'belum_ada']);
  });
});
