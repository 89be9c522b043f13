/**
 * The group that logged an activity is not stored: it is the participant confirmed first
 * (the reporter's own group is confirmed when the activity is saved; partners confirm
 * later), ties broken by group id. One rule for every reader (alerts, admin API).
 */

/** What the rule needs of a participation. */
interface Participation {
  readonly groupId: string;
  readonly status: string;
  readonly confirmedAt: Date | null;
}

/** The reporting participation among an activity's participations, or undefined. */
export function reportingParticipation<P extends Participation>(participations: readonly P[]): P | undefined {
  let first: P | undefined;
  for (const p of participations) {
    if (p.status !== 'confirmed' || p.confirmedAt === null) continue;
    if (
      first === undefined ||
      p.confirmedAt.getTime() < first.confirmedAt!.getTime() ||
      (p.confirmedAt.getTime() === first.confirmedAt!.getTime() && p.groupId < first.groupId)
    ) {
      first = p;
    }
  }
  return first;
}
