/**
 * "hmm", "trus", "terus?" typed while the status check's desa picker is on screen: what to do
 * there, as at the check's own desa question (the words: regions/desa-question-words.ts).
 */
import { t } from '../../core/text.js';
import { followOnAtPicker } from '../regions/follow-on-aside.js';
import { STATUS_CHECK_FLOW_ID } from './check-flow.js';

/** The aside for words that only move the talk on, at the status check's picker; null elsewhere and for any other text. */
export const followOnAside = followOnAtPicker(STATUS_CHECK_FLOW_ID, { ask: t('statusCheck.followOn'), list: t('statusCheck.followOnList') });
