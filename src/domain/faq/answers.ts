/**
 * How FAQ answers are shown: the answer text with buttons to see other topics or go to
 * the menu. Shared by the home screen (free questions) and the FAQ flow.
 */
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { FAQ_TOPICS, type FaqTopicId } from './topics.js';

/** Button id prefix of a topic button. */
export const TOPIC_BUTTON_PREFIX = 'faq:';
/** Button id that shows the topic list again. */
export const MORE_TOPICS_BUTTON = 'faq:more';

/** The answer to a topic, with follow-up buttons. */
export function answerMessage(topic: FaqTopicId): OutboundMessage {
  return say(t(`faq:topics.${topic}.answer`), [
    { id: MORE_TOPICS_BUTTON, label: t('faq.moreTopics') },
    { id: 'cmd:menu', label: t('engine.button.menu') },
  ]);
}

/** One button per topic. */
export function topicButtons(): Button[] {
  return FAQ_TOPICS.map((topic) => ({ id: `${TOPIC_BUTTON_PREFIX}${topic}`, label: t(`faq:topics.${topic}.title`) }));
}

/** The topic a button id names, if it names one. */
export function topicFromButton(id: string): FaqTopicId | null {
  if (!id.startsWith(TOPIC_BUTTON_PREFIX)) return null;
  const topic = id.slice(TOPIC_BUTTON_PREFIX.length);
  return (FAQ_TOPICS as readonly string[]).includes(topic) ? (topic as FaqTopicId) : null;
}
