/**
 * "hmm", "trus", "terus?" typed while the desa picker is on screen (its list of Sidomulyo, a desa
 * offered, or its question again): what to do there, as at the desa question that opened it
 * (./desa-question-words.ts followOnOnly), never a search that lists Teru, Terusan, Trubus.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import type { Text } from '../../core/text.js';
import { followOnOnly } from './desa-question-words.js';
import { VILLAGE_PICKER_FLOW_ID } from './village-picker-flow.js';

/** The picker's step that asks for a name again; its other steps show desa to pick from. */
const ASKS_NAME = 'ask';

/** What to say at the picker: at its question again (`ask`), and where desa are shown to pick (`list`). */
export interface FollowOnTexts {
  readonly ask: Text;
  readonly list: Text;
}

/**
 * The aside for words that only move the talk on, at the picker opened by the flow `below`
 * (the status check, the registration); null elsewhere and for any other text.
 */
export function followOnAtPicker(below: string, texts: FollowOnTexts): (text: string, options: AsideOptions) => readonly OutboundMessage[] | null {
  return (text, options) => {
    const [under, top] = options.flows.slice(-2);
    if (top !== VILLAGE_PICKER_FLOW_ID || under !== below || !followOnOnly(text)) return null;
    return [say(options.step === ASKS_NAME ? texts.ask : texts.list)];
  };
}
