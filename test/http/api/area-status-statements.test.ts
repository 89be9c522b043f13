/**
 * GET /api/areas/{desaCode}/status is served by one SQL statement (counted where the `pg`
 * driver sends queries, under Prisma's adapter), and that statement reads what the separate
 * reads of the status service and the officers' repository read: the same facts (so the same
 * level and criteria), the override in force and the history, for the whole desa and for an RW.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeStatus, DEFAULT_STATUS_THRESHOLDS, factsSince } from '../../../src/domain/status/status.js';
import type { AreaRef } from '../../../src/domain/model/status.js';
import { createOfficerRepository } from '../../../src/storage/officers/officer-repository.js';
import { createStatusRepository } from '../../../src/storage/status/status-repository.js';
import { ADMIN_TOKEN, createActivity, createGroup, createOfficer, createPerson, DAY, NOW, openApiHarness, PANGGUNGHARJO, type ApiHarness } from './api-fixture.js';

describe('area status in one statement', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await openApiHarness('postgres');
    const leader = await createPerson(api.db, 'Bu Sri');
    const groups = [
      await createGroup(api.db, { villageCode: PANGGUNGHARJO, name: 'PKK Mawar', type: 'pkk', leaderId: leader, rw: 3, verification: 'verified' }),
      await createGroup(api.db, { villageCode: PANGGUNGHARJO, name: 'Posyandu Melati', type: 'posyandu', leaderId: leader, rw: 3 }),
      await createGroup(api.db, { villageCode: PANGGUNGHARJO, name: 'Karang Taruna', type: 'karang_taruna', leaderId: leader, rw: 5, verification: 'verified' }),
      await createGroup(api.db, { villageCode: PANGGUNGHARJO, name: 'Arisan lama', type: 'arisan', leaderId: leader, rw: 5, active: false, createdAt: new Date(NOW.getTime() - 400 * DAY) }),
    ];
    await api.db.prisma.groupRelation.create({ data: { groupAId: groups[0]!, groupBId: groups[1]!, status: 'confirmed', kind: 'shared_meetings', declaredById: leader } });
    await api.db.prisma.groupRelation.create({ data: { groupAId: groups[1]!, groupBId: groups[2]!, status: 'pending', kind: 'shared_meetings', declaredById: leader } });
    await createActivity(api.db, { villageCode: PANGGUNGHARJO, date: '2026-10-01', groupIds: [groups[0]!, groups[2]!], pmks: true, verification: 'verified' });
    await createActivity(api.db, { villageCode: PANGGUNGHARJO, date: '2026-11-02', groupIds: [groups[1]!, groups[2]!, groups[0]!] });
    await createActivity(api.db, { villageCode: PANGGUNGHARJO, date: '2025-06-01', groupIds: [groups[3]!] });
    const officer = await createOfficer(api.db, 'Pak Budi', 'tksk', ['34.02']);
    await api.db.prisma.areaLevelOverride.create({
      data: { villageCode: PANGGUNGHARJO, rw: 0, level: 'tumbuh', reason: 'Dicek di lapangan', officerId: officer.officerId, createdAt: new Date(NOW.getTime() - 2 * DAY) },
    });
    for (const [days, level] of [[200, 'rintisan'], [90, 'tumbuh'], [30, 'aktif']] as const) {
      await api.db.prisma.areaLevelHistory.create({ data: { villageCode: PANGGUNGHARJO, rw: 0, level, provisional: days === 90, at: new Date(NOW.getTime() - days * DAY) } });
    }
    await api.db.prisma.areaLevelHistory.create({ data: { villageCode: PANGGUNGHARJO, rw: 3, level: 'rintisan', at: new Date(NOW.getTime() - 10 * DAY) } });
  });
  afterAll(() => api?.close());

  /** The answer, and how many statements the driver sent for it. */
  async function statusCounted(query: string): Promise<{ statements: number; body: Record<string, unknown> }> {
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const response = await api.call(ADMIN_TOKEN, { method: 'GET', url: `/api/areas/${PANGGUNGHARJO}/status${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return { statements: spy.mock.calls.length, body: response.json() };
    } finally {
      spy.mockRestore();
    }
  }

  /** What the separate reads give for `area`, as the answer carries it (JSON). */
  async function separately(area: AreaRef) {
    return api.db.prisma.$transaction(async (tx) => {
      const status = computeStatus(await createStatusRepository(tx).loadFacts(area, factsSince(NOW)), NOW, DEFAULT_STATUS_THRESHOLDS);
      const override = await createOfficerRepository(tx).levelOverride(area);
      const history = await createStatusRepository(tx).history(area, 50);
      return JSON.parse(JSON.stringify({ level: status.level, provisional: status.provisional, criteria: status.criteria, override, history })) as Record<string, unknown>;
    });
  }

  it('answers for the whole desa with one statement, reading what the separate reads read', async () => {
    const { statements, body } = await statusCounted('');
    expect(statements).toBe(1);
    const expected = await separately({ villageCode: PANGGUNGHARJO });
    expect(body).toMatchObject(expected);
    // The data is varied enough to show something: an override, a history, linked groups.
    expect(body.override).not.toBeNull();
    // The officer who set it, by name (additive: officerId stays).
    expect(body.override).toMatchObject({ officerName: 'Pak Budi', officerId: expect.any(String) });
    expect((body.history as unknown[]).length).toBe(3);
    expect(body).toMatchObject({ villageName: expect.any(String), districtName: expect.any(String), regencyName: expect.any(String), effectiveLevel: 'tumbuh' });
  });

  it('answers for one RW with one statement too', async () => {
    const { statements, body } = await statusCounted('?rw=3');
    expect(statements).toBe(1);
    expect(body).toMatchObject(await separately({ villageCode: PANGGUNGHARJO, rw: 3 }));
    expect(body.history).toEqual([expect.objectContaining({ level: 'rintisan' })]);
  });

  it('answers 404 for a desa code that does not exist, with one statement', async () => {
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const response = await api.call(ADMIN_TOKEN, { method: 'GET', url: '/api/areas/34.02.15.9999/status' });
      expect(response.statusCode).toBe(404);
      expect(spy.mock.calls.length).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
