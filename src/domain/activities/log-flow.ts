/**
 * "Catat kegiatan bersama": a leader records what their group did together with other
 * groups of the same desa — date, category, a short description, the partner groups,
 * beneficiaries as counts per PMKS category (never names) — and the partners' leaders are
 * asked to confirm. It counts as joint once two groups confirmed. Photos (up to three, as
 * evidence for the verifying officer) are not a step of their own: the summary invites
 * them where the channel can carry one, and a photo sent there is attached to the draft; one
 * sent earlier, at a question, is kept the same way and the question asked again.
 */
import { defineFlow, type FlowEnv } from '../../core/engine/flow.js';
import { type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { consentCheck } from '../privacy/consent-gate.js';
import { correctedFields, correctionOf, saidWith, type CorrectActivityInput } from './log-correction.js';
import { type LogData } from './log-data.js';
import { groupStep, prefilled } from './log-start.js';
import { dateStep } from './log-date-step.js';
import { categoryStep } from './log-category-step.js';
import { descriptionStep } from './log-description-step.js';
import { partnersStep } from './log-partners-step.js';
import { beneficiariesStep } from './log-beneficiaries-step.js';
import { summaryStep } from './log-summary-step.js';

export type { CorrectActivityInput };

/** The flow's id, to start it from the menu or a request. */
export const LOG_ACTIVITY_FLOW_ID = 'activity.log';

/** The activity logging flow. */
export const logActivityFlow = defineFlow<LogData>({
  id: LOG_ACTIVITY_FLOW_ID,
  // 2: the consent gate before the first step (older states are dropped politely).
  // 3: photos are stored (photoIds, up to three) instead of a channel's reference.
  // 4: no photo step; a photo sent at the summary is attached there (one input fewer).
  version: 4,
  title: t('menu.logActivity'),
  // Nothing is saved until the summary: opened again from the menu, a half-logged one is offered first.
  keepsDraft: true,
  // The photos kept on the way (at the summary or earlier) and the location choice are no
  // step's answer: `kembali` keeps them (the activity lost them, though their drafts were stored).
  keptOnBack: (earlier, now) => {
    const { photoIds: _earlier, shareLocation: _chosen, ...rest } = earlier;
    return { ...rest, ...(now.photoIds !== undefined ? { photoIds: now.photoIds } : {}), ...(now.shareLocation !== undefined ? { shareLocation: now.shareLocation } : {}) };
  },
  // Who reported what is personal data: consent first, then the person's groups.
  start: (input, env) => {
    const correction = correctionOf(input);
    if (correction) {
      // Correcting: the person consented when they logged it; every field is known.
      const own = { id: correction.reportingGroup.id, name: correction.reportingGroup.name, villageCode: '' };
      const data: LogData = {
          own,
          date: correction.date,
          category: correction.category,
          description: correction.description,
          beneficiaries: correction.beneficiaries,
          correcting: correction.id,
          partnerNames: [...correction.confirmedPartners, ...correction.pendingPartners],
          photosBefore: correction.photoIds?.length ?? 0,
          original: correctedFields({ date: correction.date, category: correction.category, description: correction.description, beneficiaries: correction.beneficiaries }),
      };
      return withCorrectionSaid(saidWith(input), data, env);
    }
    // Started with `{ date, category }` (named in free text and confirmed with one tap), those questions are skipped.
    return { step: 'group', data: prefilled(input), effects: [consentCheck] };
  },
  steps: {
    group: groupStep,
    date: dateStep,
    category: categoryStep,
    description: descriptionStep,
    partners: partnersStep,
    beneficiaries: beneficiariesStep,
    summary: summaryStep,
  },
});

/**
 * A correction opened with what the person typed where the activity was shown: made as the
 * summary makes one typed there (the summary shown again with it, or the field's question
 * asked); the summary as it is when the words change nothing there.
 */
function withCorrectionSaid(said: string | null, data: LogData, env: FlowEnv): { step: string; data: LogData; say?: readonly OutboundMessage[] } {
  const outcome = said === null ? null : summaryStep.on({ type: 'text', text: said }, { data, env });
  if (outcome?.type === 'stay' && outcome.data) return { step: 'summary', data: outcome.data, ...(outcome.say && { say: outcome.say }) };
  if (outcome?.type === 'goto') return { step: outcome.step, data: outcome.data ?? data, ...(outcome.say && { say: outcome.say }) };
  return { step: 'summary', data };
}
