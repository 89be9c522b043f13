/**
 * Replies to what the FAQ matcher recognised in free text. Pure: the same intent always
 * gives the same messages.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { answerMessages, topicButtons, type AnswerParams } from './answers.js';
import { greetingText } from './greeting-reply.js';
import type { FaqIntent } from './matcher.js';

/** What to answer, and whether the current prompt (menu, topic list) should follow. */
export interface FaqReply {
  readonly messages: OutboundMessage[];
  /** True when the reply does not answer anything, so the caller should show its prompt. */
  readonly showPrompt: boolean;
  readonly understood: boolean;
}

/** Messages for an intent. */
export function replyToIntent(intent: FaqIntent, params: AnswerParams = {}): FaqReply {
  switch (intent.kind) {
    case 'greeting': {
      const greeting = say(greetingText(intent));
      // "halo bot" is a greeting; only a recognised question after it is answered.
      if (intent.followedBy && (intent.followedBy.kind === 'faq' || intent.followedBy.kind === 'thanks')) {
        const rest = replyToIntent(intent.followedBy, params);
        return { messages: [greeting, ...rest.messages], showPrompt: rest.showPrompt, understood: rest.understood };
      }
      return { messages: [greeting], showPrompt: true, understood: true };
    }
    case 'thanks':
      return { messages: [say(t('faq:thanks'))], showPrompt: false, understood: true };
    case 'faq':
      return { messages: answerMessages([intent.topic, ...(intent.also ?? [])], params), showPrompt: false, understood: true };
    case 'unknown':
      return { messages: [say(t('faq:fallback'), topicButtons())], showPrompt: false, understood: false };
  }
}
