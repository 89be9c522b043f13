/**
 * The assistant exactly as the app builds it (real FAQ, default thresholds), for tests that
 * enumerate its flows and steps: the hostile-input walks check they reach every step, the
 * global-command test sends every command at every step.
 */
import { loadConfig, statusThresholds } from '../../src/config/config.js';
import { createAssistant, type Assistant } from '../../src/domain/assistant.js';
import { createFaqMatcher, parseFaqKnowledge } from '../../src/domain/faq/matcher.js';
import type { DomainTx } from '../../src/domain/model/tx.js';
import { loadLocaleResources, SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { LOCALES_DIR } from '../../src/paths.js';

/** Builds the app's assistant (for the transaction type `Tx` of tests that run its effects on one). */
export function testAssistant<Tx extends DomainTx = DomainTx>(): Assistant<Tx> {
  const resources = loadLocaleResources(LOCALES_DIR);
  const faq = createFaqMatcher(parseFaqKnowledge(SUPPORTED_LOCALES.map((locale) => resources[locale]?.faq)));
  return createAssistant<Tx>({ faq, thresholds: statusThresholds(loadConfig({})) });
}

/** Every flow of the assistant with its step names. */
export function assistantFlowSteps(): Map<string, string[]> {
  return new Map(testAssistant().flows.map((flow) => [flow.id, Object.keys(flow.steps)]));
}
