/**
 * OfficerRepository on both databases: invites used once, officers found by the prefixes of
 * a desa code at segment boundaries (never another kecamatan, never an inactive officer),
 * settings, area names and level overrides.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { createOfficerRepository } from '../../../src/storage/officers/officer-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { inTx, newPerson, newVillage, REGION_NAMES } from '../groups/fixtures.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const DAY = 86_400_000;

describeEachDatabase('OfficerRepository', (kind) => {
  let db: TestDatabase;
  /** A desa in 34.02.01 and one in the neighbouring kecamatan 34.02.02. */
  let village: string;
  let neighbour: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    village = await newVillage(db.prisma, 'Sidomulyo');
    await db.prisma.region.create({ data: { code: '34.02.02', level: 'district', parentCode: '34.02', name: 'Pandak', nameNorm: 'pandak' } });
    await db.prisma.region.create({ data: { code: '34.02.02.2001', level: 'village', parentCode: '34.02.02', name: 'Caturharjo', nameNorm: 'caturharjo' } });
    neighbour = '34.02.02.2001';
  });
  afterAll(() => db?.close());

  const officers = <T>(fn: (repo: ReturnType<typeof createOfficerRepository>) => Promise<T>): Promise<T> =>
    inTx(db.prisma, (tx) => fn(createOfficerRepository(tx)));

  /** A new person enrolled through an invite for `areas`. */
  async function officer(areas: string[], code: string, officerKind: 'tksk' | 'psm' = 'tksk'): Promise<{ personId: string; officerId: string }> {
    const personId = await newPerson(db.prisma, 'Petugas');
    await officers((repo) => repo.createInvite({ code, kind: officerKind, areaPrefixes: areas, expiresAt: new Date(NOW.getTime() + DAY) }, NOW));
    const result = await officers((repo) => repo.redeemInvite(code, personId, NOW));
    if (result.kind !== 'enrolled') throw new Error(`not enrolled: ${result.kind}`);
    return { personId, officerId: result.officer.id };
  }

  it('stores an invite once per code and enrols with it once', async () => {
    const expiresAt = new Date(NOW.getTime() + DAY);
    expect(await officers((repo) => repo.createInvite({ code: 'AAAA2222', kind: 'psm', areaPrefixes: [village], expiresAt }, NOW))).toBe(true);
    expect(await officers((repo) => repo.createInvite({ code: 'AAAA2222', kind: 'tksk', areaPrefixes: ['34.02'], expiresAt }, NOW))).toBe(false);

    const person = await newPerson(db.prisma, 'Bu PSM');
    const result = await officers((repo) => repo.redeemInvite('AAAA2222', person, NOW));
    expect(result).toEqual({
      kind: 'enrolled',
      officer: { id: expect.any(String), personId: person, name: 'Bu PSM', kind: 'psm', areaPrefixes: [village], mutedKinds: [], quietStartMin: null, quietEndMin: null, active: true },
    });
    const other = await newPerson(db.prisma);
    expect(await officers((repo) => repo.redeemInvite('AAAA2222', other, NOW))).toEqual({ kind: 'used' });
    expect(await officers((repo) => repo.redeemInvite('ZZZZ9999', other, NOW))).toEqual({ kind: 'invalid' });
    const invite = await db.prisma.officerInvite.findUniqueOrThrow({ where: { code: 'AAAA2222' } });
    expect(invite.usedByPersonId).toBe(person);
    expect(await officers((repo) => repo.byPerson(person))).toMatchObject({ name: 'Bu PSM', kind: 'psm', areaPrefixes: [village] });
    // The name is the person's, on the plain SQL reads as on Prisma's.
    expect((await officers((repo) => repo.forVillage(village))).map((officer) => officer.name)).toContain('Bu PSM');
    expect(await officers((repo) => repo.byPerson(other))).toBeNull();
  });

  it('refuses an expired invite', async () => {
    await officers((repo) => repo.createInvite({ code: 'BBBB3333', kind: 'tksk', areaPrefixes: ['34.02.01'], expiresAt: NOW }, NOW));
    const person = await newPerson(db.prisma);
    expect(await officers((repo) => repo.redeemInvite('BBBB3333', person, NOW))).toEqual({ kind: 'expired' });
  });

  it('adds a second invite\'s areas to an active officer; a withdrawn role starts afresh', async () => {
    const { personId, officerId } = await officer(['34.02.01'], 'CCCC4444');
    await officers((repo) => repo.createInvite({ code: 'CCCC5555', kind: 'psm', areaPrefixes: ['34.02.02', '34.02.01'], expiresAt: new Date(NOW.getTime() + DAY) }, NOW));
    const second = await officers((repo) => repo.redeemInvite('CCCC5555', personId, NOW));
    expect(second).toMatchObject({ kind: 'areasAdded', added: ['34.02.02'], officer: { id: officerId, kind: 'tksk', areaPrefixes: ['34.02.01', '34.02.02'] } });
    // A code whose areas they cover already changes nothing and stays unused.
    await officers((repo) => repo.createInvite({ code: 'CCCC7777', kind: 'psm', areaPrefixes: [village], expiresAt: new Date(NOW.getTime() + DAY) }, NOW));
    expect(await officers((repo) => repo.redeemInvite('CCCC7777', personId, NOW))).toMatchObject({ kind: 'alreadyCovered', officer: { areaPrefixes: ['34.02.01', '34.02.02'] } });
    expect((await db.prisma.officerInvite.findUniqueOrThrow({ where: { code: 'CCCC7777' } })).usedAt).toBeNull();

    await db.prisma.officer.update({ where: { id: officerId }, data: { active: false } });
    expect(await officers((repo) => repo.byPerson(personId))).toBeNull();
    await officers((repo) => repo.createInvite({ code: 'CCCC6666', kind: 'psm', areaPrefixes: [village], expiresAt: new Date(NOW.getTime() + DAY) }, NOW));
    const third = await officers((repo) => repo.redeemInvite('CCCC6666', personId, NOW));
    expect(third).toMatchObject({ kind: 'enrolled', officer: { id: officerId, kind: 'psm', areaPrefixes: [village], active: true } });
  });

  it('finds the officers of a desa by code prefix at segment boundaries', async () => {
    const regency = await officer(['34.02'], 'DDDD2222');
    const district = await officer(['34.02.01'], 'DDDD3333');
    const desa = await officer([village], 'DDDD4444');
    const elsewhere = await officer(['34.02.02'], 'DDDD5555');
    const inactive = await officer([village], 'DDDD6666');
    await db.prisma.officer.update({ where: { id: inactive.officerId }, data: { active: false } });
    // A prefix that is not at a boundary ("34.0") never covers anything (invites refuse it too).
    const broken = await officer(['34.0'], 'DDDD7777');

    const found = (await officers((repo) => repo.forVillage(village))).map((view) => view.id);
    expect(found).toEqual(expect.arrayContaining([regency.officerId, district.officerId, desa.officerId]));
    expect(found).not.toContain(elsewhere.officerId);
    expect(found).not.toContain(inactive.officerId);
    expect(found).not.toContain(broken.officerId);

    const next = (await officers((repo) => repo.forVillage(neighbour))).map((view) => view.id);
    expect(next).toEqual(expect.arrayContaining([regency.officerId, elsewhere.officerId]));
    expect(next).not.toContain(district.officerId);
    expect(next).not.toContain(desa.officerId);
    expect(await officers((repo) => repo.forVillage('99.99.99.9999'))).toEqual([]);
    expect((await officers((repo) => repo.listActive())).map((view) => view.id)).not.toContain(inactive.officerId);
  });

  it('keeps mutes and quiet hours, and tells admins', async () => {
    const { personId, officerId } = await officer([village], 'EEEE2222');
    await officers((repo) => repo.setMutedKinds(officerId, ['digest.weekly', 'group.inactive']));
    await officers((repo) => repo.setQuietHours(officerId, 21 * 60, 6 * 60));
    expect(await officers((repo) => repo.byPerson(personId))).toMatchObject({ mutedKinds: ['digest.weekly', 'group.inactive'], quietStartMin: 1260, quietEndMin: 360 });
    await officers((repo) => repo.setQuietHours(officerId, 21 * 60, null));
    expect(await officers((repo) => repo.byPerson(personId))).toMatchObject({ quietStartMin: null, quietEndMin: null });

    expect(await officers((repo) => repo.isAdmin(personId))).toBe(false);
    await db.prisma.person.update({ where: { id: personId }, data: { isAdmin: true } });
    expect(await officers((repo) => repo.isAdmin(personId))).toBe(true);
    expect(await officers((repo) => repo.isAdmin('not-a-uuid'))).toBe(false);
  });

  it('names areas with the regions above them, in the order asked', async () => {
    const names = await officers((repo) => repo.describeAreas([village, '34.02.01', '34.02', '11.11']));
    expect(names).toEqual([
      { code: village, level: 'village', name: 'Sidomulyo', districtName: REGION_NAMES.district, regencyName: REGION_NAMES.regency },
      { code: '34.02.01', level: 'district', name: REGION_NAMES.district, districtName: '', regencyName: REGION_NAMES.regency },
      { code: '34.02', level: 'regency', name: REGION_NAMES.regency, districtName: '', regencyName: '' },
    ]);
  });

  it('keeps one level override in force per area, with its history', async () => {
    const { officerId, personId } = await officer([village], 'FFFF2222');
    const area = { villageCode: village };
    expect(await officers((repo) => repo.levelOverride(area))).toBeNull();
    await officers((repo) => repo.setLevelOverride(area, { level: 'tumbuh', reason: 'kunjungan 1', officerId }, NOW));
    await officers((repo) => repo.setLevelOverride(area, { level: 'aktif', reason: 'kunjungan 2', officerId }, new Date(NOW.getTime() + 1000)));
    expect(await officers((repo) => repo.levelOverride(area))).toEqual({ level: 'aktif', reason: 'kunjungan 2', officerId, officerName: 'Petugas', createdAt: new Date(NOW.getTime() + 1000) });
    // The officer's name as their person has it now: none once erased.
    await db.prisma.person.update({ where: { id: personId }, data: { displayName: null } });
    expect(await officers((repo) => repo.levelOverride(area))).toMatchObject({ level: 'aktif', officerName: null });
    expect(await officers((repo) => repo.levelOverride({ villageCode: village, rw: 3 }))).toBeNull();
    expect(await db.prisma.areaLevelOverride.count({ where: { villageCode: village } })).toBe(2);
    expect(await officers((repo) => repo.clearLevelOverride(area, NOW))).toBe(true);
    expect(await officers((repo) => repo.clearLevelOverride(area, NOW))).toBe(false);
    expect(await officers((repo) => repo.levelOverride(area))).toBeNull();
  });

  it('answers the override a status refresh read with the facts as its own statement would, and a changed one afresh', async () => {
    const { officerId } = await officer([village], 'FFFF3333');
    const area = { villageCode: village, rw: 4 };
    const later = new Date(NOW.getTime() + 5000);
    await officers((repo) => repo.setLevelOverride(area, { level: 'tumbuh', reason: 'kunjungan 3', officerId }, NOW));
    const seen = await createAppTransactionRunner(db.prisma).transaction(async (tx) => {
      await tx.status.lockArea(area);
      await tx.status.loadFacts(area, NOW);
      const kept = await tx.officers.levelOverride(area);
      const again = await tx.officers.levelOverride(area); // its own statement now
      await tx.status.loadFacts(area, NOW);
      await tx.officers.setLevelOverride(area, { level: 'aktif', reason: 'kunjungan 4', officerId }, later);
      const afterSet = await tx.officers.levelOverride(area);
      await tx.status.loadFacts(area, NOW);
      await tx.officers.clearLevelOverride(area, later);
      return { kept, again, afterSet, afterClear: await tx.officers.levelOverride(area) };
    });
    expect(seen).toEqual({
      kept: { level: 'tumbuh', reason: 'kunjungan 3', officerId, officerName: 'Petugas', createdAt: NOW },
      again: { level: 'tumbuh', reason: 'kunjungan 3', officerId, officerName: 'Petugas', createdAt: NOW },
      afterSet: { level: 'aktif', reason: 'kunjungan 4', officerId, officerName: 'Petugas', createdAt: later },
      afterClear: null,
    });
  });
});
