/**
 * Erasure's sweep of typed text touches each row once, on a real PostgreSQL: a row of the
 * erased person's own that holds both their name and their number is rewritten by one
 * statement, not once for the number and again for the name. PostgreSQL's own count of the
 * transaction's row updates (pg_stat_xact_user_tables) tells; the texts come out as before.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PrismaTx } from '../../../src/storage/transaction-runner.js';
import { scrubPersonalText } from '../../../src/storage/privacy/scrub-personal-text.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { PONCOSARI, insertTestRegions } from '../../support/region-rows.js';

describeEachDatabase('erasure sweeps typed text once', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await insertTestRegions(db.prisma);
  });
  afterAll(async () => db?.close());

  /** Row updates this transaction made to the table, as PostgreSQL counts them. */
  async function updatesOf(tx: PrismaTx, table: string): Promise<number> {
    const [row] = await tx.$queryRaw<Array<{ updates: number }>>`
      SELECT n_tup_upd::int AS "updates" FROM pg_stat_xact_user_tables WHERE relname = ${table}`;
    return row?.updates ?? 0;
  }

  it('rewrites a row holding the name and the number in one update, with the texts as before', async () => {
    const sri = await db.prisma.person.create({ data: { displayName: 'Sri', phoneE164: '+628191110000' } });
    const wulan = await db.prisma.person.create({ data: { displayName: 'Wulan', phoneE164: '+628191112222' } });
    const activity = (reporterId: string, description: string) =>
      db.prisma.activity.create({ data: { date: new Date('2026-11-10'), category: 'kerja_bakti', description, villageCode: PONCOSARI, reporterId } });
    const both = await activity(sri.id, 'Arisan dipimpin Sri, hubungi 0819-1110-000');
    const nameOnly = await activity(sri.id, 'Arisan di rumah Sri');
    const numberOnly = await activity(sri.id, 'Hubungi +62 819 1110 000');
    const othersNumber = await activity(wulan.id, 'Tanya Sri di 628191110000');
    const othersName = await activity(wulan.id, 'Notulen Sri');
    const untouched = await activity(sri.id, 'Kerja bakti RT 03');

    const { changed, updates } = await db.prisma.$transaction(async (tx) => {
      const changed = await scrubPersonalText(tx, sri.id, { name: sri.displayName, phoneE164: sri.phoneE164 });
      return { changed, updates: await updatesOf(tx, 'Activity') };
    });

    // Four rows hold something of hers: each is updated once, and counted once.
    expect(updates).toBe(4);
    expect(changed).toBe(4);
    const description = async (id: string) => (await db.prisma.activity.findUniqueOrThrow({ where: { id } })).description;
    expect(await description(both.id)).toBe('Arisan dipimpin –, hubungi –');
    expect(await description(nameOnly.id)).toBe('Arisan di rumah –');
    expect(await description(numberOnly.id)).toBe('Hubungi –');
    expect(await description(othersNumber.id)).toBe('Tanya Sri di –');
    expect(await description(othersName.id)).toBe('Notulen Sri');
    expect(await description(untouched.id)).toBe('Kerja bakti RT 03');
  });
});
