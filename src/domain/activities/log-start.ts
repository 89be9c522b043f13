/**
 * The start of the flow: values it may be started with (named in a request) and the
 * question of which group the activity is of.
 */
import { z } from 'zod';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { LIST_MY_GROUPS } from '../groups/effects.js';
import { groupRef, itemButtons, pickItem } from '../groups/group-ref.js';
import { withConsentGate } from '../privacy/consent-gate.js';
import { ACTIVITY_CATEGORIES } from '../model/activities.js';
import { beneficiariesSchema } from './beneficiaries-schema.js';
import { type LogData } from './log-data.js';

/** Values the flow may be started with; each one that does not fit is left out on its own. */
const prefilledInput = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  category: z.enum(ACTIVITY_CATEGORIES).optional().catch(undefined),
  partner: z.string().trim().min(2).max(120).optional().catch(undefined),
  // Counted in the request ("… santunan yatim 15 anak"): PMKS code → count, refused whole when any is not one.
  beneficiaries: beneficiariesSchema
    .refine((counts) => Object.keys(counts).length > 0 && Object.values(counts).every((count) => count >= 1))
    .optional()
    .catch(undefined),
});

/** The one entry point for prefilled values: a YYYY-MM-DD `date`, a known `category`, the `partner` groups named, the `beneficiaries` counted. */
export function prefilled(input: unknown): LogData {
  const parsed = prefilledInput.safeParse(input ?? {});
  const { date, category, partner, beneficiaries } = parsed.success ? parsed.data : {};
  return { ...(date ? { date } : {}), ...(category ? { category } : {}), ...(partner ? { partnerSaid: partner } : {}), ...(beneficiaries && { beneficiaries }) };
}

/** The step after the group: the first question not answered in advance. */
function afterGroup(data: LogData): string {
  return data.date ? (data.category ? 'description' : 'category') : 'date';
}

/** The group's question, behind the consent gate: the person's groups are listed once they consented. */
export const groupStep = withConsentGate<LogData>({
  prompt: ({ data }) =>
    say(t('activities:pickGroup'), itemButtons(data.groups ?? [], 'group:')),
  expects: t('activities:expectsGroup'),
  on(input, { data }) {
    const mine = LIST_MY_GROUPS.result(input);
    if (mine) {
      const groups = mine.map(groupRef);
      if (groups.length === 0) return { type: 'done', say: [say(t('activities:needGroup'))], menu: true };
      if (groups.length === 1) return { type: 'goto', step: afterGroup(data), data: { ...data, groups, own: groups[0] }, passed: true };
      return { type: 'stay', data: { ...data, groups }, reprompt: true };
    }
    const own = pickItem(input, data.groups ?? [], 'group:');
    return own ? { type: 'goto', step: afterGroup(data), data: { ...data, own } } : { type: 'invalid' };
  },
}, (data) => ({ type: 'stay', data, effects: [LIST_MY_GROUPS.request(undefined)] }));
