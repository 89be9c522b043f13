/**
 * A count of desa asked while another flow waits for its answer ("berapa desa di Bantul yang
 * sudah WKSBM?" typed at a registration's question): a button opens the counts of the area
 * named, the flow under way kept to be continued, instead of the FAQ's general word on counts.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { deepLinkButtonId } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { AREA_COUNTS_DEEP_LINK } from '../model/deep-links.js';
import type { AsideReading } from '../understanding/aside-reading.js';
import { mayAskDesaCount } from '../understanding/understand.js';
import { AREA_COUNTS_TOPIC, areaCountsLinkArg } from './area-counts-flow.js';

/** The aside for a count of desa, or null for any other text (and at a step whose question is about counts, which reads it). */
export function areaCountsAside(reading: AsideReading, options: AsideOptions): readonly OutboundMessage[] | null {
  // Most answers typed at a step have none of a count's words, and are not read for a request.
  if (options.answersTopic === AREA_COUNTS_TOPIC || !mayAskDesaCount(reading.text)) return null;
  const request = reading.request();
  if (request?.kind !== 'area_counts') return null;
  const arg = areaCountsLinkArg(request) ?? '';
  return [say(t('status:areaCounts.aside'), [{ id: deepLinkButtonId(AREA_COUNTS_DEEP_LINK, arg), label: t('status:areaCounts.button') }])];
}
