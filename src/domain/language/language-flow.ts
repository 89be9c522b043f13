/**
 * Choosing the language of the bot's replies. The choice is stored on the person, so it
 * follows them to every channel they use.
 */
import { z } from 'zod';
import { defineFlow } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { SET_LOCALE, setLocale } from './effects.js';
import { LANGUAGE_BUTTON, localeOfButton } from './guess.js';

export const LANGUAGE_FLOW_ID = 'language';

const CHOICES: ReadonlyArray<{ locale: string; words: readonly string[] }> = [
  { locale: 'id', words: ['id', 'indonesia', 'bahasa indonesia', 'indo', 'indonesian', '1'] },
  { locale: 'en', words: ['en', 'english', 'inggris', 'bahasa inggris', 'eng', '2'] },
];

function localeOf(text: string): string | null {
  const word = text.trim().toLowerCase().replace(/[.!]+$/, '');
  return CHOICES.find((choice) => choice.words.includes(word))?.locale ?? null;
}

/**
 * What may start the flow: a language already asked for in words ("english please" at any
 * step), or a regional language asked about ("bisa pake bahasa jawa?"), which the choice follows.
 */
const startInputSchema = z.union([
  z.object({ locale: z.enum(['id', 'en']) }),
  // `current`: the language guessed from the question, set as it was asked (its effect comes after this prompt is written).
  z.object({ regional: z.literal(true), current: z.enum(['id', 'en']).optional() }),
]);

/** What the flow starts with: the language to set at once, or that a regional language was asked about. */
export type LanguageFlowInput = z.infer<typeof startInputSchema>;

/** The flow's data: the language the person is answered in now, when it was just guessed (else the person's). */
interface LanguageData {
  readonly current?: 'id' | 'en';
}

const choicePrompt = ({ data, env }: { readonly data: LanguageData; readonly env: { readonly person: { readonly locale: string } } }) =>
  say(
    t('language.prompt', { current: t(`language.name.${data.current ?? env.person.locale}`) }),
    CHOICES.map((choice) => ({ id: `${LANGUAGE_BUTTON}${choice.locale}`, label: t(`language.name.${choice.locale}`) })),
  );

/** The language flow. */
export const languageFlow = defineFlow<LanguageData>({
  id: LANGUAGE_FLOW_ID,
  version: 1,
  title: t('menu.language'),
  start: (input) => {
    const asked = startInputSchema.safeParse(input);
    if (!asked.success) return { step: 'choose', data: {} };
    // A regional language: which two the bot answers in, and that it reads the others as it can; then the choice.
    if ('regional' in asked.data) return { step: 'choose', data: asked.data.current ? { current: asked.data.current } : {}, say: [say(t('language.regional'))] };
    // Asked in words: set, and the question the person was at is asked again in that language.
    return { step: 'setting', data: {}, effects: [SET_LOCALE.request({ locale: asked.data.locale })] };
  },
  steps: {
    setting: {
      expects: t('language.expects'),
      example: t('language.example'),
      prompt: choicePrompt,
      on(input) {
        if (SET_LOCALE.is(input)) return { type: 'done', say: [say(t('language.changed'))], menu: true };
        return { type: 'invalid' };
      },
    },
    choose: {
      expects: t('language.expects'),
      example: t('language.example'),
      prompt: choicePrompt,
      on(input) {
        const locale =
          input.type === 'button'
            ? localeOfButton(input.id)
            : input.type === 'text'
              ? localeOf(input.text)
              : null;
        if (!locale || !CHOICES.some((choice) => choice.locale === locale)) return { type: 'invalid' };
        return {
          type: 'done',
          say: [say(t('language.changed'))],
          effects: [setLocale({ locale })],
          menu: true,
        };
      },
    },
  },
});
