/** Reading Baileys messages and JIDs: content mapping and sender identity. */
import { proto } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { toInboundContent } from '../../../src/channels/whatsapp/inbound-content.js';
import { chatKind, phoneOf, resolveSender } from '../../../src/channels/whatsapp/jid.js';
import {
  ephemeralTextMessage,
  extendedTextMessage,
  imageMessage,
  locationMessage,
  reactionMessage,
  revokeMessage,
  textMessage,
  waMessage,
} from './wa-messages.js';

const PN = '6281234567890@s.whatsapp.net';

describe('toInboundContent', () => {
  it('reads text from conversation, extendedTextMessage and disappearing chats', () => {
    expect(toInboundContent(textMessage(PN, 'halo'))).toEqual({ type: 'text', text: 'halo' });
    expect(toInboundContent(extendedTextMessage(PN, 'lihat https://kemensos.go.id'))).toEqual({ type: 'text', text: 'lihat https://kemensos.go.id' });
    expect(toInboundContent(ephemeralTextMessage(PN, 'pesan sementara'))).toEqual({ type: 'text', text: 'pesan sementara' });
  });

  it('reads locations, live locations and media with their message id as reference', () => {
    expect(toInboundContent(locationMessage(PN, -6.2, 106.816666))).toEqual({ type: 'location', latitude: -6.2, longitude: 106.816666 });
    const live = waMessage(PN, { liveLocationMessage: { degreesLatitude: -7.25, degreesLongitude: 112.75, sequenceNumber: 3 } });
    expect(toInboundContent(live)).toEqual({ type: 'location', latitude: -7.25, longitude: 112.75 });
    const photo = imageMessage(PN, undefined, { id: 'ABC123' });
    expect(toInboundContent(photo)).toEqual({ type: 'media', kind: 'photo', ref: 'ABC123' });
    const doc = waMessage(PN, { documentWithCaptionMessage: { message: { documentMessage: { fileName: 'sk.pdf', caption: 'SK lurah' } } } }, { id: 'D1' });
    expect(toInboundContent(doc)).toEqual({ type: 'media', kind: 'document', ref: 'D1', caption: 'SK lurah' });
    expect(toInboundContent(waMessage(PN, { videoMessage: { seconds: 5 } }, { id: 'V1' }))).toEqual({ type: 'media', kind: 'video', ref: 'V1' });
    expect(toInboundContent(waMessage(PN, { audioMessage: { ptt: true, seconds: 4 } }, { id: 'A1' }))).toEqual({ type: 'media', kind: 'audio', ref: 'A1' });
  });

  it('ignores reactions, deletions, edits, stickers, poll votes, stubs and empty text', () => {
    expect(toInboundContent(reactionMessage(PN))).toBeNull();
    expect(toInboundContent(revokeMessage(PN))).toBeNull();
    const edit = waMessage(PN, { protocolMessage: { type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT, editedMessage: { conversation: 'baru' } } });
    expect(toInboundContent(edit)).toBeNull();
    expect(toInboundContent(waMessage(PN, { stickerMessage: { isAnimated: false } }))).toBeNull();
    expect(toInboundContent(waMessage(PN, { pollUpdateMessage: { vote: { encPayload: new Uint8Array(4) } } }))).toBeNull();
    const stub = { key: { remoteJid: PN, fromMe: false, id: 'S1' }, messageStubType: proto.WebMessageInfo.StubType.CIPHERTEXT, messageStubParameters: ['No session'] };
    expect(toInboundContent(stub)).toBeNull();
    expect(toInboundContent(textMessage(PN, '   '))).toBeNull();
  });
});

describe('JIDs', () => {
  it('classifies chats', () => {
    expect(chatKind(PN)).toBe('user');
    expect(chatKind('6281234567890@c.us')).toBe('user');
    expect(chatKind('201235551234567@lid')).toBe('user');
    expect(chatKind('120363041234567890@g.us')).toBe('group');
    expect(chatKind('status@broadcast')).toBe('status');
    expect(chatKind('1764385200@broadcast')).toBe('broadcast');
    expect(chatKind('120363298765432101@newsletter')).toBe('newsletter');
    expect(chatKind('13135550002@bot')).toBe('other');
  });

  it('takes the phone from a PN JID only', () => {
    expect(phoneOf(PN)).toBe('+6281234567890');
    expect(phoneOf('201235551234567@lid')).toBeUndefined();
  });

  it('identifies a PN sender by the PN, without device, with the proven phone', async () => {
    expect(await resolveSender({ remoteJid: '6281234567890:5@s.whatsapp.net', remoteJidAlt: '201235551234567@lid', id: 'X' })).toEqual({
      chatJid: PN,
      externalId: PN,
      phoneE164: '+6281234567890',
    });
    expect(await resolveSender({ remoteJid: '6281234567890@c.us', id: 'X' })).toMatchObject({ externalId: PN, chatJid: PN });
  });

  it('identifies a LID sender by the PN from remoteJidAlt, or from the mapping, else by the LID', async () => {
    expect(await resolveSender({ remoteJid: '201235551234567@lid', remoteJidAlt: PN, id: 'X' })).toEqual({
      chatJid: '201235551234567@lid',
      externalId: PN,
      phoneE164: '+6281234567890',
    });
    const lookup = async (lid: string) => (lid === '201235551234567@lid' ? '6281234567890:0@s.whatsapp.net' : null);
    expect(await resolveSender({ remoteJid: '201235551234567@lid', id: 'X' }, lookup)).toMatchObject({ externalId: PN, phoneE164: '+6281234567890' });
    expect(await resolveSender({ remoteJid: '209999999999999@lid', id: 'X' }, lookup)).toEqual({
      chatJid: '209999999999999@lid',
      externalId: '209999999999999@lid',
    });
    const failing = async () => {
      throw new Error('store closed');
    };
    expect(await resolveSender({ remoteJid: '209999999999999@lid', id: 'X' }, failing)).toMatchObject({ externalId: '209999999999999@lid' });
  });

  it('does not identify senders in groups, status and broadcasts', async () => {
    expect(await resolveSender({ remoteJid: '120363041234567890@g.us', participant: PN, id: 'X' })).toBeNull();
    expect(await resolveSender({ remoteJid: 'status@broadcast', participant: PN, id: 'X' })).toBeNull();
    expect(await resolveSender({ id: 'X' })).toBeNull();
  });
});
