/**
 * Turns the content of a Baileys message (`WAMessage.message`, a `proto.IMessage`) into the
 * bot's neutral {@link InboundContent}, or null for what the bot does not answer: protocol
 * messages (deletions, edits, key distribution), reactions, poll votes, stickers, contacts.
 */
import { normalizeMessageContent, type WAMessage } from '@whiskeysockets/baileys';
import type { InboundContent } from '../../core/messages.js';

/** The message's content for the runner, or null when it is to be ignored. */
export function toInboundContent(message: WAMessage): InboundContent | null {
  // Unwraps disappearing, view-once and "document with caption" envelopes.
  const content = normalizeMessageContent(message.message);
  if (!content) return null; // a stub (e.g. "message could not be decrypted")
  if (content.protocolMessage || content.reactionMessage || content.pollUpdateMessage || content.encReactionMessage) return null;

  const text = content.conversation ?? content.extendedTextMessage?.text;
  if (typeof text === 'string') return text.trim() === '' ? null : { type: 'text', text };

  const location = content.locationMessage ?? content.liveLocationMessage;
  if (location && typeof location.degreesLatitude === 'number' && typeof location.degreesLongitude === 'number') {
    return { type: 'location', latitude: location.degreesLatitude, longitude: location.degreesLongitude };
  }

  // The ref is the message id; the channel attaches the download (which needs the whole
  // WAMessage: media key, URL) to the inbound message as its `media`.
  const ref = message.key.id ?? '';
  if (ref === '') return null;
  const media = (kind: 'photo' | 'document' | 'audio' | 'video', caption: string | null | undefined): InboundContent =>
    caption ? { type: 'media', kind, ref, caption } : { type: 'media', kind, ref };
  if (content.imageMessage) return media('photo', content.imageMessage.caption);
  if (content.documentMessage) return media('document', content.documentMessage.caption);
  if (content.videoMessage) return media('video', content.videoMessage.caption);
  if (content.audioMessage) return media('audio', undefined);
  return null;
}
