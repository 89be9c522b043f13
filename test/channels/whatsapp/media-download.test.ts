/**
 * WhatsApp photos through Baileys' own media download: the test encrypts an image the way
 * WhatsApp does (AES-256-CBC with keys derived from the message's media key), serves it on
 * 127.0.0.1, and the channel's download decrypts it; a declared size over the cap is
 * refused without downloading, and an actual size over it stops the download. A media URL
 * that expired (404 or 410 from the media server) is asked for again from the phone
 * (Baileys' updateMediaMessage) and downloaded from its new address; when the phone cannot
 * give it (an error, or no answer in time) the photo is unavailable, never a hang or a throw.
 */
import type { WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappMedia, type ReuploadRequest } from '../../../src/channels/whatsapp/media.js';
import { MAX_PHOTO_INPUT_BYTES } from '../../../src/core/media.js';
import { preparePhotoBytes } from '../../../src/media/photo-preparer.js';
import { png } from '../../support/test-images.js';
import { waMessage } from './wa-messages.js';
import { startMediaServer, type MediaServer } from './media-server.js';

const PN = '6281234567890@s.whatsapp.net';

describe('WhatsApp media download', () => {
  let server: MediaServer;
  let files: Map<string, Buffer>;
  let expired: Map<string, number>;
  let base = '';
  beforeAll(async () => {
    server = await startMediaServer();
    ({ files, expired, base } = server);
  });
  afterAll(() => server?.close());

  /** Encrypts `plain` as WhatsApp media and returns an image message pointing at `path`. */
  const encryptedImage = (plain: Buffer, path: string, declared = plain.length): Promise<WAMessage> => server.encryptedImage(PN, plain, path, { declared });

  it('downloads and decrypts a photo, which then passes the photo check', async () => {
    const image = await png(300, 200);
    const message = await encryptedImage(image, '/m/one.enc');
    const fetched = await whatsappMedia(message, undefined)!.fetch(MAX_PHOTO_INPUT_BYTES);
    expect(fetched.kind).toBe('ok');
    if (fetched.kind !== 'ok') return;
    expect(Buffer.from(fetched.bytes).equals(image)).toBe(true);
    expect((await preparePhotoBytes(fetched.bytes)).kind).toBe('ok');
  });

  it('refuses a declared or actual size over the cap, and reports a missing file', async () => {
    const big = await encryptedImage(Buffer.alloc(2000, 7), '/m/big.enc', 10 * 1024 * 1024);
    expect(await whatsappMedia(big, undefined)!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'too-large' });
    const liar = await encryptedImage(Buffer.alloc(4096, 7), '/m/liar.enc', 100);
    expect(await whatsappMedia(liar, undefined)!.fetch(1000)).toEqual({ kind: 'too-large' });
    const gone = await encryptedImage(Buffer.alloc(64, 1), '/m/x.enc');
    files.delete('/m/x.enc');
    expect(await whatsappMedia(gone, undefined)!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'unavailable' });
    expect(whatsappMedia(waMessage(PN, { conversation: 'halo' }), undefined)).toBeUndefined();
  });

  /** A reupload as Baileys' updateMediaMessage does it: the phone's new address put into the message. */
  function phoneReuploads(newPath: string, calls: WAMessage[]): ReuploadRequest {
    return async (message) => {
      calls.push(message);
      message.message!.imageMessage!.url = `${base}${newPath}`;
      return message;
    };
  }

  it('asks the phone to upload an expired photo again and downloads it from the new address', async () => {
    const image = await png(120, 90);
    for (const status of [410, 404]) {
      const message = await encryptedImage(image, `/m/old-${status}.enc`);
      files.set(`/m/new-${status}.enc`, files.get(`/m/old-${status}.enc`)!);
      expired.set(`/m/old-${status}.enc`, status);
      const calls: WAMessage[] = [];
      const fetched = await whatsappMedia(message, phoneReuploads(`/m/new-${status}.enc`, calls))!.fetch(MAX_PHOTO_INPUT_BYTES);
      expect(fetched.kind, `status ${status}`).toBe('ok');
      expect(Buffer.from((fetched as { bytes: Uint8Array }).bytes).equals(image)).toBe(true);
      expect(calls.map((call) => call.key.id)).toEqual([message.key.id]);
    }
  });

  it('gives up politely: the phone refuses or never answers, the new address fails too, or another error', async () => {
    const message = await encryptedImage(Buffer.alloc(64, 3), '/m/stale.enc');
    expired.set('/m/stale.enc', 410);
    // Baileys rejects when the phone says the media is gone ("Media re-upload failed by device").
    const refused: ReuploadRequest = async () => {
      throw Object.assign(new Error('Media re-upload failed by device (NOT_FOUND)'), { isBoom: true, output: { statusCode: 404 } });
    };
    expect(await whatsappMedia(message, refused)!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'unavailable' });
    // A phone that is offline never answers: the wait ends at the limit.
    let asked = 0;
    const silent: ReuploadRequest = () => {
      asked += 1;
      return new Promise<WAMessage>(() => undefined);
    };
    expect(await whatsappMedia(message, silent, { reuploadTimeoutMs: 50 })!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'unavailable' });
    expect(asked).toBe(1);
    // The new address is expired as well: one reupload, not a loop.
    const calls: WAMessage[] = [];
    expired.set('/m/stale-again.enc', 404);
    expect(await whatsappMedia(message, phoneReuploads('/m/stale-again.enc', calls))!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'unavailable' });
    expect(calls).toHaveLength(1);
    // A server error is not an expired address: nothing to ask the phone.
    const broken = await encryptedImage(Buffer.alloc(64, 4), '/m/broken.enc');
    expired.set('/m/broken.enc', 500);
    const notAsked: WAMessage[] = [];
    expect(await whatsappMedia(broken, phoneReuploads('/m/never.enc', notAsked))!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'unavailable' });
    expect(notAsked).toEqual([]);
    // Without a socket to ask (none connected), an expired photo is simply unavailable.
    expect(await whatsappMedia(message, undefined)!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'unavailable' });
  });
});
