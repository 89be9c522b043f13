/**
 * What the personal-data features (UU PDP 27/2022) need from storage: consent records,
 * everything held about a person, their erasure, and the retention purge.
 */
import type { ChannelName } from '../../core/messages.js';
import type { AreaName } from './officers.js';
import type { ActiveToken } from './sign-in-tokens.js';

/** One recorded consent: which notice was agreed to, where, and whether it was withdrawn. */
export interface ConsentRecord {
  readonly noticeVersion: string;
  readonly channel: ChannelName;
  readonly grantedAt: Date;
  readonly withdrawnAt: Date | null;
}

/** A person's consents (newest first) and whether they were erased. */
export interface ConsentState {
  readonly consents: readonly ConsentRecord[];
  readonly anonymised: boolean;
}

/** One active leader of a group and their consent state. */
export interface LeaderConsent {
  readonly groupId: string;
  readonly personId: string;
  readonly consent: ConsentState;
}

/** A group the person leads, co-leads or asked to co-lead. */
export interface ReportGroup {
  readonly name: string;
  readonly villageName: string;
  readonly role: 'leader' | 'coleader';
  readonly membership: 'pending' | 'active' | 'removed';
  readonly groupActive: boolean;
  /** The group's own ketua and phone (E.164), as registered. */
  readonly ketuaName: string | null;
  readonly ketuaPhone: string | null;
}

/** An activity the person reported. */
export interface ReportActivity {
  readonly date: string;
  readonly category: string;
  readonly groupName: string | null;
}

/** A relation between two groups the person declared. */
export interface ReportRelation {
  readonly groupA: string;
  readonly groupB: string;
  readonly kind: string;
  readonly status: string;
}

/** Everything the bot holds about one person, for /datasaya. */
export interface PersonDataReport {
  readonly displayName: string | null;
  readonly phoneE164: string | null;
  readonly locale: string;
  readonly createdAt: Date;
  readonly identities: ReadonlyArray<{ readonly channel: ChannelName; readonly externalId: string; readonly createdAt: Date }>;
  readonly groups: readonly ReportGroup[];
  /**
   * Groups others registered with the person's number as their ketua's (a secretary
   * registering for the ketua), where the person has no role: their number is held there too.
   */
  readonly ketuaOf: ReadonlyArray<{ readonly name: string; readonly villageName: string }>;
  readonly activityCount: number;
  /** The latest few, newest first. */
  readonly latestActivities: readonly ReportActivity[];
  readonly relationCount: number;
  readonly relations: readonly ReportRelation[];
  /** Confirmations the person gave for their groups: taking part in others' activities, ties declared by others. */
  readonly confirmed: { readonly activities: number; readonly relations: number };
  readonly consents: readonly ConsentRecord[];
  readonly officer: { readonly kind: string; readonly active: boolean; readonly areas: readonly AreaName[] } | null;
  /** Messages recorded for the person and not sent yet. */
  readonly pendingMessages: number;
  /** Activity photos the person sent (drafts included), and how many keep the place they were taken. */
  readonly photos: { readonly count: number; readonly withLocation: number };
  /** The desa of the person's last status check, kept to offer it first the next time. */
  readonly lastVillage: AreaName | null;
  /** The person's dashboard tokens that still open it (not revoked, not expired), oldest first. */
  readonly tokens: readonly ActiveToken[];
  /** Entries of the audit log with the person as the one who acted. */
  readonly auditActions: number;
}

/** What an erasure removed or changed, as counts (they go into the audit log). */
export interface ErasureCounts {
  readonly identitiesUnlinked: number;
  readonly membershipsKept: number;
  readonly requestsDropped: number;
  readonly alertsDeleted: number;
  readonly inboxDeleted: number;
  readonly tokensRevoked: number;
  readonly linkCodesDeleted: number;
  readonly officerDeactivated: boolean;
  /** Activity photos the person sent (drafts and attached ones). */
  readonly photosDeleted?: number;
}

/** The outcome of an erasure request. */
export type ErasureResult = { readonly kind: 'erased'; readonly counts: ErasureCounts } | { readonly kind: 'already' };

/**
 * Kinds of rows the retention job deletes once they are older than the retention period.
 * Each may name a person or reach their chat: nothing of the kind outlives DATA_RETENTION
 * unless the README's table of what is kept says why.
 */
export const RETENTION_TABLES = [
  'conversations',
  'processedMessages',
  'webchatInbox',
  'unreadWebchatInbox',
  'replies',
  'whatsappChatLists',
  'alerts',
  'webchatSessions',
  'rejectedActivityPhotos',
  'draftPhotos',
  'linkCodes',
  'signInCodes',
  'apiTokens',
  'officerInvites',
] as const;
export type RetentionTable = (typeof RETENTION_TABLES)[number];

/** Personal-data storage, bound to the caller's transaction. */
export interface PrivacyStore {
  consentState(personId: string): Promise<ConsentState>;
  /**
   * The active leaders of the groups (group by group in the order given, then leader and
   * co-leaders oldest first, as GroupRepository.leaderIds lists them) with each one's consent
   * state: who a notice to the groups may reach, read at once instead of one consent check
   * per leader. A person leading two of the groups is listed for each.
   */
  leaderConsents(groupIds: readonly string[]): Promise<LeaderConsent[]>;
  /** Records consent to `noticeVersion`, given from the channel identity `identityId`. */
  grantConsent(personId: string, identityId: string, noticeVersion: string, now: Date): Promise<void>;
  /**
   * Marks every active consent of the person withdrawn and drops the notices to them not
   * sent yet (officer alerts are kept: they are an officer's duty, not a consent matter).
   * Returns how many consents were withdrawn.
   */
  withdrawConsent(personId: string, now: Date): Promise<number>;
  /** Everything held about the person; `now` tells the tokens still in force from expired ones. */
  report(personId: string, now: Date): Promise<PersonDataReport>;
  /**
   * Anonymises the person in the caller's transaction: name and phone removed, every
   * channel identity moved to a new empty person (so the chat starts over as a stranger),
   * active group memberships kept without a name, pending requests, unsent messages, link
   * codes and the web chat inbox deleted, API tokens revoked, the officer role ended, and
   * the channel ids on consent records cleared.
   */
  erase(personId: string, now: Date): Promise<ErasureResult>;
  /**
   * Deletes at most `limit` rows of `table` older than `cutoff` (conversations by last
   * activity, processed message ids by processing time, delivered web chat inbox items by
   * delivery and unread ones by creation, replies left in the outbox by creation, WhatsApp
   * numbered lists by their last update, sent or dead alerts by creation, link, sign-in and
   * officer invite codes by expiry, dashboard tokens by revocation or expiry); returns how
   * many it deleted.
   */
  purgeBatch(table: RetentionTable, cutoff: Date, limit: number): Promise<number>;
  /**
   * Deletes at most `limit` people with nothing to keep — no group membership, no officer or
   * admin role, no consent record, no API token — whose every conversation was last active
   * (and who were created) before `cutoff`, with their chat identities; returns how many.
   */
  purgeIdlePeople(cutoff: Date, limit: number): Promise<number>;
}
