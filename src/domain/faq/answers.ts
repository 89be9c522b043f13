/**
 * How FAQ answers are shown: the answer text with buttons to see other topics or go to
 * the menu. Shared by the home screen (free questions) and the FAQ flow.
 */
import { commandButton } from '../../core/engine/commands.js';
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { entryButton } from '../../core/menu.js';
import type { StatusThresholds } from '../status/thresholds.js';
import { BUTTON_TOPICS, FAQ_TOPICS, type FaqTopicId } from './topics.js';

/** Button id prefix of a topic button. */
export const TOPIC_BUTTON_PREFIX = 'faq:';
/** Button id that shows the topic list again. */
export const MORE_TOPICS_BUTTON = 'faq:more';

/** Numbers some answers quote ("berapa kelompok minimal"): read from the thresholds in force, never copied. */
export type AnswerParams = Readonly<Record<string, number>>;

/**
 * The answer parameters of a set of status thresholds and of DATA_RETENTION in days (the
 * privacy answer says how long conversations are kept, as the consent notice does).
 */
export function faqAnswerParams(thresholds: StatusThresholds, retentionDays = 90): AnswerParams {
  return {
    retentionDays,
    minGroups: thresholds.minActiveGroups,
    minTypes: thresholds.minGroupTypes,
    minRelations: thresholds.minRelations,
    minLinked: thresholds.minLinkedPercent,
    minJoint: thresholds.minJointActivities,
    minPmks: thresholds.minPmksJointActivities,
    windowDays: thresholds.activityWindowDays,
    newGroupDays: thresholds.newGroupGraceDays,
    linkDays: thresholds.newGroupLinkDays,
    dormantDays: thresholds.dormantAfterDays,
    graceDays: thresholds.dropGraceDays,
  };
}

/** Topics whose answer leads to registering a group: the answer offers it with one tap. */
const LEADS_TO_REGISTERING: ReadonlySet<FaqTopicId> = new Set(['how_to_register', 'who_may_register', 'minimum', 'not_yet', 'cost', 'not_counted', 'several_groups']);

/** Topics whose answer points to a desa's own figures: the answer offers the status check with one tap. */
const LEADS_TO_STATUS: ReadonlySet<FaqTopicId> = new Set(['levels', 'not_yet', 'not_counted', 'provisional']);

/** Topics whose answer tells how a joint activity or a tie is recorded: the answer offers that entry with one tap. */
const LEADS_TO_ACTIVITY: ReadonlySet<FaqTopicId> = new Set(['how_to_log']);
const LEADS_TO_TIE: ReadonlySet<FaqTopicId> = new Set(['how_to_tie']);

/** Topics whose answer speaks of one's rights over one's data: the answer offers 🔒 Data saya, where they are used. */
const LEADS_TO_MY_DATA: ReadonlySet<FaqTopicId> = new Set(['privacy']);

/** The answer to a topic, with follow-up buttons. */
export function answerMessage(topic: FaqTopicId, params: AnswerParams = {}): OutboundMessage {
  return answerMessages([topic], params)[0]!;
}

/**
 * The answers to the topics one message asked, in that order; the follow-up buttons come
 * once, under the last (📝 when any of them leads to registering).
 */
export function answerMessages(topics: readonly FaqTopicId[], params: AnswerParams = {}): OutboundMessage[] {
  const buttons = [
    ...(topics.some((topic) => LEADS_TO_STATUS.has(topic)) ? [entryButton('status', t('menu.status'))] : []),
    ...(topics.some((topic) => LEADS_TO_REGISTERING.has(topic)) ? [entryButton('register', t('menu.registerGroup'))] : []),
    ...(topics.some((topic) => LEADS_TO_ACTIVITY.has(topic)) ? [entryButton('activity', t('menu.logActivity'))] : []),
    ...(topics.some((topic) => LEADS_TO_TIE.has(topic)) ? [entryButton('relation', t('menu.relations'))] : []),
    ...(topics.some((topic) => LEADS_TO_MY_DATA.has(topic)) ? [entryButton('mydata', t('privacy:menu.myData'))] : []),
    { id: MORE_TOPICS_BUTTON, label: t('faq.moreTopics') },
    commandButton('menu'),
  ];
  return topics.map((topic, index) => say(t(`faq:topics.${topic}.answer`, params), index === topics.length - 1 ? buttons : undefined));
}

/** One button per topic. */
export function topicButtons(): Button[] {
  return BUTTON_TOPICS.map((topic) => ({ id: `${TOPIC_BUTTON_PREFIX}${topic}`, label: t(`faq:topics.${topic}.title`) }));
}

/** The topic a button id names, if it names one. */
export function topicFromButton(id: string): FaqTopicId | null {
  if (!id.startsWith(TOPIC_BUTTON_PREFIX)) return null;
  const topic = id.slice(TOPIC_BUTTON_PREFIX.length);
  return FAQ_TOPICS.find((known) => known === topic) ?? null;
}
