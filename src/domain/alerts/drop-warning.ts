/**
 * The one-time warning that a desa's level will drop after the grace period unless
 * something is done, sent to its officers and its groups' leaders.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import type { WksbmLevel } from '../model/status.js';
import { levelName } from '../status/status-message.js';
import { dateText, linesText, villageText, type VillageNames } from '../model/message-parts.js';

/** "⚠️ Desa X (Tumbuh) turun ke Rintisan pada <tanggal> jika …" with the steps that prevent it. */
export function levelDropWarning(
  village: VillageNames,
  current: WksbmLevel,
  drop: { readonly level: WksbmLevel; readonly on: string; readonly fix: readonly Text[] },
): OutboundMessage {
  return say(
    t('status:dropAlert', {
      area: villageText(village),
      current: levelName(current),
      level: levelName(drop.level),
      date: dateText(drop.on),
      fix: drop.fix.length > 0 ? linesText(drop.fix.map((step) => t('status:bullet', { text: step }))) : t('status:dropFixNone'),
    }),
  );
}
