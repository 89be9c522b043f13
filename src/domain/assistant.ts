/**
 * The conversation design of the bot as one value: every flow, the root and language
 * flows, and the main-menu entries in the order users see them. Features add their flows
 * and entries here; the menu lists only what exists.
 */
import type { AnyFlow, MenuEntry } from '../core/engine/flow.js';
import { t } from '../core/text.js';
import { FAQ_FLOW_ID, createFaqFlow } from './faq/faq-flow.js';
import type { FaqMatcher } from './faq/matcher.js';
import { HOME_FLOW_ID, createHomeFlow } from './home/home-flow.js';
import { LANGUAGE_FLOW_ID, languageFlow } from './language/language-flow.js';

/** What the assistant is built from. */
export interface AssistantDeps {
  readonly faq: FaqMatcher;
}

/** Flows and menu of the assistant. */
export interface Assistant {
  readonly flows: readonly AnyFlow[];
  readonly rootFlow: string;
  readonly languageFlow: string;
  readonly menu: readonly MenuEntry[];
}

/** Assembles the assistant. */
export function createAssistant(deps: AssistantDeps): Assistant {
  return {
    flows: [createHomeFlow(deps.faq), createFaqFlow(deps.faq), languageFlow],
    rootFlow: HOME_FLOW_ID,
    languageFlow: LANGUAGE_FLOW_ID,
    menu: [
      { id: 'faq', label: t('menu.faq'), flow: FAQ_FLOW_ID },
      { id: 'language', label: t('menu.language'), flow: LANGUAGE_FLOW_ID },
    ],
  };
}
