/**
 * What the admin API answers and does, on both databases: pagination and prefix filters,
 * 400s that name the field, masked phones, verification with the chat's effects (notices
 * to leaders, status refresh, audit), invites, dead-letter retry, conversation reset, the
 * area status and drill-down, chart data, level changes and the OpenAPI UI.
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

interface PageBody<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

describeEachDatabase('admin API behaviour', (kind) => {
  let api: ApiHarness;
  let officerToken: string;
  let officer: { personId: string; officerId: string };
  let leader: string;
  const groups: Record<string, string> = {};

  const admin = (options: Parameters<ApiHarness['call']>[1]) => api.call(ADMIN_TOKEN, options);
  const asOfficer = (options: Parameters<ApiHarness['call']>[1]) => api.call(officerToken, options);

  beforeAll(async () => {
    api = await openApiHarness(kind);
    const db = api.db;
    officer = await createOfficer(db, 'Tari', 'tksk', ['34.02.15']);
    officerToken = (await tokenFor(db, officer.personId)).token;
    leader = await createPerson(db, 'Lia Lestari', '+6281234567890');
    // Panggungharjo: three groups of two types (C1 met), all pending: Rintisan, provisional.
    groups.melati = await createGroup(db, { villageCode: PANGGUNGHARJO, name: 'Arisan Melati', type: 'arisan', leaderId: leader, rw: 3 });
    groups.mawar = await createGroup(db, { villageCode: PANGGUNGHARJO, name: 'PKK Mawar', type: 'pkk', leaderId: leader });
    groups.tunas = await createGroup(db, { villageCode: PANGGUNGHARJO, name: 'Arisan Tunas', type: 'arisan', leaderId: leader });
    groups.timbul = await createGroup(db, { villageCode: TIMBULHARJO, name: 'Posyandu Timbul', type: 'posyandu', leaderId: leader, verification: 'verified' });
    groups.depok = await createGroup(db, { villageCode: CATURTUNGGAL, name: 'Arisan Depok', type: 'arisan', leaderId: leader, active: false });
    await createActivity(db, { villageCode: PANGGUNGHARJO, date: '2026-10-05', groupIds: [groups.melati!, groups.mawar!], pmks: true });
    await createActivity(db, { villageCode: PANGGUNGHARJO, date: '2026-11-02', groupIds: [groups.melati!] });
    await createActivity(db, { villageCode: CATURTUNGGAL, date: '2026-11-03', groupIds: [groups.depok!] });
    await db.prisma.groupRelation.create({ data: { groupAId: groups.melati!, groupBId: groups.mawar!, kind: 'shared_meetings', status: 'confirmed' } });
  });
  afterAll(() => api?.close());

  describe('lists', () => {
    it('pages through groups with the total of the filtered list', async () => {
      const first = (await admin({ method: 'GET', url: '/api/groups?pageSize=2' })).json() as PageBody<{ name: string }>;
      const second = (await admin({ method: 'GET', url: '/api/groups?pageSize=2&page=2' })).json() as PageBody<{ name: string }>;
      const third = (await admin({ method: 'GET', url: '/api/groups?pageSize=2&page=3' })).json() as PageBody<{ name: string }>;
      expect([first.total, first.items.length, second.items.length, third.items.length]).toEqual([5, 2, 2, 1]);
      const names = [...first.items, ...second.items, ...third.items].map((group) => group.name);
      expect(new Set(names).size).toBe(5);
      expect(first).toMatchObject({ page: 1, pageSize: 2 });
    });

    it('filters by prefix at every level, by state and by name', async () => {
      const total = async (query: string) => ((await admin({ method: 'GET', url: `/api/groups?${query}` })).json() as PageBody<unknown>).total;
      expect(await total('prefix=34')).toBe(5);
      expect(await total('prefix=34.02')).toBe(4);
      expect(await total('prefix=34.02.15')).toBe(4);
      expect(await total(`prefix=${PANGGUNGHARJO}`)).toBe(3);
      expect(await total('prefix=34.04.07')).toBe(1);
      expect(await total('prefix=35')).toBe(0);
      expect(await total('verification=verified')).toBe(1);
      expect(await total('active=false')).toBe(1);
      expect(await total('q=arisan')).toBe(3);
      expect(await total('q=ARISAN%20m')).toBe(1);
    });

    it('answers 404 naming the code for a prefix that is no region, on every list (was an empty list, as if the area had no records)', async () => {
      for (const path of ['/api/groups', '/api/activities', '/api/relations', '/api/officers', '/api/stats/activities', '/api/level-changes', '/api/areas/summary']) {
        for (const prefix of ['34.04.99', '99', '34.02.15.2999']) {
          const res = await admin({ method: 'GET', url: `${path}?prefix=${prefix}` });
          expect(res.statusCode, `${path} ${prefix}`).toBe(404);
          expect(res.json(), `${path} ${prefix}`).toMatchObject({ error: 'not_found', message: expect.stringContaining(`No region with the code ${prefix}`) });
        }
      }
      // An officer's unknown code inside their kecamatan is no region either (it was an empty list).
      expect((await asOfficer({ method: 'GET', url: '/api/groups?prefix=34.02.15.2999' })).statusCode).toBe(404);
      // A real region without records is still an empty list.
      expect((await admin({ method: 'GET', url: '/api/groups?prefix=35' })).json()).toMatchObject({ total: 0 });
    });

    it('limits an officer to their areas, and to the part of a wider prefix they cover', async () => {
      const own = (await asOfficer({ method: 'GET', url: '/api/groups' })).json() as PageBody<{ villageCode: string }>;
      expect(own.total).toBe(4);
      expect(own.items.every((group) => group.villageCode.startsWith('34.02.15.'))).toBe(true);
      const wider = (await asOfficer({ method: 'GET', url: '/api/groups?prefix=34' })).json() as PageBody<unknown>;
      expect(wider.total).toBe(4);
      expect((await asOfficer({ method: 'GET', url: '/api/groups?prefix=34.04' })).statusCode).toBe(403);
    });

    it('shows a group with its area, names and leaders; the officer of the desa sees the ketua\'s whole phone', async () => {
      const forAdmin = (await admin({ method: 'GET', url: `/api/groups/${groups.melati}` })).json();
      expect(forAdmin).toMatchObject({
        name: 'Arisan Melati',
        rw: 3,
        villageName: 'Panggungharjo',
        districtName: 'Sewon',
        regencyName: 'Kabupaten Bantul',
        leaders: [{ personId: leader, name: 'Lia Lestari', phone: '+6281234567890', role: 'leader' }],
      });
      // Verifying the group is the purpose the ketua gave the number for (issue #11): the group's
      // own ketua phone is whole for the officer of the desa; chat accounts' numbers stay masked.
      const forOfficer = (await asOfficer({ method: 'GET', url: `/api/groups/${groups.melati}` })).json() as { ketuaPhone: string; leaders: Array<{ phone: string }> };
      expect(forOfficer.ketuaPhone).toBe('+6281234567890');
      expect(forOfficer.leaders[0]!.phone).toBe('+62812•••••890');
      const list = (await asOfficer({ method: 'GET', url: `/api/groups?prefix=${PANGGUNGHARJO}&q=Melati` })).json() as PageBody<{ ketua: unknown }>;
      expect(list.items[0]!.ketua).toEqual({ name: 'Lia Lestari', phone: '+6281234567890' });
    });

    it('lists activities with their groups and beneficiaries, by date range', async () => {
      const all = (await admin({ method: 'GET', url: `/api/activities?prefix=${PANGGUNGHARJO}` })).json() as PageBody<{
        date: string;
        reportingGroup: { name: string } | null;
        participants: unknown[];
        beneficiaries: unknown[];
      }>;
      expect(all.items.map((activity) => activity.date)).toEqual(['2026-11-02', '2026-10-05']);
      expect(all.items[1]).toMatchObject({ reportingGroup: { name: 'Arisan Melati' }, beneficiaries: [{ pmksCode: 2, count: 12 }] });
      expect(all.items[1]!.participants).toHaveLength(2);
      const november = (await admin({ method: 'GET', url: '/api/activities?from=2026-11-01&to=2026-11-30' })).json() as PageBody<unknown>;
      expect(november.total).toBe(2);
    });

    it('lists relations with both groups', async () => {
      const body = (await asOfficer({ method: 'GET', url: '/api/relations?status=confirmed' })).json() as PageBody<unknown>;
      expect(body.total).toBe(1);
      expect(body.items[0]).toMatchObject({ kind: 'shared_meetings', villageName: 'Panggungharjo', groupA: { name: 'Arisan Melati' }, groupB: { name: 'PKK Mawar' } });
    });

    it('masks officers’ phones for officers and lists those whose areas overlap the filter', async () => {
      const body = (await asOfficer({ method: 'GET', url: `/api/officers?prefix=${PANGGUNGHARJO}` })).json() as PageBody<{ phone: string; areaPrefixes: string[] }>;
      expect(body.total).toBe(1);
      expect(body.items[0]!.areaPrefixes).toEqual(['34.02.15']);
      expect(body.items[0]!.phone).toContain('•');
    });
  });

  describe('validation', () => {
    const cases: Array<[string, string, string, unknown?]> = [
      ['GET', '/api/groups?pageSize=501', 'pageSize'],
      ['GET', '/api/groups?page=0', 'page'],
      ['GET', '/api/groups?prefix=34.2', 'prefix'],
      ['GET', '/api/groups?verification=maybe', 'verification'],
      ['GET', '/api/groups?active=yes', 'active'],
      ['GET', '/api/groups/not-a-uuid', 'id'],
      ['GET', '/api/activities?from=2026-13-01', 'from'],
      ['GET', '/api/areas/34.02.15/status', 'desaCode'],
      ['GET', `/api/areas/${PANGGUNGHARJO}/status?rw=0`, 'rw'],
      ['GET', '/api/stats/activities?months=40', 'months'],
      ['POST', '/api/officers/invites', 'kind', { kind: 'lurah', areaPrefixes: ['34.02'] }],
      ['POST', '/api/officers/invites', 'areaPrefixes', { kind: 'psm', areaPrefixes: [] }],
      ['PUT', '/api/people/00000000-0000-4000-8000-000000000000/admin', 'isAdmin', { isAdmin: 'yes' }],
      // A misspelt or unknown field is refused, not silently dropped ("expires" is no field; ttlDays is).
      ['POST', '/api/officers/invites', 'expires', { kind: 'psm', areaPrefixes: ['34.02.15.2004'], expires: '30d' }],
      ['POST', '/api/groups/00000000-0000-4000-8000-000000000000/verification', 'note', { decision: 'verify', note: 'ok' }],
      // A reason is stored and told only with a rejection: with verify it would be dropped unseen.
      ['POST', '/api/groups/00000000-0000-4000-8000-000000000000/verification', 'reason', { decision: 'verify', reason: 'sudah dicek di lapangan' }],
      ['POST', '/api/activities/00000000-0000-4000-8000-000000000000/verification', 'reason', { decision: 'verify', reason: 'ok' }],
      ['PUT', '/api/people/00000000-0000-4000-8000-000000000000/admin', 'admin', { isAdmin: true, admin: true }],
      // So is a misspelt query parameter: "prefx" would otherwise list every area.
      ['GET', '/api/groups?prefx=34.02', 'prefx'],
      ['GET', '/api/areas/summary?prefix=34.02&lang=en', 'lang'],
      ['GET', '/api/people?name=Siti', 'name'],
    ];
    for (const [method, url, field, payload] of cases) {
      it(`answers 400 naming ${field} for ${method} ${url}`, async () => {
        const response = await admin({ method: method as 'GET', url, ...(payload === undefined ? {} : { payload: payload as object }) });
        expect(response.statusCode).toBe(400);
        const body = response.json() as { error: string; message: string };
        expect(body.error).toBe('bad_request');
        expect(body.message).toContain(field);
      });
    }

    it('says what a date should be on the activities list, as the export does (was "Invalid ISO date")', async () => {
      for (const [query, message] of [
        ['from=06-12-2026', 'Invalid request query. from: must be a date as YYYY-MM-DD'],
        ['to=2026-02-30', 'Invalid request query. to: is not a real calendar date'],
      ]) {
        const response = await admin({ method: 'GET', url: `/api/activities?${query}` });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ error: 'bad_request', message });
      }
    });

    it('says "query" for a refused query string on lists and exports alike (lists said "querystring")', async () => {
      for (const url of ['/api/activities?from=06-12-2026', '/api/export/activities.csv?from=06-12-2026', '/api/groups?prefx=34.02', '/api/export/groups.csv?prefx=34.02']) {
        const response = await admin({ method: 'GET', url });
        expect(response.statusCode, url).toBe(400);
        expect(response.json().message, url).toMatch(/^Invalid request query\. /);
      }
    });

    it('says a paging, RW, months or limit number must be whole, and in what range (was "expected number, received NaN")', async () => {
      for (const [url, message] of [
        ['/api/groups?page=abc', 'Invalid request query. page: must be a whole number, 1 or more'],
        ['/api/groups?page=1.5', 'Invalid request query. page: must be a whole number, 1 or more'],
        ['/api/groups?pageSize=lima', 'Invalid request query. pageSize: must be a whole number from 1 to 500'],
        ['/api/groups?pageSize=501', 'Invalid request query. pageSize: must be a whole number from 1 to 500'],
        [`/api/areas/${PANGGUNGHARJO}/status?rw=abc`, 'Invalid request query. rw: must be a whole number from 1 to 999'],
        ['/api/stats/activities?months=x', 'Invalid request query. months: must be a whole number from 1 to 36'],
        ['/api/level-changes?limit=0', 'Invalid request query. limit: must be a whole number from 1 to 500'],
      ]) {
        const response = await admin({ method: 'GET', url: url! });
        expect(response.statusCode, url).toBe(400);
        expect(response.json(), url).toEqual({ error: 'bad_request', message });
      }
      const paged = await admin({ method: 'GET', url: '/api/groups?page=2&pageSize=1' });
      expect(paged.statusCode).toBe(200);
      expect(paged.json()).toEqual(expect.objectContaining({ page: 2, pageSize: 1 }));
    });

    it('says in plain words what a field takes, for every route, not zod\'s own wording (was "Too big: expected string to have <=100 characters", "Invalid UUID")', async () => {
      const long = 'a'.repeat(101);
      for (const [request, message] of [
        [{ method: 'GET', url: `/api/groups?q=${long}` }, 'Invalid request query. q: must be at most 100 characters'],
        [{ method: 'DELETE', url: '/api/tokens/abc' }, 'Invalid request params. id: must be a token id (UUID)'],
        [{ method: 'GET', url: '/api/groups/abc' }, 'Invalid request params. id: must be a group id (UUID)'],
        [{ method: 'POST', url: '/api/officers/invites', payload: { kind: 'tksk', areaPrefixes: ['34.02.15'], ttlDays: 91 } }, 'Invalid request body. ttlDays: must be at most 90'],
        [{ method: 'POST', url: '/api/officers/invites', payload: { kind: 'tksk', areaPrefixes: ['34.02.15'], ttlDays: 'x' } }, 'Invalid request body. ttlDays: must be a number'],
        [{ method: 'POST', url: '/api/officers/invites', payload: { kind: 'camat', areaPrefixes: ['34.02.15'] } }, 'Invalid request body. kind: must be one of tksk, psm, dinsos, pendamping'],
      ] as const) {
        const response = await admin(request);
        expect(response.statusCode, request.url).toBe(400);
        expect(response.json(), request.url).toEqual({ error: 'bad_request', message });
      }
    });

    it('names the keys a route takes for an unknown one (was \'Unrecognized key: "limit"\')', async () => {
      const response = await admin({ method: 'GET', url: '/api/groups?limit=5' });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toBe(
        'Invalid request query. limit: is not a parameter here; it takes prefix, verification, active, q, page, pageSize (page and pageSize page the list)',
      );
      const body = await admin({ method: 'POST', url: `/api/groups/${groups.tunas}/verification`, payload: { decision: 'verify', note: 'x' } });
      expect(body.json().message).toBe('Invalid request body. note: is not a field here; it takes decision, reason');
    });

    it('says a missing field is required and a form post is to be JSON (were "expected string, received undefined" and "Unsupported Media Type")', async () => {
      const missing = await admin({ method: 'POST', url: `/api/groups/${groups.tunas}/verification`, payload: {} });
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toEqual({ error: 'bad_request', message: 'Invalid request body. decision: is required' });
      const noCode = await api.call(null, { method: 'POST', url: '/api/auth/exchange', payload: {} });
      expect(noCode.json()).toEqual({ error: 'bad_request', message: 'Invalid request body. code: is required' });
      const form = await admin({
        method: 'POST',
        url: `/api/groups/${groups.tunas}/verification`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'decision=verify',
      });
      expect(form.statusCode).toBe(415);
      expect(form.json()).toEqual({
        error: 'unsupported_media_type',
        message: 'Unsupported Media Type: send the body as JSON, with the header "content-type: application/json".',
      });
    });

    it('refuses a reversed date range as the activities export does, and takes a one-day range', async () => {
      // It used to answer 200 with an empty list, read as "no activities in that time".
      const reversed = await admin({ method: 'GET', url: '/api/activities?from=2026-12-07&to=2026-12-06' });
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json()).toEqual({ error: 'bad_request', message: 'Invalid request query. from: "from" must not be after "to"' });
      const oneDay = await admin({ method: 'GET', url: '/api/activities?from=2026-11-02&to=2026-11-02' });
      expect(oneDay.statusCode).toBe(200);
      expect((oneDay.json() as PageBody<unknown>).total).toBe(1);
    });

    it('needs a reason to reject and a known decision', async () => {
      const RULE = 'a rejection needs a reason with at least 5 letters (digits, spaces and symbols do not count) and at most 300 characters, told to the group’s leaders';
      const noReason = await admin({ method: 'POST', url: `/api/groups/${groups.tunas}/verification`, payload: { decision: 'reject' } });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().message).toContain('reason');
      // A blank reason is said once, with what is wanted (was "Too small: …; reason: a reason is required to reject").
      const blank = await admin({ method: 'POST', url: `/api/groups/${groups.tunas}/verification`, payload: { decision: 'reject', reason: '   ' } });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().message).toBe(`Invalid request body. reason: must not be empty: ${RULE}`);
      // A letter or two tells the leaders nothing to fix: 5–300, as the chat asks (it took 1 before).
      const short = await admin({ method: 'POST', url: `/api/groups/${groups.tunas}/verification`, payload: { decision: 'reject', reason: 'ok' } });
      expect(short.statusCode).toBe(400);
      expect(short.json().message).toBe(`Invalid request body. reason: has too few letters: ${RULE}`);
      // Digits, spaces and symbols tell the leaders nothing either: 5 letters, as the chat and the dashboard ask.
      for (const reason of ['1234567', '     x', '12.34.56 ab']) {
        const few = await admin({ method: 'POST', url: `/api/groups/${groups.tunas}/verification`, payload: { decision: 'reject', reason } });
        expect(few.statusCode, reason).toBe(400);
        expect(few.json().message, reason).toBe(`Invalid request body. reason: has too few letters: ${RULE}`);
      }
      const unknown = await admin({ method: 'POST', url: `/api/groups/${groups.tunas}/verification`, payload: { decision: 'approve' } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().message).toContain('decision');
    });

    it('names an unknown invite area', async () => {
      const response = await admin({ method: 'POST', url: '/api/officers/invites', payload: { kind: 'psm', areaPrefixes: ['34.02.99'] } });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain('34.02.99');
    });
  });

  describe('area status and summaries', () => {
    it('answers a desa’s live status with criteria, next steps as keys and text, and no override', async () => {
      const body = (await asOfficer({ method: 'GET', url: `/api/areas/${PANGGUNGHARJO}/status` })).json();
      expect(body).toMatchObject({
        villageCode: PANGGUNGHARJO,
        villageName: 'Panggungharjo',
        rw: null,
        provisional: true,
        criteria: { c1: { met: true, activeGroups: 3, types: 2 } },
        override: null,
      });
      expect(body.effectiveLevel).toBe(body.level);
      expect(body.nextSteps.length).toBeGreaterThan(0);
      expect(body.nextSteps[0].key).toMatch(/^status:step\./);
      expect(typeof body.nextSteps[0].text).toBe('string');
      expect(body.nextSteps[0].text).not.toContain('status:step');
      // Each criterion in the chat reply's words (issue #12), never "3/2 jenis" or "100%/60%".
      const { c1, c2, c3 } = body.criteria;
      expect(body.criteriaText).toEqual({
        c1: `3 kelompok aktif (perlu ${c1.requiredGroups}), 2 jenis (perlu ${c1.requiredTypes})`,
        c2: `${c2.relations} hubungan (perlu ${c2.requiredRelations}); ${c2.linkedGroups} dari ${c2.activeGroups} kelompok sudah terhubung (perlu ${c2.requiredLinkedPercent} %)`,
        c3: `${c3.jointActivities} kegiatan bersama (perlu ${c3.requiredJointActivities}), ${c3.pmksJointActivities} untuk PMKS (perlu ${c3.requiredPmksJointActivities})`,
      });
    });

    it('answers one RW of a desa, its criteria in the language asked for', async () => {
      const body = (await admin({ method: 'GET', url: `/api/areas/${PANGGUNGHARJO}/status?rw=3&lang=en` })).json();
      expect(body).toMatchObject({ rw: 3, level: 'belum_ada', criteria: { c1: { activeGroups: 1 } } });
      expect(body.criteriaText.c1).toBe(`active groups: 1 (need ${body.criteria.c1.requiredGroups}), group types: 1 (need ${body.criteria.c1.requiredTypes})`);
    });

    it('drills down from provinces to desa with figures, live levels at desa level', async () => {
      const top = (await admin({ method: 'GET', url: '/api/areas/summary' })).json();
      expect(top.parent).toBeNull();
      expect(top.items.map((item: { code: string }) => item.code)).toEqual(['34', '35']);
      expect(top.items[0]).toMatchObject({ level: 'province', villages: 17, groups: 5, activeGroups: 4, pendingVerifications: 6 });
      expect(top.items[0].levels).toEqual({ belum_ada: 17, rintisan: 0, tumbuh: 0, aktif: 0, dorman: 0 });

      const sewon = (await admin({ method: 'GET', url: '/api/areas/summary?prefix=34.02.15' })).json();
      expect(sewon.parent).toEqual({ code: '34.02.15', name: 'Sewon', level: 'district' });
      const panggungharjo = sewon.items.find((item: { code: string }) => item.code === PANGGUNGHARJO);
      expect(panggungharjo).toMatchObject({ level: 'village', groups: 3, pendingVerifications: 5, provisional: true, criteria: { c1: { met: true } } });
      expect(['rintisan', 'tumbuh']).toContain(panggungharjo.wksbmLevel);
      const quiet = sewon.items.find((item: { code: string }) => item.code === '34.02.15.2001');
      expect(quiet).toMatchObject({ groups: 0, wksbmLevel: 'belum_ada', provisional: false });
    });

    it('shows an officer’s override in force in the drill-down: beside the computed level, and in the counts above', async () => {
      const prisma = api.db.prisma;
      const quietDesa = '34.02.15.2001';
      await prisma.areaLevelOverride.create({
        data: { villageCode: quietDesa, level: 'aktif', reason: 'cek lapangan', officerId: officer.officerId, createdAt: new Date('2026-11-20T00:00:00Z') },
      });
      // A withdrawn one is not in force.
      await prisma.areaLevelOverride.create({
        data: { villageCode: PANGGUNGHARJO, level: 'dorman', reason: 'lama', officerId: officer.officerId, createdAt: new Date('2026-11-01T00:00:00Z'), clearedAt: new Date('2026-11-02T00:00:00Z') },
      });
      try {
        const sewon = (await admin({ method: 'GET', url: '/api/areas/summary?prefix=34.02.15' })).json();
        const quiet = sewon.items.find((item: { code: string }) => item.code === quietDesa);
        expect(quiet).toMatchObject({ wksbmLevel: 'belum_ada', effectiveLevel: 'aktif', override: { level: 'aktif', reason: 'cek lapangan', officerId: officer.officerId, officerName: 'Tari' } });
        const panggungharjo = sewon.items.find((item: { code: string }) => item.code === PANGGUNGHARJO);
        expect(panggungharjo.override).toBeNull();
        expect(panggungharjo.effectiveLevel).toBe(panggungharjo.wksbmLevel);
        // One level up, the desa counts at the officer's level, not as never recorded.
        const bantul = (await admin({ method: 'GET', url: '/api/areas/summary?prefix=34.02' })).json();
        const district = bantul.items.find((item: { code: string }) => item.code === '34.02.15');
        expect(district.levels.aktif).toBe(1);
        expect(district.levels.belum_ada).toBe(district.villages - 1);
      } finally {
        await prisma.areaLevelOverride.deleteMany({ where: { villageCode: { in: [quietDesa, PANGGUNGHARJO] } } });
      }
    });

    it('gives an officer without a prefix their own areas, and above them only their part', async () => {
      const own = (await asOfficer({ method: 'GET', url: '/api/areas/summary' })).json();
      expect(own.items.map((item: { code: string }) => item.code)).toEqual(['34.02.15']);
      const above = (await asOfficer({ method: 'GET', url: '/api/areas/summary?prefix=34' })).json();
      expect(above.items.map((item: { code: string }) => item.code)).toEqual(['34.02.15']);
      expect((await asOfficer({ method: 'GET', url: '/api/areas/summary?prefix=35' })).statusCode).toBe(403);
      expect((await admin({ method: 'GET', url: '/api/areas/summary?prefix=36' })).statusCode).toBe(404);
    });

    it('counts activities per month with the joint ones, every month present', async () => {
      const body = (await admin({ method: 'GET', url: '/api/stats/activities?prefix=34.02&months=3' })).json();
      expect(body).toEqual([
        { month: '2026-09', activities: 0, jointActivities: 0 },
        { month: '2026-10', activities: 1, jointActivities: 1 },
        { month: '2026-11', activities: 1, jointActivities: 0 },
      ]);
    });
  });

  describe('verification', () => {
    it('verifies through the domain: status refreshed, leaders told, audit written, dispatcher woken', async () => {
      const wakes = api.wakes.count;
      const before = await api.db.prisma.areaLevelHistory.count({ where: { villageCode: PANGGUNGHARJO } });
      const response = await asOfficer({ method: 'POST', url: `/api/groups/${groups.melati}/verification`, payload: { decision: 'verify' } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ id: groups.melati, type: 'group', verification: 'verified' });

      const group = await api.db.prisma.group.findUniqueOrThrow({ where: { id: groups.melati! } });
      expect(group).toMatchObject({ verification: 'verified', verifiedById: officer.officerId });
      const notices = await api.db.prisma.alert.findMany({ where: { personId: leader, dedupeKey: { startsWith: `leader.verdict:group:${groups.melati}` } } });
      expect(notices).toHaveLength(1);
      expect(await api.db.prisma.areaLevelHistory.count({ where: { villageCode: PANGGUNGHARJO } })).toBeGreaterThan(before);
      const audit = await api.db.prisma.auditLog.findMany({ where: { action: 'group.verify', targetId: groups.melati! } });
      expect(audit).toEqual([expect.objectContaining({ actorKind: 'officer', actorId: officer.personId, via: 'api', targetType: 'group' })]);
      expect(api.wakes.count).toBe(wakes + 1);

      const again = await asOfficer({ method: 'POST', url: `/api/groups/${groups.melati}/verification`, payload: { decision: 'reject', reason: 'dobel' } });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: 'conflict' });
      // Who decided, by name, on the group and in the list; nobody yet on a pending one.
      expect((await admin({ method: 'GET', url: `/api/groups/${groups.melati}` })).json()).toMatchObject({ decidedBy: { kind: 'officer', name: 'Tari' } });
      const listed = (await asOfficer({ method: 'GET', url: `/api/groups?prefix=${PANGGUNGHARJO}` })).json() as PageBody<{ id: string; decidedBy: unknown }>;
      expect(listed.items.find((item) => item.id === groups.melati)?.decidedBy).toEqual({ kind: 'officer', name: 'Tari' });
      expect(listed.items.find((item) => item.id === groups.mawar)?.decidedBy).toBeNull();
    });

    it('lets the admin reject with a reason the leaders are told; the status stops counting the group', async () => {
      // Tidied as the chat tidies a typed reason: a bidi override (it can make the leaders' notice read backwards) and runs of spaces go.
      const response = await admin({ method: 'POST', url: `/api/groups/${groups.tunas}/verification`, payload: { decision: 'reject', reason: 'Kelompok \u202e \n fiktif' } });
      expect(response.statusCode).toBe(200);
      const group = await api.db.prisma.group.findUniqueOrThrow({ where: { id: groups.tunas! } });
      expect(group).toMatchObject({ verification: 'rejected', rejectionReason: 'Kelompok fiktif', verifiedById: null });
      const notice = await api.db.prisma.alert.findFirstOrThrow({ where: { personId: leader, dedupeKey: { startsWith: `leader.verdict:group:${groups.tunas}` } } });
      expect(JSON.stringify(notice.payload)).toContain('officers:notice.rejectedByAdmin');
      expect(JSON.stringify(notice.payload)).toContain('Kelompok fiktif');
      const status = (await admin({ method: 'GET', url: `/api/areas/${PANGGUNGHARJO}/status` })).json();
      expect(status.criteria.c1.activeGroups).toBe(2);
      expect(await api.db.prisma.auditLog.count({ where: { action: 'group.reject', actorKind: 'admin', actorId: null, via: 'api' } })).toBe(1);
      // The ADMIN_TOKEN holder has no name: the decider is "admin".
      expect((await admin({ method: 'GET', url: `/api/groups/${groups.tunas}` })).json()).toMatchObject({ decidedBy: { kind: 'admin', name: null } });
    });

    it('refuses an officer verifying a group they lead', async () => {
      const own = await createGroup(api.db, { villageCode: PANGGUNGHARJO, name: 'Majelis Taklim Tari', type: 'majelis_taklim', leaderId: officer.personId });
      const response = await asOfficer({ method: 'POST', url: `/api/groups/${own}/verification`, payload: { decision: 'verify' } });
      expect(response.statusCode).toBe(403);
      expect((await api.db.prisma.group.findUniqueOrThrow({ where: { id: own } })).verification).toBe('pending');

      // The lists say so beforehand (youLead), so the dashboard offers no button that would fail.
      const listed = (await asOfficer({ method: 'GET', url: `/api/groups?prefix=${PANGGUNGHARJO}&verification=pending` })).json() as PageBody<{ id: string; youLead: boolean }>;
      expect(listed.items.find((item) => item.id === own)?.youLead).toBe(true);
      expect(listed.items.filter((item) => item.id !== own).every((item) => item.youLead === false)).toBe(true);
      expect((await asOfficer({ method: 'GET', url: `/api/groups/${own}` })).json()).toMatchObject({ youLead: true });
      expect((await admin({ method: 'GET', url: `/api/groups/${own}` })).json()).toMatchObject({ youLead: false });
      const activity = await createActivity(api.db, { villageCode: PANGGUNGHARJO, date: '2026-11-14', groupIds: [own, groups.melati!] });
      const activities = (await asOfficer({ method: 'GET', url: `/api/activities?prefix=${PANGGUNGHARJO}&verification=pending` })).json() as PageBody<{ id: string; youLead: boolean }>;
      expect(activities.items.find((item) => item.id === activity)?.youLead).toBe(true);
      expect(activities.items.filter((item) => item.id !== activity).every((item) => item.youLead === false)).toBe(true);
      expect((await asOfficer({ method: 'GET', url: `/api/activities/${activity}` })).json()).toMatchObject({ youLead: true });
      expect((await asOfficer({ method: 'POST', url: `/api/activities/${activity}/verification`, payload: { decision: 'verify' } })).statusCode).toBe(403);
      // Out of the way of the later tests, which verify every pending activity of the desa as this officer.
      await api.db.prisma.activity.delete({ where: { id: activity } });
    });

    it('refuses to verify a group its leader deactivated while it was pending (409, nothing to verify)', async () => {
      const response = await admin({ method: 'POST', url: `/api/groups/${groups.depok}/verification`, payload: { decision: 'verify' } });
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toContain('deactivated by its leader');
      expect((await api.db.prisma.group.findUniqueOrThrow({ where: { id: groups.depok! } })).verification).toBe('pending');
    });

    it('verifies an activity; once all is verified the desa is no longer provisional', async () => {
      const pending = (await asOfficer({ method: 'GET', url: `/api/activities?prefix=${PANGGUNGHARJO}&verification=pending` })).json() as PageBody<{ id: string }>;
      for (const activity of pending.items) {
        expect((await asOfficer({ method: 'POST', url: `/api/activities/${activity.id}/verification`, payload: { decision: 'verify' } })).statusCode).toBe(200);
      }
      const decided = (await asOfficer({ method: 'GET', url: `/api/activities?prefix=${PANGGUNGHARJO}&verification=verified` })).json() as PageBody<{ decidedBy: unknown }>;
      expect(decided.items.map((item) => item.decidedBy)).toEqual(pending.items.map(() => ({ kind: 'officer', name: 'Tari' })));
      expect(pending.items.length).toBeGreaterThan(0);
      const groupsLeft = (await asOfficer({ method: 'GET', url: `/api/groups?prefix=${PANGGUNGHARJO}&verification=pending` })).json() as PageBody<{ id: string }>;
      for (const group of groupsLeft.items) {
        const response = await admin({ method: 'POST', url: `/api/groups/${group.id}/verification`, payload: { decision: 'verify' } });
        expect(response.statusCode).toBe(200);
      }
      const status = (await asOfficer({ method: 'GET', url: `/api/areas/${PANGGUNGHARJO}/status` })).json();
      expect(status.provisional).toBe(false);
      // History records level changes only (#12): verifying changes no level, so the last
      // row is still the level change, recorded while its data were unverified.
      expect(status.history[0]).toMatchObject({ level: status.level });
      const changes = (await asOfficer({ method: 'GET', url: '/api/level-changes' })).json();
      expect(changes.items[0]).toMatchObject({ villageCode: PANGGUNGHARJO, villageName: 'Panggungharjo', to: status.level });
    });
  });

  describe('officers, tokens, alerts and people', () => {
    it('creates an invite for an officer’s own area, stores it and audits it without the code', async () => {
      const response = await asOfficer({ method: 'POST', url: '/api/officers/invites', payload: { kind: 'psm', areaPrefixes: [PANGGUNGHARJO], ttlDays: 3 } });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      // No Telegram running here: no t.me link (test/channels/telegram/start-links.test.ts has one).
      expect(body).not.toHaveProperty('telegramLink');
      expect(body.areas).toEqual([{ code: PANGGUNGHARJO, name: 'Panggungharjo', level: 'village' }]);
      expect(Date.parse(body.expiresAt)).toBe(NOW.getTime() + 3 * DAY);
      const stored = await api.db.prisma.officerInvite.findUniqueOrThrow({ where: { code: body.code.replace('-', '') } });
      expect(stored).toMatchObject({ kind: 'psm', areaPrefixes: [PANGGUNGHARJO], usedAt: null });
      const audit = await api.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'officer.invite', actorId: officer.personId } });
      expect(JSON.stringify(audit)).not.toContain(body.code.replace('-', ''));
      expect((await asOfficer({ method: 'POST', url: '/api/officers/invites', payload: { kind: 'psm', areaPrefixes: ['34.02'] } })).statusCode).toBe(403);
      // Nor a kind above the officer's own: a TKSK cannot make a Dinas Sosial officer (a PSM, not a TKSK).
      const above = await asOfficer({ method: 'POST', url: '/api/officers/invites', payload: { kind: 'dinsos', areaPrefixes: [PANGGUNGHARJO] } });
      expect(above.statusCode).toBe(403);
      expect(above.json().message).toContain('same or a lower kind');
      expect((await asOfficer({ method: 'POST', url: '/api/officers/invites', payload: { kind: 'tksk', areaPrefixes: [PANGGUNGHARJO] } })).statusCode).toBe(201);
    });

    it('issues a token shown once that signs in, and revokes it', async () => {
      const issued = await admin({ method: 'POST', url: `/api/officers/${officer.officerId}/tokens`, payload: { ttlDays: 10, label: 'laptop' } });
      expect(issued.statusCode).toBe(201);
      const { id, token, expiresAt } = issued.json();
      expect(Date.parse(expiresAt)).toBe(NOW.getTime() + 10 * DAY);
      expect((await api.call(token, { method: 'GET', url: '/api/me' })).json()).toMatchObject({ kind: 'officer', officerId: officer.officerId, areaPrefixes: ['34.02.15'], seesPhones: false });
      const listed = (await asOfficer({ method: 'GET', url: '/api/tokens' })).json() as PageBody<Record<string, unknown>>;
      expect(listed.items.some((row) => row.id === id && row.label === 'laptop')).toBe(true);
      expect(JSON.stringify(listed)).not.toContain(token);
      expect((await asOfficer({ method: 'DELETE', url: `/api/tokens/${id}` })).json()).toEqual({ id, revoked: true, alreadyRevoked: false });
      expect((await api.call(token, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
      expect(await api.db.prisma.auditLog.count({ where: { action: { in: ['token.issue', 'token.revoke'] }, targetId: officer.personId } })).toBe(2);
    });

    it('makes an admin person with the ADMIN_TOKEN only, who then signs in as admin', async () => {
      const person = await createPerson(api.db, 'Ani Admin');
      expect((await admin({ method: 'POST', url: `/api/people/${person}/tokens` })).statusCode).toBe(409);
      expect((await admin({ method: 'PUT', url: `/api/people/${person}/admin`, payload: { isAdmin: true } })).json()).toEqual({ id: person, isAdmin: true });
      const { token } = (await admin({ method: 'POST', url: `/api/people/${person}/tokens`, payload: {} })).json();
      expect((await api.call(token, { method: 'GET', url: '/api/me' })).json()).toEqual({ kind: 'admin', personId: person, seesPhones: true });
      // An admin person may do admin work but not make admins.
      expect((await api.call(token, { method: 'PUT', url: `/api/people/${leader}/admin`, payload: { isAdmin: true } })).statusCode).toBe(403);
      expect((await api.call(token, { method: 'GET', url: '/api/people?q=lia' })).statusCode).toBe(200);
    });

    it('names the kabupaten of an officer covering a whole kabupaten, and the kecamatan of one covering a kecamatan', async () => {
      const regency = await createOfficer(api.db, 'Bu Dinsos', 'dinsos', ['34.02', '34.02.15']);
      const { token } = await tokenFor(api.db, regency.personId);
      const me = (await api.call(token, { method: 'GET', url: '/api/me' })).json() as { areas: Array<{ level: string; name: string; regencyName: string; districtName: string }> };
      const [kabupaten, kecamatan] = me.areas;
      // Was regencyName '' for the kabupaten itself.
      expect(kabupaten).toMatchObject({ level: 'regency', regencyName: kabupaten!.name, districtName: '' });
      expect(kabupaten!.name).not.toBe('');
      expect(kecamatan).toMatchObject({ level: 'district', regencyName: kabupaten!.name, districtName: kecamatan!.name });
    });

    it('finds people by name or phone with unmasked phones for the admin, and audits the listing', async () => {
      const byName = (await admin({ method: 'GET', url: '/api/people?q=lestari' })).json() as PageBody<{ id: string; phone: string }>;
      expect(byName.items).toEqual([expect.objectContaining({ id: leader, phone: '+6281234567890' })]);
      const byPhone = (await admin({ method: 'GET', url: '/api/people?q=0812-3456' })).json() as PageBody<{ id: string }>;
      expect(byPhone.items.map((person) => person.id)).toEqual([leader]);
      expect(await api.db.prisma.auditLog.count({ where: { action: 'people.list' } })).toBeGreaterThanOrEqual(2);
      // A search box cleared (q=) is no search, as without q (was 400 "Too small: expected string to have >=1 characters").
      for (const url of ['/api/people', '/api/groups']) {
        const all = await admin({ method: 'GET', url });
        const cleared = await admin({ method: 'GET', url: `${url}?q=` });
        expect(cleared.statusCode, cleared.body).toBe(200);
        expect((cleared.json() as PageBody<unknown>).total).toBe((all.json() as PageBody<unknown>).total);
        expect((await admin({ method: 'GET', url: `${url}?q=%20%20` })).statusCode).toBe(200);
      }
    });

    it('retries a dead letter once, and only a dead one', async () => {
      const dead = await api.db.prisma.alert.create({
        data: { personId: officer.personId, kind: 'group.registered', payload: [], dedupeKey: 'dead-behaviour', status: 'dead', attempts: 8, lastError: 'blocked' },
      });
      const listed = (await asOfficer({ method: 'GET', url: '/api/alerts?status=dead' })).json() as PageBody<{ id: string }>;
      expect(listed.items.map((alert) => alert.id)).toContain(dead.id);
      expect((await admin({ method: 'POST', url: `/api/alerts/${dead.id}/retry` })).json()).toEqual({ id: dead.id, status: 'pending' });
      expect(await api.db.prisma.alert.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: 'pending', attempts: 0 });
      expect((await admin({ method: 'POST', url: `/api/alerts/${dead.id}/retry` })).statusCode).toBe(409);
      expect((await admin({ method: 'POST', url: '/api/alerts/00000000-0000-4000-8000-000000000000/retry' })).statusCode).toBe(404);
      expect(await api.db.prisma.auditLog.count({ where: { action: 'alert.retry', targetId: dead.id } })).toBe(1);
    });

    it('resets the conversations of every identity of a person', async () => {
      for (const [channel, externalId] of [['telegram', '1001'], ['webchat', 'w-1']] as const) {
        const identity = await api.db.prisma.channelIdentity.create({ data: { channel, externalId, personId: leader } });
        await api.db.prisma.conversation.create({ data: { identityId: identity.id, state: { flow: 'group.register', step: 'stuck' }, lastActiveAt: NOW } });
      }
      const response = await admin({ method: 'POST', url: `/api/people/${leader}/reset-conversation` });
      expect(response.json()).toEqual({ id: leader, cleared: 2 });
      expect(await api.db.prisma.conversation.count({ where: { identity: { personId: leader } } })).toBe(0);
      expect(await api.db.prisma.auditLog.count({ where: { action: 'person.resetConversation', targetId: leader } })).toBe(1);
      const audit = (await admin({ method: 'GET', url: `/api/audit?action=person.resetConversation` })).json() as PageBody<{ details: unknown }>;
      expect(audit.items[0]!.details).toEqual({ cleared: 2 });
    });
  });

  it('serves the OpenAPI UI and document with bearer auth', async () => {
    const page = await api.app.inject({ method: 'GET', url: '/docs' });
    const html = page.statusCode === 302 ? await api.app.inject({ method: 'GET', url: page.headers.location as string }) : page;
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    const document = (await api.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.paths['/api/groups'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(['prefix', 'verification', 'page', 'pageSize']),
    );
  });

  it('documents what the routes answer: 201 where they create, a token body that may be left out (said 200 and "required")', async () => {
    const paths = (await api.app.inject({ method: 'GET', url: '/docs/json' })).json().paths;
    for (const [path, method] of [
      ['/api/officers/invites', 'post'],
      ['/api/officers/{id}/tokens', 'post'],
      ['/api/people/{id}/tokens', 'post'],
    ] as const) {
      expect(Object.keys(paths[path][method].responses), path).toEqual(['201']);
    }
    expect(Object.keys(paths['/api/officers/invites'].post.responses['201'].content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['code', 'kind', 'expiresAt', 'areas', 'telegramLink']),
    );
    expect(paths['/api/officers/{id}/tokens'].post.requestBody.required).toBe(false);
    expect(paths['/api/people/{id}/tokens'].post.requestBody.required).toBe(false);
    expect(paths['/api/officers/invites'].post.requestBody.required).toBe(true);
    // What the document says is what the route answers: 201 with those keys, with a body or none.
    const invite = await admin({ method: 'POST', url: '/api/officers/invites', payload: { kind: 'psm', areaPrefixes: ['34.02.15'] } });
    expect(invite.statusCode).toBe(201);
    expect(Object.keys(invite.json()).sort()).toEqual(['areas', 'code', 'expiresAt', 'kind']);
    const token = await admin({ method: 'POST', url: `/api/officers/${officer.officerId}/tokens` });
    expect(token.statusCode).toBe(201);
    expect(Object.keys(token.json()).sort()).toEqual(['expiresAt', 'id', 'token']);
  });
});
