/**
 * "is sidomulyo registered?", "sidomulyo sudah terdaftar?", "sidomulyo udah masuk wksbm
 * belum": the name may be a desa's or a group's. Both are looked up: the desa's status when
 * it names a desa, the group's registration when it names a group, the choice when both, the
 * FAQ's how-to-register when neither (before, the first two always got the FAQ's answer).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewGroup } from '../../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { allText, buttonIds, manualClock } from '../../support/bot.js';
import { createGroup } from '../../support/create-group.js';
import { statementsOf, unitOfWork } from '../../support/pg-statements.js';
import { seedConsent } from '../../support/seed-consent.js';
import { useTestBot } from '../../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';
const HOW_TO_REGISTER = 'Mendaftarkan kelompok lewat bot ini';
/** The same answer in English: an English question frame makes the reply English (language/english-frame.ts). */
const HOW_TO_REGISTER_EN = 'Registering a group with this bot';
/** What a question asks in: English when it is framed in English, though the name is Indonesian. */
const english = (typed: string) => /^is /.test(typed);
/** The region search's statement (storage/regions/region-directory.ts). */
const SEARCH = /WITH reading AS/;
/** The groups of a name in every desa (storage/groups/group-sql.ts groupViewsNamed). */
const NAMED = /WHERE g."nameNorm" = \$1 AND g."active"/;

describe('a name asked as registered, looked up as a desa and as a group [postgres]', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot('postgres', { clock });

  beforeAll(async () => {
    await bot.send('ketua', 'halo');
    const leader = (await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId('ketua') } })).personId;
    await seedConsent(bot.bot.database.prisma, [leader], clock());
    const group = (name: string): NewGroup => ({
      type: 'arisan', typeOther: null, name, villageCode: PANGGUNGHARJO, unit: { rw: 3, rt: 0, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ketua', ketuaPhone: '+6281200000001',
    });
    await createAppTransactionRunner(bot.bot.database.prisma, clock).transaction(async (tx) => {
      // "Mulyodadi" is a desa's name (Kec. Bambanglipuro) and this group's; "Arisan Dahlia" is a group's only.
      await createGroup(tx.groups, group('Mulyodadi'), 'mulyodadi', leader, clock());
      await createGroup(tx.groups, group('Arisan Dahlia'), 'arisan dahlia', leader, clock());
    });
  });

  it.each(['is sidomulyo registered?', 'sidomulyo sudah terdaftar?', 'apakah sidomulyo udah terdaftar belum min'])('checks the desa for "%s" when only a desa is called so', async (typed) => {
    const replies = await bot.send(`desa-${typed}`, typed);
    expect(allText(replies)).toContain('Sidomulyo — Kec. Bambanglipuro');
    expect(allText(replies)).not.toContain(HOW_TO_REGISTER);
  });

  it.each(['is arisan dahlia registered?', 'arisan dahlia sudah terdaftar?', 'arisan dahlia udah masuk wksbm belum'])('answers the group\'s registration for "%s"', async (typed) => {
    const reply = allText(await bot.send(`group-${typed}`, typed));
    expect(reply).toMatch(/“Arisan Dahlia” \(Desa Panggungharjo, (Kec\. Sewon|Sewon district)\)/);
    expect(reply).not.toContain(HOW_TO_REGISTER);
  });

  it('answers in English to someone who chose English', async () => {
    await bot.send('english', 'english');
    expect(allText(await bot.send('english', 'is arisan dahlia registered?'))).toContain('is registered with this bot and awaiting an officer\'s verification');
  });

  it.each(['is mulyodadi registered?', 'mulyodadi sudah terdaftar?', 'mulyodadi udah masuk wksbm belum'])('asks which is meant for "%s", a desa\'s and a group\'s name', async (typed) => {
    const user = `both-${typed}`;
    const choice = await bot.send(user, typed);
    expect(allText(choice)).toContain('Mulyodadi');
    expect(buttonIds(choice)).toContain('named:group');
    expect(allText(await bot.send(user, { button: 'named:group' }))).toContain(
      english(typed) ? 'The group “Mulyodadi” (Desa Panggungharjo, Sewon district) is registered' : 'Kelompok “Mulyodadi” (Desa Panggungharjo, Kec. Sewon) sudah terdaftar',
    );
    const desa = buttonIds(choice).find((id) => id.startsWith('intent:status:'))!;
    expect(allText(await bot.send(user, { button: desa }))).toContain('Desa Mulyodadi, Kec. Bambanglipuro');
  });

  it.each(['is melati registered?', 'melati sudah terdaftar?'])('answers how to register for "%s", neither a desa nor a group', async (typed) => {
    expect(allText(await bot.send(`none-${typed}`, typed))).toContain(english(typed) ? HOW_TO_REGISTER_EN : HOW_TO_REGISTER);
  });

  it.each(['sudah terdaftar belum?', 'is my group registered?', 'kelompok saya sudah terdaftar?'])('leaves "%s" (no name) as it was read', async (typed) => {
    expect(allText(await bot.send(`own-${typed}`, typed))).not.toContain('sudah terdaftar di bot ini');
  });

  /** The replies to `text` from `user`, and how many region searches and group-name lookups its unit of work sent. */
  async function counted(user: string, text: string) {
    const { value, sent } = await statementsOf(() => bot.send(user, text));
    const statements = unitOfWork(sent);
    const count = (pattern: RegExp) => statements.filter((statement) => pattern.test(statement)).length;
    return { replies: value, searches: count(SEARCH), named: count(NAMED), all: statements.join('\n---\n') };
  }

  it.each(['status panggungharjo', 'panggungharjo udah masuk wksbm belum'])('looks "%s" up as a group first, and searches the desa once, in the status check, when no group is called so', async (typed) => {
    const user = `status-${typed}`;
    await bot.send(user, 'halo');
    const asked = await counted(user, typed);
    expect(allText(asked.replies)).toContain('Desa Panggungharjo, Kec. Sewon');
    expect(buttonIds(asked.replies)).toContain('village-exact:yes');
    expect(asked.named, asked.all).toBe(1);
    // The status check's picker; the menu searched it too before, to decide what the status check decides anyway.
    expect(asked.searches, asked.all).toBe(1);
  });

  it('searches the desa too when a group is called so, to tell whether the name is both', async () => {
    await bot.send('status-both', 'halo');
    const asked = await counted('status-both', 'status mulyodadi');
    expect(buttonIds(asked.replies)).toContain('named:group');
    expect([asked.named, asked.searches], asked.all).toEqual([1, 1]);
    await bot.send('status-group', 'halo');
    const group = await counted('status-group', 'status arisan dahlia');
    expect(allText(group.replies)).toContain('Kelompok “Arisan Dahlia” (Desa Panggungharjo, Kec. Sewon) sudah terdaftar');
    expect([group.named, group.searches], group.all).toEqual([1, 1]);
  });
});
