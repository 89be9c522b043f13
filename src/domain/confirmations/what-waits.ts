/**
 * "Aya naon?", "ada apa?" typed at a request in 📥 Konfirmasi: what waits is said (who asks the
 * group to confirm what, and what each button does), then the request again. It was refused as
 * an answer that cannot be used, which told a person who did not know why they were asked nothing.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { InboxItem } from './inbox.js';

/** What `item` waits for, in words, with what ✅, ❌ and ⏭️ do. */
export function whatWaitsSaid(item: InboxItem): OutboundMessage {
  switch (item.kind) {
    case 'participation':
      return say(t('confirmations:waits.participation', { reporter: item.reportedByGroup }));
    case 'relation':
      return say(t('confirmations:waits.relation', { from: item.fromGroupName }));
    case 'coleader':
      return say(t('confirmations:waits.coleader', { name: item.requesterName ?? t('confirmations:someone') }));
  }
}
