/**
 * A tie between groups stated while another flow waits for its answer ("kami sering kerja sama
 * dengan posyandu melati" typed at a registration's name question): offered, not taken over. A
 * button opens 🔗 Hubungan antarkelompok with the group(s) and kind said, the flow under way kept
 * to be continued (as a count of desa asked aside is: status-check/area-counts-aside.ts), and the
 * engine asks its question again. It was taken as the group's name, or refused.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { deepLinkButtonId } from '../../core/engine/flow.js';
import { entryButton } from '../../core/menu.js';
import type { OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { RELATION_DEEP_LINK } from '../model/deep-links.js';
import type { AsideReading } from '../understanding/aside-reading.js';
import { relationLinkArg } from './declare-flow.js';
import { tieOffer } from './tie-offer.js';

/**
 * The offer of recording a tie stated in the text `reading` reads (its one reading, shared with
 * the other asides), or null: no tie stated, or typed in a flow of `readsTies` (the tie's own
 * flow; an activity's, where "kami rapat bareng PKK" is its description or partner), which
 * reads such words itself.
 */
export function tieAside(reading: Pick<AsideReading, 'tie'>, options: AsideOptions, readsTies: readonly string[]): readonly OutboundMessage[] | null {
  if (options.flows.some((flow) => readsTies.includes(flow))) return null;
  const tie = reading.tie();
  if (tie === null) return null;
  const arg = relationLinkArg(tie);
  // Names too long for a button's id: the entry itself, where the other group is picked from the list.
  const buttonId = arg === null ? entryButton('relation', t('menu.relations')).id : deepLinkButtonId(RELATION_DEEP_LINK, arg);
  return [tieOffer(tie, buttonId)];
}
