/**
 * "gimana cara daftar?", "how do I register" asked in the middle of registering: the FAQ's answer
 * ("ketik menu, pilih 📝 Daftarkan kelompok…") sent the person to where they already are. They
 * are told they are registering now and only need to answer; the engine asks the question again.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { FaqTopicId } from '../faq/topics.js';
import { REGISTER_GROUP_FLOW_ID } from './register-flow.js';

/** The registration's answer to the FAQ topic asked at one of its questions, or null (another topic, another flow: the FAQ's). */
export function registeringAlready(topic: FaqTopicId, options: Pick<AsideOptions, 'flows'>): readonly OutboundMessage[] | null {
  return topic === 'how_to_register' && options.flows.at(-1) === REGISTER_GROUP_FLOW_ID ? [say(t('groups:register.howUnderWay'))] : null;
}
