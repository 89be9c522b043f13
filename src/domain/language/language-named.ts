/**
 * A language's name alone ("english", "inggris", "indo aja", "pakai bahasa indonesia") typed at
 * a step of a flow: the engine's `commandFlows` opens the language flow with it, which sets it and
 * asks the step's question again in it. At every such step alike, whether the step would refuse
 * the words (a group's screen of buttons, a yes/no, a count) or take them as its answer (a name,
 * a description: no group is called "English"), so nothing typed there is lost. A real name with
 * the word in it ("English Club Sidomulyo", "Kelompok Bahasa Inggris Desa") asks for no language
 * and stays the step's. Left to the step: a place asked for ("Indonesia" as an area, asides
 * 'eager'), and the language choice itself; the menu reads such words itself (home-flow.ts).
 */
import type { AsideOptions, CommandFlowStart } from '../../core/engine/engine.js';
import { languageAsked } from './language-asked.js';
import { LANGUAGE_FLOW_ID, type LanguageFlowInput } from './language-flow.js';

/** The language flow that sets the language named alone in `text` at the step `at`, or null. */
export function languageNamedFlow(text: string, at: AsideOptions): CommandFlowStart | null {
  if (at.eager || at.flows.length < 2 || at.flows.at(-1) === LANGUAGE_FLOW_ID) return null;
  const asked = languageAsked(text);
  return asked?.kind === 'set' ? { flow: LANGUAGE_FLOW_ID, input: { locale: asked.locale } satisfies LanguageFlowInput } : null;
}
