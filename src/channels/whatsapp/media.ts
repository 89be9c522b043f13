/**
 * Downloads the photo or file of a WhatsApp message with Baileys (fetch, then AES
 * decryption with the message's media key), capped: a declared `fileLength` over the cap
 * is refused without downloading, and reading stops once the cap is passed. An expired
 * media URL is re-requested from the phone through the socket when it can.
 */
import { downloadMediaMessage, normalizeMessageContent, toNumber, type WAMessage } from '@whiskeysockets/baileys';
import type { InboundMedia, MediaFetch } from '../../core/media.js';

/** The socket's "ask the phone to upload this media again" (Baileys' updateMediaMessage). */
export type ReuploadRequest = (message: WAMessage) => Promise<WAMessage>;

/** Baileys' logger contract, silent: its media logs would name chats. */
const SILENT = {
  level: 'silent',
  child: () => SILENT,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** A photo's or file's download handle, or undefined for other messages. */
export function whatsappMedia(message: WAMessage, reupload: ReuploadRequest | undefined): InboundMedia | undefined {
  const content = normalizeMessageContent(message.message);
  const media = content?.imageMessage ?? content?.documentMessage;
  if (!media) return undefined;
  return {
    async fetch(maxBytes): Promise<MediaFetch> {
      const declared = media.fileLength === null || media.fileLength === undefined ? NaN : toNumber(media.fileLength);
      if (Number.isFinite(declared) && declared > maxBytes) return { kind: 'too-large' };
      try {
        const stream = await downloadMediaMessage(message, 'stream', {}, reupload ? { logger: SILENT, reuploadRequest: reupload } : undefined);
        const chunks: Buffer[] = [];
        let total = 0;
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          total += chunk.byteLength;
          if (total > maxBytes) {
            (stream as { destroy?: () => void }).destroy?.();
            return { kind: 'too-large' };
          }
          chunks.push(chunk);
        }
        return { kind: 'ok', bytes: Buffer.concat(chunks, total) };
      } catch {
        return { kind: 'unavailable' };
      }
    },
  };
}
