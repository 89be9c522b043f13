/**
 * The confirmation inbox's three lists in one statement of plain SQL: answering an item
 * reads the inbox before and after, so three statements each time were most of what an
 * answer cost. Each list's query lives with its aggregate's SQL (activity-sql.ts
 * PENDING_PARTICIPATIONS, relation-sql.ts PENDING_RELATIONS, co-leaders.ts
 * PENDING_CO_LEADERS) and is sent as a JSON list in its own order; the values are all text
 * or null, which JSON carries unchanged.
 */
import type { ParticipationRequest } from '../../domain/model/activities.js';
import type { ConfirmationInbox, PendingRequests } from '../../domain/model/confirmations.js';
import type { CoLeaderRequest } from '../../domain/model/groups.js';
import type { RelationRequest } from '../../domain/model/relations.js';
import { PENDING_PARTICIPATIONS } from '../activities/activity-sql.js';
import { PENDING_CO_LEADERS } from '../groups/co-leaders.js';
import { isUuid } from '../groups/uuid.js';
import { PENDING_RELATIONS } from '../relations/relation-sql.js';
import { jsonListOf } from '../unit-of-work/query-parts.js';
import type { Sql } from '../unit-of-work/sql.js';

const NOTHING: PendingRequests = { participations: [], relations: [], coLeaders: [] };

const STATEMENT = `SELECT ${jsonListOf(PENDING_PARTICIPATIONS)} AS "participations",
  ${jsonListOf(PENDING_RELATIONS)} AS "relations",
  ${jsonListOf(PENDING_CO_LEADERS)} AS "coLeaders"`;

/** {@link ConfirmationInbox} on a unit of work's SQL. */
export function createConfirmationInbox(sql: Sql): ConfirmationInbox {
  return {
    async pending(leaderId): Promise<PendingRequests> {
      if (!isUuid(leaderId)) return NOTHING;
      const rows = await sql.rows<{ participations: ParticipationRequest[]; relations: RelationRequest[]; coLeaders: CoLeaderRequest[] }>(STATEMENT, [leaderId]);
      return rows[0] ?? NOTHING;
    },
  };
}
