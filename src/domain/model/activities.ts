/**
 * What joint-activity features need from storage. Beneficiaries are only ever counts per
 * PMKS category: no names of people served are stored anywhere.
 */
import type { Verdict, VerificationState } from './groups.js';

/** Categories of joint social-welfare activities (enum ActivityCategory). */
export const ACTIVITY_CATEGORIES = [
  'santunan_anak_yatim',
  'bantuan_lansia',
  'bedah_rumah',
  'jimpitan',
  'kerja_bakti',
  'bantuan_bencana',
  'layanan_kesehatan',
  'pendidikan',
  'lainnya',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** A new activity as the flow collects it. */
export interface NewActivity {
  /** Calendar date, YYYY-MM-DD (Asia/Jakarta). */
  readonly date: string;
  readonly category: ActivityCategory;
  readonly description: string;
  readonly villageCode: string;
  /** The reporter's group: confirmed at once, since its leader reports it. */
  readonly ownGroupId: string;
  /** Other groups named as taking part: asked to confirm. */
  readonly partnerGroupIds: readonly string[];
  /** PMKS code (1..26) → number of people served. */
  readonly beneficiaries: Readonly<Record<string, number>>;
  readonly photoRef: string | null;
}

/** A pending request for a group to confirm that it took part. */
export interface ParticipationRequest {
  readonly activityId: string;
  readonly groupId: string;
  readonly groupName: string;
  readonly date: string;
  readonly category: ActivityCategory;
  readonly description: string;
  /** The group that reported the activity. */
  readonly reportedByGroup: string;
  /**
   * Set when the activity was corrected and sent back after a rejection: what its date and
   * kind were before, where the correction changed them (the correction's audit entry).
   */
  readonly correctedBefore?: Readonly<Record<string, unknown>> | null;
}

/** An activity as an officer's alert and the verification flow show it. */
export interface ActivitySummary {
  readonly id: string;
  /** Calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly category: ActivityCategory;
  readonly description: string;
  readonly villageCode: string;
  readonly villageName: string;
  readonly districtName: string;
  readonly regencyName: string;
  readonly verification: VerificationState;
  /** The group that reported it (confirmed first), or null when it is gone. */
  readonly reportingGroup: { readonly id: string; readonly name: string } | null;
  /** The other groups named, whatever they answered except a decline. */
  readonly partnerNames: readonly string[];
  /**
   * The same groups (by name) with whether they confirmed taking part yet; `byReporter` when
   * the confirmation came from the person who reported the activity (they lead both groups):
   * one person's word, which the officer deciding on it should see.
   */
  readonly partners: readonly { readonly groupId: string; readonly name: string; readonly confirmed: boolean; readonly byReporter?: boolean }[];
  /** PMKS code → number of people served. */
  readonly beneficiaries: Readonly<Record<string, number>>;
}

/** Where an activity stands, as its leaders see it. */
export type ActivityState =
  /** A partner group has not answered yet. */
  | 'waiting_partner'
  /** Every partner answered; an officer has not decided yet. */
  | 'waiting_officer'
  | 'verified'
  | 'rejected';

/** An activity in a leader's "my activities" list. */
export interface LeaderActivity {
  readonly id: string;
  /** Calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly category: ActivityCategory;
  readonly description: string;
  readonly state: ActivityState;
  /** The officer's reason when rejected. */
  readonly rejectionReason: string | null;
  /** The group that reported it. */
  readonly reportingGroup: { readonly id: string; readonly name: string } | null;
  /** Partner groups still to answer, and those that confirmed. */
  readonly pendingPartners: readonly string[];
  readonly confirmedPartners: readonly string[];
  /** Partner groups that said they did not take part (absent in a list kept from before it was read). */
  readonly declinedPartners?: readonly string[];
  /** PMKS code → count. */
  readonly beneficiaries: Readonly<Record<string, number>>;
  readonly photoRef: string | null;
  /**
   * Ids of its stored evidence photos, oldest first (absent in a list kept in a conversation
   * from before photos were stored).
   */
  readonly photoIds?: readonly string[];
  /** True when the person leads the reporting group: only they may correct or withdraw it. */
  readonly mine: boolean;
}

/** Fields a leader may correct on a rejected activity (partners stay as they are). */
export interface ActivityCorrection {
  readonly date: string;
  readonly category: ActivityCategory;
  readonly description: string;
  readonly beneficiaries: Readonly<Record<string, number>>;
}

/** Storage of activities and participations. */
export interface ActivityRepository {
  create(activity: NewActivity, reporterId: string, now: Date): Promise<{ readonly id: string }>;
  /**
   * Confirms or declines one group's participation while `deciderId` leads or co-leads the
   * group (an active membership); false when it is not pending any more, or not theirs to answer.
   */
  decideParticipation(activityId: string, groupId: string, confirm: boolean, deciderId: string, now: Date): Promise<boolean>;
  /** The desa of an activity, or null. */
  villageOf(activityId: string): Promise<string | null>;
  /** The activity with its names, or null. */
  summary(activityId: string): Promise<ActivitySummary | null>;
  /** Records an officer's verdict on a pending activity; false when missing or not pending. */
  setVerification(activityId: string, verdict: Verdict, verifierId: string | null, reason: string | null, now: Date): Promise<boolean>;
  /**
   * The latest `limit` activities (by the activity's date, newest first; the same date latest logged first) that any group the person
   * leads (active membership) took part in or was asked to, declined ones left out.
   */
  listForLeader(personId: string, limit: number): Promise<LeaderActivity[]>;
  /**
   * Corrects a rejected activity and puts it back to pending for an officer (the verdict and
   * its reason are cleared); the reason it cleared (null when none was given), for the
   * officers' alert. Null when it is missing or not rejected any more.
   */
  correct(activityId: string, correction: ActivityCorrection, now: Date): Promise<{ readonly earlierReason: string | null } | null>;
  /** Removes an activity still pending (withdrawn by its reporter); false when missing or decided. */
  withdraw(activityId: string): Promise<boolean>;
  /**
   * Sets the partners' confirmations of the activity back to pending (not the reporting
   * group's): what they confirmed changed. Returns their group ids.
   */
  reaskPartners(activityId: string): Promise<string[]>;
}
