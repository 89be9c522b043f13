/**
 * The replies the runner stored with each processed Telegram update
 * (ProcessedMessage.replies), as the texts the channel sends to the chat: what the
 * crash-restart run expects to arrive, and what a setup step waits for.
 */
import { CallbackTokens } from '../../../src/channels/telegram/callback-token.js';
import { toOutgoing } from '../../../src/channels/telegram/outbound.js';
import type { RenderedMessage } from '../../../src/core/messages.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import type { Database } from '../../../src/storage/database.js';

/** Turns stored replies into sent texts, with the bot's token (buttons are sealed with it). */
export class StoredReplies {
  readonly #tokens: CallbackTokens;
  readonly #chooseBelow: string;

  constructor(botToken: string) {
    this.#tokens = new CallbackTokens(botToken);
    this.#chooseBelow = createRenderer(loadLocaleResources(LOCALES_DIR), 'id').text({ key: 'telegram:chooseBelow' }, 'id');
  }

  /** The texts the channel sends to `chat` for one update's stored replies, in order. */
  texts(replies: readonly RenderedMessage[], chat: number | string): string[] {
    return toOutgoing(replies, String(chat), this.#tokens, this.#chooseBelow).map((message) => message.text);
  }

  /** Every processed Telegram update's stored replies, by message id (`tg:<update_id>`). */
  async all(database: Database): Promise<Map<string, RenderedMessage[]>> {
    const rows = await database.prisma.processedMessage.findMany({ where: { channel: 'telegram' }, select: { messageId: true, replies: true } });
    return new Map(rows.map((row) => [row.messageId, (row.replies ?? []) as unknown as RenderedMessage[]]));
  }

  /** How many messages `chat` is sent for update `updateId` (0 when it has no stored reply). */
  async count(database: Database, updateId: number, chat: number | string): Promise<number> {
    const row = await database.prisma.processedMessage.findFirst({
      where: { channel: 'telegram', messageId: `tg:${updateId}` },
      select: { replies: true },
    });
    return this.texts((row?.replies ?? []) as unknown as RenderedMessage[], chat).length;
  }
}
