/**
 * The reply to "maksudnya?" after an answer: the topic said again more simply when it has a
 * simpler text, else (or asked a second time) an invitation to say which part is unclear and
 * whom to ask in person; after a desa's status or an area's counts, how to read them; with
 * nothing just shown, what to explain is asked, with the topics.
 */
import { commandButton } from '../../core/engine/commands.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { MORE_TOPICS_BUTTON, TOPIC_BUTTON_PREFIX, topicButtons } from './answers.js';
import type { FaqIntent } from './intent.js';
import type { FaqTopicId } from './topics.js';

/** Topics with a simpler text (`faq:simpler.<topic>`): the ones most asked, and the buttons'. */
export const SIMPLER_TOPICS: ReadonlySet<FaqTopicId> = new Set([
  'definition', 'acronym', 'criteria', 'member_groups', 'joint_activities', 'how_to_register', 'benefits', 'legal_basis', 'psks', 'pmks', 'officers',
  'privacy', 'mandatory',
]);

/** The FAQ topic answered last for `intent` (after a greeting too), the one "maksudnya?" then asks about; undefined for none. */
export function lastTopicOf(intent: FaqIntent): FaqTopicId | undefined {
  const faq = intent.kind === 'greeting' ? intent.followedBy : intent;
  return faq?.kind === 'faq' ? [faq.topic, ...(faq.also ?? [])].at(-1) : undefined;
}

/** The buttons under an explanation: more topics, and the menu. */
function followUps() {
  return [
    { id: MORE_TOPICS_BUTTON, label: t('faq.moreTopics') },
    commandButton('menu'),
  ];
}

/** What was just shown besides a FAQ answer: a desa's status, or the counts of an area's desa. */
export type ShownBefore = 'status' | 'area_counts';

/**
 * What to say to "maksudnya?": `answered` is the topic last answered, `simplified` whether its
 * simpler text was already given; with no topic, `shown` is what was shown last (a status, the
 * counts: how to read it), else nothing is known to explain.
 */
export function explainAgain(answered: FaqTopicId | undefined, simplified: boolean, shown?: ShownBefore): { readonly messages: OutboundMessage[]; readonly simplified: boolean } {
  if (answered === undefined && shown !== undefined) {
    return { messages: [say(t(shown === 'status' ? 'faq:explainStatus' : 'faq:explainCounts'), [{ id: `${TOPIC_BUTTON_PREFIX}not_yet`, label: t('faq:topics.not_yet.title') }, ...followUps()])], simplified: false };
  }
  if (answered === undefined) return { messages: [say(t('faq:explainWhat'), topicButtons())], simplified: false };
  if (!simplified && SIMPLER_TOPICS.has(answered)) return { messages: [say(t(`faq:simpler.${answered}`), followUps())], simplified: true };
  return { messages: [say(t('faq:explainAgain'), followUps())], simplified: true };
}
