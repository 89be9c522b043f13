/**
 * Choosing the language of the bot's replies. The choice is stored on the person, so it
 * follows them to every channel they use.
 */
import { defineFlow } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { setLocale } from './effects.js';

export const LANGUAGE_FLOW_ID = 'language';

const CHOICES: ReadonlyArray<{ locale: string; words: readonly string[] }> = [
  { locale: 'id', words: ['id', 'indonesia', 'bahasa indonesia', 'indo', 'indonesian', '1'] },
  { locale: 'en', words: ['en', 'english', 'inggris', 'bahasa inggris', 'eng', '2'] },
];

function localeOf(text: string): string | null {
  const word = text.trim().toLowerCase().replace(/[.!]+$/, '');
  return CHOICES.find((choice) => choice.words.includes(word))?.locale ?? null;
}

/** The language flow. */
export const languageFlow = defineFlow<Record<string, never>>({
  id: LANGUAGE_FLOW_ID,
  version: 1,
  title: t('menu.language'),
  start: () => ({ step: 'choose', data: {} }),
  steps: {
    choose: {
      expects: t('language.expects'),
      example: t('language.example'),
      prompt: ({ env }) =>
        say(
          t('language.prompt', { current: t(`language.name.${env.person.locale}`) }),
          CHOICES.map((choice) => ({ id: `lang:${choice.locale}`, label: t(`language.name.${choice.locale}`) })),
        ),
      on(input) {
        const locale =
          input.type === 'button' && input.id.startsWith('lang:')
            ? input.id.slice(5)
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
