/**
 * "hmm", "trus", "terus?" typed while the status check's desa picker is on screen (its list of
 * Sidomulyo, a desa offered, or its question again): what to do there, as at the check's own
 * desa question (check-flow.ts followOnOnly), never a search that lists Teru, Terusan, Trubus.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { VILLAGE_PICKER_FLOW_ID } from '../regions/village-picker-flow.js';
import { STATUS_CHECK_FLOW_ID, followOnOnly } from './check-flow.js';

/** The picker's step that asks for a name again; its other steps show desa to pick from. */
const ASKS_NAME = 'ask';

/** The aside for words that only move the talk on, at the status check's picker; null elsewhere and for any other text. */
export function followOnAside(text: string, options: AsideOptions): readonly OutboundMessage[] | null {
  const [below, top] = options.flows.slice(-2);
  if (top !== VILLAGE_PICKER_FLOW_ID || below !== STATUS_CHECK_FLOW_ID || !followOnOnly(text)) return null;
  return [say(t(options.step === ASKS_NAME ? 'statusCheck.followOn' : 'statusCheck.followOnList'))];
}
