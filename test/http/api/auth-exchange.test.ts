/**
 * POST /api/auth/exchange on both databases: a one-time sign-in code becomes a personal
 * token that signs in on /api/me; a used, expired, unknown or replaced code is a 401 with
 * its reason, a malformed one a 400; of concurrent exchanges of one code exactly one gets a
 * token; the person's earlier dashboard tokens are revoked; every exchange is audited.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { revokeToken, revokeTokensOf } from '../../../src/storage/tokens/api-tokens.js';
import { issueSignInCode, normalizeSignInCode } from '../../../src/storage/tokens/sign-in-codes.js';
import { describeEachDatabase } from '../../support/databases.js';
import { ADMIN_TOKEN, createOfficer, createPerson, DAY, NOW, openApiHarness, tokenFor, type ApiHarness } from './api-fixture.js';

const MINUTE = 60_000;
const CODE_TTL = 10 * MINUTE;

describeEachDatabase('sign-in code exchange', (kind) => {
  let api: ApiHarness;
  let now = NOW;
  let officer: { personId: string; officerId: string };

  beforeAll(async () => {
    api = await openApiHarness(kind, () => now);
    officer = await createOfficer(api.db, 'Tari', 'tksk', ['34.02.15']);
  });
  afterAll(() => api?.close());

  async function codeFor(personId: string, at = now): Promise<string> {
    const issued = await api.db.prisma.$transaction((tx) => issueSignInCode(tx, personId, at, CODE_TTL));
    expect(issued.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(issued.expiresAt.getTime() - at.getTime()).toBe(CODE_TTL);
    return issued.code;
  }

  const exchange = (code: unknown, token: string | null = null) =>
    api.call(token, { method: 'POST', url: '/api/auth/exchange', payload: code === undefined ? {} : { code } });

  const liveTokens = (personId: string) => api.db.prisma.apiToken.findMany({ where: { personId, revokedAt: null }, orderBy: { createdAt: 'asc' } });

  it('turns a valid code into a 30-day token that signs in on /api/me, and audits it', async () => {
    const code = await codeFor(officer.personId);
    const response = await exchange(code);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json() as { token: string; expiresAt: string };
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);
    expect(body.token).toMatch(/^wksbm_[A-Za-z0-9_-]{43}$/);
    expect(new Date(body.expiresAt).getTime() - now.getTime()).toBe(30 * DAY);

    const me = await api.call(body.token, { method: 'GET', url: '/api/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ kind: 'officer', personId: officer.personId, officerId: officer.officerId, areaPrefixes: ['34.02.15'] });

    const [stored] = await liveTokens(officer.personId);
    expect(stored).toMatchObject({ label: 'dashboard', expiresAt: new Date(body.expiresAt) });
    const audit = await api.db.prisma.auditLog.findMany({ where: { action: 'auth.exchange' } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorKind: 'officer',
        actorId: officer.personId,
        targetType: 'person',
        targetId: officer.personId,
        via: 'api',
        details: { tokenId: stored!.id, expiresAt: body.expiresAt },
      }),
    ]);
    // Neither the code nor the token is written anywhere in the clear.
    const rows = JSON.stringify([await api.db.prisma.signInCode.findMany(), await api.db.prisma.apiToken.findMany(), audit]);
    expect(rows).not.toContain(body.token);
    expect(rows).not.toContain(normalizeSignInCode(code)!);
  });

  it('refuses a code used once already (401, reason used)', async () => {
    const code = await codeFor(officer.personId);
    expect((await exchange(code)).statusCode).toBe(200);
    const again = await exchange(code);
    expect(again.statusCode).toBe(401);
    expect(again.json()).toEqual({ error: 'unauthorized', reason: 'used', message: expect.stringContaining('already used') });
  });

  it('refuses a code once its 10 minutes are over (manual clock), and accepts it just before', async () => {
    const early = await codeFor(officer.personId);
    now = new Date(NOW.getTime() + CODE_TTL - 1);
    expect((await exchange(early)).statusCode).toBe(200);

    now = NOW;
    const late = await codeFor(officer.personId);
    now = new Date(NOW.getTime() + CODE_TTL);
    const response = await exchange(late);
    now = NOW;
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'unauthorized', reason: 'expired', message: expect.stringContaining('expired') });
    // Refusing it did not consume it (it is the only code of the officer left: a new one replaces the old).
    expect(await api.db.prisma.signInCode.count({ where: { usedAt: { not: null }, personId: officer.personId } })).toBe(0);
  });

  it('answers 400 naming the field for a malformed code, and 401 for one of the right form that was never issued', async () => {
    for (const bad of [undefined, '', 'ABCD-EFGH', 'ABCD-EFGH-JKL0', 'ABCD-EFGH-JKLMN', 'IIII-OOOO-1111', 123, 'wksbm_abcdefghijklmnop']) {
      const response = await exchange(bad);
      expect({ bad, status: response.statusCode }).toEqual({ bad, status: 400 });
      expect(response.json()).toMatchObject({ error: 'bad_request', message: expect.stringContaining('code') });
    }
    const noBody = await api.call(null, { method: 'POST', url: '/api/auth/exchange' });
    expect(noBody.statusCode).toBe(400);
    const unknown = await exchange('ABCD-EFGH-JKLM');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ error: 'unauthorized', reason: 'unknown' });
  });

  it('accepts the code typed in lower case, with spaces or without dashes', async () => {
    for (const typed of [(code: string) => code.toLowerCase(), (code: string) => ` ${code.replaceAll('-', ' ')} `, (code: string) => code.replaceAll('-', '')]) {
      const code = await codeFor(officer.personId);
      const response = await exchange(typed(code));
      expect({ typed: typed(code), status: response.statusCode }).toEqual({ typed: typed(code), status: 200 });
    }
  });

  it('gives exactly one token when the same code is exchanged concurrently', async () => {
    const code = await codeFor(officer.personId);
    const auditBefore = await api.db.prisma.auditLog.count({ where: { action: 'auth.exchange' } });
    const answers = await Promise.all(Array.from({ length: 4 }, () => exchange(code)));
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([200, 401, 401, 401]);
    const winner = answers.find((answer) => answer.statusCode === 200)!.json() as { token: string };
    for (const loser of answers.filter((answer) => answer.statusCode === 401)) expect(loser.json()).toMatchObject({ reason: 'used' });
    const live = await liveTokens(officer.personId);
    expect(live).toHaveLength(1);
    expect((await api.call(winner.token, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect(await api.db.prisma.auditLog.count({ where: { action: 'auth.exchange' } })).toBe(auditBefore + 1);
  });

  it('revokes the earlier dashboard token on each exchange, but not tokens issued for other uses', async () => {
    const other = await tokenFor(api.db, officer.personId, 'spreadsheet');
    const first = (await exchange(await codeFor(officer.personId))).json() as { token: string };
    const second = (await exchange(await codeFor(officer.personId))).json() as { token: string };
    expect((await api.call(first.token, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await api.call(second.token, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect((await api.call(other.token, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect((await liveTokens(officer.personId)).map((row) => row.label).sort()).toEqual(['dashboard', 'spreadsheet']);
    await api.db.prisma.$transaction((tx) => revokeToken(tx, other.id, now));
  });

  it('only the latest code of a person works', async () => {
    const older = await codeFor(officer.personId);
    const newer = await codeFor(officer.personId);
    expect((await exchange(older)).json()).toMatchObject({ reason: 'unknown' });
    expect((await exchange(newer)).statusCode).toBe(200);
  });

  it('needs no bearer token and ignores a wrong one', async () => {
    const response = await exchange(await codeFor(officer.personId), 'wksbm_not-a-real-token');
    expect(response.statusCode).toBe(200);
    // The signed-in routes still need one.
    expect((await api.call(null, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('signs an admin person in as admin', async () => {
    const adminPerson = await createPerson(api.db, 'Adi', null, true);
    const { token } = (await exchange(await codeFor(adminPerson))).json() as { token: string };
    expect((await api.call(token, { method: 'GET', url: '/api/me' })).json()).toMatchObject({ kind: 'admin', personId: adminPerson });
    expect(await api.db.prisma.auditLog.findFirst({ where: { action: 'auth.exchange', actorId: adminPerson } })).toMatchObject({ actorKind: 'admin' });
  });

  it('refuses the code of someone who stopped being an officer, and forgets codes on revoking all tokens (erasure, role ended)', async () => {
    const leaving = await createOfficer(api.db, 'Lina', 'psm', ['34.04.07']);
    const code = await codeFor(leaving.personId);
    await api.db.prisma.officer.update({ where: { id: leaving.officerId }, data: { active: false } });
    const refused = await exchange(code);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ reason: 'notAllowed' });
    expect(await liveTokens(leaving.personId)).toEqual([]);

    const erased = await createOfficer(api.db, 'Eka', 'psm', ['34.04.07']);
    const pending = await codeFor(erased.personId);
    await api.db.prisma.$transaction((tx) => revokeTokensOf(tx, erased.personId, now));
    expect((await exchange(pending)).json()).toMatchObject({ reason: 'unknown' });
  });

  it('documents the route in OpenAPI as needing no sign-in', async () => {
    const document = (await api.app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<string, Record<string, { security?: unknown[]; requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>>;
    };
    const route = document.paths['/api/auth/exchange']?.post;
    expect(route?.security).toEqual([]);
    expect(Object.keys(route?.requestBody?.content['application/json']?.schema.properties ?? {})).toEqual(['code']);
    expect(document.paths['/api/me']?.get?.security).toBeUndefined();
    // The admin token is not needed but is not refused either: it is simply not looked at.
    expect((await api.call(ADMIN_TOKEN, { method: 'POST', url: '/api/auth/exchange', payload: { code: 'ABCD-EFGH-JKLM' } })).statusCode).toBe(401);
  });
});
