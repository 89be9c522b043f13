/**
 * The privacy store on both databases: consent state, withdrawal (dropping unsent notices
 * but not officer alerts), the data report of one person only, and erasure in detail.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrivacyStore } from '../../../src/storage/privacy/privacy-store.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { PONCOSARI, insertTestRegions } from '../../support/region-rows.js';

const NOW = new Date('2026-11-20T03:00:00Z');

describeEachDatabase('privacy store', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await insertTestRegions(db.prisma);
  });
  afterAll(async () => db?.close());

  const store = <T>(fn: (privacy: ReturnType<typeof createPrivacyStore>) => Promise<T>) => db.prisma.$transaction((tx) => fn(createPrivacyStore(tx)));

  async function group(name: string) {
    const area = await db.prisma.area.upsert({
      where: { villageCode_rw_rt_dusun: { villageCode: PONCOSARI, rw: 1, rt: 1, dusun: '' } },
      create: { villageCode: PONCOSARI, rw: 1, rt: 1 },
      update: {},
    });
    return db.prisma.group.create({ data: { name, nameNorm: name.toLowerCase(), type: 'pkk', areaId: area.id, villageCode: PONCOSARI, memberCount: 10 } });
  }

  async function personWith(name: string, phone: string) {
    const person = await db.prisma.person.create({ data: { displayName: name, phoneE164: phone } });
    const web = await db.prisma.channelIdentity.create({ data: { channel: 'webchat', externalId: `web-${randomUUID()}`, personId: person.id } });
    const tg = await db.prisma.channelIdentity.create({ data: { channel: 'telegram', externalId: `${Math.floor(Math.random() * 1e9)}`, personId: person.id } });
    return { person, web, tg };
  }

  it('records, reads and withdraws consent; withdrawal drops unsent notices but not officer alerts', async () => {
    const { person, tg } = await personWith('Sri', '+628121110000');
    expect(await store((p) => p.consentState(person.id))).toEqual({ consents: [], anonymised: false });
    await store((p) => p.grantConsent(person.id, tg.id, 'v1', NOW));
    const state = await store((p) => p.consentState(person.id));
    expect(state.consents).toEqual([{ noticeVersion: 'v1', channel: 'telegram', grantedAt: NOW, withdrawnAt: null }]);
    expect((await db.prisma.consent.findFirstOrThrow({ where: { personId: person.id } })).externalId).toBe(tg.externalId);
    // An identity that does not exist is a bug: the statement fails (the NOT NULL channel) and nothing is recorded.
    await expect(store((p) => p.grantConsent(person.id, randomUUID(), 'v9', NOW))).rejects.toThrow(/channel/);
    expect(await db.prisma.consent.count({ where: { personId: person.id, noticeVersion: 'v9' } })).toBe(0);

    const officer = await db.prisma.officer.create({ data: { personId: person.id, kind: 'psm' } });
    await db.prisma.alert.createMany({
      data: [
        { personId: person.id, kind: 'leader.notice', payload: {}, dedupeKey: randomUUID() },
        { personId: person.id, kind: 'leader.notice', payload: {}, dedupeKey: randomUUID(), status: 'sent' },
        { personId: person.id, officerId: officer.id, kind: 'group.registered', payload: {}, dedupeKey: randomUUID() },
      ],
    });
    expect(await store((p) => p.withdrawConsent(person.id, NOW))).toBe(1);
    expect(await store((p) => p.withdrawConsent(person.id, NOW))).toBe(0);
    expect((await store((p) => p.consentState(person.id))).consents[0]!.withdrawnAt).toEqual(NOW);
    const left = await db.prisma.alert.findMany({ where: { personId: person.id }, orderBy: { kind: 'asc' } });
    expect(left.map((row) => [row.kind, row.status])).toEqual([
      ['group.registered', 'pending'],
      ['leader.notice', 'sent'],
    ]);
  });

  it('reads a group\'s active leaders with the consent state each one\'s own check reads, in leaderIds\' order', async () => {
    const leader = await personWith('Wati', '+628121110001');
    const coleader = await personWith('Joko', '+628121110002');
    const pending = await personWith('Rina', '+628121110003');
    const own = await group('PKK Wati');
    await db.prisma.groupLeader.createMany({
      data: [
        { groupId: own.id, personId: leader.person.id, role: 'leader', createdAt: new Date('2026-11-01T00:00:00Z') },
        { groupId: own.id, personId: coleader.person.id, role: 'coleader', createdAt: new Date('2026-11-02T00:00:00Z') },
        { groupId: own.id, personId: pending.person.id, role: 'coleader', status: 'pending' },
      ],
    });
    await store((p) => p.grantConsent(leader.person.id, leader.tg.id, 'v1', new Date('2026-11-01T00:00:00Z')));
    await store((p) => p.withdrawConsent(leader.person.id, new Date('2026-11-05T00:00:00Z')));
    await store((p) => p.grantConsent(leader.person.id, leader.web.id, 'v2', NOW));
    await db.prisma.person.update({ where: { id: coleader.person.id }, data: { anonymisedAt: NOW } });

    const read = await store((p) => p.leaderConsents([own.id]));
    expect(read.map((row) => row.personId)).toEqual([leader.person.id, coleader.person.id]);
    expect(read[0]!.consent.consents.map((consent) => consent.noticeVersion)).toEqual(['v2', 'v1']);
    for (const row of read) expect(row.consent).toEqual(await store((p) => p.consentState(row.personId)));
    expect(read[1]!.consent).toEqual({ consents: [], anonymised: true });
    expect(await store((p) => p.leaderConsents(['not-a-uuid']))).toEqual([]);
    expect(read.map((row) => row.groupId)).toEqual([own.id, own.id]);

    // Several groups: group by group in the order asked, a person leading two listed for each.
    const { id: second } = await group('PKK Kedua');
    await db.prisma.groupLeader.create({ data: { groupId: second, personId: coleader.person.id, role: 'leader' } });
    const both = await store((p) => p.leaderConsents([second, own.id]));
    expect(both.map((row) => [row.groupId, row.personId])).toEqual([
      [second, coleader.person.id],
      [own.id, leader.person.id],
      [own.id, coleader.person.id],
    ]);
  });

  it('reports one person\'s data and nobody else\'s', async () => {
    const { person, web } = await personWith('Budi', '+628131110000');
    const other = await personWith('Ani', '+628151110000');
    const own = await group('PKK Budi');
    const theirs = await group('PKK Ani');
    await db.prisma.groupLeader.createMany({
      data: [
        { groupId: own.id, personId: person.id, role: 'leader' },
        { groupId: theirs.id, personId: other.person.id, role: 'leader' },
        { groupId: theirs.id, personId: person.id, role: 'coleader', status: 'pending' },
      ],
    });
    const activity = await db.prisma.activity.create({
      data: { date: new Date('2026-11-10'), category: 'kerja_bakti', description: 'Kerja bakti', villageCode: PONCOSARI, reporterId: person.id },
    });
    await db.prisma.activityParticipant.create({ data: { activityId: activity.id, groupId: own.id, status: 'confirmed', confirmedAt: NOW } });
    await db.prisma.activity.create({ data: { date: new Date('2026-11-11'), category: 'jimpitan', description: 'x', villageCode: PONCOSARI, reporterId: other.person.id } });
    await db.prisma.groupRelation.create({ data: { groupAId: own.id, groupBId: theirs.id, kind: 'shared_fund', declaredById: person.id } });
    await db.prisma.consent.create({ data: { personId: person.id, noticeVersion: 'v1', channel: 'webchat', externalId: web.externalId, grantedAt: NOW } });
    await db.prisma.officer.create({ data: { personId: person.id, kind: 'tksk', areas: { create: [{ codePrefix: PONCOSARI.slice(0, 8) }] } } });
    await db.prisma.alert.create({ data: { personId: person.id, kind: 'leader.notice', payload: {}, dedupeKey: randomUUID() } });

    // Each group's ketua contact: the person's own group shows it; the group they only asked to co-lead does not.
    await db.prisma.group.update({ where: { id: own.id }, data: { ketuaName: 'Budi', ketuaPhone: '+628131110000' } });
    await db.prisma.group.update({ where: { id: theirs.id }, data: { ketuaName: 'Bu Ani', ketuaPhone: '+628151119999' } });

    const report = await store((p) => p.report(person.id, NOW));
    expect(report).toMatchObject({ displayName: 'Budi', phoneE164: '+628131110000', locale: 'id', activityCount: 1, relationCount: 1, pendingMessages: 1 });
    expect(report.identities.map((identity) => identity.channel).sort()).toEqual(['telegram', 'webchat']);
    expect(report.groups).toEqual([
      expect.objectContaining({ name: 'PKK Budi', role: 'leader', membership: 'active', groupActive: true, ketuaName: 'Budi', ketuaPhone: '+628131110000' }),
      expect.objectContaining({ name: 'PKK Ani', role: 'coleader', membership: 'pending', ketuaName: null, ketuaPhone: null }),
    ]);
    expect(report.latestActivities).toEqual([{ date: '2026-11-10', category: 'kerja_bakti', groupName: 'PKK Budi' }]);
    expect(report.relations).toEqual([{ groupA: 'PKK Budi', groupB: 'PKK Ani', kind: 'shared_fund', status: 'pending' }]);
    expect(report.consents).toHaveLength(1);
    expect(report.officer).toMatchObject({ kind: 'tksk', active: true, areas: [expect.objectContaining({ code: PONCOSARI.slice(0, 8) })] });
    expect(report.lastVillage).toBeNull();
    // The desa of the last status check and the officer's areas, named together, each in its place.
    await db.prisma.person.update({ where: { id: person.id }, data: { lastVillageCode: PONCOSARI } });
    const named = await store((p) => p.report(person.id, NOW));
    expect(named.lastVillage).toMatchObject({ code: PONCOSARI, level: 'village' });
    expect(named.officer?.areas.map((area) => area.code)).toEqual([PONCOSARI.slice(0, 8)]);
    // A code no longer in the region table names nothing, and the officer's areas stay theirs.
    await db.prisma.person.update({ where: { id: person.id }, data: { lastVillageCode: '99.99.99.9999' } });
    const unnamed = await store((p) => p.report(person.id, NOW));
    expect(unnamed.lastVillage).toBeNull();
    expect(unnamed.officer?.areas.map((area) => area.code)).toEqual([PONCOSARI.slice(0, 8)]);
    // The desa is also one of the officer's areas, and an area is no longer in the region table:
    // each is found by its code, not by its place among the names read.
    const { id: officerId } = await db.prisma.officer.findUniqueOrThrow({ where: { personId: person.id } });
    await db.prisma.officerArea.createMany({ data: [{ officerId, codePrefix: '00.00' }, { officerId, codePrefix: PONCOSARI }] });
    await db.prisma.person.update({ where: { id: person.id }, data: { lastVillageCode: PONCOSARI } });
    const shared = await store((p) => p.report(person.id, NOW));
    expect(shared.lastVillage).toMatchObject({ code: PONCOSARI, level: 'village', name: 'Poncosari' });
    expect(shared.officer?.areas.map((area) => [area.code, area.name])).toEqual([
      [PONCOSARI.slice(0, 8), 'Srandakan'],
      [PONCOSARI, 'Poncosari'],
    ]);
    await db.prisma.person.update({ where: { id: person.id }, data: { lastVillageCode: null } });
    expect(JSON.stringify(report)).not.toContain('+628151110000');
    expect(JSON.stringify(report)).not.toContain('+628151119999');
  });

  it('erases: each account goes to a new empty person, pending requests and unsent messages go, records stay', async () => {
    const { person, web, tg } = await personWith('Rahayu', '+628171110000');
    const kept = await group('PKK Rahayu');
    const asked = await group('PKK Lain');
    await db.prisma.groupLeader.createMany({
      data: [
        { groupId: kept.id, personId: person.id, role: 'leader' },
        { groupId: asked.id, personId: person.id, role: 'coleader', status: 'pending' },
      ],
    });
    await db.prisma.conversation.createMany({
      data: [
        { identityId: web.id, state: { v: 1, stack: [{ data: { leaderName: 'Rahayu' } }] }, lastActiveAt: NOW },
        { identityId: tg.id, state: { v: 1 }, lastActiveAt: NOW },
      ],
    });
    await db.prisma.webchatInbox.create({ data: { externalId: web.externalId, message: { text: 'hi' } } });
    await db.prisma.linkCode.create({ data: { code: `C${randomUUID().slice(0, 7)}`, personId: person.id, expiresAt: NOW } });
    await db.prisma.consent.create({ data: { personId: person.id, noticeVersion: 'v1', channel: 'webchat', externalId: web.externalId, grantedAt: NOW } });
    const sending = await db.prisma.alert.create({ data: { personId: person.id, kind: 'leader.notice', payload: {}, dedupeKey: randomUUID(), status: 'sending' } });
    await db.prisma.alert.create({ data: { personId: person.id, kind: 'leader.notice', payload: {}, dedupeKey: randomUUID() } });

    const result = await store((p) => p.erase(person.id, NOW));
    expect(result).toEqual({
      kind: 'erased',
      counts: { identitiesUnlinked: 2, membershipsKept: 1, requestsDropped: 1, alertsDeleted: 1, inboxDeleted: 1, tokensRevoked: 0, linkCodesDeleted: 1, officerDeactivated: false },
    });
    expect(await store((p) => p.erase(person.id, NOW))).toEqual({ kind: 'already' });

    expect(await db.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ displayName: null, phoneE164: null, anonymisedAt: NOW });
    const identities = await db.prisma.channelIdentity.findMany({ where: { id: { in: [web.id, tg.id] } }, include: { person: true } });
    expect(new Set(identities.map((identity) => identity.personId)).size).toBe(2);
    for (const identity of identities) {
      expect(identity.personId).not.toBe(person.id);
      expect(identity.person).toMatchObject({ displayName: null, phoneE164: null, anonymisedAt: null });
    }
    const states = await db.prisma.conversation.findMany({ where: { identityId: { in: [web.id, tg.id] } } });
    expect(states.map((row) => row.state)).toEqual([null, null]);
    expect(await db.prisma.groupLeader.findMany({ where: { personId: person.id } })).toEqual([expect.objectContaining({ groupId: kept.id, status: 'active' })]);
    expect(await db.prisma.webchatInbox.count({ where: { externalId: web.externalId } })).toBe(0);
    expect(await db.prisma.linkCode.count({ where: { personId: person.id } })).toBe(0);
    expect(await db.prisma.alert.findMany({ where: { personId: person.id }, select: { id: true } })).toEqual([{ id: sending.id }]);
    expect(await db.prisma.consent.findFirstOrThrow({ where: { personId: person.id } })).toMatchObject({ externalId: '', withdrawnAt: NOW });
    expect(await store((p) => p.consentState(person.id))).toMatchObject({ anonymised: true });
  });

  it("erases the person's own texts, not what others wrote about a namesake; their number goes wherever it is", async () => {
    // Leader Sri erases; leader Wulan wrote about "bu Sri Rahayu" and a "Sri" who may be anyone.
    const sri = await personWith('Sri', '+628191110000');
    const wulan = await personWith('Wulan', '+628191112222');
    const sriGroup = await group('PKK Sri');
    const wulanGroup = await group('PKK Wulan');
    await db.prisma.groupLeader.createMany({
      data: [
        { groupId: sriGroup.id, personId: sri.person.id, role: 'leader' },
        { groupId: wulanGroup.id, personId: wulan.person.id, role: 'leader' },
      ],
    });
    await db.prisma.group.update({ where: { id: sriGroup.id }, data: { meetingSchedule: 'Senin di rumah Sri' } });
    await db.prisma.group.update({ where: { id: wulanGroup.id }, data: { meetingSchedule: 'Senin di rumah bu Sri' } });
    const activity = (reporterId: string, description: string) =>
      db.prisma.activity.create({ data: { date: new Date('2026-11-10'), category: 'kerja_bakti', description, villageCode: PONCOSARI, reporterId } });
    const own = await activity(sri.person.id, 'Arisan dipimpin Sri');
    // Her own text in capitals, and her name before a word in capitals: no namesake runs on there.
    const shouted = await activity(sri.person.id, 'ARISAN BERSAMA SRI DAN WARGA, Sri RT 03');
    const namesake = await activity(wulan.person.id, 'Kerja bakti bersama bu Sri Rahayu');
    const plain = await activity(wulan.person.id, 'Rapat, notulen Sri');
    const byNumber = await activity(wulan.person.id, 'Hubungi Sri di 0819-1110-000');
    // What the bot rendered for an officer: the person herself, and another group's ketua Sri Rahayu.
    const officer = await db.prisma.officer.create({ data: { personId: wulan.person.id, kind: 'psm' } });
    const alert = (text: string) =>
      db.prisma.alert.create({ data: { personId: wulan.person.id, officerId: officer.id, kind: 'group.registered', payload: { text }, dedupeKey: randomUUID() } });
    const aboutHer = await alert('Kelompok baru, ketua Sri (+628191110000)');
    const aboutNamesake = await alert('Kelompok baru, ketua Sri Rahayu');
    // On a line of its own the name follows a newline, which JSON writes as "\n".
    const onItsLine = await alert('Ketua:\nSri\nNomor: 0819 1110 000');
    // Wulan is typing an activity in which a Sri takes part (her state would also hold Sri's group, were she its co-leader).
    await db.prisma.conversation.create({ data: { identityId: wulan.web.id, state: { v: 1, stack: [{ data: { description: 'bersama Sri' } }] }, lastActiveAt: NOW } });

    expect(await store((p) => p.erase(sri.person.id, NOW))).toMatchObject({ kind: 'erased' });

    const description = async (id: string) => (await db.prisma.activity.findUniqueOrThrow({ where: { id } })).description;
    expect(await description(own.id)).toBe('Arisan dipimpin –');
    expect(await description(shouted.id)).toBe('ARISAN BERSAMA – DAN WARGA, – RT 03');
    expect(await description(namesake.id)).toBe('Kerja bakti bersama bu Sri Rahayu');
    expect(await description(plain.id)).toBe('Rapat, notulen Sri');
    expect(await description(byNumber.id)).toBe('Hubungi Sri di –');
    const schedule = async (id: string) => (await db.prisma.group.findUniqueOrThrow({ where: { id } })).meetingSchedule;
    expect(await schedule(sriGroup.id)).toBe('Senin di rumah –');
    expect(await schedule(wulanGroup.id)).toBe('Senin di rumah bu Sri');
    const payload = async (id: string) => (await db.prisma.alert.findUniqueOrThrow({ where: { id } })).payload;
    expect(await payload(aboutHer.id)).toEqual({ text: 'Kelompok baru, ketua – (–)' });
    expect(await payload(aboutNamesake.id)).toEqual({ text: 'Kelompok baru, ketua Sri Rahayu' });
    expect(await payload(onItsLine.id)).toEqual({ text: 'Ketua:\n–\nNomor: –' });
    // Others' conversation state also holds records the bot loaded (a co-leader's group with its ketua): scrubbed as rendered text.
    expect((await db.prisma.conversation.findUniqueOrThrow({ where: { identityId: wulan.web.id } })).state).toEqual({ v: 1, stack: [{ data: { description: 'bersama –' } }] });
  });
});
