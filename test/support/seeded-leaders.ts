/**
 * Leaders seeded for a web chat test: people who opened the chat and agreed to the notice,
 * and groups of theirs written through the repository (no registration chat), for tests that
 * start where groups and activities already exist.
 */
import type { NewGroup } from '../../src/domain/model/groups.js';
import type { TestBot } from './bot.js';
import { seedConsent } from './seed-consent.js';

/** Each of `names` says "halo" in the web chat and has agreed to the notice; their person ids by name. */
export async function chattingLeaders<N extends string>(bot: TestBot, names: readonly N[], now: Date): Promise<Record<N, string>> {
  const ids = {} as Record<N, string>;
  for (const name of names) {
    await bot.send(name, 'halo');
    ids[name] = (await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId(name) } })).personId;
  }
  await seedConsent(bot.bot.database.prisma, Object.values<string>(ids), now);
  return ids;
}

/** A group of `type` called `name` in the desa `villageCode` (RW 4, 20 members, ketua Bu Ketua). */
export function seededGroup(type: NewGroup['type'], name: string, villageCode: string): NewGroup {
  return {
    type, typeOther: null, name, villageCode, unit: { rw: 4, rt: 0, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ketua', ketuaPhone: '+6281200000001',
  };
}
