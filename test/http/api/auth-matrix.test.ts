/**
 * Every /api route against every kind of caller: no token, a wrong token and a revoked
 * token are 401; an officer inside the area gets the answer, an officer of another area a
 * 403 (lists filtered to an area) or a 404 (single records), and admin-only routes a 403;
 * the admin gets the answer. The one route without sign-in (the sign-in code exchange, its
 * own tests in auth-exchange.test.ts) is listed apart, and is documented as such.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { revokeToken } from '../../../src/storage/tokens/api-tokens.js';
import { describeEachDatabase } from '../../support/databases.js';
import {
  ADMIN_TOKEN,
  CATURTUNGGAL,
  createActivity,
  createGroup,
  createOfficer,
  createPerson,
  NOW,
  openApiHarness,
  PANGGUNGHARJO,
  tokenFor,
  type ApiHarness,
} from './api-fixture.js';

type Caller = 'admin' | 'in' | 'out';

/** Routes that need no bearer token. */
const PUBLIC_ROUTES = ['POST /auth/exchange'];

interface RouteCase {
  readonly name: string;
  /** The request as each caller makes it (writes may target a record of their own). */
  readonly request: (caller: Caller) => InjectOptions;
  readonly expected: Readonly<Record<Caller, number>>;
}

describeEachDatabase('admin API auth matrix', (kind) => {
  let api: ApiHarness;
  let tokens: Record<Caller | 'revoked', string>;
  const ids: Record<string, string> = {};
  let cases: RouteCase[];

  beforeAll(async () => {
    api = await openApiHarness(kind);
    const db = api.db;
    const tksk = await createOfficer(db, 'Tari', 'tksk', ['34.02.15']);
    const psm = await createOfficer(db, 'Pras', 'psm', ['34.04.07']);
    const leader = await createPerson(db, 'Lia', '+6281234567890');
    const group = (name: string, villageCode = PANGGUNGHARJO) => createGroup(db, { villageCode, name, type: 'arisan', leaderId: leader });
    ids.group = await group('Arisan Melati');
    ids.groupIn = await group('PKK Mawar');
    ids.groupAdmin = await group('Karang Taruna Tunas');
    ids.depokGroup = await group('Arisan Depok', CATURTUNGGAL);
    // Registered twice: merged into Arisan Melati by the admin and by the officer of the area.
    ids.twiceAdmin = await group('Arisan Melati Dua');
    ids.twiceIn = await group('Arisan Melati Tiga');
    ids.activity = await createActivity(db, { villageCode: PANGGUNGHARJO, date: '2026-11-10', groupIds: [ids.group, ids.groupIn] });
    ids.activityIn = await createActivity(db, { villageCode: PANGGUNGHARJO, date: '2026-11-11', groupIds: [ids.group, ids.groupIn] });
    ids.activityAdmin = await createActivity(db, { villageCode: PANGGUNGHARJO, date: '2026-11-12', groupIds: [ids.group, ids.groupIn] });
    // Evidence photos (#18): one attached to the activity, sent by its leader.
    ids.photo = (
      await db.prisma.activityPhoto.create({
        data: { activityId: ids.activity, senderId: leader, mime: 'image/jpeg', width: 2, height: 2, byteSize: 4, data: Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]) },
      })
    ).id;
    ids.tksk = tksk.officerId;
    const adminPerson = await createPerson(db, 'Adi', null, true);
    ids.adminPerson = adminPerson;
    ids.leader = leader;
    const dead = await db.prisma.alert.create({
      data: { personId: tksk.personId, officerId: tksk.officerId, kind: 'group.registered', payload: [], dedupeKey: 'dead-1', status: 'dead', attempts: 8 },
    });
    ids.deadAlert = dead.id;
    const revoked = await tokenFor(db, tksk.personId);
    await db.prisma.$transaction((tx) => revokeToken(tx, revoked.id, NOW));
    tokens = {
      admin: ADMIN_TOKEN,
      in: (await tokenFor(db, tksk.personId)).token,
      out: (await tokenFor(db, psm.personId)).token,
      revoked: revoked.token,
    };
    ids.spareIn = (await tokenFor(db, tksk.personId, 'spare')).id;
    ids.spareAdmin = (await tokenFor(db, psm.personId, 'spare')).id;

    const get = (url: string) => () => ({ method: 'GET' as const, url });
    const byCaller = (urls: Record<Caller, string>, method: 'POST' | 'DELETE', payload?: unknown) => (caller: Caller) => ({
      method,
      url: urls[caller],
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    const area = { admin: 200, in: 200, out: 403 };
    const record = { admin: 200, in: 200, out: 404 };
    const adminOnly = { admin: 200, in: 403, out: 403 };
    const anyone = { admin: 200, in: 200, out: 200 };
    cases = [
      { name: 'GET /me', request: get('/api/me'), expected: anyone },
      { name: 'GET /groups', request: get('/api/groups?prefix=34.02.15'), expected: area },
      { name: 'GET /groups/{id}', request: get(`/api/groups/${ids.group}`), expected: record },
      {
        name: 'POST /groups/{id}/verification',
        request: byCaller(
          { admin: `/api/groups/${ids.groupAdmin}/verification`, in: `/api/groups/${ids.groupIn}/verification`, out: `/api/groups/${ids.groupIn}/verification` },
          'POST',
          { decision: 'verify' },
        ),
        expected: record,
      },
      {
        name: 'POST /groups/{id}/merge',
        request: byCaller(
          { admin: `/api/groups/${ids.twiceAdmin}/merge`, in: `/api/groups/${ids.twiceIn}/merge`, out: `/api/groups/${ids.twiceIn}/merge` },
          'POST',
          { into: ids.group },
        ),
        expected: record,
      },
      { name: 'GET /activities', request: get('/api/activities?prefix=34.02.15'), expected: area },
      { name: 'GET /activities/{id}', request: get(`/api/activities/${ids.activity}`), expected: record },
      { name: 'GET /activities/{id}/photos', request: get(`/api/activities/${ids.activity}/photos`), expected: record },
      { name: 'GET /activities/{id}/photos/{id}', request: get(`/api/activities/${ids.activity}/photos/${ids.photo}`), expected: record },
      {
        name: 'POST /activities/{id}/verification',
        request: byCaller(
          {
            admin: `/api/activities/${ids.activityAdmin}/verification`,
            in: `/api/activities/${ids.activityIn}/verification`,
            out: `/api/activities/${ids.activityIn}/verification`,
          },
          'POST',
          { decision: 'reject', reason: 'Tanggal tidak sesuai' },
        ),
        expected: record,
      },
      { name: 'GET /relations', request: get('/api/relations?prefix=34.02.15'), expected: area },
      { name: 'GET /areas/{desa}/status', request: get(`/api/areas/${PANGGUNGHARJO}/status`), expected: record },
      { name: 'GET /areas/summary', request: get('/api/areas/summary?prefix=34.02.15'), expected: area },
      { name: 'GET /stats/activities', request: get('/api/stats/activities?prefix=34.02.15'), expected: area },
      { name: 'GET /level-changes', request: get('/api/level-changes?prefix=34.02.15'), expected: area },
      { name: 'GET /officers', request: get('/api/officers?prefix=34.02.15'), expected: area },
      {
        name: 'POST /officers/invites',
        request: () => ({ method: 'POST', url: '/api/officers/invites', payload: { kind: 'psm', areaPrefixes: [PANGGUNGHARJO] } }),
        expected: { admin: 201, in: 201, out: 403 },
      },
      {
        name: 'POST /officers/{id}/tokens',
        request: () => ({ method: 'POST', url: `/api/officers/${ids.tksk}/tokens`, payload: { ttlDays: 30 } }),
        expected: { admin: 201, in: 403, out: 403 },
      },
      {
        name: 'POST /people/{id}/tokens',
        request: () => ({ method: 'POST', url: `/api/people/${ids.adminPerson}/tokens`, payload: {} }),
        expected: { admin: 201, in: 403, out: 403 },
      },
      { name: 'GET /tokens', request: get('/api/tokens'), expected: anyone },
      {
        name: 'DELETE /tokens/{id}',
        request: byCaller({ admin: `/api/tokens/${ids.spareAdmin}`, in: `/api/tokens/${ids.spareIn}`, out: `/api/tokens/${ids.spareIn}` }, 'DELETE'),
        expected: record,
      },
      { name: 'GET /alerts', request: get('/api/alerts'), expected: anyone },
      { name: 'POST /alerts/{id}/retry', request: () => ({ method: 'POST', url: `/api/alerts/${ids.deadAlert}/retry` }), expected: adminOnly },
      { name: 'GET /people', request: get('/api/people'), expected: adminOnly },
      { name: 'POST /people/{id}/reset-conversation', request: () => ({ method: 'POST', url: `/api/people/${ids.leader}/reset-conversation` }), expected: adminOnly },
      { name: 'PUT /people/{id}/admin', request: () => ({ method: 'PUT', url: `/api/people/${ids.leader}/admin`, payload: { isAdmin: false } }), expected: adminOnly },
      { name: 'GET /audit', request: get('/api/audit'), expected: adminOnly },
      ...['groups', 'activities', 'areas'].flatMap((table) =>
        ['csv', 'xlsx'].map((format) => ({
          name: `GET /export/${table}.${format}`,
          request: get(`/api/export/${table}.${format}?prefix=34.02.15`),
          expected: area,
        })),
      ),
    ];
  });
  afterAll(() => api?.close());

  it('has a case for every route the API registers', () => {
    // Path parameters as the OpenAPI test names them: {desa} for a desa code, {id} for any id.
    const registered = api.routes.map((route) => route.replace(' /api', ' ').replace(':desaCode', '{desa}').replace(/:\w+/g, '{id}').replace('  ', ' '));
    expect([...registered].sort()).toEqual([...cases.map((route) => route.name), ...PUBLIC_ROUTES].sort());
  });

  it('refuses a query key a route does not take on every route, naming what it takes (routes without query parameters ignored it: /api/me?x=1 was 200)', async () => {
    const withX = (request: InjectOptions) => ({ ...request, url: `${String(request.url)}${String(request.url).includes('?') ? '&' : '?'}x=1` });
    const requests = [
      ...cases.map((route) => ({ name: route.name, token: tokens.admin, request: withX(route.request('admin')) })),
      { name: 'POST /auth/exchange', token: null, request: withX({ method: 'POST', url: '/api/auth/exchange', payload: { code: 'ABCD-EFGH-JKLM' } }) },
    ];
    for (const { name, token, request } of requests) {
      const response = await api.call(token, request);
      expect({ name, status: response.statusCode }).toEqual({ name, status: 400 });
      expect({ name, body: response.json() }).toEqual({
        name,
        body: { error: 'bad_request', message: expect.stringMatching(/^Invalid request query\. x: is not a parameter here; it takes (no parameters|\w+(, \w+)*( \(page and pageSize page the list\))?)$/) },
      });
    }
    // Said in so many words where there are none to name.
    expect((await api.call(tokens.admin, { method: 'GET', url: '/api/me?x=1' })).json().message).toBe('Invalid request query. x: is not a parameter here; it takes no parameters');
  });

  it('lets the public routes through without a token (a bad body is a 400, not a 401)', async () => {
    for (const route of PUBLIC_ROUTES) {
      const [method, path] = route.split(' ') as ['POST', string];
      for (const token of [null, 'wrong-token', tokens.revoked]) {
        const response = await api.call(token, { method, url: `/api${path}`, payload: {} });
        expect({ route, status: response.statusCode }).toEqual({ route, status: 400 });
      }
    }
  });

  it('answers every route as the matrix says', async () => {
    let exports = 0;
    for (const route of cases) {
      const request = route.request('out');
      for (const bad of [null, 'wrong-token', 'wksbm_notarealtoken', tokens.revoked]) {
        const response = await api.call(bad, request);
        expect({ route: route.name, token: bad === null ? 'none' : 'bad', status: response.statusCode }).toEqual({
          route: route.name,
          token: bad === null ? 'none' : 'bad',
          status: 401,
        });
        expect(response.json()).toMatchObject({ error: 'unauthorized' });
      }
      // Outside first, so a write through another caller cannot change what the outsider sees.
      for (const caller of ['out', 'in', 'admin'] as const) {
        const response = await api.call(tokens[caller], route.request(caller));
        expect({ route: route.name, caller, status: response.statusCode, body: response.statusCode >= 400 ? response.json() : null }).toMatchObject({
          route: route.name,
          caller,
          status: route.expected[caller],
        });
        if (route.name.startsWith('GET /export/') && response.statusCode === 200) exports += 1;
        if (response.statusCode === 403) expect(response.json()).toMatchObject({ error: 'forbidden' });
        if (response.statusCode === 404) expect(response.json()).toMatchObject({ error: 'not_found' });
      }
    }
    // An export is audited when it starts and again once the answer was sent: wait for the
    // closing entries, so none is still being written when the database closes.
    const audited = () => api.db.prisma.auditLog.count({ where: { action: { startsWith: 'export.' } } });
    for (let tries = 0; tries < 200 && (await audited()) < 2 * exports; tries++) await delay(50);
    expect(await audited()).toBe(2 * exports);
  });

  it('serves a photo only to those who may see its activity, and only through that activity', async () => {
    const url = `/api/activities/${ids.activity}/photos`;
    const list = await api.call(tokens.in, { method: 'GET', url });
    expect(list.headers['cache-control']).toBe('private, no-store');
    expect((list.json() as { items: Array<{ id: string }> }).items.map((item) => item.id)).toEqual([ids.photo]);
    const photo = await api.call(tokens.in, { method: 'GET', url: `${url}/${ids.photo}` });
    expect(photo.headers['content-type']).toMatch(/^image\/jpeg/);
    expect([...photo.rawPayload]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    // The same photo asked through another activity of the area is not there.
    const elsewhere = await api.call(tokens.admin, { method: 'GET', url: `/api/activities/${ids.activityAdmin}/photos/${ids.photo}` });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toMatchObject({ error: 'not_found' });
    expect((await api.call(tokens.in, { method: 'GET', url: `/api/activities/${ids.activityIn}/photos` })).json()).toEqual({ items: [] });
  });

  it('lists in the OpenAPI document exactly the routes of the matrix', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/^\/api/, '').replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'desaCode' ? '{desa}' : '{id}'))}`))
      .sort();
    expect(documented).toEqual([...cases.map((route) => route.name), ...PUBLIC_ROUTES].sort());
  });
});
