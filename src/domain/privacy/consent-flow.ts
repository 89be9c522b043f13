/**
 * The consent notice as a sub-flow: what is collected, why, for how long, who sees it and
 * the person's rights, with "Setuju" / "Tidak setuju". Agreeing records the consent
 * (version, time, channel identity). It ends with `{ granted }` as its result, which the
 * collecting flow that started it reads with `CONSENT_ANSWERED.result(input)` (see consent-gate.ts).
 */
import { z } from 'zod';
import { defineFlow, type StepInput } from '../../core/engine/flow.js';
import { defineFlowResult } from '../../core/engine/flow-result.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { notWordsPattern } from '../parse/negation.js';
import { isLater, yesOrNo } from '../parse/yes-no.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { consentQuestion } from './consent-questions.js';
import { GRANT_CONSENT } from './effects.js';

/** The notice's flow id; its result reaches the parent as the effect `flow:privacy.consent`. */
export const CONSENT_FLOW_ID = 'privacy.consent';

/** How the notice is started. */
export interface ConsentInput {
  /** The person agreed to an older notice: say that it changed. */
  readonly olderVersion?: boolean;
}

/** The result the notice ends with. */
export interface ConsentOutcome {
  readonly granted: boolean;
  /**
   * Text typed at the notice that it could not take (the desa typed ahead of its question),
   * the latest only; given with an agreement alone, for the gated step to read as if typed there.
   */
  readonly ahead?: string;
}

/** The notice's answer, as the gated flow reads it: `CONSENT_ANSWERED.result(input)`. */
export const CONSENT_ANSWERED = defineFlowResult<ConsentOutcome>()(CONSENT_FLOW_ID);

/** The start input; anything else is a first notice. */
const inputSchema = z.object({ olderVersion: z.boolean() });

interface ConsentData {
  readonly olderVersion: boolean;
  /** How long conversation records are kept, in days (shown in the notice). */
  readonly retentionDays: number;
  /** The latest text typed ahead of the gated flow's question (see {@link ConsentOutcome.ahead}). */
  readonly ahead?: string;
}

/** The longest text kept for the next question: a desa with its kecamatan fits, a pasted essay does not. */
const AHEAD_MAX_LENGTH = 120;
/** "hmm", "eh", "wkwk", "?": no answer to any question, so nothing to keep. */
const FILLER = /^(?:h+m+|e+h*|o+h*|a+h*|u+h*|wk(?:wk)*|ha(?:ha)+|he(?:he)+|[^\p{L}\p{N}]*)$/u;

/** The text to keep for the next question, or null when it is none (filler, too long). */
function typedAhead(input: StepInput): string | null {
  const text = input.type === 'text' ? input.text.trim().replace(/\s+/g, ' ') : '';
  if (text.length < 2 || text.length > AHEAD_MAX_LENGTH || FILLER.test(text.toLowerCase())) return null;
  return text;
}

/** Button ids of the notice's two answers. */
export const CONSENT_AGREE_BUTTON = 'consent:agree';
export const CONSENT_DECLINE_BUTTON = 'consent:decline';
/** The notice's two answers. */
const ANSWER_BUTTONS = [
  { id: CONSENT_AGREE_BUTTON, label: t('privacy:consent.agree') },
  { id: CONSENT_DECLINE_BUTTON, label: t('privacy:consent.decline') },
];
/** The lexicon's "not" words (Indonesian, chat spellings, Javanese, Sundanese). */
const NOT = notWordsPattern(['henteu', 'boten']);
/** "gak dulu", "ga usah", "tidak dulu deh": not now. */
const NOT_NOW = new RegExp(`^(?:${NOT})\\s+(?:dulu|usah|perlu)\\b`);
/** "tidak setuju", "ora setuju", "teu satuju", "gak mau": a no. */
const NOT_AGREEING = new RegExp(`^(?:${NOT})\\s+(?:setuju|satuju|mau)$`);

