/**
 * Notices to the bot's admins about the bot itself (a channel that needs attention),
 * through the same outbox as every other proactive message.
 */
import { say } from '../../core/messages.js';
import type { Text } from '../../core/text.js';
import type { DomainTx } from '../model/tx.js';

/** Records `text` for every admin; `dedupeKey` names the event (one notice per admin). */
export async function noticeAdmins(tx: DomainTx, kind: string, text: Text, dedupeKey: string, now: Date): Promise<number> {
  let recorded = 0;
  for (const personId of await tx.officers.adminIds()) {
    if (await tx.outbox.enqueue({ personId, kind, messages: [say(text)], dedupeKey: `${dedupeKey}:${personId}` }, now)) recorded++;
  }
  return recorded;
}
