/**
 * POST /api/groups/{id}/merge on a real database: a group registered twice is merged into
 * the one that stays. Its leaders, activities and ties move (the stronger of two where both
 * groups had one), the staying group takes the ketua, year and meetings it lacked, the
 * duplicate is gone, the desa counts one group less, the leaders are told and the merge is
 * audited; and every refusal (same group, another desa, a group that no longer counts, one's
 * own group, outside an officer's areas, a bad body) leaves both groups as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import {
  ADMIN_TOKEN,
  CATURTUNGGAL,
  createActivity,
  createGroup,
  createOfficer,
  createPerson,
  DAY,
  NOW,
  openApiHarness,
  PANGGUNGHARJO,
  TIMBULHARJO,
  tokenFor,
  type ApiHarness,
} from './api-fixture.js';

describeEachDatabase('merging a group registered twice', (kind) => {
  let api: ApiHarness;
  let officer: { personId: string; officerId: string };
  let officerToken: string;
  let lia: string;
  let budi: string;

  const admin = (options: Parameters<ApiHarness['call']>[1]) => api.call(ADMIN_TOKEN, options);
  const merge = (token: string, fromId: string, body: unknown) => api.call(token, { method: 'POST', url: `/api/groups/${fromId}/merge`, payload: body as Record<string, unknown> });
  const group = (name: string, leaderId: string, options: { villageCode?: string; verification?: 'pending' | 'verified' | 'rejected'; active?: boolean } = {}) =>
    createGroup(api.db, { villageCode: options.villageCode ?? PANGGUNGHARJO, name, type: 'pkk', leaderId, ...options });
  const exists = async (id: string) => (await api.db.prisma.group.count({ where: { id } })) === 1;

  beforeAll(async () => {
    api = await openApiHarness(kind);
    officer = await createOfficer(api.db, 'Tari', 'tksk', ['34.02.15']);
    officerToken = (await tokenFor(api.db, officer.personId)).token;
    lia = await createPerson(api.db, 'Lia', '+6281234567890');
    budi = await createPerson(api.db, 'Budi', '+6281298765432');
  });
  afterAll(() => api?.close());

  describe('the merge', () => {
    let stays: string;
    let duplicate: string;
    let partner: string;
    let other: string;
    let jointWithPartner: string;
    let withItself: string;
    let activeBefore: number;

    beforeAll(async () => {
      stays = await group('PKK Dusun Glugo', lia, { verification: 'verified' });
      duplicate = await group('PKK Glugo', budi);
      partner = await group('Karang Taruna Bina Putra', lia);
      other = await group('Posyandu Mawar', lia);
      // The staying group lacks its year and meetings; the duplicate has them.
      await api.db.prisma.group.update({ where: { id: duplicate }, data: { foundedYear: 2019, meetingSchedule: 'Tiap Kamis Legi' } });
      jointWithPartner = await createActivity(api.db, { villageCode: PANGGUNGHARJO, date: '2026-11-10', groupIds: [duplicate, partner] });
      // Logged by one leader with the other row as "partner": the group with itself.
      withItself = await createActivity(api.db, { villageCode: PANGGUNGHARJO, date: '2026-11-11', groupIds: [duplicate, stays] });
      const at = new Date(NOW.getTime() - 2 * DAY);
      await api.db.prisma.groupRelation.createMany({
        data: [
          { groupAId: duplicate, groupBId: partner, kind: 'shared_meetings', status: 'confirmed', confirmedAt: at },
          { groupAId: partner, groupBId: stays, kind: 'shared_meetings', status: 'pending' },
          { groupAId: duplicate, groupBId: other, kind: 'shared_fund', status: 'pending' },
          { groupAId: duplicate, groupBId: stays, kind: 'shared_members', status: 'confirmed', confirmedAt: at },
        ],
      });
      activeBefore = (await admin({ method: 'GET', url: `/api/areas/${PANGGUNGHARJO}/status` })).json().criteria.c1.activeGroups;
    });

    it('moves leaders, activities and ties to the group that stays and deletes the duplicate', async () => {
      const response = await merge(officerToken, duplicate, { into: stays });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ id: stays, mergedId: duplicate, moved: { leaders: 1, activities: 1, relations: 1 } });
      expect(await exists(duplicate)).toBe(false);

      // Budi led the duplicate: a co-leader of the staying group now (Lia stays its ketua).
      const leaders = await api.db.prisma.groupLeader.findMany({ where: { groupId: stays }, select: { personId: true, role: true, status: true } });
      expect(leaders).toEqual(
        expect.arrayContaining([
          { personId: lia, role: 'leader', status: 'active' },
          { personId: budi, role: 'coleader', status: 'active' },
        ]),
      );
      expect(leaders).toHaveLength(2);

      const staying = await api.db.prisma.group.findUniqueOrThrow({ where: { id: stays } });
      expect(staying).toMatchObject({ name: 'PKK Dusun Glugo', verification: 'verified', foundedYear: 2019, meetingSchedule: 'Tiap Kamis Legi', ketuaName: 'Lia' });

      const participants = async (activityId: string) =>
        (await api.db.prisma.activityParticipant.findMany({ where: { activityId }, select: { groupId: true, status: true } })).map((p) => p.groupId).sort();
      expect(await participants(jointWithPartner)).toEqual([stays, partner].sort());
      expect(await participants(withItself)).toEqual([stays]);
      // The joint activity's reporting group is the staying group now (it took the duplicate's confirmation).
      const activity = (await admin({ method: 'GET', url: `/api/activities/${jointWithPartner}` })).json();
      expect(activity.reportingGroup).toEqual({ id: stays, name: 'PKK Dusun Glugo' });

      const relations = await api.db.prisma.groupRelation.findMany({ select: { groupAId: true, groupBId: true, kind: true, status: true } });
      expect(relations).toEqual(
        expect.arrayContaining([
          // Both had a tie of this kind to the partner: the confirmed one's status is kept, once.
          { groupAId: partner, groupBId: stays, kind: 'shared_meetings', status: 'confirmed' },
          { groupAId: stays, groupBId: other, kind: 'shared_fund', status: 'pending' },
        ]),
      );
      expect(relations).toHaveLength(2);
    });

    it('counts the group once in the desa, tells the leaders and audits the merge', async () => {
      const status = (await admin({ method: 'GET', url: `/api/areas/${PANGGUNGHARJO}/status` })).json();
      expect(status.criteria.c1.activeGroups).toBe(activeBefore - 1);

      const notices = await api.db.prisma.alert.findMany({ where: { kind: 'leader.merged' }, select: { personId: true, payload: true } });
      expect(notices.map((notice) => notice.personId).sort()).toEqual([lia, budi].sort());
      const payload = JSON.stringify(notices[0]!.payload);
      expect(payload).toContain('officers:notice.merged');
      expect(payload).toContain('PKK Glugo');
      expect(payload).toContain('officers:notice.mergedByNamed');

      const audit = await api.db.prisma.auditLog.findMany({ where: { action: 'group.merge' } });
      expect(audit).toEqual([
        expect.objectContaining({
          actorKind: 'officer',
          actorId: officer.personId,
          targetType: 'group',
          targetId: stays,
          via: 'api',
          details: expect.objectContaining({ fromId: duplicate, fromName: 'PKK Glugo', activities: 1, relations: 1, leaders: 1 }),
        }),
      ]);
      expect((await admin({ method: 'GET', url: `/api/groups/${duplicate}` })).statusCode).toBe(404);
    });
  });

  describe('refusals, each leaving both groups as they were', () => {
    let a: string;
    let b: string;

    beforeAll(async () => {
      a = await group('Arisan Melati', budi);
      b = await group('Arisan Melati RT 3', budi);
    });

    const untouched = async () => {
      expect(await exists(a)).toBe(true);
      expect(await exists(b)).toBe(true);
      expect(await api.db.prisma.auditLog.count({ where: { action: 'group.merge', targetId: { in: [a, b] } } })).toBe(0);
    };

    it('answers 400 for the same group twice and for a bad body, naming the field', async () => {
      const same = await merge(ADMIN_TOKEN, a, { into: a });
      expect(same.statusCode).toBe(400);
      expect(same.json().message).toBe('Invalid request body. into: must be another group than the one merged (the group of the path)');
      for (const body of [{}, { into: 'abc' }, { into: b, reason: 'dobel' }]) {
        const response = await merge(ADMIN_TOKEN, a, body);
        expect(response.statusCode).toBe(400);
      }
      await untouched();
    });

    it('answers 404 for an unknown group, naming "into" when it is the one not found', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await merge(ADMIN_TOKEN, unknown, { into: a })).statusCode).toBe(404);
      const into = await merge(ADMIN_TOKEN, a, { into: unknown });
      expect(into.statusCode).toBe(404);
      expect(into.json().message).toContain('(into)');
      // A missing group "merged into itself" is a missing group first, as every missing record is (it was 400 "must be another group").
      const itself = await merge(ADMIN_TOKEN, unknown, { into: unknown });
      expect(itself.statusCode).toBe(404);
      expect(itself.json()).toEqual({ error: 'not_found', message: 'No group with this id.' });
      await untouched();
    });

    it('answers 409 for groups of two desa and for a staying group that was rejected or ended', async () => {
      const elsewhere = await group('Arisan Melati', budi, { villageCode: TIMBULHARJO });
      const otherDesa = await merge(ADMIN_TOKEN, a, { into: elsewhere });
      expect(otherDesa.statusCode).toBe(409);
      expect(otherDesa.json().message).toContain('different desa');
      const rejected = await group('Arisan Melati Lama', budi, { verification: 'rejected' });
      expect((await merge(ADMIN_TOKEN, a, { into: rejected })).json()).toMatchObject({ error: 'conflict', message: expect.stringContaining('rejected') });
      const ended = await group('Arisan Melati Bubar', budi, { active: false });
      expect((await merge(ADMIN_TOKEN, a, { into: ended })).statusCode).toBe(409);
      await untouched();
    });

    it('keeps officers to their areas and out of groups they lead', async () => {
      const depok = await createOfficer(api.db, 'Pras', 'psm', ['34.04.07']);
      const depokToken = (await tokenFor(api.db, depok.personId)).token;
      expect((await merge(depokToken, a, { into: b })).statusCode).toBe(404);
      // Nor does a group outside their areas show itself by a 400 for "into itself".
      expect((await merge(depokToken, a, { into: a })).statusCode).toBe(404);
      const depokGroup = await group('Arisan Depok', lia, { villageCode: CATURTUNGGAL });
      // Inside the officer's own area, but the group to stay is not theirs to see.
      expect((await merge(depokToken, depokGroup, { into: a })).json().message).toContain('(into)');

      const own = await group('Arisan Tari', officer.personId);
      const response = await merge(officerToken, own, { into: a });
      expect(response.statusCode).toBe(403);
      expect(await exists(own)).toBe(true);
      await untouched();
    });
  });
});
