/**
 * The effect that changes the language of the bot's replies. The runner stores it on the
 * person and renders this message's replies in it at once (EffectContext.setLocale), so
 * "English" is answered in English.
 */
import type { Effect } from '../../core/engine/flow.js';
import type { EffectHandler } from '../../core/effect-registry.js';

/** Changes the person's reply language; its result is the language set. */
export const SET_LOCALE_EFFECT = 'person.setLocale';

/** What a flow asks for: the language, and whether the person chose it (default) or it was guessed. */
export interface SetLocaleRequest {
  readonly locale: string;
  /** False for a language guessed from a message: not the person's choice, so it may change again. */
  readonly chosen?: boolean;
}

/** The effect that sets the reply language. */
export function setLocale(request: SetLocaleRequest): Effect {
  return { type: SET_LOCALE_EFFECT, payload: request };
}

function requestOf(payload: unknown): Required<SetLocaleRequest> {
  const fields = typeof payload === 'object' && payload !== null ? (payload as Partial<Record<keyof SetLocaleRequest, unknown>>) : {};
  return { locale: String(fields.locale), chosen: fields.chosen !== false };
}

/** Handlers of the language effects, to spread into the runner's effect table. */
export const languageEffects = {
  [SET_LOCALE_EFFECT]: async (effect, ctx): Promise<string> => {
    const { locale, chosen } = requestOf(effect.payload);
    await ctx.setLocale(locale, chosen);
    return locale;
  },
} satisfies Readonly<Record<string, EffectHandler<unknown>>>;
