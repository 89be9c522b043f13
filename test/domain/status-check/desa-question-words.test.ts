/**
 * Words typed at the status check's desa question that name no desa: "terus?", "gimana?",
 * "hmm" (searched, they listed Teru, Terusan, Pagimana…) and "kalau di desa saya?", "desa
 * sendiri" (answered "Sepertinya itu pertanyaan…", or searched as "Desay", "Sendir").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewGroup } from '../../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { allText, buttonIds, manualClock } from '../../support/bot.js';
import { createGroup } from '../../support/create-group.js';
import { seedConsent } from '../../support/seed-consent.js';
import { useTestBot } from '../../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';
const TIMBULHARJO = '34.02.15.2002';

describe('words at the status check\'s desa question that name no desa [postgres]', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot('postgres', { clock });

  async function personOf(user: string): Promise<string> {
    await bot.send(user, 'halo');
    return (await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId(user) } })).personId;
  }

  beforeAll(async () => {
    const leader = await personOf('lurah');
    const both = await personOf('dua');
    await seedConsent(bot.bot.database.prisma, [leader, both], clock());
    const group = (name: string, villageCode: string): NewGroup => ({
      type: 'arisan', typeOther: null, name, villageCode, unit: { rw: 4, rt: 0, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ketua', ketuaPhone: '+6281200000001',
    });
    await createAppTransactionRunner(bot.bot.database.prisma, clock).transaction(async (tx) => {
      await createGroup(tx.groups, group('Arisan Dahlia', PANGGUNGHARJO), 'arisan dahlia', leader, clock());
      // "dua" leads groups in two desa: which one is asked, with both as buttons.
      await createGroup(tx.groups, group('Arisan Melati', PANGGUNGHARJO), 'arisan melati', both, clock());
      await createGroup(tx.groups, group('Arisan Mawar', TIMBULHARJO), 'arisan mawar', both, clock());
    });
  });

  it.each(['terus?', 'gimana?', 'trus', 'lalu?', 'hmm', 'terus gimana dong min'])('answers "%s" with what to do there, not a search', async (typed) => {
    const user = `tanya-${typed}`;
    await bot.send(user, 'menu');
    expect(allText(await bot.send(user, 'cek status'))).toContain('Desa/kelurahan mana yang ingin dicek?');
    const reply = allText(await bot.send(user, typed));
    expect(reply).toContain('tinggal ketik nama desa/kelurahan');
    expect(reply).toContain('Sidomulyo Bambanglipuro');
    expect(reply).not.toContain('Hasil pencarian');
    expect(reply).not.toContain('bukan nama desa');
    // Still at the question: a desa typed next is checked.
    expect(buttonIds(await bot.send(user, 'panggungharjo'))).toContain('village-exact:yes');
  });

  // Every word for one's place of the lexicon: Javanese "desane aku", Sundanese "desana abdi", "kalurahan kami" (were searched).
  it.each(['kalau di desa saya?', 'desa saya', 'desa sendiri', 'desane aku', 'kalurahan kami'])('checks a leader\'s own desa for "%s"', async (typed) => {
    await bot.send('lurah', 'menu');
    await bot.send('lurah', 'cek status');
    const shown = allText(await bot.send('lurah', typed));
    expect(shown).toContain('Status WKSBM Panggungharjo');
    expect(shown).not.toContain('bukan nama desa');
  });

  it('checks the desa checked last for someone leading no group, and asks kindly when none is known', async () => {
    await bot.send('warga', 'menu');
    await bot.send('warga', 'cek status');
    const unknown = allText(await bot.send('warga', 'kalau di desa saya?'));
    expect(unknown).toContain('Saya belum tahu desa Anda');
    expect(unknown).not.toContain('Hasil pencarian');
    expect(buttonIds(await bot.send('warga', 'panggungharjo'))).toContain('village-exact:yes');
    await bot.send('warga', { button: 'village-exact:yes' });
    expect(allText(await bot.send('warga', { button: 'rw:whole' }))).toContain('Status WKSBM Panggungharjo');
    await bot.send('warga', 'menu');
    await bot.send('warga', 'cek status');
    expect(allText(await bot.send('warga', 'desa sendiri'))).toContain('Status WKSBM Panggungharjo');
  });

  it('asks which desa, with their buttons, of a leader in two desa', async () => {
    await bot.send('dua', 'menu');
    await bot.send('dua', 'cek status');
    const which = await bot.send('dua', 'kalau di desa saya?');
    expect(allText(which)).toContain('Desa Anda yang mana?');
    expect(buttonIds(which)).toEqual(expect.arrayContaining([`village:${PANGGUNGHARJO}`, `village:${TIMBULHARJO}`]));
    await bot.send('dua', { button: `village:${TIMBULHARJO}` });
    expect(allText(await bot.send('dua', { button: 'rw:whole' }))).toContain('Status WKSBM Timbulharjo');
  });
});
