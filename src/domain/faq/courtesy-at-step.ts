/**
 * Courtesy typed at a step that has no use for it (the engine's `courtesy`, after the step
 * refused the words): thanks ("ok makasih" under 🔒 Data saya once the person has read it),
 * an acknowledgement ("oke" at the officer's panel) or a greeting alone ("halo",
 * "assalamualaikum" at a group's screen). Each was "Maaf, jawaban itu belum bisa saya pakai":
 * now answered in kind, and the engine asks the question again.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { acknowledgesOnly } from './acknowledgement.js';
import { thanksAsides } from './asides.js';
import { greetingText } from './greeting-reply.js';
import type { FaqMatcher } from './matcher.js';

/** The engine's `courtesy`: the kind words back for `text`, or null when it is no courtesy alone. */
export function courtesyAtStep(faq: Pick<FaqMatcher, 'explain'>): (text: string) => readonly OutboundMessage[] | null {
  // Thanks read as at a desa's question, where nothing else is taken for them.
  const thanks = thanksAsides(faq);
  return (text) => {
    if (acknowledgesOnly(text)) return [say(t('faq:acknowledged'))];
    const thanked = thanks(text, { eager: true });
    if (thanked !== null) return thanked;
    const { intent } = faq.explain(text);
    if (intent.kind !== 'greeting' || intent.followedBy !== undefined) return null;
    // "Halo, selamat datang!" greets a newcomer; in the middle of something, a shorter word.
    return [say(intent.greeting === 'hello' && intent.timeOfDay === undefined ? t('faq:greetingAtStep') : greetingText(intent))];
  };
}
