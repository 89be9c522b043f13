/**
 * {@link OfficerRepository} over Prisma. Covering officers of a desa are found by the
 * exact prefixes of its code at segment boundaries ("34", "34.04", "34.04.07",
 * "34.04.07.2001"): an `IN` of four values on the OfficerArea.codePrefix index, however
 * many officers and areas there are — never a LIKE scan.
 */
import { codePrefixes } from '../../domain/officers/coverage.js';
import type { OfficerRepository, OfficerView } from '../../domain/model/officers.js';
import { isUuid } from '../groups/uuid.js';
import type { PrismaTx } from '../transaction-runner.js';
import { describeAreas } from './area-names.js';
import { clearLevelOverride, levelOverride, setLevelOverride } from './level-overrides.js';
import { OFFICER_SELECT, toOfficerView } from './officer-views.js';
import { redeemInvite } from './redeem-invite.js';

/** Builds the officer repository on one transaction client. */
export function createOfficerRepository(tx: PrismaTx): OfficerRepository {
  return {
    async byPerson(personId) {
      if (!isUuid(personId)) return null;
      const row = await tx.officer.findFirst({ where: { personId, active: true }, select: OFFICER_SELECT });
      return row ? toOfficerView(row) : null;
    },

    async forVillage(villageCode) {
      // First the index on codePrefix finds the few matching areas, then the officers by
      // primary key: two index lookups, whatever the size of the tables.
      const areas = await tx.officerArea.findMany({ where: { codePrefix: { in: codePrefixes(villageCode) } }, select: { officerId: true } });
      if (areas.length === 0) return [];
      const rows = await tx.officer.findMany({
        where: { id: { in: [...new Set(areas.map((area) => area.officerId))] }, active: true },
        select: OFFICER_SELECT,
        orderBy: { id: 'asc' },
      });
      return rows.map(toOfficerView);
    },

    async listActive(): Promise<OfficerView[]> {
      const rows = await tx.officer.findMany({ where: { active: true }, select: OFFICER_SELECT, orderBy: { id: 'asc' } });
      return rows.map(toOfficerView);
    },

    async createInvite(invite, now) {
      const inserted = await tx.$executeRaw`
        INSERT INTO "OfficerInvite" ("code", "kind", "areaPrefixes", "expiresAt", "createdAt")
        VALUES (${invite.code}, ${invite.kind}::"OfficerKind", ${[...invite.areaPrefixes]}::text[], ${invite.expiresAt}, ${now})
        ON CONFLICT ("code") DO NOTHING`;
      return inserted > 0;
    },

    redeemInvite: (code, personId, now) => redeemInvite(tx, code, personId, now),

    async setMutedKinds(officerId, kinds) {
      await tx.officer.update({ where: { id: officerId }, data: { mutedKinds: [...kinds] } });
    },

    async setQuietHours(officerId, startMin, endMin) {
      // Both or neither: half a range means none.
      const clear = startMin === null || endMin === null;
      await tx.officer.update({ where: { id: officerId }, data: { quietStartMin: clear ? null : startMin, quietEndMin: clear ? null : endMin } });
    },

    async isAdmin(personId) {
      if (!isUuid(personId)) return false;
      const row = await tx.person.findUnique({ where: { id: personId }, select: { isAdmin: true } });
      return row?.isAdmin ?? false;
    },

    async adminIds() {
      const rows = await tx.person.findMany({ where: { isAdmin: true }, select: { id: true } });
      return rows.map((row) => row.id);
    },

    describeAreas: (codes) => describeAreas(tx, codes),

    levelOverride: (area) => levelOverride(tx, area),

    setLevelOverride: (area, override, now) => setLevelOverride(tx, area, override, now),

    clearLevelOverride: (area, now) => clearLevelOverride(tx, area, now),
  };
}
