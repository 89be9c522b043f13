/**
 * What the FAQ matcher recognised in a free-text message. The reply texts live in the
 * locale files; these values only say which one applies.
 */
import type { FaqTopicId } from './topics.js';

/** Kinds of greeting, each with its own reply (`faq:greeting.<kind>`). */
export const GREETING_KINDS = ['salam', 'sampurasun', 'punten', 'time_of_day', 'javanese', 'sundanese', 'hello'] as const;
export type GreetingKind = (typeof GREETING_KINDS)[number];

/** Part of the day named by "selamat pagi", "sugeng enjing", "wilujeng wengi"... */
export const TIMES_OF_DAY = ['morning', 'midday', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** The matcher's verdict on one message. */
export type FaqIntent =
  | {
      readonly kind: 'greeting';
      readonly greeting: GreetingKind;
      /** Set when the greeting named a part of the day, so the reply can echo it. */
      readonly timeOfDay?: TimeOfDay;
      /**
       * What came after the greeting ("assalamualaikum, apa itu wksbm?" → the question).
       * Absent when the message was only a greeting; `unknown` when words followed that
       * were not understood.
       */
      readonly followedBy?: FaqIntent;
    }
  | { readonly kind: 'thanks' }
  /**
   * confidence is in (0, 1]; 1 means the message matched an example phrasing exactly. `also`:
   * further topics asked in the same message ("apa itu wksbm? terus cara daftarnya gimana?"),
   * each answered after `topic`, in the order asked.
   */
  | { readonly kind: 'faq'; readonly topic: FaqTopicId; readonly confidence: number; readonly also?: readonly FaqTopicId[] }
  | { readonly kind: 'unknown' };
