/**
 * "Tanya tentang WKSBM": shows the topics as buttons and answers them, or any question
 * typed in the user's own words, until the user goes back to the menu.
 */
import { defineFlow } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { MORE_TOPICS_BUTTON, answerMessage, topicButtons, topicFromButton, type AnswerParams } from './answers.js';
import type { FaqMatcher } from './matcher.js';
import { replyToIntent } from './replies.js';
import { LOG_ACTIVITY_FLOW_ID } from '../activities/log-flow.js';
import { REGISTER_GROUP_FLOW_ID } from '../groups/register-flow.js';
import { STATUS_CHECK_FLOW_ID } from '../status-check/check-flow.js';
import { understand, type Understood } from '../understanding/understand.js';

export const FAQ_FLOW_ID = 'faq';

/** The flow a request read in free text opens, with its start input; null for anything else. */
function requestFlow(understood: Understood): { flow: string; input: Record<string, unknown> } | null {
  switch (understood.kind) {
    case 'status':
      return { flow: STATUS_CHECK_FLOW_ID, input: { query: understood.query, mine: understood.mine } };
    case 'register':
      return { flow: REGISTER_GROUP_FLOW_ID, input: understood.groupType ? { type: understood.groupType } : {} };
    case 'activity':
      return { flow: LOG_ACTIVITY_FLOW_ID, input: { ...(understood.date && { date: understood.date }), ...(understood.category && { category: understood.category }) } };
    default:
      return null;
  }
}

/** Builds the FAQ flow around a matcher. */
export function createFaqFlow(faq: FaqMatcher, params: AnswerParams = {}) {
  return defineFlow<Record<string, never>>({
    id: FAQ_FLOW_ID,
    version: 1,
    title: t('menu.faq'),
    start: () => ({ step: 'topic', data: {} }),
    steps: {
      topic: {
        expects: t('faq.expects'),
        example: t('faq.example'),
        help: t('faq.help'),
        prompt: () => say(t('faq:intro'), topicButtons()),
        on(input, { env }) {
          if (input.type === 'button') {
            if (input.id === MORE_TOPICS_BUTTON) return { type: 'stay', reprompt: true };
            const topic = topicFromButton(input.id);
            return topic ? { type: 'stay', say: [answerMessage(topic, params)] } : { type: 'invalid' };
          }
          if (input.type !== 'text') return { type: 'invalid' };
          // "mau daftar kelompok pkk", "desa sinduadi sudah wksbm belum": a request, not a
          // question about it: what the menu would do for it is done (the FAQ closes).
          const request = requestFlow(understand(input.text, faq, env.now).understood);
          if (request) return { type: 'start', ...request, replace: true };
          const reply = replyToIntent(faq.match(input.text), params);
          if (!reply.understood) return { type: 'invalid', reason: t('faq.notUnderstood') };
          return { type: 'stay', say: reply.messages, reprompt: reply.showPrompt };
        },
      },
    },
  });
}
