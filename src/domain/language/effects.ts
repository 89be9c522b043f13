/**
 * The effect that changes the language of the bot's replies. The runner stores it on the
 * person and renders this message's replies in it at once (EffectContext.setLocale), so
 * "English" is answered in English.
 */
import { z } from 'zod';
import type { Effect } from '../../core/engine/flow.js';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';

/**
 * Changes the person's reply language; its result is the language set. `chosen` false for
 * a language guessed from a message: not the person's choice, so it may change again
 * (default: chosen). A language the bot does not speak fails (EffectContext.setLocale).
 */
export const SET_LOCALE = defineEffect<string>()('person.setLocale', z.object({ locale: z.string(), chosen: z.boolean().optional() }));

/** What a flow asks for: the language, and whether the person chose it (default) or it was guessed. */
export type SetLocaleRequest = z.infer<typeof SET_LOCALE.schema>;

/** The effect that sets the reply language (nothing waits for its result). */
export function setLocale(request: SetLocaleRequest): Effect {
  return SET_LOCALE.fire(request);
}

/** Handlers of the language effects. */
export function languageEffects<Tx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(SET_LOCALE, async ({ locale, chosen }, ctx) => {
      await ctx.setLocale(locale, chosen !== false);
      return locale;
    }),
  ];
}
