/**
 * Merging two people through a link code: identities, memberships, pending alerts and
 * contact details move to the person who made the code; the other person is removed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAccountLinks } from '../../../src/storage/accounts/account-links.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { PONCOSARI, insertTestRegions } from '../../support/region-rows.js';

const NOW = new Date('2026-11-20T03:00:00Z');

describeEachDatabase('account links', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await insertTestRegions(db.prisma);
  });
  afterAll(async () => db?.close());

  async function group(name: string, rt: number) {
    const area = await db.prisma.area.create({ data: { villageCode: PONCOSARI, rw: 1, rt } });
    return db.prisma.group.create({
      data: { name, nameNorm: name.toLowerCase(), type: 'pkk', areaId: area.id, villageCode: PONCOSARI, memberCount: 10 },
    });
  }

  it('moves everything of the redeeming person onto the code\'s person', async () => {
    const keeper = await db.prisma.person.create({ data: { displayName: 'Sri', locale: 'en' } });
    const leaver = await db.prisma.person.create({ data: { displayName: null, phoneE164: '+628121112222' } });
    await db.prisma.channelIdentity.create({ data: { channel: 'telegram', externalId: 'tg-1', personId: leaver.id } });
    const shared = await group('PKK Shared', 1);
    const own = await group('PKK Own', 2);
    await db.prisma.groupLeader.createMany({
      data: [
        { groupId: shared.id, personId: keeper.id, role: 'leader' },
        { groupId: shared.id, personId: leaver.id, role: 'coleader' },
        { groupId: own.id, personId: leaver.id, role: 'leader' },
      ],
    });
    await db.prisma.alert.create({ data: { personId: leaver.id, kind: 'leader.notice', payload: {}, dedupeKey: `k-${kind}` } });
    // A tie the leaver declared and confirmed themself (leading both groups).
    const tie = await db.prisma.groupRelation.create({
      data: { groupAId: own.id, groupBId: shared.id, kind: 'shared_fund', status: 'confirmed', declaredById: leaver.id, confirmedById: leaver.id },
    });

    // An activity whose part the leaver confirmed, with the photo they sent as evidence.
    const activity = await db.prisma.activity.create({
      data: { date: new Date('2026-11-18'), category: 'kerja_bakti', description: 'Kerja bakti', villageCode: PONCOSARI, reporterId: leaver.id },
    });
    await db.prisma.activityParticipant.create({ data: { activityId: activity.id, groupId: own.id, status: 'confirmed', confirmedAt: NOW, confirmedById: leaver.id } });
    const photo = await db.prisma.activityPhoto.create({
      data: { activityId: activity.id, senderId: leaver.id, mime: 'image/jpeg', width: 1, height: 1, byteSize: 3, data: Buffer.from([1, 2, 3]) },
    });

    const token = await db.prisma.apiToken.create({ data: { tokenHash: `hash-${kind}-${Date.now()}`, personId: leaver.id, label: 'exports' } });

    const result = await db.prisma.$transaction(async (tx) => {
      const links = createAccountLinks(tx);
      expect(await links.createCode(keeper.id, 'ABCDEFGH', new Date(NOW.getTime() + 60_000), NOW)).toBe(true);
      expect(await links.createCode(keeper.id, 'ABCDEFGH', new Date(NOW.getTime() + 60_000), NOW)).toBe(false);
      return links.redeem('ABCDEFGH', leaver.id, NOW);
    });
    expect(result).toEqual({ kind: 'linked' });

    expect(await db.prisma.person.findUnique({ where: { id: leaver.id } })).toBeNull();
    expect(await db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: 'tg-1' } })).toMatchObject({ personId: keeper.id });
    const memberships = await db.prisma.groupLeader.findMany({ where: { personId: keeper.id }, orderBy: { role: 'asc' } });
    expect(memberships.map((row) => [row.groupId, row.role])).toEqual(
      expect.arrayContaining([
        [shared.id, 'leader'],
        [own.id, 'leader'],
      ]),
    );
    expect(memberships).toHaveLength(2);
    expect(await db.prisma.alert.findUniqueOrThrow({ where: { dedupeKey: `k-${kind}` } })).toMatchObject({ personId: keeper.id });
    // Still the declarer's own confirmation, not a confirmer lost with the person removed.
    expect(await db.prisma.groupRelation.findUniqueOrThrow({ where: { id: tie.id } })).toMatchObject({ declaredById: keeper.id, confirmedById: keeper.id });
    // The activity keeps its confirmer and its photo (the photo was deleted with the leaver).
    expect(await db.prisma.activityParticipant.findUniqueOrThrow({ where: { activityId_groupId: { activityId: activity.id, groupId: own.id } } })).toMatchObject({ confirmedById: keeper.id });
    expect(await db.prisma.activityPhoto.findUnique({ where: { id: photo.id } })).toMatchObject({ senderId: keeper.id });
    expect(await db.prisma.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ reporterId: keeper.id });
    expect(await db.prisma.apiToken.findUnique({ where: { id: token.id } })).toMatchObject({ personId: keeper.id, revokedAt: null });
    expect(await db.prisma.person.findUniqueOrThrow({ where: { id: keeper.id } })).toMatchObject({
      displayName: 'Sri',
      phoneE164: '+628121112222',
      locale: 'en',
    });

    // Used once only.
    const again = await db.prisma.$transaction((tx) => createAccountLinks(tx).redeem('ABCDEFGH', keeper.id, NOW));
    expect(again).toEqual({ kind: 'invalid' });
  });
});
