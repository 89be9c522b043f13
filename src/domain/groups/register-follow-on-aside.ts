/**
 * "hmm", "trus", "terus?" typed while the registration's desa picker is on screen (its list, a
 * desa offered, its question again): what to do there, as the status check answers them at its
 * own picker (the words and the aside: regions/desa-question-words.ts, regions/follow-on-aside.ts).
 * They were searched: "hmm" was not found, "trus" listed Trubus, "terus?" Teru and Terusan.
 */
import { t } from '../../core/text.js';
import { followOnAtPicker } from '../regions/follow-on-aside.js';
import { REGISTER_GROUP_FLOW_ID } from './register-flow.js';

/** The aside for words that only move the talk on, at the registration's picker; null elsewhere and for any other text. */
export const registerFollowOnAside = followOnAtPicker(REGISTER_GROUP_FLOW_ID, {
  ask: t('groups:register.followOnVillage'),
  list: t('groups:register.followOnVillageList'),
});
