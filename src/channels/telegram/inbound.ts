/**
 * Telegram updates → neutral inbound messages, at the edge. Only private chats reach the
 * conversation runner: the bot's flows are one-to-one, and in a group every member would
 * share (and could steer) one conversation. The message id is the update id, which
 * Telegram keeps when it redelivers (webhook retry, restart before the offset was
 * confirmed), so the runner processes each update once.
 */
import type { Message, Update } from 'grammy/types';
import type { InboundContent, InboundMessage } from '../../core/messages.js';
import { startLinkButtonId } from './start-link.js';

/** What to do with one update. */
export type UpdateAction =
  /** A private-chat message for the runner. */
  | { readonly kind: 'message'; readonly chatId: string; readonly languageCode?: string; readonly message: InboundMessage }
  /** A button press: its data must be opened (verified) before it becomes a message. */
  | {
      readonly kind: 'callback';
      readonly chatId: string;
      readonly languageCode?: string;
      readonly queryId: string;
      readonly data: string;
      readonly messageId: string;
      readonly senderId: string;
      /** The presser's profile name (see Sender.profileName): a button may offer it. */
      readonly profileName?: string;
      /** The message that carried the keyboard: its id, text and the pressed button's label. */
      readonly pressed?: PressedMessage;
    }
  /** A press on a button outside a private chat (we never send any there): answer it only. */
  | { readonly kind: 'foreign-callback'; readonly queryId: string; readonly languageCode?: string }
  /** A message in a group, supergroup or channel: a short note, nothing else. */
  | { readonly kind: 'group'; readonly chatId: string; readonly languageCode?: string }
  /** A private message of a kind the bot cannot read (sticker, contact, poll…). */
  | { readonly kind: 'unsupported'; readonly chatId: string; readonly languageCode?: string }
  /**
   * A private message the person edited: not read again (the conversation has moved on since,
   * and an answer changed in place would answer the question asked now), but said so, so that
   * a corrected typo is not taken for received.
   */
  | { readonly kind: 'edited'; readonly chatId: string; readonly languageCode?: string }
  /** Nothing for us (edits in groups, service messages, other update types). */
  | { readonly kind: 'ignore' };

/** The message whose button was pressed, as the callback query describes it. */
export interface PressedMessage {
  readonly messageId: number;
  /** Its text; undefined when Telegram no longer sends it (a message older than 48 h). */
  readonly text?: string;
  /** The pressed button's label, found by its callback data in the message's keyboard. */
  readonly label?: string;
}

/** The runner's message id for an update. */
export function telegramMessageId(update: Pick<Update, 'update_id'>): string {
  return `tg:${update.update_id}`;
}

/**
 * Decides what an update means for the bot. `startLinkKeys`: the deep links a
 * `/start <key>-<arg>` message may start (it then arrives as that deep-link button).
 */
export function classifyUpdate(update: Update, startLinkKeys: readonly string[] = []): UpdateAction {
  const messageId = telegramMessageId(update);
  const query = update.callback_query;
  if (query) {
    const languageCode = query.from.language_code;
    const chat = query.message?.chat;
    if (chat !== undefined && chat.type !== 'private') return { kind: 'foreign-callback', queryId: query.id, ...lang(languageCode) };
    return {
      kind: 'callback',
      // A private chat's id is the user's id; the press is checked against the presser.
      chatId: String(query.from.id),
      queryId: query.id,
      data: query.data ?? '',
      messageId,
      senderId: String(query.from.id),
      ...profileOf(query.from),
      ...(query.message && { pressed: pressedMessage(query.message, query.data ?? '') }),
      ...lang(languageCode),
    };
  }
  const edited = update.edited_message;
  if (edited) {
    const from = edited.from;
    return edited.chat.type === 'private' && from !== undefined && !from.is_bot ? { kind: 'edited', chatId: String(edited.chat.id), ...lang(from.language_code) } : { kind: 'ignore' };
  }
  const message = update.message;
  if (!message) return { kind: 'ignore' };
  const chatId = String(message.chat.id);
  const languageCode = message.from?.language_code;
  if (message.chat.type !== 'private') return isAddressedToUs(message) ? { kind: 'group', chatId, ...lang(languageCode) } : { kind: 'ignore' };
  if (!message.from || message.from.is_bot) return { kind: 'ignore' };
  const startLink = message.text !== undefined ? startLinkButtonId(message.text, startLinkKeys) : null;
  const content = startLink !== null ? ({ type: 'button', id: startLink } as const) : toContent(message);
  if (content === 'service') return { kind: 'ignore' };
  if (content === null) return { kind: 'unsupported', chatId, ...lang(languageCode) };
  return {
    kind: 'message',
    chatId,
    ...lang(languageCode),
    message: { channel: 'telegram', messageId, sender: { externalId: String(message.from.id), ...profileOf(message.from) }, content },
  };
}

