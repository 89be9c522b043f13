/**
 * The offer made where a tie said in words is not taken at once (❓ Tanya, a question of
 * another flow on screen): what such a tie is for and who records it, with a button that opens
 * 🔗 Hubungan antarkelompok with the group(s) and kind said. The button's id is the caller's:
 * ❓ Tanya's one-tap offers (home/offers.ts) and the asides' deep link (./tie-aside.ts) differ.
 */
import type { Button, OutboundMessage } from '../../core/messages.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { TieStart } from './declare-flow.js';

/** The offer of recording `tie`, its button with id `buttonId`. */
export function tieOffer(tie: TieStart, buttonId: string): OutboundMessage {
  const button: Button =
    tie.between === undefined && tie.partner !== undefined
      ? { id: buttonId, label: t('relations:offerButton', { partner: tie.partner }) }
      : { id: buttonId, label: t('relations:offerButtonPair') };
  const text =
    tie.between === undefined
      ? t('relations:offer', { partner: tie.partner ?? '' })
      : t('relations:offerPair', { first: tie.between[0], second: tie.between[1] });
  return say(text, [button]);
}
