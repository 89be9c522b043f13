/**
 * Officers and alerts through the real effect handlers on real databases: invites and
 * enrolment, alerts recorded in the event's transaction for the officers of the desa only
 * (mutes honoured), notices to leaders, verification with every re-check, overrides, and
 * the daily and weekly jobs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonView } from '../../../src/core/ports.js';
import { Scheduler } from '../../../src/core/scheduler/scheduler.js';
import { checkDormantAreas } from '../../../src/domain/alerts/dormancy-job.js';
import { onLevelChanged } from '../../../src/domain/alerts/level-alerts.js';
import type { AreaStatus } from '../../../src/domain/model/status.js';
import { officerJobs } from '../../../src/domain/alerts/officer-jobs.js';
import { checkInactiveGroups } from '../../../src/domain/alerts/inactive-groups-job.js';
import { weeklyDigest } from '../../../src/domain/alerts/weekly-digest-job.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { createOfficerInvite, InviteRequestError } from '../../../src/domain/officers/invites.js';
import { personRoles } from '../../../src/domain/officers/roles.js';
import { DEFAULT_STATUS_THRESHOLDS } from '../../../src/domain/status/status.js';
import { createAppTransactionRunner, PrismaAppTx } from '../../../src/storage/app-tx.js';
import { createJobRuns } from '../../../src/storage/jobs/job-runs.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { GADINGSARI, PONCOSARI, insertTestRegions } from '../../support/region-rows.js';
import { EffectRegistry } from '../../../src/core/effect-registry.js';
import { EventBus } from '../../../src/core/events.js';
import { testAssistant } from '../../support/assistant.js';
import { effectContext } from '../../support/effect-context.js';

const assistant = testAssistant<PrismaAppTx>();
const effects = new EffectRegistry(assistant.effects);
const events = new EventBus(assistant.subscriptions);
const NOW = new Date('2026-11-20T03:00:00Z');
const DAY = 86_400_000;
const VILLAGE = PONCOSARI;
const OTHER_VILLAGE = GADINGSARI;

describeEachDatabase('officers and alerts through the effects', (kind) => {
  let db: TestDatabase;
  let tksk: PersonView;
  let psm: PersonView;
  let muted: PersonView;
  let alice: PersonView;
  let bob: PersonView;
  let alicesGroup: GroupView;
  let bobsGroup: GroupView;

  const transactions = () => createAppTransactionRunner(db.prisma);

  async function effect(person: PersonView, type: string, payload?: unknown, now = NOW): Promise<unknown> {
    return transactions().transaction((tx) => effects.perform({ type, payload }, effectContext({ tx, person, identityId: 'identity-1', channel: 'webchat', now }, assistant.subscriptions)));
  }

  async function person(name: string): Promise<PersonView> {
    const row = await db.prisma.person.create({ data: { displayName: name } });
    return { id: row.id, locale: 'id', displayName: name, phoneE164: null };
  }

  async function enrol(who: PersonView, officerKind: string, areas: string[]): Promise<void> {
    const invite = await transactions().transaction((tx) => createOfficerInvite({ kind: officerKind, areas }, tx, NOW));
    expect(invite.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const result = (await effect(who, 'officer.enroll', { code: invite.code.toLowerCase() })) as { kind: string };
    expect(result.kind).toBe('enrolled');
  }

  async function register(leader: PersonView, name: string, type: string, village = VILLAGE): Promise<GroupView> {
    const result = (await effect(leader, 'group.register', {
      type,
      typeOther: null,
      name,
      villageCode: village,
      unit: { rw: 1, rt: 2, dusun: '' },
      memberCount: 20,
      foundedYear: null,
      meetingSchedule: null,
      ketuaName: leader.displayName,
      ketuaPhone: '+6281211112222',
    })) as { kind: string; group: GroupView };
    expect(result.kind).toBe('created');
    return result.group;
  }

  const alertsOf = (who: PersonView, alertKind?: string) =>
    db.prisma.alert.findMany({ where: { personId: who.id, ...(alertKind ? { kind: alertKind } : {}) }, orderBy: { createdAt: 'asc' } });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await insertTestRegions(db.prisma);
    tksk = await person('Pak TKSK');
    psm = await person('Bu PSM');
    muted = await person('Pak Dinsos');
    alice = await person('Alice');
    bob = await person('Bob');
  });
  afterAll(async () => db?.close());

  describe('invites', () => {
    it('refuse an unknown kind, a province, an unknown or malformed area and a silly expiry, naming each', async () => {
      const attempt = transactions().transaction((tx) =>
        createOfficerInvite({ kind: 'lurah', areas: ['34', '34.02.09', '34.2', VILLAGE], expiresInMs: 1 }, tx, NOW),
      );
      await expect(attempt).rejects.toBeInstanceOf(InviteRequestError);
      const problems = (await attempt.then(() => [], (error: InviteRequestError) => error.problems)).join('\n');
      expect(problems).toMatch(/unknown kind "lurah"/);
      expect(problems).toMatch(/"34" is not a kabupaten/);
      expect(problems).toMatch(/"34.2" is not a kabupaten/);
      expect(problems).toMatch(/"34.02.09" is not in the region list/);
      expect(problems).toMatch(/expiry/);
      expect(await db.prisma.officerInvite.count()).toBe(0);
    });

    it('enrol officers on any code form, once', async () => {
      await enrol(tksk, 'tksk', ['34.02.01']);
      await enrol(psm, 'psm', [OTHER_VILLAGE]);
      await enrol(muted, 'dinsos', ['34.02', '34.02.01']);
      const [used] = await db.prisma.officerInvite.findMany({ where: { usedByPersonId: tksk.id } });
      const again = (await effect(alice, 'officer.enroll', { code: used!.code })) as { kind: string };
      expect(again.kind).toBe('used');
      expect((await effect(alice, 'officer.enroll', { code: 'not a code' })) as { kind: string }).toEqual({ kind: 'invalid' });
      const dinsos = await transactions().transaction((tx) => personRoles(tx, muted.id));
      expect(dinsos.officer?.areaPrefixes).toEqual(['34.02']); // 34.02.01 lies inside 34.02
      expect(await transactions().transaction((tx) => personRoles(tx, alice.id))).toEqual({ leader: false, officer: null, admin: false });
    });

    it('let an officer mute alert kinds and set quiet hours', async () => {
      const profile = (await effect(muted, 'officer.setMutes', { kinds: ['group.registered', 'activity.logged'] })) as { mutedKinds: string[] };
      expect(profile.mutedKinds).toEqual(['group.registered', 'activity.logged']);
      await effect(muted, 'officer.setQuietHours', { startMin: 21 * 60, endMin: 6 * 60 });
      expect(await db.prisma.officer.findFirstOrThrow({ where: { personId: muted.id } })).toMatchObject({ quietStartMin: 1260, quietEndMin: 360 });
      expect(await effect(alice, 'officer.setMutes', { kinds: [] })).toBeNull();
    });
  });

  describe('alerts', () => {
    it('ask only the officers of the desa to verify a new group, honouring mutes', async () => {
      alicesGroup = await register(alice, 'PKK Melati', 'pkk');
      const [alert] = await alertsOf(tksk, 'group.registered');
      expect(alert).toMatchObject({ officerId: expect.any(String), status: 'pending', dedupeKey: expect.stringContaining(alicesGroup.id) });
      const payload = JSON.stringify(alert!.payload);
      expect(payload).toContain('PKK Melati');
      expect(payload).toContain('go:v:gv');
      expect(await alertsOf(psm)).toEqual([]);
      expect(await alertsOf(muted)).toEqual([]);
    });

    it('ask officers to verify an activity and partners to confirm it', async () => {
      bobsGroup = await register(bob, 'Arisan Mawar', 'arisan');
      const created = (await effect(alice, 'activity.create', {
        date: '2026-11-19',
        category: 'kerja_bakti',
        description: 'Kerja bakti bersama',
        ownGroupId: alicesGroup.id,
        partnerGroupIds: [bobsGroup.id],
        beneficiaries: {},
        photoRef: null,
      })) as { kind: string; id: string };
      expect(created.kind).toBe('created');
      expect(await alertsOf(tksk, 'activity.logged')).toHaveLength(1);
      expect(await alertsOf(muted, 'activity.logged')).toEqual([]);
      const [notice] = await alertsOf(bob, 'leader.confirmRequest');
      expect(notice).toMatchObject({ officerId: null });
      expect(JSON.stringify(notice!.payload)).toContain('go:c:');
      expect(await alertsOf(alice, 'leader.confirmRequest')).toEqual([]);

      await effect(alice, 'relation.declare', { fromGroupId: alicesGroup.id, toGroupId: bobsGroup.id, kind: 'shared_fund' });
      expect(await alertsOf(bob, 'leader.confirmRequest')).toHaveLength(2);
    });

    it('alert a change of level, not the first record', async () => {
      expect(await alertsOf(tksk, 'level.changed')).toEqual([]);
      const carol = await person('Carol');
      await register(carol, 'Posyandu Kenanga', 'posyandu');
      const [change] = await alertsOf(tksk, 'level.changed');
      // jsonb keeps no key order: look for each part.
      const payload = JSON.stringify(change!.payload);
      for (const part of ['officers:alert.level.up', '"from":{"key":"status:level.belum_ada"}', '"to":{"key":"status:level.rintisan"}']) expect(payload).toContain(part);
      // Muted only new groups and activities: level changes still come (quiet hours are the dispatcher's).
      expect(await alertsOf(muted, 'level.changed')).toHaveLength(1);
      expect(await alertsOf(psm, 'level.changed')).toEqual([]);
    });
  });

  describe('verification', () => {
    it('lets only an officer of the desa decide, never on their own group, once', async () => {
      const request = { type: 'group', id: alicesGroup.id, verdict: 'verified', reason: null };
      expect(await effect(alice, 'officer.decide', request)).toEqual({ kind: 'forbidden' });
      expect(await effect(psm, 'officer.decide', request)).toEqual({ kind: 'forbidden' });
      // An officer who leads the group may not verify it.
      await db.prisma.groupLeader.create({ data: { groupId: bobsGroup.id, personId: muted.id, role: 'coleader', status: 'active' } });
      expect(await effect(muted, 'officer.decide', { ...request, id: bobsGroup.id })).toEqual({ kind: 'own' });

      expect(await effect(tksk, 'officer.decide', request)).toMatchObject({ kind: 'recorded', verdict: 'verified' });
      expect(await effect(tksk, 'officer.decide', request)).toMatchObject({ kind: 'decided', verification: 'verified' });
      const [verdict] = await alertsOf(alice, 'leader.verdict');
      expect(JSON.stringify(verdict!.payload)).toContain('officers:notice.verified');
      const row = await db.prisma.group.findUniqueOrThrow({ where: { id: alicesGroup.id } });
      expect(row).toMatchObject({ verification: 'verified', verifiedAt: NOW });
    });

    it('rejects an activity with its reason, told to the reporting group\'s leaders', async () => {
      const activity = await db.prisma.activity.findFirstOrThrow();
      const check = (await effect(tksk, 'officer.checkTarget', { type: 'activity', id: activity.id })) as { kind: string };
      expect(check.kind).toBe('ok');
      expect(await effect(tksk, 'officer.checkTarget', null)).toEqual({ kind: 'gone' });
      const outcome = await effect(tksk, 'officer.decide', { type: 'activity', id: activity.id, verdict: 'rejected', reason: 'foto tidak sesuai' });
      expect(outcome).toMatchObject({ kind: 'recorded', verdict: 'rejected' });
      const notices = await alertsOf(alice, 'leader.verdict');
      expect(JSON.stringify(notices.at(-1)!.payload)).toContain('foto tidak sesuai');
      expect(await db.prisma.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ verification: 'rejected', rejectionReason: 'foto tidak sesuai' });

      // Bob's group never answered: its request left his Konfirmasi, and he is told so (the reporter is not).
      const [ended, ...more] = await alertsOf(bob, 'leader.requestEnded');
      expect(more).toEqual([]);
      expect(ended).toMatchObject({ officerId: null, status: 'pending' });
      const payload = JSON.stringify(ended!.payload);
      expect(payload).toContain('officers:notice.requestEndedRejected');
      expect(payload).toContain('Arisan Mawar');
      expect(await alertsOf(alice, 'leader.requestEnded')).toEqual([]);

      // Corrected and sent back: the request is back in his Konfirmasi, and he is asked again.
      const asked = (await alertsOf(bob, 'leader.confirmRequest')).length;
      const corrected = await effect(alice, 'activity.correct', {
        activityId: activity.id, date: activity.date.toISOString().slice(0, 10), category: activity.category, description: 'Kerja bakti bersama, foto baru', beneficiaries: {},
      }, new Date(NOW.getTime() + 60_000));
      expect(corrected).toEqual({ kind: 'done' });
      const requests = await alertsOf(bob, 'leader.confirmRequest');
      expect(requests).toHaveLength(asked + 1);
      expect(JSON.stringify(requests.at(-1)!.payload)).toContain('officers:notice.participationResent');
    });

    it('lists what waits in the officer\'s areas', async () => {
      const pending = (await effect(tksk, 'officer.pending')) as { total: number; own: number; items: Array<{ type: string }> };
      expect(pending.total).toBe(3); // Bob's and Carol's groups, and Alice's activity, corrected
      expect(pending.own).toBe(0);
      expect(await effect(alice, 'officer.pending')).toBeNull();
      // An officer who co-leads Bob's group: it is counted as theirs, not listed with buttons that would refuse.
      const theirs = (await effect(muted, 'officer.pending')) as { total: number; own: number; items: Array<{ id: string }> };
      expect(theirs.own).toBe(1);
      expect(theirs.items.map((item) => item.id)).not.toContain(bobsGroup.id);
      expect(theirs.total).toBe(theirs.items.length);
    });

    it('does not ask an officer to verify an activity of a group they lead (they could not)', async () => {
      await db.prisma.groupLeader.create({ data: { groupId: bobsGroup.id, personId: tksk.id, role: 'coleader', status: 'active' } });
      const before = (await alertsOf(tksk, 'activity.logged')).length;
      const created = (await effect(bob, 'activity.create', {
        date: '2026-11-19', category: 'bantuan_lansia', description: 'Kunjungan lansia', ownGroupId: bobsGroup.id, partnerGroupIds: [], beneficiaries: {}, photoRef: null,
      })) as { kind: string; id: string };
      expect(created.kind).toBe('created');
      expect(await alertsOf(tksk, 'activity.logged')).toHaveLength(before);
      expect(await effect(tksk, 'officer.decide', { type: 'activity', id: created.id, verdict: 'verified', reason: null })).toEqual({ kind: 'own' });
      await db.prisma.groupLeader.delete({ where: { groupId_personId: { groupId: bobsGroup.id, personId: tksk.id } } });
    });
  });

  describe('overrides', () => {
    it('show an officer\'s level beside the computed one, in their areas only', async () => {
      expect(await effect(psm, 'officer.override', { villageCode: VILLAGE, level: 'aktif', reason: 'bukan wilayahnya' })).toEqual({ kind: 'forbidden' });
      expect(await effect(tksk, 'officer.override', { villageCode: VILLAGE, level: 'tumbuh', reason: 'kunjungan lapangan' })).toEqual({ kind: 'set' });
      const status = (await effect(alice, 'status.check', { villageCode: VILLAGE })) as { level: string; override?: { level: string; reason: string } };
      expect(status).toMatchObject({ level: 'rintisan', override: { level: 'tumbuh', reason: 'kunjungan lapangan' } });
      expect(await effect(tksk, 'officer.override', { villageCode: VILLAGE, level: null, reason: null })).toEqual({ kind: 'cleared' });
      expect(((await effect(alice, 'status.check', { villageCode: VILLAGE })) as { override?: unknown }).override).toBeUndefined();
    });

    it('tell the desa\'s leaders when the level in force moves, and keep the computed level\'s changes from them meanwhile', async () => {
      const levelNotices = async () => (await alertsOf(alice, 'leader.level')).map((alert) => JSON.stringify(alert.payload));
      const before = (await levelNotices()).length;
      // The previous test set and withdrew an override: Alice heard of both.
      const earlier = await levelNotices();
      expect(earlier.filter((notice) => notice.includes('officers:notice.overrideSet') && notice.includes('kunjungan lapangan'))).toHaveLength(1);
      expect(earlier.filter((notice) => notice.includes('officers:notice.overrideCleared'))).toHaveLength(1);

      const later = new Date(NOW.getTime() + 60_000);
      expect(await effect(tksk, 'officer.override', { villageCode: VILLAGE, level: 'aktif', reason: 'jaringan berjalan' }, later)).toEqual({ kind: 'set' });
      expect((await levelNotices()).length).toBe(before + 1);
      // A reason reworded moves nothing: no notice.
      expect(await effect(tksk, 'officer.override', { villageCode: VILLAGE, level: 'aktif', reason: 'jaringan berjalan, dicek ulang' }, new Date(later.getTime() + 60_000))).toEqual({ kind: 'set' });
      expect((await levelNotices()).length).toBe(before + 1);

      // The computed level changes while the officer's stands: officers are alerted with the
      // level in force beside it; leaders are not told (their status answer did not change).
      const status = (await effect(alice, 'status.check', { villageCode: VILLAGE })) as AreaStatus;
      const officerAlerts = (await alertsOf(tksk, 'level.changed')).length;
      await transactions().transaction((tx) =>
        onLevelChanged(tx, { area: { villageCode: VILLAGE }, previous: { level: 'belum_ada', provisional: false, at: later }, status }, new Date(later.getTime() + 120_000)),
      );
      const alerted = await alertsOf(tksk, 'level.changed');
      expect(alerted.length).toBe(officerAlerts + 1);
      // Which officer set it, by name.
      expect(JSON.stringify(alerted.at(-1)!.payload)).toContain('"key":"officers:alert.level.overriddenNamed"');
      expect(JSON.stringify(alerted.at(-1)!.payload)).toContain('Pak TKSK');
      expect((await levelNotices()).length).toBe(before + 1);

      expect(await effect(tksk, 'officer.override', { villageCode: VILLAGE, level: null, reason: null }, new Date(later.getTime() + 180_000))).toEqual({ kind: 'cleared' });
      expect((await levelNotices()).length).toBe(before + 2);
    });
  });

  describe('jobs', () => {
    it('alert inactive groups once per period', async () => {
      const later = new Date(NOW.getTime() + 100 * DAY);
      const first = await transactions().transaction((tx) => checkInactiveGroups(tx, later, 30));
      expect(first.groups).toBe(3);
      expect(first.alerts).toBeGreaterThanOrEqual(3);
      const again = await transactions().transaction((tx) => checkInactiveGroups(tx, new Date(later.getTime() + DAY), 30));
      expect(again.alerts).toBe(0);
      const nextPeriod = await transactions().transaction((tx) => checkInactiveGroups(tx, new Date(later.getTime() + 31 * DAY), 30));
      expect(nextPeriod.alerts).toBe(first.alerts);
      expect(await alertsOf(psm, 'group.inactive')).toEqual([]);
      await expect(transactions().transaction((tx) => checkInactiveGroups(tx, later, 0))).rejects.toThrow(/days/);
    });

    it('send one weekly digest per officer per week, unless muted', async () => {
      await effect(psm, 'officer.setMutes', { kinds: ['digest.weekly'] });
      // The dinsos officer co-leads a pending group: another officer verifies it, so their
      // digest counts it no more than their pending list lists it.
      const pendingInKabupaten = { verification: 'pending' as const, active: true, villageCode: { startsWith: '34.02.' } };
      const own = await db.prisma.group.findFirstOrThrow({ where: { ...pendingInKabupaten, leaders: { none: { personId: muted.id } } }, orderBy: { id: 'asc' } });
      await db.prisma.groupLeader.create({ data: { groupId: own.id, personId: muted.id, role: 'coleader' } });
      const notTheirs = await db.prisma.group.count({ where: { ...pendingInKabupaten, leaders: { none: { personId: muted.id, status: 'active' } } } });
      const run = await transactions().transaction((tx) => weeklyDigest(tx, NOW));
      const list = (await effect(muted, 'officer.pending')) as { total: number; own: number };
      await db.prisma.groupLeader.delete({ where: { groupId_personId: { groupId: own.id, personId: muted.id } } });
      expect(notTheirs).toBeLessThan(await db.prisma.group.count({ where: pendingInKabupaten }));
      const [dinsosDigest] = await alertsOf(muted, 'digest.weekly');
      const payload = JSON.stringify(dinsosDigest!.payload);
      expect(payload).toContain(`"pendingGroups":${notTheirs}`);
      // The digest's numbers are the list's: what waits (groups and activities) is its total, and
      // what it left out is said with the same count.
      const figure = (name: string) => Number(new RegExp(`"${name}":(\\d+)`).exec(payload)?.[1]);
      expect(figure('pendingGroups') + figure('pendingActivities')).toBe(list.total);
      expect(list.own).toBeGreaterThan(0);
      expect(payload).toContain(`{"key":"officers:digest.own","params":{"count":${list.own}}}`);
      expect(run.digests).toBe(2);
      expect((await transactions().transaction((tx) => weeklyDigest(tx, new Date(NOW.getTime() + DAY)))).digests).toBe(0);
      const [digest] = await alertsOf(tksk, 'digest.weekly');
      expect(JSON.stringify(digest!.payload)).toContain('"pendingGroups":2');
      expect(await alertsOf(psm, 'digest.weekly')).toEqual([]);
    });

    it('run under the scheduler once per period', async () => {
      // Monday 2026-11-23, 08:00 WIB: the daily jobs (07:00) and the Monday digest (07:00) are due.
      const monday = new Date('2026-11-23T01:00:00Z');
      const scheduler = new Scheduler<PrismaAppTx>({ runs: createJobRuns(db.prisma, (tx) => new PrismaAppTx(tx)), clock: () => monday });
      for (const job of officerJobs<PrismaAppTx>({ inactiveDays: 30, dailyHour: 7, digestWeekday: 1, digestHour: 7, thresholds: DEFAULT_STATUS_THRESHOLDS, events })) scheduler.register(job);
      expect(await scheduler.tick()).toEqual({ 'officers.dormancy': 'ran', 'officers.inactive-groups': 'ran', 'officers.weekly-digest': 'ran' });
      expect(await db.prisma.jobRun.count({ where: { period: '2026-W48' } })).toBe(1);
      const again = new Scheduler<PrismaAppTx>({ runs: createJobRuns(db.prisma, (tx) => new PrismaAppTx(tx)), clock: () => monday });
      for (const job of officerJobs<PrismaAppTx>({ inactiveDays: 30, dailyHour: 7, digestWeekday: 1, digestHour: 7, thresholds: DEFAULT_STATUS_THRESHOLDS, events })) again.register(job);
      expect(Object.values(await again.tick())).toEqual(['already-done', 'already-done', 'already-done']);
    });

    it('notices a desa going Dorman with time alone', async () => {
      await db.prisma.areaLevelHistory.create({ data: { villageCode: OTHER_VILLAGE, rw: 0, level: 'aktif', at: new Date(NOW.getTime() - 400 * DAY) } });
      const run = await transactions().transaction((tx) => checkDormantAreas(tx, NOW, DEFAULT_STATUS_THRESHOLDS, events.emitter(tx, NOW)));
      // The sweep checks every desa above Belum Ada (drops by time start their grace period there too).
      expect(run.changed).toBe(1);
      expect(run.checked).toBeGreaterThanOrEqual(1);
      const [change] = await alertsOf(psm, 'level.changed');
      expect(JSON.stringify(change!.payload)).toContain('officers:alert.level.dorman');
      // Once Dorman it is not checked again; nothing else changes.
      expect(await transactions().transaction((tx) => checkDormantAreas(tx, NOW, DEFAULT_STATUS_THRESHOLDS, events.emitter(tx, NOW)))).toMatchObject({ checked: run.checked - 1, changed: 0 });
    });
  });
});