function pressedMessage(message: NonNullable<NonNullable<Update['callback_query']>['message']>, data: string): PressedMessage {
  // An "inaccessible" message (date 0) carries only its id and chat.
  const text = 'text' in message && typeof message.text === 'string' ? message.text : undefined;
  const keyboard = 'reply_markup' in message ? message.reply_markup?.inline_keyboard : undefined;
  const button = keyboard?.flat().find((candidate) => 'callback_data' in candidate && candidate.callback_data === data);
  return { messageId: message.message_id, ...(text !== undefined && { text }), ...(button && { label: button.text }) };
}

/** The neutral content of a private message; null when unreadable, 'service' for service messages. */
function toContent(message: Message): InboundContent | null | 'service' {
  if (message.text !== undefined) return { type: 'text', text: message.text };
  if (message.location) return { type: 'location', latitude: message.location.latitude, longitude: message.location.longitude };
  const caption = message.caption !== undefined ? { caption: message.caption } : {};
  // Telegram lists a photo in several sizes, smallest first: the last is the original.
  const photo = message.photo?.at(-1);
  if (photo) return { type: 'media', kind: 'photo', ref: photo.file_id, ...caption };
  if (message.document) return { type: 'media', kind: 'document', ref: message.document.file_id, ...caption };
  const audio = message.audio ?? message.voice;
  if (audio) return { type: 'media', kind: 'audio', ref: audio.file_id, ...caption };
  const video = message.video ?? message.video_note;
  if (video) return { type: 'media', kind: 'video', ref: video.file_id, ...caption };
  if (isServiceMessage(message)) return 'service';
  return null;
}

/**
 * Group messages worth a note: commands and mentions (what a bot in privacy mode receives
 * anyway) and messages when the bot was just added. Plain chatter gets nothing.
 */
function isAddressedToUs(message: Message): boolean {
  if (message.new_chat_members !== undefined || message.group_chat_created) return true;
  const entities = message.entities ?? [];
  return entities.some((entity) => entity.type === 'bot_command' || entity.type === 'mention') || message.reply_to_message?.from?.is_bot === true;
}

function isServiceMessage(message: Message): boolean {
  return (
    message.new_chat_members !== undefined ||
    message.left_chat_member !== undefined ||
    message.pinned_message !== undefined ||
    message.new_chat_title !== undefined ||
    message.new_chat_photo !== undefined ||
    message.delete_chat_photo !== undefined
  );
}

function lang(languageCode: string | undefined): { languageCode?: string } {
  return languageCode !== undefined ? { languageCode } : {};
}

/** The account's first and last name, as its profile shows them (offered as the person's own name, see Sender.profileName). */
function profileOf(from: { readonly first_name: string; readonly last_name?: string }): { profileName?: string } {
  const name = [from.first_name, from.last_name ?? ''].join(' ').replace(/\s+/g, ' ').trim();
  return name === '' ? {} : { profileName: name };
}