/** Besides a typed yes ("iya setuju", "ok", "nggih"): the notice's own words. */
const AGREE_WORDS = new Set(['saya setuju', 'agree', 'i agree']);
const DECLINE_WORDS = new Set(['disagree', 'decline', "don't agree", 'i disagree']);

function answer(input: StepInput): 'agree' | 'decline' | null {
  const button = buttonOf(input);
  if (button === CONSENT_AGREE_BUTTON) return 'agree';
  if (button === CONSENT_DECLINE_BUTTON) return 'decline';
  const text = textOf(input)?.toLowerCase().replace(/[.!]+$/, '');
  if (!text) return null;
  // "gak dulu", "nanti aja": not now, which records nothing (the notice comes again next time).
  // A no and a yes word together ("teu satuju"), which the typed yes/no leaves unread.
  if (DECLINE_WORDS.has(text) || NOT_AGREEING.test(text) || NOT_NOW.test(text) || isLater(text)) return 'decline';
  if (AGREE_WORDS.has(text)) return 'agree';
  const typed = yesOrNo(text);
  return typed === 'yes' ? 'agree' : typed === 'no' ? 'decline' : null;
}

/** Builds the consent notice flow; `retentionDays` is DATA_RETENTION in days. */
export function createConsentFlow(retentionDays: number) {
  return defineFlow<ConsentData>({
    id: CONSENT_FLOW_ID,
    version: 1,
    title: t('privacy:consent.title'),
    start: (input) => ({ step: 'ask', data: { olderVersion: inputSchema.safeParse(input).data?.olderVersion === true, retentionDays } }),
    steps: {
      ask: {
        // The notice stands alone in its own message, apart from the flow's questions (Pasal 22).
        prompt: ({ data }) =>
          say(
            [
              ...(data.olderVersion ? [t('privacy:consent.changed')] : []),
              t('privacy:consent.heading'),
              t('privacy:consent.what'),
              t('privacy:consent.why'),
              t('privacy:consent.who'),
              t('privacy:consent.howLong', { days: data.retentionDays }),
              t('privacy:consent.rights'),
              t('privacy:consent.question'),
            ],
            ANSWER_BUTTONS,
          ),
        // Asked again (after an answer it cannot take, or a question answered aside): the
        // question alone, pointing at the notice above, not the whole notice once more.
        reprompt: () => say(t('privacy:consent.again'), ANSWER_BUTTONS),
        expects: t('privacy:consent.expects'),
        on(input, { data }) {
          if (GRANT_CONSENT.is(input)) {
            const ahead = data.ahead !== undefined ? { ahead: data.ahead } : {};
            return CONSENT_ANSWERED.done({ granted: true, ...ahead }, [say(t('privacy:consent.thanks'))]);
          }
          if (input.type === 'effect-result') return { type: 'invalid' };
          // "apa maksudnya?", "data sy dipake buat apa aja? aman ga?": a short answer from the
          // notice's own text and the question again, not "that answer cannot be used" and the whole notice.
          const question = input.type === 'text' ? consentQuestion(input.text) : null;
          if (question) return { type: 'stay', say: [say([t(`privacy:consent.answer.${question}`), t('privacy:consent.question')], ANSWER_BUTTONS)] };
          const choice = answer(input);
          if (choice === 'agree') return { type: 'stay', effects: [GRANT_CONSENT.request(undefined)] };
          // Declining keeps nothing typed here: the text typed ahead goes with the notice.
          if (choice === 'decline') return CONSENT_ANSWERED.done({ granted: false });
          // The answer to the next question typed before reading: kept (the latest only) and said
          // so, for the gated step once the person agrees. A command or a question answered aside
          // (the engine's, after this refusal) keeps nothing.
          const ahead = typedAhead(input);
          if (ahead !== null) return { type: 'invalid', reason: t('privacy:consent.kept', { text: ahead }), data: { ...data, ahead } };
          return { type: 'invalid' };
        },
      },
    },
  });
}
