/** Saving the activity (or its correction), and what is said after. */
import { type z } from 'zod';
import { type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { type CORRECT_ACTIVITY, type CREATE_ACTIVITY, type ActivityChangeResult, type CreateActivityResult } from './effects.js';
import { andListText } from '../model/message-parts.js';
import { type LogData } from './log-data.js';

/** The activity to save; null when a field is missing (the earlier steps set them all). */
export function payloadOf({ own, date, category, description, partners, beneficiaries, photoIds }: LogData): z.infer<typeof CREATE_ACTIVITY.schema> | null {
  if (!own || !date || !category || !description) return null;
  return { date, category, description, ownGroupId: own.id, partnerGroupIds: [...(partners ?? [])], beneficiaries: { ...beneficiaries }, photoIds: [...(photoIds ?? [])] };
}

/** The correction to send; null when a field is missing (a correction starts with all of them). */
export function correctionPayloadOf({ correcting, date, category, description, beneficiaries, photoIds }: LogData): z.infer<typeof CORRECT_ACTIVITY.schema> | null {
  if (!correcting || !date || !category || !description) return null;
  return { activityId: correcting, date, category, description, beneficiaries: { ...beneficiaries }, photoIds: [...(photoIds ?? [])] };
}

/**
 * A stored state missing a field the summary needs (none of this version's steps leave one
 * out): said as for a conversation dropped by an update, and back to the menu.
 */
export function incomplete(): StepOutcome<LogData> {
  return { type: 'done', say: [say(t('engine.restarted'))], menu: true };
}

/** What is said when a correction was sent back to the officers (or could not be). */
export function afterCorrection(result: ActivityChangeResult): StepOutcome<LogData> {
  return { type: 'done', say: [say(t(`activities:correct.outcome.${result.kind}`))], menu: true };
}

/** What is said when the activity was saved: who is asked to confirm it, or that it is not joint yet. */
export function afterSave(result: CreateActivityResult, data: LogData): StepOutcome<LogData> {
  if (result.kind === 'forbidden') return { type: 'done', say: [say(t('activities:forbidden'))], menu: true };
  const saved = t('activities:saved');
  if (result.partnerNames.length === 0) return { type: 'done', say: [say([saved, t('activities:notJointYet')])], menu: true };
  // A partner the reporter leads too (one of their own groups, read at the start): "Ketua <it>
  // diminta…" would name the reporter as someone else. Their confirmation waits in their own 📥.
  const self = (data.groups ?? []).filter((group) => group.id !== data.own?.id && (data.partners ?? []).includes(group.id)).map((group) => group.name);
  const others = [...result.partnerNames];
  for (const name of self) {
    const at = others.indexOf(name);
    if (at >= 0) others.splice(at, 1);
  }
  return {
    type: 'done',
    say: [
      say([
        saved,
        ...(others.length > 0 ? [t('activities:partnersAsked', { partners: andListText(others) })] : []),
        ...(self.length > 0 ? [t('activities:partnersSelf', { partners: andListText(self) })] : []),
      ]),
    ],
    menu: true,
  };
}
