/**
 * Whether a kind of group may take part, asked while another flow waits for its answer
 * ("pengajian bisa daftar?" typed at a registration's name question): yes for that kind, as
 * the menu answers it (./join-asked.ts {@link kindMayJoin}, home/offers.ts), with 📝 Daftarkan
 * kelompok offered as a side trip (as ./request-aside.ts offers an entry); within a
 * registration no second one is offered: it is being registered. The question on screen is
 * asked again. It was answered with the FAQ's list of member groups, or taken as an answer.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { entryButton } from '../../core/menu.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { tokenize } from '../faq/normalize.js';
import { kindMayJoin } from './join-asked.js';

/** The answer to such a question typed at a step, or null; `registerFlow`: the registration's flow id. */
export function kindJoinAside(text: string, options: AsideOptions, registerFlow: string): readonly OutboundMessage[] | null {
  const asked = kindMayJoin(tokenize(text.slice(0, 500)));
  if (asked?.groupType === undefined) return null;
  const answer = t('home.kindCanJoin', { type: t(`groups:type.${asked.groupType}`) });
  if (options.flows.includes(registerFlow)) return [say(answer)];
  return [say(answer, [entryButton('register', t('menu.registerGroup'))])];
}
