/**
 * The end of an inbound message as the runner writes it (ConversationTx.finishMessage), for
 * tests that care only about the replies: what a retried delivery gets back and what the
 * reply outbox queues.
 */
import type { ChannelName, RenderedMessage } from '../../src/core/messages.js';
import type { QueuedReplies } from '../../src/core/outbox/reply-ports.js';
import type { ConversationTx } from '../../src/core/ports.js';

/**
 * Opens the sender's conversation (creating it on first contact, as the runner does after
 * the claim) and finishes the message with the state unchanged and `replies`: kept for a
 * retried delivery and, given the `chat` they go to, queued in the reply outbox. The
 * transaction's last statement (it may carry COMMIT). Null when nothing was queued.
 */
export async function finishWithReplies(
  tx: ConversationTx,
  channel: ChannelName,
  senderId: string,
  messageId: string,
  replies: readonly RenderedMessage[],
  chat?: string,
): Promise<QueuedReplies | null> {
  const conversation = await tx.openConversation(channel, { externalId: senderId }, 'id');
  return tx.finishMessage({ identityId: conversation.identityId, state: conversation.state, lastActiveAt: new Date() }, channel, senderId, messageId, replies, chat);
}
