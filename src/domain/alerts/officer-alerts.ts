/**
 * Recording an alert for every officer covering a desa, in the caller's transaction.
 * Mutes apply here: a muted kind is not recorded at all (nothing to send later, nothing
 * to pile up). Quiet hours apply when sending: the dispatcher reads them from the officer.
 */
import type { OutboundMessage } from '../../core/messages.js';
import type { OfficerView } from '../model/officers.js';
import type { DomainTx } from '../model/tx.js';
import type { OfficerAlertKind } from '../model/alert-kinds.js';

/** Options of {@link alertOfficersOfVillage}. */
export interface AlertOptions {
  /** Someone not to alert: the person whose action caused it (an officer registering a group). */
  readonly exceptPersonId?: string;
  /**
   * The group concerned (its id): an officer who leads it may not verify it (verification.ts),
   * so their buttons would only refuse; they are not alerted.
   */
  readonly exceptLeadersOf?: string | null;
}

/**
 * Records `message` for each active officer covering `villageCode` who has not muted
 * `kind`. `dedupe` identifies the event; the officer's id is appended, so the same event
 * recorded twice still alerts each officer once. Returns how many alerts were recorded.
 */
export async function alertOfficersOfVillage(
  tx: Pick<DomainTx, 'officers' | 'outbox'>,
  villageCode: string,
  kind: OfficerAlertKind,
  message: OutboundMessage,
  dedupe: string,
  now: Date,
  options: AlertOptions = {},
): Promise<number> {
  const officers = await tx.officers.forVillage(villageCode, options.exceptLeadersOf ?? null);
  // Recorded together (one statement however many officers cover the desa), in their order.
  const entries = officers
    .filter((officer) => officer.personId !== options.exceptPersonId && mayAlert(officer, kind))
    .map((officer) => ({ personId: officer.personId, officerId: officer.id, kind, messages: [message], dedupeKey: `${dedupe}:${officer.id}` }));
  return tx.outbox.enqueueAll(entries, now);
}

/** An officer is alerted while active, to kinds they have not muted. */
function mayAlert(officer: OfficerView, kind: OfficerAlertKind): boolean {
  return officer.active && !officer.mutedKinds.includes(kind);
}

/** Records an alert for one officer unless they muted its kind; true when recorded. */
export async function alertOfficer(
  tx: Pick<DomainTx, 'outbox'>,
  officer: OfficerView,
  kind: OfficerAlertKind,
  messages: readonly OutboundMessage[],
  dedupeKey: string,
  now: Date,
): Promise<boolean> {
  if (!mayAlert(officer, kind)) return false;
  return tx.outbox.enqueue({ personId: officer.personId, officerId: officer.id, kind, messages, dedupeKey }, now);
}
