/** {@link OfficerRepository}: officers, invites and level overrides. */
import type { OfficerRepository, OfficerView } from '../../domain/model/officers.js';
import { isUuid } from '../groups/uuid.js';
import type { PrismaTx } from '../transaction-runner.js';
import type { OverridesReadWithFacts } from '../status/overrides-read-with-facts.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import { describeAreas } from './area-names.js';
import { clearLevelOverride, setLevelOverride } from './level-overrides.js';
import * as officerSql from './officer-sql.js';
import { OFFICER_SELECT, toOfficerView } from './officer-views.js';
import { redeemInvite } from './redeem-invite.js';

/**
 * Builds the officer repository on one transaction: `sql` is the unit of work's plain SQL
 * (by default the same transaction through Prisma). The reads on a message's path (the
 * officers an alert goes to, the officer a person is, the override a status check shows)
 * are plain SQL (officer-sql.ts); the rest stays on Prisma. An override the status refresh
 * read with the facts (`overrides`) answers levelOverride once.
 */
export function createOfficerRepository(tx: PrismaTx, sql: Sql = prismaSql(tx), overrides?: OverridesReadWithFacts): OfficerRepository {
  return {
    byPerson: (personId) => officerSql.officerByPerson(sql, personId),

    forVillage: (villageCode, notLeading) => officerSql.officersForVillage(sql, villageCode, notLeading ?? null),

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

    async releaseHeld(officerId, now) {
      if (!isUuid(officerId)) return 0;
      const { count } = await tx.alert.updateMany({
        where: { officerId, status: 'pending', attempts: 0, nextAttemptAt: { gt: now } },
        data: { nextAttemptAt: now },
      });
      return count;
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

    async levelOverride(area) {
      const kept = overrides?.take(area);
      return kept !== undefined ? kept : officerSql.levelOverride(sql, area);
    },

    setLevelOverride(area, override, now) {
      overrides?.forget(area);
      return setLevelOverride(tx, area, override, now);
    },

    clearLevelOverride(area, now) {
      overrides?.forget(area);
      return clearLevelOverride(tx, area, now);
    },
  };
}
