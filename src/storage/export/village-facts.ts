/**
 * The status facts of many desa at once, for the areas export: the same facts
 * src/storage/status/status-repository.ts loads for one desa (whole desa, rw = 0), in four
 * queries per batch of desa instead of four per desa. test/http/export checks that both
 * give the same facts, so the two cannot drift apart unnoticed.
 */
import type { ActivityFact, AreaFacts, GroupFact, RelationFact } from '../../domain/status/ports.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** Facts per desa code; every code asked for is in the map (empty facts when nothing is known). */
export async function loadVillageFacts(
  prisma: PrismaClient,
  villageCodes: readonly string[],
  since: Date,
): Promise<Map<string, AreaFacts>> {
  const codes = [...new Set(villageCodes)];
  const [aktifRows, groupRows] = await Promise.all([
    prisma.areaLevelHistory.findMany({
      where: { villageCode: { in: codes }, rw: 0, level: 'aktif' },
      distinct: ['villageCode'],
      select: { villageCode: true },
    }),
    // Rejected groups never count; deactivated ones are kept (their past activities count).
    prisma.group.findMany({
      where: { villageCode: { in: codes }, verification: { not: 'rejected' } },
      select: { id: true, villageCode: true, type: true, typeOther: true, active: true, createdAt: true, verification: true },
    }),
  ]);
  const everAktif = new Set(aktifRows.map((row) => row.villageCode));
  const villageOf = new Map<string, string>();
  const groupsOf = new Map<string, GroupFact[]>();
  for (const row of groupRows) {
    villageOf.set(row.id, row.villageCode);
    const list = groupsOf.get(row.villageCode) ?? [];
    list.push({
      id: row.id,
      type: row.type,
      typeOther: row.typeOther,
      enabled: row.active,
      registeredAt: row.createdAt,
      verified: row.verification === 'verified',
    });
    groupsOf.set(row.villageCode, list);
  }

  const relationsOf = new Map<string, RelationFact[]>();
  const activitiesOf = new Map<string, ActivityFact[]>();
  const ids = [...villageOf.keys()];
  if (ids.length > 0) {
    const [relationRows, activityRows] = await Promise.all([
      prisma.groupRelation.findMany({
        where: { groupAId: { in: ids }, groupBId: { in: ids }, status: { in: ['pending', 'confirmed'] } },
        select: { groupAId: true, groupBId: true, status: true },
      }),
      prisma.activity.findMany({
        where: {
          date: { gte: since },
          verification: { not: 'rejected' },
          participants: { some: { groupId: { in: ids }, status: 'confirmed' } },
        },
        select: {
          id: true,
          date: true,
          verification: true,
          participants: { where: { groupId: { in: ids }, status: { in: ['pending', 'confirmed'] } }, select: { groupId: true, status: true } },
          beneficiaries: { where: { count: { gt: 0 } }, select: { pmksCode: true } },
        },
      }),
    ]);
    // A relation counts for a desa only when both of its groups belong to that desa, as
    // when the desa is loaded alone (its query asks for both ends among its own groups).
    for (const row of relationRows) {
      const village = villageOf.get(row.groupAId);
      if (village === undefined || villageOf.get(row.groupBId) !== village) continue;
      const list = relationsOf.get(village) ?? [];
      // No officer verification of their own: see status-repository.ts.
      list.push({ groupIds: [row.groupAId, row.groupBId], confirmed: row.status === 'confirmed', verified: true });
      relationsOf.set(village, list);
    }
    // An activity belongs to every desa with a confirmed participant, seeing only that
    // desa's participants, as a one-desa load would.
    for (const row of activityRows) {
      const byVillage = new Map<string, Array<{ groupId: string; status: string }>>();
      for (const participant of row.participants) {
        const village = villageOf.get(participant.groupId);
        if (village === undefined) continue;
        byVillage.set(village, [...(byVillage.get(village) ?? []), participant]);
      }
      for (const [village, participants] of byVillage) {
        const confirmedGroupIds = participants.filter((p) => p.status === 'confirmed').map((p) => p.groupId);
        if (confirmedGroupIds.length === 0) continue;
        const list = activitiesOf.get(village) ?? [];
        list.push({
          id: row.id,
          date: row.date,
          confirmedGroupIds,
          pendingGroupIds: participants.filter((p) => p.status === 'pending').map((p) => p.groupId),
          servesPmks: row.beneficiaries.length > 0,
          verified: row.verification === 'verified',
        });
        activitiesOf.set(village, list);
      }
    }
  }

  return new Map(
    codes.map((code) => [
      code,
      {
        groups: groupsOf.get(code) ?? [],
        relations: relationsOf.get(code) ?? [],
        activities: activitiesOf.get(code) ?? [],
        everAktif: everAktif.has(code),
      },
    ]),
  );
}
