/**
 * "ada yg perlu dikonfirmasi ga", "is there anything to confirm" typed in 👥 Kelompok saya (a
 * group's screen, the list): a leader there asks about what other groups asked their groups to
 * confirm. They were told "choose a button". Now the inbox is read (the confirmations' own
 * INBOX_LIST, which records nothing) and how many wait is said, with 📥 Konfirmasi to answer
 * them; the screen stays, since the question came from it.
 */
import type { StepInput, StepOutcome } from '../../core/engine/flow.js';
import { entryButton } from '../../core/menu.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { asksForConfirmations, asksWhatConfirmationIs } from '../confirmations/asked.js';
import { INBOX_LIST } from '../confirmations/effects.js';

/** The menu entry id of 📥 Konfirmasi (its button opens the inbox over the screen, as a side trip). */
const INBOX_ENTRY = 'inbox';

/** The inbox asked for when `typed` asks what waits for confirmation; null for anything else. */
export function confirmationsAsked<D>(typed: string | null): StepOutcome<D> | null {
  return typed !== null && asksForConfirmations(typed) ? { type: 'stay', effects: [INBOX_LIST.request(undefined)] } : null;
}

/** The answer once the inbox is read (the step's question follows it again); null when `input` is no such result. */
export function confirmationsAnswered<D>(input: StepInput): StepOutcome<D> | null {
  const waiting = INBOX_LIST.result(input);
  return waiting === undefined ? null : { type: 'stay', say: [waitingMessage(waiting.length)], reprompt: true };
}

/**
 * "konfirmasi itu apa" where a number is asked (✏️ Anggota): what a confirmation is, with
 * 📥 Konfirmasi, and the question asked again; null for anything else.
 */
export function confirmationMeaningAsked<D>(typed: string | null): StepOutcome<D> | null {
  if (typed === null || !asksWhatConfirmationIs(typed)) return null;
  return { type: 'stay', say: [say(t('groups:mine.confirmationMeaning'), [entryButton(INBOX_ENTRY, t('menu.inboxTitle'))])], reprompt: true };
}

/** How many requests to confirm wait for the person, with 📥 Konfirmasi to answer them (none: said so). */
export function waitingMessage(count: number): OutboundMessage {
  if (count === 0) return say(t('groups:mine.confirmationsNone'));
  return say(t('groups:mine.confirmationsWaiting', { count }), [entryButton(INBOX_ENTRY, t('menu.inboxTitle'))]);
}
