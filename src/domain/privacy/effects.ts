/**
 * Personal-data effects: checking and recording consent, withdrawing it, reporting what is
 * held about the person, correcting their name, and erasing it. Each acts only on the person
 * who sent the message (never on an id from a payload), and consent changes, corrections and
 * erasures are audited with ids and counts only, no names or numbers.
 */
import { z } from 'zod';
import type { EffectContext } from '../../core/effect-context.js';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { DomainTx } from '../model/tx.js';
import { NOTICE_VERSION, hasActiveConsent, hasCurrentConsent } from './consent.js';
import type { ErasureResult, PersonDataReport } from '../model/privacy.js';

/** Whether the person agreed to the current notice and has not withdrawn it. */
export interface ConsentCheck {
  readonly granted: boolean;
  /** True when they had agreed to an older notice (the new one is shown as a change). */
  readonly olderVersion: boolean;
}

/** The outcome of a withdrawal. */
export type WithdrawResult = { readonly kind: 'withdrawn' } | { readonly kind: 'none' };

/** The report of /datasaya, with whether a consent is in force (it offers withdrawal). */
export interface DataReportResult {
  readonly report: PersonDataReport;
  readonly consentActive: boolean;
}

/** Whether the person agreed to the current notice (the consent gate asks before collecting). */
export const CONSENT_STATE = defineEffect<ConsentCheck>()('privacy.consentState', z.undefined());

/** Records the person's consent to the current notice. */
export const GRANT_CONSENT = defineEffect<ConsentCheck>()('privacy.grant', z.undefined());

/** Withdraws every consent in force. */
export const WITHDRAW_CONSENT = defineEffect<WithdrawResult>()('privacy.withdraw', z.undefined());

/** Everything held about the person (/datasaya). */
export const DATA_REPORT = defineEffect<DataReportResult>()('privacy.report', z.undefined());

/** The outcome of correcting one's name: saved, or refused (no name held and no consent in force). */
export type SetNameResult = { readonly kind: 'saved'; readonly name: string } | { readonly kind: 'needsConsent' };

/** Sets the person's own name (✏️ Ubah nama saya in Data saya); the phone on record stays. */
export const SET_MY_NAME = defineEffect<SetNameResult>()('privacy.setName', z.object({ name: z.string().min(2).max(80) }));

/** Anonymises the person (/hapusdata). */
export const ERASE_DATA = defineEffect<ErasureResult>()('privacy.erase', z.undefined());

/** "chat:telegram": where an action came from, for the audit log. */
function via(ctx: EffectContext<unknown>): string {
  return `chat:${ctx.channel}`;
}

/** The personal-data effect handlers. */
export function privacyEffects<Tx extends DomainTx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(CONSENT_STATE, async (_input, { tx, person }): Promise<ConsentCheck> => {
      const state = await tx.privacy.consentState(person.id);
      const granted = hasCurrentConsent(state);
      return { granted, olderVersion: !granted && hasActiveConsent(state) };
    }),

    handleEffect(GRANT_CONSENT, async (_input, ctx): Promise<ConsentCheck> => {
      const { tx, person, identityId, now } = ctx;
      // A second tap on an old "Setuju" button records nothing new.
      if (!hasCurrentConsent(await tx.privacy.consentState(person.id))) {
        await tx.privacy.grantConsent(person.id, identityId, NOTICE_VERSION, now);
        await tx.audit.record(
          { actorKind: 'person', actorId: person.id, action: 'consent.grant', targetType: 'person', targetId: person.id, details: { noticeVersion: NOTICE_VERSION }, via: via(ctx) },
          now,
        );
      }
      return { granted: true, olderVersion: false };
    }),

    handleEffect(WITHDRAW_CONSENT, async (_input, ctx): Promise<WithdrawResult> => {
      const { tx, person, now } = ctx;
      const withdrawn = await tx.privacy.withdrawConsent(person.id, now);
      if (withdrawn === 0) return { kind: 'none' };
      await tx.audit.record(
        { actorKind: 'person', actorId: person.id, action: 'consent.withdraw', targetType: 'person', targetId: person.id, details: { consents: withdrawn }, via: via(ctx) },
        now,
      );
      return { kind: 'withdrawn' };
    }),

    handleEffect(DATA_REPORT, async (_input, { tx, person, now }): Promise<DataReportResult> => {
      const [report, state] = await Promise.all([tx.privacy.report(person.id, now), tx.privacy.consentState(person.id)]);
      return { report, consentActive: hasActiveConsent(state) };
    }),

    handleEffect(SET_MY_NAME, async ({ name }, ctx): Promise<SetNameResult> => {
      const { tx, person, now } = ctx;
      // Correcting a name held is the person's right at any time; storing a first one is
      // collecting it, which needs their consent in force.
      if (person.displayName === null && !hasActiveConsent(await tx.privacy.consentState(person.id))) return { kind: 'needsConsent' };
      await tx.people.setContact(person.id, name, null);
      await tx.audit.record(
        { actorKind: 'person', actorId: person.id, action: 'person.correctName', targetType: 'person', targetId: person.id, via: via(ctx) },
        now,
      );
      return { kind: 'saved', name };
    }),

    handleEffect(ERASE_DATA, async (_input, ctx): Promise<ErasureResult> => {
      const { tx, person, now } = ctx;
      const result = await tx.privacy.erase(person.id, now);
      if (result.kind === 'erased') {
        await tx.audit.record(
          { actorKind: 'person', actorId: person.id, action: 'person.erase', targetType: 'person', targetId: person.id, details: { ...result.counts }, via: via(ctx) },
          now,
        );
      }
      return result;
    }),
  ];
}
