/**
 * A count of desa asked while another flow waits for its answer ("berapa desa di Bantul yang
 * sudah WKSBM?" typed at a registration's question): a button opens the counts of the area
 * named, the flow under way kept to be continued, instead of the FAQ's general word on counts.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { deepLinkButtonId } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { FaqMatcher } from '../faq/matcher.js';
import { AREA_COUNTS_DEEP_LINK } from '../model/deep-links.js';
import { understandRequest } from '../understanding/understand.js';
import { AREA_COUNTS_FLOW_ID, areaCountsLinkArg } from './area-counts-flow.js';

/**
 * Words without which no count of desa is asked ("berapa", "jumlah", "mana", "how many",
 * "rekap"…, and a word for desa): most answers typed at a step have none, and are not read
 * again for a request.
 */
const MAY_COUNT = /\b(?:berapa|brp|jumlah|sabaraha|pira|piro|many|mana|endi|ada|rekap)\b/iu;
const VILLAGE = /\b(?:desa|kelurahan|kalurahan|kampung|nagari|villages?)\b/iu;

/** The aside for a count of desa, or null for any other text (and at the counts flow's own step, which reads it). */
export function areaCountsAside(text: string, faq: FaqMatcher, options: AsideOptions): readonly OutboundMessage[] | null {
  if (options.flows.at(-1) === AREA_COUNTS_FLOW_ID || !MAY_COUNT.test(text) || !VILLAGE.test(text)) return null;
  // No date is read here (the request is only recognised): any instant will do.
  const request = understandRequest(text, faq, new Date(0));
  if (request?.kind !== 'area_counts') return null;
  const arg = areaCountsLinkArg(request) ?? '';
  return [say(t('status:areaCounts.aside'), [{ id: deepLinkButtonId(AREA_COUNTS_DEEP_LINK, arg), label: t('status:areaCounts.button') }])];
}
