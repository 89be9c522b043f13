/**
 * An expired WhatsApp photo at the activity's photo step, through the real WhatsAppChannel
 * on a fake Baileys socket and the bot's runner: the media server answers 410 for the old
 * address, the channel asks the phone to upload it again (Baileys' updateMediaMessage on the
 * socket) and the photo is taken from its new address; when the phone cannot give it, the
 * person is told politely and the step goes on (a next photo is taken).
 */
import { randomUUID } from 'node:crypto';
import type { WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InboundContent } from '../../../src/core/messages.js';
import { CONSENT_AGREE_BUTTON, createTestStore, startTestBot, type TestBot, type TestStore } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { png } from '../../support/test-images.js';
import { startTestWhatsApp, type TestWhatsApp } from '../../support/whatsapp-channel.js';
import { boom } from './fake-socket.js';
import { startMediaServer, type MediaServer } from './media-server.js';
import { textMessage } from './wa-messages.js';

const JID = '6281377700001@s.whatsapp.net';
const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('an expired WhatsApp photo at the photo step', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  let media: MediaServer;
  let whatsapp: TestWhatsApp;
  const socket = () => whatsapp.socket();
  let photoCounter = 0;

  /** Delivers messages on the socket and waits until they are answered; returns the texts sent. */
  const receive = (...messages: WAMessage[]): Promise<string> => whatsapp.receive(...messages);

  /** An image whose first address answers `status`, and (when given) a copy at a new address. */
  const expiredPhoto = async (status: number, newPath?: string): Promise<WAMessage> => {
    photoCounter += 1;
    const path = `/m/expired-${photoCounter}.enc`;
    const message = await media.encryptedImage(JID, await png(400, 300), path, { id: `3AEXPIRED${String(photoCounter).padStart(11, '0')}` });
    if (newPath) media.files.set(newPath, media.files.get(path)!);
    media.expired.set(path, status);
    return message;
  };

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store);
    media = await startMediaServer();
    whatsapp = await startTestWhatsApp(bot.bot, { session: 'expired-media' });
    whatsapp.socket().open();
  });
  afterAll(async () => {
    await whatsapp?.channel.stop();
    await media?.close();
    await bot?.close();
    await store?.dispose();
  });

  it('re-requests an expired photo from the phone, and answers politely when it cannot be had', async () => {
    const prisma = bot.bot.database.prisma;
    // A leader known on WhatsApp: the person comes from their first message, their group is written directly.
    await receive(textMessage(JID, 'halo', { id: '3AHALO0000000000001' }));
    const { personId } = await prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'whatsapp', externalId: JID } });
    const area = await prisma.area.upsert({
      where: { villageCode_rw_rt_dusun: { villageCode: PANGGUNGHARJO, rw: 0, rt: 0, dusun: '' } },
      create: { villageCode: PANGGUNGHARJO },
      update: {},
    });
    await prisma.group.create({
      data: {
        name: 'PKK Dahlia', nameNorm: 'pkk dahlia', type: 'pkk', areaId: area.id, villageCode: PANGGUNGHARJO, memberCount: 15,
        verification: 'verified', leaders: { create: { personId, role: 'leader' } },
      },
    });

    // Up to the photo step by the flow's own answers (the numbered lists have their own tests).
    const answer = async (content: InboundContent) => {
      const result = await bot.bot.runner.handle({ channel: 'whatsapp', messageId: `setup-${randomUUID()}`, sender: { externalId: JID }, content });
      return result.replies;
    };
    const first = await answer({ type: 'text', text: 'catat kegiatan' });
    // A person who never agreed sees the personal-data notice first.
    if (first.some((reply) => reply.buttons?.some((button) => button.id === CONSENT_AGREE_BUTTON))) await answer({ type: 'button', id: CONSENT_AGREE_BUTTON });
    await answer({ type: 'button', id: 'date:yesterday' });
    await answer({ type: 'button', id: 'category:kerja_bakti' });
    await answer({ type: 'text', text: 'Kerja bakti membersihkan saluran air' });
    await answer({ type: 'button', id: 'partners:done' });
    const ask = (await answer({ type: 'button', id: 'pmks:done' })).map((reply) => reply.text).join('\n');
    expect(ask).toContain('sampai 3 foto');

    // The address expired (410); the phone uploads it again and the photo is taken from there.
    socket().reuploadAnswer = () => `${media.base}/m/renewed-1.enc`;
    const renewed = await expiredPhoto(410, '/m/renewed-1.enc');
    expect(await receive(renewed)).toContain('Foto diterima (1/3)');
    expect(socket().reuploadRequests.map((message) => message.key.id)).toEqual([renewed.key.id]);
    expect(await prisma.activityPhoto.count({ where: { senderId: personId, activityId: null } })).toBe(1);

    // Expired, and the phone no longer has it: a polite reply, nothing stored, the step goes on.
    socket().reuploadAnswer = () => boom(404, 'Media re-upload failed by device (NOT_FOUND)');
    const lost = await expiredPhoto(404);
    const polite = await receive(lost);
    expect(polite).toContain('tidak bisa saya ambil');
    expect(socket().reuploadRequests).toHaveLength(2);
    expect(await prisma.activityPhoto.count({ where: { senderId: personId } })).toBe(1);

    // The person sends another; it is taken as the second photo of the same activity.
    socket().reuploadAnswer = () => `${media.base}/m/renewed-3.enc`;
    expect(await receive(await expiredPhoto(410, '/m/renewed-3.enc'))).toContain('Foto diterima (2/3)');
  });
});
