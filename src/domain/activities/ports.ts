/**
 * What joint-activity features need from storage. Beneficiaries are only ever counts per
 * PMKS category: no names of people served are stored anywhere.
 */
import type { Verdict, VerificationState } from '../groups/ports.js';

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
}

/** Storage of activities and participations. */
export interface ActivityRepository {
  create(activity: NewActivity, reporterId: string, now: Date): Promise<{ readonly id: string }>;
  /** Pending participation requests for groups the person leads (active membership). */
  pendingParticipations(leaderId: string): Promise<ParticipationRequest[]>;
  /** Confirms or declines one group's participation; false when not pending any more. */
  decideParticipation(activityId: string, groupId: string, confirm: boolean, deciderId: string, now: Date): Promise<boolean>;
  /** The desa of an activity, or null. */
  villageOf(activityId: string): Promise<string | null>;
  /** The activity with its names, or null. */
  summary(activityId: string): Promise<ActivitySummary | null>;
  /** Records an officer's verdict on a pending activity; false when missing or not pending. */
  setVerification(activityId: string, verdict: Verdict, verifierId: string | null, reason: string | null, now: Date): Promise<boolean>;
}
