/**
 * A Cloud API message as the runner's neutral content: text, a tap on a reply button or a
 * list row (our button id comes back), a photo (fetched through the media endpoint only when
 * a step wants it), a location. Reactions are ignored; anything else (voice notes, videos,
 * stickers, contacts…) gets the channel's polite "only text and photos" answer.
 */
import type { InboundContent } from '../../core/messages.js';
import type { CloudInboundMessage } from './webhook-payload.js';

/** What to do with one inbound message. */
export type CloudInbound =
  | { readonly kind: 'content'; readonly content: InboundContent; readonly mediaId?: string }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'unsupported' };

/** Reads one message. */
export function toCloudInbound(message: CloudInboundMessage): CloudInbound {
  switch (message.type) {
    case 'text': {
      const body = message.text?.body ?? '';
      return body.trim() === '' ? { kind: 'ignore' } : { kind: 'content', content: { type: 'text', text: body } };
    }
    case 'interactive': {
      const id = message.interactive?.button_reply?.id ?? message.interactive?.list_reply?.id;
      return id ? { kind: 'content', content: { type: 'button', id } } : { kind: 'unsupported' };
    }
    case 'button': {
      // A template's quick reply: its text reads like a typed answer.
      const text = message.button?.text ?? message.button?.payload ?? '';
      return text.trim() === '' ? { kind: 'ignore' } : { kind: 'content', content: { type: 'text', text } };
    }
    case 'image':
      return message.image ? photo(message.id, message.image.id, message.image.caption) : { kind: 'unsupported' };
    case 'document':
      // A photo sent "as a document" keeps its full size: still a photo.
      return message.document?.mime_type?.startsWith('image/') ? photo(message.id, message.document.id, message.document.caption) : { kind: 'unsupported' };
    case 'location':
      return message.location
        ? { kind: 'content', content: { type: 'location', latitude: message.location.latitude, longitude: message.location.longitude } }
        : { kind: 'unsupported' };
    case 'reaction':
    case 'system':
    case 'ephemeral':
      return { kind: 'ignore' };
    default:
      return { kind: 'unsupported' };
  }
}

function photo(messageId: string, mediaId: string, caption: string | undefined): CloudInbound {
  const content: InboundContent = caption ? { type: 'media', kind: 'photo', ref: messageId, caption } : { type: 'media', kind: 'photo', ref: messageId };
  return { kind: 'content', content, mediaId };
}

/** The person as the bot keys them: the same JID Baileys mode uses, so switching modes keeps identities. */
export function cloudSender(waId: string): { externalId: string; phoneE164: string } {
  return { externalId: `${waId}@s.whatsapp.net`, phoneE164: `+${waId}` };
}

/** The number to write to for an identity, or undefined for one that has none (a Baileys LID). */
export function recipientOf(externalId: string): string | undefined {
  const match = /^(\d{5,20})(?::\d+)?@(s\.whatsapp\.net|c\.us)$/.exec(externalId);
  return match?.[1];
}
