/**
 * The reply text for a greeting. `faq:greeting.<kind>` is a reply that fits any time of
 * day; when the greeting named one ("sugeng enjing"), i18next's context option picks
 * `faq:greeting.<kind>_<time>` ("Sugeng enjing! Selamat pagi juga.") and falls back to the
 * plain key where a language has no such variant.
 */
import { t, type Text } from '../../core/text.js';
import type { FaqIntent } from './intent.js';

/** The text answering a greeting intent (not what followed it). */
export function greetingText(intent: Extract<FaqIntent, { kind: 'greeting' }>): Text {
  const key = `faq:greeting.${intent.greeting}`;
  return intent.timeOfDay ? t(key, { context: intent.timeOfDay }) : t(key);
}
