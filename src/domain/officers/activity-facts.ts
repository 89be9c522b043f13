/**
 * What an officer needs to decide on an activity, shown alike in its alert and in the pending
 * list: the group that reported it, the partner groups with whether each confirmed taking
 * part yet, and the people served as counts per PMKS category (never names).
 */
import { t, type Text } from '../../core/text.js';
import type { ActivitySummary } from '../model/activities.js';
import { listText } from '../model/message-parts.js';

/** The part of an activity's summary the facts are made of. */
export type ActivityFacts = Pick<ActivitySummary, 'reportingGroup' | 'partners' | 'beneficiaries'>;

/** "Pelapor: …\nMitra: Posyandu Mawar (✅ sudah konfirmasi), …\nPenerima manfaat: Lansia terlantar 20, …". */
export function activityFactsText(facts: ActivityFacts): Text {
  // A partner confirmed by the reporter themself (leading both groups) is said so: one person's word.
  const state = (partner: ActivityFacts['partners'][number]) => (!partner.confirmed ? 'pending' : partner.byReporter === true ? 'confirmedByReporter' : 'confirmed');
  const partners = facts.partners.map((partner) => t(`officers:activityFacts.partner.${state(partner)}`, { name: partner.name }));
  // Joined as a balanced tree (listText): a stored alert's texts must not nest deeply.
  const counts = Object.entries(facts.beneficiaries)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, count]) => t('activities:tallyItem', { name: t(`activities:pmks.${code}`), count }));
  return t('officers:activityFacts.text', {
    group: facts.reportingGroup?.name ?? '–',
    partners: partners.length > 0 ? listText(partners) : t('officers:activityFacts.noPartners'),
    beneficiaries: counts.length > 0 ? listText(counts) : t('officers:activityFacts.noBeneficiaries'),
  });
}
