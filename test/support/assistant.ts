/**
 * The assistant exactly as the app builds it (real FAQ, default thresholds), for tests that
 * enumerate its flows and steps: the hostile-input walks check they reach every step, the
 * global-command test sends every command at every step.
 */
import { loadConfig, statusThresholds } from '../../src/config/config.js';
import { createEngine, type Engine, type EngineConfig } from '../../src/core/engine/engine.js';
import type { AnyFlow } from '../../src/core/engine/flow.js';
import type { EngineState } from '../../src/core/engine/state.js';
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

/**
 * The engine over the assistant's flows as the app configures it (or over `flows`, the same
 * flows wrapped by a test), for tests that step it without a database.
 */
export function assistantEngine(assistant: Assistant<DomainTx> = testAssistant(), flows: readonly AnyFlow[] = assistant.flows): Engine {
  return createEngine(engineConfig(assistant, flows));
}

/**
 * The engine as the app configures it, the assistant's asides, closing and aside language included, for tests
 * that step what the person would see (a question answered mid-flow, a language set).
 */
export function appEngine(assistant: Assistant<DomainTx> = testAssistant()): Engine {
  return createEngine({ ...engineConfig(assistant, assistant.flows), asides: assistant.asides, closing: assistant.closing, courtesy: assistant.courtesy, asideLanguage: assistant.asideLanguage });
}

/** The app's engine settings over `flows`, without the assistant's asides and closing. */
function engineConfig(assistant: Assistant<DomainTx>, flows: readonly AnyFlow[]): EngineConfig {
  return {
    flows,
    rootFlow: assistant.rootFlow,
    languageFlow: assistant.languageFlow,
    idleTimeoutMs: 86_400_000,
    maxInvalid: 3,
    commandFlows: assistant.commandFlows,
    fallbackFlows: assistant.fallbackFlows,
  };
}

/** A conversation standing at `step` of flow `id` with `data`, above the menu, last active `now`. */
export function standingAt(assistant: Assistant<DomainTx>, id: string, step: string, data: unknown, now: string): EngineState {
  const flow = (flowId: string) => assistant.flows.find((candidate) => candidate.id === flowId)!;
  const root = flow(assistant.rootFlow);
  return {
    v: 1,
    stack: [
      { flow: root.id, version: root.version, step: 'home', data: {}, history: [] },
      { flow: id, version: flow(id).version, step, data, history: [] },
    ],
    invalid: 0,
    lastActiveAt: now,
  };
}
