/**
 * Downloads the photo or file of a WhatsApp message with Baileys (fetch, then AES
 * decryption with the message's media key), capped: a declared `fileLength` over the cap
 * is refused without downloading, and reading stops once the cap is passed.
 *
 * A media URL expires (WhatsApp's media server then answers 404 or 410): the phone that
 * sent it is asked to upload it again (Baileys' `updateMediaMessage`), within a time limit,
 * and the download is tried once more at the new address. Baileys' own retry in
 * `downloadMediaMessage` looks for `error.status`, which its Boom errors do not carry, so it
 * never fires: the retry is done here. Whatever still fails is `unavailable`, which the
 * person hears about politely while the flow goes on.
 */
import { downloadMediaMessage, normalizeMessageContent, toNumber, type WAMessage } from '@whiskeysockets/baileys';
import type { Transform } from 'node:stream';
import type { InboundMedia, MediaFetch } from '../../core/media.js';
import { field } from '../../core/unknown.js';

/** The socket's "ask the phone to upload this media again" (Baileys' updateMediaMessage). */
export type ReuploadRequest = (message: WAMessage) => Promise<WAMessage>;

/** How long the phone gets to upload an expired media again (Baileys itself waits forever). */
export const REUPLOAD_TIMEOUT_MS = 20_000;

/** HTTP statuses of WhatsApp's media server that mean "this address expired": ask for a new one. */
const EXPIRED_STATUSES: readonly number[] = [404, 410];

/** Options of {@link whatsappMedia}. */
export interface WhatsAppMediaOptions {
  /** Default {@link REUPLOAD_TIMEOUT_MS}. */
  readonly reuploadTimeoutMs?: number;
}

/** The HTTP status of a failed download (Baileys throws @hapi/boom errors), if any. */
function httpStatus(error: unknown): number | undefined {
  const statusCode = field(field(error, 'output'), 'statusCode');
  if (typeof statusCode === 'number') return statusCode;
  const status = field(error, 'status');
  return typeof status === 'number' ? status : undefined;
}

/** `promise`, or a rejection once `ms` have passed (the timer never keeps the process alive). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The media stream, asking the phone for a new address once when the first one expired. */
async function openStream(message: WAMessage, reupload: ReuploadRequest | undefined, reuploadTimeoutMs: number): Promise<Transform> {
  try {
    return await downloadMediaMessage(message, 'stream', {});
  } catch (error) {
    const status = httpStatus(error);
    if (!reupload || status === undefined || !EXPIRED_STATUSES.includes(status)) throw error;
    const refreshed = await within(reupload(message), reuploadTimeoutMs);
    return await downloadMediaMessage(refreshed, 'stream', {});
  }
}

/** A photo's or file's download handle, or undefined for other messages. */
export function whatsappMedia(message: WAMessage, reupload: ReuploadRequest | undefined, options: WhatsAppMediaOptions = {}): InboundMedia | undefined {
  const content = normalizeMessageContent(message.message);
  const media = content?.imageMessage ?? content?.documentMessage;
  if (!media) return undefined;
  const reuploadTimeoutMs = options.reuploadTimeoutMs ?? REUPLOAD_TIMEOUT_MS;
  return {
    async fetch(maxBytes): Promise<MediaFetch> {
      const declared = media.fileLength === null || media.fileLength === undefined ? NaN : toNumber(media.fileLength);
      if (Number.isFinite(declared) && declared > maxBytes) return { kind: 'too-large' };
      try {
        const stream = await openStream(message, reupload, reuploadTimeoutMs);
        const chunks: Buffer[] = [];
        let total = 0;
        for await (const item of stream) {
          const chunk: unknown = item;
          // Baileys' decipher pushes Buffers; anything else is a fault like any other.
          if (!Buffer.isBuffer(chunk)) throw new TypeError('whatsapp: the media stream gave something other than bytes');
          total += chunk.byteLength;
          if (total > maxBytes) {
            stream.destroy();
            return { kind: 'too-large' };
          }
          chunks.push(chunk);
        }
        return { kind: 'ok', bytes: Buffer.concat(chunks, total) };
      } catch {
        // Expired and not uploaded again (phone offline, media deleted), network faults.
        return { kind: 'unavailable' };
      }
    },
  };
}
