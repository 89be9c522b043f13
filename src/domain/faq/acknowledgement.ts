/**
 * An acknowledgement typed alone ("oke", "ok min", "sip", "siap", "noted"): at the menu it is
 * taken as thanks, but where the bot has just asked a question (a desa's name) it thanks for
 * nothing and closes nothing. "ok makasih ya" is thanks, and still closes a status check.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { OK_WORDS } from '../parse/lexicon.js';
import { dropTrailingParticles } from '../parse/particles.js';
import { elongationVariants, tokenize } from './normalize.js';

/**
 * Acknowledgements known only where one stands alone, besides "OK" ({@link OK_WORDS}): other
 * spellings ("okeh", "k") and other words for "understood" ("noted", "mantap", "paham", "fine").
 * Before more words ("fine, what about …", "paham cara daftarnya?") they may be part of the
 * sentence: the reader of "oke terus gimana" (./what-next.ts) leaves them out, and the one of
 * "oke, kegiatan saya" (home/home-flow.ts) takes only "baik" of them.
 */
const ACKNOWLEDGEMENTS_ALONE = [
  'okeh', 'okai', 'k', 'noted', 'baik', 'baiklah', 'mantap', 'mantul', 'mantab', 'paham', 'oalah', 'owalah', 'alright', 'fine', 'sure', 'roger',
];

/** Words that say "understood, go on", and no thanks. */
const ACKNOWLEDGEMENTS: ReadonlySet<string> = new Set([...OK_WORDS, ...ACKNOWLEDGEMENTS_ALONE]);

/** Said with an acknowledgement, adding nothing ("oke deh", "oh gitu", "sip lah"). */
const WITH_ACKNOWLEDGEMENT: ReadonlySet<string> = new Set(['oh', 'o', 'gitu', 'begitu', 'gt', 'deh', 'lah', 'dah', 'aja', 'then']);

/** The word as the list spells it ("okee" → "oke", "siappp" → "siap"). */
function known(word: string): string {
  return ACKNOWLEDGEMENTS.has(word) ? word : (elongationVariants(word).find((variant) => ACKNOWLEDGEMENTS.has(variant)) ?? word);
}

/** Whether `text` is only an acknowledgement ("oke", "sip min", "ok deh"), with no thanks or anything else. */
export function acknowledgesOnly(text: string): boolean {
  const words = dropTrailingParticles(tokenize(text.slice(0, 80)), { keep: 0, just: false }).map(known);
  return words.length > 0 && words.length <= 3 && words.some((word) => ACKNOWLEDGEMENTS.has(word)) && words.every((word) => ACKNOWLEDGEMENTS.has(word) || WITH_ACKNOWLEDGEMENT.has(word));
}

/**
 * The engine's aside for an acknowledgement typed where a question waits for its answer: a
 * kind word, and the engine asks the question again. Null for anything else, and at steps that
 * take it as a yes (`yesSteps`: a desa offered "Desa Lanjut …?", a list of one), which read it.
 */
export function acknowledgementAside(
  yesSteps: ReadonlyArray<{ readonly flow: string; readonly step: string }>,
): (text: string, options: { readonly eager: boolean; readonly flows: readonly string[]; readonly step: string }) => readonly OutboundMessage[] | null {
  return (text, { eager, flows, step }) => {
    if (!eager || !acknowledgesOnly(text)) return null;
    if (yesSteps.some((yes) => yes.flow === flows.at(-1) && yes.step === step)) return null;
    return [say(t('faq:acknowledged'))];
  };
}
