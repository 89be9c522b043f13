/**
 * Incoming WhatsApp messages shaped the way Baileys 7 emits them in `messages.upsert`
 * (decodeMessageNode + decryption): a plain `WAMessage` whose `key` carries remoteJid,
 * remoteJidAlt / participant / participantAlt and addressingMode, and whose `message` is a
 * decoded `proto.Message`.
 */
import { randomBytes } from 'node:crypto';
import { proto, type WAMessage, type WAMessageKey } from '@whiskeysockets/baileys';

/** A message id like WhatsApp's ("3EB0…" from web clients, "AC…"/hex from phones). */
export function messageId(): string {
  return `3A${randomBytes(9).toString('hex').toUpperCase()}`;
}

/** Key options: who and how it was addressed. */
export interface KeyOptions {
  readonly id?: string;
  /** The other address of the sender (PN for a LID chat, LID for a PN chat). */
  readonly alt?: string;
  readonly fromMe?: boolean;
  /** The author inside a group or status broadcast. */
  readonly participant?: string;
}

function key(remoteJid: string, options: KeyOptions): WAMessageKey {
  const group = remoteJid.endsWith('@g.us');
  const author = options.participant ?? remoteJid;
  return {
    remoteJid,
    fromMe: options.fromMe ?? false,
    id: options.id ?? messageId(),
    ...(options.participant !== undefined && { participant: options.participant }),
    ...(options.alt !== undefined && (group ? { participantAlt: options.alt } : { remoteJidAlt: options.alt })),
    addressingMode: author.endsWith('@lid') ? 'lid' : 'pn',
  };
}

/** A full message around some content. */
export function waMessage(remoteJid: string, content: proto.IMessage, options: KeyOptions = {}): WAMessage {
  return {
    key: key(remoteJid, options),
    messageTimestamp: 1_764_385_200,
    pushName: 'Bu Siti',
    broadcast: remoteJid.endsWith('@broadcast'),
    message: proto.Message.fromObject(content),
  };
}

/** Plain text as the phone sends it (`conversation`). */
export function textMessage(remoteJid: string, text: string, options: KeyOptions = {}): WAMessage {
  return waMessage(remoteJid, { conversation: text }, options);
}

/** Text with a quote or link preview (`extendedTextMessage`). */
export function extendedTextMessage(remoteJid: string, text: string, options: KeyOptions = {}): WAMessage {
  return waMessage(remoteJid, { extendedTextMessage: { text, previewType: proto.Message.ExtendedTextMessage.PreviewType.NONE } }, options);
}

/** A shared location pin. */
export function locationMessage(remoteJid: string, latitude: number, longitude: number, options: KeyOptions = {}): WAMessage {
  return waMessage(
    remoteJid,
    { locationMessage: { degreesLatitude: latitude, degreesLongitude: longitude, jpegThumbnail: randomBytes(16) } },
    options,
  );
}

/** A photo, optionally with a caption. */
export function imageMessage(remoteJid: string, caption: string | undefined, options: KeyOptions = {}): WAMessage {
  return waMessage(
    remoteJid,
    {
      imageMessage: {
        url: 'https://mmg.whatsapp.net/o1/v/t62.7118-24/f1/m232/photo.enc',
        mimetype: 'image/jpeg',
        ...(caption !== undefined && { caption }),
        fileSha256: randomBytes(32),
        fileLength: 84_321,
        height: 1280,
        width: 960,
        mediaKey: randomBytes(32),
        fileEncSha256: randomBytes(32),
        directPath: '/o1/v/t62.7118-24/f1/m232/photo.enc',
        mediaKeyTimestamp: 1_764_385_190,
        jpegThumbnail: randomBytes(64),
      },
    },
    options,
  );
}

/** A 👍 reaction to another message. */
export function reactionMessage(remoteJid: string, options: KeyOptions = {}): WAMessage {
  return waMessage(remoteJid, { reactionMessage: { key: { remoteJid, fromMe: true, id: messageId() }, text: '👍', senderTimestampMs: 1_764_385_200_000 } }, options);
}

/** "This message was deleted" (a protocol message). */
export function revokeMessage(remoteJid: string, options: KeyOptions = {}): WAMessage {
  return waMessage(
    remoteJid,
    { protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { remoteJid, fromMe: false, id: messageId() } } },
    options,
  );
}

/** Text in a disappearing-messages chat (wrapped in `ephemeralMessage`). */
export function ephemeralTextMessage(remoteJid: string, text: string, options: KeyOptions = {}): WAMessage {
  return waMessage(remoteJid, { ephemeralMessage: { message: { extendedTextMessage: { text } } } }, options);
}
