/**
 * Channel-neutral message types. Channels translate their own payloads into these at the
 * edge (and back), so nothing inside knows whether a user is on Telegram, WhatsApp or web chat.
 */
import type { InboundMedia } from './media.js';
import type { Text } from './text.js';

/** The channels the bot speaks on. */
export const CHANNELS = ['webchat', 'telegram', 'whatsapp'] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** What a user sent. */
export type InboundContent =
  | { readonly type: 'text'; readonly text: string }
  /** A tap on a button or quick reply, identified by the id the bot gave it. */
  | { readonly type: 'button'; readonly id: string }
  | { readonly type: 'location'; readonly latitude: number; readonly longitude: number }
  /** A photo or file, by a channel-specific reference the channel can resolve later. */
  | {
      readonly type: 'media';
      readonly kind: 'photo' | 'document' | 'audio' | 'video';
      readonly ref: string;
      readonly caption?: string;
    };

/** Who sent a message, as the channel knows them. */
export interface Sender {
  /** Stable id of the account on its channel (Telegram user id, WhatsApp JID, web chat id). */
  readonly externalId: string;
  /** A phone number in E.164 form when the channel proves it (WhatsApp). */
  readonly phoneE164?: string;
  /**
   * The name the account shows on its channel (Telegram's first and last name, WhatsApp's push
   * name): chosen by the person, often a nickname, so only ever offered to them, never stored unasked.
   */
  readonly profileName?: string;
}

/** One inbound message as the conversation runner receives it. */
export interface InboundMessage {
  readonly channel: ChannelName;
  /** Channel-unique id: the same id delivered twice is processed once. */
  readonly messageId: string;
  readonly sender: Sender;
  readonly content: InboundContent;
  /** For a photo or image file: how to fetch its bytes (read only when a step wants them). */
  readonly media?: InboundMedia;
}

/** A neutral quick reply; channels render it as inline keyboards, numbered lists, etc. */
export interface Button {
  readonly id: string;
  readonly label: Text;
  /** A checkbox of a multi-select list, see {@link ButtonToggle}. */
  readonly toggle?: ButtonToggle;
}

/**
 * A checkbox of a multi-select list (a joint activity's partner groups): pressing it ticks or
 * unticks it, and a button of its own (✔️ Selesai) ends the list; the value is how it is shown
 * now. Channels that take a typed label as its button read a checkbox's label by their own
 * rule (channels/typed-buttons.ts): while nothing is ticked it is an answer in words.
 */
export type ButtonToggle = 'ticked' | 'unticked';

/**
 * A link to open (a web address), not an answer to the bot: Telegram shows it as a URL
 * button; channels without link buttons (WhatsApp, web chat) put it in the text on a line
 * of its own (see link-text.ts), so it is never broken by the words around it.
 */
export interface LinkButton {
  readonly url: string;
  readonly label: Text;
}

/** One outbound message: paragraphs of text (joined by blank lines), optional buttons and links. */
export interface OutboundMessage {
  readonly body: readonly Text[];
  readonly buttons?: readonly Button[];
  readonly links?: readonly LinkButton[];
  /** Stored activity photos (ids) to show before the text, on channels that can. */
  readonly photos?: readonly string[];
  /**
   * Followed by the person's main-menu entries as buttons, after its own. Flows never see
   * the entries: the runner looks them up (several queries) only for a reply that shows
   * them, and fills them in before rendering (see core/menu.ts).
   */
  readonly menu?: boolean;
}

/** An outbound message after translation, ready for a channel to send. */
export interface RenderedMessage {
  readonly text: string;
  readonly buttons?: ReadonlyArray<{ readonly id: string; readonly label: string; readonly toggle?: ButtonToggle }>;
  readonly links?: ReadonlyArray<{ readonly url: string; readonly label: string }>;
  /** Stored activity photos (ids) to send before the text. */
  readonly photos?: readonly string[];
}

/** Builds an {@link OutboundMessage}. */
export function say(body: Text | readonly Text[], buttons?: readonly Button[]): OutboundMessage {
  const paragraphs = isTextList(body) ? body : [body];
  return buttons && buttons.length > 0 ? { body: paragraphs, buttons } : { body: paragraphs };
}

// Array.isArray does not narrow a readonly array type (TypeScript #17002); this guard does.
function isTextList(body: Text | readonly Text[]): body is readonly Text[] {
  return Array.isArray(body);
}
